"""Cafés as iCalendar (RFC 5545), for a download and a feed to subscribe to.

The UID comes from the page's translation key: it survives a new title, a new
slug and a new date, so a calendar updates the event instead of adding one.
A calendar app takes the newer copy of an event by SEQUENCE first and DTSTAMP
second (RFC 5546, 2.1.5): SEQUENCE counts the changes of time, place and
status, so a moved or cancelled café replaces the old one. A cancelled café
keeps its UID and says STATUS:CANCELLED, so it is struck out, not left behind.
"""

from datetime import UTC

from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext
from icalendar import Calendar, Event

from . import tijd
from .tijdzone import vtimezone

PRODID = "-//ViP Almere//Inclusie Agenda//NL"
UID_DOMEIN = "inclusie-almere"


def uid(bijeenkomst) -> str:
    return f"cafe-{bijeenkomst.translation_key}@{UID_DOMEIN}"


def _event(bijeenkomst, request):
    event = Event()
    event.add("uid", uid(bijeenkomst))
    nu = tijd.nu().astimezone(UTC)
    event.add("dtstamp", nu)
    event.add("sequence", bijeenkomst.kalender_volgnummer)
    gewijzigd = max(
        filter(None, [bijeenkomst.last_published_at, bijeenkomst.kalender_gewijzigd]),
        default=nu,
    )
    event.add("last-modified", min(gewijzigd.astimezone(UTC), nu))
    event.add("dtstart", tijd.lokaal(bijeenkomst.start))
    event.add("dtend", tijd.lokaal(bijeenkomst.eind))
    titel = bijeenkomst.title
    if bijeenkomst.is_afgelast:
        titel = gettext("AFGELAST: %(titel)s") % {"titel": titel}
    event.add("summary", titel)
    regels = [bijeenkomst.in_het_kort]
    if bijeenkomst.thema:
        regels.append(gettext("Thema: %(thema)s") % {"thema": bijeenkomst.thema})
    if bijeenkomst.status_reden and (bijeenkomst.is_afgelast or bijeenkomst.is_verplaatst):
        regels.append(f"{bijeenkomst.get_status_display()}: {bijeenkomst.status_reden}")
    if bijeenkomst.aanmelden_hoe:
        regels.append(
            gettext("Aanmelden: %(hoe)s") % {"hoe": strip_tags(bijeenkomst.aanmelden_hoe)}
        )
    url = bijeenkomst.get_full_url(request)
    if url:
        regels.append(url)
        event.add("url", url)
    event.add("description", "\n\n".join(regels))
    if bijeenkomst.locatie_id:
        locatie = bijeenkomst.locatie
        event.add("location", f"{locatie.naam}, {locatie.adres_op_een_regel()}")
    event.add("status", "CANCELLED" if bijeenkomst.is_afgelast else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if bijeenkomst.is_afgelast else "OPAQUE")
    return event


def kalender(bijeenkomsten, request=None, naam="Inclusiecafé") -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", naam)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    cal.add_component(vtimezone(tijd.AMSTERDAM.key))
    for bijeenkomst in bijeenkomsten:
        cal.add_component(_event(bijeenkomst, request))
    return cal


def ics_antwoord(cal: Calendar, bestandsnaam: str, bijlage: bool) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    soort = "attachment" if bijlage else "inline"
    response["Content-Disposition"] = f'{soort}; filename="{bestandsnaam}"'
    return response
