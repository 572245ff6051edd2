"""The café and Guusje in a real browser: print, zoom, the cancelled café."""

from tests.browser.hulp import scrollt_horizontaal


def test_poster_op_papier_zonder_menu_en_deellinks(pagina):
    pagina.goto(pagina.basis + "/guusje/ik-ben-niet-dom/")
    pagina.emulate_media(media="print")
    assert pagina.locator(".poster__beeld").is_visible()
    assert pagina.locator(".poster__letterlijk").is_visible()
    assert not pagina.locator(".delen").is_visible()
    assert not pagina.locator("nav.menu").is_visible()
    pagina.emulate_media(media="screen")


def test_campagne_op_papier_twee_posters_naast_elkaar(pagina):
    pagina.goto(pagina.basis + "/guusje/")
    pagina.emulate_media(media="print")
    kolommen = pagina.evaluate(
        "getComputedStyle(document.querySelector('.posters')).gridTemplateColumns.split(' ').length"
    )
    assert kolommen == 2
    pagina.emulate_media(media="screen")


def test_posterraster_is_een_kolom_op_320_px(smalle_pagina):
    smalle_pagina.goto(smalle_pagina.basis + "/guusje/")
    kolommen = smalle_pagina.evaluate(
        "getComputedStyle(document.querySelector('.posters')).gridTemplateColumns.split(' ').length"
    )
    assert kolommen == 1
    assert not scrollt_horizontaal(smalle_pagina)


def test_afgelast_cafe_staat_als_tekst_in_het_overzicht(pagina_zonder_js):
    pagina_zonder_js.goto(pagina_zonder_js.basis + "/inclusiecafe/")
    afgelast = pagina_zonder_js.locator(".bijeenkomst--afgelast").first
    assert afgelast.is_visible()
    assert "Afgelast" in afgelast.inner_text()
    assert "Deze bijeenkomst gaat niet door." in afgelast.inner_text()
