"""The café's clock and its dates written out in words.

`nu()` is the one place that asks for the current time, so tests can fix it.
Day and month names are written out here, through gettext, instead of taken
from the server's locale: a Dutch café page says "woensdag 13 maart" on any
server, and the English page of the same café says "Wednesday 13 March".
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

DAGEN = [
    gettext_lazy("maandag"),
    gettext_lazy("dinsdag"),
    gettext_lazy("woensdag"),
    gettext_lazy("donderdag"),
    gettext_lazy("vrijdag"),
    gettext_lazy("zaterdag"),
    gettext_lazy("zondag"),
]
# A context, because "mei" alone is also a word in other places.
MAANDEN = [
    pgettext_lazy("maand", "januari"),
    pgettext_lazy("maand", "februari"),
    pgettext_lazy("maand", "maart"),
    pgettext_lazy("maand", "april"),
    pgettext_lazy("maand", "mei"),
    pgettext_lazy("maand", "juni"),
    pgettext_lazy("maand", "juli"),
    pgettext_lazy("maand", "augustus"),
    pgettext_lazy("maand", "september"),
    pgettext_lazy("maand", "oktober"),
    pgettext_lazy("maand", "november"),
    pgettext_lazy("maand", "december"),
]


def nu() -> datetime:
    return timezone.now()


def lokaal(moment: datetime) -> datetime:
    """The moment as the clock on the wall in Almere shows it."""
    return moment.astimezone(AMSTERDAM)


def datum(moment: datetime) -> str:
    """'woensdag 13 maart 2024'."""
    m = lokaal(moment)
    return gettext("%(dag)s %(nummer)s %(maand)s %(jaar)s") % {
        "dag": DAGEN[m.weekday()],
        "nummer": m.day,
        "maand": MAANDEN[m.month - 1],
        "jaar": m.year,
    }


def maand_jaar(moment: datetime) -> str:
    """'maart 2024'."""
    m = lokaal(moment)
    return gettext("%(maand)s %(jaar)s") % {"maand": MAANDEN[m.month - 1], "jaar": m.year}


def kloktijd(moment: datetime) -> str:
    return lokaal(moment).strftime("%H:%M")


def van_tot(start: datetime, eind: datetime | None) -> str:
    """'woensdag 13 maart 2024, 19:30 tot 21:30 uur'.

    An evening that runs past midnight names both days, so nobody turns up on
    the wrong one.
    """
    if eind is None:
        return gettext("%(datum)s, %(start)s uur") % {
            "datum": datum(start),
            "start": kloktijd(start),
        }
    if lokaal(start).date() == lokaal(eind).date():
        return gettext("%(datum)s, %(start)s tot %(eind)s uur") % {
            "datum": datum(start),
            "start": kloktijd(start),
            "eind": kloktijd(eind),
        }
    return gettext("%(datum)s, %(start)s uur tot %(datum_eind)s, %(eind)s uur") % {
        "datum": datum(start),
        "start": kloktijd(start),
        "datum_eind": datum(eind),
        "eind": kloktijd(eind),
    }


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
