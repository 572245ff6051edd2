"""The word list (Moeilijke woorden) in a real Chromium: keyboard, no JavaScript.

Axe and the 320 px check on the word list pages are part of the crawl.
"""

import pytest

from tests.browser.hulp import focus_beschrijving

WOORDENLIJSTEN = {"nl": "/woordenlijst/", "en": "/en/word-list/", "ar": "/ar/kalimat-saba/"}
# Pages where a difficult word is explained at its first use.
MET_UITLEG = {
    "home": "/",
    "home-en": "/en/",
    "content": "/over-de-vip/",
    "onderwerp": "/agenda/respijtzorg-voor-mantelzorgers/",
}


@pytest.mark.parametrize("pad", list(WOORDENLIJSTEN.values()), ids=list(WOORDENLIJSTEN))
def test_woordenlijst_toont_elk_woord(pagina, pad):
    """Axe and the 320 px check on these pages are in the crawl (tests/browser/test_crawl.py)."""
    response = pagina.goto(pagina.basis + pad)
    assert response.status == 200
    assert pagina.locator(".woordenlijst__begrip").count() >= 12


@pytest.mark.parametrize("pad", list(MET_UITLEG.values()), ids=list(MET_UITLEG))
def test_paginas_met_uitleg_linken_naar_de_woordenlijst(pagina, pad):
    """The crawl runs axe on these pages, with their explanations in place."""
    pagina.goto(pagina.basis + pad)
    assert pagina.locator("main a.begrip").count() >= 1


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
