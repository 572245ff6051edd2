"""Checks that every browser test reuses: axe, scrolling, keyboard."""

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
_axe = Axe()


def axe_fouten(page) -> str:
    """Run axe with the WCAG 2.2 AA tags plus best practices; '' means none."""
    resultaat = _axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
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
