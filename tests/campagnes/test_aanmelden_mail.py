"""The confirmation mail: plain text and HTML, the .ics, the cancel link, three languages."""

from unittest import mock

import pytest
from django.core import mail
from icalendar import Calendar

from campagnes.aanmeldingen import mail as aanmeldmail
from campagnes.models import Aanmelding
from campagnes.models.aanmelding import AanmeldStatus
from tests.campagnes import test_aanmelden as basis
from tests.campagnes.test_aanmelden import aanmelding, meld

# The fixtures of test_aanmelden.py, shared.
index = basis.index
cafe = basis.cafe


def html_van(bericht):
    (inhoud, soort), *_rest = bericht.alternatives
    assert soort == "text/html"
    return inhoud


def ics_van(bericht):
    (naam, inhoud, soort), *_rest = bericht.attachments
    assert naam.endswith(".ics") and soort.startswith("text/calendar")
    return Calendar.from_ical(inhoud)


def test_bevestiging_per_mail_met_ics_en_afmeldlink(
    client, cafe, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert meld(client, cafe).status_code == 303
    a = Aanmelding.objects.get()
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == ["anna@example.org"]
    assert bericht.subject == f"Je bent aangemeld: {cafe.title}"
    assert bericht.extra_headers["Auto-Submitted"] == "auto-generated"
    afmelden = f"http://testserver/aanmelding/{a.token}/afmelden/"

    tekst = bericht.body
    regels = tekst.splitlines()
    assert regels[0] == "Van: de ViP Almere (Inclusie Agenda Almere)"
    assert regels[1].startswith("Je krijgt deze mail omdat je je hebt aangemeld")
    assert "woensdag 13 maart 2030, 12:00 tot 14:00 uur" in tekst
    assert "Met hoeveel mensen: 2" in tekst
    assert "Tolk Nederlandse Gebarentaal (NGT-tolk)" in tekst
    assert afmelden in tekst
    assert "&amp;" not in tekst and "<" not in tekst

    html = html_van(bericht)
    assert '<html lang="nl" dir="ltr">' in html
    assert html.index("Van: de ViP Almere") < html.index("<h1")
    assert "<h1" in html and "<h2" in html
    assert f'<a href="{afmelden}"' in html
    assert "Meld je af voor dit café</a>" in html  # the link text says where it goes
    assert "<img" not in html

    kalender = ics_van(bericht)
    (event,) = kalender.walk("VEVENT")
    assert str(event["uid"]) == f"cafe-{cafe.translation_key}@inclusie-almere"
    assert str(event["summary"]) == cafe.title


def test_wachtlijst_krijgt_een_andere_mail(client, cafe, django_capture_on_commit_callbacks):
    aanmelding(cafe, aantal=4)
    with django_capture_on_commit_callbacks(execute=True):
        meld(client, cafe)
    assert Aanmelding.objects.get(email="anna@example.org").status == AanmeldStatus.WACHTLIJST
    assert mail.outbox[0].subject.startswith("Je staat op de wachtlijst")
    assert "Je staat op de wachtlijst" in mail.outbox[0].body


def test_zonder_email_geen_mail(client, cafe, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        meld(client, cafe, email="", telefoon="0612345678")
    assert mail.outbox == []


def test_mailserver_kapot_de_aanmelding_staat_toch(
    client, cafe, django_capture_on_commit_callbacks, caplog
):
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=OSError("geen verbinding"),
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        antwoord = meld(client, cafe)
    assert antwoord.status_code == 303
    assert Aanmelding.objects.count() == 1
    assert "niet verstuurd" in caplog.text


@pytest.mark.parametrize("taal, richting", [("en", "ltr"), ("ar", "rtl")])
def test_mail_in_de_taal_van_de_pagina(
    client, cafe, taal, richting, request, django_capture_on_commit_callbacks
):
    locale = request.getfixturevalue(f"locale_{taal}")
    vertaling = cafe.copy_for_translation(locale, copy_parents=True)
    vertaling.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = meld(client, vertaling, prefix=f"/{taal}")
    assert antwoord.status_code == 303
    a = Aanmelding.objects.get()
    assert a.taal == taal
    bericht = mail.outbox[0]
    html = html_van(bericht)
    assert f'<html lang="{taal}" dir="{richting}">' in html
    assert f"http://testserver/{taal}/aanmelding/{a.token}/afmelden/" in bericht.body
    assert bericht.extra_headers["Content-Language"] == taal


def test_bericht_kan_ook_zonder_request_links_maken(cafe):
    a = aanmelding(cafe, email="b@example.org")
    bericht = aanmeldmail.bericht(aanmeldmail.DOORGESCHOVEN, a)
    assert bericht.subject.startswith("Er is een plaats voor je")
    assert f"/aanmelding/{a.token}/afmelden/" in bericht.body
    assert bericht.body.count("http://") >= 3
