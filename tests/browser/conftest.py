"""A real demo site in a real Chromium, shared by all browser tests.

The site runs as a separate process on its own SQLite file with the demo
content loaded once per session: that is what a visitor sees, and it keeps the
browser suite fast. On a developer machine without Chromium the tests skip
with a message; in CI (CI=true or BROWSER_TESTS_REQUIRED=1) they fail instead.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser_verplicht() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or bool(
        os.environ.get("BROWSER_TESTS_REQUIRED")
    )


def chromium_pad() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    """Base URL of a server with the demo content, on 127.0.0.1 only."""
    map_ = Path(tempfile.mkdtemp(prefix="inclusie-browser-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{map_ / 'demo.sqlite3'}",
        "TEST_MEDIA_ROOT": str(map_ / "media"),
        "FEEDBACK_MAX_PER_MINUUT": "1000",
    }
    manage = [sys.executable, str(PROJECT / "manage.py")]
    # The demo admin account lets tests/browser/test_redactie.py check the admin.
    for stap in (["migrate", "--noinput", "-v0"], ["load_demo_content"], ["maak_demo_beheerder"]):
        subprocess.run(manage + stap, env=env, check=True, cwd=PROJECT, capture_output=True)
    poort = _vrije_poort()
    log = open(map_ / "server.log", "w")
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{poort}", "--noreload"],
        env=env,
        cwd=PROJECT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(basis + "/", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError((map_ / "server.log").read_text()) from None
                time.sleep(0.2)
        yield basis
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        shutil.rmtree(map_, ignore_errors=True)


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
