"""Follow, digest and café news, sent over real SMTP and read back.

The other mail tests read Django's in-memory outbox. These send through an
SMTP server on 127.0.0.1 (tests/smtpserver.py) and check the bytes a mail
program gets: the headers of RFC 8058, multipart text and HTML, the .ics.
"""

import re
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from campagnes.models import BijeenkomstPage
from campagnes.signalen import AFGELAST, cafe_veranderd
from tests.smtpserver import delen
from volgen.models import Volger
from volgen.overzicht import verstuur_overzichten

from .conftest import publiceer_stap
from .factories import VolgerFactory

pytestmark = pytest.mark.django_db


def _morgen():
    return timezone.make_aware(datetime.combine(timezone.localdate() + timedelta(days=1), time(12)))


def test_volgen_bevestigen_en_het_overzicht_over_smtp(client, onderwerp, smtp):
    antwoord = client.post(
        "/volgen/", {"volgt": "onderwerp", "onderwerp": onderwerp.pk, "email": "anna@voorbeeld.nl"}
    )
    assert antwoord.status_code == 200
    (afzender, ontvangers, bevestiging) = smtp.berichten[0]
    assert ontvangers == ["anna@voorbeeld.nl"]
    assert "noreply@" in afzender and "ViP Almere" in bevestiging["From"]
    tekst, html = delen(bevestiging)
    assert tekst.startswith("Deze mail komt van ViP Almere")
    assert '<html lang="nl" dir="ltr">' in html
    link = re.search(r"http://testserver(/volgen/bevestigen/[^/\s]+/)", tekst).group(1)
    assert Volger.objects.get().bevestigd_op is None
    assert client.post(link).status_code == 200
    volger = Volger.objects.get()
    assert volger.bevestigd_op is not None

    publiceer_stap(onderwerp, "Er is een plan voor de stoep.")
    assert verstuur_overzichten(_morgen()) == "1 overzichten verstuurd, 0 mislukt"
    assert len(smtp.berichten) == 2
    _, _, overzicht = smtp.berichten[1]
    stop = f"http://testserver/volgen/stoppen/{volger.sleutel}/"
    # A long header is folded on the wire; a mail program unfolds and strips it.
    assert overzicht["List-Unsubscribe"].strip() == f"<{stop}>"
    assert overzicht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert overzicht["Content-Language"] == "nl"
    assert overzicht.get_content_type() == "multipart/alternative"
    tekst, html = delen(overzicht)
    assert "Er is een plan voor de stoep." in tekst and "<h2" in html

    # A second run sends nothing; the one-click post from the header stops at once.
    verstuur_overzichten(_morgen())
    assert len(smtp.berichten) == 2
    stop_pad = stop.removeprefix("http://testserver")
    klik = client.post(stop_pad, {"List-Unsubscribe": "One-Click"})
    assert klik.status_code == 200
    assert not Volger.objects.filter(email="anna@voorbeeld.nl").exists()


def test_afgelast_cafe_gaat_over_smtp_naar_de_cafevolgers(cafe, smtp):
    VolgerFactory(email="amal@example.org", volgt="cafe", taal="ar")
    cafe.status = "afgelast"
    cafe.status_reden = "De zaal is dicht."
    cafe.save_revision().publish()
    cafe.refresh_from_db()
    cafe_veranderd.send(sender=BijeenkomstPage, pagina=cafe, soort=AFGELAST)
    (_, ontvangers, bericht) = smtp.berichten[-1]
    assert ontvangers == ["amal@example.org"]
    assert bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    _tekst, html = delen(bericht)
    assert '<html lang="ar" dir="rtl">' in html
