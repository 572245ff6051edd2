"""The admin screen 'Plan de volgende cafés'."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import planning, tijd
from .models import CafeIndexPage


class PlanFormulier(forms.Form):
    aantal = forms.IntegerField(
        label=_("Hoeveel cafés wil je klaarzetten?"),
        min_value=1,
        max_value=planning.MAX_AANTAL,
        initial=1,
        help_text=_("Een getal van 1 tot en met 12. Eén café per maand."),
        error_messages={
            "required": _("Vul in hoeveel cafés je wilt klaarzetten."),
            "invalid": _("Vul een getal in, bijvoorbeeld 3."),
            "min_value": _("Kies minstens 1 café."),
            "max_value": _("Kies hoogstens 12 cafés: een jaar."),
        },
    )
    dag = forms.IntegerField(
        label=_("Op welke dag van de maand?"),
        min_value=1,
        max_value=28,
        initial=planning.STANDAARD_DAG,
        help_text=_("Het café is meestal op de 13e. Een getal van 1 tot en met 28."),
        error_messages={
            "required": _("Vul een dag van de maand in."),
            "invalid": _("Vul een getal in, bijvoorbeeld 13."),
            "min_value": _("Kies een dag van 1 tot en met 28."),
            "max_value": _("Kies een dag van 1 tot en met 28."),
        },
    )


class PlanCafesView(WagtailAdminTemplateMixin, FormView):
    template_name = "campagnes/admin/plan_cafes.html"
    form_class = PlanFormulier
    page_title = _("Plan de volgende cafés")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        self.index = get_object_or_404(CafeIndexPage, pk=kwargs["index_id"])
        if not self.index.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.index.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        aantal, dag = 1, planning.STANDAARD_DAG
        if form.is_bound and form.is_valid():
            aantal, dag = form.cleaned_data["aantal"], form.cleaned_data["dag"]
        try:
            laatste, paren = planning.voorstel(self.index, aantal, dag)
        except planning.GeenVoorbeeld:
            laatste, paren = None, []
        context.update(
            index=self.index,
            laatste=laatste,
            laatste_wanneer=laatste and tijd.van_tot(laatste.start, laatste.eind),
            voorstel=[tijd.van_tot(start, eind) for start, eind in paren],
        )
        return context

    def form_valid(self, form):
        try:
            nieuwe = planning.plan_volgende(
                self.index,
                aantal=form.cleaned_data["aantal"],
                dag=form.cleaned_data["dag"],
                user=self.request.user,
            )
        except planning.GeenVoorbeeld:
            form.add_error(
                None, gettext("Er is nog geen café om van uit te gaan. Maak eerst zelf één café.")
            )
            return self.form_invalid(form)
        messages.success(
            self.request,
            ngettext(
                "%(aantal)d nieuw café staat klaar als concept. Vul het thema in en publiceer.",
                "%(aantal)d nieuwe cafés staan klaar als concept. "
                "Vul bij elk het thema in en publiceer.",
                len(nieuwe),
            )
            % {"aantal": len(nieuwe)},
        )
        return redirect(reverse("wagtailadmin_explore", args=[self.index.pk]))
