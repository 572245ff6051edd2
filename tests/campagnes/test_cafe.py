"""The café overview and one café page, around a fixed 'now'."""

from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError

from campagnes.models import BijeenkomstPage
from campagnes.models.cafe import VERLEDEN_PER_PAGINA
from campagnes.tijd import AMSTERDAM
from tests.campagnes.conftest import NU
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CafeIndexPageFactory,
    LocatieFactory,
)
from tests.queries import queries_voor


@pytest.fixture
def index(home):
    return CafeIndexPageFactory(parent=home, slug="inclusiecafe", title="Inclusiecafé")


def cafe(index, dagen, **velden):
    start = NU + timedelta(days=dagen)
    velden.setdefault("slug", f"cafe-{dagen + 1000}")
    velden.setdefault("title", f"Café op dag {dagen}")
    return BijeenkomstPageFactory(
        parent=index, start=start, eind=start + timedelta(hours=2), **velden
    )


def html_van(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def deel(html, begin_id, eind_marker="</section>"):
    stuk = html[html.index(f'id="{begin_id}"') :]
    return stuk[: stuk.index(eind_marker)]


def test_volgende_komende_en_voorbije_rond_nu(client, index, klok):
    cafe(index, -40, title="Oud café")
    cafe(index, -10, title="Vorig café")
    cafe(index, 12, title="Volgend café")
    cafe(index, 40, title="Later café")
    html = html_van(client, "/inclusiecafe/")
    assert "Volgend café" in deel(html, "volgende-titel")
    daarna = deel(html, "daarna-titel")
    assert "Later café" in daarna and "Volgend café" not in daarna
    voorbij = deel(html, "voorbij-titel")
    assert voorbij.index("Vorig café") < voorbij.index("Oud café")
    assert "Later café" not in voorbij

    # A month later the same pages split differently.
    klok.zet(NU + timedelta(days=20))
    html = html_van(client, "/inclusiecafe/")
    assert "Later café" in deel(html, "volgende-titel")
    assert "Volgend café" in deel(html, "voorbij-titel")


def test_een_cafe_dat_nu_bezig_is_is_nog_het_volgende(client, index, klok):
    lopend = cafe(index, 0, title="Lopend café")
    klok.zet(lopend.start + timedelta(minutes=30))
    assert "Lopend café" in deel(html_van(client, "/inclusiecafe/"), "volgende-titel")


def test_afgelast_cafe_is_nooit_het_volgende_en_staat_overal_als_afgelast(client, index, klok):
    cafe(
        index,
        5,
        title="Maartcafé",
        slug="maart",
        status="afgelast",
        status_reden="De zaal is dicht door een storing.",
    )
    cafe(index, 30, title="Aprilcafé")
    html = html_van(client, "/inclusiecafe/")
    assert "Aprilcafé" in deel(html, "volgende-titel")
    daarna = deel(html, "daarna-titel")
    assert "Afgelast: Maartcafé" in daarna
    assert "Deze bijeenkomst gaat niet door. De zaal is dicht door een storing." in daarna
    assert "bijeenkomst--afgelast" in daarna

    pagina = html_van(client, "/inclusiecafe/maart/")
    assert "<h1>Afgelast: Maartcafé</h1>" in pagina
    assert "De zaal is dicht door een storing." in pagina
    assert "Zet in je agenda" not in pagina

    # Also once it is in the past.
    klok.zet(NU + timedelta(days=10))
    assert "Afgelast: Maartcafé" in deel(html_van(client, "/inclusiecafe/"), "voorbij-titel")


def test_verplaatst_cafe_toont_de_reden(client, index, klok):
    cafe(index, 5, slug="verplaatst", status="verplaatst", status_reden="Nu in de bibliotheek.")
    html = html_van(client, "/inclusiecafe/verplaatst/")
    assert "Verplaatst" in html and "Nu in de bibliotheek." in html


def test_cafepagina_toont_datum_plaats_en_toegankelijkheid_als_tekst(client, index, klok):
    locatie = LocatieFactory(
        naam="De Zaal",
        drempelvrij="ja",
        ringleiding="nee",
        stille_ruimte="onbekend",
        ov_halte="Halte Stadhuis",
    )
    BijeenkomstPageFactory(
        parent=index,
        slug="dertien",
        title="Inclusiecafé maart",
        start=datetime(2030, 3, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime(2030, 3, 13, 21, 30, tzinfo=AMSTERDAM),
        thema="Lezen zonder drempels",
        locatie=locatie,
        aanmelden="verplicht",
        aanmelden_hoe="Mail naar cafe@example.org.",
    )
    html = html_van(client, "/inclusiecafe/dertien/")
    assert html.count("<h1") == 1
    assert "woensdag 13 maart 2030, 19:30 tot 21:30 uur" in html
    assert 'datetime="2030-03-13T19:30:00+01:00"' in html
    assert "Lezen zonder drempels" in html
    assert "De Zaal" in html and "Halte Stadhuis" in html
    assert "De ingang heeft geen drempel en geen trap." in html
    assert "Er is geen ringleiding." in html
    assert "We weten nog niet of er een stille ruimte is." in html
    # Icons are decoration: the sentence carries the meaning.
    assert '<span class="feit__icoon" aria-hidden="true">✓</span>' in html
    assert "Aanmelden is nodig" in html and "cafe@example.org" in html
    assert 'href="/inclusiecafe/dertien/kalender.ics"' in html
    assert html.index("<h1") < html.index("In het kort") < html.index("Wanneer?")


def test_voorbij_cafe_toont_het_verslag(client, index, klok):
    cafe(
        index,
        -3,
        slug="geweest",
        verslag=[("tekst", "<p>Wij spraken over de bus.</p>")],
    )
    html = html_van(client, "/inclusiecafe/geweest/")
    assert 'id="verslag"' in html and "Wij spraken over de bus." in html
    assert "is al geweest" in html
    assert "Zet in je agenda" not in html
    overzicht = html_van(client, "/inclusiecafe/")
    assert 'href="/inclusiecafe/geweest/#verslag"' in overzicht


def test_eerdere_cafes_bladeren_met_gewone_links(client, index, klok):
    for i in range(VERLEDEN_PER_PAGINA + 3):
        cafe(index, -30 * (i + 1), title=f"Oud {i:02d}")
    html = html_van(client, "/inclusiecafe/")
    assert "Pagina 1 van 2" in html
    assert 'href="?pagina=2#voorbij-titel"' in html
    assert "Oud 00" in html and "Oud 12" not in html
    tweede = html_van(client, "/inclusiecafe/?pagina=2")
    assert "Oud 12" in tweede and "Oud 00" not in tweede
    assert 'href="?pagina=1#voorbij-titel"' in tweede
    assert "Oud 12" in html_van(client, "/inclusiecafe/?pagina=99")
    assert "Oud 00" in html_van(client, "/inclusiecafe/?pagina=x")


def test_drafts_staan_niet_in_het_overzicht(client, index, klok):
    concept = cafe(index, 5, title="Geheim concept")
    concept.unpublish()
    assert "Geheim concept" not in html_van(client, "/inclusiecafe/")


def test_overzicht_mag_kort_in_een_cache_tot_het_volgende_café_begint(client, index, klok):
    response = client.get("/inclusiecafe/")
    assert "max-age=900" in response["Cache-Control"]
    cafe(index, 0)  # starts at NU
    klok.zet(NU - timedelta(minutes=2))
    assert "max-age=120" in client.get("/inclusiecafe/")["Cache-Control"]


def test_overzicht_kost_evenveel_queries_bij_5_en_bij_30_cafes(client, index, klok):
    def maak(dagen):
        for dag in dagen:
            cafe(index, dag, locatie=LocatieFactory(), slug=f"q-{dag + 1000}")

    # Both sets have a next café, later cafés and a page of past ones.
    maak([-20, -10, 5, 15, 25])
    bij_5 = queries_voor(client, "/inclusiecafe/")
    maak([-300 + 10 * i for i in range(25)])
    bij_30 = queries_voor(client, "/inclusiecafe/")
    assert bij_30 == bij_5
    print(f"queries overzicht inclusiecafé: {bij_5}")


def test_einde_voor_begin_wordt_geweigerd(index):
    bijeenkomst = BijeenkomstPage(
        title="Fout",
        slug="fout",
        in_het_kort="Dit is een zin. Dit is er nog een.",
        start=datetime(2030, 3, 13, 21, 0, tzinfo=AMSTERDAM),
        eind=datetime(2030, 3, 13, 19, 0, tzinfo=AMSTERDAM),
    )
    with pytest.raises(ValidationError) as fout:
        index.add_child(instance=bijeenkomst)
    assert fout.value.message_dict["eind"] == ["Het einde moet later zijn dan het begin."]
    assert not BijeenkomstPage.objects.filter(slug="fout").exists()


@pytest.mark.parametrize(
    "status,melding",
    [
        ("afgelast", "Schrijf waarom de bijeenkomst is afgelast."),
        ("verplaatst", "Schrijf waarom en waarheen de bijeenkomst is verplaatst."),
    ],
)
def test_afgelast_of_verplaatst_zonder_reden_wordt_geweigerd(index, status, melding):
    with pytest.raises(ValidationError) as fout:
        BijeenkomstPageFactory(parent=index, status=status, status_reden="  ")
    assert fout.value.message_dict["status_reden"] == [melding]


def test_cafepagina_mag_in_een_cache_tot_het_begin_of_einde(client, index, klok):
    lopend = cafe(index, 0, slug="nu")
    klok.zet(NU - timedelta(minutes=5))
    assert "max-age=300" in client.get("/inclusiecafe/nu/")["Cache-Control"]
    klok.zet(NU + timedelta(hours=1, minutes=50))  # ten minutes before the end
    assert "max-age=600" in client.get("/inclusiecafe/nu/")["Cache-Control"]
    klok.zet(lopend.eind + timedelta(days=1))
    assert "max-age=900" in client.get("/inclusiecafe/nu/")["Cache-Control"]


def test_seconden_tot_wissel():
    from campagnes.tijd import seconden_tot_wissel

    assert seconden_tot_wissel([], NU) == 900
    assert seconden_tot_wissel([NU - timedelta(hours=1), NU + timedelta(seconds=42)], NU) == 42
    assert seconden_tot_wissel([NU + timedelta(days=3)], NU) == 900
