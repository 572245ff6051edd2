"""Admin wiring: the reference data as snippets."""

from wagtail.snippets.models import register_snippet

from .models import Bespreking, Fase, Thema, VerdragsArtikel

register_snippet(Thema)
register_snippet(Fase)
register_snippet(Bespreking)
register_snippet(VerdragsArtikel)
