"""A café sign-up sends its confirmation over real SMTP, with the .ics attached."""

import pytest

from campagnes.models import Aanmelding
from tests.campagnes import test_aanmelden as basis
from tests.campagnes.test_aanmelden import maak_cafe, meld
from tests.smtpserver import delen

# The fixture of test_aanmelden.py, shared.
index = basis.index

pytestmark = pytest.mark.django_db


def test_aanmelden_geeft_een_mail_met_ics_en_afmeldlink(
    client, index, klok, smtp, django_capture_on_commit_callbacks
):
    cafe = maak_cafe(index, capaciteit=4, aanmelden="graag")
    with django_capture_on_commit_callbacks(execute=True):
        assert meld(client, cafe).status_code == 303
    aanmelding = Aanmelding.objects.get()
    (_, ontvangers, bericht) = smtp.berichten[0]
    assert ontvangers == ["anna@example.org"]
    assert bericht["Subject"] == f"Je bent aangemeld: {cafe.title}"
    assert bericht["Auto-Submitted"] == "auto-generated"
    tekst, html = delen(bericht)
    assert f"http://testserver/aanmelding/{aanmelding.token}/afmelden/" in tekst
    assert '<html lang="nl" dir="ltr">' in html and "<h1" in html
    (bijlage,) = list(bericht.iter_attachments())
    assert bijlage.get_content_type() == "text/calendar"
    assert bijlage.get_filename().endswith(".ics")
    ics = bijlage.get_content()
    ics = ics.decode() if isinstance(ics, bytes) else ics
    assert "BEGIN:VEVENT" in ics and cafe.title in ics
