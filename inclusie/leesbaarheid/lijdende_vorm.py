"""Is a Dutch sentence likely in the passive voice ("De stoep wordt gemaakt")?

Clear language asks for active sentences that say who does what. Finding the
passive for sure needs a grammar parser; this is a heuristic on purpose, so
the writing aid says "misschien" (maybe) and never blocks anything:

- a form of "worden" (word, wordt, worden, werd, werden) together with a past
  participle anywhere in the sentence: "wordt gemaakt", "werden opgelost",
  "wordt besproken";
- or a form of "zijn" with a participle and "door": "is gemaakt door de
  gemeente". Without "door", "is gesloten" usually describes a state.

"Je kunt lid worden" has no participle, and "Het is koud geworden" uses
"geworden", which is not counted.
"""

import re

WORDEN = {"word", "wordt", "worden", "werd", "werden"}
ZIJN = {"is", "zijn", "was", "waren", "ben", "bent"}

# Participles: ge-...-d/t/en ("gemaakt", "gegeven", "gedaan"), with a separable
# particle in front ("opgelost", "aangepast"), or with an inseparable prefix
# ("besproken", "verbeterd", "ontvangen"). The last kind is only counted next
# to "worden": on its own it is too often an adjective ("beperkt", "bekend").
_PARTIKELS = (
    "aan|af|bij|door|in|mee|na|om|op|over|samen|toe|uit|voor|vast|weg|terug|neer|rond|tegen"
)
_GE_DEELWOORD = re.compile(rf"(?:{_PARTIKELS})?ge\w{{2,}}(?:d|t|en|aan)", re.IGNORECASE)
_VOORVOEGSEL_DEELWOORD = re.compile(r"(?:be|ver|ont|her|er)\w{3,}(?:d|t|en)", re.IGNORECASE)
# Words that look like a participle but are not one.
GEEN_DEELWOORD = {
    "geld",
    "gebied",
    "gebit",
    "geluid",
    "gezicht",
    "geweest",
    "geworden",
    "gemeenten",
    "gebeurtenissen",
    "gedachten",
    "gevolgen",
    "gegevens",
    "gebouwen",
    "gesprekken",
    "geleden",
    "gelden",
    "geven",
    "gewend",
    "gezond",
    "genoeg",
    "gehandicapt",
}

_WOORD = re.compile(r"\w+")


def is_deelwoord(woord: str, met_voorvoegsel: bool) -> bool:
    woord = woord.lower()
    if woord in GEEN_DEELWOORD or woord.endswith("heid"):
        return False
    if _GE_DEELWOORD.fullmatch(woord):
        return True
    return met_voorvoegsel and bool(_VOORVOEGSEL_DEELWOORD.fullmatch(woord))


def is_misschien_lijdend(zin: str) -> bool:
    """Whether `zin` likely is a passive sentence (a hint, never a verdict)."""
    woorden = [w.lower() for w in _WOORD.findall(zin or "")]
    if not woorden:
        return False
    if WORDEN.intersection(woorden):
        return any(is_deelwoord(w, met_voorvoegsel=True) for w in woorden if w not in WORDEN)
    if ZIJN.intersection(woorden) and "door" in woorden:
        return any(is_deelwoord(w, met_voorvoegsel=False) for w in woorden)
    return False
