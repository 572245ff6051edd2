"""Dutch dates, written out, whatever language the server speaks."""

from datetime import UTC, datetime

from django.utils import translation

from campagnes.tijd import AMSTERDAM, van_tot


def test_een_avond_op_een_dag():
    start = datetime(2024, 3, 13, 19, 30, tzinfo=AMSTERDAM)
    eind = datetime(2024, 3, 13, 21, 30, tzinfo=AMSTERDAM)
    assert van_tot(start, eind) == "woensdag 13 maart 2024, 19:30 tot 21:30 uur"


def test_utc_tijden_worden_in_almeerse_tijd_geschreven_in_de_winter_en_de_zomer():
    # 18:30 UTC is 19:30 in winter (UTC+1) and 20:30 in summer (UTC+2).
    winter = datetime(2024, 3, 13, 18, 30, tzinfo=UTC)
    zomer = datetime(2024, 7, 13, 18, 30, tzinfo=UTC)
    assert van_tot(winter, winter.replace(hour=20)) == "woensdag 13 maart 2024, 19:30 tot 21:30 uur"
    assert van_tot(zomer, zomer.replace(hour=20)) == "zaterdag 13 juli 2024, 20:30 tot 22:30 uur"


def test_een_avond_over_de_wisseling_naar_zomertijd():
    # Clocks go from 02:00 to 03:00 on 31 March 2024: 00:30 to 03:30 local
    # lasts two hours, and both days are named.
    start = datetime(2024, 3, 30, 23, 30, tzinfo=UTC)  # 00:30 local on 31 March
    eind = datetime(2024, 3, 31, 1, 30, tzinfo=UTC)  # 03:30 local
    assert van_tot(start, eind) == "zondag 31 maart 2024, 00:30 tot 03:30 uur"
    laat = datetime(2024, 3, 30, 21, 0, tzinfo=AMSTERDAM)
    assert van_tot(laat, start) == (
        "zaterdag 30 maart 2024, 21:00 uur tot zondag 31 maart 2024, 00:30 uur"
    )


def test_wintertijd_in_oktober():
    start = datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CEST
    eind = datetime(2024, 10, 27, 2, 30, tzinfo=UTC)  # 03:30 CET
    assert van_tot(start, eind) == "zondag 27 oktober 2024, 02:30 tot 03:30 uur"


def test_volgt_de_taal_van_de_pagina_en_niet_de_server():
    """Dutch on the Dutch page whatever the server's locale; English on the English page."""
    start = datetime(2024, 12, 1, 14, 0, tzinfo=AMSTERDAM)
    eind = start.replace(hour=16)
    with translation.override("nl"):
        assert van_tot(start, eind) == "zondag 1 december 2024, 14:00 tot 16:00 uur"
    with translation.override("en"):
        assert van_tot(start, eind) == "Sunday 1 December 2024, 14:00 to 16:00"
    with translation.override("ar"):
        assert "ديسمبر" in van_tot(start, eind) and "14:00" in van_tot(start, eind)
