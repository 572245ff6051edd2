"""The Atom feed of new progress steps: valid, newest first, written out, flat in queries."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest

from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory
from tests.inclusie.test_pages import vertaal
from tests.queries import queries_voor

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def agenda(home):
    return AgendaPageFactory(parent=home, slug="agenda", title="De agenda")


def stap(onderwerp, datum, status="in_uitvoering", percentage=40, **velden):
    return VoortgangFactory(
        onderwerp=onderwerp, datum=datum, status=status, percentage=percentage, **velden
    )


def lees(client, url="/agenda/feed/"):
    antwoord = client.get(url)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(antwoord.content)


def test_feed_geeft_elke_stap_als_tekst_nieuwste_eerst(client, agenda):
    stoepen = OnderwerpPageFactory(parent=agenda, nummer=7, title="Bredere stoepen")
    toiletten = OnderwerpPageFactory(
        parent=agenda, nummer=9, title="Meer toiletten", slug="meer-toiletten"
    )
    stap(stoepen, datetime.date(2023, 5, 1), wat_gebeurd="Er is een plan.")
    stap(
        toiletten,
        datetime.date(2024, 2, 1),
        status="vastgelopen",
        percentage=20,
        wat_gebeurd="Er is geen geld.",
        volgende_stap="De raad beslist in maart.",
    )
    feed = lees(client)
    assert feed.find(f"{ATOM}title").text == "De agenda: nieuwe stappen"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "9. Meer toiletten: Vastgelopen, 20 procent",
        "7. Bredere stoepen: In uitvoering, 40 procent",
    ]
    eerste = entries[0]
    assert eerste.find(f"{ATOM}link").get("href") == "http://testserver/agenda/meer-toiletten/"
    samenvatting = eerste.find(f"{ATOM}summary").text
    assert "Er is geen geld." in samenvatting and "Volgende stap: De raad beslist" in samenvatting
    assert eerste.find(f"{ATOM}id").text.startswith("urn:inclusie-almere:voortgang:")
    assert eerste.find(f"{ATOM}updated").text.startswith("2024-02-01")


def test_stappen_van_een_concept_staan_er_niet_in(client, agenda):
    concept = OnderwerpPageFactory(parent=agenda, title="Nog geheim")
    stap(concept, datetime.date(2024, 1, 1))
    concept.unpublish()
    assert lees(client).findall(f"{ATOM}entry") == []


def test_overzicht_wijst_naar_de_feed(client, agenda):
    html = client.get("/agenda/").content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in html
    assert 'href="/agenda/feed/">Volg nieuwe stappen (feed)</a>' in html


def test_feed_kost_evenveel_queries_bij_5_en_bij_40_onderwerpen(client, agenda):
    def maak(aantal):
        for _ in range(aantal):
            onderwerp = OnderwerpPageFactory(parent=agenda)
            stap(onderwerp, datetime.date(2022, 1, 1))
            stap(onderwerp, datetime.date(2023, 1, 1))

    maak(5)
    bij_5 = queries_voor(client, "/agenda/feed/")
    maak(35)
    assert queries_voor(client, "/agenda/feed/") == bij_5


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"


@pytest.mark.parametrize("taal", ["nl", "en", "ar"])
def test_feed_noemt_zijn_taal_en_geldige_datums(client, agenda, taal, request):
    onderwerp = OnderwerpPageFactory(parent=agenda, nummer=7, title="Bredere stoepen")
    stap(onderwerp, datetime.date(2024, 3, 1), wat_gebeurd="Er is een plan.")
    url = "/agenda/feed/"
    if taal != "nl":
        locale = request.getfixturevalue(f"locale_{taal}")
        home = agenda.get_parent().specific
        vertaal(home, locale, slug=f"home-{taal}", title="Home")
        vertaal(agenda, locale, slug="agenda", title="Agenda")
        # The translation copies the step with the page.
        vertaal(onderwerp, locale, slug="stoepen", title="Stoepen")
        url = f"/{taal}/agenda/feed/"
    feed = lees(client, url)
    assert feed.get(XML_LANG) == taal
    datums = [feed.find(f"{ATOM}updated").text] + [
        e.find(f"{ATOM}updated").text for e in feed.findall(f"{ATOM}entry")
    ]
    assert len(datums) == 2
    for datum in datums:
        assert re.match(RFC3339, datum), datum
        assert datetime.datetime.fromisoformat(datum).tzinfo is not None
