"""The campagnes app's models, split by subject: venues, the café, campaigns."""

from .cafe import BijeenkomstPage, CafeIndexPage
from .campagne import CampagnePage, PosterPage
from .locatie import Locatie

__all__ = ["BijeenkomstPage", "CafeIndexPage", "CampagnePage", "Locatie", "PosterPage"]
