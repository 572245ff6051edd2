"""Build the demo site. Safe to run again: it updates, never duplicates."""

from django.core.management.base import BaseCommand

from demo.laden import laad_alles


class Command(BaseCommand):
    help = "Maakt de voorbeeldsite: pagina's, vertalingen en voorbeeldinhoud."

    def handle(self, *args, **options):
        laad_alles(melding=lambda naam: self.stdout.write(f"Voorbeeldinhoud geladen: {naam}"))
        self.stdout.write(self.style.SUCCESS("De voorbeeldsite is klaar."))
