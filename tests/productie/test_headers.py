"""Security headers on public pages and in the admin."""

import pytest


def _richtlijnen(header: str) -> dict[str, str]:
    delen = (d.strip() for d in header.split(";") if d.strip())
    return {d.split(" ", 1)[0]: d.split(" ", 1)[1] if " " in d else "" for d in delen}


@pytest.mark.django_db
def test_publieke_pagina_heeft_strikte_csp_en_andere_headers(client, home):
    response = client.get("/")
    assert response.status_code == 200
    csp = _richtlijnen(response["Content-Security-Policy"])
    assert csp["script-src"] == "'self'"
    assert "unsafe" not in csp["script-src"]
    assert "unsafe" not in csp["style-src"]
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_html_van_de_site_heeft_geen_inline_scripts(client, home):
    """The strict policy would block them, so the shell must not have any."""
    html = client.get("/").content.decode()
    assert "<script>" not in html
    assert " onclick=" not in html


@pytest.mark.django_db
def test_beheer_krijgt_eigen_ruimere_csp(client, home):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = _richtlijnen(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == "'self'"


@pytest.mark.django_db
def test_hsts_en_veilige_cookies_over_https(client, home, settings, redacteur):
    # The values production.py sets (tests/productie/test_instellingen.py proves that).
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.CSRF_COOKIE_HTTPONLY = True
    response = client.get("/admin/login/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
    response = client.post(
        "/admin/login/",
        {"username": "redacteur", "password": "geheim-wachtwoord-123"},
        secure=True,
    )
    assert response.status_code == 302
    sessie = response.cookies["sessionid"]
    assert sessie["secure"] and sessie["httponly"]
