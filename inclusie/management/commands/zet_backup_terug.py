"""Restore a backup made by maak_backup. Stop the site first."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from inclusie.productie.backup import BackupFout, zet_terug


class Command(BaseCommand):
    help = "Zet een backup terug: de database en de mediabestanden. Stop de site eerst."

    def add_arguments(self, parser):
        parser.add_argument("map", help="De map met de backup.")
        parser.add_argument("--database-url", help="Zet terug in deze (lege) database.")
        parser.add_argument("--zonder-media", action="store_true", help="Alleen de database.")

    def handle(self, *args, **opties):
        map_ = Path(opties["map"])
        if not map_.is_dir():
            raise CommandError(f"De map {map_} bestaat niet.")
        try:
            klaar = zet_terug(map_, opties.get("database_url"), media=not opties["zonder_media"])
        except BackupFout as fout:
            raise CommandError(str(fout)) from fout
        self.stdout.write(self.style.SUCCESS(f"Teruggezet uit {map_}: {', '.join(klaar)}"))
