"""manage.py bench_pages: render the agenda's pages many times, print time and queries.

Runs in-process with Django's test client against the current database (for
example the demo site), with the page cache switched off, so the numbers show
what rendering costs, not what the cache saves.
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from wagtail.models import Site

from agenda.models import AgendaPage, OnderwerpPage, Thema


class Command(BaseCommand):
    help = "Meet hoe snel de pagina's van de agenda zijn: tijd en aantal queries per pagina."

    def add_arguments(self, parser):
        parser.add_argument("--keer", type=int, default=20, help="Hoe vaak elke pagina (20).")
        parser.add_argument("--agenda", type=int, help="Id van de agenda (standaard: de eerste).")

    def handle(self, *args, keer, agenda=None, **options):
        agendas = AgendaPage.objects.live().filter(locale__language_code="nl")
        if agenda:
            agendas = agendas.filter(pk=agenda)
        agenda_page = agendas.order_by("path").first()
        if agenda_page is None:
            raise CommandError("Geen agenda gevonden. Draai eerst load_demo_content.")
        onderwerp = OnderwerpPage.objects.child_of(agenda_page).live().order_by("nummer").first()
        thema = Thema.objects.filter(locale_id=agenda_page.locale_id).first()
        site = Site.objects.get(is_default_site=True)
        host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
        basis = agenda_page.get_url() or agenda_page.url
        if basis.startswith("http"):
            basis = "/" + basis.split("/", 3)[3]
        paginas = [
            ("overzicht", basis),
            (
                "overzicht gefilterd",
                f"{basis}?thema={thema.pk if thema else ''}&status=in_uitvoering"
                "&prioriteit=hoog&sorteer=wijziging",
            ),
            ("overzicht gesorteerd", f"{basis}?sorteer=prioriteit"),
            ("onderwerp", f"{basis}{onderwerp.slug}/" if onderwerp else None),
            ("wat is veranderd", f"{basis}veranderd/"),
            ("wat is veranderd (2019-2024)", f"{basis}veranderd/?van=2019-01-01&tot=2024-12-31"),
            ("rapport", f"{basis}rapport/"),
            ("export csv", f"{basis}export/csv/"),
            ("export json", f"{basis}export/json/"),
        ]
        aantal = OnderwerpPage.objects.child_of(agenda_page).live().count()
        self.stdout.write(
            f"Agenda '{agenda_page.title}' met {aantal} onderwerpen, {keer} keer elk."
        )
        self.stdout.write(f"{'pagina':<30} {'gem. ms':>8} {'min ms':>8} {'queries':>8} {'kB':>7}")
        with override_settings(
            ALLOWED_HOSTS=[site.hostname, "testserver"], PAGINACACHE_AAN=False, DEBUG=False
        ):
            client = Client(HTTP_HOST=host)
            for naam, url in paginas:
                if url is None:
                    continue
                teller = []

                def tel(execute, sql, params, many, context, teller=teller):
                    teller.append(sql)
                    return execute(sql, params, many, context)

                client.get(url)  # warm up: site root paths and other per-process caches
                with connection.execute_wrapper(tel):
                    response = client.get(url)
                if response.status_code != 200:
                    raise CommandError(f"{url} gaf status {response.status_code}.")
                tijden = []
                for _ in range(keer):
                    begin = time.perf_counter()
                    client.get(url)
                    tijden.append((time.perf_counter() - begin) * 1000)
                self.stdout.write(
                    f"{naam:<30} {statistics.mean(tijden):>8.1f} {min(tijden):>8.1f} "
                    f"{len(teller):>8} {len(response.content) / 1024:>7.1f}"
                )
