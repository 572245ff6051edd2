"""Loading the topics of one agenda with their history, and summing them up.

Every public view (overview, change view, report, exports) starts from
`laad_rijen`: one query for the topics, one for all their updates, one for
tags and one for articles. Everything else is done in Python on those rows, so
the number of queries stays the same for 5 topics or 60.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .models import OnderwerpPage, OnderwerpTag, Status, Voortgang
from .models.status import GEEN_STAND, PRIORITEIT_VOLGORDE, Stand, stand_uit, volgorde_sleutel


@dataclass
class Rij:
    """A topic and its full history, newest update first."""

    onderwerp: OnderwerpPage
    stappen: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    artikelen: list = field(default_factory=list)

    @property
    def stand(self) -> Stand:
        return self.stappen[0].stand if self.stappen else GEEN_STAND

    def stand_op(self, datum: date) -> Stand:
        return stand_uit(self.stappen, datum)

    def stappen_tussen(self, van: date, tot: date):
        """Updates after `van` up to and including `tot`, newest first."""
        return [s for s in self.stappen if van < s.datum <= tot]


def _stand_van(stap):
    return Stand(stap.status, stap.percentage, stap.datum)


def laad_rijen(agenda, met_artikelen=False) -> list[Rij]:
    onderwerpen = list(
        OnderwerpPage.objects.child_of(agenda)
        .live()
        .select_related("thema", "fase")
        .order_by("nummer")
    )
    rijen = {o.pk: Rij(o) for o in onderwerpen}
    if not rijen:
        return []
    for stap in Voortgang.objects.filter(onderwerp_id__in=rijen).order_by("-datum", "-pk"):
        stap.stand = _stand_van(stap)
        rijen[stap.onderwerp_id].stappen.append(stap)
    for item in OnderwerpTag.objects.filter(content_object_id__in=rijen).select_related("tag"):
        rijen[item.content_object_id].tags.append(item.tag)
    for rij in rijen.values():
        rij.tags.sort(key=lambda t: t.name.lower())
        rij.stappen.sort(key=volgorde_sleutel, reverse=True)
    if met_artikelen:
        through = OnderwerpPage.artikelen.through
        for koppeling in through.objects.filter(onderwerppage_id__in=rijen).select_related(
            "verdragsartikel"
        ):
            rijen[koppeling.onderwerppage_id].artikelen.append(koppeling.verdragsartikel)
        for rij in rijen.values():
            rij.artikelen.sort(key=lambda a: a.nummer)
    return list(rijen.values())


def _gemiddelde(getallen):
    getallen = list(getallen)
    return round(sum(getallen) / len(getallen)) if getallen else 0


@dataclass
class Totalen:
    aantal: int
    per_status: list  # [(Status, aantal)] in vocabulary order
    gemiddelde: int
    per_thema: list  # [(Thema, aantal, gemiddelde)]


def totalen(rijen, op_datum=None) -> Totalen:
    standen = [(r, r.stand if op_datum is None else r.stand_op(op_datum)) for r in rijen]
    telling = Counter(s.status for _, s in standen)
    per_thema = defaultdict(list)
    themas = {}
    for rij, stand in standen:
        themas[rij.onderwerp.thema_id] = rij.onderwerp.thema
        per_thema[rij.onderwerp.thema_id].append(stand.percentage)
    thema_rijen = sorted(
        (
            (themas[pk], len(percentages), _gemiddelde(percentages))
            for pk, percentages in per_thema.items()
        ),
        key=lambda t: (t[0].volgorde, t[0].naam),
    )
    return Totalen(
        aantal=len(rijen),
        per_status=[(status, telling.get(status.value, 0)) for status in Status],
        gemiddelde=_gemiddelde(s.percentage for _, s in standen),
        per_thema=thema_rijen,
    )


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


def filter_en_sorteer(rijen, thema=None, status="", prioriteit="", fase=None, tag="", sorteer=""):
    gekozen = [
        r
        for r in rijen
        if (thema is None or r.onderwerp.thema_id == thema.pk)
        and (not status or r.stand.status == status)
        and (not prioriteit or r.onderwerp.prioriteit == prioriteit)
        and (fase is None or r.onderwerp.fase_id == fase.pk)
        and (not tag or any(t.slug == tag for t in r.tags))
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
