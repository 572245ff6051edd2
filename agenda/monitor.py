"""Loading the topics of one agenda with their history, and summing them up.

Every public view (overview, change view, report, exports) starts from
`laad_rijen`: one query for the topics, one for all their updates, one for
tags and one for articles. Everything else is done in Python on those rows, so
the number of queries stays the same for 5 topics or 60.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import cached_property

from django.utils import timezone

from .models.lichten import LAMPJES, LICHT_SYMBOOL, Beoordeling, Licht, lampjes_van
from .models.onderwerp import OnderwerpPage, OnderwerpTag, Voortgang
from .models.status import (
    KAN_AF,
    PRIORITEIT_VOLGORDE,
    Prioriteit,
    Stand,
    Status,
    later_dan_gepland,
    stand_uit,
)

# A topic that has not moved for this long is named in the report.
LANG_GEEN_NIEUWS = timedelta(days=365)

# The overview reads 58 topics with all their history on every uncached
# request. Model instances (a Page has some forty fields, and Wagtail's
# __init__ is not cheap) cost more than the rest of the view together, so the
# rows are built from `values_list()` into these small read-only records. They
# carry the attribute names of the models, so templates and exports read them
# the same way.


@dataclass(frozen=True, slots=True)
class ThemaRegel:
    pk: int
    naam: str
    volgorde: int

    def __str__(self):
        return self.naam


@dataclass(frozen=True, slots=True)
class FaseRegel:
    pk: int
    naam: str

    def __str__(self):
        return self.naam


@dataclass(frozen=True, slots=True)
class TagRegel:
    name: str
    slug: str


@dataclass(frozen=True, slots=True)
class ArtikelRegel:
    nummer: int
    titel: str


@dataclass(slots=True)
class OnderwerpRegel:
    pk: int
    nummer: int
    title: str
    slug: str
    thema: ThemaRegel
    prioriteit: str
    rang: int | None
    fase: FaseRegel | None
    drager: str
    vip_contact: str
    einde_gepland: date | None = None

    @property
    def thema_id(self):
        return self.thema.pk

    @property
    def fase_id(self):
        return self.fase.pk if self.fase else None

    def get_prioriteit_display(self):
        return Prioriteit(self.prioriteit).label if self.prioriteit else ""


@dataclass(frozen=True, slots=True)
class Stap:
    """One progress update (a Voortgang), enough for `stand_uit` and the exports."""

    pk: int
    datum: date
    status: str
    percentage: int
    wat_gebeurd: str
    volgende_stap: str

    def get_status_display(self):
        return Status(self.status).label


@dataclass(frozen=True, slots=True)
class LichtRegel:
    """The three lights of a topic at one review (a Beoordeling)."""

    bespreking_id: int
    datum: date
    inhoud: str
    inhoud_reden: str
    planning: str
    planning_reden: str
    geld: str
    geld_reden: str

    def lampjes(self):
        return lampjes_van(self)

    def heeft(self, licht) -> bool:
        return any(getattr(self, naam) == licht for naam in LAMPJES)


@dataclass
class Rij:
    """A topic and its full history, newest update first."""

    onderwerp: OnderwerpRegel
    stappen: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    artikelen: list = field(default_factory=list)
    lichten: list = field(default_factory=list)  # [LichtRegel], newest review first

    def lichten_op(self, datum: date) -> LichtRegel | None:
        """The lights of the latest review on or before `datum`."""
        return next((licht for licht in self.lichten if licht.datum <= datum), None)

    @cached_property
    def stand(self) -> Stand:
        # Read once per request by the filter, the sort, the totals and the row.
        return stand_uit(self.stappen)

    def stand_op(self, datum: date) -> Stand:
        return stand_uit(self.stappen, datum)

    def later_dan_gepland(self, op_datum: date) -> bool:
        return later_dan_gepland(self.onderwerp.einde_gepland, self.stand_op(op_datum), op_datum)

    def stappen_tussen(self, van: date, tot: date):
        """Updates after `van` up to and including `tot`, newest first."""
        return [s for s in self.stappen if van < s.datum <= tot]


ONDERWERP_VELDEN = (
    "pk",
    "nummer",
    "title",
    "slug",
    "thema_id",
    "thema__naam",
    "thema__volgorde",
    "prioriteit",
    "rang",
    "fase_id",
    "fase__naam",
    "drager",
    "vip_contact",
    "einde_gepland",
)


def laad_rijen(agenda, met_artikelen=False) -> list[Rij]:
    themas, fasen = {}, {}
    rijen = {}
    for (
        pk,
        nummer,
        title,
        slug,
        thema_id,
        thema_naam,
        thema_volgorde,
        prioriteit,
        rang,
        fase_id,
        fase_naam,
        drager,
        vip_contact,
        einde_gepland,
    ) in (
        OnderwerpPage.objects.child_of(agenda)
        .live()
        .order_by("nummer")
        .values_list(*ONDERWERP_VELDEN)
    ):
        thema = themas.get(thema_id)
        if thema is None:
            thema = themas[thema_id] = ThemaRegel(thema_id, thema_naam, thema_volgorde)
        fase = None
        if fase_id is not None:
            fase = fasen.get(fase_id)
            if fase is None:
                fase = fasen[fase_id] = FaseRegel(fase_id, fase_naam)
        rijen[pk] = Rij(
            OnderwerpRegel(
                pk,
                nummer,
                title,
                slug,
                thema,
                prioriteit,
                rang,
                fase,
                drager,
                vip_contact,
                einde_gepland,
            )
        )
    if not rijen:
        return []
    # Same order as `volgorde_sleutel`, newest first.
    for onderwerp_id, *stap in (
        Voortgang.objects.filter(onderwerp_id__in=rijen)
        .order_by("-datum", "-pk")
        .values_list(
            "onderwerp_id", "pk", "datum", "status", "percentage", "wat_gebeurd", "volgende_stap"
        )
    ):
        rijen[onderwerp_id].stappen.append(Stap(*stap))
    for onderwerp_id, *licht in (
        Beoordeling.objects.filter(onderwerp_id__in=rijen)
        .order_by("-bespreking__datum")
        .values_list(
            "onderwerp_id",
            "bespreking_id",
            "bespreking__datum",
            "inhoud",
            "inhoud_reden",
            "planning",
            "planning_reden",
            "geld",
            "geld_reden",
        )
    ):
        rijen[onderwerp_id].lichten.append(LichtRegel(*licht))
    for onderwerp_id, naam, slug in OnderwerpTag.objects.filter(
        content_object_id__in=rijen
    ).values_list("content_object_id", "tag__name", "tag__slug"):
        rijen[onderwerp_id].tags.append(TagRegel(naam, slug))
    for rij in rijen.values():
        rij.tags.sort(key=lambda t: t.name.lower())
    if met_artikelen:
        through = OnderwerpPage.artikelen.through
        for onderwerp_id, nummer, titel in (
            through.objects.filter(onderwerppage_id__in=rijen)
            .order_by("verdragsartikel__nummer")
            .values_list("onderwerppage_id", "verdragsartikel__nummer", "verdragsartikel__titel")
        ):
            rijen[onderwerp_id].artikelen.append(ArtikelRegel(nummer, titel))
    return list(rijen.values())


def _gemiddelde(getallen):
    getallen = list(getallen)
    return round(sum(getallen) / len(getallen)) if getallen else None


@dataclass
class Telling:
    """How a group of topics stands on one date: counts first, an average only where it fits."""

    aantal: int = 0
    per_status: Counter = field(default_factory=Counter)
    later_dan_gepland: int = 0
    lang_geen_nieuws: int = 0
    # Only over topics that can be finished (KAN_AF); None when there are none.
    gemiddelde: int | None = None
    kan_af: int = 0
    # Per light (inhoud, planning, geld): how many topics had which light at the
    # latest review on or before the date; topics without lights count as "weten we niet".
    lampjes: dict = field(default_factory=dict)

    def lampjes_tabel(self):
        """[(label, [(Licht, symbol, count)])] for the roll-up table."""
        return [
            (
                label,
                [
                    (licht, LICHT_SYMBOOL[licht], self.lampjes.get(naam, Counter()).get(licht, 0))
                    for licht in Licht
                ],
            )
            for naam, label in LAMPJES.items()
        ]

    def status(self, status) -> int:
        return self.per_status.get(Status(status).value, 0)

    @property
    def klaar(self):
        return self.status(Status.AFGEROND)

    @property
    def bezig(self):
        return self.status(Status.IN_VOORBEREIDING) + self.status(Status.IN_UITVOERING)

    @property
    def niet_gestart(self):
        return self.status(Status.NIET_GESTART)

    @property
    def vastgelopen(self):
        return self.status(Status.VASTGELOPEN)

    @property
    def doorlopend(self):
        return self.status(Status.DOORLOPEND)

    @property
    def statussen(self):
        """[(Status, count)] in the vocabulary's order, every status."""
        return [(status, self.status(status)) for status in Status]


@dataclass
class Cijfers(Telling):
    """The figures of one agenda on one date. Every page, export and the PDF read these."""

    datum: date | None = None
    per_thema: list = field(default_factory=list)  # [(ThemaRegel, Telling)], in theme order


def _tel(standen, op_datum) -> Telling:
    telling = Telling(aantal=len(standen))
    telling.per_status = Counter(stand.status for _rij, stand in standen)
    af = [stand.percentage for _rij, stand in standen if stand.status in KAN_AF]
    telling.kan_af = len(af)
    telling.gemiddelde = _gemiddelde(af)
    telling.later_dan_gepland = sum(
        later_dan_gepland(rij.onderwerp.einde_gepland, stand, op_datum) for rij, stand in standen
    )
    telling.lang_geen_nieuws = sum(is_lang_geen_nieuws(stand, op_datum) for _rij, stand in standen)
    telling.lampjes = {naam: Counter() for naam in LAMPJES}
    for rij, _stand in standen:
        lichten = rij.lichten_op(op_datum)
        for naam in LAMPJES:
            telling.lampjes[naam][getattr(lichten, naam) if lichten else Licht.ONBEKEND] += 1
    return telling


def is_lang_geen_nieuws(stand: Stand, op_datum: date) -> bool:
    """No update for LANG_GEEN_NIEUWS, while the topic is neither finished nor stuck."""
    if stand.status in (Status.AFGEROND, Status.VASTGELOPEN):
        return False
    return stand.datum is None or op_datum - stand.datum > LANG_GEEN_NIEUWS


def cijfers_op(rijen, op_datum: date | None = None) -> Cijfers:
    """The one source of the agenda's figures for `op_datum` (today when None)."""
    op_datum = op_datum or timezone.localdate()
    standen = [(r, r.stand_op(op_datum)) for r in rijen]
    totaal = _tel(standen, op_datum)
    per_thema = defaultdict(list)
    themas = {}
    for rij, stand in standen:
        themas[rij.onderwerp.thema_id] = rij.onderwerp.thema
        per_thema[rij.onderwerp.thema_id].append((rij, stand))
    thema_rijen = sorted(
        ((themas[pk], _tel(groep, op_datum)) for pk, groep in per_thema.items()),
        key=lambda t: (t[0].volgorde, t[0].naam),
    )
    telling = {veld.name: getattr(totaal, veld.name) for veld in fields(Telling)}
    return Cijfers(**telling, datum=op_datum, per_thema=thema_rijen)


SORTERINGEN = {
    "nummer": lambda r: (r.onderwerp.nummer,),
    "prioriteit": lambda r: (
        PRIORITEIT_VOLGORDE.get(r.onderwerp.prioriteit, 9),
        r.onderwerp.rang if r.onderwerp.rang is not None else 10_000,
        r.onderwerp.nummer,
    ),
    # Newest change first; topics that never changed go last.
    "wijziging": lambda r: (
        -(r.stand.datum.toordinal() if r.stand.datum else 0),
        r.onderwerp.nummer,
    ),
}


def let_op(rij, op_datum: date) -> list[str]:
    """What a reader should notice about a topic today: "later" and/or "stil"."""
    stand = rij.stand_op(op_datum)
    punten = []
    if later_dan_gepland(rij.onderwerp.einde_gepland, stand, op_datum):
        punten.append("later")
    if is_lang_geen_nieuws(stand, op_datum):
        punten.append("stil")
    return punten


def past_bij_lampje(lichten: LichtRegel | None, keuze: str) -> bool:
    """'probleem', 'let_op': any light; 'goed': all three; 'geld:probleem': that one light."""
    if lichten is None:
        return False
    if ":" in keuze:
        naam, licht = keuze.split(":", 1)
        return naam in LAMPJES and getattr(lichten, naam) == licht
    if keuze == Licht.GOED:
        return all(getattr(lichten, naam) == Licht.GOED for naam in LAMPJES)
    return lichten.heeft(keuze)


def filter_en_sorteer(
    rijen,
    thema=None,
    status="",
    prioriteit="",
    fase=None,
    tag="",
    let_op_punt="",
    lampje="",
    sorteer="",
    op_datum=None,
):
    op_datum = op_datum or timezone.localdate()
    gekozen = [
        r
        for r in rijen
        if (thema is None or r.onderwerp.thema_id == thema.pk)
        and (not status or r.stand.status == status)
        and (not prioriteit or r.onderwerp.prioriteit == prioriteit)
        and (fase is None or r.onderwerp.fase_id == fase.pk)
        and (not tag or any(t.slug == tag for t in r.tags))
        and (not let_op_punt or let_op_punt in let_op(r, op_datum))
        and (not lampje or past_bij_lampje(r.lichten_op(op_datum), lampje))
    ]
    return sorted(gekozen, key=SORTERINGEN.get(sorteer) or SORTERINGEN["nummer"])


@dataclass
class Verandering:
    rij: Rij
    voor: Stand
    na: Stand
    stappen: list

    @property
    def status_veranderd(self):
        return self.voor.status != self.na.status


def veranderingen(rijen, van: date, tot: date) -> list[Verandering]:
    """Per topic with at least one update in (van, tot]: state before, after, and the steps."""
    resultaat = []
    for rij in rijen:
        stappen = rij.stappen_tussen(van, tot)
        if stappen:
            resultaat.append(Verandering(rij, rij.stand_op(van), rij.stand_op(tot), stappen))
    return resultaat


@dataclass
class RapportCijfers:
    """Everything the wethouder's report shows for one date, computed in one place."""

    cijfers: Cijfers
    veranderingen: list  # [Verandering] between the previous review and the date
    vastgelopen: list  # [(Rij, Stand)]
    later: list  # [(Rij, Stand)]: the planned end has passed, not finished
    problemen: list  # [(Rij, LichtRegel)] with at least one light on "probleem"
    let_op: list  # [(Rij, LichtRegel)] with "let op" but no "probleem"
    stil: list  # [(Rij, Stand)]: no news for LANG_GEEN_NIEUWS, not finished or stuck
    prioriteiten: list  # [(Rij, Stand)] of high priority, by budget rank then number
    per_thema: list  # [(Thema, [(Rij, Stand)])] in the themes' order


def rapport_cijfers(rijen, van: date, peildatum: date) -> RapportCijfers:
    # The whole agenda was handed over in 2018, so every topic counts at every review;
    # a topic without an update yet simply stands at "niet gestart".
    standen = [(r, r.stand_op(peildatum)) for r in rijen]
    lichten = [(r, r.lichten_op(peildatum)) for r in rijen]
    lichten = [(r, licht) for r, licht in lichten if licht is not None]
    per_thema = {}
    for r, s in standen:
        per_thema.setdefault(r.onderwerp.thema, []).append((r, s))
    return RapportCijfers(
        cijfers=cijfers_op(rijen, peildatum),
        veranderingen=veranderingen(rijen, van, peildatum),
        vastgelopen=[(r, s) for r, s in standen if s.status == Status.VASTGELOPEN],
        later=[
            (r, s) for r, s in standen if later_dan_gepland(r.onderwerp.einde_gepland, s, peildatum)
        ],
        stil=[(r, s) for r, s in standen if is_lang_geen_nieuws(s, peildatum)],
        problemen=[(r, licht) for r, licht in lichten if licht.heeft(Licht.PROBLEEM)],
        let_op=[
            (r, licht)
            for r, licht in lichten
            if licht.heeft(Licht.LET_OP) and not licht.heeft(Licht.PROBLEEM)
        ],
        prioriteiten=sorted(
            ((r, s) for r, s in standen if r.onderwerp.prioriteit == Prioriteit.HOOG),
            key=lambda rs: (
                rs[0].onderwerp.rang if rs[0].onderwerp.rang is not None else 10_000,
                rs[0].onderwerp.nummer,
            ),
        ),
        per_thema=sorted(per_thema.items(), key=lambda kv: (kv[0].volgorde, kv[0].naam)),
    )


@dataclass
class Trendpunt:
    bespreking: object  # Bespreking
    telling: Telling


def trend(rijen, besprekingen) -> list[Trendpunt]:
    """How many topics stood in each status at every review, oldest first."""
    return [
        Trendpunt(b, cijfers_op(rijen, b.datum))
        for b in sorted(besprekingen, key=lambda b: b.datum)
    ]


@dataclass
class Vooruit:
    rij: Rij
    voor: Stand
    na: Stand

    @property
    def verschil(self):
        return self.na.percentage - self.voor.percentage


@dataclass
class LichtWissel:
    rij: Rij
    wissels: list  # [(label, Licht before or None, Licht after)]


@dataclass
class Vergelijking:
    """What changed between two moments: the wethouder's question before a council meeting."""

    van: Cijfers
    tot: Cijfers
    klaar: list  # [Vooruit]: finished between the two moments
    vastgelopen: list  # [Vooruit]: got stuck
    vooruit: list  # [Vooruit]: moved forward (not finished), most first
    achteruit: list  # [Vooruit]: went back
    later: list  # [(Rij, Stand)]: late at the second moment, not at the first
    lichten: list  # [LichtWissel]


def vergelijking(rijen, van: date, tot: date) -> Vergelijking:
    klaar, vast, vooruit, achteruit, later, lichten = [], [], [], [], [], []
    for rij in rijen:
        voor, na = rij.stand_op(van), rij.stand_op(tot)
        paar = Vooruit(rij, voor, na)
        if na.status == Status.AFGEROND and voor.status != Status.AFGEROND:
            klaar.append(paar)
        elif na.status == Status.VASTGELOPEN and voor.status != Status.VASTGELOPEN:
            vast.append(paar)
        elif paar.verschil > 0:
            vooruit.append(paar)
        elif paar.verschil < 0:
            achteruit.append(paar)
        if rij.later_dan_gepland(tot) and not rij.later_dan_gepland(van):
            later.append((rij, na))
        oud, nieuw = rij.lichten_op(van), rij.lichten_op(tot)
        if nieuw is not None and nieuw is not oud:
            wissels = [
                (label, Licht(getattr(oud, naam)) if oud else None, Licht(getattr(nieuw, naam)))
                for naam, label in LAMPJES.items()
                if oud is None or getattr(oud, naam) != getattr(nieuw, naam)
            ]
            if wissels:
                lichten.append(LichtWissel(rij, wissels))
    vooruit.sort(key=lambda v: (-v.verschil, v.rij.onderwerp.nummer))
    return Vergelijking(
        van=cijfers_op(rijen, van),
        tot=cijfers_op(rijen, tot),
        klaar=klaar,
        vastgelopen=vast,
        vooruit=vooruit,
        achteruit=achteruit,
        later=later,
        lichten=lichten,
    )
