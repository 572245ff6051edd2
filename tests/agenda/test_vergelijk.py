"""Comparing two moments, and the trend over all reviews."""

import datetime
import re

import pytest

from agenda.models import Beoordeling, Bespreking
from agenda.monitor import laad_rijen, trend, vergelijking
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory
from tests.queries import queries_voor

D = datetime.date


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")

    def onderwerp(nummer, titel, *stappen, einde=None):
        page = OnderwerpPageFactory(
            parent=agenda, nummer=nummer, slug=f"o{nummer}", title=titel, einde_gepland=einde
        )
        for datum, status, percentage in stappen:
            VoortgangFactory(onderwerp=page, datum=datum, status=status, percentage=percentage)
        return page

    eerste = Bespreking.objects.create(datum=D(2023, 2, 1), naam="Februari 2023")
    tweede = Bespreking.objects.create(datum=D(2023, 10, 1), naam="Oktober 2023")
    onderwerp(1, "Klaar", (D(2022, 1, 1), "in_uitvoering", 70), (D(2023, 5, 1), "afgerond", 100))
    onderwerp(2, "Vast", (D(2022, 1, 1), "in_uitvoering", 40), (D(2023, 6, 1), "vastgelopen", 40))
    onderwerp(
        3, "Verder", (D(2022, 1, 1), "in_uitvoering", 20), (D(2023, 7, 1), "in_uitvoering", 65)
    )
    onderwerp(
        4, "Terug", (D(2022, 1, 1), "in_uitvoering", 50), (D(2023, 8, 1), "in_uitvoering", 30)
    )
    laat = onderwerp(5, "Laat", (D(2022, 1, 1), "in_voorbereiding", 10), einde=D(2023, 6, 30))
    Beoordeling.objects.create(onderwerp=laat, bespreking=eerste, geld="goed")
    Beoordeling.objects.create(
        onderwerp=laat, bespreking=tweede, geld="probleem", geld_reden="Het geld is op."
    )
    return agenda


def test_vergelijking_noemt_klaar_vast_verder_terug_laat_en_lampjes(agenda):
    v = vergelijking(laad_rijen(agenda), D(2023, 2, 1), D(2023, 10, 1))
    assert [x.rij.onderwerp.title for x in v.klaar] == ["Klaar"]
    assert [x.rij.onderwerp.title for x in v.vastgelopen] == ["Vast"]
    assert [(x.rij.onderwerp.title, x.verschil) for x in v.vooruit] == [("Verder", 45)]
    assert [(x.rij.onderwerp.title, x.verschil) for x in v.achteruit] == [("Terug", -20)]
    assert [r.onderwerp.title for r, _s in v.later] == ["Laat"]
    (wissel,) = v.lichten
    assert [(label, oud, nieuw) for label, oud, nieuw in wissel.wissels] == [
        ("Geld", "goed", "probleem")
    ]
    assert (v.van.klaar, v.tot.klaar) == (0, 1)


def test_vergelijkpagina_in_woorden_met_beide_datums(client, agenda):
    eerste = Bespreking.objects.get(naam="Februari 2023")
    tweede = Bespreking.objects.get(naam="Oktober 2023")
    html = client.get(f"/agenda/vergelijk/?van={eerste.pk}&tot={tweede.pk}").content.decode()
    assert "Van 1 februari 2023 tot 1 oktober 2023" in html
    assert "Op 1 februari 2023: 0 van de 5 onderwerpen zijn klaar" in html
    assert "Op 1 oktober 2023: 1 van de 5 onderwerpen is klaar" in html
    assert "3. Verder: van 20 naar 65 procent, 45 procent verder" in html
    assert "5. Laat: het zou klaar zijn op 30 juni 2023" in html
    assert "5. Laat: Geld van goed naar probleem" in html


def test_vergelijken_met_het_tweede_moment_eerst_geeft_een_fout_bij_het_veld(client, agenda):
    eerste = Bespreking.objects.get(naam="Februari 2023")
    html = client.get(f"/agenda/vergelijk/?van=vandaag&tot={eerste.pk}").content.decode()
    assert 'role="alert"' in html
    assert "Kies als tweede moment een later moment dan het eerste." in html
    assert 'aria-describedby="id_tot_error"' in html and 'id="id_tot_error"' in html
    assert "Klaar gekomen" not in html


def test_standaard_van_de_laatste_bespreking_tot_vandaag(client, agenda):
    html = client.get("/agenda/vergelijk/").content.decode()
    assert "Van 1 oktober 2023 tot " in html


def test_trend_telt_per_bespreking_en_staat_als_tabel_onder_de_grafiek(client, agenda):
    punten = trend(laad_rijen(agenda), Bespreking.objects.all())
    assert [p.bespreking.naam for p in punten] == ["Februari 2023", "Oktober 2023"]
    assert punten[0].telling.status("in_uitvoering") == 4
    assert punten[1].telling.klaar == 1 and punten[1].telling.vastgelopen == 1
    html = client.get("/agenda/rapport/").content.decode()
    svg = html.split("<svg", 1)[1].split("</svg>")[0]
    assert 'role="img"' in svg and "<title" in svg
    # Every status has its own pattern and a label in the legend: no colour needed.
    assert len(set(re.findall(r'fill="url\(#rapport-p-(\w+)\)"', svg))) >= 4
    tabel = html.split('id="rapport-trend-tabel"')[1].split("</table>")[0]
    assert "Oktober 2023" in tabel and "Februari 2023" in tabel


def test_vergelijken_kost_evenveel_queries_bij_meer_onderwerpen_en_besprekingen(client, agenda):
    voor = queries_voor(client, "/agenda/vergelijk/")
    for n in range(16):
        Bespreking.objects.create(datum=D(2010, 1, 1) + datetime.timedelta(days=40 * n))
    for n in range(6, 40):
        OnderwerpPageFactory(parent=agenda, nummer=n, slug=f"extra-{n}")
    assert queries_voor(client, "/agenda/vergelijk/") == voor
