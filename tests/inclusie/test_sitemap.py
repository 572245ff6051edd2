"""The sitemap lists every live page in every language (the crawl relies on it)."""

import re

from tests.factories import ContentPageFactory
from tests.inclusie.test_pages import vertaal


def paden(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return [
        re.sub(r"^https?://[^/]+", "", loc)
        for loc in re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    ]


def test_sitemap_heeft_elke_taal_en_alleen_live_paginas(client, home, locale_en, locale_ar):
    over = ContentPageFactory(parent=home, slug="over", title="Over")
    ContentPageFactory(parent=home, slug="concept", live=False)
    vertaal(home, locale_en, slug="home-en", title="Home")
    vertaal(home, locale_ar, slug="home-ar", title="الرئيسية")
    vertaal(over, locale_en, slug="about", title="About")
    assert sorted(paden(client)) == sorted(["/", "/over/", "/en/", "/en/about/", "/ar/"])


def test_sitemap_kost_niet_meer_queries_met_meer_paginas(
    client, home, django_assert_max_num_queries
):
    for n in range(3):
        ContentPageFactory(parent=home, slug=f"p{n}")
    client.get("/sitemap.xml")
    with django_assert_max_num_queries(30) as weinig:
        client.get("/sitemap.xml")
    for n in range(3, 40):
        ContentPageFactory(parent=home, slug=f"p{n}")
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        assert len(paden(client)) == 41
