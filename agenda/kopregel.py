"""The agenda's figures in sentences, with the date they describe.

"Gemiddeld is 54 procent klaar" misled: it counted topics that never end and
stuck topics as progress, and named no date. The headline now gives counts
first ("Op 2 december 2026: 12 van de 58 onderwerpen zijn klaar, ..."), and
an average only over the topics that can be finished, saying so. The
overview, the report, the home page and the PDF all use these sentences.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, pgettext

# Shown next to the words, never instead of them (aria-hidden in the templates).
SYMBOOL_LATER = "⌛"
SYMBOOL_STIL = "💤"


def datum_tekst(datum) -> str:
    return date_format(datum, "j F Y")


def _opsomming(delen: list[str]) -> str:
    if len(delen) == 1:
        return delen[0]
    # The separator is translated too: Arabic writes "،".
    return gettext("%(delen)s en %(laatste)s") % {
        "delen": pgettext("opsomming", ", ").join(delen[:-1]),
        "laatste": delen[-1],
    }


def stand_zin(cijfers) -> str:
    """'Op 2 december 2026: 12 van de 58 onderwerpen zijn klaar, 17 zijn bezig, ...'."""
    if not cijfers.aantal:
        return gettext("Op %(datum)s heeft de agenda nog geen onderwerpen.") % {
            "datum": datum_tekst(cijfers.datum)
        }
    delen = [
        ngettext(
            "%(n)s van de %(aantal)s onderwerpen is klaar",
            "%(n)s van de %(aantal)s onderwerpen zijn klaar",
            cijfers.klaar,
        )
        % {"n": cijfers.klaar, "aantal": cijfers.aantal}
    ]
    # Literal ngettext calls, so that makemessages finds every phrase.
    n = cijfers.bezig
    if n:
        delen.append(ngettext("%(n)s is bezig", "%(n)s zijn bezig", n) % {"n": n})
    n = cijfers.vastgelopen
    if n:
        delen.append(ngettext("%(n)s is vastgelopen", "%(n)s zijn vastgelopen", n) % {"n": n})
    n = cijfers.doorlopend
    if n:
        delen.append(ngettext("%(n)s loopt altijd door", "%(n)s lopen altijd door", n) % {"n": n})
    n = cijfers.niet_gestart
    if n:
        delen.append(
            ngettext("%(n)s is nog niet begonnen", "%(n)s zijn nog niet begonnen", n) % {"n": n}
        )
    return gettext("Op %(datum)s: %(stand)s.") % {
        "datum": datum_tekst(cijfers.datum),
        "stand": _opsomming(delen),
    }


def gemiddelde_zin(cijfers) -> str:
    """The average, only over what can be finished, and what is left out."""
    if cijfers.gemiddelde is None:
        return ""
    zin = ngettext(
        "Van het %(n)s onderwerp dat af kan, is %(g)s procent klaar.",
        "Van de %(n)s onderwerpen die af kunnen, is gemiddeld %(g)s procent klaar.",
        cijfers.kan_af,
    ) % {"n": cijfers.kan_af, "g": cijfers.gemiddelde}
    if cijfers.vastgelopen or cijfers.doorlopend:
        zin += " " + gettext(
            "Onderwerpen die vastzitten of altijd doorlopen, tellen daarin niet mee."
        )
    return zin


def later_zin(cijfers) -> str:
    if not cijfers.later_dan_gepland:
        return gettext("Geen enkel onderwerp is later dan gepland.")
    return ngettext(
        "%(n)s onderwerp is later dan gepland: het geplande einde is voorbij.",
        "%(n)s onderwerpen zijn later dan gepland: het geplande einde is voorbij.",
        cijfers.later_dan_gepland,
    ) % {"n": cijfers.later_dan_gepland}


def stil_zin(cijfers) -> str:
    if not cijfers.lang_geen_nieuws:
        return ""
    return ngettext(
        "Bij %(n)s onderwerp is er al meer dan een jaar geen nieuws.",
        "Bij %(n)s onderwerpen is er al meer dan een jaar geen nieuws.",
        cijfers.lang_geen_nieuws,
    ) % {"n": cijfers.lang_geen_nieuws}


def kopregels(cijfers) -> list[str]:
    """The headline as a list of sentences, the first one naming the date."""
    zinnen = (stand_zin, gemiddelde_zin, later_zin, stil_zin)
    return [zin for zin in (maak(cijfers) for maak in zinnen) if zin]
