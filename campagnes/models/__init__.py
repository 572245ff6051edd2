"""The campagnes app's models, split by subject: venues, the café, campaigns."""

from .agenda_links import BijeenkomstOnderwerp, PosterOnderwerp
from .cafe import BijeenkomstPage, CafeIndexPage
from .campagne import CampagnePage, PosterPage
from .locatie import Locatie

__all__ = [
    "BijeenkomstOnderwerp",
    "PosterOnderwerp",
    "BijeenkomstPage",
    "CafeIndexPage",
    "CampagnePage",
    "Locatie",
    "PosterPage",
]
