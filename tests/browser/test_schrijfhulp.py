"""The writing aid in the page editor: tips while you type, in a live region."""

from demo.management.commands.maak_demo_beheerder import DEMO_GEBRUIKER, DEMO_WACHTWOORD
from tests.browser.test_redactie import inloggen

LANGE_ZIN = "Wij gaan samen met de mensen uit de buurt kijken hoe de stoep in de wijk breder kan."


def test_schrijfhulp_zegt_het_terwijl_je_typt(chromium, demo_site):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pagina = context.new_page()
    pagina.basis = demo_site
    fouten = []
    pagina.on("pageerror", lambda fout: fouten.append(str(fout)))
    try:
        inloggen(pagina)
        pagina.goto(demo_site + "/admin/rapporten/taal/")
        with pagina.expect_navigation():
            pagina.locator("main a[href*='/edit/']").first.click()
        hulp = pagina.locator("#schrijfhulp-in-het-kort")
        hulp.wait_for(state="visible")
        live = hulp.locator("[aria-live=polite]")
        veld = pagina.locator("textarea[name=in_het_kort]")
        assert live.get_attribute("id") in (veld.get_attribute("aria-describedby") or "")
        veld.fill("")
        veld.press_sequentially(f"Kom ook. {LANGE_ZIN}", delay=5)
        live.filter(has_text="Lange zin: 18 woorden").wait_for(timeout=10_000)
        assert "Zin 2" in live.inner_text()
        assert "Dit is nog niet goed genoeg voor deze site." in live.inner_text()
        assert "Lange zin: 18 woorden" in hulp.locator("[data-schrijfhulp-uitkomst]").inner_text()
        # Fixed: the tips say so.
        veld.fill("Kom ook. Iedereen is welkom.")
        live.filter(has_text="Geen tips").wait_for(timeout=10_000)
        # The box can be reached by keyboard and passes axe.
        hulp.focus()
        assert pagina.evaluate("document.activeElement.id") == "schrijfhulp-in-het-kort"
        from axe_playwright_python.sync_playwright import Axe

        from tests.browser.hulp import AXE_TAGS

        resultaat = Axe().run(
            pagina,
            context={"include": [["#schrijfhulp-in-het-kort"]]},
            options={"runOnly": {"type": "tag", "values": AXE_TAGS}},
        )
        assert resultaat.violations_count == 0, resultaat.generate_report()
    finally:
        context.close()
    assert not fouten, fouten


def test_zonder_javascript_blijft_de_check_van_de_opgeslagen_versie(chromium, demo_site):
    context = chromium.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.basis = demo_site
    try:
        pagina.goto(demo_site + "/admin/login/")
        pagina.fill("input[name=username]", DEMO_GEBRUIKER)
        pagina.fill("input[name=password]", DEMO_WACHTWOORD)
        with pagina.expect_navigation():
            pagina.click("button[type=submit]")
        pagina.goto(demo_site + "/admin/rapporten/taal/")
        with pagina.expect_navigation():
            pagina.locator("main a[href*='/edit/']").first.click()
        assert pagina.locator("#schrijfhulp-in-het-kort").is_hidden()
        assert "laatst opgeslagen versie" in pagina.locator(".taalcheck").inner_text()
    finally:
        context.close()
