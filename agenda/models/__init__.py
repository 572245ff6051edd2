"""The Lokale Inclusie Agenda's content model.

Split in modules: reference data (themes, articles, phases, reviews), the
status vocabulary and its derivation, the topic with its progress, and the
overview page. Modules inside the app import the submodules they need, not
this package, so that the overview page can route to the views without a cycle.
"""

from .lichten import Beoordeling, Licht
from .onderwerp import OnderwerpPage, OnderwerpTag, Voortgang
from .overzicht import AgendaPage
from .referentie import Bespreking, Fase, Thema, VerdragsArtikel
from .status import Prioriteit, Stand, Status

__all__ = [
    "AgendaPage",
    "Beoordeling",
    "Bespreking",
    "Fase",
    "OnderwerpPage",
    "Licht",
    "OnderwerpTag",
    "Prioriteit",
    "Stand",
    "Status",
    "Thema",
    "VerdragsArtikel",
    "Voortgang",
]
