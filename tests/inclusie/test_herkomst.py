"""Public forms refuse posts that a browser marks as made on another site."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from inclusie.herkomst import alleen_eigen_site, van_andere_site


def _post(**headers):
    return RequestFactory().post("/reactie/", {"x": "1"}, headers=headers)


@pytest.mark.parametrize(
    ("headers", "andere_site"),
    [
        ({}, False),
        ({"Sec-Fetch-Site": "same-origin"}, False),
        ({"Sec-Fetch-Site": "same-site"}, False),
        ({"Sec-Fetch-Site": "none"}, False),
        ({"Sec-Fetch-Site": "cross-site"}, True),
        ({"Origin": "http://testserver"}, False),
        ({"Origin": "https://kwaad.example"}, True),
        ({"Origin": "null"}, True),
        # Sec-Fetch-Site is the stronger signal when both are there.
        ({"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"}, True),
    ],
)
def test_herkomst_wordt_herkend(headers, andere_site):
    assert van_andere_site(_post(**headers)) is andere_site


def test_vertrouwde_herkomst_uit_de_instellingen(settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://vip-almere.nl"]
    assert not van_andere_site(_post(Origin="https://vip-almere.nl"))


def test_decorator_weigert_met_nederlandse_uitleg():
    view = alleen_eigen_site(lambda request: HttpResponse("ok"))
    geweigerd = view(_post(**{"Sec-Fetch-Site": "cross-site"}))
    assert geweigerd.status_code == 403
    assert "alleen vanaf deze website" in geweigerd.content.decode()
    assert view(_post(**{"Sec-Fetch-Site": "same-origin"})).status_code == 200


@pytest.mark.django_db
def test_reactie_van_andere_site_wordt_niet_bewaard(client, home):
    from inclusie.feedback.models import Reactie

    antwoord = client.post(
        "/reactie/",
        {"pagina": home.pk, "duidelijk": "ja", "tekst": "Hallo"},
        headers={"Origin": "https://kwaad.example"},
    )
    assert antwoord.status_code == 403
    assert not Reactie.objects.exists()
    antwoord = client.post(
        "/reactie/",
        {"pagina": home.pk, "duidelijk": "ja", "tekst": "Hallo"},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert antwoord.status_code == 200
    assert Reactie.objects.count() == 1
