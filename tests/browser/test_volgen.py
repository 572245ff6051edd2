"""Following in a real browser: the form, its error state and the confirmation pages pass axe.

The sign-up posts to the shared demo server; the confirmation link is read
from that server's own database (its mail stays in its memory).
"""

import os
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.browser.demoserver import OMGEVING
from tests.browser.hulp import axe_fouten, scrollt_horizontaal

ONDERWERP = "/agenda/zelf-reizen-voor-jongeren/"


def _sleutel(email):
    map_ = os.environ.get(OMGEVING)
    if not map_:
        pytest.skip("Geen gedeelde demoserver: de bevestigingslink is niet te lezen.")
    with sqlite3.connect(Path(map_) / "demo.sqlite3") as db:
        rij = db.execute("SELECT sleutel FROM volgen_volger WHERE email = ?", (email,)).fetchone()
    assert rij, f"geen aanmelding voor {email}"
    return rij[0]


def _geen_fouten(pagina):
    fouten = axe_fouten(pagina)
    assert fouten == "", fouten


@pytest.mark.parametrize("breed", [False, True], ids=["320px", "1280px"])
def test_volgpagina_en_foutmelding_zonder_axe_fouten(pagina, smalle_pagina, breed):
    scherm = pagina if breed else smalle_pagina
    scherm.goto(scherm.basis + "/volgen/?volgt=agenda")
    assert scherm.locator("h1").inner_text() == "Volg de hele agenda"
    _geen_fouten(scherm)
    assert not scrollt_horizontaal(scherm)

    scherm.fill("#volgen-email", "dit-is-geen-adres")
    _klik(scherm, scherm.locator("main .volgen__formulier button"))
    assert "Dit is geen e-mailadres." in scherm.locator(".melding--fout").inner_text()
    assert scherm.locator("#volgen-email").get_attribute("aria-invalid") == "true"
    _geen_fouten(scherm)
    assert not scrollt_horizontaal(scherm)


@pytest.mark.parametrize(
    ("pad", "knop"),
    [
        (ONDERWERP, "Volg dit onderwerp"),
        ("/agenda/", "Volg de hele agenda"),
        ("/inclusiecafe/", "Volg het inclusiecafé"),
        ("/inclusiecafe/cafe-zorg/", "Volg het inclusiecafé"),
    ],
)
def test_het_formulier_op_de_pagina_op_320_px(smalle_pagina, pad, knop):
    smalle_pagina.goto(smalle_pagina.basis + pad)
    formulier = smalle_pagina.locator("section.volgen")
    assert formulier.is_visible()
    assert formulier.locator("h2").inner_text() == knop
    assert not scrollt_horizontaal(smalle_pagina)
    _geen_fouten(smalle_pagina)


def _klik(scherm, knop):
    with scherm.expect_navigation():
        knop.click()


def test_aanmelden_bevestigen_en_stoppen_zonder_javascript(pagina_zonder_js):
    """The whole way without JavaScript (axe needs JavaScript, so it runs in the next test)."""
    scherm = pagina_zonder_js
    email = f"zonder-js-{uuid.uuid4().hex[:8]}@voorbeeld.nl"
    scherm.goto(scherm.basis + ONDERWERP)
    scherm.fill("#volgen-email", email)
    _klik(scherm, scherm.locator("section.volgen button"))
    assert scherm.locator("h1").inner_text() == "Kijk in je mail"

    scherm.goto(scherm.basis + f"/volgen/bevestigen/{_sleutel(email)}/")
    _klik(scherm, scherm.get_by_role("button", name="Ja, ik wil dit volgen"))
    assert "Gelukt. Je volgt nu" in scherm.locator(".melding--goed").inner_text()

    scherm.goto(scherm.basis + f"/volgen/stoppen/{_sleutel(email)}/")
    _klik(scherm, scherm.locator("main form button").first)
    assert scherm.locator("h1").inner_text() == "Je bent gestopt"


def test_bevestigings_en_stoppagina_zonder_axe_fouten(pagina, smalle_pagina):
    email = f"axe-{uuid.uuid4().hex[:8]}@voorbeeld.nl"
    pagina.goto(pagina.basis + ONDERWERP)
    pagina.fill("#volgen-email", email)
    _klik(pagina, pagina.locator("section.volgen button"))
    assert pagina.locator("h1").inner_text() == "Kijk in je mail"
    _geen_fouten(pagina)

    bevestigen = f"/volgen/bevestigen/{_sleutel(email)}/"
    stoppen = f"/volgen/stoppen/{_sleutel(email)}/"
    for scherm in (smalle_pagina, pagina):
        scherm.goto(scherm.basis + bevestigen)
        assert scherm.locator("h1").inner_text() == "Bevestig dat je wilt volgen"
        _geen_fouten(scherm)
        assert not scrollt_horizontaal(scherm)

    _klik(pagina, pagina.get_by_role("button", name="Ja, ik wil dit volgen"))
    assert "Gelukt. Je volgt nu" in pagina.locator(".melding--goed").inner_text()
    _geen_fouten(pagina)

    for scherm in (smalle_pagina, pagina):
        scherm.goto(scherm.basis + stoppen)
        _geen_fouten(scherm)
        assert not scrollt_horizontaal(scherm)
    _klik(pagina, pagina.locator("main form button").first)
    assert pagina.locator("h1").inner_text() == "Je bent gestopt"
    _geen_fouten(pagina)
