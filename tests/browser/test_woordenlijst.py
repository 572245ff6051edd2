"""The word list (Moeilijke woorden) in a real Chromium: axe, 320 px, keyboard, no JavaScript."""

import pytest

from tests.browser.hulp import axe_fouten, focus_beschrijving, scrollt_horizontaal

WOORDENLIJSTEN = {"nl": "/woordenlijst/", "en": "/en/word-list/", "ar": "/ar/kalimat-saba/"}
# Pages where a difficult word is explained at its first use.
MET_UITLEG = {
    "home": "/",
    "home-en": "/en/",
    "content": "/over-de-vip/",
    "onderwerp": "/agenda/respijtzorg-voor-mantelzorgers/",
}


@pytest.mark.parametrize("pad", list(WOORDENLIJSTEN.values()), ids=list(WOORDENLIJSTEN))
def test_woordenlijst_zonder_axe_fouten_ook_op_320_px(pagina, smalle_pagina, pad):
    response = pagina.goto(pagina.basis + pad)
    assert response.status == 200
    assert pagina.locator(".woordenlijst__begrip").count() >= 12
    assert axe_fouten(pagina) == ""
    smalle_pagina.goto(smalle_pagina.basis + pad)
    assert not scrollt_horizontaal(smalle_pagina)
    assert axe_fouten(smalle_pagina) == ""


@pytest.mark.parametrize("pad", list(MET_UITLEG.values()), ids=list(MET_UITLEG))
def test_paginas_met_uitleg_zonder_axe_fouten(pagina, pad):
    pagina.goto(pagina.basis + pad)
    assert pagina.locator("main a.begrip").count() >= 1
    assert axe_fouten(pagina) == ""


def test_uitleg_werkt_zonder_javascript(pagina_zonder_js):
    pagina_zonder_js.goto(pagina_zonder_js.basis + "/over-de-vip/")
    link = pagina_zonder_js.locator("main a.begrip").first
    woord = link.inner_text()
    with pagina_zonder_js.expect_navigation():
        link.click()
    assert pagina_zonder_js.url.startswith(pagina_zonder_js.basis + "/woordenlijst/#begrip-")
    anker = pagina_zonder_js.url.split("#", 1)[1]
    assert pagina_zonder_js.locator(f"#{anker} h3").inner_text() == woord


def test_uitleg_met_het_toetsenbord_en_voor_een_schermlezer(pagina):
    pagina.goto(pagina.basis + "/")
    link = pagina.locator("main a.begrip[href$='#begrip-vip']")
    assert link.count() == 1
    # A screen reader reads the explanation as the link's description.
    beschrijving = pagina.evaluate(
        """() => {
            const a = document.querySelector("main a.begrip[href$='#begrip-vip']");
            return document.getElementById(a.getAttribute('aria-describedby')).textContent;
        }"""
    )
    assert beschrijving.startswith("De ViP is een groep inwoners")
    # Not in the heading and not in "In het kort".
    assert pagina.locator("main h1 a.begrip, main h2 a.begrip, .in-het-kort a.begrip").count() == 0
    # Tab to the link, Enter: the entry of the word.
    for _ in range(60):
        pagina.keyboard.press("Tab")
        if pagina.evaluate("document.activeElement.classList.contains('begrip')"):
            break
    assert "begrip-vip" in pagina.evaluate("document.activeElement.getAttribute('href')")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url("**/woordenlijst/#begrip-vip")
    assert pagina.locator("#begrip-vip").evaluate("e => e.matches(':target')")
    assert focus_beschrijving(pagina) is not None
