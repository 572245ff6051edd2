"""The import screen in the Wagtail admin, for the ViP kernteam."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .importeren import KOLOMMEN, VERPLICHT, ImportFout, importeer
from .models import AgendaPage

RECHT = "agenda.import_onderwerpen"
MAX_GROOTTE = 5 * 1024 * 1024


class ImportFormulier(forms.Form):
    bestand = forms.FileField(
        label=_("Bestand"),
        help_text=_("Een .csv- of .xlsx-bestand, met de namen van de kolommen in de eerste rij."),
    )
    agenda = forms.ModelChoiceField(
        queryset=AgendaPage.objects.none(),
        label=_("Agenda"),
        help_text=_("In welke agenda komen de onderwerpen?"),
    )
    alleen_controleren = forms.BooleanField(
        required=False,
        label=_("Alleen controleren"),
        help_text=_(
            "Zet dit aan om eerst te kijken of alles klopt. Er wordt dan niets opgeslagen."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        agendas = AgendaPage.objects.filter(locale__language_code="nl").order_by("path")
        self.fields["agenda"].queryset = agendas
        if len(agendas) == 1:
            self.fields["agenda"].initial = agendas[0].pk

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if not bestand.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(gettext("Kies een bestand dat eindigt op .csv of .xlsx."))
        if bestand.size > MAX_GROOTTE:
            raise forms.ValidationError(
                gettext("Het bestand is te groot. Het mag hoogstens 5 MB zijn.")
            )
        return bestand

    def clean_agenda(self):
        agenda = self.cleaned_data["agenda"]
        # The import publishes pages, so the normal page permissions apply too.
        if not agenda.permissions_for_user(self.user).can_publish_subpage():
            raise forms.ValidationError(
                gettext(
                    "Je mag in deze agenda geen pagina's publiceren. Vraag het aan het kernteam."
                )
            )
        return agenda


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "agenda/admin/import.html"
    form_class = ImportFormulier
    page_title = _("Onderwerpen importeren")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(RECHT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kolommen"] = list(KOLOMMEN)
        context["verplicht"] = VERPLICHT
        return context

    def form_valid(self, form):
        agenda = form.cleaned_data["agenda"]
        controleren = form.cleaned_data["alleen_controleren"]
        bestand = form.cleaned_data["bestand"]
        try:
            resultaat = importeer(
                bestand,
                bestand.name,
                agenda,
                gebruiker=self.request.user,
                alleen_controleren=controleren,
            )
        except ImportFout as fout:
            form.add_error(
                "bestand",
                gettext("Er zijn %(n)s fouten gevonden. Er is niets veranderd.")
                % {"n": len(fout.fouten)},
            )
            return self.render_to_response(self.get_context_data(form=form, fouten=fout.fouten))
        if controleren:
            messages.success(
                self.request,
                gettext(
                    "Alles klopt: %(nieuw)s nieuw en %(oud)s bij te werken. "
                    "Er is nog niets opgeslagen."
                )
                % {"nieuw": len(resultaat.nieuw), "oud": len(resultaat.bijgewerkt)},
            )
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(
            self.request,
            gettext(
                "Klaar: %(nieuw)s onderwerpen nieuw, %(oud)s bijgewerkt. De voortgang bleef staan."
            )
            % {"nieuw": len(resultaat.nieuw), "oud": len(resultaat.bijgewerkt)},
        )
        return redirect(reverse("wagtailadmin_explore", args=[agenda.pk]))
