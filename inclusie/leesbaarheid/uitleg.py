"""Explain difficult words on public pages: the first use links to the word list.

A reader who meets "respijtzorg" gets, at its first use on the page, a link to
the word's entry on the word list page (`/woordenlijst/#begrip-respijtzorg`).
The link carries the short explanation as its accessible description, so a
screen reader reads it right after the word; everyone else follows the link.
It works without JavaScript, by keyboard, and not on hover only.

It runs once on the rendered page, not per block, so "first use" counts over
the whole page. An HTML parser walks the page's `<main>` and only text nodes
change; tags, attributes and everything else stay byte for byte. Skipped:
headings, links and other controls, code, forms, navigation, and the "In het
kort" block (a summary must be clear by itself; the writing aid tells the
editor so). A template can mark any other element with `data-geen-uitleg`.
"""

import re
from html import escape
from html.parser import HTMLParser

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


def _is_uitgesloten(tag, attrs) -> bool:
    if tag in UITGESLOTEN:
        return True
    for naam, waarde in attrs:
        if naam == "data-geen-uitleg":
            return True
        if naam == "class" and UITGESLOTEN_KLASSEN.intersection((waarde or "").split()):
            return True
    return False


class _Zoeker(HTMLParser):
    """Collects where the first use of each word is, as (start, end, key) in the source."""

    def __init__(self, bron: str, lijst: Uitleglijst):
        super().__init__(convert_charrefs=False)
        self.bron = bron
        self.lijst = lijst
        self.regels = [0] + [m.end() for m in re.finditer("\n", bron)]
        self.stapel: list[tuple[str, bool]] = []
        self.gebruikt: set[str] = set()
        self.vervangingen: list[tuple[int, int, str]] = []

    def _buiten(self) -> bool:
        return bool(self.stapel) and self.stapel[-1][1]

    def handle_starttag(self, tag, attrs):
        if tag in LEEG:
            return
        self.stapel.append((tag, self._buiten() or _is_uitgesloten(tag, attrs)))

    def handle_endtag(self, tag):
        for index in range(len(self.stapel) - 1, -1, -1):
            if self.stapel[index][0] == tag:
                del self.stapel[index:]
                return

    def handle_data(self, data):
        if self._buiten() or self.cdata_elem is not None:
            return
        regel, kolom = self.getpos()
        begin = self.regels[regel - 1] + kolom
        if self.bron[begin : begin + len(data)] != data:
            return  # not where we think it is: leave it alone
        for start, eind, sleutel in self.lijst.zoeker.zoek(data):
            if sleutel in self.gebruikt or sleutel not in self.lijst.uitleg:
                continue
            self.gebruikt.add(sleutel)
            self.vervangingen.append((begin + start, begin + eind, sleutel))


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
    zoeker = _Zoeker(regio, lijst)
    zoeker.feed(regio)
    zoeker.close()
    if not zoeker.vervangingen:
        return html
    delen, vorige = [], 0
    for start, stop, sleutel in zoeker.vervangingen:
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
