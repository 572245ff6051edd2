"""The uncached path: the shell's shared parts come from the cache, and stay true.

A page-cache miss (a logged-in editor, the first visitor after a publish)
finds the site, the route, the menu, the footer, the breadcrumbs and the
language links in the shared cache, under the page-cache generation. These
tests check the price (queries, flat as the site grows) and that a publish,
an unpublish, a move or a view restriction is never hidden by that cache.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from inclusie.models import SiteInstellingen
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

# The page cache is skipped (BENCH honours the header), the shell caches are on.
ZONDER_PAGINACACHE = {"X-Bench-Geen-Cache": "pagina"}
# And the cold path, with every cache skipped, for comparison.
KOUD = {"X-Bench-Geen-Cache": "1"}


@pytest.fixture(autouse=True)
def schil_aan(settings):
    settings.PAGINACACHE_AAN = True
    settings.BENCH = True


@pytest.fixture
def site(home):
    over = ContentPageFactory(parent=home, title="Over ons", slug="over", show_in_menus=True)
    nieuws = ContentPageFactory(parent=home, title="Nieuws", slug="nieuws", show_in_menus=True)
    bericht = ContentPageFactory(parent=nieuws, title="Een bericht", slug="bericht")
    privacy = ContentPageFactory(parent=home, title="Privacy", slug="privacy")
    instellingen = SiteInstellingen.for_site(home.get_site())
    instellingen.privacy = privacy
    instellingen.save()
    return {"home": home, "over": over, "nieuws": nieuws, "bericht": bericht}


def _haal(client, url, headers=ZONDER_PAGINACACHE):
    with CaptureQueriesContext(connection) as vangst:
        antwoord = client.get(url, headers=headers)
    assert antwoord.status_code == 200, (url, antwoord.status_code)
    return antwoord.content.decode(), len(vangst.captured_queries)


def test_een_gewone_pagina_kost_hoogstens_tien_queries(client, site):
    _haal(client, "/nieuws/bericht/")  # fills the shell cache
    html, queries = _haal(client, "/nieuws/bericht/")
    assert queries <= 10
    _, koude_queries = _haal(client, "/nieuws/bericht/", KOUD)
    assert queries < koude_queries
    # What the shell shows is the same, from the cache or not.
    assert "Over ons" in html and "Privacy" in html and 'aria-label="Kruimelpad"' in html
    assert html.replace("\n", "") == _haal(client, "/nieuws/bericht/", KOUD)[0].replace("\n", "")


def test_het_aantal_queries_blijft_gelijk_als_de_site_groeit(client, site):
    _haal(client, "/nieuws/bericht/")
    _, weinig = _haal(client, "/nieuws/bericht/")
    for n in range(15):
        ContentPageFactory(parent=site["home"], slug=f"extra-{n}", show_in_menus=True)
    _haal(client, "/nieuws/bericht/")
    html, veel = _haal(client, "/nieuws/bericht/")
    assert veel == weinig
    assert html.count('class="menu__link"') == 1 + 2 + 15  # home, the two sections, the new pages


def test_een_onderwerp_kost_weinig_queries(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    OnderwerpPageFactory(parent=agenda, nummer=1, slug="stoepen", title="Bredere stoepen")
    # The first request also creates the site's settings row, which bumps the generation.
    _haal(client, "/agenda/stoepen/")
    _haal(client, "/agenda/stoepen/")
    html, queries = _haal(client, "/agenda/stoepen/")
    assert queries <= 6
    # The link back to the overview comes from the page's own address.
    assert 'href="/agenda/"' in html


def test_publiceren_maakt_menu_en_kruimelpad_meteen_nieuw(client, site):
    _haal(client, "/nieuws/bericht/")
    nieuws = site["nieuws"]
    nieuws.title = "Laatste nieuws"
    nieuws.save_revision().publish()
    html, _ = _haal(client, "/nieuws/bericht/")
    assert "Laatste nieuws" in html
    assert ">Nieuws<" not in html


def test_een_ingetrokken_pagina_komt_niet_uit_de_routecache(client, site):
    _haal(client, "/over/")
    site["over"].unpublish()
    assert client.get("/over/", headers=ZONDER_PAGINACACHE).status_code == 404


def test_een_verwijderde_pagina_ook_niet(client, site):
    _haal(client, "/over/")
    # Deleting without a publish signal: the route cache finds no live page and
    # falls back to Wagtail's own route.
    Page.objects.filter(pk=site["over"].pk).delete()
    assert client.get("/over/", headers=ZONDER_PAGINACACHE).status_code == 404


def test_een_nieuwe_slug_geldt_meteen(client, site):
    _haal(client, "/over/")
    over = site["over"]
    over.slug = "over-de-vip"
    over.save_revision().publish()
    assert client.get("/over/", headers=ZONDER_PAGINACACHE).status_code == 404
    html, _ = _haal(client, "/over-de-vip/")
    assert 'href="/over-de-vip/"' in html


def test_afscherming_blijft_gelden(client, site):
    _haal(client, "/over/")
    PageViewRestriction.objects.create(
        page=site["over"], restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    antwoord = client.get("/over/", headers=ZONDER_PAGINACACHE)
    assert antwoord.status_code == 200
    assert "password" in antwoord.content.decode().lower()
    assert "Dit is gewone tekst" not in antwoord.content.decode()


@pytest.mark.parametrize("pad", ["/agenda/", "/agenda/veranderd/", "/agenda/feed/"])
def test_een_subroute_komt_ook_uit_de_routecache(client, home, pad):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    OnderwerpPageFactory(parent=agenda, nummer=1, slug="stoepen")
    client.get(pad, headers=ZONDER_PAGINACACHE)  # creates the site's settings row
    eerste = client.get(pad, headers=ZONDER_PAGINACACHE)
    with CaptureQueriesContext(connection) as vangst:
        tweede = client.get(pad, headers=ZONDER_PAGINACACHE)
    assert tweede.status_code == eerste.status_code == 200
    assert tweede["Content-Type"] == eerste["Content-Type"]
    assert not any('"wagtailcore_site"' in q["sql"] for q in vangst.captured_queries)


def test_een_onbekende_subroute_blijft_een_404(client, home):
    AgendaPageFactory(parent=home, slug="agenda")
    for _ in range(2):
        assert client.get("/agenda/bestaat-niet/", headers=ZONDER_PAGINACACHE).status_code == 404


def test_de_taalkeuze_ziet_een_nieuwe_vertaling_meteen(client, site, locale_en):
    _haal(client, "/over/")
    html, _ = _haal(client, "/over/")
    assert 'hreflang="en"' not in html
    vertaling = site["over"].copy_for_translation(locale_en, copy_parents=True)
    vertaling.save_revision().publish()
    html, _ = _haal(client, "/over/")
    assert 'hreflang="en"' in html


def test_cache_uit_betekent_uit(client, site, settings):
    settings.PAGINACACHE_AAN = False
    _haal(client, "/nieuws/bericht/")
    _, tweede = _haal(client, "/nieuws/bericht/")
    _, derde = _haal(client, "/nieuws/bericht/", KOUD)
    assert tweede == derde


def test_een_nieuwe_stap_staat_meteen_op_het_onderwerp(client, home):
    from tests.agenda.factories import VoortgangFactory

    agenda = AgendaPageFactory(parent=home, slug="agenda")
    onderwerp = OnderwerpPageFactory(parent=agenda, nummer=1, slug="stoepen")
    for _ in range(2):
        html, _ = _haal(client, "/agenda/stoepen/")
    assert "Er is nog niets gebeurd" in html
    # A step is part of the page: it goes live with a publish.
    VoortgangFactory(onderwerp=onderwerp, wat_gebeurd="De wethouder zegt ja.")
    onderwerp.save_revision().publish()
    html, _ = _haal(client, "/agenda/stoepen/")
    assert "De wethouder zegt ja." in html


def test_een_voorvertoning_gebruikt_de_schilcache_nooit(rf):
    from inclusie.productie import schilcache

    verzoek = rf.get("/", headers=ZONDER_PAGINACACHE)
    assert schilcache.aan(verzoek)
    verzoek.is_preview = True
    assert not schilcache.aan(verzoek)


class _Verzoek:
    """Just enough of a request for schilcache: a fresh one per 'request'."""

    is_preview = False
    headers = {}


def test_de_kopie_in_het_proces_volgt_een_publicatie_op_een_andere_instantie():
    """The process's own copy is skipped as soon as the shared generation moves on.

    Another instance publishing is seen here only as a new generation in the
    shared cache; the local copy must not hide it.
    """
    from django.core.cache import cache

    from inclusie.productie import paginacache, schilcache

    cache.clear()
    gemaakt = []

    def maak():
        gemaakt.append(1)
        return {"menu": [len(gemaakt)]}

    eerste = schilcache.onthoud(_Verzoek(), "test", (1,), maak)
    # The shared cache is emptied (as if another process owned it): the local copy answers.
    cache.delete(schilcache.sleutel(_Verzoek(), "test", 1))
    assert schilcache.onthoud(_Verzoek(), "test", (1,), maak) == eerste == {"menu": [1]}
    assert len(gemaakt) == 1

    paginacache.verhoog_generatie()  # a publish, on this or another instance
    assert schilcache.onthoud(_Verzoek(), "test", (1,), maak) == {"menu": [2]}
    assert len(gemaakt) == 2


def test_elk_verzoek_krijgt_een_eigen_kopie():
    """A caller that changes what it got cannot change what the next request gets."""
    from django.core.cache import cache

    from inclusie.productie import schilcache

    cache.clear()
    eerste = schilcache.onthoud(_Verzoek(), "lijst", (), lambda: ["a"])
    eerste.append("veranderd")
    assert schilcache.onthoud(_Verzoek(), "lijst", (), lambda: ["b"]) == ["a"]
