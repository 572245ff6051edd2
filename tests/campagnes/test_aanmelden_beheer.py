"""The ViP's list per café in the admin, the CSV, the roles, and the daily wipe."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from campagnes.aanmeldingen.opruimen import wis_oude_aanmeldingen
from campagnes.models import Aanmelding
from campagnes.models.aanmelding import AanmeldStatus
from inclusie import rollen
from tests.campagnes import test_aanmelden as basis
from tests.campagnes.conftest import NU
from tests.campagnes.test_aanmelden import aanmelding, maak_cafe

# The fixtures of test_aanmelden.py, shared.
index = basis.index
cafe = basis.cafe


def gebruiker(rol):
    user = get_user_model().objects.create_user(rol.replace(" ", "_"), password="x")
    user.groups.add(Group.objects.get(name=rol))
    return user


def lijst_url(cafe):
    return f"/admin/inclusiecafe/cafe/{cafe.pk}/aanmeldingen/"


def csv_url(cafe):
    return f"/admin/inclusiecafe/cafe/{cafe.pk}/aanmeldingen.csv"


@pytest.mark.parametrize(
    "rol, mag",
    [
        (rollen.REDACTIE, True),
        (rollen.LID, True),
        (rollen.GEMEENTE, False),
        (rollen.MEELEZER, False),
    ],
)
def test_wie_het_cafe_mag_bewerken_ziet_de_aanmeldingen(client, cafe, rol, mag):
    aanmelding(cafe, naam="Anna", telefoon="0612345678")
    user = gebruiker(rol)
    client.force_login(user)
    for url in (lijst_url(cafe), csv_url(cafe)):
        antwoord = client.get(url)
        assert (antwoord.status_code == 200) is mag, (url, antwoord.status_code)
        if not mag:
            assert b"0612345678" not in antwoord.content
    # The same people get the button in the café's edit view.
    bewerken = client.get(f"/admin/pages/{cafe.pk}/edit/")
    if bewerken.status_code == 200:
        assert (lijst_url(cafe) in bewerken.content.decode()) is mag


def test_zonder_inloggen_geen_lijst(client, cafe):
    antwoord = client.get(lijst_url(cafe))
    assert antwoord.status_code == 302
    assert "/admin/login/" in antwoord["Location"]
    assert client.get(csv_url(cafe)).status_code == 302


def test_knop_bij_het_cafe_in_de_lijst_van_paginas(admin_client, cafe, index):
    assert lijst_url(cafe) in admin_client.get(f"/admin/pages/{cafe.pk}/edit/").content.decode()


def test_lijst_met_totalen_en_checklist(admin_client, cafe, klok):
    # Today is 1 March, the café 13 March: an NGT interpreter (14 days) is late.
    aanmelding(cafe, naam="Anna", aantal=2, behoeften=["ngt_tolk", "rolstoelplek"])
    aanmelding(cafe, naam="Bert", aantal=1, behoeften=["anders"], anders="Een stoel met leuning")
    aanmelding(cafe, naam="Cor", aantal=3, status=AanmeldStatus.WACHTLIJST, behoeften=["vervoer"])
    aanmelding(cafe, naam="Dirk", status=AanmeldStatus.AFGEMELD, behoeften=["schrijftolk"])
    html = admin_client.get(lijst_url(cafe)).content.decode()
    assert "<h2>Totalen</h2>" in html
    assert "3 personen (2 aanmeldingen)" in html
    assert "1 van de 4" in html  # places left
    assert "3 personen (1 aanmeldingen)" in html  # waiting list
    checklist = html[html.index("Wat moet er geregeld worden?") : html.index("Wie komt er?")]
    assert '<th scope="col">Regelen vóór</th>' in checklist
    ngt = checklist[checklist.index("Tolk Nederlandse Gebarentaal") :][:600]
    assert "woensdag 27 februari 2030" in ngt and "Te laat" in ngt
    rolstoel = checklist[checklist.index("Plek voor een rolstoel") :][:600]
    assert "zondag 10 maart 2030" in rolstoel and "Nog 9 dagen." in rolstoel
    assert "Een stoel met leuning" in checklist
    assert "Hulp bij vervoer" in checklist  # asked for by someone on the waiting list
    assert "Schrijftolk" not in checklist  # only by someone who cancelled
    wie = html[html.index("Wie komt er?") : html.index("<h2>Wachtlijst")]
    assert "Anna" in wie and "Bert" in wie and "Cor" not in wie and "Dirk" not in wie
    assert '<th scope="row">Anna</th>' in wie
    assert "Cor" in html[html.index("<h2>Wachtlijst") :]


def test_lijst_toont_ook_aanmeldingen_in_andere_talen(admin_client, cafe, locale_en):
    engels = cafe.copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    aanmelding(engels, naam="Emma", taal="en")
    html = admin_client.get(lijst_url(cafe)).content.decode()
    assert "Emma" in html
    assert "Emma" in admin_client.get(lijst_url(engels)).content.decode()


def test_csv_voor_de_avond_zelf(admin_client, cafe):
    aanmelding(cafe, naam="Anna", aantal=2, email="anna@example.org", behoeften=["ngt_tolk"])
    aanmelding(cafe, naam="=HYPERLINK(1)", aantal=1, status=AanmeldStatus.WACHTLIJST)
    aanmelding(cafe, naam="Weg", status=AanmeldStatus.AFGEMELD)
    antwoord = admin_client.get(csv_url(cafe))
    assert antwoord["Content-Type"] == "text/csv; charset=utf-8"
    assert antwoord["Content-Disposition"].startswith(
        'attachment; filename="aanmeldingen-2030-03-13'
    )
    assert antwoord.content.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig")), delimiter=";"))
    kop = rijen[0]
    assert kop[:5] == ["Status", "Naam", "Personen", "E-mailadres", "Telefoonnummer"]
    assert "Tolk Nederlandse Gebarentaal (NGT-tolk)" in kop and "Opmerking" in kop
    assert len(rijen) == 3  # no cancelled sign-ups
    anna = dict(zip(kop, rijen[1], strict=True))
    assert anna["Status"] == "Heeft een plaats" and anna["Naam"] == "Anna"
    assert anna["Tolk Nederlandse Gebarentaal (NGT-tolk)"] == "ja"
    assert anna["Schrijftolk"] == ""
    assert rijen[2][1] == "'=HYPERLINK(1)"  # never a formula
    assert rijen[2][0] == "Op de wachtlijst"


def test_csv_kop_is_nederlands_ook_in_een_engelse_admin(admin_client, admin_user, cafe):
    from wagtail.users.models import UserProfile

    profiel = UserProfile.get_for_user(admin_user)
    profiel.preferred_language = "en"
    profiel.save()
    antwoord = admin_client.get(csv_url(cafe))
    assert antwoord.content.decode("utf-8-sig").startswith("Status;Naam;Personen")


def test_lijst_kost_evenveel_queries_bij_5_en_40_aanmeldingen(admin_client, cafe):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def tel():
        admin_client.get(lijst_url(cafe))
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(lijst_url(cafe)).status_code == 200
        return len(context.captured_queries)

    for i in range(5):
        aanmelding(cafe, naam=f"P{i}", behoeften=["ngt_tolk"])
    bij_5 = tel()
    for i in range(35):
        aanmelding(cafe, naam=f"Q{i}", behoeften=["vervoer"], status=AanmeldStatus.WACHTLIJST)
    assert tel() == bij_5
    print(f"queries aanmeldingen in de admin: {bij_5}")


# --- the daily wipe ----------------------------------------------------------------------


def test_persoonsgegevens_gaan_weg_na_de_bewaartermijn(cafe, settings):
    settings.AANMELDINGEN_BEWAARDAGEN = 30
    a = aanmelding(
        cafe,
        naam="Anna",
        email="anna@example.org",
        telefoon="0612345678",
        opmerking="Ik kom met de bus.",
        behoeften=["anders", "ngt_tolk"],
        anders="Een stoel",
        aantal=2,
    )
    # 29 days after the café: still there.
    wis_oude_aanmeldingen(cafe.eind + timedelta(days=29))
    a.refresh_from_db()
    assert a.naam == "Anna" and a.gewist_op is None

    moment = cafe.eind + timedelta(days=30, minutes=1)
    assert "1 aanmeldingen" in wis_oude_aanmeldingen(moment)
    a.refresh_from_db()
    assert (a.naam, a.email, a.telefoon, a.opmerking, a.anders) == ("", "", "", "", "")
    assert a.gewist_op == moment
    # The counts stay, without a name.
    assert a.aantal == 2 and a.behoeften == ["anders", "ngt_tolk"]
    # A second run wipes nothing again.
    assert "0 aanmeldingen" in wis_oude_aanmeldingen(moment + timedelta(days=1))
    a.refresh_from_db()
    assert a.gewist_op == moment


def test_bewaartermijn_is_een_instelling(cafe, settings):
    settings.AANMELDINGEN_BEWAARDAGEN = 7
    aanmelding(cafe, naam="Anna")
    wis_oude_aanmeldingen(cafe.eind + timedelta(days=8))
    assert Aanmelding.objects.get().naam == ""


def test_komende_cafes_blijven_onaangeroerd(index, cafe, klok):
    oud = maak_cafe(index, dagen=-60)
    aanmelding(oud, naam="Oud")
    aanmelding(cafe, naam="Nieuw")
    wis_oude_aanmeldingen(NU)
    assert set(Aanmelding.objects.values_list("naam", flat=True)) == {"", "Nieuw"}


def test_dagelijkse_taken_wissen_ook(index, capsys):
    from django.utils import timezone

    from tests.campagnes.factories import BijeenkomstPageFactory

    # The command runs on the real clock.
    start = timezone.now() - timedelta(days=400)
    oud = BijeenkomstPageFactory(parent=index, start=start, eind=start + timedelta(hours=2))
    aanmelding(oud, naam="Heel oud", email="oud@example.org")
    call_command("dagelijkse_taken")
    uit = capsys.readouterr().out
    assert "wis_oude_aanmeldingen: 1 aanmeldingen zonder naam en contactgegevens gemaakt" in uit
    assert Aanmelding.objects.get().email == ""


def test_gewiste_aanmelding_toont_geen_gegevens_meer(client, cafe, klok):
    a = aanmelding(cafe, naam="Anna", email="anna@example.org")
    wis_oude_aanmeldingen(cafe.eind + timedelta(days=31))
    html = client.get(f"/aanmelding/{a.token}/").content.decode()
    assert "zijn gewist" in html and "anna@example.org" not in html
