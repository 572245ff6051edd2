"""The café's and the campaigns' jobs on the admin start panel "Wat wil je doen?"."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from inclusie.beheer_start import Taak, eerste_pagina

from .models import CafeIndexPage, CampagnePage


def campagne_taken(user) -> list[Taak]:
    taken = []
    cafe_index = eerste_pagina(CafeIndexPage)
    if cafe_index is not None and cafe_index.permissions_for_user(user).can_add_subpage():
        taken.append(
            Taak(
                _("De volgende cafés plannen"),
                _("Maak in één keer nieuwe cafés, met dezelfde plek en tijden."),
                reverse("campagnes_plan_cafes", args=[cafe_index.pk]),
                volgorde=40,
            )
        )
        taken.append(
            Taak(
                _("Een verslag van een café schrijven"),
                _("Kies het café. Schrijf het verslag onderaan de pagina."),
                reverse("wagtailadmin_explore", args=[cafe_index.pk]),
                volgorde=50,
            )
        )
    campagne = eerste_pagina(CampagnePage)
    if campagne is not None and campagne.permissions_for_user(user).can_add_subpage():
        taken.append(
            Taak(
                _("Een poster toevoegen"),
                _("Met de slogan, het beeld en het verhaal erachter."),
                reverse("wagtailadmin_pages:add", args=["campagnes", "posterpage", campagne.pk]),
                volgorde=60,
            )
        )
    return taken
