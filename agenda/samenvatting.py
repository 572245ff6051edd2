"""The agenda in a few sentences, for the home page.

Residents land on the home page, not on the overview of 58 topics. They
should see at once how the agenda stands and what happened last, written out
as text. The numbers come from the overview's own `laad_rijen` and
`cijfers_op`, so the home page cannot disagree with the overview.
"""

from dataclasses import dataclass

from inclusie.startpagina import Deel

from .models import AgendaPage, OnderwerpPage, Voortgang
from .models.status import Status
from .monitor import Cijfers, cijfers_op, laad_rijen

# How many of the newest progress updates the home page shows.
LAATSTE_AANTAL = 3


@dataclass
class Nieuws:
    onderwerp: OnderwerpPage
    datum: object
    status_label: str
    wat_gebeurd: str


@dataclass
class Samenvatting:
    agenda: AgendaPage
    cijfers: Cijfers
    laatste: list  # [Nieuws], newest first


def samenvatting(onder) -> Samenvatting | None:
    """The first live agenda below `onder` (a home page), summed up; None if there is none."""
    agenda = AgendaPage.objects.live().public().descendant_of(onder).order_by("path").first()
    if agenda is None:
        return None
    return Samenvatting(
        agenda=agenda,
        cijfers=cijfers_op(laad_rijen(agenda)),
        laatste=_laatste(OnderwerpPage.objects.live().public().child_of(agenda)),
    )


def startpagina_deel(bronnen) -> Deel | None:
    """The agenda's part of the home page; registered in wagtail_hooks.py."""
    gevonden, taal = bronnen.zoek(samenvatting)
    if gevonden is None:
        return None
    return Deel(template="agenda/includes/startpagina_agenda.html", inhoud=gevonden, taal=taal)


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
