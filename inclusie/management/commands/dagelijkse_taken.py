"""Run the daily tasks (mail digests, clean-up of personal data). See inclusie/dagelijks.py."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from inclusie.dagelijks import voer_uit


class Command(BaseCommand):
    help = "Voert de dagelijkse taken uit: berichten versturen en oude gegevens wissen."

    def handle(self, *args, **options):
        verslag = voer_uit(timezone.now())
        for naam, uitkomst in verslag:
            self.stdout.write(f"{naam}: {uitkomst}")
        if not verslag:
            self.stdout.write("Geen taken geregistreerd.")
        if any(uitkomst == "MISLUKT" for _, uitkomst in verslag):
            raise CommandError("Een of meer taken zijn mislukt; zie het log.")
