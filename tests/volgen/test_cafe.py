"""Café followers hear at once when a café is new, moved or cancelled; once per change."""

from datetime import timedelta

import pytest
from django.utils import timezone

from campagnes.models import BijeenkomstPage
from campagnes.signalen import AFGELAST, NIEUW, VERPLAATST, cafe_veranderd
from volgen.cafe import verstuur_cafeberichten
from volgen.models import CafeVerzonden

from .conftest import vertaal
from .factories import VolgerFactory

pytestmark = pytest.mark.django_db


def _meld(cafe, soort):
    cafe_veranderd.send(sender=BijeenkomstPage, pagina=cafe, soort=soort)


def test_een_nieuw_cafe_gaat_meteen_naar_de_cafevolgers(cafe, outbox):
    volger = VolgerFactory(email="anna@voorbeeld.nl", volgt="cafe")
    VolgerFactory(volgt="cafe", onbevestigd=True)
    VolgerFactory(volgt="agenda")
    _meld(cafe, NIEUW)
    assert len(outbox) == 1
    bericht = outbox[0]
    assert bericht.to == ["anna@voorbeeld.nl"]
    assert bericht.subject == "Nieuw inclusiecafé: Café over zorg"
    assert bericht.body.startswith("Deze mail komt van ViP Almere")
    assert "Je krijgt deze mail omdat je het inclusiecafé volgt." in bericht.body
    assert "woensdag 13 maart 2030, 19:30 tot 21:30 uur" in bericht.body
    assert "http://testserver/inclusiecafe/cafe-zorg/" in bericht.body
    assert bericht.extra_headers["List-Unsubscribe"] == (
        f"<http://testserver/volgen/stoppen/{volger.sleutel}/>"
    )
    html = bericht.alternatives[0].content
    assert "<h2" in html and "Lees alles over dit café op de website</a>" in html


def test_afgelast_en_verplaatst_met_de_reden(cafe, outbox):
    VolgerFactory(volgt="cafe")
    cafe.status = "afgelast"
    cafe.status_reden = "De zaal is dicht."
    cafe.save_revision().publish()
    cafe.refresh_from_db()
    _meld(cafe, AFGELAST)
    assert outbox[-1].subject == "Afgelast: Café over zorg"
    assert "Dit café gaat niet door." in outbox[-1].body
    assert "De zaal is dicht." in outbox[-1].body

    cafe.status = "verplaatst"
    cafe.status_reden = "Het is nu in de bibliotheek."
    cafe.start = cafe.start + timedelta(days=7)
    cafe.eind = cafe.eind + timedelta(days=7)
    cafe.save_revision().publish()
    cafe.refresh_from_db()
    _meld(cafe, VERPLAATST)
    assert outbox[-1].subject == "Verplaatst: Café over zorg"
    assert "woensdag 20 maart 2030" in outbox[-1].body
    assert len(outbox) == 2


def test_dezelfde_wijziging_twee_keer_gemeld_is_een_mail(cafe, outbox):
    VolgerFactory(volgt="cafe")
    _meld(cafe, NIEUW)
    _meld(cafe, NIEUW)
    verstuur_cafeberichten(timezone.now())
    assert len(outbox) == 1


def test_wie_na_de_wijziging_bevestigt_krijgt_hem_niet(cafe, outbox):
    _meld(cafe, NIEUW)
    VolgerFactory(volgt="cafe", bevestigd_op=timezone.now() + timedelta(seconds=1))
    verstuur_cafeberichten(timezone.now() + timedelta(minutes=1))
    assert outbox == []


def test_een_mislukte_mail_gaat_met_de_dagelijkse_taak_alsnog(cafe, outbox, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    VolgerFactory(volgt="cafe")
    echt_versturen = EmailBackend.send_messages

    def weiger(self, berichten):
        raise ConnectionRefusedError("mailserver weg")

    monkeypatch.setattr(EmailBackend, "send_messages", weiger)
    _meld(cafe, NIEUW)  # the publish itself does not fail
    assert outbox == [] and not CafeVerzonden.objects.exists()
    monkeypatch.setattr(EmailBackend, "send_messages", echt_versturen)
    assert verstuur_cafeberichten(timezone.now()) == "1 caféberichten verstuurd, 0 mislukt"
    verstuur_cafeberichten(timezone.now())
    assert len(outbox) == 1


def test_een_voorbij_cafe_gaat_niet_meer_rond(cafe, outbox):
    VolgerFactory(volgt="cafe")
    cafe.start = timezone.now() - timedelta(days=2)
    cafe.eind = cafe.start + timedelta(hours=2)
    cafe.save_revision().publish()
    cafe.refresh_from_db()
    _meld(cafe, AFGELAST)
    assert outbox == []


def test_de_mail_in_de_taal_van_de_volger(cafe, outbox, locale_en):
    vertaal(cafe, locale_en, title="Café about care")
    VolgerFactory(volgt="cafe", taal="en", email="sam@example.org")
    VolgerFactory(volgt="cafe", taal="ar", email="amal@example.org")
    _meld(cafe, NIEUW)
    per_adres = {b.to[0]: b for b in outbox}
    en = per_adres["sam@example.org"]
    assert "Café about care" in en.subject
    assert "http://testserver/en/" in en.body
    assert '<html lang="en" dir="ltr">' in en.alternatives[0].content
    ar = per_adres["amal@example.org"]
    assert '<html lang="ar" dir="rtl">' in ar.alternatives[0].content
    assert "Café over zorg" in ar.subject
