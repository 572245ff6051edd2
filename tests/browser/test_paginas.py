"""Every page type of the demo site, in a real Chromium.

To cover a new page type, add one line to PAGINAS: a name and a demo URL.
"""

import pytest

from tests.browser.hulp import axe_fouten, focus_beschrijving, scrollt_horizontaal

PAGINAS = {
    "home": "/",
    "home-ar": "/ar/",
    "content": "/over-de-vip/",
    "content-ar": "/ar/an-vip/",
    "content-en": "/en/about-the-vip/",
    "toegankelijkheidsverklaring": "/toegankelijkheid/",
    "agenda": "/agenda/",
    "agenda-gefilterd": "/agenda/?status=in_uitvoering&sorteer=prioriteit",
    "onderwerp": "/agenda/zelf-reizen-voor-jongeren/",
    "agenda-veranderd": "/agenda/veranderd/?van=2023-06-15&tot=2024-06-15",
    "agenda-rapport": "/agenda/rapport/",
    "agenda-vergelijk": "/agenda/vergelijk/",
    "agenda-lampjes-probleem": "/agenda/?lampje=probleem&let_op=later",
    "cafe-overzicht": "/inclusiecafe/",
    "cafe": "/inclusiecafe/cafe-zorg/",
    "cafe-verslag": "/inclusiecafe/cafe-sport/",
    "campagne": "/guusje/",
    "poster": "/guusje/ik-ben-niet-dom/",
    "woordenlijst": "/woordenlijst/",
}

pytestmark = pytest.mark.parametrize("pad", list(PAGINAS.values()), ids=list(PAGINAS))


def test_geen_axe_fouten(pagina, pad):
    response = pagina.goto(pagina.basis + pad)
    assert response.status == 200
    fouten = axe_fouten(pagina)
    assert fouten == "", fouten


def test_geen_axe_fouten_en_geen_horizontaal_scrollen_op_320_px(smalle_pagina, pad):
    smalle_pagina.goto(smalle_pagina.basis + pad)
    assert not scrollt_horizontaal(smalle_pagina)
    fouten = axe_fouten(smalle_pagina)
    assert fouten == "", fouten


def test_eerste_tab_is_de_skiplink_en_enter_gaat_naar_main(pagina, pad):
    pagina.goto(pagina.basis + pad)
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.getAttribute('href')") == "#inhoud"
    assert pagina.evaluate("document.activeElement.getBoundingClientRect().top >= 0")
    pagina.keyboard.press("Enter")
    assert focus_beschrijving(pagina).startswith("main#inhoud")


def test_werkt_zonder_javascript(pagina_zonder_js, pad):
    response = pagina_zonder_js.goto(pagina_zonder_js.basis + pad)
    assert response.status == 200
    assert pagina_zonder_js.locator("h1").count() == 1
    assert pagina_zonder_js.locator("main .in-het-kort").is_visible()
    assert pagina_zonder_js.locator("nav[aria-label]").count() >= 2
