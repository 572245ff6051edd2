"""Absolute links answer where the reader is: under `make run`, on another port, in production.

Calendar files, share links and the sitemap are read outside the page, by a
calendar app, a chat app or a search engine, so their links must be whole.
"""

import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import override_settings
from wagtail.models import Site

from campagnes.tijd import AMSTERDAM
from demo.site import demo_adres, zorg_voor_home
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CafeIndexPageFactory,
    CampagnePageFactory,
    PosterPageFactory,
)

POORTEN = ["127.0.0.1:8000", "127.0.0.1:8765"]


@pytest.fixture
def inhoud(home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    BijeenkomstPageFactory(
        parent=index,
        slug="juli",
        start=datetime(2030, 7, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime(2030, 7, 13, 21, 30, tzinfo=AMSTERDAM),
    )
    campagne = CampagnePageFactory(parent=home, slug="guusje")
    PosterPageFactory(parent=campagne, slug="gewoon")
    return home


def hosts(urls):
    return {urlsplit(url).netloc for url in urls}


@pytest.mark.parametrize("host", POORTEN)
def test_kalender_linkt_naar_de_host_van_de_lezer(client, inhoud, host):
    for pad in ("/inclusiecafe/juli/kalender.ics", "/inclusiecafe/kalender.ics"):
        ics = client.get(pad, HTTP_HOST=host).content.decode()
        urls = re.findall(r"^URL[^:]*:(\S+)", ics, flags=re.M)
        assert urls and hosts(urls) == {host}, pad
        assert f"http://{host}/inclusiecafe/juli/" in ics.replace("\r\n ", "")


@pytest.mark.parametrize("host", POORTEN)
def test_deellinks_noemen_de_host_van_de_lezer(client, inhoud, host):
    html = client.get("/guusje/gewoon/", HTTP_HOST=host).content.decode()
    gedeeld = []
    for href in re.findall(r'href="(https://(?:www\.facebook|www\.linkedin|wa\.me)[^"]+)"', html):
        for waarden in parse_qs(urlsplit(href.replace("&amp;", "&")).query).values():
            gedeeld += re.findall(r"https?://[^\s]+/guusje/gewoon/", waarden[0])
    assert len(gedeeld) == 3
    assert hosts(gedeeld) == {host}


@pytest.mark.parametrize("host", POORTEN)
def test_sitemap_noemt_de_host_van_de_lezer(client, inhoud, host):
    xml = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(locs) >= 5
    assert hosts(locs) == {host}


def test_https_achter_een_proxy_blijft_https(client, inhoud, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    xml = client.get(
        "/sitemap.xml", HTTP_HOST="vip-almere.nl", HTTP_X_FORWARDED_PROTO="https"
    ).content.decode()
    assert set(re.findall(r"<loc>(https?://[^/]+)/", xml)) == {"https://vip-almere.nl"}


def test_buiten_een_verzoek_geldt_het_siterecord(inhoud):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "vip-almere.nl", 443
    site.save()
    Site.clear_site_root_paths_cache()
    assert inhoud.get_full_url() == "https://vip-almere.nl/"


@pytest.mark.parametrize(
    "basis, verwacht",
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://127.0.0.1:8765", ("127.0.0.1", 8765)),
        ("https://vip-almere.nl", ("vip-almere.nl", 443)),
    ],
)
def test_demo_site_staat_op_het_adres_van_make_run(db, basis, verwacht):
    with override_settings(WAGTAILADMIN_BASE_URL=basis):
        assert demo_adres() == verwacht
        zorg_voor_home()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == verwacht
