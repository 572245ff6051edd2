from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampagnesConfig(AppConfig):
    name = "campagnes"
    verbose_name = _("Campagnes en inclusiecafé")

    def ready(self):
        from inclusie import rollen

        # The redactie manages the venues and the links to agenda topics.
        rollen.registreer("campagnes")
