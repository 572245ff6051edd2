"""Read aloud picks only a voice on the visitor's own computer, in the page's language.

A stand-in for the browser's speech synthesis offers a chosen list of voices
(some local, some network voices) and records every voice it is asked to
speak with. Without a local voice for the page's language nothing is read, and
the status next to the button says so in plain words.
"""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.hulp import axe_fouten

NL = "/over-de-vip/"
EN = "/en/about-the-vip/"

GEEN_STEM_NL = "Je computer heeft geen stem voor het Nederlands. Voorlezen kan daarom niet."
GEEN_STEM_EN = "Your computer has no voice for English. So reading aloud is not possible."
KLAAR = {NL: "Klaar met voorlezen.", EN: "Finished reading."}
TAAL = {NL: "nl", EN: "en"}

# The voice list arrives: at once, later but before the click, after the
# click, or never (an empty list, as in a browser without voices).
METEEN, VOOR_KLIK, NA_KLIK, NOOIT = "meteen", "voor-klik", "na-klik", "nooit"

# getVoices() gives the list from config.stemmen (or [] until __geefStemmen());
# speak() records the voice and language and ends the utterance a moment later.
SPRAAK_STUB = """
(() => {
  const config = %s;
  window.__gesproken = [];
  let stemmen = config.meteen ? config.stemmen : [];
  const luisteraars = [];
  class NepUiting {
    constructor(text) {
      this.text = text; this.lang = ""; this.voice = null; this.onend = null; this.onerror = null;
    }
  }
  const nep = {
    speaking: false, paused: false, pending: false, onvoiceschanged: null,
    getVoices() { return stemmen.slice(); },
    speak(u) {
      window.__gesproken.push({stem: u.voice && u.voice.name, taal: u.lang, tekst: u.text});
      nep.speaking = true;
      setTimeout(() => { nep.speaking = false; if (u.onend) { u.onend({utterance: u}); } }, 0);
    },
    cancel() { nep.speaking = false; nep.paused = false; },
    pause() { nep.paused = true; },
    resume() { nep.paused = false; },
    addEventListener(type, f) { if (type === "voiceschanged") { luisteraars.push(f); } },
    removeEventListener(type, f) {
      const i = luisteraars.indexOf(f);
      if (i >= 0) { luisteraars.splice(i, 1); }
    },
  };
  window.__geefStemmen = () => {
    stemmen = config.stemmen;
    const e = new Event("voiceschanged");
    luisteraars.forEach((f) => f(e));
    if (typeof nep.onvoiceschanged === "function") { nep.onvoiceschanged(e); }
  };
  Object.defineProperty(window, "speechSynthesis", {value: nep, configurable: true});
  Object.defineProperty(window, "SpeechSynthesisUtterance", {value: NepUiting, configurable: true});
})();
"""


def stem(naam, lang, lokaal, standaard=False):
    return {
        "name": naam,
        "lang": lang,
        "localService": lokaal,
        "default": standaard,
        "voiceURI": naam,
    }


GOOGLE_NL = stem("Google Nederlands", "nl-NL", False, standaard=True)
LOKAAL_NL = stem("Lokale stem NL", "nl-NL", True)
LOKAAL_BE = stem("Lokale stem BE", "nl-BE", True)
GOOGLE_EN = stem("Google UK English", "en-GB", False)
LOKAAL_EN = stem("Lokale stem EN", "en-GB", True)

# (pad, stemmen, wanneer de stemmen komen, de stem die moet spreken of None)
GEVALLEN = {
    "netwerkstem-eerst-dan-lokale-stem": (NL, [GOOGLE_NL, LOKAAL_NL], METEEN, "Lokale stem NL"),
    "alleen-een-netwerkstem": (NL, [GOOGLE_NL], METEEN, None),
    "alleen-een-lokale-engelse-stem-op-nederlandse-pagina": (NL, [LOKAAL_EN], METEEN, None),
    "engelse-pagina-met-lokale-en-gb-stem": (
        EN,
        [LOKAAL_NL, GOOGLE_EN, LOKAAL_EN],
        METEEN,
        "Lokale stem EN",
    ),
    "engelse-pagina-zonder-engelse-stem": (EN, [LOKAAL_NL, GOOGLE_EN], METEEN, None),
    "nl-nl-gaat-voor-nl-be": (NL, [LOKAAL_BE, LOKAAL_NL], METEEN, "Lokale stem NL"),
    "alleen-nl-be-is-ook-nederlands": (NL, [GOOGLE_NL, LOKAAL_BE], METEEN, "Lokale stem BE"),
    "stemmen-komen-laat-voor-de-klik": (NL, [GOOGLE_NL, LOKAAL_NL], VOOR_KLIK, "Lokale stem NL"),
    "stemmen-komen-laat-na-de-klik": (NL, [GOOGLE_NL, LOKAAL_NL], NA_KLIK, "Lokale stem NL"),
    "stemmen-komen-nooit": (NL, [LOKAAL_NL], NOOIT, None),
}


def open_met_stemmen(page, pad, stemmen, wanneer):
    config = {"stemmen": stemmen, "meteen": wanneer == METEEN}
    page.add_init_script(SPRAAK_STUB % json.dumps(config))
    page.goto(page.basis + pad)
    bediening = page.locator("main .voorlezen")
    return bediening.locator(".voorlezen__knop"), bediening.locator(".voorlezen__status")


def gesproken(page):
    return page.evaluate("window.__gesproken")


def druk_op_de_knop(page, knop):
    knop.focus()
    page.keyboard.press("Enter")


@pytest.mark.parametrize(("pad", "stemmen", "wanneer", "spreker"), GEVALLEN.values(), ids=GEVALLEN)
def test_voorlezen_kiest_alleen_een_lokale_stem_in_de_taal_van_de_pagina(
    pagina, pad, stemmen, wanneer, spreker
):
    p = pagina
    knop, status = open_met_stemmen(p, pad, stemmen, wanneer)
    expect(knop).to_be_visible()
    # The status is a polite live region next to the button.
    assert status.get_attribute("role") == "status"
    if wanneer == VOOR_KLIK:
        p.evaluate("window.__geefStemmen()")

    druk_op_de_knop(p, knop)
    if wanneer == NA_KLIK:
        p.wait_for_timeout(300)
        assert gesproken(p) == [], "without a voice list it waits instead of reading"
        p.evaluate("window.__geefStemmen()")

    if spreker is None:
        melding = GEEN_STEM_EN if pad == EN else GEEN_STEM_NL
        expect(status).to_have_text(melding, timeout=5000)
        assert gesproken(p) == [], "nothing is read with another language or a network voice"
        expect(knop).to_have_text("Read aloud" if pad == EN else "Lees voor")
        expect(p.locator("main .voorlezen__stop")).to_be_hidden()
        # Pressing again reads nothing and says it again.
        p.keyboard.press("Enter")
        expect(status).to_have_text(melding)
        assert gesproken(p) == []
        return

    expect(status).to_have_text(KLAAR[pad], timeout=10_000)
    stukken = gesproken(p)
    assert len(stukken) >= 3, stukken
    assert {s["stem"] for s in stukken} == {spreker}, stukken
    assert {s["taal"] for s in stukken} == {TAAL[pad]}, stukken


def test_de_melding_staat_in_de_taal_van_de_pagina_zonder_axe_fouten(pagina):
    p = pagina
    knop, status = open_met_stemmen(p, NL, [GOOGLE_NL, LOKAAL_EN], METEEN)
    assert p.evaluate("document.documentElement.lang") == "nl"
    druk_op_de_knop(p, knop)
    expect(status).to_have_text(GEEN_STEM_NL)
    # Plain Dutch, right next to the button, inside the read-aloud group.
    assert status.evaluate("e => e.closest('.voorlezen[role=group]') !== null")
    assert status.evaluate("e => e.previousElementSibling.classList.contains('voorlezen__stop')")
    expect(status).to_be_visible()
    assert gesproken(p) == []
    fouten = axe_fouten(p)
    assert fouten == "", fouten


def test_een_stuk_in_een_taal_zonder_lokale_stem_wordt_overgeslagen(pagina):
    p = pagina
    knop, status = open_met_stemmen(p, NL, [GOOGLE_EN, LOKAAL_NL], METEEN)
    p.evaluate(
        "const e = document.createElement('p'); e.lang = 'en'; e.textContent = 'Hello there.';"
        " document.querySelector('main').prepend(e);"
    )
    druk_op_de_knop(p, knop)
    expect(status).to_have_text(KLAAR[NL], timeout=10_000)
    stukken = gesproken(p)
    assert "Hello there." not in [s["tekst"] for s in stukken]
    assert stukken[0]["tekst"] == "Voorbeeld."
    assert {s["stem"] for s in stukken} == {"Lokale stem NL"}
