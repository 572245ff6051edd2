"""The campagnes app's models, split by subject: venues, the café, sign-ups, campaigns."""

from .aanmelding import Aanmelding
from .agenda_links import BijeenkomstOnderwerp, PosterOnderwerp
from .cafe import BijeenkomstPage, CafeIndexPage
from .campagne import CampagnePage, PosterPage
from .locatie import Locatie

__all__ = [
    "Aanmelding",
    "BijeenkomstOnderwerp",
    "PosterOnderwerp",
    "BijeenkomstPage",
    "CafeIndexPage",
    "CampagnePage",
    "Locatie",
    "PosterPage",
]
