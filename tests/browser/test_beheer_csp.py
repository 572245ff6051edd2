"""The Content-Security-Policy blocks nothing the site or the Wagtail admin needs.

A real Chromium reports every CSP violation on the console; this test logs in,
opens the dashboard and a page editor (inline date pickers, StreamField), and
the public page, and fails on any violation or script error.
"""

import pytest
from django.contrib.auth import get_user_model


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_geen_csp_schendingen_in_beheer_en_site(chromium, live_server, home):
    get_user_model().objects.create_superuser("csp", "csp@example.org", "csp-wachtwoord-123")
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pagina = context.new_page()
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
        pagina.goto(live_server.url + "/")
        pagina.goto(live_server.url + "/admin/login/")
        pagina.fill("#id_username", "csp")
        pagina.fill("#id_password", "csp-wachtwoord-123")
        pagina.click("button[type=submit]")
        pagina.wait_for_url(live_server.url + "/admin/")
        pagina.goto(live_server.url + f"/admin/pages/{home.pk}/edit/")
        pagina.wait_for_load_state("networkidle")
        # The editor's own scripts ran: the StreamField and the tabs are built by JS.
        assert pagina.locator("[data-streamfield-stream-container], .w-tabs").count() > 0
        pagina.goto(live_server.url + "/")  # the public page with the editor's userbar
        pagina.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert not meldingen, "\n".join(meldingen)
