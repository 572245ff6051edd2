"""The first thing an editor sees in the admin: "Wat wil je doen?".

Wagtail's dashboard lists pages and workflows, but a ViP member who logs in
once a month to write down what happened at a topic does not want to find
their way through a page tree first. This panel offers the few jobs the ViP
really does, each as one link that goes straight to the right screen, and
only the jobs this person's role allows. It also says in one sentence what
happens with their work (published at once, or checked by the redactie first).
The jobs come from the apps that own the screens (hook BEHEER_TAKEN); the
shell only gathers and orders them.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import rollen

BEHEER_TAKEN = "inclusie_beheer_taken"


@dataclass
class Taak:
    titel: str
    uitleg: str
    url: str
    volgorde: int = 100  # place in the list; the apps' jobs sit between the shell's


def eerste_pagina(model):
    """The page of this type in the source language (Dutch), if the site has one."""
    pagina = model.objects.filter(locale=Locale.get_default()).order_by("path").first()
    return pagina or model.objects.order_by("path").first()


def taken_voor(user) -> list[Taak]:
    """Every app's jobs for this user, in order.

    An app registers a function `(user) -> list[Taak]` under the hook
    BEHEER_TAKEN in its wagtail_hooks.py, and only returns the jobs the user's
    role allows. A job without an address (a page that is not there) is left out.
    """
    taken = [taak for maak in hooks.get_hooks(BEHEER_TAKEN) for taak in maak(user)]
    return sorted((taak for taak in taken if taak.url), key=lambda taak: taak.volgorde)


def taken_van_de_schil(user) -> list[Taak]:
    """The shell's own jobs: reader remarks and the clear-language report."""
    taken = []
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
                    volgorde=70,
                )
            )
    taken.append(
        Taak(
            _("Kijken hoe makkelijk onze pagina's te lezen zijn"),
            _("De moeilijkste pagina's staan bovenaan."),
            reverse("inclusie_taalrapport"),
            volgorde=80,
        )
    )
    return taken


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
        beleid = PagePermissionPolicy()
        context["mag_publiceren"] = beleid.user_has_permission(user, "publish")
        # A Meelezer changes nothing, so "send it for review" is no advice for them.
        context["mag_schrijven"] = beleid.user_has_any_permission(user, ["add", "change"])
        return context
