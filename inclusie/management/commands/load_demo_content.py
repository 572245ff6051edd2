"""Build the demo site. Safe to run again: it updates, never duplicates."""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app that has demo content offers a `demo` module with a `laad()`.
# The shell goes first: the others hang their pages under its home page.
DEMO_MODULES = ["inclusie.demo", "agenda.demo", "campagnes.demo"]


class Command(BaseCommand):
    help = "Maakt de voorbeeldsite: pagina's, vertalingen en voorbeeldinhoud."

    def handle(self, *args, **options):
        with transaction.atomic():
            for naam in DEMO_MODULES:
                try:
                    module = importlib.import_module(naam)
                except ModuleNotFoundError as fout:
                    if fout.name != naam:
                        raise
                    continue
                module.laad()
                self.stdout.write(f"Voorbeeldinhoud geladen: {naam}")
        self.stdout.write(self.style.SUCCESS("De voorbeeldsite is klaar."))
