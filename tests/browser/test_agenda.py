"""The agenda in a real browser: filters without JavaScript, and the report on paper."""

from tests.browser.hulp import axe_fouten


def test_filteren_en_sorteren_werkt_zonder_javascript_en_staat_in_de_url(pagina_zonder_js):
    p = pagina_zonder_js
    p.goto(p.basis + "/agenda/")
    p.get_by_label("Status", exact=True).select_option("vastgelopen")
    p.get_by_label("Sorteer op", exact=True).select_option("prioriteit")
    with p.expect_navigation():
        p.get_by_role("button", name="Toon onderwerpen").click()
    assert "status=vastgelopen" in p.url and "sorteer=prioriteit" in p.url
    lijst = "table:has(caption#lijst-titel) tbody tr td:nth-child(5)"
    statussen = p.locator(lijst).all_inner_texts()
    assert statussen and set(statussen) == {"Vastgelopen"}
    # The choice is still selected after the reload.
    assert p.get_by_label("Status", exact=True).input_value() == "vastgelopen"
    assert "onderwerpen gevonden" in p.locator("[role=status]").first.inner_text()


def test_onderwerp_toont_voortgang_als_tekst(pagina):
    pagina.goto(pagina.basis + "/agenda/")
    with pagina.expect_navigation():
        pagina.locator("table.onderwerpen tbody a").first.click()
    tekst = pagina.locator(".stand__tekst").inner_text()
    assert tekst.startswith("Status:") and "procent" in tekst


def test_rapport_op_papier_begint_elk_thema_op_een_nieuwe_bladzijde(pagina):
    pagina.goto(pagina.basis + "/agenda/rapport/")
    pagina.emulate_media(media="print")
    themas = pagina.locator("section.pagina-einde")
    assert themas.count() >= 9
    assert themas.first.evaluate("e => getComputedStyle(e).breakBefore") == "page"
    verborgen = pagina.locator(".menu, nav.niet-printen")
    assert verborgen.count() >= 2
    assert verborgen.evaluate_all("els => els.every(e => getComputedStyle(e).display === 'none')")
    assert axe_fouten(pagina) == ""


def test_veranderd_met_foute_datums_meldt_het_bovenaan(pagina):
    pagina.goto(pagina.basis + "/agenda/veranderd/?van=2024-01-01&tot=2023-01-01")
    melding = pagina.get_by_role("alert")
    assert "De einddatum moet na de begindatum liggen." in melding.inner_text()
    assert axe_fouten(pagina) == ""


def test_op_een_smal_scherm_wordt_elke_rij_een_kaart_met_alle_gegevens(smalle_pagina):
    """At 320 px nobody scrolls sideways for the status: each cell sits below the title."""
    p = smalle_pagina
    p.goto(p.basis + "/agenda/")
    rij = p.locator("#lijst-titel ~ tbody tr").first
    assert rij.evaluate("e => getComputedStyle(e).display") == "block"
    status = rij.locator("td[data-label=Status]")
    vak = status.bounding_box()
    assert vak["x"] >= 0 and vak["x"] + vak["width"] <= 320
    label = status.evaluate("e => getComputedStyle(e, '::before').content")
    assert "Status" in label
    # Still a table for screen readers: rows and cells keep their roles.
    tabel = p.get_by_role("table", name="Onderwerpen van de agenda, gesorteerd op nummer")
    assert tabel.get_by_role("row").count() == 59  # the header row and 58 topics
    assert tabel.get_by_role("rowheader").count() == 58
    assert axe_fouten(p) == ""


def test_op_een_breed_scherm_blijft_het_een_gewone_tabel(pagina):
    pagina.goto(pagina.basis + "/agenda/")
    rij = pagina.locator("#lijst-titel ~ tbody tr").first
    assert rij.evaluate("e => getComputedStyle(e).display") == "table-row"
    assert pagina.locator("#lijst-titel ~ thead").is_visible()
