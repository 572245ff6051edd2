from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampagnesConfig(AppConfig):
    name = "campagnes"
    verbose_name = _("Campagnes en inclusiecafé")

    def ready(self):
        from inclusie import rollen

        from . import cafe_wijzigingen
        from .aanmeldingen import bij_wijziging

        # The redactie manages the venues and the links to agenda topics.
        rollen.registreer("campagnes")
        # A published café that changed: the signal, and the sign-ups that hear of it.
        cafe_wijzigingen.koppel_signalen()
        bij_wijziging.koppel_signalen()
