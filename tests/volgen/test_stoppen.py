"""Leaving is easy: one click in the mail program, or a button on the page; the address is gone."""

import pytest

from volgen.models import Volger

from .factories import VolgerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna(onderwerp):
    VolgerFactory(email="anna@voorbeeld.nl", volgt="cafe")
    return VolgerFactory(email="anna@voorbeeld.nl", volgt="onderwerp", onderwerp=onderwerp)


def test_one_click_post_wist_het_hele_adres(client, anna):
    andere = VolgerFactory(email="bob@voorbeeld.nl")
    antwoord = client.post(
        f"/volgen/stoppen/{anna.sleutel}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert antwoord.status_code == 200
    assert list(Volger.objects.all()) == [andere]


def test_one_click_werkt_ook_zonder_herkomst_en_voor_een_al_gewist_adres(client, anna):
    # A mail service posts from its own servers: no browser headers, or another site's.
    url = f"/volgen/stoppen/{anna.sleutel}/"
    data = {"List-Unsubscribe": "One-Click"}
    assert client.post(url, data, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 200
    assert not Volger.objects.filter(email="anna@voorbeeld.nl").exists()
    assert client.post(url, data).status_code == 200


def test_de_link_opent_een_pagina_en_wist_niets(client, anna):
    antwoord = client.get(f"/volgen/stoppen/{anna.sleutel}/")
    assert antwoord.status_code == 200
    tekst = antwoord.content.decode()
    assert "Stop met volgen: onderwerp 12: Bredere stoepen" in tekst
    assert "Stop met alles en wis mijn e-mailadres" in tekst
    assert Volger.objects.count() == 2


def test_de_knop_stopt_een_onderwerp(client, anna):
    antwoord = client.post(f"/volgen/stoppen/{anna.sleutel}/", {"wat": "dit"})
    assert antwoord.status_code == 200
    assert (
        "Je krijgt geen mail meer over: onderwerp 12: Bredere stoepen." in antwoord.content.decode()
    )
    assert list(Volger.objects.values_list("volgt", flat=True)) == ["cafe"]


def test_de_knop_voor_alles_wist_het_adres(client, anna):
    assert (
        "Stop met volgen:"
        not in client.get(f"/volgen/stoppen/{anna.sleutel}/?alles=1").content.decode()
    )
    antwoord = client.post(f"/volgen/stoppen/{anna.sleutel}/?alles=1", {"wat": "alles"})
    assert "Wij hebben je e-mailadres gewist." in antwoord.content.decode()
    assert Volger.objects.count() == 0


def test_de_knop_op_de_pagina_weigert_een_andere_site(client, anna):
    antwoord = client.post(
        f"/volgen/stoppen/{anna.sleutel}/",
        {"wat": "alles"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert antwoord.status_code == 403
    assert Volger.objects.count() == 2


def test_onbekende_sleutel(client, home):
    antwoord = client.get("/volgen/stoppen/bestaat-niet/")
    assert antwoord.status_code == 404
    assert "Dit e-mailadres staat niet (meer) bij ons." in antwoord.content.decode()
