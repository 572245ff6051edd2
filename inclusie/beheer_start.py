"""The first thing an editor sees in the admin: "Wat wil je doen?".

Wagtail's dashboard lists pages and workflows, but a ViP member who logs in
once a month to write down what happened at a topic does not want to find
their way through a page tree first. This panel offers the few jobs the ViP
really does, each as one link that goes straight to the right screen, and
only the jobs this person's role allows. It also says in one sentence what
happens with their work (published at once, or checked by the redactie first).
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import rollen


@dataclass
class Taak:
    titel: str
    uitleg: str
    url: str


def _eerste(model):
    """The page of this type in the source language (Dutch), if the site has one."""
    pagina = model.objects.filter(locale=Locale.get_default()).order_by("path").first()
    return pagina or model.objects.order_by("path").first()


def taken_voor(user) -> list[Taak]:
    from agenda.models import AgendaPage
    from campagnes.models import CafeIndexPage, CampagnePage

    taken = []
    agenda = _eerste(AgendaPage)
    if agenda is not None:
        rechten = agenda.permissions_for_user(user)
        if rechten.can_edit():
            taken.append(
                Taak(
                    _("Voortgang schrijven bij een onderwerp"),
                    _("Kies het onderwerp. Voeg onderaan bij Voortgang een nieuwe stap toe."),
                    reverse("wagtailadmin_explore", args=[agenda.pk]),
                )
            )
        if rechten.can_add_subpage():
            taken.append(
                Taak(
                    _("Een nieuw onderwerp maken"),
                    _("Voor een onderwerp dat nog niet op de agenda staat."),
                    reverse("wagtailadmin_pages:add", args=["agenda", "onderwerppage", agenda.pk]),
                )
            )
    if user.has_perm("agenda.import_onderwerpen"):
        taken.append(
            Taak(
                _("De lijst met onderwerpen inlezen"),
                _("Uit het Excel-bestand of CSV-bestand van de ViP."),
                reverse("agenda_importeren"),
            )
        )

    cafe_index = _eerste(CafeIndexPage)
    if cafe_index is not None and cafe_index.permissions_for_user(user).can_add_subpage():
        taken.append(
            Taak(
                _("De volgende cafés plannen"),
                _("Maak in één keer nieuwe cafés, met dezelfde plek en tijden."),
                reverse("campagnes_plan_cafes", args=[cafe_index.pk]),
            )
        )
        taken.append(
            Taak(
                _("Een verslag van een café schrijven"),
                _("Kies het café. Schrijf het verslag onderaan de pagina."),
                reverse("wagtailadmin_explore", args=[cafe_index.pk]),
            )
        )

    campagne = _eerste(CampagnePage)
    if campagne is not None and campagne.permissions_for_user(user).can_add_subpage():
        taken.append(
            Taak(
                _("Een poster toevoegen"),
                _("Met de slogan, het beeld en het verhaal erachter."),
                reverse("wagtailadmin_pages:add", args=["campagnes", "posterpage", campagne.pk]),
            )
        )

    if user.has_perm("inclusie.view_reactie"):
        try:
            url = reverse("reacties:index")
        except NoReverseMatch:
            url = None
        if url:
            taken.append(
                Taak(
                    _("Reacties van lezers lezen"),
                    _("Wat vinden lezers onduidelijk? Zet een vinkje als je het hebt opgelost."),
                    url,
                )
            )

    taken.append(
        Taak(
            _("Kijken hoe makkelijk onze pagina's te lezen zijn"),
            _("De moeilijkste pagina's staan bovenaan."),
            reverse("inclusie_taalrapport"),
        )
    )
    if agenda is not None and agenda.live:
        taken.append(
            Taak(
                _("Het rapport voor de wethouder bekijken"),
                _("Alle onderwerpen per thema, om te printen."),
                agenda.url + "rapport/" if agenda.url else "",
            )
        )
    return [taak for taak in taken if taak.url]


class WatWilJeDoenPanel(Component):
    name = "wat_wil_je_doen"
    template_name = "inclusie/admin/wat_wil_je_doen.html"
    order = 50  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["taken"] = taken_voor(user)
        context["naam"] = user.first_name or user.get_username()
        context["workflow"] = rollen.WORKFLOW
        context["mag_publiceren"] = PagePermissionPolicy().user_has_permission(user, "publish")
        return context
