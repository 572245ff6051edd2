"""Dutch search finds other forms of a word, with the same hits on SQLite and PostgreSQL.

`make test` runs these on SQLite, `.ci/run` on PostgreSQL and once more on
SQLite, so one list of expected hits holds for both databases.
"""

import re

import pytest

from inclusie.zoekstam import stammen, zoekvraag
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory
from tests.factories import ContentPageFactory
from tests.inclusie.test_pages import vertaal

# (title of the page, the forms a reader may type): every form finds that page only.
WOORDPAREN = [
    ("Bredere stoepen", ["stoep", "stoepen", "stoepje"]),
    ("Een toilet in elk stadsdeel", ["toilet", "toiletten"]),
    ("Plaats voor rolstoelen", ["rolstoel", "rolstoelen"]),
    ("Een brief in gewone taal", ["brief", "brieven"]),
    ("Bussen met een lage vloer", ["bus", "bussen"]),
    ("Huizen zonder trap", ["huis", "huizen", "huisje"]),
    ("Het gebouw van de gemeente", ["gebouw", "gebouwen"]),
    ("Geen drempels meer", ["drempel", "drempels"]),
    ("Een lift die het doet", ["lift", "liften"]),
    ("Tolken bij de raad", ["tolk", "tolken"]),
    ("Ingangen met een knop", ["ingang", "ingangen"]),
    ("Een woning voor iedereen", ["woning", "woningen"]),
    ("Scholen voor alle kinderen", ["school", "scholen"]),
    ("Een straat met licht", ["straat", "straten"]),
    ("Veilige oversteekplaatsen", ["oversteekplaats", "oversteekplaatsen"]),
    ("Een hellingbaan bij het strand", ["hellingbaan", "hellingbanen"]),
    ("Een bankje om uit te rusten", ["bank", "bankje", "bankjes"]),
    ("Bomen in de wijk", ["boom", "bomen"]),
    ("Een parkeerplaats dichtbij", ["parkeerplaats", "parkeerplaatsen"]),
    ("Loketten op ooghoogte", ["loket", "loketten"]),
    ("Een geleidelijn naar het station", ["geleidelijn", "geleidelijnen"]),
    ("Regels die je snapt", ["regel", "regels"]),
    ("Samen werken aan meedoen", ["werk", "werken", "werkt", "werkte", "gewerkt"]),
]


def titels(client, vraag, pad="/zoeken/"):
    html = client.get(pad, {"q": vraag}).content.decode()
    if 'class="zoekresultaten"' not in html:
        return []
    lijst = html[html.index('class="zoekresultaten"') :]
    lijst = lijst[: lijst.index("</ol>")]
    return re.findall(r'<h3 class="zoekresultaat__titel"><a href="[^"]*">([^<]*)</a>', lijst)


def test_elke_vorm_van_een_woord_vindt_dezelfde_pagina(client, home):
    assert len(WOORDPAREN) >= 20
    for nummer, (titel, _vormen) in enumerate(WOORDPAREN):
        ContentPageFactory(parent=home, slug=f"woord-{nummer}", title=titel)
    fout = {
        vorm: gevonden
        for titel, vormen in WOORDPAREN
        for vorm in vormen
        if (gevonden := titels(client, vorm)) != [titel]
    }
    assert fout == {}


def test_meer_woorden_moeten_allemaal_voorkomen(client, home):
    ContentPageFactory(parent=home, slug="stoep", title="Bredere stoepen")
    ContentPageFactory(parent=home, slug="toilet", title="Een toilet op de stoep")
    assert titels(client, "stoepen toiletten") == ["Een toilet op de stoep"]
    assert titels(client, "de toiletten") == ["Een toilet op de stoep"]
    assert sorted(titels(client, "stoep")) == ["Bredere stoepen", "Een toilet op de stoep"]


def test_tags_en_nummer_van_een_onderwerp_zijn_vindbaar(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    OnderwerpPageFactory(
        parent=agenda, slug="zorg", nummer=41, title="Even vrij van zorg", tags=["respijtzorg"]
    )
    OnderwerpPageFactory(parent=agenda, slug="stoep", nummer=12, title="Bredere stoepen")
    assert titels(client, "respijtzorg") == ["Even vrij van zorg"]
    assert titels(client, "stoep 12") == ["Bredere stoepen"]
    assert titels(client, "stoep 41") == []


def test_engels_en_arabisch_met_hun_eigen_stammen(client, home, locale_en, locale_ar):
    pagina = ContentPageFactory(parent=home, slug="rolstoel", title="Plaats voor rolstoelen")
    vertaal(home, locale_en, slug="home-en", title="Home")
    vertaal(pagina, locale_en, slug="wheelchair", title="Room for wheelchairs")
    vertaal(home, locale_ar, slug="home-ar", title="الرئيسية")
    vertaal(pagina, locale_ar, slug="kursi", title="مكان للكرسي المتحرك")
    assert titels(client, "wheelchair", "/en/zoeken/") == ["Room for wheelchairs"]
    assert titels(client, "كرسي", "/ar/zoeken/") == ["مكان للكرسي المتحرك"]
    assert stammen("wheelchairs", "en") == ["wheelchair"]
    assert stammen("الكرسي", "ar") == stammen("كرسي", "ar")


@pytest.mark.parametrize(
    "tekst, taal, verwacht",
    [
        ("Bredere STOEPEN!", "nl", "breder0 stoep0"),
        ("<p>Toiletten</p>", "nl", "toilet0"),
        ("toilet OR bus", "nl", "toilet0 or0 bus0"),
        ("de stoep", "nl", "stoep0"),
        ("de", "nl", "de0"),
        ("the wheelchairs", "en", "wheelchair0"),
        ("Ljubljana", "xx", "ljubljana0"),
        ("12", "nl", "120"),
    ],
)
def test_zoekvraag_in_gemerkte_stammen(tekst, taal, verwacht):
    assert zoekvraag(tekst, taal) == verwacht


def test_een_nieuwe_of_weggehaalde_tag_telt_bij_de_eerste_publicatie(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    onderwerp = OnderwerpPageFactory(parent=agenda, slug="zorg", title="Even vrij van zorg")
    assert titels(client, "respijtzorg") == []
    onderwerp.tags.add("respijtzorg")
    onderwerp.save_revision().publish()
    assert titels(client, "respijtzorg") == ["Even vrij van zorg"]
    onderwerp.tags.set(["mantelzorg"])
    onderwerp.save_revision().publish()
    assert titels(client, "respijtzorg") == []
    assert titels(client, "mantelzorg") == ["Even vrij van zorg"]
