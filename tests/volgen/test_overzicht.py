"""The daily digest: grouped per topic, only published steps, never twice, at most once a day."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.agenda.factories import OnderwerpPageFactory
from volgen.models import Verzonden
from volgen.overzicht import eerste_zin, verstuur_overzichten

from .conftest import publiceer_stap, vertaal
from .factories import VolgerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def morgen():
    """Tomorrow at noon in Almere: after every publish in the test, far from midnight."""
    return timezone.make_aware(datetime.combine(timezone.localdate() + timedelta(days=1), time(12)))


@pytest.fixture
def twee_onderwerpen(agenda, onderwerp):
    ander = OnderwerpPageFactory(parent=agenda, nummer=3, title="Toegankelijke bus", slug="bus")
    return onderwerp, ander


def _html(bericht):
    return bericht.alternatives[0].content


def test_een_mail_met_de_stappen_per_onderwerp(twee_onderwerpen, outbox, morgen):
    stoepen, bus = twee_onderwerpen
    volger = VolgerFactory(email="anna@voorbeeld.nl", volgt="agenda")
    publiceer_stap(stoepen, "Er is een plan voor de stoep. Het kost veel geld.")
    publiceer_stap(bus, "De bus heeft nu een oprijplaat.", status="afgerond", percentage=100)
    publiceer_stap(stoepen, "De wethouder zegt ja.", percentage=60)

    assert verstuur_overzichten(morgen) == "1 overzichten verstuurd, 0 mislukt"
    assert len(outbox) == 1
    bericht = outbox[0]
    assert bericht.to == ["anna@voorbeeld.nl"]
    assert bericht.subject == "Nieuw bij de Inclusie Agenda: 3 stappen"
    html = _html(bericht)
    # Grouped per topic, in the order of the agenda's numbers; one short sentence per step.
    assert (
        html.index("<h2") < html.index("3. Toegankelijke bus") < html.index("12. Bredere stoepen")
    )
    assert (
        "1 maart 2024: Afgerond, 100 procent. <span>De bus heeft nu een oprijplaat.</span>" in html
    )
    assert "Er is een plan voor de stoep.</span>" in html and "Het kost veel geld" not in html
    assert (
        '<a href="http://testserver/agenda/stoepen/#voortgang" style="color: #0b4f8a;">'
        "Lees meer over onderwerp 12 op de website</a>"
    ) in html
    # Who sends it and why, at the top; leaving at the bottom and in the headers.
    assert bericht.body.startswith("Deze mail komt van ViP Almere")
    assert (
        "Je krijgt deze mail omdat je dit volgt op onze website:\n- de hele agenda" in bericht.body
    )
    stop = f"http://testserver/volgen/stoppen/{volger.sleutel}/"
    assert bericht.extra_headers["List-Unsubscribe"] == f"<{stop}>"
    assert bericht.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f'href="{stop}?alles=1"' in html
    assert "1 maart 2024: Afgerond, 100 procent. De bus heeft nu een oprijplaat." in bericht.body


def test_wie_een_onderwerp_volgt_krijgt_alleen_dat_onderwerp(twee_onderwerpen, outbox, morgen):
    stoepen, bus = twee_onderwerpen
    VolgerFactory(volgt="onderwerp", onderwerp=stoepen)
    publiceer_stap(stoepen)
    publiceer_stap(bus)
    verstuur_overzichten(morgen)
    assert len(outbox) == 1
    assert "Bredere stoepen" in _html(outbox[0]) and "Toegankelijke bus" not in _html(outbox[0])


def test_onderwerp_en_hele_agenda_samen_een_mail_en_elke_stap_een_keer(onderwerp, outbox, morgen):
    VolgerFactory(email="anna@voorbeeld.nl", volgt="agenda")
    VolgerFactory(email="anna@voorbeeld.nl", volgt="onderwerp", onderwerp=onderwerp)
    publiceer_stap(onderwerp, "Er is een plan.")
    verstuur_overzichten(morgen)
    assert len(outbox) == 1
    assert _html(outbox[0]).count("Er is een plan.") == 1
    assert Verzonden.objects.count() == 2, "beide rijen weten dat de stap verstuurd is"


def test_een_concept_stap_gaat_niet_mee(onderwerp, outbox, morgen):
    VolgerFactory()
    publiceer_stap(onderwerp, "Dit is nog een concept.", publiceren=False)
    verstuur_overzichten(morgen)
    assert outbox == []
    # Once the editor publishes, it goes in the next digest.
    onderwerp.refresh_from_db()
    onderwerp.get_latest_revision().publish()
    verstuur_overzichten(morgen)
    assert len(outbox) == 1 and "Dit is nog een concept." in outbox[0].body


def test_een_onderwerp_dat_niet_live_is_telt_niet(onderwerp, outbox, morgen):
    VolgerFactory()
    publiceer_stap(onderwerp)
    onderwerp.unpublish()
    verstuur_overzichten(morgen)
    assert outbox == []


def test_stappen_van_voor_de_bevestiging_gaan_niet_mee(onderwerp, outbox, morgen):
    publiceer_stap(onderwerp, "Oud nieuws.")
    VolgerFactory(bevestigd_op=timezone.now() + timedelta(seconds=1))
    verstuur_overzichten(morgen)
    assert outbox == []


def test_onbevestigd_krijgt_niets(onderwerp, outbox, morgen):
    VolgerFactory(onbevestigd=True)
    publiceer_stap(onderwerp)
    verstuur_overzichten(morgen)
    assert outbox == []


def test_een_tweede_run_stuurt_niets_opnieuw(onderwerp, outbox, morgen):
    VolgerFactory()
    publiceer_stap(onderwerp)
    verstuur_overzichten(morgen)
    verstuur_overzichten(morgen)
    verstuur_overzichten(morgen + timedelta(days=1))
    assert len(outbox) == 1


def test_hoogstens_een_overzicht_per_dag(onderwerp, outbox, morgen):
    VolgerFactory()
    publiceer_stap(onderwerp, "De eerste stap.")
    verstuur_overzichten(morgen)
    publiceer_stap(onderwerp, "De tweede stap.")
    verstuur_overzichten(morgen + timedelta(hours=6))
    assert len(outbox) == 1, "dezelfde dag: geen tweede mail"
    verstuur_overzichten(morgen + timedelta(days=1))
    assert len(outbox) == 2
    assert "De tweede stap." in outbox[1].body and "De eerste stap." not in outbox[1].body


def test_een_crash_halverwege_verliest_niets_en_verdubbelt_niets(
    onderwerp, outbox, morgen, monkeypatch
):
    from django.core.mail.backends.locmem import EmailBackend

    volgers = [VolgerFactory(email=f"p{n}@voorbeeld.nl") for n in range(3)]
    publiceer_stap(onderwerp, "De eerste stap.")
    publiceer_stap(onderwerp, "De tweede stap.")

    echt_versturen = EmailBackend.send_messages
    pogingen = []

    def tweede_faalt(self, berichten):
        pogingen.append(berichten[0].to)
        if len(pogingen) == 2:
            raise ConnectionResetError("de mailserver viel weg")
        return echt_versturen(self, berichten)

    monkeypatch.setattr(EmailBackend, "send_messages", tweede_faalt)
    with pytest.raises(RuntimeError, match="2 overzichten verstuurd, 1 mislukt"):
        verstuur_overzichten(morgen)
    assert len(outbox) == 2
    mislukt = pogingen[1][0]
    assert not Verzonden.objects.filter(volger__email=mislukt).exists()

    # The next run (the same day: the failed address got nothing today) sends only what is missing.
    assert verstuur_overzichten(morgen + timedelta(hours=1)) == "1 overzichten verstuurd, 0 mislukt"
    verstuur_overzichten(morgen + timedelta(days=1))
    ontvangers = sorted(b.to[0] for b in outbox)
    assert ontvangers == sorted(v.email for v in volgers), "ieder precies een mail"
    for bericht in outbox:
        assert "De eerste stap." in bericht.body and "De tweede stap." in bericht.body


def test_dezelfde_mail_krijgt_dezelfde_message_id(onderwerp, outbox, morgen, monkeypatch):
    """After a crash between sending and saving, the copy can be recognised."""
    from django.core.mail.backends.locmem import EmailBackend

    VolgerFactory()
    publiceer_stap(onderwerp)
    echt_versturen = EmailBackend.send_messages

    def verstuur_en_crash(self, berichten):
        echt_versturen(self, berichten)
        raise ConnectionResetError("weg na het versturen")

    monkeypatch.setattr(EmailBackend, "send_messages", verstuur_en_crash)
    with pytest.raises(RuntimeError):
        verstuur_overzichten(morgen)
    monkeypatch.setattr(EmailBackend, "send_messages", echt_versturen)
    verstuur_overzichten(morgen)
    assert len(outbox) == 2
    assert outbox[0].extra_headers["Message-ID"] == outbox[1].extra_headers["Message-ID"]


def test_engels_met_vertaling_en_arabisch_van_rechts_naar_links(
    onderwerp, outbox, morgen, locale_en
):
    VolgerFactory(email="sam@example.org", taal="en")
    VolgerFactory(email="amal@example.org", taal="ar")
    publiceer_stap(onderwerp, "Er is een plan.")
    engels = vertaal(onderwerp, locale_en, title="Wider pavements")
    # The translator writes the English step; it is matched by date and place.
    engelse_stap = engels.voortgang.get()
    engelse_stap.wat_gebeurd = "There is a plan."
    engelse_stap.save()

    verstuur_overzichten(morgen)
    per_adres = {b.to[0]: b for b in outbox}
    en = per_adres["sam@example.org"]
    assert en.extra_headers["Content-Language"] == "en"
    html_en = _html(en)
    assert '<html lang="en" dir="ltr">' in html_en
    assert "12. Wider pavements" in html_en and "There is a plan." in html_en
    assert "http://testserver/en/" in html_en

    ar = per_adres["amal@example.org"]
    html_ar = _html(ar)
    assert '<html lang="ar" dir="rtl">' in html_ar
    # No Arabic topic: the Dutch one, marked as Dutch for screen readers.
    assert '<h2 style="font-size: 20px;" lang="nl">12. Bredere stoepen</h2>' in html_ar
    assert '<span lang="nl">Er is een plan.</span>' in html_ar


def test_het_dagelijkse_commando_verstuurt_het_overzicht(onderwerp, outbox):
    VolgerFactory()
    publiceer_stap(onderwerp)
    VolgerFactory.reset_sequence()
    # The command runs "now": move the publish a moment back so it counts.
    from volgen.models import GepubliceerdeStap

    GepubliceerdeStap.objects.update(gepubliceerd_op=timezone.now() - timedelta(minutes=1))
    call_command("dagelijkse_taken")
    assert len(outbox) == 1


def test_stappen_zonder_publicatie_worden_de_volgende_dag_gezien(onderwerp, outbox, morgen):
    """An import saves steps without a publish: the daily task notices them itself."""
    from tests.agenda.factories import VoortgangFactory

    VolgerFactory()
    onderwerp.save_revision().publish()
    VoortgangFactory(onderwerp=onderwerp, wat_gebeurd="Uit de import.")
    verstuur_overzichten(morgen)
    assert len(outbox) == 1 and "Uit de import." in outbox[0].body


def test_eerste_zin():
    assert eerste_zin("Er is een plan. Het kost geld.") == "Er is een plan."
    assert eerste_zin("  Kort  ") == "Kort"
    lang = "woord " * 60
    assert len(eerste_zin(lang)) <= 162 and eerste_zin(lang).endswith("…")


def _bouw(agenda, aantal_onderwerpen, aantal_volgers, stappen_per_onderwerp=2, start=100):
    onderwerpen = [
        OnderwerpPageFactory(parent=agenda, nummer=start + n) for n in range(aantal_onderwerpen)
    ]
    for n in range(aantal_volgers):
        taal = ["nl", "en", "ar"][n % 3]
        if n % 2:
            VolgerFactory(volgt="agenda", taal=taal)
        else:
            VolgerFactory(volgt="onderwerp", onderwerp=onderwerpen[n % len(onderwerpen)], taal=taal)
    for onderwerp in onderwerpen:
        for stap in range(stappen_per_onderwerp):
            publiceer_stap(onderwerp, f"Stap {stap}.")
    return onderwerpen


def _tel(moment):
    with CaptureQueriesContext(connection) as queries:
        verstuur_overzichten(moment)
    return len(queries)


# Per mail: a savepoint, the insert of what it contains, and the release.
PER_MAIL = 3


def test_aantal_queries_groeit_niet_met_onderwerpen_en_volgers(
    agenda, outbox, morgen, django_assert_max_num_queries
):
    _bouw(agenda, 2, 2)
    klein = _tel(morgen) - PER_MAIL * len(outbox)
    assert klein <= 15, "een vast aantal voor alle adressen en onderwerpen samen"
    outbox.clear()
    Verzonden.objects.all().delete()
    from volgen.models import Volger

    Volger.objects.all().delete()

    _bouw(agenda, 12, 9, stappen_per_onderwerp=3, start=200)
    with django_assert_max_num_queries(klein + PER_MAIL * 9):
        verstuur_overzichten(morgen + timedelta(days=1))
    assert len(outbox) == 9
    # The followers are in three languages; the Dutch ones count their steps in Dutch.
    nederlands = [b for b in outbox if b.extra_headers["Content-Language"] == "nl"]
    assert nederlands and all(re.search(r"\d+ stappen", b.subject) for b in nederlands)
