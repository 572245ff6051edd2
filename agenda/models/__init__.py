"""The Lokale Inclusie Agenda's content model.

Split in modules: reference data (themes, articles, phases, reviews), the
status vocabulary and its derivation, and the two page types.
"""

from .pages import AgendaPage, OnderwerpPage, OnderwerpTag, Voortgang
from .referentie import Bespreking, Fase, Thema, VerdragsArtikel
from .status import Prioriteit, Stand, Status

__all__ = [
    "AgendaPage",
    "Bespreking",
    "Fase",
    "OnderwerpPage",
    "OnderwerpTag",
    "Prioriteit",
    "Stand",
    "Status",
    "Thema",
    "VerdragsArtikel",
    "Voortgang",
]
