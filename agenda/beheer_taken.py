"""The agenda's jobs on the admin start panel "Wat wil je doen?"."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from inclusie.beheer_start import Taak, eerste_pagina

from .models import AgendaPage


def agenda_taken(user) -> list[Taak]:
    taken = []
    agenda = eerste_pagina(AgendaPage)
    if agenda is not None:
        rechten = agenda.permissions_for_user(user)
        if rechten.can_edit():
            taken.append(
                Taak(
                    _("Voortgang schrijven bij een onderwerp"),
                    _("Kies het onderwerp. Voeg onderaan bij Voortgang een nieuwe stap toe."),
                    reverse("wagtailadmin_explore", args=[agenda.pk]),
                    volgorde=10,
                )
            )
        if rechten.can_add_subpage():
            taken.append(
                Taak(
                    _("Een nieuw onderwerp maken"),
                    _("Voor een onderwerp dat nog niet op de agenda staat."),
                    reverse("wagtailadmin_pages:add", args=["agenda", "onderwerppage", agenda.pk]),
                    volgorde=20,
                )
            )
    if user.has_perm("agenda.import_onderwerpen"):
        taken.append(
            Taak(
                _("De lijst met onderwerpen inlezen"),
                _("Uit het Excel-bestand of CSV-bestand van de ViP."),
                reverse("agenda_importeren"),
                volgorde=30,
            )
        )
    if agenda is not None and agenda.live:
        taken.append(
            Taak(
                _("Het rapport voor de wethouder bekijken"),
                _("Alle onderwerpen per thema, om te printen."),
                agenda.url + "rapport/" if agenda.url else "",
                volgorde=90,
            )
        )
    return taken
