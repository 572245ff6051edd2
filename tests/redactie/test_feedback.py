"""Reader feedback: the form on every page, the spam and rate limits, and the inbox."""

import threading
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import DatabaseError, connection

from inclusie import rollen
from inclusie.feedback.models import Reactie
from inclusie.feedback.views import MAX_PER_MINUUT
from tests.factories import ContentPageFactory


@pytest.fixture
def pagina(home):
    return ContentPageFactory(parent=home, title="Over ons", slug="over-ons")


def stuur(client, pagina, adres="10.0.0.1", **velden):
    data = {"pagina": pagina.pk, "duidelijk": "nee", "tekst": "De tweede zin is lang."}
    data.update(velden)
    return client.post("/reactie/", data, REMOTE_ADDR=adres)


def test_formulier_staat_op_elke_pagina_zonder_csrf_token(client, pagina):
    html = client.get("/over-ons/").content.decode()
    assert "Is deze pagina duidelijk?" in html
    assert 'action="/reactie/"' in html
    assert f'name="pagina" value="{pagina.pk}"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "Wat kan beter?" in html
    assert "Wij gebruiken je e-mail alleen om je te antwoorden." in html
    assert html.index("Is deze pagina duidelijk?") < html.index('<footer class="voet"')
    assert '<script src="/static/js/feedback.js" defer></script>' in html
    assert "<script>" not in html  # no inline script: the site gets a strict CSP


def test_ja_zonder_tekst_wordt_opgeslagen_met_bedankje(client, pagina):
    antwoord = stuur(client, pagina, duidelijk="ja", tekst="")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Dank je wel" in html
    assert 'href="/over-ons/"' in html
    reactie = Reactie.objects.get()
    assert reactie.duidelijk is True
    assert reactie.page_id == pagina.pk
    assert reactie.pagina_titel == "Over ons"
    assert reactie.taal == "nl"
    assert reactie.email == ""
    assert not reactie.afgehandeld


def test_nee_met_tekst_en_email(client, pagina):
    antwoord = stuur(client, pagina, email="lezer@example.org")
    assert antwoord.status_code == 200
    reactie = Reactie.objects.get()
    assert reactie.duidelijk is False
    assert reactie.tekst == "De tweede zin is lang."
    assert reactie.email == "lezer@example.org"


def test_engelse_pagina_bewaart_de_taal(client, pagina, locale_en):
    vertaling = pagina.copy_for_translation(locale_en, copy_parents=True)
    vertaling.save_revision().publish()
    assert stuur(client, vertaling, duidelijk="ja", tekst="").status_code == 200
    assert Reactie.objects.get().taal == "en"


def test_werkt_met_javascript_als_json(client, pagina):
    antwoord = client.post(
        "/reactie/",
        {"pagina": pagina.pk, "duidelijk": "ja"},
        HTTP_ACCEPT="application/json",
        REMOTE_ADDR="10.0.0.9",
    )
    assert antwoord.status_code == 200
    assert antwoord.json()["ok"] is True
    assert Reactie.objects.count() == 1


@pytest.mark.parametrize(
    "velden, fout",
    [
        ({"tekst": ""}, "Schrijf kort wat beter kan."),
        ({"tekst": "x" * 1001}, "Je tekst is te lang. Gebruik hoogstens 1000 tekens."),
        ({"duidelijk": ""}, "Kies Ja of Nee."),
        ({"email": "geen-adres"}, "Dit is geen e-mailadres."),
    ],
)
def test_slechte_invoer_wordt_netjes_geweigerd_en_tekst_blijft_staan(client, pagina, velden, fout):
    antwoord = stuur(client, pagina, **velden)
    assert antwoord.status_code == 400
    html = antwoord.content.decode()
    assert "Je reactie is nog niet verstuurd" in html
    assert fout in html
    assert html.count(fout) >= 2  # at the top and at the field
    assert not Reactie.objects.exists()
    if velden.get("email"):
        assert 'value="geen-adres"' in html
        assert "De tweede zin is lang." in html


def test_honingpot_gevuld_wordt_geweigerd(client, pagina):
    antwoord = stuur(client, pagina, website="http://spam.example")
    assert antwoord.status_code == 400
    assert "Je reactie is niet verstuurd." in antwoord.content.decode()
    assert not Reactie.objects.exists()


def test_onbekende_pagina_wordt_geweigerd(client, pagina):
    antwoord = client.post("/reactie/", {"pagina": 999999, "duidelijk": "ja"})
    assert antwoord.status_code == 400
    assert not Reactie.objects.exists()


def test_get_mag_niet(client, pagina):
    assert client.get("/reactie/").status_code == 405


def test_te_veel_per_minuut_van_een_adres(client, pagina):
    for _ in range(MAX_PER_MINUUT):
        assert stuur(client, pagina, adres="10.1.1.1").status_code == 200
    antwoord = stuur(client, pagina, adres="10.1.1.1", tekst="Mijn zesde opmerking.")
    assert antwoord.status_code == 429
    html = antwoord.content.decode()
    assert "Wacht een minuut" in html
    assert "Mijn zesde opmerking." in html  # the text is kept in the form
    assert Reactie.objects.count() == MAX_PER_MINUUT
    # Another address is not affected.
    assert stuur(client, pagina, adres="10.1.1.2").status_code == 200


def test_databasefout_geeft_foutpagina_geen_vals_bedankje(client, pagina):
    with mock.patch.object(Reactie.objects, "create", side_effect=DatabaseError("vol")):
        antwoord = stuur(client, pagina, tekst="Dit mag niet verloren gaan.")
    assert antwoord.status_code == 503
    html = antwoord.content.decode()
    assert "Dank je wel" not in html
    assert "Het opslaan lukte niet." in html
    assert "Dit mag niet verloren gaan." in html
    assert not Reactie.objects.exists()


def test_veel_reacties_achter_elkaar_gaan_niet_verloren(client, pagina):
    for i in range(30):
        assert stuur(client, pagina, adres=f"10.2.0.{i}", tekst=f"Reactie {i}").status_code == 200
    assert sorted(Reactie.objects.values_list("tekst", flat=True)) == sorted(
        f"Reactie {i}" for i in range(30)
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_gelijktijdige_reacties_gaan_niet_verloren(home):
    from django.test import Client

    pagina = ContentPageFactory(parent=home, slug="gelijk")
    aantal = 8
    fouten = []
    if connection.vendor == "sqlite":
        aantal = 4  # SQLite serialises writers; still proves nothing is dropped

    def post(i):
        try:
            antwoord = Client().post(
                "/reactie/",
                {"pagina": pagina.pk, "duidelijk": "nee", "tekst": f"Tegelijk {i}"},
                REMOTE_ADDR=f"10.3.0.{i}",
            )
            if antwoord.status_code != 200:
                fouten.append((i, antwoord.status_code))
        finally:
            connection.close()

    draden = [threading.Thread(target=post, args=(i,)) for i in range(aantal)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    opgeslagen = set(Reactie.objects.values_list("tekst", flat=True))
    # Every post either stored its remark or told the reader it was not stored.
    for i in range(aantal):
        bewaard = f"Tegelijk {i}" in opgeslagen
        geweigerd = any(nr == i for nr, _ in fouten)
        assert bewaard != geweigerd, (i, fouten)
    assert not fouten or connection.vendor == "sqlite"


# --- the inbox -------------------------------------------------------------


def gebruiker(rol):
    user = get_user_model().objects.create_user(rol.replace(" ", "_"), password="x")
    user.groups.add(Group.objects.get(name=rol))
    return user


@pytest.mark.parametrize(
    "rol, mag",
    [
        (rollen.REDACTIE, True),
        (rollen.LID, False),
        (rollen.GEMEENTE, False),
        (rollen.MEELEZER, False),
    ],
)
def test_alleen_de_redactie_leest_reacties(client, pagina, rol, mag):
    user = gebruiker(rol)
    assert user.has_perm("inclusie.view_reactie") is mag
    client.force_login(user)
    for url in ["/admin/reacties/", "/admin/rapporten/reacties/"]:
        status = client.get(url).status_code
        assert (status == 200) is mag, (url, status)


def test_inbox_toont_reacties_en_filtert_per_pagina(client, pagina, home):
    andere = ContentPageFactory(parent=home, title="Contact", slug="contact")
    stuur(client, pagina, tekst="Over ons is te lang.")
    stuur(client, andere, tekst="Contact mist een telefoonnummer.")
    client.force_login(gebruiker(rollen.REDACTIE))
    html = client.get("/admin/reacties/").content.decode()
    assert "Over ons is te lang." in html and "Contact mist een telefoonnummer." in html
    for reactie in Reactie.objects.all():
        assert f'href="/admin/reacties/edit/{reactie.pk}/"' in html
    html = client.get(f"/admin/reacties/?page={pagina.pk}").content.decode()
    assert "Over ons is te lang." in html
    assert "Contact mist een telefoonnummer." not in html


def test_redactie_handelt_af_met_notitie(client, pagina):
    stuur(client, pagina)
    reactie = Reactie.objects.get()
    redactie = gebruiker(rollen.REDACTIE)
    client.force_login(redactie)
    antwoord = client.post(
        f"/admin/reacties/edit/{reactie.pk}/",
        {"afgehandeld": "on", "notitie": "Zin korter gemaakt.", "tekst": "poging tot wijzigen"},
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:3000]
    reactie.refresh_from_db()
    assert reactie.afgehandeld
    assert reactie.notitie == "Zin korter gemaakt."
    assert reactie.afgehandeld_door == redactie
    assert reactie.afgehandeld_op is not None
    assert reactie.tekst == "De tweede zin is lang."  # the reader's words are read-only


def test_redactie_kan_geen_reactie_verzinnen(client, pagina):
    client.force_login(gebruiker(rollen.REDACTIE))
    assert client.get("/admin/reacties/new/").status_code in (302, 403)


def test_aandeel_ja_per_pagina(client, pagina, home):
    andere = ContentPageFactory(parent=home, title="Contact", slug="contact")
    for i, keuze in enumerate(["ja", "ja", "ja", "nee"]):
        stuur(client, pagina, adres=f"10.4.0.{i}", duidelijk=keuze)
    stuur(client, andere, adres="10.4.1.1", duidelijk="nee")
    client.force_login(gebruiker(rollen.REDACTIE))
    html = client.get("/admin/rapporten/reacties/").content.decode()
    assert "75% (3 van 4)" in html
    assert "0% (0 van 1)" in html
    assert html.index("Reacties op Contact") < html.index("Reacties op Over ons")
