"""A real demo site in a real Chromium, shared by all browser tests.

The site runs as a separate process on its own SQLite file with the demo
content loaded once per test run, shared by the pytest-xdist workers: that is
what a visitor sees, and it keeps the browser suite fast. On a developer
machine without Chromium the tests skip with a message; in CI (CI=true or
BROWSER_TESTS_REQUIRED=1) they fail instead.
"""

import pytest

from tests.browser.demoserver import browser_verplicht, chromium_pad

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    pad = chromium_pad()
    if pad is None:
        if browser_verplicht():
            pytest.fail("Chromium ontbreekt, maar browsertests zijn verplicht (CI).")
        pytest.skip(
            "Chromium is niet geïnstalleerd: browsertests overgeslagen (apt-get install chromium)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=pad, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def demo_site():
    """Base URL of a server with the demo content, on 127.0.0.1 only.

    The test run starts it once, in the background (tests/browser/demoserver.py),
    and every worker uses it; started without that, this process starts its own.
    """
    from tests.browser.demoserver import DemoServer, gedeelde_server

    basis = gedeelde_server()
    if basis is not None:
        yield basis
        return
    import os

    from tests.browser.demoserver import OMGEVING

    server = DemoServer()
    server.start()
    os.environ[OMGEVING] = str(server.map)  # for in_demoserver()
    (server.map / "klaar").write_text(server.basis)
    try:
        yield server.basis
    finally:
        os.environ.pop(OMGEVING, None)
        server.stop()


@pytest.fixture
def pagina(chromium, demo_site):
    """A fresh browser page (JavaScript on) at 1280 px wide."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.basis = demo_site
    yield page
    context.close()


@pytest.fixture
def smalle_pagina(chromium, demo_site):
    """A browser page 320 CSS pixels wide (like 400 % zoom on a 1280 px screen)."""
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.basis = demo_site
    yield page
    context.close()


@pytest.fixture
def pagina_zonder_js(chromium, demo_site):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.basis = demo_site
    yield page
    context.close()
