"""The Content-Security-Policy blocks nothing the site or the Wagtail admin needs.

A real Chromium reports every CSP violation on the console; this test logs in,
opens the dashboard and a page editor (inline date pickers, StreamField), and
the public page, and fails on any violation or script error.

It runs against the browser suite's demo server, not pytest-django's
live_server: Playwright keeps an asyncio loop running in this thread, and
Django then hands out a different database connection here, one without the
saved copy that serialized rollback restores after a transactional test. A
transactional browser test therefore emptied the test database for every
transactional test after it (seen on PostgreSQL in CI).
"""

from tests.browser.test_redactie import inloggen


def test_geen_csp_schendingen_in_beheer_en_site(chromium, demo_site):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pagina = context.new_page()
    pagina.basis = demo_site
    meldingen = []
    pagina.on(
        "console",
        lambda m: (
            meldingen.append(f"{pagina.url}: {m.text}")
            if "Content Security Policy" in m.text or "Refused to" in m.text
            else None
        ),
    )
    pagina.on("pageerror", lambda fout: meldingen.append(f"{pagina.url}: {fout}"))
    try:
        pagina.goto(demo_site + "/")
        inloggen(pagina)
        pagina.wait_for_load_state("networkidle")
        pagina.goto(demo_site + "/admin/rapporten/taal/")
        with pagina.expect_navigation():
            pagina.locator("main a[href*='/edit/']").first.click()
        pagina.wait_for_load_state("networkidle")
        # The editor's own scripts ran: the StreamField and the tabs are built by JS.
        assert pagina.locator("[data-streamfield-stream-container], .w-tabs").count() > 0
        pagina.goto(demo_site + "/")  # the public page with the editor's userbar
        pagina.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert not meldingen, "\n".join(meldingen)
