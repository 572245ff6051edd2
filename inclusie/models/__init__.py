"""The shell's models, split by kind: the base page, pages, settings, the statement.

Reader feedback (`Reactie`) lives in inclusie.feedback and is imported here so
that Django finds it as a model of this app.
"""

from ..feedback.models import Reactie
from .basis import InclusiePage
from .begrippen import Begrip, MoeilijkWoord
from .instellingen import SiteInstellingen
from .paginas import ContentPage, HomePage
from .verklaring import ToegankelijkheidsverklaringPage
from .woordenlijst import WoordenlijstPage

__all__ = [
    "Begrip",
    "ContentPage",
    "HomePage",
    "InclusiePage",
    "MoeilijkWoord",
    "Reactie",
    "SiteInstellingen",
    "ToegankelijkheidsverklaringPage",
    "WoordenlijstPage",
]
