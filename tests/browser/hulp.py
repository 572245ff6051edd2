"""Checks that every browser test reuses: axe, scrolling, keyboard."""

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
_axe = Axe()

# One demo URL per page type and per view of a page (filters, reports), with a
# name for the test ids. The crawl visits each at 1280 and 320 px, and
# tests/browser/test_paginas.py checks each by keyboard and without JavaScript.
PAGINATYPEN = {
    "home": "/",
    "home-ar": "/ar/",
    "content": "/over-de-vip/",
    "content-ar": "/ar/an-vip/",
    "content-en": "/en/about-the-vip/",
    "toegankelijkheidsverklaring": "/toegankelijkheid/",
    "agenda": "/agenda/",
    "agenda-gefilterd": "/agenda/?status=in_uitvoering&sorteer=prioriteit",
    "onderwerp": "/agenda/zelf-reizen-voor-jongeren/",
    "agenda-veranderd": "/agenda/veranderd/?van=2023-06-15&tot=2024-06-15",
    "agenda-rapport": "/agenda/rapport/",
    "agenda-vergelijk": "/agenda/vergelijk/",
    "agenda-lampjes-probleem": "/agenda/?lampje=probleem&let_op=later",
    "cafe-overzicht": "/inclusiecafe/",
    "cafe": "/inclusiecafe/cafe-zorg/",
    "cafe-verslag": "/inclusiecafe/cafe-sport/",
    "campagne": "/guusje/",
    "poster": "/guusje/ik-ben-niet-dom/",
    "woordenlijst": "/woordenlijst/",
}


def axe_bij_elke_pagina(context) -> None:
    """Load axe into every page of a browser context as it opens.

    For a crawl: the browser then compiles axe with the page instead of
    receiving its 500 KB again for every page (about 5 % of the crawl's time).
    """
    context.add_init_script(_axe.axe_script)


def axe_fouten(page) -> str:
    """Run axe with the WCAG 2.2 AA tags plus best practices; '' means none."""
    opties = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    if page.evaluate("typeof window.axe === 'undefined'"):
        page.evaluate(_axe.axe_script)
    resultaat = AxeResults(page.evaluate("(opties) => axe.run(document, opties)", opties))
    if resultaat.violations_count == 0:
        return ""
    return resultaat.generate_report()


def scrollt_horizontaal(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


def focus_beschrijving(page) -> str:
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +"
        " (e.className ? '.' + e.className : ''); })()"
    )
