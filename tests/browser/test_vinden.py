"""Finding and understanding in a real browser: search and read-aloud."""

import pytest

from tests.browser.hulp import axe_fouten, scrollt_horizontaal

# A stand-in for the browser's speech synthesis that records what it is asked.
SPRAAK_STUB = """
window.__spraak = {calls: [], uitingen: []};
class NepUiting {
  constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
}
const nep = {
  speak(u) { __spraak.calls.push("speak"); __spraak.uitingen.push(u); },
  pause() { __spraak.calls.push("pause"); },
  resume() { __spraak.calls.push("resume"); },
  cancel() { __spraak.calls.push("cancel"); },
  // Voices on this computer: read aloud only uses local ones (localService).
  getVoices() { return [{lang: "en-GB", name: "Test EN", localService: true},
                        {lang: "nl-NL", name: "Test NL", localService: true},
                        {lang: "ar-SA", name: "Test AR", localService: true}]; },
};
Object.defineProperty(window, "speechSynthesis", {value: nep, configurable: true});
Object.defineProperty(window, "SpeechSynthesisUtterance", {value: NepUiting, configurable: true});
"""

ZONDER_SPRAAK = """
delete window.speechSynthesis;
delete window.SpeechSynthesisUtterance;
if ("speechSynthesis" in window) {
  Object.defineProperty(window, "speechSynthesis", {value: undefined, configurable: true});
}
"""


def spraak(page):
    return page.evaluate(
        "({calls: __spraak.calls, teksten: __spraak.uitingen.map(u => u.text),"
        " talen: __spraak.uitingen.map(u => u.lang),"
        " stemmen: __spraak.uitingen.map(u => u.voice && u.voice.name)})"
    )


def rond_uiting_af(page):
    page.evaluate("__spraak.uitingen[__spraak.uitingen.length - 1].onend()")


@pytest.fixture
def pagina_met_spraak(pagina):
    pagina.add_init_script(SPRAAK_STUB)
    return pagina


def test_lees_voor_leest_de_inhoud_met_pauze_verder_en_stop(pagina_met_spraak):
    p = pagina_met_spraak
    p.goto(p.basis + "/over-de-vip/")
    bediening = p.locator("main .voorlezen")
    knop = bediening.locator(".voorlezen__knop")
    stop = bediening.locator(".voorlezen__stop")
    status = bediening.locator("[role=status]")
    # Right under the h1, before the rest of the content.
    assert p.evaluate("document.querySelector('main h1').nextElementSibling.className").startswith(
        "voorlezen"
    )
    assert knop.inner_text() == "Lees voor"
    assert stop.is_hidden()
    assert knop.evaluate("e => e.getBoundingClientRect().height") >= 44

    knop.focus()
    p.keyboard.press("Enter")
    gesproken = spraak(p)
    assert gesproken["calls"] == ["cancel", "speak"]
    # Main starts with the example-content notice, then the h1.
    assert gesproken["teksten"] == ["Voorbeeld."]
    assert gesproken["talen"] == ["nl"]
    assert gesproken["stemmen"] == ["Test NL"]
    assert knop.inner_text() == "Pauzeer"
    assert status.inner_text() == "De pagina wordt voorgelezen."
    assert stop.is_visible()
    # The label comes from the translated data attributes on the script tag.
    assert stop.inner_text() == "Stop met voorlezen"

    rond_uiting_af(p)
    assert spraak(p)["teksten"][1] == "Deze pagina laat zien hoe de site werkt."
    rond_uiting_af(p)
    rond_uiting_af(p)
    assert spraak(p)["teksten"][2:] == ["De tekst is nog niet echt.", "Over de ViP"]

    p.keyboard.press("Enter")  # focus is still on the main button
    assert spraak(p)["calls"][-1] == "pause"
    assert knop.inner_text() == "Ga verder"
    assert status.inner_text() == "Voorlezen is gepauzeerd."
    p.keyboard.press("Space")
    assert spraak(p)["calls"][-1] == "resume"
    assert knop.inner_text() == "Pauzeer"

    p.keyboard.press("Tab")
    assert p.evaluate("document.activeElement.className").startswith("voorlezen__stop")
    p.keyboard.press("Enter")
    assert spraak(p)["calls"][-1] == "cancel"
    assert knop.inner_text() == "Lees voor"
    assert status.inner_text() == "Voorlezen is gestopt."
    assert stop.is_hidden()
    assert p.evaluate("document.activeElement.className") == "voorlezen__knop"


def test_lees_voor_leest_alleen_main_tot_het_einde(pagina_met_spraak):
    p = pagina_met_spraak
    p.goto(p.basis + "/over-de-vip/")
    p.locator(".voorlezen__knop").click()
    for _ in range(200):
        if p.locator(".voorlezen__knop").inner_text() == "Lees voor":
            break
        rond_uiting_af(p)
    teksten = spraak(p)["teksten"]
    assert p.locator(".voorlezen [role=status]").inner_text() == "Klaar met voorlezen."
    alles = " ".join(teksten)
    assert "Waar komt de naam vandaan?" in alles
    assert "Zoek op deze site" not in alles  # header
    assert "Over deze site" not in alles  # footer
    assert "Lees voor" not in alles and "Pauzeer" not in alles  # its own controls
    assert all(len(t.split()) <= 40 for t in teksten), "lange stukken worden in zinnen geknipt"


def test_lees_voor_spreekt_de_taal_van_de_pagina(pagina_met_spraak):
    p = pagina_met_spraak
    p.goto(p.basis + "/ar/an-vip/")
    p.locator(".voorlezen__knop").click()
    gesproken = spraak(p)
    assert gesproken["talen"] == ["ar"]
    assert gesproken["stemmen"] == ["Test AR"]


def test_lees_voor_gebruikt_de_taal_van_een_stuk_tekst(pagina_met_spraak):
    p = pagina_met_spraak
    p.goto(p.basis + "/over-de-vip/")
    p.evaluate(
        "const e = document.createElement('p'); e.lang = 'en'; e.textContent = 'Hello there.';"
        " document.querySelector('main').prepend(e);"
    )
    p.locator(".voorlezen__knop").click()
    rond_uiting_af(p)
    gesproken = spraak(p)
    assert gesproken["teksten"][:2] == ["Hello there.", "Voorbeeld."]
    assert gesproken["talen"][:2] == ["en", "nl"]
    assert gesproken["stemmen"][:2] == ["Test EN", "Test NL"]


def test_geen_lees_voor_zonder_spraak_in_de_browser(pagina):
    pagina.add_init_script(ZONDER_SPRAAK)
    pagina.goto(pagina.basis + "/over-de-vip/")
    assert pagina.evaluate("!window.speechSynthesis")
    assert pagina.locator("main h1").is_visible()
    assert pagina.locator(".voorlezen").count() == 0


def test_geen_lees_voor_zonder_javascript(pagina_zonder_js):
    pagina_zonder_js.goto(pagina_zonder_js.basis + "/over-de-vip/")
    assert pagina_zonder_js.locator(".voorlezen").count() == 0
    assert pagina_zonder_js.locator("script:not([src])").count() == 0  # no inline scripts


def test_lees_voor_zonder_axe_fouten_breed_en_smal(pagina_met_spraak, smalle_pagina):
    smalle_pagina.add_init_script(SPRAAK_STUB)
    for p in (pagina_met_spraak, smalle_pagina):
        p.goto(p.basis + "/over-de-vip/")
        p.locator(".voorlezen__knop").click()  # with the stop button and status shown
        assert not scrollt_horizontaal(p)
        fouten = axe_fouten(p)
        assert fouten == "", fouten


def test_zoeken_in_de_kop_werkt_zonder_javascript(pagina_zonder_js):
    p = pagina_zonder_js
    p.goto(p.basis + "/over-de-vip/")
    p.get_by_role("searchbox", name="Zoek op deze site").fill("inclusie")
    p.keyboard.press("Enter")
    p.wait_for_url("**/zoeken/?q=inclusie")
    assert p.locator("h1").inner_text() == "Zoeken"
    assert p.locator(".zoekresultaat").count() >= 1
    assert p.locator("[role=status]").inner_text().startswith("Wij vonden")


def test_zoekvak_past_op_320_px_met_grote_klikvlakken(smalle_pagina):
    p = smalle_pagina
    p.goto(p.basis + "/")
    assert not scrollt_horizontaal(p)
    for selector in (".zoekvak__veld", ".zoekvak__knop"):
        vak = p.locator(selector).bounding_box()
        assert vak["height"] >= 44, selector
        assert vak["x"] >= 0 and vak["x"] + vak["width"] <= 320, selector
