"""`cafe_veranderd` once per publish that matters, and the mails to sign-ups it brings."""

from datetime import timedelta

import pytest
from django.core import mail

from campagnes.models import Aanmelding, BijeenkomstPage
from campagnes.models.aanmelding import AanmeldStatus
from campagnes.signalen import AFGELAST, NIEUW, VERPLAATST, cafe_veranderd
from tests.campagnes import test_aanmelden as basis
from tests.campagnes.conftest import NU
from tests.campagnes.factories import LocatieFactory
from tests.campagnes.test_aanmelden import aanmelding, maak_cafe

# The fixtures of test_aanmelden.py, shared.
index = basis.index
cafe = basis.cafe


@pytest.fixture
def signalen():
    ontvangen = []

    def ontvanger(sender, pagina, soort, **kwargs):
        ontvangen.append((pagina.pk, soort))

    cafe_veranderd.connect(ontvanger, dispatch_uid="test-ontvanger")
    yield ontvangen
    cafe_veranderd.disconnect(dispatch_uid="test-ontvanger")


def publiceer(pagina, **velden):
    pagina = BijeenkomstPage.objects.get(pk=pagina.pk)
    for naam, waarde in velden.items():
        setattr(pagina, naam, waarde)
    pagina.save_revision().publish()
    return BijeenkomstPage.objects.get(pk=pagina.pk)


def test_eerste_publicatie_van_een_komend_cafe_is_nieuw(index, klok, signalen):
    concept = maak_cafe(index, live=False)
    assert signalen == []
    publiceer(concept)
    assert signalen == [(concept.pk, NIEUW)]


def test_concept_opslaan_geeft_geen_signaal(index, klok, signalen):
    concept = maak_cafe(index, live=False)
    concept.save_revision()
    live = maak_cafe(index, dagen=20)
    live.start, live.eind = live.start + timedelta(days=1), live.eind + timedelta(days=1)
    live.save_revision()  # a draft with a new date: not yet public
    assert signalen == []


def test_alleen_de_titel_veranderen_geeft_geen_signaal(cafe, signalen):
    publiceer(cafe, title="Een nieuwe titel", in_het_kort="Andere tekst. Nog een zin.")
    assert signalen == []


@pytest.mark.parametrize(
    "velden",
    [
        {"start": NU + timedelta(days=13), "eind": NU + timedelta(days=13, hours=2)},
        {"eind": NU + timedelta(days=12, hours=3)},
        {"status": "verplaatst", "status_reden": "Nu in De Schakel."},
    ],
    ids=["datum", "einde", "status"],
)
def test_tijd_of_status_verplaatst_geeft_een_keer_verplaatst(cafe, signalen, velden):
    publiceer(cafe, **velden)
    assert signalen == [(cafe.pk, VERPLAATST)]
    publiceer(cafe, title="Alleen de titel")
    assert signalen == [(cafe.pk, VERPLAATST)]


def test_andere_plaats_is_verplaatst(cafe, signalen):
    publiceer(cafe, locatie=LocatieFactory(naam="De Schakel"))
    assert signalen == [(cafe.pk, VERPLAATST)]


def test_afgelast_geeft_een_keer_afgelast(cafe, signalen):
    publiceer(cafe, status="afgelast", status_reden="De zaal is dicht.")
    assert signalen == [(cafe.pk, AFGELAST)]
    publiceer(cafe, status_reden="De zaal is echt dicht.")
    assert signalen == [(cafe.pk, AFGELAST)]


def test_voorbij_cafe_geeft_geen_signaal(index, klok, signalen):
    oud = maak_cafe(index, dagen=-20)
    publiceer(oud, start=oud.start + timedelta(hours=1))
    concept = maak_cafe(index, dagen=-30, live=False)
    publiceer(concept)
    assert signalen == []


def test_eerste_publicatie_van_een_afgelast_cafe_is_niet_nieuw(index, klok, signalen):
    concept = maak_cafe(index, live=False, status="afgelast", status_reden="Gaat niet door.")
    publiceer(concept)
    assert signalen == []


# --- the mails to sign-ups --------------------------------------------------------------


def test_afgelast_cafe_mailt_iedereen_met_een_adres_een_keer(
    cafe, django_capture_on_commit_callbacks
):
    plaats = aanmelding(cafe, email="plaats@example.org")
    wacht = aanmelding(cafe, email="wacht@example.org", status=AanmeldStatus.WACHTLIJST)
    aanmelding(cafe, email="weg@example.org", status=AanmeldStatus.AFGEMELD)
    aanmelding(cafe, telefoon="0612345678")
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(cafe, status="afgelast", status_reden="De zaal is dicht.")
    assert sorted(m.to[0] for m in mail.outbox) == ["plaats@example.org", "wacht@example.org"]
    bericht = mail.outbox[0]
    assert bericht.subject.startswith("Afgelast:")
    assert "Het café gaat niet door. De zaal is dicht." in bericht.body
    assert "afmelden" not in bericht.body.lower().split("meer over het café")[0]
    (inhoud, soort) = bericht.alternatives[0]
    assert "De zaal is dicht." in inhoud
    assert "STATUS:CANCELLED" in bericht.attachments[0][1]
    for a in (plaats, wacht):
        a.refresh_from_db()
        assert a.gemeld == AFGELAST

    # Published again (a typo in the reason): nobody hears it twice.
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(cafe, status_reden="De zaal is echt dicht.")
    assert len(mail.outbox) == 2


def test_verplaatst_cafe_mailt_de_nieuwe_tijd_en_later_weer(
    cafe, django_capture_on_commit_callbacks
):
    aanmelding(cafe, email="anna@example.org")
    nieuw = NU + timedelta(days=14)
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(cafe, start=nieuw, eind=nieuw + timedelta(hours=2))
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.subject.startswith("Verplaatst:")
    assert "vrijdag 15 maart 2030, 12:00 tot 14:00 uur" in bericht.body
    assert "SEQUENCE:1" in bericht.attachments[0][1]

    later = NU + timedelta(days=21)
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(cafe, start=later, eind=later + timedelta(hours=2))
    assert len(mail.outbox) == 2
    assert "vrijdag 22 maart 2030" in mail.outbox[1].body


def test_wijziging_in_een_tweede_taal_mailt_niet_nog_eens(
    cafe, locale_en, django_capture_on_commit_callbacks
):
    engels = cafe.copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    aanmelding(cafe, email="nl@example.org")
    aanmelding(engels, email="en@example.org", taal="en")
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(cafe, status="afgelast", status_reden="De zaal is dicht.")
    assert sorted(m.to[0] for m in mail.outbox) == ["en@example.org", "nl@example.org"]
    engelse_mail = next(m for m in mail.outbox if m.to == ["en@example.org"])
    assert '<html lang="en"' in engelse_mail.alternatives[0][0]
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(engels, status="afgelast", status_reden="The venue is closed.")
    assert len(mail.outbox) == 2


def test_hogere_capaciteit_schuift_de_wachtlijst_door(cafe, django_capture_on_commit_callbacks):
    aanmelding(cafe, aantal=4)
    wacht = aanmelding(cafe, aantal=2, email="wacht@example.org", status=AanmeldStatus.WACHTLIJST)
    with django_capture_on_commit_callbacks(execute=True):
        publiceer(cafe, capaciteit=6)
    wacht.refresh_from_db()
    assert wacht.status == AanmeldStatus.GEPLAATST
    assert [m.to for m in mail.outbox] == [["wacht@example.org"]]


def test_afgelast_cafe_laat_de_aanmeldingen_staan(cafe):
    a = aanmelding(cafe, email="a@example.org")
    publiceer(cafe, status="afgelast", status_reden="Dicht.")
    assert Aanmelding.objects.get(pk=a.pk).status == AanmeldStatus.GEPLAATST
