"""The demo: a year of cafés, Guusje with generated posters, a campaign week."""

import pytest
from wagtail.models import Page

from campagnes.models import BijeenkomstPage, CafeIndexPage, CampagnePage, Locatie, PosterPage
from campagnes.tijd import nu
from demo.campagnes import WEEK_SLUG


@pytest.fixture
def geladen(voorbeeldsite):
    return {
        "cafe_index": voorbeeldsite["cafe_index"],
        "guusje": voorbeeldsite["guusje"],
        "week": CampagnePage.objects.get(locale__language_code="nl", slug=WEEK_SLUG),
    }


def test_demo_is_compleet_en_als_voorbeeld_gemarkeerd(geladen, client):
    index = geladen["cafe_index"]
    assert index.show_in_menus and index.slug == "inclusiecafe"
    cafes = BijeenkomstPage.objects.child_of(index)
    assert cafes.count() == 12
    moment = nu()
    voorbij = [c for c in cafes if c.eind < moment]
    komend = [c for c in cafes if c.eind >= moment]
    assert len(voorbij) >= 6 and len(komend) >= 4
    assert all(c.verslag for c in voorbij if not c.is_afgelast)
    (afgelast,) = [c for c in cafes if c.is_afgelast]
    assert afgelast.status_reden and afgelast in komend
    assert Locatie.objects.count() == 3
    assert len({c.locatie_id for c in cafes}) == 3

    guusje = geladen["guusje"]
    assert guusje.show_in_menus and guusje.slug == "guusje"
    posters = PosterPage.objects.child_of(guusje)
    assert posters.count() >= 6
    for poster in posters:
        assert poster.afbeelding.width == 1200 and poster.afbeelding.height == 1600
        assert poster.alt_tekst.strip() and poster.slogan in poster.poster_tekst
    assert BijeenkomstPage.objects.child_of(geladen["week"]).count() == 2

    eigen = Page.objects.type(CafeIndexPage, BijeenkomstPage, CampagnePage, PosterPage).specific()
    assert all(p.is_voorbeeld and p.live for p in eigen)
    for page in eigen:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert "kwetsbaar" not in response.content.decode().lower()


def test_demo_linkt_naar_de_agenda_demo(voorbeeldsite, client):
    from campagnes.models import BijeenkomstOnderwerp, PosterOnderwerp

    links = (BijeenkomstOnderwerp.objects.count(), PosterOnderwerp.objects.count())
    assert links[0] >= 5 and links[1] >= 7

    brieven = BijeenkomstPage.objects.get(slug="cafe-duidelijke-brieven")
    assert [t.naam for t in brieven.agenda_themas.all()] == ["Informatie & communicatie"]
    html = client.get(brieven.url).content.decode()
    assert "Begrijpelijke brieven" in html and "Thema: Informatie &amp; communicatie" in html
    poster = PosterPage.objects.child_of(voorbeeldsite["guusje"]).order_by("path").first()
    assert "Begrijpelijke brieven" in client.get(poster.url).content.decode()
