"""The head of a page names its translations (hreflang), and the feedback question sits in main."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContentPageFactory
from tests.inclusie.test_pages import vertaal

LINK = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


@pytest.fixture
def over(home, locale_en, locale_ar):
    vertaal(home, locale_en, slug="home-en", title="Home")
    vertaal(home, locale_ar, slug="home-ar", title="الرئيسية")
    pagina = ContentPageFactory(parent=home, slug="over", title="Over ons")
    vertaal(pagina, locale_en, slug="about", title="About us")
    return pagina


@pytest.mark.parametrize("pad", ["/over/", "/en/about/"])
def test_elke_vertaling_en_x_default_in_de_kop(client, over, pad):
    html = client.get(pad, HTTP_HOST="127.0.0.1:8765").content.decode()
    kop = html.split("</head>", 1)[0]
    assert dict(LINK.findall(kop)) == {
        "nl": "http://127.0.0.1:8765/over/",
        "en": "http://127.0.0.1:8765/en/about/",
        "x-default": "http://127.0.0.1:8765/over/",
    }


def test_een_concept_vertaling_telt_niet_mee(client, over, locale_ar):
    concept = over.copy_for_translation(locale_ar)
    concept.save_revision()
    assert not concept.live
    hreflangs = [taal for taal, _url in LINK.findall(client.get("/over/").content.decode())]
    assert "ar" not in hreflangs


def test_zonder_vertaling_geen_alternatieven(client, home):
    ContentPageFactory(parent=home, slug="alleen-nl", title="Alleen Nederlands")
    assert not LINK.findall(client.get("/alleen-nl/").content.decode())


def test_hreflang_kost_geen_extra_query(client, over):
    """The head and the language switcher share one lookup of the translations."""
    html = client.get("/over/").content.decode()
    assert LINK.findall(html) and 'hreflang="en" lang="en">English</a>' in html
    cache.clear()
    with CaptureQueriesContext(connection) as vragen:
        client.get("/over/")
    naar_vertalingen = [
        q["sql"]
        for q in vragen.captured_queries
        if f"\"translation_key\" = '{over.translation_key.hex}'" in q["sql"]
    ]
    assert len(naar_vertalingen) == 1, "\n".join(s[s.index("FROM") :] for s in naar_vertalingen)


def test_de_vraag_of_de_pagina_duidelijk_is_staat_in_main(client, over):
    html = client.get("/over/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert 'class="feedback"' in main
    assert 'aria-labelledby="feedback-titel"' in main
