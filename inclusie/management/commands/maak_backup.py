"""Back up the database and the media files into one folder."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from inclusie.productie.backup import BackupFout, maak_backup


class Command(BaseCommand):
    help = "Maakt een backup: de database (pg_dump of SQLite) en de mediabestanden."

    def add_arguments(self, parser):
        nu = datetime.datetime.now().strftime("%Y-%m-%d-%H%M")
        parser.add_argument("--map", default=f"backups/{nu}", help="Map voor de backup.")
        parser.add_argument("--database-url", help="Een andere database dan die van de site.")

    def handle(self, *args, **opties):
        map_ = Path(opties["map"])
        try:
            gemaakt = maak_backup(map_, opties.get("database_url"))
        except BackupFout as fout:
            raise CommandError(str(fout)) from fout
        self.stdout.write(self.style.SUCCESS(f"Backup gemaakt in {map_}: {', '.join(gemaakt)}"))
