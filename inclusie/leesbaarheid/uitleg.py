"""Explain difficult words on public pages: the first use links to the word list.

A reader who meets "respijtzorg" gets, at its first use on the page, a link to
the word's entry on the word list page (`/woordenlijst/#begrip-respijtzorg`).
The link carries the short explanation as its accessible description, so a
screen reader reads it right after the word; everyone else follows the link.
It works without JavaScript, by keyboard, and not on hover only.

It runs once on the rendered page, not per block, so "first use" counts over
the whole page. A small tag scanner walks the page's `<main>` and only text nodes
change; tags, attributes and everything else stay byte for byte. Skipped:
headings, links and other controls, code, forms, navigation, and the "In het
kort" block (a summary must be clear by itself; the writing aid tells the
editor so). A template can mark any other element with `data-geen-uitleg`.
"""

import re
from html import escape

from wagtail.models import Page

from .woordenlijsten import Uitleglijst, uitleglijst

# Text inside these elements gets no link.
UITGESLOTEN = {
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "pre",
    "kbd",
    "samp",
    "script",
    "style",
    "template",
    "button",
    "label",
    "legend",
    "select",
    "option",
    "textarea",
    "summary",
    "form",
    "nav",
    "svg",
    "math",
    "abbr",
    "dfn",
    "dt",
    "th",
    "caption",
    "title",
}
UITGESLOTEN_KLASSEN = {"in-het-kort"}
LEEG = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
_MAIN_BEGIN = re.compile(r"<main\b", re.IGNORECASE)
_MAIN_EIND = "</main>"


# One token of markup: a comment, a tag (start or end, attributes may hold
# quoted ">"), or a declaration/processing instruction. Text is what lies between.
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|<![^>]*>|<\?[^>]*>",
    re.DOTALL,
)
# Elements whose content is raw text: skipped up to their end tag, never scanned.
_RUWE_TEKST = {"script", "style", "textarea", "title", "template"}
_KLASSE = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _is_uitgesloten(tag: str, attributen: str) -> bool:
    if tag in UITGESLOTEN:
        return True
    if "data-geen-uitleg" in attributen:
        return True
    for treffer in _KLASSE.finditer(attributen):
        klassen = next(g for g in treffer.groups() if g is not None)
        if UITGESLOTEN_KLASSEN.intersection(klassen.split()):
            return True
    return False


def _eerste_gebruik(bron: str, lijst: Uitleglijst) -> list[tuple[int, int, str]]:
    """Where the first use of each word is, as (start, end, key) in `bron`.

    A small scanner instead of html.parser: it runs on every uncached page view,
    and walking the tags with one regular expression costs a fraction of the
    general parser while giving the exact source positions of each text run.
    """
    stapel: list[tuple[str, bool]] = []
    gebruikt: set[str] = set()
    vervangingen: list[tuple[int, int, str]] = []
    positie = 0

    def tekst(begin: int, eind: int) -> None:
        if begin >= eind or (stapel and stapel[-1][1]):
            return
        for start, stop, sleutel in lijst.zoeker.zoek(bron[begin:eind]):
            if sleutel in gebruikt or sleutel not in lijst.uitleg:
                continue
            gebruikt.add(sleutel)
            vervangingen.append((begin + start, begin + stop, sleutel))

    while True:
        treffer = _TOKEN.search(bron, positie)
        if treffer is None:
            tekst(positie, len(bron))
            break
        tekst(positie, treffer.start())
        positie = treffer.end()
        naam = treffer.group(2)
        if naam is None:
            continue  # comment, doctype, processing instruction
        tag = naam.lower()
        if treffer.group(1):  # an end tag closes up to its start tag
            for index in range(len(stapel) - 1, -1, -1):
                if stapel[index][0] == tag:
                    del stapel[index:]
                    break
            continue
        if tag in _RUWE_TEKST:
            einde = bron.lower().find(f"</{tag}", positie)
            positie = len(bron) if einde < 0 else einde
            continue
        attributen = treffer.group(3)
        if tag in LEEG or attributen.rstrip().endswith("/"):
            continue
        buiten = bool(stapel) and stapel[-1][1]
        stapel.append((tag, buiten or _is_uitgesloten(tag, attributen)))
    return vervangingen


def _link(woord_html: str, sleutel: str, uitleg: str, pagina_url: str) -> str:
    anker = escape(f"begrip-{sleutel}")
    beschrijving = escape(f"begrip-uitleg-{sleutel}")
    return (
        f'<a class="begrip" href="{escape(pagina_url)}#{anker}" '
        f'aria-describedby="{beschrijving}">{woord_html}</a>'
        f'<span id="{beschrijving}" hidden>{escape(uitleg)}</span>'
    )


def leg_uit(html: str, lijst: Uitleglijst, pagina_url: str) -> str:
    """`html` with the first use of each word in `lijst` linked to its explanation.

    Only the page's `<main>` is looked at. Returns `html` itself when nothing changes.
    """
    if not lijst or not html:
        return html
    begin_treffer = _MAIN_BEGIN.search(html)
    eind = html.rfind(_MAIN_EIND)
    if begin_treffer is None or eind < begin_treffer.start():
        return html
    begin = begin_treffer.start()
    regio = html[begin:eind]
    if lijst.zoeker.regex.search(regio) is None:
        return html
    vervangingen = _eerste_gebruik(regio, lijst)
    if not vervangingen:
        return html
    delen, vorige = [], 0
    for start, stop, sleutel in vervangingen:
        delen.append(regio[vorige:start])
        uitleg = lijst.uitleg[sleutel].uitleg
        delen.append(_link(regio[start:stop], sleutel, uitleg, pagina_url))
        vorige = stop
    delen.append(regio[vorige:])
    return html[:begin] + "".join(delen) + html[eind:]


def leg_uit_in_response(response, page, request) -> None:
    """Link the difficult words in a page's response once it is rendered."""

    def na_het_renderen(response):
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            return None
        lijst = uitleglijst(page.locale_id)
        if not lijst:
            return None
        pagina_url = Page(url_path=lijst.pagina_pad).get_url(request)
        if not pagina_url:
            return None
        inhoud = response.content.decode(response.charset)
        nieuw = leg_uit(inhoud, lijst, pagina_url)
        if nieuw is not inhoud:
            response.content = nieuw
        return None

    if getattr(response, "is_rendered", True):
        na_het_renderen(response)
    else:
        response.add_post_render_callback(na_het_renderen)
