"""The editors' side in a real browser: the admin pages this project adds pass axe,
the feedback form works with and without JavaScript, and the content checker
runs with the site's own rules."""

import re

import pytest

from demo.management.commands.maak_demo_beheerder import DEMO_GEBRUIKER, DEMO_WACHTWOORD
from tests.browser.hulp import axe_fouten, scrollt_horizontaal


def inloggen(page):
    page.goto(page.basis + "/admin/login/")
    page.fill("input[name=username]", DEMO_GEBRUIKER)
    page.fill("input[name=password]", DEMO_WACHTWOORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))


def geef_reactie(page, tekst):
    page.goto(page.basis + "/over-de-vip/")
    page.check("input[name=duidelijk][value=nee]")
    page.fill("textarea[name=tekst]", tekst)
    page.click(".feedback button[type=submit]")


def test_reactie_zonder_javascript_fout_en_daarna_bedankpagina(pagina_zonder_js):
    """Without JS: a missing choice gives an error page that keeps the text; then thanks.

    The demo server allows five posts a minute from one address; the tests in
    this file post five times in all, so keep it that way.
    """
    pagina_zonder_js.goto(pagina_zonder_js.basis + "/over-de-vip/")
    pagina_zonder_js.fill("textarea[name=tekst]", "Zonder JavaScript: de kop is onduidelijk.")
    with pagina_zonder_js.expect_navigation():
        pagina_zonder_js.click(".feedback button[type=submit]")
    assert "Kies Ja of Nee." in pagina_zonder_js.content()
    tekstvak = pagina_zonder_js.locator("textarea[name=tekst]")
    assert tekstvak.input_value() == "Zonder JavaScript: de kop is onduidelijk."
    pagina_zonder_js.check("input[name=duidelijk][value=nee]")
    with pagina_zonder_js.expect_navigation():
        pagina_zonder_js.click(".feedback button[type=submit]")
    melding = pagina_zonder_js.locator(".melding").first.inner_text()
    assert pagina_zonder_js.locator("h1").inner_text() == "Dank je wel", melding
    assert pagina_zonder_js.locator("main a[href='/over-de-vip/']").count() == 1


def test_bedankpagina_en_foutpagina_zonder_axe_fouten(pagina):
    """Axe needs JavaScript, so the no-JS result pages are checked with a normal post here."""
    pagina.goto(pagina.basis + "/over-de-vip/")
    pagina.evaluate("document.querySelector('[data-feedback-meer]').hidden = false")
    with pagina.expect_navigation(url="**/reactie/"):  # no choice: error page
        pagina.evaluate("document.querySelector('.feedback form').submit()")
    assert "Kies Ja of Nee." in pagina.content()
    assert axe_fouten(pagina) == ""
    pagina.check("input[name=duidelijk][value=ja]")
    # Wait for the new page itself: the error page is already loaded, so a plain
    # wait_for_load_state() could return before the thank-you page arrives.
    with pagina.expect_navigation():
        pagina.evaluate("document.querySelector('.feedback form').submit()")
    assert pagina.locator("h1").inner_text() == "Dank je wel"
    assert axe_fouten(pagina) == ""


def test_reactie_met_javascript_blijft_op_de_pagina(pagina):
    pagina.goto(pagina.basis + "/over-de-vip/")
    assert pagina.locator("textarea[name=tekst]").is_hidden()
    pagina.check("input[name=duidelijk][value=nee]")
    assert pagina.locator("textarea[name=tekst]").is_visible()
    pagina.fill("textarea[name=tekst]", "Met JavaScript: graag een plaatje erbij.")
    pagina.click(".feedback button[type=submit]")
    status = pagina.locator("[data-feedback-status]")
    status.wait_for(state="visible")
    assert "Dank je wel" in status.inner_text()
    assert pagina.url.endswith("/over-de-vip/")


@pytest.fixture(scope="module")
def ingelogd(chromium, demo_site):
    """Log in once and keep the cookies; each test gets a fresh browser context with them."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pagina = context.new_page()
    pagina.basis = demo_site
    try:
        inloggen(pagina)
        pagina.goto(pagina.basis + "/admin/reacties/")
        if pagina.locator("a[href*='/admin/reacties/edit/']").count() == 0:
            geef_reactie(pagina, "Voor de inbox: te veel moeilijke woorden.")
            pagina.locator("[data-feedback-status]").wait_for(state="visible")
        return context.storage_state()
    finally:
        context.close()


@pytest.fixture
def beheer(chromium, demo_site, ingelogd):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, storage_state=ingelogd)
    pagina = context.new_page()
    pagina.basis = demo_site
    yield pagina
    context.close()


def test_reactie_afhandelen_zonder_axe_fouten(beheer):
    beheer.goto(beheer.basis + "/admin/reacties/")
    with beheer.expect_navigation():
        beheer.locator("a[href*='/admin/reacties/edit/']").first.click()
    assert axe_fouten(beheer) == ""
    beheer.check("input[name=afgehandeld]")
    beheer.fill("textarea[name=notitie]", "Zin korter gemaakt.")
    with beheer.expect_navigation():
        beheer.locator("main form button[type=submit]").first.click()
    assert "/admin/reacties/" in beheer.url


def test_taalcheck_in_de_editor_zonder_axe_fouten(beheer):
    beheer.goto(beheer.basis + "/admin/pages/")
    beheer.goto(beheer.basis + "/admin/rapporten/taal/")
    with beheer.expect_navigation():
        beheer.locator("a[href*='/edit/']").first.click()
    paneel = beheer.locator(".taalcheck")
    assert paneel.count() == 1
    assert "Leesbaarheid" in paneel.inner_text()
    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.hulp import AXE_TAGS

    resultaat = Axe().run(
        beheer,
        context={"include": [[".taalcheck"]]},
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}},
    )
    assert resultaat.violations_count == 0, resultaat.generate_report()


def test_beheer_smal_scrollt_niet_horizontaal(chromium, demo_site):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.basis = demo_site
    try:
        inloggen(page)
        page.goto(demo_site + "/admin/rapporten/taal/")
        assert not scrollt_horizontaal(page)
    finally:
        context.close()


def test_inhoudscheck_draait_met_de_eigen_regels(beheer):
    beheer.goto(beheer.basis + "/over-de-vip/")
    config = beheer.evaluate(
        "JSON.parse(document.querySelector('wagtail-userbar').shadowRoot"
        ".querySelector('#checker-axe-configuration').textContent)"
    )
    assert config["context"]["include"] == ["main"]
    assert "vip-linktekst" in config["options"]["runOnly"]
    assert config["messages"]["heading-order"]["error_name"] == "Kopniveau overgeslagen"
    # The site's own check finds a vague link that we add to the page.
    resultaat = beheer.evaluate(
        """async () => {
            const a = document.createElement('a');
            a.href = '/'; a.textContent = 'Klik hier';
            document.querySelector('main').appendChild(a);
            const r = await window.axe.run(document.querySelector('main'),
                {runOnly: ['vip-linktekst']});
            return r.violations.map(v => v.id);
        }"""
    )
    assert resultaat == ["vip-linktekst"]
