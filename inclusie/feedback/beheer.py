"""The feedback inbox for the redactie: all remarks, per page, and the share of "Ja"."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import ModelPermissionPolicy, register_permission_policy

from .models import Reactie


class ReactiePermissionPolicy(ModelPermissionPolicy):
    """Remarks come from readers: in the admin they are read and handled, never written."""

    def user_has_permission(self, user, action):
        if action in ("add", "copy"):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Reactie, ReactiePermissionPolicy(Reactie))


class ReactieEditView(generic.EditView):
    def save_instance(self):
        reactie = super().save_instance()
        if reactie.afgehandeld and reactie.afgehandeld_op is None:
            reactie.afgehandeld_op = timezone.now()
            reactie.afgehandeld_door = self.request.user
            reactie.save(update_fields=["afgehandeld_op", "afgehandeld_door"])
        elif not reactie.afgehandeld and reactie.afgehandeld_op is not None:
            reactie.afgehandeld_op = None
            reactie.afgehandeld_door = None
            reactie.save(update_fields=["afgehandeld_op", "afgehandeld_door"])
        return reactie


class ReactieViewSet(ModelViewSet):
    model = Reactie
    icon = "mail"
    menu_label = _("Reacties van lezers")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "reacties"
    name = "reacties"
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = ReactieEditView
    # Plain field names: Wagtail then links the first column to the edit view.
    # The yes/no and language columns say "Ja"/"Nee" and "Nederlands", not True/False and "nl".
    list_display = [
        "pagina_titel",
        Column("duidelijk", label=_("Duidelijk?"), accessor=Reactie.get_duidelijk_display),
        "tekst",
        Column("taal", label=_("Taal"), accessor=Reactie.get_taal_display),
        "aangemaakt",
        Column("afgehandeld", label=_("Afgehandeld"), accessor=Reactie.get_afgehandeld_display),
    ]
    list_filter = ["afgehandeld", "duidelijk", "taal", "page"]
    search_fields = ["tekst", "pagina_titel", "notitie"]
    ordering = ["afgehandeld", "-aangemaakt"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("pagina_titel", read_only=True),
                FieldPanel("pagina_url", read_only=True),
                FieldPanel("aangemaakt", read_only=True),
                FieldPanel("duidelijk", read_only=True),
                FieldPanel("tekst", read_only=True),
                FieldPanel("email", read_only=True),
            ],
            heading=_("De reactie"),
        ),
        MultiFieldPanel(
            [FieldPanel("afgehandeld"), FieldPanel("notitie")],
            heading=_("Wat deed de redactie?"),
        ),
    ]


class PerPaginaView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Per page: how many readers found it clear. The least clear pages first."""

    permission_required = "inclusie.view_reactie"

    template_name = "inclusie/feedback/per_pagina.html"
    page_title = _("Reacties per pagina")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def rijen(self):
        rijen = (
            Reactie.objects.values("page_id", "pagina_titel", "taal")
            .annotate(
                totaal=Count("pk"),
                ja=Count("pk", filter=Q(duidelijk=True)),
                open=Count("pk", filter=Q(afgehandeld=False, duidelijk=False)),
            )
            .order_by("page_id", "pagina_titel", "taal")
        )
        resultaat = []
        for rij in rijen:
            rij["aandeel_ja"] = round(100 * rij["ja"] / rij["totaal"]) if rij["totaal"] else 0
            resultaat.append(rij)
        resultaat.sort(key=lambda r: (r["aandeel_ja"], -r["totaal"]))
        return resultaat

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rijen"] = self.rijen()
        return context
