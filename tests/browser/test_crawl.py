"""The site-wide accessibility crawl.

Every live page of the demo site, in every language it exists in, at 320 and
1280 CSS pixels: axe (WCAG 2.2 AA + best practices) and our own structure
checks. Pages come from /sitemap.xml, so a new page type or a new demo page is
covered without changing this file.

Run it alone: make test PYTEST_ARGS="tests/browser/test_crawl.py"

At 1280 px every page is visited. At 320 px large groups of sibling pages (the
58 topics under the agenda) are sampled, because what goes wrong at that width
is the layout of a template, which siblings share; see `kies_paginas`.
Set CRAWL_ALLES=1 to visit every page at both widths.
"""

import os
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections import defaultdict
from urllib.parse import urlparse

import pytest
from django.conf import settings

from tests.browser.hulp import (
    PAGINATYPEN,
    axe_bij_elke_pagina,
    axe_fouten,
    scrollt_horizontaal,
)

BREEDTES = {"1280px": {"width": 1280, "height": 900}, "320px": {"width": 320, "height": 640}}
# A group of more siblings than this is sampled (first, last and an even spread)
# down to PROEF_PER_GROEP pages.
MAX_PER_GROEP = 20
PROEF_PER_GROEP = 8
TALEN = {code for code, _naam in settings.LANGUAGES}

# One pass over the DOM; returns a list of problems in plain Dutch.
STRUCTUUR_CHECKS = r"""
() => {
  const fouten = [];
  const tekst = (s) => (s || "").replace(/\s+/g, " ").trim();
  const zichtbaar = (el) =>
    !el.closest("[hidden],[aria-hidden='true']") &&
    (typeof el.checkVisibility !== "function" || el.checkVisibility());
  const viaIds = (el, attr) =>
    tekst((el.getAttribute(attr) || "").split(/\s+/).filter(Boolean)
      .map((id) => { const d = document.getElementById(id); return d ? d.textContent : ""; })
      .join(" "));
  const naam = (el) => {
    if (el.hasAttribute("aria-labelledby")) return viaIds(el, "aria-labelledby");
    if (tekst(el.getAttribute("aria-label"))) return tekst(el.getAttribute("aria-label"));
    return "";
  };
  const linknaam = (a) => {
    const n = naam(a);
    if (n) return n;
    let t = a.textContent;
    a.querySelectorAll("img[alt]").forEach((img) => { t += " " + img.alt; });
    return tekst(t) || tekst(a.getAttribute("title"));
  };

  // lang
  const lang = document.documentElement.getAttribute("lang") || "";
  if (!lang.trim()) fouten.push("<html> heeft geen lang");

  // headings: exactly one h1, no skipped levels
  const koppen = [...document.querySelectorAll("h1,h2,h3,h4,h5,h6,[role=heading]")]
    .filter(zichtbaar)
    .map((h) => ({
      niveau: h.getAttribute("role") === "heading"
        ? parseInt(h.getAttribute("aria-level") || "2", 10)
        : parseInt(h.localName.slice(1), 10),
      tekst: tekst(h.textContent).slice(0, 60),
    }));
  const h1s = koppen.filter((k) => k.niveau === 1).length;
  if (h1s !== 1) fouten.push(`${h1s} keer h1 (moet 1 zijn)`);
  let vorige = 0;
  for (const k of koppen) {
    if (k.niveau > vorige + 1) {
      fouten.push(`kop overgeslagen: h${k.niveau} "${k.tekst}" na h${vorige || "-"}`);
    }
    vorige = k.niveau;
  }

  // landmarks: several of one kind must each have a different name
  const rolVan = (el) => {
    const r = (el.getAttribute("role") || "").split(/\s+/)[0];
    if (r) return r;
    const binnen = el.parentElement && el.parentElement.closest("article,aside,main,nav,section");
    switch (el.localName) {
      case "main": return "main";
      case "nav": return "navigation";
      case "aside": return "complementary";
      case "search": return "search";
      case "header": return binnen ? null : "banner";
      case "footer": return binnen ? null : "contentinfo";
      case "section": return naam(el) ? "region" : null;
      case "form": return naam(el) ? "form" : null;
      default: return null;
    }
  };
  const LANDMARKS = ["banner", "main", "navigation", "complementary", "contentinfo",
                     "region", "search", "form"];
  const perRol = {};
  document.querySelectorAll("main,nav,aside,search,header,footer,section,form,[role]")
    .forEach((el) => {
      const rol = rolVan(el);
      if (!LANDMARKS.includes(rol) || !zichtbaar(el)) return;
      (perRol[rol] = perRol[rol] || []).push(naam(el));
    });
  for (const [rol, namen] of Object.entries(perRol)) {
    if (namen.length < 2) continue;
    if (namen.some((n) => !n)) {
      fouten.push(`${namen.length} landmarks "${rol}", niet elk met een naam`);
    }
    const dubbel = namen.filter((n, i) => n && namen.indexOf(n) !== i);
    if (dubbel.length) fouten.push(`landmarks "${rol}" met dezelfde naam: ${[...new Set(dubbel)]}`);
  }

  // links: same text to different places only with a different context or description
  const perNaam = {};
  document.querySelectorAll("a[href]").forEach((a) => {
    if (!zichtbaar(a)) return;
    const n = linknaam(a).toLowerCase();
    if (!n) { fouten.push(`link zonder naam naar ${a.getAttribute("href")}`); return; }
    const omgeving = a.parentElement &&
      a.parentElement.closest("p,li,td,th,dd,dt,figcaption,blockquote,h1,h2,h3,h4,h5,h6");
    (perNaam[n] = perNaam[n] || []).push({
      href: a.href,
      sleutel: viaIds(a, "aria-describedby") + "|" + (omgeving ? tekst(omgeving.textContent) : ""),
    });
  });
  for (const [n, links] of Object.entries(perNaam)) {
    for (let i = 0; i < links.length; i++) {
      for (let j = i + 1; j < links.length; j++) {
        if (links[i].href !== links[j].href && links[i].sleutel === links[j].sleutel) {
          fouten.push(`link "${n}" gaat naar ${links[i].href} en ${links[j].href}, zonder uitleg`);
        }
      }
    }
  }

  // id references: what aria-describedby and the like name must exist, or a
  // screen reader hears neither the help nor the error
  const IDREFS = ["aria-describedby", "aria-labelledby", "aria-controls", "aria-errormessage",
                  "aria-owns", "aria-details", "aria-activedescendant", "headers"];
  const metIds = IDREFS.map((a) => `[${a}]`).join(",") + ",label[for]";
  document.querySelectorAll(metIds).forEach((el) => {
    for (const attr of [...IDREFS, "for"]) {
      if (!el.hasAttribute(attr) || (attr === "for" && el.localName !== "label")) continue;
      const missend = el.getAttribute(attr).split(/\s+/)
        .filter((id) => id && !document.getElementById(id));
      if (missend.length) {
        const wie = el.localName + (el.id ? "#" + el.id : el.name ? `[name=${el.name}]` : "");
        fouten.push(`${attr} van ${wie} noemt een id die er niet is: ${missend.join(" ")}`);
      }
    }
  });

  // form fields: every one has a label
  document.querySelectorAll(
    "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset])" +
    ":not([type=image]), select, textarea"
  ).forEach((veld) => {
    if (!zichtbaar(veld)) return;
    const label = [...(veld.labels || [])].map((l) => tekst(l.textContent)).join(" ");
    if (!label && !naam(veld) && !tekst(veld.getAttribute("title"))) {
      fouten.push(`veld zonder label: ${veld.name || veld.id || veld.type}`);
    }
  });
  return {lang, fouten: [...new Set(fouten)]};
}
"""


def taal_van(pad: str) -> str:
    eerste = urlparse(pad).path.strip("/").split("/")[0]
    return eerste if eerste in TALEN and eerste != settings.LANGUAGE_CODE else "nl"


def paden_uit_sitemap(basis: str) -> list[str]:
    with urllib.request.urlopen(basis + "/sitemap.xml", timeout=30) as antwoord:
        boom = ET.fromstring(antwoord.read())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paden = [urlparse(loc.text.strip()).path for loc in boom.findall("s:url/s:loc", ns)]
    return list(dict.fromkeys(paden))


def kies_paginas(
    paden: list[str],
    max_per_groep: int = MAX_PER_GROEP,
    proef: int = PROEF_PER_GROEP,
    altijd: frozenset[str] = frozenset(),
) -> list[str]:
    """All pages, except that big groups of siblings are sampled.

    A group is the children of one parent in one language. Only a group of more
    than `max_per_groep` siblings is sampled: in this site that is a long run of
    pages of one type, such as the 58 topics under the agenda, which share a
    template, so a spread sample (first, last, evenly in between) finds template
    faults without visiting every sibling. Parents, small groups (like the
    pages under the home page, each of their own type) and the pages in
    `altijd` stay whole.
    """
    groepen = defaultdict(list)
    for pad in paden:
        ouder = urlparse(pad).path.rstrip("/").rsplit("/", 1)[0]
        groepen[ouder].append(pad)
    gekozen = set(altijd)
    for leden in groepen.values():
        if len(leden) <= max_per_groep:
            gekozen.update(leden)
            continue
        stap = (len(leden) - 1) / (proef - 1)
        gekozen.update(leden[round(i * stap)] for i in range(proef))
    return [pad for pad in paden if pad in gekozen]


def test_kies_paginas_houdt_kleine_groepen_heel_en_neemt_proef_uit_grote():
    paden = ["/", "/agenda/"] + [f"/agenda/o{n}/" for n in range(58)] + ["/en/", "/en/x/"]
    paden += [f"/over/p{n}/" for n in range(5)]
    gekozen = kies_paginas(paden, max_per_groep=20, proef=6)
    assert gekozen[:3] == ["/", "/agenda/", "/agenda/o0/"]
    assert "/agenda/o57/" in gekozen and "/en/x/" in gekozen and "/en/" in gekozen
    assert len([p for p in gekozen if p.startswith("/agenda/o")]) == 6
    assert len([p for p in gekozen if p.startswith("/over/p")]) == 5
    met_vaste = kies_paginas(paden, max_per_groep=20, proef=6, altijd=frozenset({"/agenda/o3/"}))
    assert "/agenda/o3/" in met_vaste and "/agenda/o3/" not in gekozen


# Pages that are not in the sitemap but are part of the site: search results
# (with and without hits, in two languages).
# The change view with a wrong date shows its field errors (their ids are checked too).
# The views in PAGINATYPEN (filters, reports) come on top, at both widths.
EXTRA_PADEN = [
    "/zoeken/?q=inclusie",
    "/zoeken/?q=olifantenpaadje",
    "/en/zoeken/?q=ViP",
    "/agenda/veranderd/?van=gisteren&tot=2020-01-01",
]


# One page of each type and each view, never left out of the 320 px sample.
VASTE_PADEN = list(PAGINATYPEN.values())


@pytest.fixture(scope="module")
def te_bezoeken(demo_site):
    paden = list(dict.fromkeys(paden_uit_sitemap(demo_site) + EXTRA_PADEN + VASTE_PADEN))
    return kies_paginas(paden, altijd=frozenset(VASTE_PADEN)), paden


FOUTE_PAGINA = """<!DOCTYPE html><html><head><title>x</title></head><body>
<nav><a href="/a/">Lees meer</a></nav><nav><a href="/b/">Lees meer</a></nav>
<main><h1>Een</h1><h3>Te diep</h3><h1>Twee</h1>
<form><input name="naam"><label>Los <input name="goed"></label></form>
<a href="/c/"><img src="x.png" alt=""></a>
<section aria-label="Blok"></section><section aria-label="Blok"></section>
<label for="weg">Weg</label><input id="datum" aria-describedby="datum_helptext datum_error">
<p id="datum_helptext">Hulp</p>
</main></body></html>"""


def test_structuurchecks_vinden_echte_fouten(chromium):
    context = chromium.new_context()
    page = context.new_page()
    page.set_content(FOUTE_PAGINA)
    resultaat = page.evaluate(STRUCTUUR_CHECKS)
    context.close()
    fouten = "\n".join(resultaat["fouten"])
    assert "<html> heeft geen lang" in fouten
    assert "2 keer h1" in fouten
    assert 'kop overgeslagen: h3 "Te diep" na h1' in fouten
    assert '2 landmarks "navigation", niet elk met een naam' in fouten
    assert 'landmarks "region" met dezelfde naam: Blok' in fouten
    assert 'link "lees meer" gaat naar' in fouten
    assert "link zonder naam naar /c/" in fouten
    assert "veld zonder label: naam" in fouten
    assert "goed" not in fouten  # a wrapping label counts
    assert "aria-describedby van input#datum noemt een id die er niet is: datum_error" in fouten
    assert "for van label noemt een id die er niet is: weg" in fouten


def test_sitemap_geeft_paginas_in_elke_taal(te_bezoeken):
    steekproef, alle = te_bezoeken
    assert {taal_van(p) for p in alle} == TALEN, "de crawl moet elke taal zien"
    assert "/toegankelijkheid/" in alle
    assert set(VASTE_PADEN) <= set(steekproef), "elk paginatype ook op 320 px"


# Every page, in DELEN parts per width (every DELEN-th page), so two workers can share them.
DELEN = 4


@pytest.mark.parametrize("deel", range(DELEN))
@pytest.mark.parametrize("breedte", list(BREEDTES))
def test_elke_pagina_in_elke_taal_is_toegankelijk(chromium, demo_site, te_bezoeken, breedte, deel):
    steekproef, alle = te_bezoeken
    gekozen = alle if breedte == "1280px" or os.environ.get("CRAWL_ALLES") else steekproef
    gekozen = gekozen[deel::DELEN]
    context = chromium.new_context(viewport=BREEDTES[breedte])
    axe_bij_elke_pagina(context)
    page = context.new_page()
    problemen = []
    begin = time.monotonic()
    try:
        for pad in gekozen:
            response = page.goto(demo_site + pad)
            if response is None or response.status != 200:
                problemen.append(f"{pad}: status {response.status if response else '?'}")
                continue
            resultaat = page.evaluate(STRUCTUUR_CHECKS)
            fouten = list(resultaat["fouten"])
            if resultaat["lang"].split("-")[0] != taal_van(pad):
                fouten.append(f'lang="{resultaat["lang"]}", verwacht "{taal_van(pad)}"')
            if breedte == "320px" and scrollt_horizontaal(page):
                fouten.append("scrolt opzij op 320 px")
            axe = axe_fouten(page)
            if axe:
                fouten.append("axe:\n" + axe)
            problemen.extend(f"{pad}: {fout}" for fout in fouten)
    finally:
        context.close()
    duur = time.monotonic() - begin
    print(f"\ncrawl {breedte} deel {deel}: {len(gekozen)} van {len(alle)} pagina's in {duur:.1f} s")
    assert gekozen, "geen pagina's in dit deel"
    assert not problemen, f"{len(problemen)} problemen op {breedte}:\n" + "\n".join(problemen)
