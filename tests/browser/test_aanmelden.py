"""Signing up for the demo café in a real Chromium: axe, 320 px, and without JavaScript.

The demo café 'cafe-zorg' has 30 places. The public forms allow a few posts
a minute per address (AANMELDEN_MAX_PER_MINUUT, default 5), and every browser
test comes from 127.0.0.1: these tests post three times in all.
"""

import uuid

from tests.browser.hulp import axe_fouten, scrollt_horizontaal

CAFE = "/inclusiecafe/cafe-zorg/"


def uniek_adres():
    return f"browser-{uuid.uuid4().hex[:10]}@example.org"


def controleer(page, breedtes=(1280, 320)):
    """axe at each width, and no sideways scrolling at the narrow one."""
    for breedte in breedtes:
        page.set_viewport_size({"width": breedte, "height": 900})
        fouten = axe_fouten(page)
        assert fouten == "", f"{breedte} px: {fouten}"
        assert not scrollt_horizontaal(page), f"{breedte} px scrollt opzij"


def test_formulier_op_de_cafepagina_is_toegankelijk(pagina):
    pagina.goto(pagina.basis + CAFE)
    formulier = pagina.locator("form.aanmelden")
    assert formulier.is_visible()
    assert "Er zijn 30 plaatsen." in pagina.locator(".aanmelden-blok").inner_text()
    assert not pagina.locator("#aanmelden-website").is_visible()  # the honeypot
    controleer(pagina)


def test_aanmelden_zonder_javascript_en_weer_afmelden(pagina_zonder_js):
    page = pagina_zonder_js
    page.goto(page.basis + CAFE)
    page.get_by_label("Je naam (mag leeg)").fill("Browser Test")
    page.get_by_label("Je e-mailadres (mag leeg)").fill(uniek_adres())
    page.get_by_label("Met hoeveel mensen kom je?").fill("2")
    page.get_by_label("Schrijftolk").check()
    page.get_by_role("button", name="Meld je aan").click()
    assert "/aanmelding/" in page.url
    assert page.locator("h1").inner_text() == "Je bent aangemeld"
    assert "Schrijftolk" in page.locator("main").inner_text()

    page.get_by_role("link", name="Meld je af voor dit café").click()
    assert page.url.endswith("/afmelden/")
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.locator("h1").inner_text() == "Je bent afgemeld"


def test_formulier_met_fouten_is_toegankelijk_en_verliest_niets(pagina):
    pagina.goto(pagina.basis + CAFE)
    pagina.get_by_label("Je naam (mag leeg)").fill("Fout Test")
    pagina.get_by_label("Je e-mailadres (mag leeg)").fill("geen-adres")
    pagina.get_by_label("Met hoeveel mensen kom je?").fill("-1")
    pagina.get_by_label("Ringleiding").check()
    pagina.get_by_role("button", name="Meld je aan").click()
    samenvatting = pagina.locator("#aanmelden-fouten")
    assert samenvatting.is_visible()
    assert "Dit is geen e-mailadres." in samenvatting.inner_text()
    assert "Kies minstens 1 persoon" in samenvatting.inner_text()
    assert pagina.title().startswith("Fout:")
    assert pagina.get_by_label("Je naam (mag leeg)").input_value() == "Fout Test"
    assert pagina.get_by_label("Ringleiding").is_checked()
    # The link in the summary goes to the field.
    samenvatting.get_by_role(
        "link", name="Je e-mailadres (mag leeg): Dit is geen e-mailadres.", exact=False
    ).click()
    assert pagina.evaluate("document.activeElement.id") == "aanmelden-email"
    controleer(pagina)


def test_bevestiging_en_afmeldvraag_zijn_toegankelijk(pagina):
    pagina.goto(pagina.basis + CAFE)
    pagina.get_by_label("Je e-mailadres (mag leeg)").fill(uniek_adres())
    pagina.get_by_label("Met hoeveel mensen kom je?").fill("1")
    pagina.get_by_role("button", name="Meld je aan").click()
    assert pagina.locator("h1").inner_text() == "Je bent aangemeld"
    controleer(pagina)

    pagina.set_viewport_size({"width": 1280, "height": 900})
    pagina.get_by_role("link", name="Meld je af voor dit café").click()
    assert pagina.get_by_role("button", name="Ja, meld mij af").is_visible()
    controleer(pagina)

    # The form on its own page, with the live count of free places.
    pagina.goto(pagina.basis + CAFE)
    pagina.get_by_role("link", name="Kijk hoeveel plaatsen er nog vrij zijn").click()
    assert "plaatsen vrij van de 30" in pagina.locator("main").inner_text()
    controleer(pagina)


def test_lijst_van_de_vip_in_de_admin_is_toegankelijk(chromium, demo_site):
    from tests.browser.test_redactie import inloggen

    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.basis = demo_site
    try:
        inloggen(page)
        page.goto(demo_site + CAFE)
        cafe_id = page.locator("form.aanmelden").get_attribute("action").strip("/").split("/")[-1]
        page.goto(f"{demo_site}/admin/inclusiecafe/cafe/{cafe_id}/aanmeldingen/")
        assert page.locator("h2", has_text="Totalen").is_visible()
        assert page.locator("h2", has_text="Wat moet er geregeld worden?").is_visible()
        controleer(page)
    finally:
        context.close()
