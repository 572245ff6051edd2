"""Splitting Dutch text into sentences.

"In het kort" is limited by its number of sentences, and the clear-language
checker counts words per sentence. Both need the same idea of a sentence, so it
lives here. Dutch abbreviations such as "d.m.v." or "o.a." must not end a
sentence, or a short summary would be refused for the wrong reason.
"""

import re

AFKORTINGEN = {
    "d.m.v.",
    "o.a.",
    "m.b.t.",
    "t.a.v.",
    "i.p.v.",
    "bijv.",
    "bv.",
    "o.b.v.",
    "t/m",
    "nr.",
    "enz.",
    "etc.",
    "e.d.",
    "z.s.m.",
    "dhr.",
    "mevr.",
    "ca.",
    "incl.",
    "excl.",
    "m.a.w.",
    "a.s.",
    "j.l.",
}

# "؟" is the Arabic question mark: translated summaries are counted too.
_EINDE = re.compile(r"(?<=[.!?؟])[\"')\]]*\s+")


def zinnen(tekst: str) -> list[str]:
    """Return the sentences of `tekst`, without empty ones."""
    tekst = " ".join((tekst or "").split())
    if not tekst:
        return []
    stukken = _EINDE.split(tekst)
    resultaat: list[str] = []
    buffer = ""
    for stuk in stukken:
        buffer = f"{buffer} {stuk}".strip() if buffer else stuk
        laatste_woord = buffer.split()[-1].lower() if buffer.split() else ""
        if laatste_woord in AFKORTINGEN or re.fullmatch(r"\d+\.", laatste_woord):
            continue
        resultaat.append(buffer)
        buffer = ""
    if buffer:
        resultaat.append(buffer)
    return [z for z in resultaat if re.search(r"\w", z)]


def woorden(tekst: str) -> list[str]:
    """Return the words of `tekst` (letters and digits, hyphens kept)."""
    return re.findall(r"[\w][\w'-]*", tekst or "")
