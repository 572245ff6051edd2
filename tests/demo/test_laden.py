"""Loading the demo again changes nothing twice, and repairs what older demos left.

These tests load on top of the shared demo site (tests/conftest.py), so the
second load is the only one they pay for; their changes are rolled back.
"""

from django.apps import apps
from wagtail.images import get_image_model
from wagtail.models import Page

from agenda.models import Voortgang
from campagnes.models import BijeenkomstOnderwerp, Locatie, PosterOnderwerp
from demo import site
from demo.laden import laad_alles
from inclusie.models import ContentPage, HomePage, SiteInstellingen, ToegankelijkheidsverklaringPage
from tests.factories import ContentPageFactory


def _aantallen():
    per_taal = {
        taal: Page.objects.filter(locale__language_code=taal).count() for taal in ("nl", "en", "ar")
    }
    return {
        **per_taal,
        "revisies_per_pagina": Page.objects.count(),
        "voortgang": Voortgang.objects.count(),
        "locaties": Locatie.objects.count(),
        "afbeeldingen": get_image_model().objects.count(),
        "cafe_links": BijeenkomstOnderwerp.objects.count(),
        "poster_links": PosterOnderwerp.objects.count(),
        "reacties": apps.get_model("inclusie", "Reactie").objects.count(),
    }


def test_twee_keer_laden_maakt_niets_dubbel(voorbeeldsite):
    voor = _aantallen()
    laad_alles()
    assert _aantallen() == voor
    home = HomePage.objects.get(locale__language_code="nl")
    assert home.get_translations().count() == 2
    assert ContentPage.objects.filter(locale__language_code="nl", is_voorbeeld=True).count() >= 4
    assert ToegankelijkheidsverklaringPage.objects.filter(slug="toegankelijkheid").count() == 1


def test_oude_toegankelijkheidspagina_wordt_een_verklaring_met_dezelfde_vertalingen(
    voorbeeldsite,
):
    """An older demo had a plain page at /toegankelijkheid/: loading again converts it.

    The Dutch page is deleted and made again, so its old translations are left
    behind under another translation key; they must not block the new slugs.
    """
    home = voorbeeldsite["home"]
    home.get_children().get(slug="toegankelijkheid").delete()
    ContentPageFactory(parent=home, slug="toegankelijkheid", title="Oud")
    site.laad()

    paginas = home.get_children().filter(slug="toegankelijkheid")
    assert paginas.count() == 1
    verklaring = paginas.get().specific
    assert isinstance(verklaring, ToegankelijkheidsverklaringPage)
    assert verklaring.live and verklaring.is_voorbeeld
    assert verklaring.onderzoek_datum is None  # honest: no audit yet
    assert verklaring.status() == "D"
    assert verklaring.meldpagina.slug == "contact"
    assert SiteInstellingen.objects.get().toegankelijkheid_id == verklaring.id
    for taal in ("en", "ar"):
        vertaald = ToegankelijkheidsverklaringPage.objects.filter(locale__language_code=taal)
        assert vertaald.count() == 1
        assert vertaald.get().translation_key == verklaring.translation_key
