"""Guusje: a campaign with posters, each with its text and its story."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from campagnes.models import PosterPage
from tests.campagnes.conftest import NU
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CampagnePageFactory,
    PosterPageFactory,
)
from tests.queries import queries_voor


@pytest.fixture
def guusje(home):
    return CampagnePageFactory(parent=home, slug="guusje", title="Guusje")


@pytest.fixture
def poster(guusje):
    return PosterPageFactory(
        parent=guusje,
        slug="brief",
        title="De brief van de gemeente",
        slogan="Schrijf gewoon wat je bedoelt",
        alt_tekst="Een vrouw kijkt boos naar een brief vol moeilijke woorden.",
        poster_tekst="Schrijf gewoon wat je bedoelt.\nGuusje",
        verhaal=[("tekst", "<p>Anna kreeg een brief. Zij snapte er niets van.</p>")],
        wat_moet_anders="<p>Brieven in gewone taal.</p>",
    )


def test_campagne_toont_posters_als_raster_met_alt_tekst(client, guusje, poster, klok):
    html = client.get("/guusje/").content.decode()
    assert html.count("<h1") == 1
    assert '<ul class="posters">' in html
    assert 'alt="Een vrouw kijkt boos naar een brief vol moeilijke woorden."' in html
    assert 'href="/guusje/brief/"' in html and "Schrijf gewoon wat je bedoelt" in html
    assert "css/campagnes.css" in html


@pytest.mark.parametrize("url, lui", [("/guusje/", True), ("/guusje/brief/", False)])
def test_posterbeeld_in_moderne_formaten_en_meerdere_breedtes(client, poster, klok, url, lui):
    """Phones get a small AVIF or WebP; only the grid loads lazily (the poster page opens on it)."""
    html = client.get(url).content.decode()
    beeld = html[html.index("<picture") : html.index("</picture>")]
    assert 'type="image/avif"' in beeld and 'type="image/webp"' in beeld
    assert beeld.count("w,") >= 2  # a srcset with several widths
    assert 'sizes="' in beeld
    img = beeld[beeld.index("<img") :]
    assert 'width="' in img and 'height="' in img
    assert ('loading="lazy"' in img) is lui


def test_campagne_toont_bijeenkomsten_en_afgelaste_als_afgelast(client, guusje, klok):
    from datetime import timedelta

    BijeenkomstPageFactory(
        parent=guusje,
        slug="dag",
        title="Dag van de toegankelijkheid",
        start=NU + timedelta(days=3),
        eind=NU + timedelta(days=3, hours=3),
        status="afgelast",
        status_reden="Er is storm voorspeld.",
    )
    html = client.get("/guusje/").content.decode()
    assert "Afgelast: Dag van de toegankelijkheid" in html
    assert "Er is storm voorspeld." in html


def test_posterpagina_heeft_tekst_verhaal_download_en_deellinks(client, poster, klok):
    html = client.get("/guusje/brief/").content.decode()
    assert html.count("<h1") == 1
    assert "Schrijf gewoon wat je bedoelt.<br>Guusje" in html
    assert "Anna kreeg een brief." in html
    assert "Brieven in gewone taal." in html
    assert 'alt="Een vrouw kijkt boos naar een brief vol moeilijke woorden."' in html
    assert "Download de poster om te printen" in html
    download = html.split("Download de poster om te printen")[0].rsplit('href="', 1)[1]
    assert download.split('"')[0].endswith((".png", ".jpg", ".jpeg", ".gif", ".webp"))
    assert ".max-2480x3508." in download
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    whatsapp = next(href for href in _hrefs(html) if href.startswith("https://wa.me/"))
    tekst = parse_qs(urlparse(whatsapp).query)["text"][0]
    assert tekst == "Schrijf gewoon wat je bedoelt http://testserver/guusje/brief/"
    mail = next(href for href in _hrefs(html) if href.startswith("mailto:"))
    assert parse_qs(urlparse(mail).query)["subject"] == ["Schrijf gewoon wat je bedoelt"]


def _hrefs(html):
    import html as htmllib
    import re

    return [htmllib.unescape(h) for h in re.findall(r'href="([^"]+)"', html)]


@pytest.mark.parametrize(
    "veld,melding",
    [
        ("alt_tekst", "Beschrijf wat er op de poster te zien is."),
        ("poster_tekst", "Typ alle tekst van de poster over."),
    ],
)
@pytest.mark.parametrize("waarde", ["", "   "])
def test_poster_zonder_alt_tekst_of_postertekst_wordt_geweigerd(guusje, veld, melding, waarde):
    with pytest.raises(ValidationError) as fout:
        PosterPageFactory(parent=guusje, slug="leeg", **{veld: waarde})
    assert melding in fout.value.message_dict[veld][0]
    assert not PosterPage.objects.filter(slug="leeg").exists()


def poster_formulier(afbeelding, **extra):
    data = {
        "title": "Nieuwe poster",
        "slug": "nieuw",
        "in_het_kort": "Dit is een poster. Hij gaat over taal.",
        "slogan": "Kort en goed",
        "afbeelding": afbeelding.pk,
        "alt_tekst": "Een poster met grote letters.",
        "poster_tekst": "Kort en goed.",
        "verhaal": streamfield([("tekst", rich_text("<p>Jan las een folder.</p>"))]),
        "wat_moet_anders": rich_text("<p>Gewone woorden.</p>"),
        "onderwerp_links": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


def test_admin_weigert_publiceren_zonder_alt_tekst_of_tekst(admin_client, guusje):
    # Wagtail lets a draft be saved half-done; publishing needs every field.
    afbeelding = ImageFactory()
    response = admin_client.post(
        f"/admin/pages/add/campagnes/posterpage/{guusje.pk}/",
        poster_formulier(afbeelding, alt_tekst="", poster_tekst=" ", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wie de poster niet ziet, leest dit." in html
    assert "Tekst in een afbeelding kan niet iedereen lezen." in html
    assert not PosterPage.objects.filter(slug="nieuw").exists()


def test_lange_slogan_geeft_een_waarschuwing_maar_wordt_opgeslagen(admin_client, guusje):
    afbeelding = ImageFactory()
    lang = "Dit is een hele lange slogan met veel te veel woorden erin"
    response = admin_client.post(
        f"/admin/pages/add/campagnes/posterpage/{guusje.pk}/",
        poster_formulier(afbeelding, slogan=lang),
        follow=True,
    )
    assert PosterPage.objects.filter(slug="nieuw").exists()
    html = response.content.decode()
    assert "de slogan heeft 12 woorden" in html
    assert "hoogstens 10 woorden" in html


def test_korte_slogan_geeft_geen_waarschuwing(admin_client, guusje):
    response = admin_client.post(
        f"/admin/pages/add/campagnes/posterpage/{guusje.pk}/",
        poster_formulier(ImageFactory()),
        follow=True,
    )
    assert PosterPage.objects.filter(slug="nieuw").exists()
    assert "de slogan heeft" not in response.content.decode()


def test_campagne_kost_evenveel_queries_bij_5_en_bij_30_posters(client, guusje, klok):
    for i in range(5):
        PosterPageFactory(parent=guusje, slug=f"p{i}")
    bij_5 = queries_voor(client, "/guusje/")
    for i in range(5, 30):
        PosterPageFactory(parent=guusje, slug=f"p{i}")
    bij_30 = queries_voor(client, "/guusje/")
    assert bij_30 == bij_5
    print(f"queries campagne: {bij_5}")


def test_campagne_met_bijeenkomst_mag_kort_in_een_cache(client, guusje, klok):
    from datetime import timedelta

    assert "max-age=900" in client.get("/guusje/")["Cache-Control"]
    BijeenkomstPageFactory(
        parent=guusje, slug="dag", start=NU + timedelta(minutes=3), eind=NU + timedelta(hours=2)
    )
    klok.zet(NU)  # clears the page cache
    assert "max-age=180" in client.get("/guusje/")["Cache-Control"]
