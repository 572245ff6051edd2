"""Words and their forms, found as whole words in a text.

The writing aid and the links to the word list must agree on what "the word
ViP" is, so both use this module. Rules:

- A form is a word or a few words; the editor lists forms with commas.
- Whole words only: "LIA" is not found in "LIAAN", and for a word to explain
  not in "LIA-overzicht" either (a hyphen joins words in Dutch); list the
  compound as a form if it needs the explanation too.
- Case does not matter ("Prioriteit" at the start of a sentence), except for
  acronyms written with two or more capitals and no space (ViP, LIA, NGT,
  VN-verdrag, G-KRACHT): "vip" or "lia" in running text is another word.
- For words to avoid, a * at the start or end stands for any letters, so one
  entry catches every inflection: "facilit*".
"""

import re
from collections.abc import Iterable

from django.utils.translation import gettext

# Before and after a word to explain: no letter, digit or hyphen.
_BEGRIP_VOOR = r"(?<![\w-])"
_BEGRIP_NA = r"(?![\w-])"
# Before and after a word to avoid: as the checker always did, so that
# "d.m.v." is found and "reeds" is not found in "breedste".
_VERMIJD_VOOR = r"(?<![\w.])"
_VERMIJD_NA = r"(?!\w)"


def splits_vormen(tekst: str) -> list[str]:
    """The comma-separated forms in `tekst`, tidied, without doubles, in order."""
    vormen: list[str] = []
    for stuk in (tekst or "").split(","):
        vorm = " ".join(stuk.split())
        if vorm and vorm not in vormen:
            vormen.append(vorm)
    return vormen


def is_afkorting(vorm: str) -> bool:
    """An acronym is matched with its own capitals: ViP, LIA, VN-verdrag."""
    return " " not in vorm and sum(teken.isupper() for teken in vorm) >= 2


def _patroon(vorm: str, met_sterretje: bool) -> str:
    begin = eind = ""
    if met_sterretje and vorm.startswith("*"):
        vorm, begin = vorm[1:], r"\w*"
    if met_sterretje and vorm.endswith("*"):
        vorm, eind = vorm[:-1], r"\w*"
    # A line break or a non-breaking space between two words is still a space.
    kern = r"\s+".join(re.escape(deel) for deel in vorm.split())
    return f"{begin}{kern}{eind}" if kern else ""


def vermijd_patroon(vormen: Iterable[str]) -> re.Pattern | None:
    """One regular expression that finds any of `vormen` of a word to avoid."""
    delen = [p for v in sorted(vormen, key=len, reverse=True) if (p := _patroon(v, True))]
    if not delen:
        return None
    return re.compile(f"{_VERMIJD_VOOR}(?:{'|'.join(delen)}){_VERMIJD_NA}", re.IGNORECASE)


def _sleutel(gevonden: str) -> str:
    return " ".join(gevonden.split())


class BegripZoeker:
    """Finds the words to explain of one language with one regular expression.

    Built once per language and word-list version (see `woordenlijsten`), then
    used for every page: the longest form wins ("VN-verdrag Handicap" before
    "VN-verdrag"), and each match says which word it is.
    """

    def __init__(self, begrippen: Iterable[tuple[str, Iterable[str]]]):
        self._precies: dict[str, str] = {}
        self._los: dict[str, str] = {}
        delen: list[tuple[int, str]] = []
        for sleutel, vormen in begrippen:
            for vorm in vormen:
                patroon = _patroon(vorm, met_sterretje=False)
                if not patroon:
                    continue
                if is_afkorting(vorm):
                    self._precies.setdefault(_sleutel(vorm), sleutel)
                    delen.append((len(vorm), patroon))
                else:
                    self._los.setdefault(_sleutel(vorm).casefold(), sleutel)
                    delen.append((len(vorm), f"(?i:{patroon})"))
        delen.sort(key=lambda deel: -deel[0])
        self.regex = (
            re.compile(f"{_BEGRIP_VOOR}(?:{'|'.join(p for _, p in delen)}){_BEGRIP_NA}")
            if delen
            else None
        )

    def __bool__(self) -> bool:
        return self.regex is not None

    def welk(self, gevonden: str) -> str | None:
        sleutel = _sleutel(gevonden)
        return self._precies.get(sleutel) or self._los.get(sleutel.casefold())

    def zoek(self, tekst: str):
        """Yield (start, end, key) for every word to explain in `tekst`."""
        if self.regex is None or not tekst:
            return
        for treffer in self.regex.finditer(tekst):
            sleutel = self.welk(treffer.group(0))
            if sleutel is not None:
                yield treffer.start(), treffer.end(), sleutel


def als_hint(alternatieven: list[str]) -> str:
    """ "Schrijf 'met' of 'door'." for the alternatives of a word to avoid."""
    if not alternatieven:
        return gettext("Kies een gewoner woord.")
    geciteerd = [f"'{woord}'" for woord in alternatieven]
    if len(geciteerd) == 1:
        woorden = geciteerd[0]
    else:
        woorden = gettext("%(woorden)s of %(laatste)s") % {
            "woorden": ", ".join(geciteerd[:-1]),
            "laatste": geciteerd[-1],
        }
    return gettext("Schrijf %(woorden)s.") % {"woorden": woorden}
