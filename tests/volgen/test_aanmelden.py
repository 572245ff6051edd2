"""Signing up with double opt-in: one mail with a link, nothing more until the reader confirms."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from volgen.models import Onderwerp, Volger
from volgen.overzicht import verstuur_overzichten

from .conftest import publiceer_stap, vertaal
from .factories import VolgerFactory

pytestmark = pytest.mark.django_db


def _volg(client, **velden):
    data = {"volgt": "onderwerp", "email": "anna@voorbeeld.nl", **velden}
    return client.post("/volgen/", data)


def _bevestig_url(bericht):
    return re.search(r"http://testserver(/volgen/bevestigen/[^/\s]+/)", bericht.body).group(1)


def test_aanmelden_stuurt_alleen_een_mail_met_een_link(client, onderwerp, outbox):
    antwoord = _volg(client, onderwerp=onderwerp.pk, email="Anna@Voorbeeld.nl ")
    assert antwoord.status_code == 200
    assert "Kijk in je mail" in antwoord.content.decode()
    volger = Volger.objects.get()
    assert (volger.email, volger.volgt, volger.onderwerp_id) == (
        "anna@voorbeeld.nl",
        Onderwerp.ONDERWERP,
        onderwerp.pk,
    )
    assert volger.bevestigd_op is None and volger.taal == "nl"
    assert len(outbox) == 1
    bericht = outbox[0]
    assert bericht.to == ["anna@voorbeeld.nl"]
    assert "onderwerp 12: Bredere stoepen" in bericht.subject
    # Sender and reason at the top, a link to stop, and the headers of RFC 8058.
    assert bericht.body.startswith("Deze mail komt van ViP Almere")
    assert "Je krijgt deze mail omdat iemand dit e-mailadres invulde" in bericht.body
    assert bericht.extra_headers["List-Unsubscribe"] == (
        f"<http://testserver/volgen/stoppen/{volger.sleutel}/>"
    )
    assert bericht.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = bericht.alternatives[0].content
    assert '<html lang="nl" dir="ltr">' in html
    assert "Open de pagina om te bevestigen</a>" in html


def test_voor_bevestigen_wordt_niets_verstuurd(client, onderwerp, outbox):
    _volg(client, onderwerp=onderwerp.pk)
    outbox.clear()
    publiceer_stap(onderwerp)
    verstuur_overzichten(timezone.now() + timedelta(minutes=1))
    assert outbox == []


def test_de_link_opent_een_pagina_en_pas_de_knop_bevestigt(client, onderwerp, outbox):
    _volg(client, onderwerp=onderwerp.pk)
    url = _bevestig_url(outbox[0])
    pagina = client.get(url)
    assert pagina.status_code == 200
    assert "Ja, ik wil dit volgen" in pagina.content.decode()
    assert pagina["Cache-Control"].startswith("max-age=0")
    assert Volger.objects.get().bevestigd_op is None, "een GET (mailscanner) bevestigt niet"

    gelukt = client.post(url)
    assert gelukt.status_code == 200
    assert "Gelukt. Je volgt nu: onderwerp 12: Bredere stoepen." in gelukt.content.decode()
    assert Volger.objects.get().bevestigd_op is not None

    nog_eens = client.post(url)
    assert nog_eens.status_code == 200
    assert "Je volgt dit al" in nog_eens.content.decode()
    assert len(outbox) == 1, "bevestigen stuurt geen mail"


def test_een_verlopen_link_wordt_geweigerd_met_een_duidelijke_pagina(
    client, onderwerp, outbox, settings
):
    settings.VOLGEN_BEVESTIG_DAGEN = 7
    _volg(client, onderwerp=onderwerp.pk)
    url = _bevestig_url(outbox[0])
    Volger.objects.update(aangemaakt_op=timezone.now() - timedelta(days=8))
    for antwoord in (client.get(url), client.post(url)):
        assert antwoord.status_code == 410
        tekst = antwoord.content.decode()
        assert "Deze link is verlopen. Een link werkt 7 dagen." in tekst
        assert f'href="/volgen/?onderwerp={onderwerp.pk}"' in tekst
    assert Volger.objects.get().bevestigd_op is None


def test_een_onbekende_link_zegt_dat_hij_niet_werkt(client, home):
    antwoord = client.get("/volgen/bevestigen/bestaat-niet/")
    assert antwoord.status_code == 404
    assert "Wij kennen deze link niet." in antwoord.content.decode()


def test_dubbel_aanmelden_bewaart_een_rij_en_stuurt_een_mail(client, agenda, outbox):
    _volg(client, volgt="agenda")
    _volg(client, volgt="agenda")
    assert Volger.objects.count() == 1
    assert len(outbox) == 1


def test_opnieuw_aanmelden_na_tien_minuten_geeft_een_nieuwe_link(client, agenda, outbox):
    _volg(client, volgt="agenda")
    oude = _bevestig_url(outbox[0])
    Volger.objects.update(aangemaakt_op=timezone.now() - timedelta(minutes=11))
    _volg(client, volgt="agenda")
    assert len(outbox) == 2
    assert client.get(oude).status_code == 404, "de oude link werkt niet meer"
    assert client.get(_bevestig_url(outbox[1])).status_code == 200


def test_wie_al_volgt_krijgt_geen_nieuwe_mail(client, agenda, outbox):
    VolgerFactory(email="anna@voorbeeld.nl", volgt="agenda")
    antwoord = _volg(client, volgt="agenda")
    assert antwoord.status_code == 200
    assert outbox == []


@pytest.mark.parametrize(
    ("email", "fout"),
    [
        ("", "Vul je e-mailadres in."),
        ("anna-at-voorbeeld", "Dit is geen e-mailadres."),
        (
            "a" * 10_000 + "@voorbeeld.nl",
            "Dit e-mailadres is te lang. Gebruik hoogstens 254 tekens.",
        ),
    ],
)
def test_fout_adres_geeft_een_fout_bij_het_veld_en_bovenaan(client, agenda, outbox, email, fout):
    antwoord = _volg(client, volgt="agenda", email=email)
    assert antwoord.status_code == 400
    tekst = antwoord.content.decode()
    assert "Je volgt dit nog niet. Kijk naar de fout." in tekst
    assert tekst.count(fout) == 2, "bovenaan en bij het veld"
    assert '<a href="#volgen-email">' in tekst
    assert 'aria-invalid="true"' in tekst
    assert Volger.objects.count() == 0 and outbox == []


def test_onbekend_onderwerp_wordt_geweigerd(client, agenda, outbox):
    antwoord = _volg(client, onderwerp=999_999)
    assert antwoord.status_code == 400
    assert "Wij weten niet wat je wilt volgen." in antwoord.content.decode()
    assert Volger.objects.count() == 0


def test_honingpot_bewaart_niets(client, agenda, outbox):
    antwoord = _volg(client, volgt="agenda", website="http://spam.example")
    assert antwoord.status_code == 400
    assert Volger.objects.count() == 0 and outbox == []


def test_post_van_een_andere_site_wordt_geweigerd(client, agenda, outbox):
    antwoord = client.post(
        "/volgen/",
        {"volgt": "agenda", "email": "anna@voorbeeld.nl"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert antwoord.status_code == 403
    assert Volger.objects.count() == 0 and outbox == []


def test_te_veel_aanmeldingen_per_minuut(client, agenda, outbox, settings):
    settings.VOLGEN_MAX_PER_MINUUT = 2
    for nummer in range(2):
        assert _volg(client, volgt="agenda", email=f"p{nummer}@voorbeeld.nl").status_code == 200
    antwoord = _volg(client, volgt="agenda", email="p3@voorbeeld.nl")
    assert antwoord.status_code == 429
    assert "Wacht een minuut" in antwoord.content.decode()
    assert Volger.objects.count() == 2


def test_mailserver_weigert_dan_is_er_niets_bewaard(client, agenda, outbox, monkeypatch):
    def weiger(self, berichten):
        raise OSError("mailserver onbereikbaar")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", weiger)
    antwoord = _volg(client, volgt="agenda")
    assert antwoord.status_code == 503
    assert "Er is niets bewaard." in antwoord.content.decode()
    assert Volger.objects.count() == 0


def test_aanmelden_vanaf_een_engelse_pagina_volgt_het_nederlandse_onderwerp(
    client, onderwerp, locale_en, outbox
):
    engels = vertaal(onderwerp, locale_en, title="Wider pavements")
    antwoord = client.post(
        "/en/volgen/", {"volgt": "onderwerp", "onderwerp": engels.pk, "email": "sam@example.org"}
    )
    assert antwoord.status_code == 200
    volger = Volger.objects.get()
    assert volger.onderwerp_id == onderwerp.pk and volger.taal == "en"
    assert "Wider pavements" in outbox[0].subject
    assert "/en/volgen/bevestigen/" in outbox[0].body


def test_aanmeldpagina_met_get_toont_het_formulier(client, agenda):
    antwoord = client.get("/volgen/?volgt=agenda")
    assert antwoord.status_code == 200
    tekst = antwoord.content.decode()
    assert "<h1>Volg de hele agenda</h1>" in tekst
    assert 'name="volgt" value="agenda"' in tekst
    assert client.get("/volgen/?volgt=iets").status_code == 404
