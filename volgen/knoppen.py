"""The follow form on the pages where it belongs (the shell's PAGINA_AANVULLING hook).

"Volg dit onderwerp" on a topic, "Volg de hele agenda" on the overview, "Volg
het inclusiecafé" on the café overview and on a café under it. The form posts
to the uncached sign-up view, so it works on pages cached whole and without
JavaScript. Decided from the page and the context alone: no query.
"""

from django.utils.translation import gettext

from agenda.models import AgendaPage, OnderwerpPage
from campagnes.models import BijeenkomstPage, CafeIndexPage
from inclusie.aanvullingen import Aanvulling

from .models import Onderwerp


def knop_inhoud(volgt, onderwerp=None) -> dict:
    """Title, explanation and hidden fields of the form, in the active language."""
    if volgt == Onderwerp.ONDERWERP:
        return {
            "volgt": volgt,
            "onderwerp_id": onderwerp.pk if onderwerp is not None else None,
            "knoptekst": gettext("Volg dit onderwerp"),
            "uitleg": gettext(
                "Wil je een mail als er een nieuwe stap is bij dit onderwerp? "
                "Je krijgt hoogstens één mail per dag."
            ),
        }
    if volgt == Onderwerp.AGENDA:
        return {
            "volgt": volgt,
            "knoptekst": gettext("Volg de hele agenda"),
            "uitleg": gettext(
                "Wil je een mail als er een nieuwe stap is bij een onderwerp? "
                "Je krijgt hoogstens één mail per dag, met alle nieuwe stappen."
            ),
        }
    return {
        "volgt": Onderwerp.CAFE,
        "knoptekst": gettext("Volg het inclusiecafé"),
        "uitleg": gettext(
            "Wil je een mail als er een nieuw café is? "
            "Of als een café niet doorgaat of verplaatst is?"
        ),
    }


def _volgt(page, context):
    if isinstance(page, OnderwerpPage):
        return Onderwerp.ONDERWERP
    if isinstance(page, AgendaPage):
        return Onderwerp.AGENDA
    if isinstance(page, CafeIndexPage):
        return Onderwerp.CAFE
    # A meeting of a campaign week is not the café: only one under the café overview.
    if isinstance(page, BijeenkomstPage) and isinstance(context.get("ouder"), CafeIndexPage):
        return Onderwerp.CAFE
    return None


def volgknop(page, context):
    volgt = _volgt(page, context)
    if volgt is None:
        return None
    return Aanvulling("volgen/knop.html", knop_inhoud(volgt, page))
