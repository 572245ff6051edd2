"""Full-page cache: anonymous visitors get cached pages, never stale after publishing."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.bouwstenen import zet_vertaling
from inclusie.models import SiteInstellingen
from inclusie.productie import paginacache
from tests.factories import KORT, ContentPageFactory

pytestmark = pytest.mark.usefixtures("cache_aan")


@pytest.fixture
def pagina(home):
    return ContentPageFactory(parent=home, slug="uitleg", title="Uitleg oud")


def test_tweede_anonieme_bezoek_komt_uit_de_cache_zonder_queries(
    client, pagina, django_assert_num_queries
):
    eerste = client.get("/uitleg/")
    assert eerste["X-Paginacache"] == "miss"
    with django_assert_num_queries(0):
        tweede = client.get("/uitleg/")
    assert tweede["X-Paginacache"] == "hit"
    assert tweede.content == eerste.content
    assert tweede["Content-Type"] == eerste["Content-Type"]
    # The security headers are still added to a cached page.
    assert "script-src 'self'" in tweede["Content-Security-Policy"]


def test_publiceren_in_het_beheer_maakt_de_cache_ongeldig(client, pagina, redacteur):
    assert "Uitleg oud" in client.get("/uitleg/").content.decode()
    assert client.get("/uitleg/")["X-Paginacache"] == "hit"

    from django.test import Client

    beheer = Client()
    beheer.force_login(redacteur)
    data = nested_form_data(
        {
            "title": "Uitleg nieuw",
            "slug": "uitleg",
            "in_het_kort": KORT,
            "body": streamfield([("tekst", rich_text("<p>Nieuwe tekst. Zij is kort.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    assert beheer.post(f"/admin/pages/{pagina.pk}/edit/", data).status_code == 302

    response = client.get("/uitleg/")
    assert response["X-Paginacache"] == "miss"
    html = response.content.decode()
    assert "Uitleg nieuw" in html and "Nieuwe tekst" in html
    assert "Uitleg oud" not in html


def test_opslaan_van_een_snippet_of_instelling_maakt_de_cache_ongeldig(client, home, pagina):
    contact = ContentPageFactory(parent=home, slug="contact", title="Neem contact op")
    assert "Neem contact op" not in client.get("/uitleg/").content.decode()
    instellingen = SiteInstellingen.for_site(Site.objects.get(is_default_site=True))
    instellingen.contact = contact
    instellingen.save()
    response = client.get("/uitleg/")
    assert response["X-Paginacache"] == "miss"
    assert "Neem contact op" in response.content.decode()


def test_elk_model_van_de_site_verhoogt_de_generatie_maar_renditions_niet(db):
    from wagtail.images.models import Rendition
    from wagtail.models import Locale

    voor = paginacache.generatie()
    Locale.objects.get(language_code="en").save()  # wagtailcore model
    na = paginacache.generatie()
    assert na != voor
    assert not paginacache._raakt_paginas(Rendition)
    assert not paginacache._raakt_paginas(Page.objects.model._meta.get_field("owner").related_model)


def test_modellen_op_de_negeerlijst_laten_de_cache_staan(db, settings):
    from wagtail.models import Locale

    settings.PAGINACACHE_NEGEER = {"wagtailcore.locale"}
    voor = paginacache.generatie()
    Locale.objects.get(language_code="en").save()
    assert paginacache.generatie() == voor


def test_ingelogde_redacteur_ziet_altijd_de_verse_pagina(client, pagina, redacteur):
    client.get("/uitleg/")
    # A change without any signal: only a fresh render can show it.
    Page.objects.filter(pk=pagina.pk).update(title="Stil veranderd")
    assert "Uitleg oud" in client.get("/uitleg/").content.decode()  # anonymous: cached

    client.force_login(redacteur)
    response = client.get("/uitleg/")
    assert "X-Paginacache" not in response
    assert "Stil veranderd" in response.content.decode()


def test_elke_taal_heeft_een_eigen_sleutel(client, home, locale_en):
    zet_vertaling(home, "en", title="Home in English")
    nl = client.get("/")
    en = client.get("/en/")
    assert en["X-Paginacache"] == "miss"
    assert "Home in English" in en.content.decode()
    assert "Home in English" not in nl.content.decode()
    assert client.get("/en/")["X-Paginacache"] == "hit"
    assert "Home in English" not in client.get("/").content.decode()


def test_querystring_hoort_bij_de_sleutel(client, pagina):
    client.get("/uitleg/?thema=wonen")
    assert client.get("/uitleg/?thema=werk")["X-Paginacache"] == "miss"
    assert client.get("/uitleg/?thema=wonen")["X-Paginacache"] == "hit"


def test_niet_in_de_cache_post_404_meldingen_en_cookies(client, pagina):
    client.get("/bestaat-niet/")
    assert "X-Paginacache" not in client.get("/bestaat-niet/")
    assert "X-Paginacache" not in client.post("/uitleg/")
    client.cookies["messages"] = "iets"
    assert "X-Paginacache" not in client.get("/uitleg/")


def test_antwoord_dat_een_cookie_zet_wordt_niet_bewaard(rf, pagina):
    from django.http import HttpResponse

    def view(request):
        response = HttpResponse("<p>hoi</p>", content_type="text/html")
        response.set_cookie("voorkeur", "1")
        return response

    middleware = paginacache.PaginaCacheMiddleware(view)
    request = rf.get("/met-cookie/")
    middleware(request)
    assert cache.get(paginacache.sleutel(request, paginacache.generatie())) is None
    # The same page without a cookie is stored.
    middleware = paginacache.PaginaCacheMiddleware(
        lambda r: HttpResponse("<p>hoi</p>", content_type="text/html")
    )
    middleware(request)
    assert cache.get(paginacache.sleutel(request, paginacache.generatie())) is not None


def test_bewaartijd_volgt_een_kortere_max_age_van_de_pagina(settings):
    """A café page that changes in 60 s must not be cached for the full TTL."""
    from django.http import HttpResponse

    from inclusie.productie.paginacache import bewaartijd

    settings.PAGINACACHE_TTL = 300
    kort = HttpResponse("x")
    kort["Cache-Control"] = "max-age=60"
    assert bewaartijd(kort) == 60
    lang = HttpResponse("x")
    lang["Cache-Control"] = "max-age=3600"
    assert bewaartijd(lang) == 300
    assert bewaartijd(HttpResponse("x")) == 300
