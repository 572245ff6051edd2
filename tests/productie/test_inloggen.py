"""Login throttling for the admin (django-axes), with a Dutch message."""

import pytest


@pytest.fixture
def axes_aan(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def _login(client, wachtwoord):
    return client.post("/admin/login/", {"username": "redacteur", "password": wachtwoord})


@pytest.mark.django_db
def test_na_te_veel_fouten_is_inloggen_geblokkeerd(client, home, redacteur, axes_aan):
    for _ in range(2):
        response = _login(client, "fout")
        assert response.status_code == 200  # the form again, with its own error
    response = _login(client, "fout")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Inloggen is even geblokkeerd" in html
    assert "3 keer een verkeerd wachtwoord" in html
    assert 'href="/"' in html
    # Even the right password does not help now.
    response = _login(client, "geheim-wachtwoord-123")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_goed_wachtwoord_na_een_fout_werkt(client, home, redacteur, axes_aan):
    assert _login(client, "fout").status_code == 200
    response = _login(client, "geheim-wachtwoord-123")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(redacteur.pk)
