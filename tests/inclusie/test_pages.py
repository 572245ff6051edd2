"""Render tests for the shell: structure every page shares."""

import re

import pytest

from tests.factories import ContentPageFactory


def vertaal(page, locale, **velden):
    vertaling = page.copy_for_translation(locale).specific
    for naam, waarde in velden.items():
        setattr(vertaling, naam, waarde)
    vertaling.save_revision().publish()
    return vertaling


@pytest.fixture
def pagina(home):
    return ContentPageFactory(
        parent=home,
        title="Over ons",
        slug="over-ons",
        show_in_menus=True,
        body=[
            ("kop", {"niveau": "h2", "tekst": "Wie zijn wij", "anker": ""}),
            ("tekst", "<p>Wij zijn de ViP.</p>"),
        ],
    )


def test_contentpagina_toont_in_het_kort_direct_onder_de_h1(client, pagina):
    html = client.get("/over-ons/").content.decode()
    assert html.count("<h1") == 1
    h1 = html.index("<h1")
    kort = html.index("In het kort")
    inhoud = html.index("Wij zijn de ViP.")
    assert h1 < kort < inhoud
    assert pagina.in_het_kort in html


def test_shell_heeft_skiplink_eerst_en_landmarks(client, pagina):
    html = client.get("/over-ons/").content.decode()
    body = html[html.index("<body") :]
    eerste_link = re.search(r"<a [^>]*>", body).group(0)
    assert 'href="#inhoud"' in eerste_link
    assert '<main id="inhoud" tabindex="-1"' in html
    assert "<header" in html and "<footer" in html
    assert 'aria-label="Hoofdmenu"' in html
    assert 'aria-label="Kruimelpad"' in html
    assert '<html lang="nl" dir="ltr"' in html


def test_kruimelpad_toont_de_weg_naar_de_pagina(client, pagina):
    html = client.get("/over-ons/").content.decode()
    pad = html[html.index('aria-label="Kruimelpad"') :]
    pad = pad[: pad.index("</nav>")]
    assert 'href="/"' in pad
    assert 'aria-current="page">Over ons<' in pad


def test_arabische_pagina_is_rechts_naar_links(client, pagina, home, locale_ar):
    vertaal(home, locale_ar, slug="start-ar", title="الرئيسية")
    vertaal(pagina, locale_ar, slug="an", title="عنا")
    response = client.get("/ar/an/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


def test_taalkeuze_linkt_naar_vertaling_en_zegt_wanneer_die_er_niet_is(
    client, pagina, home, locale_ar
):
    vertaal(home, locale_ar, slug="start-ar", title="الرئيسية")
    vertaal(pagina, locale_ar, slug="an", title="عنا")
    html = client.get("/over-ons/").content.decode()
    keuze = html[html.index('aria-label="Kies een taal"') :]
    keuze = keuze[: keuze.index("</nav>")]
    assert 'href="/ar/an/" hreflang="ar" lang="ar"' in keuze
    # Said in English, for the reader who looks for English.
    assert (
        '<span class="taalkeuze__niet" lang="en"><span>English: '
        '<span class="visueel-verborgen">this page is </span>not translated</span>' in keuze
    )
    assert 'aria-current="true">Nederlands<' in keuze


def test_voorbeeldpagina_zegt_dat_ze_een_voorbeeld_is(client, home):
    ContentPageFactory(parent=home, slug="demo", is_voorbeeld=True)
    html = client.get("/demo/").content.decode()
    assert "De tekst is nog niet echt." in html


def test_echte_pagina_heeft_geen_voorbeeldmelding(client, pagina):
    assert "De tekst is nog niet echt." not in client.get("/over-ons/").content.decode()


def test_home_rendert(client, home):
    response = client.get("/")
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1


def test_shell_kost_een_vast_aantal_queries(client, home, django_assert_max_num_queries):
    for n in range(3):
        ContentPageFactory(parent=home, slug=f"p{n}", show_in_menus=True)
    client.get("/p0/")
    with django_assert_max_num_queries(12) as weinig:
        client.get("/p0/")
    for n in range(3, 15):
        ContentPageFactory(parent=home, slug=f"p{n}", show_in_menus=True)
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        client.get("/p0/")


def test_voettekst_linkt_naar_toegankelijkheid_contact_en_privacy(client, voorbeeldsite):
    html = client.get("/").content.decode()
    voet = html[html.index("<footer") :]
    for pad in ("/toegankelijkheid/", "/contact/", "/privacy/"):
        assert f'href="{pad}"' in voet


def test_schil_is_vertaald_op_arabische_en_engelse_paginas(client, home, locale_ar, locale_en):
    vertaal(home, locale_ar, slug="start-ar", title="الرئيسية")
    vertaal(home, locale_en, slug="start-en", title="Home")
    arabisch = client.get("/ar/").content.decode()
    assert "انتقل إلى المحتوى" in arabisch
    assert "باختصار" in arabisch
    engels = client.get("/en/").content.decode()
    assert "Skip to content" in engels
    assert "In short" in engels
    nederlands = client.get("/").content.decode()
    assert "Naar de inhoud" in nederlands


def test_testserver_toont_media(client, db, settings):
    """The browser suite's demo server shows uploaded images (SERVE_MEDIA)."""
    from pathlib import Path

    pad = Path(settings.MEDIA_ROOT) / "proef" / "hallo.txt"
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text("hallo")
    assert client.get("/media/proef/hallo.txt").status_code == 200


def _menu(html):
    menu = html[html.index('<nav class="menu"') :]
    return menu[: menu.index("</nav>")]


def test_engels_menu_houdt_nederlandse_onderdelen_erin_en_zegt_dat(client, pagina, home, locale_en):
    """A section that is only in Dutch stays in the English menu, marked as Dutch."""
    ContentPageFactory(parent=home, title="De agenda", slug="agenda", show_in_menus=True)
    vertaal(home, locale_en, slug="start-en", title="Home")
    vertaal(pagina, locale_en, slug="about", title="About us")
    menu = _menu(client.get("/en/about/").content.decode())
    assert 'aria-current="page">About us<' in menu
    assert "Over ons" not in menu  # translated: the English title only
    assert (
        'href="/agenda/" hreflang="nl"><span><span lang="nl">De agenda</span> '
        '<span class="menu__taal">(in Dutch)</span>' in menu
    )
    # Same order as the Dutch menu.
    assert menu.index("About us") < menu.index("De agenda")


def test_nederlands_menu_markeert_de_sectie_en_de_pagina_verschillend(client, pagina):
    kind = ContentPageFactory(parent=pagina, title="Ons team", slug="team")
    menu = _menu(client.get(kind.url).content.decode())
    assert 'aria-current="true">Over ons<' in menu  # the section, not this page
    assert "hreflang" not in menu
