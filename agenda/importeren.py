"""Import the ViP's topic list from a spreadsheet (CSV or XLSX).

Every row is checked before anything is written. One bad row means nothing is
changed, and the kernteam gets every problem at once, with row and column, so
they can fix the spreadsheet in one go. A topic is recognised by its number:
importing again updates it, and its progress history is never touched.

The import follows the same rules as the editor in the admin:

- Each topic gets a new revision, built on its latest state (the live page, or
  the draft if there is one), so no work is lost.
- Without "meteen publiceren" that revision goes into the page's review
  workflow, like "Ter beoordeling indienen" in the editor; without a workflow
  it stays a draft. The live page does not change.
- With "meteen publiceren" the revision is published, but only for someone who
  may publish every topic in the file.
- A topic that is being reviewed (or was sent back) is never overwritten: the
  import stops and names every such topic. See `_controleer_paginas`.

A file that is not a readable CSV or XLSX file ends in an `ImportFout` with a
Dutch message, never in a traceback.
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from inclusie.leesbaarheid.validators import valideer_in_het_kort

from .models import Fase, OnderwerpPage, Prioriteit, Thema, VerdragsArtikel
from .models.onderwerp import einde_voor_start

# Column name in the spreadsheet -> field. The import screen and the README explain them.
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

# What to fill in per column, for the explanation on the import screen.
UITLEG = {
    "nummer": _(
        "Het nummer op de agenda. Een heel getal, zoals 12. "
        "Elk nummer staat maar één keer in het bestand."
    ),
    "titel": _("De titel van het onderwerp."),
    "in_het_kort": _("Twee tot vier korte zinnen over het onderwerp."),
    "thema": _("De naam van een thema dat al bestaat, zoals Vervoer."),
    "prioriteit": _("Hoog, midden of laag."),
    "rang": _("De plaats in de begrotingsronde. 1 is het belangrijkst."),
    "fase": _("De naam van een fase die al bestaat."),
    "artikelen": _("De nummers van artikelen uit het VN-verdrag, zoals 9, 20."),
    "trefwoorden": _("Losse woorden. Zet een komma tussen de woorden."),
    "uitvoering_gemeente": _(
        "De afdeling of de rol bij de gemeente. Nooit de naam van een persoon."
    ),
    "contact_vip": _("De rol bij de ViP, zoals werkgroep vervoer. Nooit de naam van een persoon."),
    "start": _("De geplande start. Schrijf de datum zo: 15-06-2024."),
    "einde": _("Het geplande einde. Schrijf de datum zo: 15-06-2024."),
    "probleem": _("Wat is het probleem? Een lege regel begint een nieuwe alinea."),
    "wat_willen_we": _("Wat willen we? Een lege regel begint een nieuwe alinea."),
    "al_gedaan": _("Wat is er al gedaan? Een lege regel begint een nieuwe alinea."),
    "nog_nodig": _("Wat is er nog nodig? Een lege regel begint een nieuwe alinea."),
}

# The upload form refuses bigger files; the import itself never reads more than this.
MAX_GROOTTE = 5 * 1024 * 1024
# The agenda has about 60 topics. Far more rows means it is the wrong file.
MAX_RIJEN = 1000
# Control characters never occur in a real CSV file (tab, CR and LF excepted).
STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

ONLEESBAAR = _(
    "Dit bestand kan de site niet lezen. "
    "Sla het op als .csv (UTF-8) of .xlsx en probeer het opnieuw."
)
GEEN_CSV = _(
    "Dit is geen leesbaar CSV-bestand. Sla het op als .csv (UTF-8) of .xlsx en probeer het opnieuw."
)
KAPOT_EXCEL = _(
    "Dit Excel-bestand kan de site niet openen. Misschien is het kapot. "
    "Sla het opnieuw op als .xlsx of als .csv (UTF-8) en probeer het opnieuw."
)
TE_GROOT = _("Het bestand is te groot. Het mag hoogstens 5 MB zijn.")
LEEG = _("Het bestand is leeg.")
PUBLICEREN = "meteen_publiceren"  # the form field that a `Fout` can point at


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
    # The form field this problem is about, when it is not the file ("meteen_publiceren").
    veld: str | None = None

    def __str__(self):
        if self.rij and self.kolom:
            return gettext("Rij %(rij)s, kolom '%(kolom)s': %(bericht)s") % vars(self)
        if self.rij:
            return gettext("Rij %(rij)s: %(bericht)s") % vars(self)
        if self.kolom:
            return gettext("Kolom '%(kolom)s': %(bericht)s") % vars(self)
        return str(self.bericht)


def _bestandsfout(bericht):
    return ImportFout([Fout(None, None, str(bericht))])


@dataclass
class Resultaat:
    """What the import did, or (when only checking) would do.

    `nieuw` and `bijgewerkt` hold pages after a real import and titles after a
    check. `op_concept` holds (number, title) of the topics whose new version
    was built on a draft that was there already.
    """

    nieuw: list = field(default_factory=list)
    bijgewerkt: list = field(default_factory=list)
    ter_beoordeling: list = field(default_factory=list)
    gepubliceerd: list = field(default_factory=list)
    concept: list = field(default_factory=list)
    op_concept: list = field(default_factory=list)

    def concept_zin(self):
        """One sentence about the drafts the import built on, or ''."""
        if not self.op_concept:
            return ""
        lijst = ", ".join(f"{nummer} ({titel})" for nummer, titel in self.op_concept)
        return ngettext(
            "Bij %(n)s onderwerp stond al een concept. De nieuwe versie bouwt daarop verder: "
            "%(lijst)s.",
            "Bij %(n)s onderwerpen stond al een concept. De nieuwe versies bouwen daarop "
            "verder: %(lijst)s.",
            len(self.op_concept),
        ) % {"n": len(self.op_concept), "lijst": lijst}

    def samenvatting(self):
        """The result of a real import in short Dutch sentences."""
        n_nieuw, n_oud = len(self.nieuw), len(self.bijgewerkt)
        n_beoordeling, n_live = len(self.ter_beoordeling), len(self.gepubliceerd)
        zinnen = [
            gettext("Klaar."),
            ngettext("%(n)s onderwerp is nieuw.", "%(n)s onderwerpen zijn nieuw.", n_nieuw)
            % {"n": n_nieuw},
            ngettext("%(n)s onderwerp is bijgewerkt.", "%(n)s onderwerpen zijn bijgewerkt.", n_oud)
            % {"n": n_oud},
            ngettext(
                "%(n)s onderwerp staat nu ter beoordeling.",
                "%(n)s onderwerpen staan nu ter beoordeling.",
                n_beoordeling,
            )
            % {"n": n_beoordeling},
            ngettext(
                "%(n)s onderwerp is gepubliceerd.", "%(n)s onderwerpen zijn gepubliceerd.", n_live
            )
            % {"n": n_live},
        ]
        if self.concept:
            zinnen.append(
                ngettext(
                    "%(n)s onderwerp is opgeslagen als concept. Het staat nog niet op de site.",
                    "%(n)s onderwerpen zijn opgeslagen als concept. Ze staan nog niet op de site.",
                    len(self.concept),
                )
                % {"n": len(self.concept)}
            )
        if self.op_concept:
            zinnen.append(self.concept_zin())
        zinnen.append(gettext("De voortgang bleef staan."))
        return " ".join(zinnen)


def _normaliseer_kop(kop):
    return re.sub(r"[\s\-]+", "_", str(kop or "").strip().lower())


def lees_bestand(bestand, naam):
    """Rows as (row number, {column: value}) from a CSV or XLSX file.

    Reads at most MAX_GROOTTE + 1 bytes, so a huge file is refused without
    reading it all. Every way a file can be unreadable ends in ImportFout.
    """
    extensie = Path(naam).suffix.lower()
    if extensie not in (".xlsx", ".csv", ".txt"):
        raise _bestandsfout(gettext("Kies een bestand dat eindigt op .csv of .xlsx."))
    try:
        ruw = bestand.read(MAX_GROOTTE + 1)
    except (OSError, ValueError) as fout:
        raise _bestandsfout(ONLEESBAAR) from fout
    if len(ruw) > MAX_GROOTTE:
        raise _bestandsfout(TE_GROOT)
    if not ruw:
        raise _bestandsfout(LEEG)
    if extensie == ".xlsx":
        return _lees_xlsx(ruw)
    return _lees_csv(ruw)


def _lees_csv(ruw):
    if isinstance(ruw, str):
        tekst = ruw
    else:
        try:
            tekst = ruw.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Excel versions save CSV in Windows-1252.
            try:
                tekst = ruw.decode("cp1252")
            except UnicodeDecodeError as fout:
                raise _bestandsfout(GEEN_CSV) from fout
    # Random bytes, a UTF-16 file or an Excel file with the wrong name decode
    # to text with control characters; refuse it instead of reading garbage.
    if STUURTEKENS.search(tekst):
        raise _bestandsfout(GEEN_CSV)
    if not tekst.strip():
        raise _bestandsfout(LEEG)
    eerste_regel = tekst.split("\n", 1)[0]
    scheiding = ";" if eerste_regel.count(";") >= eerste_regel.count(",") else ","
    lezer = csv.reader(io.StringIO(tekst), delimiter=scheiding)
    try:
        return _rijen_met_kop(lezer)
    except csv.Error as fout:  # for example a cell longer than the csv module allows
        raise _bestandsfout(GEEN_CSV) from fout


def _lees_xlsx(ruw):
    from openpyxl import load_workbook

    if isinstance(ruw, str) or not zipfile.is_zipfile(io.BytesIO(ruw)):
        raise _bestandsfout(KAPOT_EXCEL)
    try:
        boek = load_workbook(io.BytesIO(ruw), read_only=True, data_only=True)
    except Exception as fout:  # openpyxl and zipfile raise many kinds for a broken file
        raise _bestandsfout(KAPOT_EXCEL) from fout
    try:
        if not boek.worksheets:
            raise _bestandsfout(KAPOT_EXCEL)
        blad = boek.worksheets[0]
        # The sheet is read lazily: a damaged sheet fails while reading rows.
        return _rijen_met_kop(_xlsx_regels(blad))
    except ImportFout:
        raise
    except Exception as fout:
        raise _bestandsfout(KAPOT_EXCEL) from fout
    finally:
        boek.close()


def _xlsx_regels(blad):
    """The header row, then the other rows only as wide as the header."""
    kop = list(next(blad.iter_rows(max_row=1, values_only=True), ()))
    while kop and kop[-1] in (None, ""):
        kop.pop()
    yield kop
    yield from blad.iter_rows(min_row=2, max_col=max(len(kop), 1), values_only=True)


def _kort(tekst, lengte=40):
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"


def _rijen_met_kop(regels):
    regels = iter(regels)
    eerste = next(regels, None)
    if eerste is None:
        raise _bestandsfout(LEEG)
    koppen = [_normaliseer_kop(k) for k in eerste]
    if not any(kop in KOLOMMEN for kop in koppen):
        raise _bestandsfout(
            gettext(
                "In de eerste rij staan niet de namen van de kolommen. "
                "Zet daar in elk geval: %(kolommen)s."
            )
            % {"kolommen": ", ".join(VERPLICHT)}
        )
    fouten = []
    for kop in koppen:
        if kop and kop not in KOLOMMEN:
            fouten.append(
                Fout(
                    1,
                    _kort(kop),
                    gettext("deze kolom ken ik niet. Kijk in de uitleg welke kolommen kunnen."),
                )
            )
    for kop in VERPLICHT:
        if kop not in koppen:
            fouten.append(Fout(None, kop, gettext("deze kolom ontbreekt. Hij is verplicht.")))
    if fouten:
        raise ImportFout(fouten)
    rijen = []
    for index, regel in enumerate(regels, start=2):
        waarden = {
            kop: waarde
            for kop, waarde in zip(koppen, regel, strict=False)
            if kop and waarde not in (None, "")
        }
        if any(str(w).strip() for w in waarden.values()):
            rijen.append((index, waarden))
            if len(rijen) > MAX_RIJEN:
                raise _bestandsfout(
                    gettext(
                        "Het bestand heeft meer dan %(n)s rijen met onderwerpen. Dat zijn er te "
                        "veel. Kijk of je het goede bestand hebt gekozen."
                    )
                    % {"n": MAX_RIJEN}
                )
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


def _controleer_paginas(schoon, bestaand, agenda, gebruiker, publiceren, resultaat):
    """Problems with the topics the file would change; notes drafts in `resultaat`.

    - A topic in review (or sent back by the reviewer) is never overwritten:
      someone is checking exactly that version. The import stops and names it.
    - A topic with a draft that is not in review: the new version is built on
      that draft, so the draft's other changes stay, and the result names the
      topic. That is what an editor expects: the import adds the spreadsheet
      to the work in progress, and the reviewer sees both together. The draft
      itself also stays in the page's history. With "meteen publiceren" the
      draft would go live unchecked, so then the import stops and names it.
    - The user needs the page rights the editor would ask for: add for a new
      topic, edit for an existing one, and publish for "meteen publiceren".
      Without a user (the management command) these rights are not checked.
    """
    fouten = []
    agenda_rechten = agenda.permissions_for_user(gebruiker) if gebruiker else None
    for rij, velden in schoon:
        nummer = velden["nummer"]
        page = bestaand.get(nummer)
        if page is None:
            if agenda_rechten and not agenda_rechten.can_add_subpage():
                fouten.append(
                    Fout(
                        rij,
                        "nummer",
                        gettext(
                            "onderwerp %(n)s is nieuw. Je mag geen nieuwe onderwerpen maken "
                            "in deze agenda."
                        )
                        % {"n": nummer},
                    )
                )
            if publiceren and agenda_rechten and not agenda_rechten.can_publish_subpage():
                fouten.append(
                    Fout(
                        rij,
                        "nummer",
                        gettext("onderwerp %(n)s mag je niet meteen publiceren.") % {"n": nummer},
                        veld=PUBLICEREN,
                    )
                )
            continue
        naam = {"n": nummer, "titel": page.title}
        staat = page.current_workflow_state
        if staat is not None:
            if staat.status == staat.STATUS_NEEDS_CHANGES:
                bericht = gettext(
                    "onderwerp %(n)s (%(titel)s) is teruggestuurd om aan te passen. Daarom "
                    "verandert de import niets. Pas het onderwerp eerst aan en stuur het "
                    "opnieuw in, of stop de beoordeling."
                )
            else:
                bericht = gettext(
                    "onderwerp %(n)s (%(titel)s) wacht op beoordeling. Daarom verandert de "
                    "import niets. Rond eerst de beoordeling af, of stop die."
                )
            fouten.append(Fout(rij, "nummer", bericht % naam))
            continue
        rechten = page.permissions_for_user(gebruiker) if gebruiker else None
        if rechten and not rechten.can_edit():
            fouten.append(
                Fout(
                    rij,
                    "nummer",
                    gettext("onderwerp %(n)s (%(titel)s) mag je niet aanpassen.") % naam,
                )
            )
        if publiceren and rechten and not rechten.can_publish():
            fouten.append(
                Fout(
                    rij,
                    "nummer",
                    gettext("onderwerp %(n)s (%(titel)s) mag je niet meteen publiceren.") % naam,
                    veld=PUBLICEREN,
                )
            )
        if page.has_unpublished_changes:
            if publiceren:
                fouten.append(
                    Fout(
                        rij,
                        "nummer",
                        gettext(
                            "onderwerp %(n)s (%(titel)s) heeft een concept dat nog niet op de "
                            "site staat. Met 'Meteen publiceren' komt dat concept ook op de "
                            "site. Kijk eerst naar het concept, of importeer zonder 'Meteen "
                            "publiceren'."
                        )
                        % naam,
                    )
                )
            else:
                resultaat.op_concept.append((nummer, page.title))
    return fouten


def importeer(bestand, naam, agenda, gebruiker=None, alleen_controleren=False, publiceren=False):
    """Check the whole file and the topics it changes, then write it in one transaction.

    Without `publiceren` every changed or new topic gets a revision in review
    (or a draft, when the page has no workflow); with it, the revision is
    published. Raises ImportFout; then nothing has changed.
    """
    schoon, fouten = controleer(lees_bestand(bestand, naam), agenda)
    if fouten:
        raise ImportFout(fouten)
    resultaat = Resultaat()
    bestaand = {p.nummer: p for p in OnderwerpPage.objects.child_of(agenda)}
    fouten = _controleer_paginas(schoon, bestaand, agenda, gebruiker, publiceren, resultaat)
    if fouten:
        raise ImportFout(fouten)
    if alleen_controleren:
        for _rij, velden in schoon:
            doel = resultaat.bijgewerkt if velden["nummer"] in bestaand else resultaat.nieuw
            doel.append(velden["title"])
        return resultaat
    with transaction.atomic():
        revisies, fouten = [], []
        for rij, velden in schoon:
            artikelen = velden.pop("artikelen", None)
            tags = velden.pop("tags", None)
            live_pagina = bestaand.get(velden["nummer"])
            try:
                if live_pagina is None:
                    page = OnderwerpPage(
                        slug=_unieke_slug(agenda, velden["title"], velden["nummer"]),
                        live=False,
                        owner=gebruiker,
                        **velden,
                    )
                    agenda.add_child(instance=page)
                    resultaat.nieuw.append(page)
                else:
                    # The draft if there is one, else the live page itself (so progress
                    # steps keep their ids). Never the live page over a draft.
                    page = live_pagina.get_latest_revision_as_object()
                    for naam_veld, waarde in velden.items():
                        setattr(page, naam_veld, waarde)
                    resultaat.bijgewerkt.append(page)
                if artikelen is not None:
                    page.artikelen = artikelen
                if tags is not None:
                    page.tags.set(tags)
                if not page.live:
                    # Like the editor: a page that is not live keeps its draft in the row too.
                    page.save()
                revisies.append((page, page.save_revision(user=gebruiker, log_action=True)))
            except ValidationError as fout:
                fouten.extend(Fout(rij, None, bericht) for bericht in fout.messages)
        if fouten:
            transaction.set_rollback(True)
        else:
            # Only now that every revision is saved: start reviews or publish.
            for page, revisie in revisies:
                if publiceren:
                    revisie.publish(user=gebruiker)
                    resultaat.gepubliceerd.append(page)
                    continue
                workflow = page.get_workflow()
                if workflow is None:
                    resultaat.concept.append(page)
                else:
                    workflow.start(page, gebruiker)
                    resultaat.ter_beoordeling.append(page)
    if fouten:
        raise ImportFout(fouten)
    return resultaat
