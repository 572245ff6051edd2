"""Error pages: clear Dutch, one h1, a way back, and no database needed for 500."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client, RequestFactory
from django.views import defaults


def _controleer(html: str):
    assert html.count("<h1") == 1
    assert 'lang="nl"' in html
    assert 'href="/"' in html  # the way back
    assert 'id="inhoud"' in html and 'class="skiplink"' in html


@pytest.mark.django_db
def test_404_is_nederlands_met_weg_terug(client, home):
    response = client.get("/bestaat-echt-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    _controleer(html)


@pytest.mark.django_db
def test_403_is_nederlands(home):
    request = RequestFactory().get("/geheim/")
    response = defaults.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    html = response.content.decode()
    assert "Je mag deze pagina niet zien" in html
    _controleer(html)


@pytest.mark.django_db
def test_csrf_fout_is_nederlands(home):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Het formulier is verlopen" in html
    _controleer(html)


def test_500_rendert_zonder_database():
    def weiger(*args, **kwargs):
        raise AssertionError("De 500-pagina mag de database niet gebruiken.")

    with connection.execute_wrapper(weiger):
        response = defaults.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert "Dat ligt niet aan jou" in html
    _controleer(html)
