"""The agenda in a few sentences, for the home page.

Residents land on the home page, not on the overview of 58 topics. They
should see at once how the agenda stands and what happened last, written out
as text. This reads only the columns it needs (two small queries, however many
topics and updates there are), and derives each topic's state with the same
`stand_uit` as every other view, so the home page cannot disagree with the
overview.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from .models import AgendaPage, OnderwerpPage, Voortgang
from .models.status import Status, stand_uit

# How many of the newest progress updates the home page shows.
LAATSTE_AANTAL = 3


class _Stap(NamedTuple):
    """The fields `stand_uit` reads, without building model objects."""

    pk: int
    datum: object
    status: str
    percentage: int


@dataclass
class Nieuws:
    onderwerp: OnderwerpPage
    datum: object
    status_label: str
    wat_gebeurd: str


@dataclass
class Samenvatting:
    agenda: AgendaPage
    aantal: int
    gemiddelde: int
    per_status: list  # [(Status, aantal)], only the statuses that occur, in vocabulary order
    laatste: list  # [Nieuws], newest first


def samenvatting(onder) -> Samenvatting | None:
    """The first live agenda below `onder` (a home page), summed up; None if there is none."""
    agenda = AgendaPage.objects.live().public().descendant_of(onder).order_by("path").first()
    if agenda is None:
        return None
    onderwerpen = OnderwerpPage.objects.live().public().child_of(agenda)
    stappen = defaultdict(list)
    for pk, onderwerp_id, datum, status, percentage in Voortgang.objects.filter(
        onderwerp__in=onderwerpen.values("pk")
    ).values_list("pk", "onderwerp_id", "datum", "status", "percentage"):
        stappen[onderwerp_id].append(_Stap(pk, datum, status, percentage))
    ids = list(onderwerpen.values_list("pk", flat=True))
    standen = [stand_uit(stappen.get(pk, [])) for pk in ids]
    telling = Counter(stand.status for stand in standen)
    gemiddelde = round(sum(s.percentage for s in standen) / len(standen)) if standen else 0
    return Samenvatting(
        agenda=agenda,
        aantal=len(standen),
        gemiddelde=gemiddelde,
        per_status=[(status, telling[status.value]) for status in Status if telling[status.value]],
        laatste=_laatste(onderwerpen),
    )


def _laatste(onderwerpen) -> list[Nieuws]:
    nieuwste = (
        Voortgang.objects.filter(onderwerp__in=onderwerpen.values("pk"))
        .select_related("onderwerp")
        .order_by("-datum", "-pk")[:LAATSTE_AANTAL]
    )
    return [
        Nieuws(
            onderwerp=stap.onderwerp,
            datum=stap.datum,
            status_label=Status(stap.status).label,
            wat_gebeurd=stap.wat_gebeurd,
        )
        for stap in nieuwste
    ]
