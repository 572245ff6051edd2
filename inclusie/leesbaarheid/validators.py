"""Validators shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext

from .zinnen import zinnen

IN_HET_KORT_MIN_ZINNEN = 2
IN_HET_KORT_MAX_ZINNEN = 4


def valideer_in_het_kort(tekst: str) -> None:
    """Refuse a summary that is not two to four sentences.

    The summary is the first thing a reader sees; if it grows longer it stops
    being a summary, so this one is a hard limit, not a warning.
    """
    aantal = len(zinnen(tekst))
    if aantal < IN_HET_KORT_MIN_ZINNEN:
        raise ValidationError(
            gettext("Schrijf minstens twee korte zinnen. Nu staat er %(aantal)s.")
            % {"aantal": aantal},
            code="te_kort",
        )
    if aantal > IN_HET_KORT_MAX_ZINNEN:
        raise ValidationError(
            ngettext(
                "Schrijf hoogstens vier zinnen. Nu staat er %(aantal)s zin.",
                "Schrijf hoogstens vier zinnen. Nu staan er %(aantal)s zinnen.",
                aantal,
            )
            % {"aantal": aantal},
            code="te_lang",
        )


UITLEG_MAX_ZINNEN = 2
UITLEG_MAX_TEKENS = 250


def valideer_uitleg_begrip(tekst: str) -> None:
    """Refuse an explanation of a difficult word that is itself too long.

    A screen reader reads it right after the word, and the word list shows it
    under the word: one or two short sentences, or the explanation needs
    explaining too.
    """
    tekst = " ".join((tekst or "").split())
    if not tekst:
        raise ValidationError(gettext("Schrijf een korte uitleg."), code="leeg")
    aantal = len(zinnen(tekst))
    if aantal > UITLEG_MAX_ZINNEN:
        raise ValidationError(
            gettext(
                "Schrijf hoogstens twee korte zinnen. Nu staan er %(aantal)s zinnen. "
                "Meer uitleg kan in het veld 'Meer uitleg'."
            )
            % {"aantal": aantal},
            code="te_veel_zinnen",
        )
    if len(tekst) > UITLEG_MAX_TEKENS:
        raise ValidationError(
            gettext("Deze uitleg is te lang: %(lengte)s tekens. Gebruik hoogstens %(max)s tekens.")
            % {"lengte": len(tekst), "max": UITLEG_MAX_TEKENS},
            code="te_lang",
        )
