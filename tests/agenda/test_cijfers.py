"""The agenda's figures: counts in words with their date, an honest average, and late topics.

One function (`monitor.cijfers_op`) gives the figures for a date; the overview,
the report, the home page, CSV, JSON and the feed must all agree with it.
"""

import csv
import datetime
import io
import json
import re
from collections import Counter

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from agenda.kopregel import kopregels, stand_zin
from agenda.models import Bespreking, Status
from agenda.monitor import cijfers_op, laad_rijen
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory
from tests.queries import queries_voor

D = datetime.date
VANDAAG = timezone.localdate


def onderwerp(agenda, nummer, *stappen, einde=None, **velden):
    page = OnderwerpPageFactory(
        parent=agenda, nummer=nummer, slug=f"o{nummer}", einde_gepland=einde, **velden
    )
    for datum, status, percentage in stappen:
        VoortgangFactory(onderwerp=page, datum=datum, status=status, percentage=percentage)
    return page


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    # Finished on time; finished late (not late any more); stuck and past its end (late);
    # ongoing with a past end (never late); under way, end passed (late); under way, end
    # ahead; not started, no end; prepared long ago (no news for a long time).
    onderwerp(agenda, 1, (D(2021, 3, 1), "afgerond", 100), einde=D(2021, 12, 31))
    onderwerp(agenda, 2, (D(2023, 3, 1), "afgerond", 100), einde=D(2022, 12, 31))
    onderwerp(agenda, 3, (D(2022, 6, 1), "vastgelopen", 30), einde=D(2023, 12, 31))
    onderwerp(agenda, 4, (D(2020, 6, 1), "doorlopend", 50), einde=D(2021, 12, 31))
    onderwerp(
        agenda,
        5,
        (D(2020, 1, 1), "in_voorbereiding", 10),
        (VANDAAG() - datetime.timedelta(days=10), "in_uitvoering", 40),
        einde=D(2024, 12, 31),
        title="Toegankelijke toiletten",
    )
    onderwerp(
        agenda,
        6,
        (VANDAAG() - datetime.timedelta(days=30), "in_uitvoering", 60),
        einde=VANDAAG() + datetime.timedelta(days=365),
    )
    onderwerp(agenda, 7)
    onderwerp(agenda, 8, (D(2019, 1, 1), "in_voorbereiding", 20))
    Bespreking.objects.create(datum=D(2021, 6, 1), naam="Voorjaar 2021")
    Bespreking.objects.create(datum=D(2023, 6, 1), naam="Voorjaar 2023")
    return agenda


def test_telt_per_status_en_gemiddeld_alleen_wat_af_kan(agenda):
    cijfers = cijfers_op(laad_rijen(agenda))
    assert cijfers.datum == VANDAAG()
    assert (cijfers.aantal, cijfers.klaar, cijfers.bezig) == (8, 2, 3)
    assert (cijfers.vastgelopen, cijfers.doorlopend, cijfers.niet_gestart) == (1, 1, 1)
    # 100, 100, 40, 60, 0, 20: not the stuck 30 nor the ongoing 50.
    assert cijfers.kan_af == 6
    assert cijfers.gemiddelde == round(320 / 6)


def test_later_dan_gepland_is_einde_voorbij_en_niet_klaar(agenda):
    rijen = {r.onderwerp.nummer: r for r in laad_rijen(agenda)}
    vandaag = VANDAAG()
    later = {n for n, r in rijen.items() if r.later_dan_gepland(vandaag)}
    assert later == {3, 5}
    # On the day of the 2023 review topic 2 was finished, so it was not late then;
    # at the end of 2022 it was.
    assert rijen[2].later_dan_gepland(D(2022, 12, 31)) is False  # the end day itself
    assert rijen[2].later_dan_gepland(D(2023, 1, 15)) is True
    assert rijen[2].later_dan_gepland(D(2023, 6, 1)) is False
    assert cijfers_op(rijen.values()).later_dan_gepland == 2


def test_kopregel_in_woorden_met_datum(agenda):
    cijfers = cijfers_op(laad_rijen(agenda), D(2024, 1, 15))
    zinnen = kopregels(cijfers)
    assert zinnen[0] == (
        "Op 15 januari 2024: 2 van de 8 onderwerpen zijn klaar, 2 zijn bezig, 1 is vastgelopen, "
        "1 loopt altijd door en 2 zijn nog niet begonnen."
    )
    assert zinnen[1].startswith("Van de 6 onderwerpen die af kunnen, is gemiddeld")
    assert "tellen daarin niet mee" in zinnen[1]
    assert zinnen[2] == ("1 onderwerp is later dan gepland: het geplande einde is voorbij.")


def test_kopregel_enkelvoud_en_lege_agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="leeg")
    assert stand_zin(cijfers_op([], D(2026, 12, 2))) == (
        "Op 2 december 2026 heeft de agenda nog geen onderwerpen."
    )
    onderwerp(agenda, 1, (D(2021, 3, 1), "afgerond", 100))
    zinnen = kopregels(cijfers_op(laad_rijen(agenda), D(2026, 12, 2)))
    assert zinnen[0] == "Op 2 december 2026: 1 van de 1 onderwerpen is klaar."
    assert zinnen[1] == "Van het 1 onderwerp dat af kan, is 100 procent klaar."


def test_overzicht_filtert_en_toont_later_en_lang_geen_nieuws(client, agenda):
    html = client.get("/agenda/").content.decode()
    assert '<a href="/agenda/?let_op=later">Later dan gepland</a>' in html
    assert '<span aria-hidden="true">⌛</span> Later dan gepland' in html
    gefilterd = client.get("/agenda/?let_op=later").content.decode()
    tabel = gefilterd.split('id="lijst-titel"')[1].split("</table>")[0]
    assert sorted(re.findall(r'href="/agenda/o(\d+)/"', tabel)) == ["3", "5"]
    stil = client.get("/agenda/?let_op=stil").content.decode()
    tabel = stil.split('id="lijst-titel"')[1].split("</table>")[0]
    # An ongoing topic without news for years counts too; a finished or stuck one does not.
    assert sorted(re.findall(r'href="/agenda/o(\d+)/"', tabel)) == ["4", "7", "8"]


def test_onderwerp_zegt_in_woorden_dat_het_later_is(client, agenda):
    html = client.get("/agenda/o5/").content.decode()
    assert "Later dan gepland." in html
    assert "Het zou klaar zijn op 31 december 2024." in html
    assert "Later dan gepland." not in client.get("/agenda/o6/").content.decode()


def test_rapport_noemt_de_late_onderwerpen(client, agenda):
    html = client.get("/agenda/rapport/").content.decode()
    later = html.split('id="later-titel"')[1].split("</table>")[0]
    assert "Toegankelijke toiletten" in later and "31 december 2024" in later


def test_feed_noemt_dat_een_onderwerp_later_is(client, agenda):
    feed = client.get("/agenda/feed/").content.decode()
    stap = feed.split("Toegankelijke toiletten")[1].split("</entry>")[0]
    assert "later dan gepland" in stap


def _telling_uit_csv(client):
    tekst = client.get("/agenda/export/csv/").content.decode("utf-8-sig")
    rijen = list(csv.DictReader(io.StringIO(tekst), delimiter=";"))
    return rijen, Counter(r["status"] for r in rijen)


def test_alle_paginas_en_exports_geven_dezelfde_cijfers(client, agenda, django_assert_num_queries):
    """Today: overview, report, home, CSV, JSON; and the report for every review date."""
    rijen = laad_rijen(agenda)
    vandaag = cijfers_op(rijen)
    eerste = stand_zin(vandaag)
    for pad in ("/agenda/", "/agenda/rapport/", "/"):
        html = client.get(pad).content.decode()
        assert eerste in html, pad
        for zin in kopregels(vandaag):
            assert zin in html, (pad, zin)

    csv_rijen, per_label = _telling_uit_csv(client)
    assert len(csv_rijen) == vandaag.aantal
    for status, aantal in vandaag.statussen:
        assert per_label.get(status.label, 0) == aantal, status
    assert sum(r["later_dan_gepland"] == "ja" for r in csv_rijen) == vandaag.later_dan_gepland

    data = json.loads(client.get("/agenda/export/json/").content)
    assert data["peildatum"] == vandaag.datum.isoformat()
    assert data["cijfers"]["per_status"] == {s.value: n for s, n in vandaag.statussen}
    assert data["cijfers"]["gemiddeld_klaar_van_wat_af_kan"] == vandaag.gemiddelde
    assert data["cijfers"]["later_dan_gepland"] == vandaag.later_dan_gepland
    assert sum(o["later_dan_gepland"] for o in data["onderwerpen"]) == vandaag.later_dan_gepland
    assert {o["status_label"] for o in data["onderwerpen"]} <= set(Status.labels)

    for bespreking in Bespreking.objects.all():
        cijfers = cijfers_op(rijen, bespreking.datum)
        html = client.get(f"/agenda/rapport/{bespreking.pk}/").content.decode()
        for zin in kopregels(cijfers):
            assert zin in html, (bespreking, zin)
        assert date_format(bespreking.datum, "j F Y") in stand_zin(cijfers)


def test_rapport_kost_evenveel_queries_bij_3_en_bij_18_besprekingen(client, agenda):
    bij_2 = queries_voor(client, "/agenda/rapport/")
    for n in range(16):
        Bespreking.objects.create(datum=D(2010, 1, 1) + datetime.timedelta(days=30 * n))
    assert queries_voor(client, "/agenda/rapport/") == bij_2


def test_overzicht_en_rapport_kosten_evenveel_queries_bij_8_en_bij_60_onderwerpen(client, agenda):
    voor = {pad: queries_voor(client, pad) for pad in ("/agenda/", "/agenda/rapport/")}
    for n in range(9, 61):
        onderwerp(agenda, n, (D(2022, 1, 1), "in_uitvoering", 30), einde=D(2023, 1, 1))
    for pad, aantal in voor.items():
        assert queries_voor(client, pad) == aantal, pad


@pytest.mark.parametrize("pad", ["/agenda/", "/agenda/rapport/", "/agenda/vergelijk/"])
def test_queries_blijven_gelijk_bij_3_en_bij_18_besprekingen(client, agenda, pad):
    Bespreking.objects.create(datum=D(2022, 2, 1))
    drie = queries_voor(client, pad)
    for n in range(15):
        Bespreking.objects.create(datum=D(2010, 1, 1) + datetime.timedelta(days=60 * n))
    assert queries_voor(client, pad) == drie, pad


def test_csv_en_json_geven_de_lampjes_van_de_laatste_bespreking(client, agenda):
    from agenda.models import Beoordeling

    bespreking = Bespreking.objects.get(naam="Voorjaar 2023")
    o5 = agenda.get_children().get(slug="o5").specific
    Beoordeling.objects.create(
        onderwerp=o5, bespreking=bespreking, geld="probleem", geld_reden="Er is geen geld."
    )
    csv_rijen, _ = _telling_uit_csv(client)
    rij = next(r for r in csv_rijen if r["nummer"] == "5")
    assert (rij["lampje_geld"], rij["lampje_inhoud"]) == ("Probleem", "Weten we niet")
    assert rij["lampjes_bespreking"] == "2023-06-01"
    data = json.loads(client.get("/agenda/export/json/").content)
    vijf = next(o for o in data["onderwerpen"] if o["nummer"] == 5)
    assert (vijf["lampje_geld"], vijf["lampje_geld_label"]) == ("probleem", "Probleem")
