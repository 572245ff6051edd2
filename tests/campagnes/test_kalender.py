"""The .ics download and the feed, read back with the icalendar package."""

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from campagnes.tijd import AMSTERDAM
from tests.campagnes.conftest import NU
from tests.campagnes.factories import BijeenkomstPageFactory, CafeIndexPageFactory, LocatieFactory


@pytest.fixture
def index(home):
    return CafeIndexPageFactory(parent=home, slug="inclusiecafe")


@pytest.fixture
def zomercafe(index):
    return BijeenkomstPageFactory(
        parent=index,
        slug="juli",
        title="Inclusiecafé juli",
        start=datetime(2030, 7, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime(2030, 7, 13, 21, 30, tzinfo=AMSTERDAM),
        thema="Vakantie voor iedereen",
        locatie=LocatieFactory(naam="De Bieb", adres="Stadhuisplein 101\n1315 XA Almere"),
    )


def lees(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(cal):
    return list(cal.walk("VEVENT"))


def test_ics_van_een_cafe(client, zomercafe, klok):
    response = client.get("/inclusiecafe/juli/kalender.ics")
    assert response["Content-Disposition"] == 'attachment; filename="juli.ics"'
    cal = lees(response)
    assert str(cal["VERSION"]) == "2.0"
    assert cal["PRODID"]
    (event,) = events(cal)
    assert str(event["UID"]) == f"cafe-{zomercafe.translation_key}@inclusie-almere"
    start = event.decoded("DTSTART")
    assert start == datetime(2030, 7, 13, 19, 30, tzinfo=AMSTERDAM)
    assert start.utcoffset() == timedelta(hours=2)
    assert event.decoded("DTEND") == datetime(2030, 7, 13, 17, 30, tzinfo=AMSTERDAM).replace(
        hour=21, minute=30
    )
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Amsterdam"
    assert str(event["SUMMARY"]) == "Inclusiecafé juli"
    assert "Vakantie voor iedereen" in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]) == "De Bieb, Stadhuisplein 101, 1315 XA Almere"
    assert str(event["URL"]) == "http://testserver/inclusiecafe/juli/"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "DTSTAMP" in event


def test_uid_blijft_gelijk_na_nieuwe_titel_slug_en_datum(client, zomercafe, klok):
    voor = str(events(lees(client.get("/inclusiecafe/juli/kalender.ics")))[0]["UID"])
    zomercafe.title = "Zomercafé"
    zomercafe.slug = "zomer"
    zomercafe.start += timedelta(days=1)
    zomercafe.eind += timedelta(days=1)
    zomercafe.save_revision().publish()
    na = str(events(lees(client.get("/inclusiecafe/zomer/kalender.ics")))[0]["UID"])
    assert voor == na


def test_feed_heeft_alle_komende_cafes_en_markeert_afgelaste(client, index, zomercafe, klok):
    BijeenkomstPageFactory(
        parent=index,
        slug="voorbij",
        start=NU - timedelta(days=20),
        eind=NU - timedelta(days=20, hours=-2),
    )
    afgelast = BijeenkomstPageFactory(
        parent=index,
        slug="april",
        title="Inclusiecafé april",
        start=datetime(2030, 4, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime(2030, 4, 13, 21, 30, tzinfo=AMSTERDAM),
        status="afgelast",
        status_reden="De zaal is dicht.",
    )
    response = client.get("/inclusiecafe/kalender.ics")
    assert response["Content-Disposition"].startswith("inline")
    cal = lees(response)
    per_uid = {str(e["UID"]): e for e in events(cal)}
    assert set(per_uid) == {
        f"cafe-{zomercafe.translation_key}@inclusie-almere",
        f"cafe-{afgelast.translation_key}@inclusie-almere",
    }
    geannuleerd = per_uid[f"cafe-{afgelast.translation_key}@inclusie-almere"]
    assert str(geannuleerd["STATUS"]) == "CANCELLED"
    assert str(geannuleerd["SUMMARY"]) == "AFGELAST: Inclusiecafé april"
    assert "De zaal is dicht." in str(geannuleerd["DESCRIPTION"])
    # Winter time in April? No: summer time started on 31 March 2030.
    assert geannuleerd.decoded("DTSTART").utcoffset() == timedelta(hours=2)
    assert len(cal.walk("VTIMEZONE")) == 1


def test_overzicht_linkt_naar_de_feed_zonder_script(client, index, zomercafe, klok):
    html = client.get("/inclusiecafe/").content.decode()
    assert 'href="/inclusiecafe/kalender.ics"' in html
    assert 'type="text/calendar"' in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_geen_ics_voor_concepten_of_andere_paginas(client, index, zomercafe, klok):
    zomercafe.unpublish()
    assert client.get("/inclusiecafe/juli/kalender.ics").status_code == 404
    assert client.get("/kalender.ics").status_code == 404  # the home page
    assert client.get("/bestaat-niet/kalender.ics").status_code == 404


def test_cafepagina_linkt_naar_haar_ics(client, zomercafe, klok):
    html = client.get("/inclusiecafe/juli/").content.decode()
    assert '<a class="knop knop--licht" href="/inclusiecafe/juli/kalender.ics" download>' in html


@pytest.mark.parametrize(
    "oud, nieuw",
    [
        ("/inclusiecafe/agenda.ics", "/inclusiecafe/kalender.ics"),
        ("/inclusiecafe/juli/agenda.ics", "/inclusiecafe/juli/kalender.ics"),
        ("/en/inclusiecafe/agenda.ics", "/en/inclusiecafe/kalender.ics"),
    ],
)
def test_oude_kalenderadressen_verwijzen_voorgoed_door(client, zomercafe, klok, oud, nieuw):
    """People subscribed to the old agenda.ics: their calendar app follows a 301."""
    response = client.get(oud)
    assert response.status_code == 301
    assert response["Location"] == nieuw
    if not nieuw.startswith("/en/"):
        assert client.get(response["Location"]).status_code == 200
