"""The home page tells what is going on: next café, the agenda's state, the newest poster."""

import datetime
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agenda.models.status import Status
from campagnes import tijd
from campagnes.tijd import AMSTERDAM
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CafeIndexPageFactory,
    CampagnePageFactory,
    PosterPageFactory,
)

NU = datetime.datetime(2030, 3, 1, 12, 0, tzinfo=AMSTERDAM)


@pytest.fixture(autouse=True)
def klok(monkeypatch):
    monkeypatch.setattr(tijd, "nu", lambda: NU)


def html_van(client, url="/"):
    antwoord = client.get(url)
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def cafe(index, dagen, **velden):
    start = NU + timedelta(days=dagen)
    return BijeenkomstPageFactory(
        parent=index, start=start, eind=start + timedelta(hours=2), **velden
    )


def onderwerp_met(agenda, *stappen, **velden):
    onderwerp = OnderwerpPageFactory(parent=agenda, **velden)
    for datum, status, percentage in stappen:
        VoortgangFactory(onderwerp=onderwerp, datum=datum, status=status, percentage=percentage)
    return onderwerp


def test_zonder_agenda_cafe_of_poster_alleen_de_eigen_tekst(client, home):
    html = html_van(client)
    assert "wat-er-speelt" not in html
    assert "Het volgende inclusiecafé" not in html


def test_volgende_cafe_staat_op_de_startpagina_en_een_afgelast_cafe_ervoor_ook(client, home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    cafe(index, -5, title="Vorig café")
    cafe(index, 3, title="Eerste café", status="afgelast", status_reden="De zaal is dicht.")
    cafe(index, 30, title="Volgend café")
    cafe(index, 60, title="Later café")
    html = html_van(client)
    deel = html[html.index('id="nu-cafe-titel"') :]
    deel = deel[: deel.index("</section>")]
    assert "Afgelast: Eerste café" in deel
    assert "Volgend café" in deel
    assert "Later café" not in deel and "Vorig café" not in deel
    assert "Alle cafés en verslagen" in deel


def test_startpagina_blijft_niet_langer_in_de_cache_dan_tot_het_cafe_begint(client, home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    start = NU + timedelta(minutes=10)
    BijeenkomstPageFactory(parent=index, start=start, eind=start + timedelta(hours=2))
    assert "max-age=600" in client.get("/")["Cache-Control"]


def test_geen_komend_cafe_zegt_dat_in_woorden(client, home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    cafe(index, -5, title="Vorig café")
    html = html_van(client)
    assert "Er staat nog geen nieuw café in de agenda." in html


def test_stand_van_de_agenda_als_tekst_en_het_laatste_nieuws(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    d = datetime.date
    onderwerp_met(
        agenda,
        (d(2020, 1, 1), Status.IN_UITVOERING, 40),
        (d(2021, 5, 1), Status.AFGEROND, 100),
        title="Bredere stoepen",
    )
    onderwerp_met(agenda, (d(2022, 3, 1), Status.VASTGELOPEN, 20), title="Meer toiletten")
    onderwerp_met(agenda, title="Gebarentolk bij de raad")
    concept = onderwerp_met(agenda, (d(2023, 1, 1), Status.AFGEROND, 100), title="Geheim")
    concept.unpublish()

    html = html_van(client)
    deel = html[html.index('id="nu-agenda-titel"') :]
    deel = deel[: deel.index("</section>")]
    assert "De agenda heeft 3 onderwerpen." in deel
    assert "Gemiddeld is 40 procent klaar." in deel  # (100 + 20 + 0) / 3
    assert "Afgerond: 1 onderwerp" in deel
    assert "Vastgelopen: 1 onderwerp" in deel
    assert "Niet gestart: 1 onderwerp" in deel
    assert (
        "In uitvoering" not in deel.split("Laatste nieuws")[0]
    )  # statuses nobody has are left out
    nieuws = deel[deel.index("Laatste nieuws") :]
    assert nieuws.index("Meer toiletten") < nieuws.index("Bredere stoepen")
    assert "Geheim" not in deel
    assert 'href="/agenda/veranderd/"' in deel


def test_nieuwste_poster(client, home):
    campagne = CampagnePageFactory(parent=home, slug="guusje")
    PosterPageFactory(parent=campagne, slogan="Oude slogan")
    PosterPageFactory(parent=campagne, slogan="Nieuwe slogan")
    html = html_van(client)
    assert "Nieuwe slogan" in html and "Oude slogan" not in html
    assert "Lees het verhaal achter de poster" in html


def queries_voor(client):
    client.get("/")
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get("/").status_code == 200
    return len(context.captured_queries)


def test_startpagina_kost_evenveel_queries_bij_5_en_bij_30_onderwerpen(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    campagne = CampagnePageFactory(parent=home, slug="guusje")

    def maak(aantal):
        for _ in range(aantal):
            onderwerp_met(
                agenda,
                (datetime.date(2020, 1, 1), Status.IN_VOORBEREIDING, 10),
                (datetime.date(2021, 1, 1), Status.IN_UITVOERING, 50),
            )
            cafe(index, 10 + aantal + _)
            PosterPageFactory(parent=campagne)

    maak(5)
    bij_5 = queries_voor(client)
    maak(25)
    bij_30 = queries_voor(client)
    assert bij_30 == bij_5
    assert bij_5 <= 30
    print(f"queries startpagina: {bij_5}")
