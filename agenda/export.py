"""Exports of an agenda: CSV for Dutch Excel and JSON as open data.

CSV: UTF-8 with a byte order mark and semicolons, because Dutch Excel uses the
comma as decimal sign and only reads UTF-8 correctly when the BOM is there.
A text cell that starts with = + - @ (or a tab or carriage return) gets a
leading apostrophe, so that a spreadsheet never runs it as a formula.

CSV is read by people: it has Dutch words ("In uitvoering", "ja"). JSON is read
by programs: it keeps the codes and adds the words beside them. Both name the
date their figures describe (`peildatum`), from the same `cijfers_op`.
"""

import csv
import io

from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext

from .models.lichten import LAMPJES, Licht
from .models.status import Prioriteit, Status
from .monitor import cijfers_op, laad_rijen, let_op

GEVAARLIJK_BEGIN = ("=", "+", "-", "@", "\t", "\r")

KOLOMMEN = [
    "nummer",
    "titel",
    "thema",
    "prioriteit",
    "rang",
    "fase",
    "status",
    "percentage",
    "laatste_stap",
    "gepland_einde",
    "later_dan_gepland",
    "lang_geen_nieuws",
    "lampje_inhoud",
    "lampje_planning",
    "lampje_geld",
    "lampjes_bespreking",
    "peildatum",
    "drager",
    "vip_contact",
    "trefwoorden",
    "adres",
]


def veilige_cel(waarde):
    if waarde is None:
        return ""
    if isinstance(waarde, str) and waarde.startswith(GEVAARLIJK_BEGIN):
        return "'" + waarde
    return waarde


def _regels(request, agenda, rijen, peildatum):
    basis = agenda.get_url(request) or agenda.url
    for rij in rijen:
        o, stand = rij.onderwerp, rij.stand_op(peildatum)
        punten = let_op(rij, peildatum)
        yield {
            "nummer": o.nummer,
            "titel": o.title,
            "thema": o.thema.naam,
            "prioriteit": o.prioriteit,
            "rang": o.rang,
            "fase": o.fase.naam if o.fase else "",
            "status": stand.status,
            "percentage": stand.percentage,
            "laatste_stap": stand.datum.isoformat() if stand.datum else "",
            "gepland_einde": o.einde_gepland.isoformat() if o.einde_gepland else "",
            "later_dan_gepland": "later" in punten,
            "lang_geen_nieuws": "stil" in punten,
            **_lampjes(rij.lichten_op(peildatum)),
            "peildatum": peildatum.isoformat(),
            "drager": o.drager,
            "vip_contact": o.vip_contact,
            "trefwoorden": ", ".join(t.name for t in rij.tags),
            "adres": request.build_absolute_uri(f"{basis}{o.slug}/"),
        }


def _lampjes(lichten):
    """The three lights of the latest review up to the date (codes), and that review's date."""
    if lichten is None:
        return {f"lampje_{naam}": "" for naam in LAMPJES} | {"lampjes_bespreking": ""}
    return {f"lampje_{naam}": getattr(lichten, naam) for naam in LAMPJES} | {
        "lampjes_bespreking": lichten.datum.isoformat()
    }


def _in_woorden(regel):
    """The CSV's cells for people: words instead of codes and booleans."""
    ja, nee = gettext("ja"), gettext("nee")
    return (
        regel
        | {
            "status": Status(regel["status"]).label,
            "prioriteit": Prioriteit(regel["prioriteit"]).label if regel["prioriteit"] else "",
            "later_dan_gepland": ja if regel["later_dan_gepland"] else nee,
            "lang_geen_nieuws": ja if regel["lang_geen_nieuws"] else nee,
        }
        | {
            f"lampje_{naam}": Licht(regel[f"lampje_{naam}"]).label
            if regel[f"lampje_{naam}"]
            else ""
            for naam in LAMPJES
        }
    )


def als_csv(request, agenda):
    rijen = laad_rijen(agenda)
    peildatum = timezone.localdate()
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(KOLOMMEN)
    for regel in _regels(request, agenda, rijen, peildatum):
        woorden = _in_woorden(regel)
        schrijver.writerow([veilige_cel(woorden[k]) for k in KOLOMMEN])
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    naam = f"onderwerpen-{peildatum.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


def als_json(request, agenda):
    rijen = laad_rijen(agenda, met_artikelen=True)
    peildatum = timezone.localdate()
    onderwerpen = []
    for rij, regel in zip(rijen, _regels(request, agenda, rijen, peildatum), strict=True):
        woorden = _in_woorden(regel)
        regel["status_label"] = woorden["status"]
        regel["prioriteit_label"] = woorden["prioriteit"]
        for naam in LAMPJES:
            regel[f"lampje_{naam}_label"] = woorden[f"lampje_{naam}"]
        regel["artikelen"] = [a.nummer for a in rij.artikelen]
        regel["trefwoorden"] = [t.name for t in rij.tags]
        regel["voortgang"] = [
            {
                "datum": s.datum.isoformat(),
                "status": s.status,
                "percentage": s.percentage,
                "wat_gebeurd": s.wat_gebeurd,
                "volgende_stap": s.volgende_stap,
            }
            for s in rij.stappen
        ]
        onderwerpen.append(regel)
    cijfers = cijfers_op(rijen, peildatum)
    data = {
        "agenda": agenda.title,
        "gemaakt_op": timezone.now().isoformat(timespec="seconds"),
        "peildatum": peildatum.isoformat(),
        "cijfers": {
            "aantal": cijfers.aantal,
            "per_status": {status.value: aantal for status, aantal in cijfers.statussen},
            "later_dan_gepland": cijfers.later_dan_gepland,
            "lang_geen_nieuws": cijfers.lang_geen_nieuws,
            "kan_af": cijfers.kan_af,
            "gemiddeld_klaar_van_wat_af_kan": cijfers.gemiddelde,
        },
        "licentie": "CC0 1.0",
        "onderwerpen": onderwerpen,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response
