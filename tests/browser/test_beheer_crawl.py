"""The accessibility crawl of the Wagtail admin, once for each role.

Every role logs in and visits what its own admin offers: the dashboard, the
page explorer, every screen in its menu (read from the sidebar's JSON, the
data Wagtail's sidebar is drawn from, so submenus need no clicking), every
snippet listing, and one edit form of each kind it may open: a page of every
page type, the "add subpage" choice, a snippet of every snippet type, an item
of every other listing (images, documents, feedback), and the project's own
screens that a page's header buttons open (café planning, sign-ups). Nothing
is listed by hand, so a new page type, snippet, menu item or admin view of the
project is crawled without changing this file. Each screen
gets axe (WCAG 2.2 AA + best practices) at 1280 px; at 320 px one screen
of each kind gets axe and the sideways-scroll check, because what goes wrong
at that width is a template's layout, which screens of one kind share.
CRAWL_ALLES=1 checks every screen at 320 px too.

Only GET requests are made, and only to links the admin itself shows, so the
crawl changes no data (logout and links that act are skipped anyway). The
workflow dialogs (approve with a comment, request changes) need a page in
review: test_werkstroomdialogen makes one of its own, under a login-only
agenda, so other tests see the same site.
"""

import html
import json
import os
import re
import secrets
import time
from contextlib import contextmanager
from urllib.parse import urlparse

import pytest
from django.urls import Resolver404, resolve

from demo.management.commands.maak_demo_beheerder import DEMO_WACHTWOORD
from inclusie.rollen import ROLLEN
from tests.browser.demoserver import in_demoserver
from tests.browser.hulp import AXE_TAGS, axe_bij_elke_pagina, scrollt_horizontaal

AXE_OPTIES = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
BREED = {"width": 1280, "height": 900}
SMAL = {"width": 320, "height": 640}
# Links that act (log out, delete, publish...) or that leave the admin's screens.
OVERSLAAN = re.compile(
    r"/logout/|/delete/|/unpublish/|/publish/|/lock/|/unlock/|/copy/|/move/|/revert/"
    r"|/approve|/reject|/cancel|/disable/|/enable/|/export/|\?export=|/download/"
    r"|\.(?:csv|ics|pdf|xlsx)$"
)
PAGINA_EDIT = re.compile(r'href="(/admin/pages/(\d+)/edit/)"')
SUBPAGINA = re.compile(r'href="(/admin/pages/\d+/add_subpage/)"')
PAGINATYPE = re.compile(r'href="(/admin/pages/search/\?(?:q=&amp;)?content_type=([\w.]+))"')
# Wagtail's admin JS has started (w-init) and the sidebar is drawn.
KLAAR = (
    "document.body.classList.contains('ready')"
    " && !document.querySelector('#wagtail-sidebar.sidebar-loading')"
)
SNIPPETLIJST = re.compile(r'href="(/admin/snippets/\w+/\w+/)"')
BEHEERLINK = re.compile(r'href="(/admin/[^"?#]+)"')
# The project's own apps: their admin screens (café planning, sign-ups...) are
# often reached from a page's header, not from the menu.
EIGEN_APPS = ("inclusie.", "agenda.", "campagnes.", "volgen.")


def van_het_project(pad: str) -> bool:
    """A screen of one of the project's own admin views (by the view's module)."""
    try:
        gevonden = resolve(pad)
    except Resolver404:
        return False
    view = getattr(gevonden.func, "view_class", gevonden.func)
    return view.__module__.startswith(EIGEN_APPS)


def gebruikersnaam(rol: str) -> str:
    """The demo server's account for a role (tests/browser/demoserver.py)."""
    return "rol-" + rol.lower().replace(" ", "-")


def inloggen(page, basis: str, rol: str) -> None:
    page.goto(basis + "/admin/login/")
    page.fill("input[name=username]", gebruikersnaam(rol))
    page.fill("input[name=password]", DEMO_WACHTWOORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))


@contextmanager
def ingelogde_pagina(chromium, basis: str, rol: str, viewport: dict = BREED):
    """A page in a fresh browser context with axe loaded, logged in as `rol`.

    The context (its cookies, its cache) is closed afterwards, also when the
    test fails halfway.
    """
    context = chromium.new_context(viewport=viewport)
    axe_bij_elke_pagina(context)
    page = context.new_page()
    try:
        inloggen(page, basis, rol)
        yield page
    finally:
        context.close()


def menu_paden(page) -> list[str]:
    """Every admin URL in the sidebar's data, submenus included, in menu order."""
    data = json.loads(page.locator("#wagtail-sidebar-props").text_content())
    paden = []

    def loop(x):
        if isinstance(x, dict):
            for waarde in x.values():
                loop(waarde)
        elif isinstance(x, list):
            for waarde in x:
                loop(waarde)
        elif isinstance(x, str) and x.startswith("/admin/") and x not in paden:
            paden.append(x)

    loop(data)
    return paden


def eigen_scherm(pad: str) -> bool:
    return pad.startswith("/admin/") and not OVERSLAAN.search(pad)


def bron(context, basis: str, pad: str) -> str:
    """A screen's HTML without drawing it: for finding links to crawl."""
    antwoord = context.request.get(basis + pad)
    if not antwoord.ok or urlparse(antwoord.url).path.startswith("/admin/login"):
        return ""
    return antwoord.text()


def een_pagina_per_type(context, basis: str) -> list[tuple[str, str]]:
    """(edit path, page id) of the first page of each type this role may edit.

    The page search's filter names every page type there is, so a new page
    type is found without listing it here.
    """
    zoek = bron(context, basis, "/admin/pages/search/")
    paginas = []
    for filter_pad, _type in dict.fromkeys(PAGINATYPE.findall(zoek)):
        gevonden = PAGINA_EDIT.search(bron(context, basis, html.unescape(filter_pad)))
        if gevonden:
            paginas.append((gevonden[1], gevonden[2]))
    return paginas


def vind_schermen(context, page, basis: str) -> list[tuple[str, str]]:
    """(kind, path) for everything this role's admin offers, without duplicates."""
    schermen: list[tuple[str, str]] = [("dashboard", "/admin/")]
    gezien = {"/admin/"}

    def voeg_toe(soort, pad):
        pad = html.unescape(pad)
        if pad not in gezien and eigen_scherm(pad):
            gezien.add(pad)
            schermen.append((soort, pad))

    menu = [p for p in menu_paden(page) if eigen_scherm(p)]
    for pad in menu:
        voeg_toe("verkenner" if pad == "/admin/pages/" else "menu", pad)

    # Snippets: the index lists every snippet type this role may see.
    if "/admin/snippets/" in menu:
        for lijst in dict.fromkeys(SNIPPETLIJST.findall(bron(context, basis, "/admin/snippets/"))):
            voeg_toe("snippetlijst", lijst)

    # One edit form from each listing (a snippet, an image, a document, a reaction...).
    for soort, pad in list(schermen):
        if soort not in {"menu", "snippetlijst"} or pad.startswith("/admin/pages/"):
            continue
        if pad.startswith(("/admin/reports/", "/admin/rapporten/", "/admin/localize/")):
            continue  # reports link to pages, which are found per page type below
        item = re.compile(r'href="(' + re.escape(pad) + r'(?:[\w/]*/)?(?:edit/)?\d+/)[?"]')
        gevonden = item.search(bron(context, basis, pad))
        if gevonden:
            voeg_toe("snippetformulier" if soort == "snippetlijst" else "formulier", gevonden[1])

    # Pages: an edit form of each page type this role may edit, and one "add subpage".
    if "/admin/pages/search/" in menu:
        for bewerk_pad, _pk in een_pagina_per_type(context, basis):
            voeg_toe("paginaformulier", bewerk_pad)
            # The page's header buttons that open a screen of the project's
            # own (plan the next cafés, the sign-ups of a café).
            for link in BEHEERLINK.findall(bron(context, basis, bewerk_pad)):
                if van_het_project(html.unescape(link)):
                    voeg_toe("eigen scherm", link)
        gevonden = SUBPAGINA.search(bron(context, basis, "/admin/pages/search/"))
        if gevonden:
            voeg_toe("subpagina", gevonden[1])
    return schermen


def kort(schendingen: list[dict]) -> str:
    """Axe's violations on one line: each rule id with where it fails."""
    regels = []
    for regel in schendingen:
        doelen = [" ".join(map(str, knoop["target"])) for knoop in regel["nodes"]]
        meer = f" (+{len(doelen) - 3})" if len(doelen) > 3 else ""
        regels.append(f"{regel['id']} [{'; '.join(doelen[:3])}{meer}]")
    return ", ".join(regels)


def axe(page, zonder_zijbalk: bool) -> list[dict]:
    """Axe with hulp.axe_fouten's options, as data (for a short message per rule).

    The sidebar is one component, the same on every screen of a role at one
    width: it is checked on the dashboard and on every narrow screen, and left
    out elsewhere (it is a tenth of axe's time on a screen).
    """
    bereik = {"exclude": [["#wagtail-sidebar"]]} if zonder_zijbalk else None
    return page.evaluate(
        "([bereik, opties]) => axe.run(bereik || document, opties)", [bereik, AXE_OPTIES]
    )["violations"]


# Bootstrap fades a dialog in: axe reads colours half-way through as too pale.
UITGEFADED = """() => {
  const dialoog = document.querySelector(".modal.in");
  return !!dialoog && getComputedStyle(dialoog).opacity === "1"
    && dialoog.getAnimations({subtree: true}).length === 0;
}"""


def open_scherm(page, basis: str, pad: str) -> str:
    """Load an admin screen; an error message if it does not load."""
    antwoord = page.goto(basis + pad)
    if antwoord is None or antwoord.status >= 400:
        return f"{pad}: HTTP {antwoord.status if antwoord else '?'}"
    if urlparse(page.url).path.startswith("/admin/login"):
        return f"{pad}: stuurt naar de inlogpagina"
    # The sidebar and the editor's panels are drawn by JavaScript after load.
    page.wait_for_function(KLAAR, timeout=10_000)
    return ""


def bezoek(page, basis: str, pad: str, smal: bool) -> list[str]:
    fout = open_scherm(page, basis, pad)
    if fout:
        return [fout]
    fouten = []
    breedte = "320 px" if smal else "1280 px"
    schendingen = axe(page, zonder_zijbalk=not smal and pad != "/admin/")
    if schendingen:
        fouten.append(f"{pad} ({breedte}): {kort(schendingen)}")
    if smal and scrollt_horizontaal(page):
        fouten.append(f"{pad} (320 px): de pagina scrollt opzij")
    return fouten


@pytest.mark.parametrize("rol", ROLLEN, ids=gebruikersnaam)
def test_beheer_is_toegankelijk_voor_elke_rol(chromium, demo_site, rol):
    begin = time.monotonic()
    fouten: list[str] = []
    with ingelogde_pagina(chromium, demo_site, rol) as page:
        page.locator("#wagtail-sidebar-props").wait_for(state="attached")
        schermen = vind_schermen(page.context, page, demo_site)
        for _soort, pad in schermen:
            fouten += bezoek(page, demo_site, pad, smal=False)
        page.set_viewport_size(SMAL)
        alles = bool(os.environ.get("CRAWL_ALLES"))
        proef = [
            (soort, pad)
            for i, (soort, pad) in enumerate(schermen)
            if alles or soort not in {s for s, _ in schermen[:i]}
        ]
        for _soort, pad in proef:
            fouten += bezoek(page, demo_site, pad, smal=True)
    duur = time.monotonic() - begin
    print(
        f"\nbeheer-crawl {rol}: {len(schermen)} schermen op 1280 px, {len(proef)} op 320 px,"
        f" {duur:.1f} s"
    )
    for soort, pad in schermen:
        print(f"  {soort:17} {pad}")
    assert not fouten, f"Toegankelijkheidsfouten in het beheer voor de rol {rol}:\n" + "\n".join(
        fouten
    )


# A topic with a step in review, sent by the ViP lid, under an agenda that only
# logged-in people can see (so the sitemap and the public figures stay the same).
IN_CONTROLE = """
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction
from agenda.models import AgendaPage, OnderwerpPage, Thema
from inclusie.models import HomePage
lid = get_user_model().objects.get(username="rol-vip-lid")
home = HomePage.objects.get(depth=2, locale__language_code="nl")
agenda = AgendaPage(title="Dialoogproef {code}", slug="dialoogproef-{code}",
                    in_het_kort="Een agenda voor een test. Alleen ingelogd te zien.")
home.add_child(instance=agenda)
agenda.save_revision().publish()
PageViewRestriction.objects.create(page=agenda, restriction_type=PageViewRestriction.LOGIN)
onderwerp = OnderwerpPage(title="Onderwerp in controle {code}", slug="in-controle-{code}",
                          nummer=1, thema=Thema.objects.order_by("pk").first(),
                          in_het_kort="Dit is een proef. De redactie kijkt ernaar.")
agenda.add_child(instance=onderwerp)
onderwerp.save_revision().publish()
onderwerp.in_het_kort = "Dit is een proef. Het lid heeft iets veranderd."
onderwerp.save_revision(user=lid)
onderwerp.get_workflow().start(onderwerp, lid)
print(onderwerp.pk)
"""
# While a dialog is open, everything else in <body> is inert (beheer_toegankelijk.js).
ACHTERGROND_INERT = """() => {
  const dialoog = document.querySelector(".modal.in");
  return dialoog.getAttribute("aria-modal") === "true" && [...document.body.children]
    .filter((kind) => !kind.contains(dialoog) && kind.localName !== "script"
      && !kind.classList.contains("modal-backdrop"))
    .every((kind) => kind.inert);
}"""
# The footer's "more actions" menu, and a workflow action that asks for a comment.
MEER_ACTIES = "footer [data-w-dropdown-target=toggle]"
WERKSTROOM_ACTIE = "footer button[data-workflow-action-name={naam}][data-workflow-action-modal-url]"


@pytest.mark.parametrize("breedte", [BREED, SMAL], ids=["1280px", "320px"])
def test_werkstroomdialogen_zonder_axe_fouten(chromium, demo_site, breedte):
    """The redactie's dialogs for a step in review: request changes, and approve with a comment.

    Sending for review has no dialog in Wagtail 8.0 (the footer's button posts
    the form); test_beheer_toetsenbord.py does that by keyboard.
    """
    pk = in_demoserver(IN_CONTROLE.format(code=secrets.token_hex(3)))
    fouten = []
    with ingelogde_pagina(chromium, demo_site, "ViP redactie", viewport=breedte) as page:
        assert not open_scherm(page, demo_site, f"/admin/pages/{pk}/edit/")
        for naam in ("reject", "approve"):
            page.locator(MEER_ACTIES).first.click()
            page.locator(WERKSTROOM_ACTIE.format(naam=naam)).click()
            dialoog = page.locator(".modal.in")
            dialoog.locator("textarea").first.wait_for(timeout=10_000)
            page.wait_for_function(UITGEFADED, timeout=10_000)
            schendingen = axe(page, zonder_zijbalk=False)
            if schendingen:
                fouten.append(f"{naam}: {kort(schendingen)}")
            if not page.evaluate(ACHTERGROND_INERT):
                fouten.append(f"{naam}: de pagina achter de dialoog is nog te bereiken")
            if breedte is SMAL and dialoog.evaluate("d => d.scrollWidth > d.clientWidth"):
                fouten.append(f"{naam}: de dialoog scrollt opzij op 320 px")
            dialoog.locator("button[data-dismiss=modal]").first.click()
            dialoog.wait_for(state="detached", timeout=10_000)
    assert not fouten, "Toegankelijkheidsfouten in de werkstroomdialogen:\n" + "\n".join(fouten)
