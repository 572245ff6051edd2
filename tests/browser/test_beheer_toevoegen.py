"""The accessibility of the admin's add forms and chooser dialogs (issue 12).

test_beheer_crawl.py visits what the admin links to: edit forms of existing
pages, whose StreamFields hold only the blocks the demo content happens to
use. Here every page type's add form gets every block type of each of its
StreamFields once, through the block menu behind "+", and then axe (WCAG 2.2
AA + best practices) at 1280 px; at 320 px one form, the one with the most
blocks, gets axe and the sideways-scroll check (CRAWL_ALLES=1: every form),
as in the crawl. The open block menu gets axe once at each width too.

The page types and a parent each may go under are found on the "add subpage"
screens of one page of each type, so a new page type or block is checked
without changing this file. The forms are never saved: the site stays as
other tests see it.

The chooser dialogs for images and documents (search and upload tab) and the
page chooser are checked on add forms found the same way.
"""

import html
import os
import re
import time
from urllib.parse import urlparse

from tests.browser.hulp import scrollt_horizontaal
from tests.browser.test_beheer_crawl import (
    AXE_OPTIES,
    BREED,
    SMAL,
    UITGEFADED,
    axe,
    een_pagina_per_type,
    ingelogde_pagina,
    kort,
    open_scherm,
)

TOEVOEGEN = re.compile(r"/admin/pages/add/(\w+)/(\w+)/(\d+)/")
TOEVOEG_LINK = re.compile(r'href="(/admin/pages/add/\w+/\w+/\d+/)"')
ROL = "ViP redactie"

# Every block type once in every StreamField on the form, the way an editor
# adds one: the "+" after the last block, then the block's option in the menu
# (Wagtail 8.0's combobox in a tippy popup; a stream with one block type adds
# it at once, without a menu). Clicked from the page's own script: through
# Playwright each click waits for the previous block's slide-in, 0.5 s a block.
# StreamBlocks inside the new blocks get the same, one level deep. Then waits
# until the DOM has been still for 300 ms: blocks slide in, editors start.
ALLE_BLOKKEN = """async () => {
  const wacht = () => new Promise((klaar) => requestAnimationFrame(() => setTimeout(klaar)));
  const gedaan = new Set();
  const verslag = [];
  for (let ronde = 0; ronde < 2; ronde++) {
    const stromen = [...document.querySelectorAll("[data-streamfield-stream-container]")]
      .filter((stroom) => !gedaan.has(stroom));
    for (const stroom of stromen) {
      gedaan.add(stroom);
      const blokken = () => stroom.querySelectorAll(":scope > [data-streamfield-child]").length;
      const voor = blokken();
      let namen = null;
      for (let i = 0; namen === null || i < namen.length; i++) {
        const knop = [...stroom.querySelectorAll(":scope > * > button.c-sf-add-button")].pop();
        if (!knop) break;
        knop.click();
        await wacht();
        if (!knop._tippy) {
          namen = ["(het enige bloktype)"];
          break;
        }
        const opties = knop._tippy.popper.querySelectorAll("[role=option]");
        if (namen === null) namen = [...opties].map((optie) => optie.textContent.trim());
        if (opties[i]) opties[i].click();
        await wacht();
      }
      const paneel = stroom.closest("[role=tabpanel]");
      const veld = stroom.closest("[data-contentpath]");
      verslag.push({
        paneel: paneel ? paneel.id : "",
        veld: veld ? veld.dataset.contentpath : "?",
        namen: namen || [],
        toegevoegd: blokken() - voor,
      });
    }
  }
  await new Promise((klaar) => {
    let stil;
    const kijker = new MutationObserver(() => {
      clearTimeout(stil);
      stil = setTimeout(af, 300);
    });
    function af() {
      kijker.disconnect();
      klaar();
    }
    kijker.observe(document.body, { childList: true, subtree: true, attributes: true });
    stil = setTimeout(af, 300);
    setTimeout(af, 5000);
  });
  return verslag;
}"""
# No block menu left open, no block still sliding in. (The sidebar's badge on
# "Help" pulses for a while after load: that is not the form.)
RUSTIG = """() => !document.querySelector("[data-tippy-root] .w-combobox")
  && !(window.jQuery && jQuery(":animated").length)
  && document.getAnimations().every((a) => a.playState !== "running"
    || a.effect.getComputedTiming().iterations === Infinity
    || (a.effect.target && a.effect.target.closest("#wagtail-sidebar")))"""
STROOM = "[data-streamfield-stream-container]"
BLOKMENU = "[data-tippy-root] .w-combobox [role=option]"
# Adding a block focuses it, so the form has scrolled. Axe's target-size rule
# places sticky elements (the header, "Alles samenvouwen") where they were
# before the scroll, and then finds targets "partially obscured" by them that
# are not (axe-core issue 3720, open). Axe runs on the form scrolled back to
# the top, as it is when it loads and as the crawl sees it.
NAAR_BOVEN = """() => new Promise((klaar) => {
  document.querySelectorAll("*").forEach((e) => {
    if (e.scrollTop) e.scrollTo({ top: 0, behavior: "instant" });  // the admin scrolls smoothly
  });
  requestAnimationFrame(() => requestAnimationFrame(klaar));
})"""
# A chooser's "choose" button, by the kind of chooser (its data-chooser-url).
KIES_KNOP = "[data-chooser-url*='{soort}'] [data-chooser-action-choose]:visible"

_toevoegpaden: dict[str, dict[str, str]] = {}


def toevoegpaden(context, basis: str) -> dict[str, str]:
    """{"app.model": add-form path} for every page type this role may add.

    The page search's filter names every page type; the "add subpage" screen
    of one page of each type (and of the root, for the home page) links to the
    add form of each type allowed under it, or, when only one type is
    allowed, Wagtail sends you to that form at once. Found once per run.
    """
    if basis in _toevoegpaden:
        return _toevoegpaden[basis]
    ouders = [pk for _pad, pk in een_pagina_per_type(context, basis)]
    ouders.append("1")  # last: a type found under a real page gets that page as parent
    paden: dict[str, str] = {}
    for ouder in dict.fromkeys(ouders):
        antwoord = context.request.get(f"{basis}/admin/pages/{ouder}/add_subpage/")
        if not antwoord.ok:
            continue
        doorgestuurd = urlparse(antwoord.url).path
        links = [doorgestuurd] if TOEVOEGEN.fullmatch(doorgestuurd) else []
        links += [html.unescape(link) for link in TOEVOEG_LINK.findall(antwoord.text())]
        for pad in links:
            app, model, _ouder = TOEVOEGEN.fullmatch(pad).groups()
            paden.setdefault(f"{app}.{model}", pad)
    _toevoegpaden[basis] = paden
    return paden


def voeg_alle_blokken_toe(page, pad: str) -> tuple[list[dict], list[str]]:
    """Every block type once in each StreamField; what was added, and what went wrong."""
    verslag = page.evaluate(ALLE_BLOKKEN)
    page.wait_for_function(RUSTIG, timeout=10_000)
    fouten = [
        f"{pad}: in het veld {stroom['veld']} kwamen {stroom['toegevoegd']} van de"
        f" {len(stroom['namen'])} soorten blokken erbij ({', '.join(stroom['namen'])})"
        for stroom in verslag
        if stroom["toegevoegd"] != len(stroom["namen"])
    ]
    return verslag, fouten


# A tab's fields, by name: two forms whose "Instellingen" tab holds the same
# fields show the same panel, which then needs one axe run, not one per type.
VELDEN_VAN_TAB = """(paneel) => [...document.getElementById(paneel).querySelectorAll("[name]")]
  .map((veld) => veld.name).sort().join(",")"""


def controleer_formulier(
    page, pad: str, verslag: list[dict], smal: bool, gezien: set | None = None
) -> list[str]:
    """Axe on every tab of the form: axe skips what a closed tab hides.

    The tabs with a StreamField come first, with their new blocks, and the
    first tab always; then the others (promotion, settings: slug, dates,
    privacy), each set of fields once per run (`gezien`), so nothing on any
    form goes unchecked.
    """
    breedte = "320 px" if smal else "1280 px"
    fouten = []
    gezien = set() if gezien is None else gezien
    tabs = page.locator("[role=tablist] [role=tab][aria-controls]").evaluate_all(
        "tabs => tabs.map((tab) => tab.getAttribute('aria-controls'))"
    )
    panelen = list(dict.fromkeys([stroom["paneel"] for stroom in verslag] + tabs[:1]))
    for paneel in tabs:
        if paneel not in panelen:
            soort = (paneel, page.evaluate(VELDEN_VAN_TAB, paneel))
            if soort not in gezien:
                gezien.add(soort)
                panelen.append(paneel)
    panelen = panelen or [""]
    for paneel in panelen:
        tab = page.locator(f"[role=tab][aria-controls='{paneel}']")
        if paneel and tab.count() and tab.first.get_attribute("aria-selected") != "true":
            tab.first.click()
            page.wait_for_function(RUSTIG, timeout=10_000)
        page.evaluate(NAAR_BOVEN)
        schendingen = axe(page, zonder_zijbalk=not smal)
        if schendingen:
            waar = f" (tab {paneel})" if len(panelen) > 1 else ""
            fouten.append(f"{pad}{waar} ({breedte}): {kort(schendingen)}")
    if smal and scrollt_horizontaal(page):
        fouten.append(f"{pad} (320 px): het formulier scrollt opzij")
    return fouten


def controleer_blokmenu(page, pad: str, breedte: str) -> list[str]:
    """Axe on the first open block menu (only the menu: it covers the form behind it)."""
    knoppen = page.locator(f"{STROOM} > * > button.c-sf-add-button")
    # A stream with one block type has no menu: its "+" adds the block at once.
    index = knoppen.evaluate_all("knoppen => knoppen.findIndex((knop) => knop._tippy)")
    if index < 0:
        return []
    knop = knoppen.nth(index)
    knop.click()
    page.locator(BLOKMENU).first.wait_for(timeout=10_000)
    menu = knop.evaluate_handle("knop => knop._tippy.popper")
    page.wait_for_function(
        "menu => menu.getAnimations({subtree: true}).length === 0", arg=menu, timeout=10_000
    )
    schendingen = page.evaluate("([menu, opties]) => axe.run(menu, opties)", [menu, AXE_OPTIES])[
        "violations"
    ]
    page.keyboard.press("Escape")
    if schendingen:
        return [f"{pad}, menu 'Blok invoegen' ({breedte}): {kort(schendingen)}"]
    return []


def test_toevoegen_van_elk_paginatype_met_elk_blok(chromium, demo_site):
    begin = time.monotonic()
    fouten: list[str] = []
    bekeken: list[tuple[str, str, int]] = []
    with ingelogde_pagina(chromium, demo_site, ROL) as page:
        paden = toevoegpaden(page.context, demo_site)
        assert paden, "Geen enkel paginatype gevonden om toe te voegen"
        menu_bekeken = False
        tabs_gezien: set = set()
        for paginatype, pad in paden.items():
            fout = open_scherm(page, demo_site, pad)
            if fout:
                fouten.append(fout)
                continue
            if not menu_bekeken and page.locator(STROOM).count():
                fouten += controleer_blokmenu(page, pad, "1280 px")
                menu_bekeken = True
            verslag, blokfouten = voeg_alle_blokken_toe(page, pad)
            fouten += blokfouten
            fouten += controleer_formulier(page, pad, verslag, smal=False, gezien=tabs_gezien)
            bekeken.append((paginatype, pad, sum(s["toegevoegd"] for s in verslag)))

        # 320 px: the form with the most blocks stands for the rest (they share
        # their layout and their blocks), unless CRAWL_ALLES=1.
        page.set_viewport_size(SMAL)
        smal = sorted(bekeken, key=lambda b: -b[2])
        if not os.environ.get("CRAWL_ALLES"):
            smal = smal[:1]
        for _type, pad, _aantal in smal:
            fout = open_scherm(page, demo_site, pad)
            if fout:
                fouten.append(fout)
                continue
            fouten += controleer_blokmenu(page, pad, "320 px")
            verslag, blokfouten = voeg_alle_blokken_toe(page, pad)
            fouten += blokfouten
            fouten += controleer_formulier(page, pad, verslag, smal=True)
    print(
        f"\nbeheer-toevoegen: {len(bekeken)} formulieren op 1280 px ({len(tabs_gezien)} andere"
        f" tabs), {len(smal)} op 320 px,"
        f" {time.monotonic() - begin:.1f} s"
    )
    for paginatype, pad, aantal in bekeken:
        print(f"  {paginatype:40} {pad:50} {aantal} blokken")
    assert not fouten, "Toegankelijkheidsfouten in de formulieren om pagina's toe te voegen:\n" + (
        "\n".join(fouten)
    )


def formulier_met_kiezers(page, basis: str, soorten: tuple[str, ...]) -> str:
    """The first add form (all blocks added) with a visible chooser of each kind; '' if none."""

    def alle_soorten():
        return all(page.locator(KIES_KNOP.format(soort=soort)).count() for soort in soorten)

    for pad in toevoegpaden(page.context, basis).values():
        if open_scherm(page, basis, pad):
            continue
        if alle_soorten():
            return pad
        if page.locator(STROOM).count():
            voeg_alle_blokken_toe(page, pad)
            if alle_soorten():
                return pad
    return ""


def controleer_kiezer(page, soort: str, breedte: str) -> list[str]:
    """Open a chooser, axe each of its tabs (search, upload), close it."""
    fouten = []
    knop = page.locator(KIES_KNOP.format(soort=soort)).first
    knop.scroll_into_view_if_needed()
    knop.click()
    dialoog = page.locator(".modal.in")
    dialoog.locator(".modal-body h1").first.wait_for(timeout=10_000)
    page.wait_for_function(UITGEFADED, timeout=10_000)
    tabs = dialoog.locator("[role=tab]")
    for i in range(max(tabs.count(), 1)):
        naam = "" if tabs.count() == 0 else " " + tabs.nth(i).inner_text().strip().split("\n")[0]
        if i:
            tabs.nth(i).click()
            dialoog.locator(f"#{tabs.nth(i).get_attribute('aria-controls')}").wait_for()
        schendingen = axe(page, zonder_zijbalk=False)
        if schendingen:
            fouten.append(f"kiezer {soort}{naam} ({breedte}): {kort(schendingen)}")
        if breedte == "320 px" and dialoog.evaluate("d => d.scrollWidth > d.clientWidth"):
            fouten.append(f"kiezer {soort}{naam}: de dialoog scrollt opzij op 320 px")
    dialoog.locator("button[data-dismiss=modal]").first.click()
    dialoog.wait_for(state="detached", timeout=10_000)
    return fouten


def kiezers_zonder_axe_fouten(chromium, basis: str, soorten: tuple[str, ...]) -> list[str]:
    """Each kind of chooser, at 1280 and at 320 px, on one add form that has them all."""
    fouten: list[str] = []
    with ingelogde_pagina(chromium, basis, ROL) as page:
        pad = formulier_met_kiezers(page, basis, soorten)
        assert pad, f"Geen formulier gevonden met een kiezer voor {' en '.join(soorten)}"
        for breedte, maat in (("1280 px", BREED), ("320 px", SMAL)):
            page.set_viewport_size(maat)
            for soort in soorten:
                fouten += controleer_kiezer(page, soort, breedte)
    return fouten


def test_kiezers_voor_afbeelding_en_document_zonder_axe_fouten(chromium, demo_site):
    fouten = kiezers_zonder_axe_fouten(chromium, demo_site, ("/images/", "/documents/"))
    assert not fouten, "Toegankelijkheidsfouten in de kiezers:\n" + "\n".join(fouten)


def test_paginakiezer_zonder_axe_fouten(chromium, demo_site):
    """Its table of pages had an empty column header (beheer_toegankelijk.js, fix 8)."""
    fouten = kiezers_zonder_axe_fouten(chromium, demo_site, ("/choose-page/",))
    assert not fouten, "Toegankelijkheidsfouten in de kiezers:\n" + "\n".join(fouten)
