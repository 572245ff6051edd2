"""Import the ViP's topic list from a spreadsheet (CSV or XLSX).

Every row is checked before anything is written. One bad row means nothing is
changed, and the kernteam gets every problem at once, with row and column, so
they can fix the spreadsheet in one go. A topic is recognised by its number:
importing again updates it, and its progress history is never touched.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext

from inclusie.leesbaarheid.validators import valideer_in_het_kort

from .models import Fase, OnderwerpPage, Prioriteit, Thema, VerdragsArtikel
from .models.onderwerp import einde_voor_start

# Column name in the spreadsheet -> field. The README documents these.
KOLOMMEN = {
    "nummer": "nummer",
    "titel": "title",
    "in_het_kort": "in_het_kort",
    "thema": "thema",
    "prioriteit": "prioriteit",
    "rang": "rang",
    "fase": "fase",
    "artikelen": "artikelen",
    "trefwoorden": "tags",
    "uitvoering_gemeente": "drager",
    "contact_vip": "vip_contact",
    "start": "start_gepland",
    "einde": "einde_gepland",
    "probleem": "probleem",
    "wat_willen_we": "wens",
    "al_gedaan": "gedaan",
    "nog_nodig": "nodig",
}
VERPLICHT = ["nummer", "titel", "in_het_kort", "thema"]
TEKSTSECTIES = {"probleem", "wat_willen_we", "al_gedaan", "nog_nodig"}


def _max_lengtes():
    """The model's own max_length per text column, so the import can never allow more."""
    lengtes = {}
    for kolom, veld in KOLOMMEN.items():
        model_veld = OnderwerpPage._meta.get_field(veld)
        if getattr(model_veld, "max_length", None) and not getattr(model_veld, "choices", None):
            lengtes[kolom] = model_veld.max_length
    return lengtes


MAX_LENGTE = _max_lengtes()


class ImportFout(Exception):
    """The file could not be imported; `fouten` lists every problem."""

    def __init__(self, fouten):
        super().__init__("\n".join(str(f) for f in fouten))
        self.fouten = fouten


@dataclass
class Fout:
    rij: int | None
    kolom: str | None
    bericht: str

    def __str__(self):
        if self.rij and self.kolom:
            return gettext("Rij %(rij)s, kolom '%(kolom)s': %(bericht)s") % vars(self)
        if self.rij:
            return gettext("Rij %(rij)s: %(bericht)s") % vars(self)
        if self.kolom:
            return gettext("Kolom '%(kolom)s': %(bericht)s") % vars(self)
        return self.bericht


@dataclass
class Resultaat:
    nieuw: list = field(default_factory=list)
    bijgewerkt: list = field(default_factory=list)


def _normaliseer_kop(kop):
    return re.sub(r"[\s\-]+", "_", str(kop or "").strip().lower())


def lees_bestand(bestand, naam):
    """Rows as (row number, {column: value}) from a CSV or XLSX file."""
    extensie = Path(naam).suffix.lower()
    if extensie == ".xlsx":
        return _lees_xlsx(bestand)
    if extensie in (".csv", ".txt"):
        return _lees_csv(bestand)
    raise ImportFout([Fout(None, None, gettext("Kies een bestand dat eindigt op .csv of .xlsx."))])


def _lees_csv(bestand):
    ruw = bestand.read()
    if isinstance(ruw, str):
        tekst = ruw
    else:
        try:
            tekst = ruw.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Excel versions save CSV in Windows-1252.
            tekst = ruw.decode("cp1252")
    eerste_regel = tekst.split("\n", 1)[0]
    scheiding = ";" if eerste_regel.count(";") >= eerste_regel.count(",") else ","
    lezer = csv.reader(io.StringIO(tekst), delimiter=scheiding)
    return _rijen_met_kop(list(lezer))


def _lees_xlsx(bestand):
    from openpyxl import load_workbook

    try:
        boek = load_workbook(bestand, read_only=True, data_only=True)
    except Exception as fout:  # openpyxl raises many kinds for a broken file
        raise ImportFout(
            [Fout(None, None, gettext("Dit Excel-bestand kan ik niet openen."))]
        ) from fout
    blad = boek.worksheets[0]
    regels = [list(r) for r in blad.iter_rows(values_only=True)]
    boek.close()
    return _rijen_met_kop(regels)


def _rijen_met_kop(regels):
    if not regels:
        raise ImportFout([Fout(None, None, gettext("Het bestand is leeg."))])
    koppen = [_normaliseer_kop(k) for k in regels[0]]
    fouten = []
    for kop in koppen:
        if kop and kop not in KOLOMMEN:
            fouten.append(
                Fout(
                    1,
                    kop,
                    gettext("deze kolom ken ik niet. Kijk in de uitleg welke kolommen kunnen."),
                )
            )
    for kop in VERPLICHT:
        if kop not in koppen:
            fouten.append(Fout(None, kop, gettext("deze kolom ontbreekt. Hij is verplicht.")))
    if fouten:
        raise ImportFout(fouten)
    rijen = []
    for index, regel in enumerate(regels[1:], start=2):
        waarden = {
            kop: waarde
            for kop, waarde in zip(koppen, regel, strict=False)
            if kop and waarde not in (None, "")
        }
        if any(str(w).strip() for w in waarden.values()):
            rijen.append((index, waarden))
    return rijen


def _tekst(waarde):
    if waarde is None:
        return ""
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    return str(waarde).strip()


def _geheel_getal(waarde):
    if isinstance(waarde, int | float) and float(waarde).is_integer():
        return int(waarde)
    tekst = _tekst(waarde)
    if re.fullmatch(r"\d+", tekst):
        return int(tekst)
    raise ValueError


def _datum(waarde):
    if isinstance(waarde, datetime.datetime):
        return waarde.date()
    if isinstance(waarde, datetime.date):
        return waarde
    tekst = _tekst(waarde)
    for formaat in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(tekst, formaat).date()
        except ValueError:
            continue
    raise ValueError


def _alinea_html(tekst):
    alineas = [a.strip() for a in re.split(r"\n\s*\n|\r\n\s*\r\n", tekst) if a.strip()]
    return "".join(f"<p>{escape(a)}</p>" for a in alineas)


def controleer(rijen, agenda):
    """Check every row; return (clean rows, problems)."""
    themas = {t.naam.lower(): t for t in Thema.objects.filter(locale_id=agenda.locale_id)}
    fasen = {f.naam.lower(): f for f in Fase.objects.all()}
    artikelen = {a.nummer: a for a in VerdragsArtikel.objects.all()}
    prioriteiten = {p.value: p.value for p in Prioriteit} | {
        str(p.label).lower(): p.value for p in Prioriteit
    }
    fouten, schoon, gezien = [], [], {}

    for rij, waarden in rijen:
        velden = {}

        def fout(kolom, bericht, rij=rij):
            fouten.append(Fout(rij, kolom, bericht))

        for kolom in VERPLICHT:
            if not _tekst(waarden.get(kolom)):
                fout(kolom, gettext("dit veld is leeg. Het is verplicht."))

        if _tekst(waarden.get("nummer")):
            try:
                nummer = _geheel_getal(waarden["nummer"])
                if nummer < 1:
                    raise ValueError
            except ValueError:
                fout(
                    "nummer",
                    gettext("'%(w)s' is geen geldig nummer. Gebruik een heel getal vanaf 1.")
                    % {"w": _tekst(waarden["nummer"])},
                )
            else:
                if nummer in gezien:
                    fout(
                        "nummer",
                        gettext("nummer %(n)s staat ook al in rij %(r)s.")
                        % {"n": nummer, "r": gezien[nummer]},
                    )
                else:
                    gezien[nummer] = rij
                velden["nummer"] = nummer

        for kolom, maximum in MAX_LENGTE.items():
            tekst = _tekst(waarden.get(kolom))
            if len(tekst) > maximum:
                fout(
                    kolom,
                    gettext("de tekst is te lang: %(n)s tekens. Het mag hoogstens %(m)s zijn.")
                    % {"n": len(tekst), "m": maximum},
                )
            elif kolom in waarden or kolom == "titel":
                velden[KOLOMMEN[kolom]] = tekst

        kort = _tekst(waarden.get("in_het_kort"))
        if kort:
            try:
                valideer_in_het_kort(kort)
            except ValidationError as e:
                fout("in_het_kort", " ".join(e.messages))
            velden["in_het_kort"] = kort

        thema = _tekst(waarden.get("thema"))
        if thema:
            if thema.lower() in themas:
                velden["thema"] = themas[thema.lower()]
            else:
                fout(
                    "thema",
                    gettext("thema '%(t)s' bestaat niet. Kies uit: %(lijst)s.")
                    % {"t": thema, "lijst": ", ".join(t.naam for t in themas.values())},
                )

        if "prioriteit" in waarden:
            p = _tekst(waarden["prioriteit"]).lower()
            if p in prioriteiten:
                velden["prioriteit"] = prioriteiten[p]
            else:
                fout(
                    "prioriteit",
                    gettext("'%(p)s' kan niet. Kies hoog, midden of laag, of laat het leeg.")
                    % {"p": _tekst(waarden["prioriteit"])},
                )

        if "rang" in waarden:
            try:
                velden["rang"] = _geheel_getal(waarden["rang"])
            except ValueError:
                fout(
                    "rang", gettext("'%(w)s' is geen heel getal.") % {"w": _tekst(waarden["rang"])}
                )

        if "fase" in waarden:
            f = _tekst(waarden["fase"])
            if f.lower() in fasen:
                velden["fase"] = fasen[f.lower()]
            else:
                fout(
                    "fase",
                    gettext("fase '%(f)s' bestaat niet. Maak hem eerst aan bij Fasen.") % {"f": f},
                )

        if "artikelen" in waarden:
            stukken = [s for s in re.split(r"[,;\s]+", _tekst(waarden["artikelen"])) if s]
            gekozen = []
            for stuk in stukken:
                try:
                    gekozen.append(artikelen[_geheel_getal(stuk)])
                except (ValueError, KeyError):
                    fout(
                        "artikelen",
                        gettext("'%(a)s' is geen artikel. Gebruik de nummers 1 tot en met 33.")
                        % {"a": stuk},
                    )
            velden["artikelen"] = gekozen

        if "trefwoorden" in waarden:
            velden["tags"] = [
                t.strip() for t in _tekst(waarden["trefwoorden"]).split(",") if t.strip()
            ]

        for kolom in ("start", "einde"):
            if kolom in waarden:
                try:
                    velden[KOLOMMEN[kolom]] = _datum(waarden[kolom])
                except ValueError:
                    fout(
                        kolom,
                        gettext("'%(d)s' is geen datum. Schrijf de datum zo: 15-06-2024.")
                        % {"d": _tekst(waarden[kolom])},
                    )
        start, einde = velden.get("start_gepland"), velden.get("einde_gepland")
        if einde_voor_start(start, einde):
            fout("einde", gettext("het einde ligt voor de start."))

        for kolom in TEKSTSECTIES:
            if kolom in waarden:
                velden[KOLOMMEN[kolom]] = _alinea_html(_tekst(waarden[kolom]))

        schoon.append((rij, velden))

    if not rijen and not fouten:
        fouten.append(Fout(None, None, gettext("Er staan geen onderwerpen in het bestand.")))
    return schoon, fouten


def _unieke_slug(agenda, titel, nummer, eigen_pk=None):
    basis = slugify(titel)[:200] or f"onderwerp-{nummer}"
    bezet = set(agenda.get_children().exclude(pk=eigen_pk).values_list("slug", flat=True))
    return basis if basis not in bezet else f"{basis}-{nummer}"


def importeer(bestand, naam, agenda, gebruiker=None, alleen_controleren=False):
    """Check the whole file, then write it in one transaction. Raises ImportFout."""
    schoon, fouten = controleer(lees_bestand(bestand, naam), agenda)
    if fouten:
        raise ImportFout(fouten)
    resultaat = Resultaat()
    bestaand = {p.nummer: p for p in OnderwerpPage.objects.child_of(agenda)}
    if alleen_controleren:
        for _rij, velden in schoon:
            doel = resultaat.bijgewerkt if velden["nummer"] in bestaand else resultaat.nieuw
            doel.append(velden["title"])
        return resultaat
    with transaction.atomic():
        for _rij, velden in schoon:
            artikelen = velden.pop("artikelen", None)
            tags = velden.pop("tags", None)
            page = bestaand.get(velden["nummer"])
            if page is None:
                page = OnderwerpPage(
                    slug=_unieke_slug(agenda, velden["title"], velden["nummer"]), **velden
                )
                agenda.add_child(instance=page)
                resultaat.nieuw.append(page)
            else:
                for naam_veld, waarde in velden.items():
                    setattr(page, naam_veld, waarde)
                resultaat.bijgewerkt.append(page)
            if artikelen is not None:
                page.artikelen = artikelen
            if tags is not None:
                page.tags.set(tags)
            page.save_revision(user=gebruiker, log_action=True).publish(user=gebruiker)
    return resultaat
