"""The change view, the review report, and the CSV/JSON exports."""

import csv
import datetime
import io
import json

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from agenda.export import veilige_cel
from agenda.models import Bespreking
from tests.agenda.factories import (
    AgendaPageFactory,
    OnderwerpPageFactory,
    VoortgangFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    stoep = OnderwerpPageFactory(
        parent=agenda, nummer=1, title="Bredere stoepen", slug="stoep", prioriteit="hoog", rang=1
    )
    bus = OnderwerpPageFactory(parent=agenda, nummer=2, title="Toegankelijke bus", slug="bus")
    OnderwerpPageFactory(parent=agenda, nummer=3, title="Stil onderwerp", slug="stil")
    VoortgangFactory(
        onderwerp=stoep,
        datum=datetime.date(2020, 1, 10),
        status="in_voorbereiding",
        percentage=10,
        wat_gebeurd="Plan gemaakt.",
    )
    VoortgangFactory(
        onderwerp=stoep,
        datum=datetime.date(2020, 4, 1),
        status="in_uitvoering",
        percentage=40,
        wat_gebeurd="Eerste straat verbreed.",
    )
    VoortgangFactory(
        onderwerp=stoep,
        datum=datetime.date(2020, 5, 1),
        status="in_uitvoering",
        percentage=60,
        wat_gebeurd="Tweede straat verbreed.",
    )
    VoortgangFactory(
        onderwerp=bus,
        datum=datetime.date(2019, 3, 1),
        status="in_uitvoering",
        percentage=30,
        wat_gebeurd="Gesprek met de vervoerder.",
    )
    VoortgangFactory(
        onderwerp=bus,
        datum=datetime.date(2020, 6, 1),
        status="vastgelopen",
        percentage=30,
        wat_gebeurd="Geen geld meer.",
    )
    return agenda


def test_veranderd_tussen_twee_datums_toont_voor_en_na_en_de_stappen(client, agenda):
    html = client.get("/agenda/veranderd/?van=2020-02-15&tot=2020-05-15").content.decode()
    assert "1 onderwerp veranderde." in html
    assert "Eerst: In voorbereiding (10 procent). Nu: In uitvoering (60 procent)." in html
    assert "Eerste straat verbreed." in html and "Tweede straat verbreed." in html
    assert "Plan gemaakt." not in html  # before the period
    assert "Toegankelijke bus" not in html  # changed after the period


def test_veranderd_telt_de_begindag_niet_mee_en_de_einddag_wel(client, agenda):
    html = client.get("/agenda/veranderd/?van=2020-04-01&tot=2020-06-01").content.decode()
    assert "Eerste straat verbreed." not in html
    assert "Tweede straat verbreed." in html and "Geen geld meer." in html
    assert "2 onderwerpen veranderden." in html


def test_veranderd_zonder_keuze_begint_bij_de_laatste_bespreking(client, agenda):
    Bespreking.objects.create(datum=datetime.date(2020, 3, 1))
    Bespreking.objects.create(datum=datetime.date(2020, 5, 15))
    html = client.get("/agenda/veranderd/").content.decode()
    assert "De laatste bespreking was op 15 mei 2020." in html
    assert "Geen geld meer." in html and "Tweede straat verbreed." not in html
    overzicht = client.get("/agenda/").content.decode()
    assert "De laatste bespreking met de gemeente was op 15 mei 2020." in overzicht


def test_veranderd_met_verkeerde_datums_geeft_nederlandse_fout(client, agenda):
    html = client.get("/agenda/veranderd/?van=2021-01-01&tot=2020-01-01").content.decode()
    assert "De einddatum moet na de begindatum liggen." in html
    assert 'role="alert"' in html
    html = client.get("/agenda/veranderd/?van=gisteren").content.decode()
    assert "Vul een geldige datum in, bijvoorbeeld 15-06-2024." in html
    # Typed the Dutch way (without a date picker) works too.
    html = client.get("/agenda/veranderd/?van=15-02-2020&tot=15-05-2020").content.decode()
    assert "Eerste straat verbreed." in html


def test_rapport_per_bespreking(client, agenda):
    vorige = Bespreking.objects.create(datum=datetime.date(2020, 2, 15), naam="Winter 2020")
    deze = Bespreking.objects.create(datum=datetime.date(2021, 9, 1), naam="Najaar 2021")
    html = client.get(f"/agenda/rapport/{deze.pk}/").content.decode()
    assert "Voortgangsrapport: Najaar 2021" in html
    assert "Op 1 september 2021: 0 van de 3 onderwerpen zijn klaar," in html
    assert "Veranderd sinds de vorige bespreking (15 februari 2020)" in html
    assert "2 onderwerpen veranderden." in html
    vast = html.split('id="vast-titel"')[1].split("</table>")[0]
    assert "Toegankelijke bus" in vast and "Bredere stoepen" not in vast
    stil = html.split('id="stil-titel"')[1].split("</table>")[0]
    assert "Stil onderwerp" in stil and "Nog nooit" in stil
    prio = html.split('id="prio-titel"')[1].split("</table>")[0]
    assert "Bredere stoepen" in prio
    assert 'class="pagina-einde"' in html
    # The report for the older review shows the state of that moment.
    html = client.get(f"/agenda/rapport/{vorige.pk}/").content.decode()
    assert "Veranderd sinds de start" in html
    vast = html.split("Vastgelopen onderwerpen")[1].split("Lang geen nieuws")[0]
    assert "Geen enkel onderwerp zit vast." in vast
    assert client.get("/agenda/rapport/9999/").status_code == 404


def test_rapport_zonder_besprekingen_toont_vandaag(client, agenda):
    html = client.get("/agenda/rapport/").content.decode()
    assert "Er zijn nog geen besprekingen ingevoerd." in html


def test_rapport_toont_standaard_vandaag_ook_na_een_bespreking(client, agenda):
    """Months after a review the wethouder still gets today's figures; a review's on request."""
    bespreking = Bespreking.objects.create(datum=datetime.date(2020, 2, 15), naam="Winter 2020")
    html = client.get("/agenda/rapport/").content.decode()
    vandaag = date_format(timezone.localdate(), "j F Y")
    assert f"Voortgangsrapport: vandaag, {vandaag}" in html
    assert f"Op {vandaag}:" in html
    assert "Veranderd sinds de vorige bespreking (15 februari 2020)" in html
    assert f'href="/agenda/rapport/{bespreking.pk}/"' in html
    assert '<a href="/agenda/rapport/" aria-current="page">Vandaag</a>' in html


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+31 6", "'+31 6"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("Gewoon", "Gewoon"),
        ("a=b", "a=b"),
        (42, 42),
        (None, ""),
    ],
)
def test_csv_cellen_die_een_formule_kunnen_zijn_krijgen_een_apostrof(waarde, verwacht):
    assert veilige_cel(waarde) == verwacht


def test_csv_export_is_utf8_met_bom_en_puntkomma(client, agenda):
    stoep = agenda.get_children().get(slug="stoep").specific
    stoep.title = '=HYPERLINK("http://x")'
    stoep.drager = "Afdeling Openbare Ruimte; team één"
    stoep.save_revision().publish()
    response = client.get("/agenda/export/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rijen = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rijen[0][:3] == ["nummer", "titel", "thema"]
    assert rijen[1][1] == '\'=HYPERLINK("http://x")'
    kolom = {naam: i for i, naam in enumerate(rijen[0])}
    assert rijen[1][kolom["drager"]] == "Afdeling Openbare Ruimte; team één"
    # Words for people, not codes; and the date the figures describe.
    assert rijen[2][kolom["status"]] == "Vastgelopen"
    assert rijen[2][kolom["percentage"]] == "30"
    assert {r[kolom["peildatum"]] for r in rijen[1:]} == {timezone.localdate().isoformat()}
    assert {r[kolom["later_dan_gepland"]] for r in rijen[1:]} <= {"ja", "nee"}
    assert len(rijen) == 4


def test_json_export_is_open_data_met_geschiedenis(client, agenda):
    data = json.loads(client.get("/agenda/export/json/").content)
    assert [o["nummer"] for o in data["onderwerpen"]] == [1, 2, 3]
    stoep = data["onderwerpen"][0]
    assert stoep["status"] == "in_uitvoering" and stoep["percentage"] == 60
    assert [s["datum"] for s in stoep["voortgang"]] == ["2020-05-01", "2020-04-01", "2020-01-10"]
    assert data["onderwerpen"][2]["status"] == "niet_gestart"
    assert stoep["adres"] == "http://testserver/agenda/stoep/"
