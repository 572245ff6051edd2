"""A VTIMEZONE written from the time zone database's own rule, without an end year.

icalendar's `add_missing_timezones()` lists every switch between summer and
winter time one by one, up to 2038. A calendar that subscribes to the café
feed then has no rule for a café in 2039. The tz database ends every zone
file with a POSIX rule ("CET-1CEST,M3.5.0,M10.5.0/3") that holds for all
years after the last listed change; that rule becomes two observances with a
yearly RRULE and no UNTIL.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

# The year the rule is first written for. The cafés start long after it; a
# calendar app expands the RRULE from here.
BEGINJAAR = 1996

_NAAM = r"(?:<[^>]+>|[A-Za-z]{3,})"
_TIJD = r"[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?"
_POSIX = re.compile(
    rf"^(?P<std>{_NAAM})(?P<std_off>{_TIJD})"
    rf"(?:(?P<dst>{_NAAM})(?P<dst_off>{_TIJD})?"
    rf",M(?P<begin>\d+\.\d\.\d)(?:/(?P<begin_tijd>{_TIJD}))?"
    rf",M(?P<eind>\d+\.\d\.\d)(?:/(?P<eind_tijd>{_TIJD}))?)?$"
)
ICAL_DAGEN = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]


def _duur(tekst: str | None, standaard: timedelta) -> timedelta:
    if not tekst:
        return standaard
    teken = -1 if tekst.startswith("-") else 1
    delen = [int(deel) for deel in tekst.lstrip("+-").split(":")] + [0, 0]
    return teken * timedelta(hours=delen[0], minutes=delen[1], seconds=delen[2])


@dataclass(frozen=True)
class Wissel:
    """'The w-th weekday d of month m at a local time': POSIX's Mm.w.d/time."""

    maand: int
    week: int
    dag: int  # 0 is Sunday, as in POSIX
    tijd: timedelta

    @classmethod
    def lees(cls, tekst: str, tijd: str | None) -> Wissel:
        maand, week, dag = (int(deel) for deel in tekst.split("."))
        return cls(maand, week, dag, _duur(tijd, timedelta(hours=2)))

    def rrule(self) -> dict:
        week = -1 if self.week == 5 else self.week
        return {"freq": "yearly", "bymonth": self.maand, "byday": f"{week}{ICAL_DAGEN[self.dag]}"}

    def in_jaar(self, jaar: int) -> datetime:
        """The local moment of this switch in `jaar`, for the observance's DTSTART."""
        eerste = date(jaar, self.maand, 1)
        # Python counts Monday as 0; POSIX counts Sunday as 0.
        verschil = (self.dag - (eerste.weekday() + 1) % 7) % 7
        dag = eerste + timedelta(days=verschil + 7 * (self.week - 1))
        while dag.month != self.maand:
            dag -= timedelta(days=7)
        return datetime(dag.year, dag.month, dag.day) + self.tijd


@dataclass(frozen=True)
class Regel:
    standaard_naam: str
    standaard: timedelta  # offset from UTC, east positive
    zomer_naam: str | None = None
    zomer: timedelta | None = None
    zomer_begin: Wissel | None = None
    zomer_eind: Wissel | None = None

    @classmethod
    def lees(cls, posix: str) -> Regel:
        deel = _POSIX.match(posix.strip())
        if not deel:
            raise ValueError(f"Onbekende tijdzoneregel: {posix!r}")
        # POSIX counts west positive: "CET-1" is one hour east of UTC.
        standaard = -_duur(deel["std_off"], timedelta())
        if not deel["dst"]:
            return cls(deel["std"].strip("<>"), standaard)
        zomer = -_duur(deel["dst_off"], -(standaard + timedelta(hours=1)))
        return cls(
            deel["std"].strip("<>"),
            standaard,
            deel["dst"].strip("<>"),
            zomer,
            Wissel.lees(deel["begin"], deel["begin_tijd"]),
            Wissel.lees(deel["eind"], deel["eind_tijd"]),
        )


def _tzif(sleutel: str) -> bytes:
    for map in zoneinfo.TZPATH:
        pad = Path(map) / sleutel
        if pad.is_file():
            return pad.read_bytes()
    # No system database: the tzdata package that zoneinfo itself falls back to.
    pakket, _, naam = f"tzdata.zoneinfo.{sleutel.replace('/', '.')}".rpartition(".")
    return resources.files(pakket).joinpath(naam).read_bytes()


def posix_regel(sleutel: str) -> str:
    """The rule at the end of a version 2+ TZif file: the zone from its last change on."""
    data = _tzif(sleutel)
    if not data.startswith(b"TZif") or data[4:5] < b"2":
        raise ValueError(f"Tijdzonebestand zonder vaste regel: {sleutel}")
    return data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode("ascii")


def vtimezone(sleutel: str) -> Timezone:
    regel = Regel.lees(posix_regel(sleutel))
    tz = Timezone()
    tz.add("tzid", sleutel)
    if regel.zomer is None:
        standaard = TimezoneStandard()
        standaard.add("tzname", regel.standaard_naam)
        standaard.add("dtstart", datetime(1970, 1, 1))
        standaard.add("tzoffsetfrom", regel.standaard)
        standaard.add("tzoffsetto", regel.standaard)
        tz.add_component(standaard)
        return tz
    for soort, naam, wissel, van, naar in (
        (TimezoneDaylight, regel.zomer_naam, regel.zomer_begin, regel.standaard, regel.zomer),
        (TimezoneStandard, regel.standaard_naam, regel.zomer_eind, regel.zomer, regel.standaard),
    ):
        deel = soort()
        deel.add("tzname", naam)
        deel.add("dtstart", wissel.in_jaar(BEGINJAAR))
        deel.add("rrule", wissel.rrule())
        deel.add("tzoffsetfrom", van)
        deel.add("tzoffsetto", naar)
        tz.add_component(deel)
    return tz
