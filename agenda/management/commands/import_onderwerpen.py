"""manage.py import_onderwerpen FILE: load the ViP's topic list from CSV or XLSX.

Like the import screen: every topic goes into review first (or stays a draft
without a workflow); `--publiceer` publishes at once. Topics in review stop the
import. See agenda.importeren.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agenda.importeren import ImportFout, importeer
from agenda.models import AgendaPage


class Command(BaseCommand):
    help = (
        "Leest onderwerpen uit een CSV- of Excel-bestand. Elke rij wordt eerst gecontroleerd; "
        "bij één fout verandert er niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Pad naar een .csv- of .xlsx-bestand.")
        parser.add_argument(
            "--agenda", type=int, help="Id van de agenda. Nodig als er meer dan één is."
        )
        parser.add_argument(
            "--controleer", action="store_true", help="Alleen controleren, niets opslaan."
        )
        parser.add_argument(
            "--publiceer",
            action="store_true",
            help="Meteen publiceren. Zonder dit gaan de onderwerpen eerst ter beoordeling.",
        )

    def handle(self, *args, bestand, agenda=None, controleer=False, publiceer=False, **options):
        pad = Path(bestand)
        if not pad.is_file():
            raise CommandError(f"Het bestand {pad} bestaat niet.")
        agenda_page = self._agenda(agenda)
        try:
            with pad.open("rb") as f:
                resultaat = importeer(
                    f,
                    pad.name,
                    agenda_page,
                    alleen_controleren=controleer,
                    publiceren=publiceer,
                )
        except ImportFout as fout:
            for regel in fout.fouten:
                self.stderr.write(str(regel))
            raise CommandError(
                f"{len(fout.fouten)} fout(en) gevonden. Er is niets veranderd."
            ) from None
        woord = "klopt" if controleer else "is geïmporteerd"
        self.stdout.write(
            self.style.SUCCESS(
                f"Het bestand {woord}: {len(resultaat.nieuw)} nieuw, "
                f"{len(resultaat.bijgewerkt)} bijgewerkt."
            )
        )
        if controleer:
            if resultaat.op_concept:
                self.stdout.write(resultaat.concept_zin())
        else:
            self.stdout.write(resultaat.samenvatting())

    def _agenda(self, agenda_id):
        agendas = AgendaPage.objects.filter(locale__language_code="nl")
        if agenda_id is not None:
            agendas = AgendaPage.objects.filter(pk=agenda_id)
        aantal = agendas.count()
        if aantal == 0:
            raise CommandError("Er is geen agenda gevonden. Maak eerst een agendapagina.")
        if aantal > 1:
            keuzes = ", ".join(f"{a.pk} ({a.title})" for a in agendas)
            raise CommandError(f"Er zijn meer agenda's. Kies er één met --agenda: {keuzes}.")
        return agendas.get()
