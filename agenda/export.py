"""Exports of an agenda: CSV for Dutch Excel and JSON as open data.

CSV: UTF-8 with a byte order mark and semicolons, because Dutch Excel uses the
comma as decimal sign and only reads UTF-8 correctly when the BOM is there.
A text cell that starts with = + - @ (or a tab or carriage return) gets a
leading apostrophe, so that a spreadsheet never runs it as a formula.
"""

import csv
import io

from django.http import HttpResponse, JsonResponse
from django.utils import timezone

from .monitor import laad_rijen

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


def _regels(request, agenda, rijen):
    basis = agenda.get_url(request) or agenda.url
    for rij in rijen:
        o, stand = rij.onderwerp, rij.stand
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
            "drager": o.drager,
            "vip_contact": o.vip_contact,
            "trefwoorden": ", ".join(t.name for t in rij.tags),
            "adres": request.build_absolute_uri(f"{basis}{o.slug}/"),
        }


def als_csv(request, agenda):
    rijen = laad_rijen(agenda)
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(KOLOMMEN)
    for regel in _regels(request, agenda, rijen):
        schrijver.writerow([veilige_cel(regel[k]) for k in KOLOMMEN])
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    naam = f"onderwerpen-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


def als_json(request, agenda):
    rijen = laad_rijen(agenda, met_artikelen=True)
    onderwerpen = []
    for rij, regel in zip(rijen, _regels(request, agenda, rijen), strict=True):
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
    data = {
        "agenda": agenda.title,
        "gemaakt_op": timezone.now().isoformat(timespec="seconds"),
        "licentie": "CC0 1.0",
        "onderwerpen": onderwerpen,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response
