from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Inclusie Agenda")

    def ready(self):
        from inclusie import rollen

        # A member writes topics, not only their progress; the Gemeente role
        # does not get this right, so it sees only the progress steps in the
        # editor. Gemeente may edit the agenda tree, and nothing else.
        rollen.registreer(
            "agenda",
            redactie=[("agenda", "import_onderwerpen"), ("agenda", "wijzig_onderwerp_inhoud")],
            lid=[("agenda", "wijzig_onderwerp_inhoud")],
            gemeente_paginas=["agenda.AgendaPage"],
        )
