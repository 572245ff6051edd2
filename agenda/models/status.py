"""Status and priority vocabulary, and how a topic's state is derived.

A topic's state is never stored: it is read from its latest dated progress
update. Every view (page, overview, report, export) goes through `stand_uit`
so they cannot disagree about which update counts as "the latest".
"""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NIET_GESTART = "niet_gestart", _("Niet gestart")
    IN_VOORBEREIDING = "in_voorbereiding", _("In voorbereiding")
    IN_UITVOERING = "in_uitvoering", _("In uitvoering")
    AFGEROND = "afgerond", _("Afgerond")
    DOORLOPEND = "doorlopend", _("Loopt altijd door")
    VASTGELOPEN = "vastgelopen", _("Vastgelopen")


class Prioriteit(models.TextChoices):
    HOOG = "hoog", _("Hoog")
    MIDDEN = "midden", _("Midden")
    LAAG = "laag", _("Laag")


# Sorting: high first, topics without a priority last.
PRIORITEIT_VOLGORDE = {Prioriteit.HOOG: 0, Prioriteit.MIDDEN: 1, Prioriteit.LAAG: 2, "": 3}


@dataclass(frozen=True)
class Stand:
    """Where a topic stands at some moment."""

    status: str = Status.NIET_GESTART
    percentage: int = 0
    datum: date | None = None

    @property
    def status_label(self):
        return Status(self.status).label


GEEN_STAND = Stand()


def volgorde_sleutel(voortgang):
    """Latest = newest date; on the same date, the one entered last."""
    return (voortgang.datum, voortgang.pk or 0)


# Topics that can be finished: a percentage average only means something for these.
# "Loopt altijd door" never ends, and a stuck topic's percentage is not progress.
KAN_AF = (Status.NIET_GESTART, Status.IN_VOORBEREIDING, Status.IN_UITVOERING, Status.AFGEROND)


def later_dan_gepland(einde_gepland: date | None, stand: Stand, op_datum: date) -> bool:
    """The planned end has passed and the topic is not finished (and can be finished)."""
    if einde_gepland is None or einde_gepland >= op_datum:
        return False
    return stand.status not in (Status.AFGEROND, Status.DOORLOPEND)


def stand_uit(voortgangen, op_datum=None):
    """The state given by the latest update (on or before `op_datum`)."""
    kandidaten = [v for v in voortgangen if op_datum is None or v.datum <= op_datum]
    if not kandidaten:
        return GEEN_STAND
    laatste = max(kandidaten, key=volgorde_sleutel)
    return Stand(laatste.status, laatste.percentage, laatste.datum)
