"""Cafés and posters link to the themes and topics of the agenda."""

from datetime import datetime

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from campagnes.models import BijeenkomstOnderwerp, BijeenkomstPage, PosterOnderwerp, PosterPage
from campagnes.tijd import AMSTERDAM
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, ThemaFactory
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CafeIndexPageFactory,
    CampagnePageFactory,
    PosterPageFactory,
)


@pytest.fixture
def agenda(home):
    return AgendaPageFactory(parent=home, slug="agenda")


@pytest.fixture
def onderwerp(agenda):
    return OnderwerpPageFactory(
        parent=agenda, slug="brieven", title="Begrijpelijke brieven", nummer=12
    )


def test_cafe_linkt_naar_thema_en_onderwerp(client, home, agenda, onderwerp, klok):
    thema = ThemaFactory(naam="Informatie")
    concept = OnderwerpPageFactory(parent=agenda, slug="concept", title="Nog geheim")
    concept.unpublish()
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    cafe = BijeenkomstPageFactory(parent=index, slug="maart")
    cafe.agenda_themas = [thema]
    cafe.onderwerp_links = [
        BijeenkomstOnderwerp(onderwerp=onderwerp),
        BijeenkomstOnderwerp(onderwerp=concept),
    ]
    cafe.save_revision().publish()

    html = client.get("/inclusiecafe/maart/").content.decode()
    assert f'href="/agenda/?thema={thema.pk}">Thema: Informatie</a>' in html
    assert 'href="/agenda/brieven/">Onderwerp 12: Begrijpelijke brieven</a>' in html
    assert "Nog geheim" not in html


def test_poster_linkt_naar_onderwerpen(client, home, onderwerp, klok):
    guusje = CampagnePageFactory(parent=home, slug="guusje")
    poster = PosterPageFactory(parent=guusje, slug="brief")
    poster.onderwerp_links = [PosterOnderwerp(onderwerp=onderwerp)]
    poster.save_revision().publish()
    html = client.get("/guusje/brief/").content.decode()
    assert 'id="agenda-titel"' in html
    assert 'href="/agenda/brieven/">Onderwerp 12: Begrijpelijke brieven</a>' in html


def test_zonder_links_geen_lege_kop(client, home, klok):
    guusje = CampagnePageFactory(parent=home, slug="guusje")
    PosterPageFactory(parent=guusje, slug="brief")
    assert 'id="agenda-titel"' not in client.get("/guusje/brief/").content.decode()


def test_admin_kiest_themas_van_de_eigen_taal_en_onderwerpen(
    admin_client, home, onderwerp, klok, locale_en
):
    nl = ThemaFactory(naam="Vervoer NL")
    en = ThemaFactory(naam="Transport EN", locale=locale_en)
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    url = f"/admin/pages/add/campagnes/bijeenkomstpage/{index.pk}/"
    html = admin_client.get(url).content.decode()
    assert "Vervoer NL" in html and "Transport EN" not in html

    data = nested_form_data(
        {
            "title": "Café",
            "slug": "cafe",
            "in_het_kort": "Kom naar het café. Iedereen is welkom.",
            "start": "2030-03-13 19:30",
            "eind": "2030-03-13 21:30",
            "aanmelden": "niet_nodig",
            "status": "gaat_door",
            "verslag": streamfield([]),
            "onderwerp_links": inline_formset([{"onderwerp": onderwerp.pk}]),
        }
    )
    data["agenda_themas"] = [str(nl.pk)]
    assert admin_client.post(url, data).status_code == 302
    cafe = BijeenkomstPage.objects.get(slug="cafe").get_latest_revision_as_object()
    assert cafe.start == datetime(2030, 3, 13, 19, 30, tzinfo=AMSTERDAM)
    assert [t.pk for t in cafe.agenda_themas.all()] == [nl.pk]
    assert [link.onderwerp_id for link in cafe.onderwerp_links.all()] == [onderwerp.pk]
    assert en.pk  # exists, but was not offered


def test_poster_admin_bewaart_onderwerpen(admin_client, home, onderwerp):
    guusje = CampagnePageFactory(parent=home, slug="guusje")
    data = nested_form_data(
        {
            "title": "Poster",
            "slug": "poster",
            "in_het_kort": "Dit is een poster. Hij gaat over taal.",
            "slogan": "Kort en goed",
            "afbeelding": ImageFactory().pk,
            "alt_tekst": "Een poster met grote letters.",
            "poster_tekst": "Kort en goed.",
            "verhaal": streamfield([("tekst", rich_text("<p>Jan las een folder.</p>"))]),
            "wat_moet_anders": rich_text("<p>Gewone woorden.</p>"),
            "onderwerp_links": inline_formset([{"onderwerp": onderwerp.pk}]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/campagnes/posterpage/{guusje.pk}/", data)
    assert response.status_code == 302
    poster = PosterPage.objects.get(slug="poster").get_latest_revision_as_object()
    assert [link.onderwerp_id for link in poster.onderwerp_links.all()] == [onderwerp.pk]
