"""Long words and web addresses wrap at 320 px: in titles, texts, links, tables and menus.

Dutch glues words together ("arbeidsongeschiktheidsverzekeringsmaatschappij"),
and editors paste web addresses into titles. At 320 CSS pixels (400 % zoom)
such a word must wrap, not push the page sideways (WCAG 1.4.10).
"""

import re

import pytest

from tests.browser.hulp import axe_fouten, scrollt_horizontaal

# 46 letters, and a web address of 48 characters without a space.
LANG_WOORD = "Arbeidsongeschiktheidsverzekeringsmaatschappij"
ADRES = "www.almere.nl/wonen-en-leven/toegankelijkheid-2026"
POSTER = "/guusje/zeg-gewoon-verzekeraar/"

# Every kind of text a title or a name lands in: headings, links in lists and
# menus, breadcrumbs, table cells and captions, labels, the footer.
OVERAL = "h1, h2, h3, p, li > a, td, th, caption, .kruimelpad a, .menu__link, dt, dd, label"

PAGINAS = [
    "/",
    "/agenda/",
    "/agenda/zelf-reizen-voor-jongeren/",
    "/agenda/rapport/",
    "/agenda/veranderd/?van=2023-06-15&tot=2024-06-15",
    "/inclusiecafe/",
    "/inclusiecafe/cafe-zorg/",
    "/guusje/",
    "/zoeken/?q=brief",
    "/ar/",
]


def test_de_demo_heeft_een_titel_met_een_woord_van_40_tekens_en_die_past(smalle_pagina):
    """A real page of the demo, so the public crawl visits it at 320 px too."""
    assert smalle_pagina.goto(smalle_pagina.basis + POSTER).status == 200
    titel = smalle_pagina.locator("h1").inner_text()
    assert max(len(woord) for woord in re.split(r"\W+", titel)) >= 40
    assert not scrollt_horizontaal(smalle_pagina)
    assert axe_fouten(smalle_pagina) == ""


@pytest.mark.parametrize("pad", PAGINAS)
def test_een_lang_woord_in_elke_tekst_laat_de_pagina_niet_opzij_scrollen(smalle_pagina, pad):
    assert smalle_pagina.goto(smalle_pagina.basis + pad).status == 200
    aantal = smalle_pagina.evaluate(
        """([kiezer, woord, adres]) => {
          const els = [...document.querySelectorAll(kiezer)];
          els.forEach((el, i) => el.prepend((i % 2 ? adres : woord) + " "));
          return els.length;
        }""",
        [OVERAL, LANG_WOORD, ADRES],
    )
    assert aantal > 5
    te_breed = smalle_pagina.evaluate(
        """() => {
          const breedte = document.documentElement.clientWidth;
          return [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > breedte + 1
                            && !el.closest(".tabel-houder, .visueel-verborgen, .skiplink"))
            .slice(0, 5)
            .map((el) => el.localName + (el.className ? "." + el.className : ""));
        }"""
    )
    assert not scrollt_horizontaal(smalle_pagina), te_breed
    assert te_breed == []
