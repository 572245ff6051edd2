"""Site search: language, type labels, counts, pagination, numbers and the index."""

import re

import pytest
from django.db import connection

from inclusie.zoeken import NUMMER_VRAAG, Treffers, modellen_met_nummer
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory
from tests.factories import ContentPageFactory
from tests.inclusie.test_pages import vertaal

OP_POSTGRES = connection.vendor == "postgresql"


def resultaten(html):
    """Titles of the results, in order."""
    lijst = html[html.index('class="zoekresultaten"') :]
    lijst = lijst[: lijst.index("</ol>")]
    return re.findall(r'<h3 class="zoekresultaat__titel"><a href="[^"]*">([^<]*)</a>', lijst)


def test_zoekvak_staat_in_de_kop_van_elke_pagina(client, home):
    ContentPageFactory(parent=home, slug="over")
    for pad in ("/", "/over/"):
        html = client.get(pad).content.decode()
        kop = html[html.index("<header") : html.index("</header>")]
        assert '<form class="zoekvak" action="/zoeken/" method="get" role="search"' in kop
        assert '<label class="zoekvak__label" for="zoekvak-vraag">' in kop
        assert 'id="zoekvak-vraag" type="search" name="q"' in kop


def test_resultaat_toont_titel_soort_en_in_het_kort(client, home):
    ContentPageFactory(
        parent=home,
        slug="toilet",
        title="Een toilet voor iedereen",
        in_het_kort="Elk gebouw van de stad krijgt een toilet. Het is breed genoeg.",
    )
    ContentPageFactory(parent=home, slug="anders", title="Iets anders")
    response = client.get("/zoeken/", {"q": "toilet"})
    html = response.content.decode()
    assert response.status_code == 200
    assert resultaten(html) == ["Een toilet voor iedereen"]
    assert 'href="/toilet/"' in html
    assert "Elk gebouw van de stad krijgt een toilet." in html
    assert '<span class="visueel-verborgen">Soort: </span>Pagina' in html
    assert re.search(r'role="status">\s*Wij vonden 1 pagina voor “toilet”\.', html)
    assert "<title>1 resultaat voor toilet - Zoeken" in html


def test_soort_komt_uit_het_paginamodel(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    OnderwerpPageFactory(parent=agenda, slug="loopstroken", title="Geleidelijnen op de stoep")
    html = client.get("/zoeken/", {"q": "geleidelijnen"}).content.decode()
    assert '<span class="visueel-verborgen">Soort: </span>Onderwerp<' in html


def test_alleen_resultaten_in_de_taal_van_de_lezer(client, home, locale_en):
    nl = ContentPageFactory(parent=home, slug="fiets", title="Fiets en rolstoel")
    vertaal(home, locale_en, slug="home-en", title="Home")
    vertaal(nl, locale_en, slug="bike", title="Fiets and wheelchair")
    nl_html = client.get("/zoeken/", {"q": "fiets"}).content.decode()
    en_html = client.get("/en/zoeken/", {"q": "fiets"}).content.decode()
    assert resultaten(nl_html) == ["Fiets en rolstoel"]
    assert resultaten(en_html) == ["Fiets and wheelchair"]
    assert 'href="/en/bike/"' in en_html


def test_niets_gevonden_zegt_dat_duidelijk_met_tips(client, home):
    html = client.get("/zoeken/", {"q": "olifantenpaadje"}).content.decode()
    assert re.search(r'role="status">\s*Wij vonden niets voor “olifantenpaadje”\.', html)
    assert '<h2 id="niets-gevonden-titel">Niets gevonden</h2>' in html
    assert "Kijk of je het woord goed hebt geschreven." in html
    assert "onderwerp 12" in html


def test_zonder_vraag_alleen_het_formulier(client, home):
    html = client.get("/zoeken/").content.decode()
    assert html.count("<h1") == 1
    assert 'role="status"' not in html
    assert 'id="zoekvraag"' in html


def test_bladeren_met_gewone_links(client, home):
    for n in range(23):
        ContentPageFactory(parent=home, slug=f"lift-{n}", title=f"Lift nummer {n}")
    eerste = client.get("/zoeken/", {"q": "lift"}).content.decode()
    assert len(resultaten(eerste)) == 10
    assert "Wij vonden 23 pagina's voor “lift”. Je ziet deel 1 van 3." in eerste
    assert 'href="?q=lift&amp;pagina=2"' in eerste
    assert 'aria-label="Meer zoekresultaten"' in eerste
    laatste = client.get("/zoeken/", {"q": "lift", "pagina": "3"}).content.decode()
    assert len(resultaten(laatste)) == 3
    assert 'pagina=3" aria-current="page"' in laatste
    assert 'start="21"' in laatste
    # Nonsense page numbers give a page, never an error.
    assert client.get("/zoeken/", {"q": "lift", "pagina": "x"}).status_code == 200
    assert client.get("/zoeken/", {"q": "lift", "pagina": "99"}).status_code == 200


def test_queries_groeien_niet_met_het_aantal_resultaten(
    client, home, django_assert_max_num_queries
):
    for n in range(5):
        ContentPageFactory(parent=home, slug=f"ramp-{n}", title=f"Ramp {n}")
    client.get("/zoeken/", {"q": "ramp"})
    with django_assert_max_num_queries(20) as weinig:
        client.get("/zoeken/", {"q": "ramp"})
    for n in range(5, 60):
        ContentPageFactory(parent=home, slug=f"ramp-{n}", title=f"Ramp {n}")
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        html = client.get("/zoeken/", {"q": "ramp"}).content.decode()
    assert "Wij vonden 60 pagina's" in html


def test_index_volgt_publiceren(client, home):
    page = ContentPageFactory(parent=home, slug="bus", title="De bus", live=False)
    assert "Wij vonden niets" in client.get("/zoeken/", {"q": "bus"}).content.decode()
    page.save_revision().publish()
    assert resultaten(client.get("/zoeken/", {"q": "bus"}).content.decode()) == ["De bus"]
    # A new title is findable once published, the old one no longer.
    page.title = "De tram"
    page.save_revision().publish()
    assert resultaten(client.get("/zoeken/", {"q": "tram"}).content.decode()) == ["De tram"]
    assert "Wij vonden niets" in client.get("/zoeken/", {"q": "bus"}).content.decode()
    page.refresh_from_db()
    page.unpublish()
    assert "Wij vonden niets" in client.get("/zoeken/", {"q": "tram"}).content.decode()


@pytest.mark.parametrize(
    "vraag, nummer",
    [("12", 12), ("onderwerp 12", 12), ("Onderwerp12", 12), ("nr. 7", 7), ("#3", 3)],
)
def test_nummervraag_herkend(vraag, nummer):
    assert int(NUMMER_VRAAG.match(vraag).group(1)) == nummer


@pytest.mark.parametrize("vraag", ["onderwerp", "12 toiletten", "bus 12", "12345"])
def test_geen_nummervraag(vraag):
    assert NUMMER_VRAAG.match(vraag) is None


def test_onderwerpnummer_vindt_het_onderwerp_eerst(client, home):
    assert any(m.__name__ == "OnderwerpPage" for m in modellen_met_nummer())
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    OnderwerpPageFactory(parent=agenda, slug="stoep", nummer=12, title="Bredere stoepen")
    OnderwerpPageFactory(parent=agenda, slug="bus", nummer=3, title="Toegankelijke bus")
    ContentPageFactory(parent=home, slug="jaar", title="Onderwerp 12 in het jaarverslag")
    html = client.get("/zoeken/", {"q": "onderwerp 12"}).content.decode()
    assert resultaten(html) == ["Bredere stoepen", "Onderwerp 12 in het jaarverslag"]
    assert resultaten(client.get("/zoeken/", {"q": "3"}).content.decode())[0] == (
        "Toegankelijke bus"
    )


def test_treffers_voegt_nummers_en_tekst_samen_zonder_gaten():
    class Rest(list):
        def count(self):
            return len(self)

    treffers = Treffers(["a", "b"], Rest(["c", "d", "e"]))
    assert treffers.count() == 5
    assert treffers[0:2] == ["a", "b"]
    assert treffers[1:4] == ["b", "c", "d"]
    assert treffers[4:10] == ["e"]
    assert treffers[3] == "d"


@pytest.mark.parametrize(
    "vraag", ['"', "'", 'toilet"', "(", "a:*", "-", "*", "NOT", "toilet OR", "de", "😀", "%", "&|!"]
)
def test_vreemde_tekens_geven_nooit_een_fout(client, home, vraag):
    ContentPageFactory(parent=home, slug="toilet", title="Een toilet")
    response = client.get("/zoeken/", {"q": vraag})
    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()


def test_taalkeuze_op_de_zoekpagina_linkt_naar_dezelfde_zoekvraag(client, home):
    html = client.get("/zoeken/?q=toilet").content.decode()
    keuze = html[html.index('aria-label="Kies een taal"') :]
    keuze = keuze[: keuze.index("</nav>")]
    assert 'href="/en/zoeken/?q=toilet" hreflang="en"' in keuze
    assert 'href="/ar/zoeken/?q=toilet" hreflang="ar"' in keuze
