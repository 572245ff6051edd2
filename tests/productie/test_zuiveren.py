"""The CDN purge: every URL that shows a change, in every language, against a real HTTP server.

A small server on 127.0.0.1 stands in for the CDN (Wagtail's HTTPBackend
sends it PURGE requests with the page's host), so the test sees exactly
what a CDN would be told.
"""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Site

from agenda.models import Voortgang
from campagnes.tijd import AMSTERDAM
from inclusie.models import SiteInstellingen
from tests.agenda.factories import (
    AgendaPageFactory,
    BesprekingFactory,
    OnderwerpPageFactory,
    ThemaFactory,
)
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CafeIndexPageFactory,
    CampagnePageFactory,
    LocatieFactory,
    PosterPageFactory,
)
from tests.factories import ContentPageFactory
from tests.inclusie.test_pages import vertaal

HOST = "http://testserver"
AGENDA_PADEN = ["", "veranderd/", "rapport/", "feed/", "export/csv/", "export/json/"]
HOMES = {f"{HOST}/", f"{HOST}/en/", f"{HOST}/ar/"}


class Opnemer(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.ontvangen.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    """The recorded purges, as absolute URLs; empty at the start of the test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Opnemer)
    server.ontvangen = []
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server.ontvangen
    server.shutdown()
    server.server_close()


@pytest.fixture
def site(home, locale_en, locale_ar):
    """A small site in three languages: agenda, café, poster and a plain page."""
    vertaal(home, locale_en, slug="home-en", title="Home")
    vertaal(home, locale_ar, slug="home-ar", title="الرئيسية")
    thema = ThemaFactory(naam="Wonen")
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    onderwerp = OnderwerpPageFactory(parent=agenda, slug="stoepen", thema=thema)
    vertaal(agenda, locale_en, slug="agenda", title="Agenda")
    vertaal(onderwerp, locale_en, slug="pavements", title="Pavements")
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    locatie = LocatieFactory(naam="De Bieb")
    cafe = BijeenkomstPageFactory(
        parent=index,
        slug="juli",
        locatie=locatie,
        start=datetime.datetime(2030, 7, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime.datetime(2030, 7, 13, 21, 30, tzinfo=AMSTERDAM),
    )
    cafe.agenda_themas.add(thema)
    cafe.save_revision().publish()
    vertaal(index, locale_en, slug="inclusiecafe", title="Café")
    vertaal(cafe, locale_en, slug="july", title="July")
    campagne = CampagnePageFactory(parent=home, slug="guusje")
    poster = PosterPageFactory(parent=campagne, slug="gewoon")
    ContentPageFactory(parent=home, slug="over", title="Over ons", show_in_menus=False)
    return {
        "agenda": agenda,
        "onderwerp": onderwerp,
        "thema": thema,
        "index": index,
        "cafe": cafe,
        "locatie": locatie,
        "poster": poster,
    }


def agenda_urls(voorvoegsel=""):
    return {f"{HOST}{voorvoegsel}/agenda/{pad}" for pad in AGENDA_PADEN}


def na_commit(django_capture_on_commit_callbacks, doe):
    with django_capture_on_commit_callbacks(execute=True):
        doe()


def test_een_stap_publiceren_zuivert_onderwerp_overzicht_rapport_feed_en_start(
    site, cdn, django_capture_on_commit_callbacks
):
    onderwerp = site["onderwerp"]
    onderwerp.voortgang.add(
        Voortgang(datum=datetime.date(2026, 11, 1), status="in_uitvoering", percentage=50)
    )
    na_commit(django_capture_on_commit_callbacks, lambda: onderwerp.save_revision().publish())
    verwacht = {
        f"{HOST}/agenda/stoepen/",
        f"{HOST}/en/agenda/pavements/",
        *agenda_urls(),
        *agenda_urls("/en"),
        *HOMES,
        f"{HOST}/sitemap.xml",
    }
    assert verwacht <= set(cdn)
    assert f"{HOST}/over/" not in cdn, "a page that does not show the topic stays cached"


def test_een_onderwerp_offline_halen_zuivert_zijn_oude_adres(
    site, cdn, django_capture_on_commit_callbacks
):
    na_commit(django_capture_on_commit_callbacks, site["onderwerp"].unpublish)
    assert {f"{HOST}/agenda/stoepen/", *agenda_urls(), *HOMES} <= set(cdn)


def test_een_cafe_zuivert_beide_kalenders_en_het_overzicht_in_elke_taal(
    site, cdn, django_capture_on_commit_callbacks
):
    cafe = site["cafe"]
    cafe.status, cafe.status_reden = "afgelast", "De zaal is dicht."
    na_commit(django_capture_on_commit_callbacks, lambda: cafe.save_revision().publish())
    assert {
        f"{HOST}/inclusiecafe/juli/",
        f"{HOST}/inclusiecafe/juli/kalender.ics",
        f"{HOST}/inclusiecafe/",
        f"{HOST}/inclusiecafe/kalender.ics",
        f"{HOST}/en/inclusiecafe/july/",
        f"{HOST}/en/inclusiecafe/july/kalender.ics",
        f"{HOST}/en/inclusiecafe/",
        f"{HOST}/en/inclusiecafe/kalender.ics",
        *HOMES,
    } <= set(cdn)
    assert not any("/agenda/" in url for url in cdn)


def test_een_poster_zuivert_de_campagne_en_de_start(site, cdn, django_capture_on_commit_callbacks):
    poster = site["poster"]
    poster.slogan = "Zeg het gewoon"
    na_commit(django_capture_on_commit_callbacks, lambda: poster.save_revision().publish())
    assert {f"{HOST}/guusje/gewoon/", f"{HOST}/guusje/", *HOMES} <= set(cdn)
    assert f"{HOST}/inclusiecafe/" not in cdn


def test_een_locatie_zuivert_haar_cafes(site, cdn, django_capture_on_commit_callbacks):
    locatie = site["locatie"]
    locatie.ringleiding = "ja"
    na_commit(django_capture_on_commit_callbacks, locatie.save)
    assert {
        f"{HOST}/inclusiecafe/juli/",
        f"{HOST}/inclusiecafe/juli/kalender.ics",
        f"{HOST}/en/inclusiecafe/july/kalender.ics",
        f"{HOST}/inclusiecafe/kalender.ics",
    } <= set(cdn)
    assert f"{HOST}/agenda/" not in cdn


def test_een_thema_zuivert_zijn_onderwerpen_de_agenda_en_de_cafes_erover(
    site, cdn, django_capture_on_commit_callbacks
):
    thema = site["thema"]
    thema.uitleg = "Een huis dat bij je past."
    na_commit(django_capture_on_commit_callbacks, thema.save)
    assert {
        f"{HOST}/agenda/stoepen/",
        f"{HOST}/en/agenda/pavements/",
        *agenda_urls(),
        f"{HOST}/inclusiecafe/juli/",
    } <= set(cdn)


def test_een_bespreking_zuivert_haar_rapport(site, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        bespreking = BesprekingFactory()
    assert {f"{HOST}/agenda/rapport/{bespreking.pk}/", f"{HOST}/agenda/veranderd/"} <= set(cdn)


def test_een_instelling_zuivert_elke_pagina(site, cdn, home, django_capture_on_commit_callbacks):
    instellingen = SiteInstellingen.for_site(Site.objects.get(is_default_site=True))
    instellingen.contact = site["poster"]
    na_commit(django_capture_on_commit_callbacks, instellingen.save)
    assert {f"{HOST}/over/", f"{HOST}/agenda/stoepen/", f"{HOST}/guusje/gewoon/", *HOMES} <= set(
        cdn
    )


def test_een_menupagina_zuivert_elke_pagina(site, cdn, home, django_capture_on_commit_callbacks):
    menu = ContentPageFactory(parent=home, slug="contact", show_in_menus=True)
    cdn.clear()
    na_commit(django_capture_on_commit_callbacks, lambda: menu.save_revision().publish())
    assert {f"{HOST}/over/", f"{HOST}/inclusiecafe/juli/", f"{HOST}/contact/"} <= set(cdn)


def test_pas_na_de_commit_en_zonder_cdn_niets(
    site, cdn, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as wachtend:
        site["poster"].save_revision().publish()
    assert cdn == [], "nothing goes out before the transaction commits"
    for terugroep in wachtend:
        terugroep()
    assert cdn
    cdn.clear()
    settings.WAGTAILFRONTENDCACHE = {}
    na_commit(django_capture_on_commit_callbacks, lambda: site["poster"].save_revision().publish())
    assert cdn == []
