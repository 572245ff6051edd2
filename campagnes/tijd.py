"""The café's clock and its Dutch dates.

`nu()` is the one place that asks for the current time, so tests can fix it.
Day and month names are written out here instead of taken from the active
locale: a café page must say "woensdag 13 maart" even on an English server.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def nu() -> datetime:
    return timezone.now()


def lokaal(moment: datetime) -> datetime:
    """The moment as the clock on the wall in Almere shows it."""
    return moment.astimezone(AMSTERDAM)


def datum(moment: datetime) -> str:
    """'woensdag 13 maart 2024'."""
    m = lokaal(moment)
    return f"{DAGEN[m.weekday()]} {m.day} {MAANDEN[m.month - 1]} {m.year}"


def maand_jaar(moment: datetime) -> str:
    """'maart 2024'."""
    m = lokaal(moment)
    return f"{MAANDEN[m.month - 1]} {m.year}"


def kloktijd(moment: datetime) -> str:
    return lokaal(moment).strftime("%H:%M")


def van_tot(start: datetime, eind: datetime | None) -> str:
    """'woensdag 13 maart 2024, 19:30 tot 21:30 uur'.

    An evening that runs past midnight names both days, so nobody turns up on
    the wrong one.
    """
    if eind is None:
        return f"{datum(start)}, {kloktijd(start)} uur"
    if lokaal(start).date() == lokaal(eind).date():
        return f"{datum(start)}, {kloktijd(start)} tot {kloktijd(eind)} uur"
    return f"{datum(start)}, {kloktijd(start)} uur tot {datum(eind)}, {kloktijd(eind)} uur"


# The longest a page that depends on the clock may be cached.
MAX_CACHE = timedelta(minutes=15)


def seconden_tot_wissel(grenzen, moment=None) -> int:
    """Seconds until the first of `grenzen` (starts and ends) after now, at most MAX_CACHE.

    A page that splits meetings into "coming" and "past" changes its content
    exactly at those moments, so that is how long a cache may keep it.
    """
    moment = moment or nu()
    komend = [grens for grens in grenzen if grens > moment]
    seconden = MAX_CACHE.total_seconds()
    if komend:
        seconden = min(seconden, (min(komend) - moment).total_seconds())
    return max(0, int(seconden))
