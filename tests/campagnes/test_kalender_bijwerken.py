"""A calendar that imported a café updates when the café moves, changes or is cancelled.

The rule a calendar app applies (RFC 5546, 2.1.5): of two copies of one UID,
the one with the higher SEQUENCE wins; with equal SEQUENCE, the later DTSTAMP.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from campagnes.tijd import AMSTERDAM
from campagnes.tijdzone import Regel, posix_regel, vtimezone
from tests.campagnes.conftest import NU
from tests.campagnes.factories import BijeenkomstPageFactory, CafeIndexPageFactory, LocatieFactory

ICS = "/inclusiecafe/juli/kalender.ics"
FEED = "/inclusiecafe/kalender.ics"
EEN_WEEK_LATER = {
    "start": datetime(2030, 7, 20, 19, 30, tzinfo=AMSTERDAM),
    "eind": datetime(2030, 7, 20, 21, 30, tzinfo=AMSTERDAM),
}


@pytest.fixture
def cafe(home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    return BijeenkomstPageFactory(
        parent=index,
        slug="juli",
        title="Inclusiecafé juli",
        start=datetime(2030, 7, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime(2030, 7, 13, 21, 30, tzinfo=AMSTERDAM),
        locatie=LocatieFactory(naam="De Bieb"),
    )


def event(client, url=ICS):
    response = client.get(url)
    assert response.status_code == 200
    (enige,) = Calendar.from_ical(response.content).walk("VEVENT")
    return enige


def vervangt(nieuw, oud) -> bool:
    """Whether a calendar app that holds `oud` takes `nieuw` in its place."""
    if str(nieuw["UID"]) != str(oud["UID"]):
        return False
    nieuw_nr, oud_nr = int(nieuw.get("SEQUENCE", 0)), int(oud.get("SEQUENCE", 0))
    if nieuw_nr != oud_nr:
        return nieuw_nr > oud_nr
    return nieuw.decoded("DTSTAMP") > oud.decoded("DTSTAMP")


def publiceer(cafe, **velden):
    for naam, waarde in velden.items():
        setattr(cafe, naam, waarde)
    cafe.save_revision().publish()
    cafe.refresh_from_db()


def test_een_nieuw_cafe_begint_bij_nul_met_datums_in_utc(client, cafe, klok):
    vevent = event(client)
    assert int(vevent["SEQUENCE"]) == 0
    for naam in ("DTSTAMP", "LAST-MODIFIED"):
        assert vevent[naam].to_ical().endswith(b"Z"), naam
        assert "TZID" not in vevent[naam].params
    assert vevent.decoded("DTSTAMP") == NU.astimezone(UTC)
    assert vevent.decoded("LAST-MODIFIED") <= vevent.decoded("DTSTAMP")


@pytest.mark.parametrize(
    "wijziging",
    [
        {"start": datetime(2030, 7, 13, 19, 0, tzinfo=AMSTERDAM)},
        {"eind": datetime(2030, 7, 13, 22, 0, tzinfo=AMSTERDAM)},
        {"locatie": "nieuw"},
        {"status": "verplaatst", "status_reden": "We zitten nu in De Kunstlinie."},
    ],
    ids=["begin", "eind", "plaats", "status"],
)
def test_volgnummer_stijgt_bij_tijd_plaats_of_status(client, cafe, klok, wijziging):
    if wijziging.get("locatie") == "nieuw":
        wijziging = {"locatie": LocatieFactory(naam="De Kunstlinie")}
    oud = event(client)
    klok.zet(NU + timedelta(hours=1))
    publiceer(cafe, **wijziging)
    nieuw = event(client)
    assert int(nieuw["SEQUENCE"]) == int(oud["SEQUENCE"]) + 1
    assert vervangt(nieuw, oud)
    assert nieuw.decoded("LAST-MODIFIED") == (NU + timedelta(hours=1)).astimezone(UTC)


def test_verplaatst_cafe_vervangt_het_oude_in_de_feed(client, cafe, klok):
    """The feed a calendar subscribed to: the same event, moved, not a second one."""
    bewaard = {
        str(e["UID"]): e for e in Calendar.from_ical(client.get(FEED).content).walk("VEVENT")
    }
    klok.zet(NU + timedelta(days=1))
    publiceer(cafe, **EEN_WEEK_LATER)
    for nieuw in Calendar.from_ical(client.get(FEED).content).walk("VEVENT"):
        oud = bewaard.get(str(nieuw["UID"]))
        assert oud is not None, "the moved café must keep its UID"
        if vervangt(nieuw, oud):
            bewaard[str(nieuw["UID"])] = nieuw
    (over,) = bewaard.values()
    assert over.decoded("DTSTART") == datetime(2030, 7, 20, 19, 30, tzinfo=AMSTERDAM)


def test_afgelast_cafe_houdt_zijn_uid_en_zegt_cancelled(client, cafe, klok):
    oud = event(client)
    publiceer(cafe, status="afgelast", status_reden="De zaal is dicht.")
    nieuw = event(client)
    assert str(nieuw["UID"]) == str(oud["UID"])
    assert str(nieuw["STATUS"]) == "CANCELLED"
    assert vervangt(nieuw, oud)


def test_nieuwe_titel_telt_niet_maar_vervangt_wel_door_de_latere_dtstamp(client, cafe, klok):
    oud = event(client)
    klok.zet(NU + timedelta(minutes=5))
    publiceer(cafe, title="Zomercafé")
    nieuw = event(client)
    assert int(nieuw["SEQUENCE"]) == int(oud["SEQUENCE"])
    assert vervangt(nieuw, oud)
    assert str(nieuw["SUMMARY"]) == "Zomercafé"


def test_een_concept_telt_pas_bij_publiceren(client, cafe, klok):
    cafe.start, cafe.eind = EEN_WEEK_LATER["start"], EEN_WEEK_LATER["eind"]
    revisie = cafe.save_revision()
    assert int(event(client)["SEQUENCE"]) == 0
    revisie.publish()
    assert int(event(client)["SEQUENCE"]) == 1


def test_een_oude_revisie_zet_het_volgnummer_niet_terug(client, cafe, klok):
    oude_revisie = cafe.save_revision()
    publiceer(cafe, **EEN_WEEK_LATER)
    publiceer(cafe, status="verplaatst", status_reden="Naar de Kunstlinie.")
    assert int(event(client)["SEQUENCE"]) == 2
    # Going back to the first version changes time and status once more.
    oude_revisie.publish()
    assert int(event(client)["SEQUENCE"]) == 3


def test_tijdzone_komt_uit_de_tz_database_en_heeft_geen_eindjaar(client, cafe, klok):
    cal = Calendar.from_ical(client.get(ICS).content)
    (tz,) = cal.walk("VTIMEZONE")
    delen = tz.walk("STANDARD") + tz.walk("DAYLIGHT")
    assert len(delen) == 2, "one rule each for winter and summer time, not a list of years"
    for deel in delen:
        assert "UNTIL" not in deel["RRULE"]
        assert deel["RRULE"]["FREQ"] == ["YEARLY"]
    amsterdam = ZoneInfo("Europe/Amsterdam")
    uit_bestand = tz.to_tz()
    for moment in [
        datetime(2030, 7, 13, 19, 30),
        datetime(2038, 12, 1, 12),
        datetime(2039, 7, 1, 12),
        datetime(2061, 3, 27, 3, 30),
        datetime(2099, 10, 25, 4),
    ]:
        assert moment.replace(tzinfo=uit_bestand).utcoffset() == (
            moment.replace(tzinfo=amsterdam).utcoffset()
        ), moment


@pytest.mark.parametrize(
    "regel, standaard, zomer",
    [
        ("CET-1CEST,M3.5.0,M10.5.0/3", timedelta(hours=1), timedelta(hours=2)),
        ("EST5EDT,M3.2.0,M11.1.0", timedelta(hours=-5), timedelta(hours=-4)),
        ("<+0330>-3:30", timedelta(hours=3, minutes=30), None),
    ],
)
def test_posix_regels_worden_goed_gelezen(regel, standaard, zomer):
    gelezen = Regel.lees(regel)
    assert gelezen.standaard == standaard
    assert gelezen.zomer == zomer


def test_regel_staat_in_het_tijdzonebestand():
    assert posix_regel("Europe/Amsterdam") == "CET-1CEST,M3.5.0,M10.5.0/3"
    assert len(vtimezone("Asia/Tehran").walk("STANDARD")) == 1
