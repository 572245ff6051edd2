"""Every page type of the demo site, in a real Chromium: keyboard and no JavaScript.

The pages are PAGINATYPEN in tests/browser/hulp.py; to cover a new page type,
add one line there. Axe and the 320 px check on these pages are part of the
crawl (tests/browser/test_crawl.py), which visits each of them at both widths.
"""

import pytest

from tests.browser.hulp import PAGINATYPEN, focus_beschrijving

pytestmark = pytest.mark.parametrize("pad", list(PAGINATYPEN.values()), ids=list(PAGINATYPEN))


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
