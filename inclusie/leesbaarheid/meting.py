"""The clear-language checker: how easy is a Dutch text to read?

Editors are ViP members, not professional writers. This module gives them the
same few signals a plain-language editor would: the Flesch-Douma score, the
average sentence length, the sentences and words that are too long, and words
that have a plainer Dutch alternative. It warns; it never blocks publishing
(only "In het kort" has a hard limit, in validators.py).

The project's bar, which all demo content must meet
(tests/inclusie/test_taalcheck_admin.py):

- every text: on average at most 15 words per sentence;
- Flesch-Douma at least 60 for body text and at least 70 for "In het kort",
  per page for texts of at least MIN_WOORDEN_VOOR_SCORE words, and for all
  pages' texts taken together. Readability formulas are not reliable on a
  few sentences: "Mantelzorgers kunnen even vrij nemen." is clear Dutch but
  scores about 40 because of one long, common word. So a short text (like
  every "In het kort") is held to its sentences instead, and its score is a
  hint only: no sentence over 15 words, no word to avoid, and at most half of
  its sentences (likely) passive. A short text is never "goed" by default.

Per sentence the check marks what to improve (`ZinAnalyse`): a sentence over
15 words, long words, likely passive voice, words to avoid with a plainer word
(the redactie's list, the snippet `MoeilijkWoord`; without it the built-in
`TE_VERMIJDEN`), and words that need explaining (the snippet `Begrip`). The
lists come in as `Woordenlijsten` (see `woordenlijsten.py`), so this module
stays free of the database.

Flesch-Douma is Flesch Reading Ease with Douma's Dutch constants:
206.835 - 0.93 x (words per sentence) - 77 x (syllables per word).
We take the constants and the Dutch syllable counter (Pyphen) from textstat,
set to "nl" on a private instance: textstat's English default tries to
download a dictionary and fails offline, and a global `set_lang` would leak
into other code. Sentences and words come from `inclusie.leesbaarheid.zinnen`, not from
textstat: textstat silently drops sentences of one or two words ("Kom ook!"),
which would punish exactly the short sentences clear language asks for.
"""

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from textstat.backend.utils import get_lang_cfg
from textstat.textstat import textstatistics

from .lijdende_vorm import is_misschien_lijdend
from .woordvormen import BegripZoeker
from .zinnen import woorden, zinnen

TAAL = "nl"
MIN_SCORE_TEKST = 60
MIN_SCORE_KORT = 70
MAX_GEMIDDELDE_ZINSLENGTE = 15
LANGE_ZIN = 15  # words; a sentence with more words is listed
LANG_WOORD = 14  # letters; a word with more letters is listed
MIN_WOORDEN_VOOR_SCORE = 100  # below this the score is a hint, not part of the bar

_textstat = textstatistics()
_textstat.set_lang(TAAL)

# Words with a plainer alternative. The key is a regular expression on the
# lower-cased text, so that inflections ("kwetsbare") are caught too.
TE_VERMIJDEN: dict[str, tuple[str, object]] = {
    r"kwetsba\w*": (
        "kwetsbaar",
        _(
            "Veel mensen vinden dit woord naar. Zeg wat er echt speelt, "
            "bijvoorbeeld 'mensen met een beperking'."
        ),
    ),
    r"middels": ("middels", _("Schrijf 'met' of 'door'.")),
    r"teneinde": ("teneinde", _("Schrijf 'om'.")),
    r"\w*implement\w*": ("implementeren", _("Schrijf 'invoeren' of 'uitvoeren'.")),
    r"\w*facilit\w*": ("faciliteren", _("Schrijf 'mogelijk maken' of 'helpen'.")),
    r"d\.m\.v\.": ("d.m.v.", _("Schrijf 'met' of 'door'.")),
    r"m\.b\.t\.": ("m.b.t.", _("Schrijf 'over'.")),
    r"t\.a\.v\.": ("t.a.v.", _("Schrijf 'voor' of 'over'.")),
    r"inzake": ("inzake", _("Schrijf 'over'.")),
    r"derhalve": ("derhalve", _("Schrijf 'daarom'.")),
    r"alsmede": ("alsmede", _("Schrijf 'en' of 'ook'.")),
    r"ten behoeve van": ("ten behoeve van", _("Schrijf 'voor'.")),
    r"indien": ("indien", _("Schrijf 'als'.")),
    r"thans": ("thans", _("Schrijf 'nu'.")),
    r"tevens": ("tevens", _("Schrijf 'ook'.")),
    r"reeds": ("reeds", _("Schrijf 'al'.")),
    r"adequa\w*": ("adequaat", _("Schrijf 'goed' of 'passend'.")),
    r"\w*optimalis\w*": ("optimaliseren", _("Schrijf 'beter maken'.")),
    r"participe\w*": ("participeren", _("Schrijf 'meedoen'.")),
    r"doelgroep\w*": ("doelgroep", _("Noem de mensen zelf: 'inwoners met een beperking'.")),
}
# Always checked, whatever the redactie's list says: the ViP's own rule.
VASTE_WOORDEN = ("kwetsbaar",)


@dataclass(frozen=True)
class MoeilijkeVorm:
    """A word to avoid: how to find it, and what to write instead."""

    woord: str
    hint: object  # a str, or a lazy translation
    patroon: re.Pattern


def _standaard_lijst() -> tuple[MoeilijkeVorm, ...]:
    return tuple(
        MoeilijkeVorm(woord, hint, re.compile(rf"(?<![\w.]){patroon}(?!\w)", re.IGNORECASE))
        for patroon, (woord, hint) in TE_VERMIJDEN.items()
    )


STANDAARD_TE_VERMIJDEN = _standaard_lijst()
_VASTE_REGELS = tuple(v for v in STANDAARD_TE_VERMIJDEN if v.woord in VASTE_WOORDEN)


@dataclass(frozen=True)
class Woordenlijsten:
    """The lists the check uses besides its fixed rules.

    `te_vermijden`: the redactie's words to avoid (the snippet `MoeilijkWoord`);
    `begrippen`: the words that need explaining (the snippet `Begrip`), with
    `begrip_woorden` giving each key's word as the list writes it. Without
    lists (plain unit tests, text outside a site) the check uses the built-in
    list `TE_VERMIJDEN`.
    """

    te_vermijden: tuple[MoeilijkeVorm, ...] = STANDAARD_TE_VERMIJDEN
    begrippen: BegripZoeker | None = None
    begrip_woorden: dict = field(default_factory=dict)

    def alle_te_vermijden(self) -> tuple[MoeilijkeVorm, ...]:
        eigen = {v.woord.casefold() for v in self.te_vermijden}
        vast = tuple(v for v in _VASTE_REGELS if v.woord.casefold() not in eigen)
        return vast + tuple(self.te_vermijden)


STANDAARD_LIJSTEN = Woordenlijsten()

_BLOK_EINDE = re.compile(r"</(?:p|h[1-6]|li|blockquote|div|td|th|dt|dd)\s*>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")
_LEESTEKEN_AAN_EIND = re.compile(r"[.!?:;…]['\")\]]*$")


def tekst_uit_html(bron: str) -> list[str]:
    """The text segments of an HTML fragment, one per paragraph, list item or heading."""
    segmenten = []
    for stuk in _BLOK_EINDE.split(bron or ""):
        tekst = " ".join(html.unescape(_TAG.sub(" ", stuk or "")).split())
        if tekst:
            segmenten.append(tekst)
    return segmenten


def als_lopende_tekst(segmenten: list[str]) -> str:
    """Join segments into one text; a heading or list item without a full stop is a sentence too."""
    delen = []
    for segment in segmenten:
        segment = segment.strip()
        if not segment:
            continue
        if not _LEESTEKEN_AAN_EIND.search(segment):
            segment += "."
        delen.append(segment)
    return " ".join(delen)


@lru_cache(maxsize=4096)
def _lettergrepen(woord: str) -> int:
    return max(1, _textstat.syllable_count(woord))


def flesch_douma(tekst: str) -> float | None:
    """The Flesch-Douma score of `tekst`, or None for a text without words.

    Roughly: above 80 is easy, 60-80 is fine for most readers, below 45 is hard.
    """
    zin_lijst = zinnen(tekst)
    woord_lijst = woorden(tekst)
    if not zin_lijst or not woord_lijst:
        return None
    lettergrepen = sum(_lettergrepen(w.lower()) for w in woord_lijst)
    score = (
        get_lang_cfg(TAAL, "fre_base")
        - get_lang_cfg(TAAL, "fre_sentence_length") * len(woord_lijst) / len(zin_lijst)
        - get_lang_cfg(TAAL, "fre_syll_per_word") * lettergrepen / len(woord_lijst)
    )
    return round(score, 1)


@dataclass
class TeVermijden:
    woord: str
    hint: str
    aantal: int


# What a point in a sentence is about. Each point's text starts with a word
# that says so, so the kind never depends on colour.
LANGE_ZIN_PUNT = "lange_zin"
LANG_WOORD_PUNT = "lang_woord"
LIJDEND_PUNT = "lijdend"
MOEILIJK_PUNT = "moeilijk_woord"
UITLEG_PUNT = "uitleg_nodig"
# These make a short text miss the bar; the others are tips.
PUNTEN_VOOR_DE_LAT = {LANGE_ZIN_PUNT, MOEILIJK_PUNT}


@dataclass
class Punt:
    soort: str
    tekst: str


@dataclass
class ZinAnalyse:
    """One sentence and what the editor could improve in it."""

    nummer: int
    zin: str
    aantal_woorden: int
    punten: list[Punt] = field(default_factory=list)


@dataclass
class Analyse:
    """What the editor sees for one text."""

    score: float | None
    aantal_zinnen: int
    aantal_woorden: int
    gemiddelde_zinslengte: float
    lange_zinnen: list[tuple[str, int]] = field(default_factory=list)
    lange_woorden: list[str] = field(default_factory=list)
    te_vermijden: list[TeVermijden] = field(default_factory=list)
    lijdende_zinnen: list[str] = field(default_factory=list)
    uitleg_nodig: list[str] = field(default_factory=list)
    zinnen: list[ZinAnalyse] = field(default_factory=list)

    @property
    def is_leeg(self) -> bool:
        return self.aantal_woorden == 0

    @property
    def zinnen_met_punten(self) -> list[ZinAnalyse]:
        return [z for z in self.zinnen if z.punten]

    def voldoet(self, minimum_score: float) -> bool:
        """Whether the text meets the project's bar; an empty text has nothing to fix.

        Every text: on average at most 15 words per sentence. A long text also
        needs the minimum score. A short text, where the score is not reliable,
        is held to its sentences instead: none over 15 words, no word to
        avoid, and at most half of them (likely) passive.
        """
        if self.is_leeg:
            return True
        if self.gemiddelde_zinslengte > MAX_GEMIDDELDE_ZINSLENGTE:
            return False
        if self.score_telt_mee:
            return (self.score or 0) >= minimum_score
        if self.lange_zinnen or self.te_vermijden:
            return False
        return len(self.lijdende_zinnen) * 2 <= self.aantal_zinnen

    @property
    def score_telt_mee(self) -> bool:
        """Whether the text is long enough for the score to be reliable."""
        return self.aantal_woorden >= MIN_WOORDEN_VOOR_SCORE

    @property
    def oordeel(self) -> str:
        """The verdict in words an editor understands.

        For a long text it follows the score. A short text is judged on its
        sentences: it is only called clear when it has nothing to improve.
        """
        if self.is_leeg or self.score is None:
            return gettext("Hier staat nog geen tekst.")
        moeilijk = gettext(
            "Deze tekst is moeilijk te lezen. Maak zinnen korter en kies gewone woorden."
        )
        duidelijker = gettext("Deze tekst kan duidelijker. Kijk naar de punten per zin.")
        if not self.score_telt_mee:
            voldoet = self.voldoet(MIN_SCORE_KORT)
            if not voldoet:
                return moeilijk if self.score < 45 else duidelijker
            if self.aantal_punten:
                return gettext("Deze tekst is duidelijk genoeg. Kijk nog even naar de tips.")
            if self.score >= 80:
                return gettext("Deze tekst is makkelijk te lezen.")
            return gettext("Deze tekst is duidelijk.")
        if self.score >= 80:
            return gettext("Deze tekst is makkelijk te lezen.")
        if self.score >= 60:
            if self.gemiddelde_zinslengte > MAX_GEMIDDELDE_ZINSLENGTE:
                return duidelijker
            return gettext("Deze tekst is goed te lezen voor de meeste mensen.")
        if self.score >= 45:
            return gettext(
                "Deze tekst is vrij moeilijk. Maak zinnen korter en kies gewone woorden."
            )
        return moeilijk

    @property
    def aantal_punten(self) -> int:
        """How many things the editor could improve; used to sort the report."""
        return sum(len(z.punten) for z in self.zinnen)


def _lange_woorden(woord_lijst) -> list[str]:
    return sorted(
        {w.strip("-'") for w in woord_lijst if sum(c.isalpha() for c in w) > LANG_WOORD},
        key=str.lower,
    )


def _punten_van_zin(zin, woord_lijst, te_vermijden, lijsten, met_links) -> list[Punt]:
    punten = []
    if len(woord_lijst) > LANGE_ZIN:
        punten.append(
            Punt(
                LANGE_ZIN_PUNT,
                gettext("Lange zin: %(aantal)s woorden. Maak er twee zinnen van.")
                % {"aantal": len(woord_lijst)},
            )
        )
    for vorm in te_vermijden:
        if treffer := vorm.patroon.search(zin):
            punten.append(
                Punt(
                    MOEILIJK_PUNT,
                    gettext("Moeilijk woord: '%(woord)s'. %(hint)s")
                    % {"woord": treffer.group(0), "hint": vorm.hint},
                )
            )
    if lijsten.begrippen:
        gezien = []
        for start, eind, _sleutel in lijsten.begrippen.zoek(zin):
            woord = zin[start:eind]
            if woord in gezien:
                continue
            gezien.append(woord)
            if met_links:
                tekst = gettext(
                    "Uitleg: '%(woord)s' staat in de woordenlijst. "
                    "De site legt het uit waar het voor het eerst staat."
                )
            else:
                tekst = gettext(
                    "Uitleg nodig: '%(woord)s' is een moeilijk woord. "
                    "Leg het uit in de zin, of kies een gewoner woord."
                )
            punten.append(Punt(UITLEG_PUNT, tekst % {"woord": woord}))
    if is_misschien_lijdend(zin):
        punten.append(
            Punt(
                LIJDEND_PUNT,
                gettext(
                    "Lijdende zin? Zeg wie iets doet. Dus niet 'De stoep wordt gemaakt', "
                    "maar 'De gemeente maakt de stoep'."
                ),
            )
        )
    lang = _lange_woorden(woord_lijst)
    if lang:
        punten.append(
            Punt(
                LANG_WOORD_PUNT,
                gettext("Lang woord: %(woorden)s. Kan het korter of gewoner?")
                % {"woorden": ", ".join(lang)},
            )
        )
    return punten


def analyseer(
    tekst: str, lijsten: Woordenlijsten | None = None, met_links: bool = False
) -> Analyse:
    """Measure a plain text (strip HTML first, see `tekst_uit_html`).

    `lijsten`: the words to avoid and to explain (see `woordenlijsten`).
    `met_links`: the text is body text, where the site explains a difficult
    word by itself; "In het kort" is not, so there the editor must.
    """
    lijsten = lijsten or STANDAARD_LIJSTEN
    tekst = " ".join((tekst or "").split())
    zin_lijst = zinnen(tekst)
    woord_lijst = woorden(tekst)
    te_vermijden_vormen = lijsten.alle_te_vermijden()
    per_zin = []
    lange_zinnen = []
    lijdende_zinnen = []
    for nummer, zin in enumerate(zin_lijst, start=1):
        zin_woorden = woorden(zin)
        if len(zin_woorden) > LANGE_ZIN:
            lange_zinnen.append((zin, len(zin_woorden)))
        if is_misschien_lijdend(zin):
            lijdende_zinnen.append(zin)
        per_zin.append(
            ZinAnalyse(
                nummer=nummer,
                zin=zin,
                aantal_woorden=len(zin_woorden),
                punten=_punten_van_zin(zin, zin_woorden, te_vermijden_vormen, lijsten, met_links),
            )
        )
    te_vermijden = []
    for vorm in te_vermijden_vormen:
        aantal = len(vorm.patroon.findall(tekst))
        if aantal:
            te_vermijden.append(TeVermijden(woord=vorm.woord, hint=vorm.hint, aantal=aantal))
    uitleg_nodig = []
    if lijsten.begrippen:
        for _start, _eind, sleutel in lijsten.begrippen.zoek(tekst):
            woord = lijsten.begrip_woorden.get(sleutel, sleutel)
            if woord not in uitleg_nodig:
                uitleg_nodig.append(woord)
    return Analyse(
        score=flesch_douma(tekst),
        aantal_zinnen=len(zin_lijst),
        aantal_woorden=len(woord_lijst),
        gemiddelde_zinslengte=round(len(woord_lijst) / len(zin_lijst), 1) if zin_lijst else 0.0,
        lange_zinnen=lange_zinnen,
        lange_woorden=_lange_woorden(woord_lijst),
        te_vermijden=te_vermijden,
        lijdende_zinnen=lijdende_zinnen,
        uitleg_nodig=uitleg_nodig,
        zinnen=per_zin,
    )


# StreamField children that hold no prose: anchors, links, settings.
_GEEN_PROZA = {"anker", "link", "url", "niveau"}


def tekst_uit_stream(waarde) -> list[str]:
    """The prose segments of a StreamField value, in reading order.

    Walks the blocks instead of rendering them, so that measuring a page costs
    no template rendering and no queries for images or documents.
    """
    from wagtail import blocks
    from wagtail.rich_text import RichText

    segmenten: list[str] = []

    def loop(blok, inhoud):
        if inhoud is None:
            return
        if isinstance(blok, blocks.RichTextBlock) or isinstance(inhoud, RichText):
            segmenten.extend(tekst_uit_html(getattr(inhoud, "source", str(inhoud))))
        elif isinstance(blok, blocks.StructBlock):
            if blok.__class__.__name__ == "ImageBlock" or "decorative" in blok.child_blocks:
                return
            for naam, kind in blok.child_blocks.items():
                if naam not in _GEEN_PROZA:
                    loop(kind, inhoud.get(naam))
        elif isinstance(blok, blocks.ListBlock):
            for item in inhoud:
                loop(blok.child_block, getattr(item, "value", item))
        elif isinstance(blok, blocks.StreamBlock):
            for kind in inhoud:
                loop(kind.block, kind.value)
        elif isinstance(blok, (blocks.CharBlock, blocks.TextBlock)) and isinstance(inhoud, str):
            segmenten.extend(tekst_uit_html(inhoud))

    for kind in waarde or []:
        loop(kind.block, kind.value)
    return segmenten


def teksten_van_pagina(page) -> dict[str, str]:
    """'In het kort' and the body of a page, as plain text.

    The body is every StreamField and rich-text field of the page type, so page
    types of other apps are measured without knowing their field names.
    """
    from wagtail.fields import RichTextField, StreamField

    segmenten: list[str] = []
    for veld in page._meta.get_fields():
        if isinstance(veld, StreamField):
            segmenten.extend(tekst_uit_stream(getattr(page, veld.name)))
        elif isinstance(veld, RichTextField):
            segmenten.extend(tekst_uit_html(getattr(page, veld.name) or ""))
    return {
        "in_het_kort": " ".join((getattr(page, "in_het_kort", "") or "").split()),
        "inhoud": als_lopende_tekst(segmenten),
    }
