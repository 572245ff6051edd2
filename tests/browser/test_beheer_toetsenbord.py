"""Editing with the keyboard only: no mouse clicks, and a visible focus at every stop.

A ViP lid writes a progress step on a topic and sends it for review, and plans
the next cafés; a ViP redactie member approves the step. The topic is made for
this test, under an agenda of its own that only logged-in people can see, so
the public pages, the sitemap and the figures other tests read stay the same.
"""

import secrets
from datetime import date

import pytest

from demo.management.commands.maak_demo_beheerder import DEMO_WACHTWOORD
from tests.browser.demoserver import in_demoserver

# The three tests share one topic and run in order (the redactie approves the
# lid's step), so pytest-xdist must keep them on one worker.
pytestmark = pytest.mark.xdist_group("toetsenbord")

MAX_TABS = 250

# Where the focus is, and whether it shows: an outline or a box-shadow that is drawn.
FOCUS = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  const lijn = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  const schaduw = s.boxShadow && s.boxShadow !== "none";
  const vak = e.getBoundingClientRect();
  return {
    zichtbaar: (lijn || schaduw) && vak.width > 0 && vak.height > 0,
    wat: e.localName + (e.id ? "#" + e.id : "") + (e.name ? `[name=${e.name}]` : "")
      + " " + (e.getAttribute("aria-label") || e.innerText || "").trim().slice(0, 40),
  };
}"""

MAAK_ONDERWERP = """
from wagtail.models import PageViewRestriction
from agenda.models import AgendaPage, OnderwerpPage, Thema
from campagnes.models import CafeIndexPage
from inclusie.models import HomePage
home = HomePage.objects.get(depth=2, locale__language_code="nl")
agenda = AgendaPage(title="Toetsenbordproef {code}", slug="toetsenbordproef-{code}",
                    in_het_kort="Een agenda voor een test. Alleen ingelogd te zien.")
home.add_child(instance=agenda)
agenda.save_revision().publish()
PageViewRestriction.objects.create(page=agenda, restriction_type=PageViewRestriction.LOGIN)
onderwerp = OnderwerpPage(title="Proefonderwerp {code}", slug="proefonderwerp-{code}", nummer=1,
                          thema=Thema.objects.order_by("pk").first(),
                          in_het_kort="Dit is een proef. Wij testen het toetsenbord.")
agenda.add_child(instance=onderwerp)
onderwerp.save_revision().publish()
print(onderwerp.pk, CafeIndexPage.objects.get(locale__language_code="nl").pk)
"""

STAND = """
from agenda.models import OnderwerpPage
from campagnes.models import BijeenkomstPage, CafeIndexPage
p = OnderwerpPage.objects.get(pk={pk})
staat = p.current_workflow_state
concepten = BijeenkomstPage.objects.child_of(CafeIndexPage.objects.get(pk={index})).filter(
    live=False).count()
def stappen(pagina):
    return sum(1 for s in pagina.voortgang.all() if s.wat_gebeurd.startswith("Toetsenbord"))
print(p.live, p.has_unpublished_changes, staat.status if staat else "geen",
      stappen(p.get_latest_revision_as_object()), stappen(p), concepten)
"""


class Toetsenbord:
    """Key presses only, with a record of every focus stop that does not show."""

    def __init__(self, page):
        self.page = page
        self.onzichtbaar = []

    def tab(self, terug=False):
        self.page.keyboard.press("Shift+Tab" if terug else "Tab")
        focus = self.page.evaluate(FOCUS)
        if focus is not None and not focus["zichtbaar"]:
            self.onzichtbaar.append(f"{self.page.url}: {focus['wat']}")
        return focus

    def tab_naar(self, selector, terug=False):
        """Press Tab until the element matching `selector` has the focus."""
        for _ in range(MAX_TABS):
            if self.page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
            self.tab(terug)
        raise AssertionError(f"Met Tab niet bij {selector} gekomen op {self.page.url}")

    def typ(self, tekst):
        self.page.keyboard.type(tekst)

    def druk(self, toets):
        self.page.keyboard.press(toets)


def _inloggen(toetsen, basis, gebruiker):
    page = toetsen.page
    page.goto(basis + "/admin/login/")
    toetsen.tab_naar("input[name=username]")
    toetsen.typ(gebruiker)
    toetsen.tab_naar("input[name=password]")
    toetsen.typ(DEMO_WACHTWOORD)
    with page.expect_navigation():
        toetsen.druk("Enter")
    assert page.url.endswith("/admin/"), f"{gebruiker} is niet ingelogd"


def _context(chromium):
    return chromium.new_context(viewport={"width": 1280, "height": 900})


@pytest.fixture(scope="module")
def proef(demo_site):
    code = secrets.token_hex(3)
    pk, index = in_demoserver(MAAK_ONDERWERP.format(code=code)).split()
    return {"pk": int(pk), "index": int(index)}


def _stand(proef):
    return in_demoserver(STAND.format(pk=proef["pk"], index=proef["index"])).split()


def test_een_lid_schrijft_een_stap_en_stuurt_die_ter_beoordeling(chromium, demo_site, proef):
    context = _context(chromium)
    toetsen = Toetsenbord(context.new_page())
    page = toetsen.page
    try:
        _inloggen(toetsen, demo_site, "rol-vip-lid")
        page.goto(f"{demo_site}/admin/pages/{proef['pk']}/edit/")
        toetsen.tab_naar("#id_voortgang-ADD")
        toetsen.druk("Enter")
        datum = page.locator("input[name^=voortgang-][name$=-datum]").last
        datum.wait_for()
        naam = datum.get_attribute("name")
        toetsen.tab_naar(f"input[name='{naam}']")
        toetsen.typ(date.today().isoformat())
        toetsen.druk("Escape")  # closes the date picker, if it opened
        toetsen.tab_naar("select[name$=-status]:is([name^=voortgang-])")
        toetsen.typ("in")  # "In uitvoering": a select picks by typed letters
        toetsen.tab_naar("input[name$=-percentage]:is([name^=voortgang-])")
        toetsen.typ("40")
        toetsen.tab_naar("textarea[name$=-wat_gebeurd]:is([name^=voortgang-])")
        toetsen.typ("Toetsenbordproef: de gemeente heeft een plan gemaakt.")
        toetsen.tab_naar("footer [data-w-dropdown-target=toggle]")
        toetsen.druk("Enter")
        toetsen.tab_naar("button[name=action-submit]")
        with page.expect_navigation():
            toetsen.druk("Enter")
        assert page.locator(".messages").inner_text(), "geen melding na het indienen"
    finally:
        context.close()
    _live, concept, staat, in_concept, gepubliceerd, _ = _stand(proef)
    assert (concept, staat, in_concept, gepubliceerd) == ("True", "in_progress", "1", "0")
    assert not toetsen.onzichtbaar, "focus niet zichtbaar:\n" + "\n".join(toetsen.onzichtbaar)


def test_een_lid_plant_de_volgende_cafes(chromium, demo_site, proef):
    voor = int(_stand(proef)[5])
    context = _context(chromium)
    toetsen = Toetsenbord(context.new_page())
    page = toetsen.page
    try:
        _inloggen(toetsen, demo_site, "rol-vip-lid")
        page.goto(f"{demo_site}/admin/inclusiecafe/{proef['index']}/plannen/")
        toetsen.tab_naar("input[name=aantal]")
        toetsen.druk("Control+A")
        toetsen.typ("2")
        toetsen.tab_naar("main form button[type=submit]")
        with page.expect_navigation():
            toetsen.druk("Enter")
    finally:
        context.close()
    assert int(_stand(proef)[5]) == voor + 2, "niet twee nieuwe cafés gepland"
    assert not toetsen.onzichtbaar, "focus niet zichtbaar:\n" + "\n".join(toetsen.onzichtbaar)


def test_de_redactie_keurt_de_stap_goed(chromium, demo_site, proef):
    if _stand(proef)[2] != "in_progress":
        pytest.fail("De stap van het lid is niet ter beoordeling (zie de test hiervoor).")
    context = _context(chromium)
    toetsen = Toetsenbord(context.new_page())
    page = toetsen.page
    try:
        _inloggen(toetsen, demo_site, "rol-vip-redactie")
        page.goto(f"{demo_site}/admin/pages/{proef['pk']}/edit/")
        toetsen.tab_naar("footer [data-w-dropdown-target=toggle]")
        toetsen.druk("Enter")
        # "Goedkeuren en publiceren": the approve button without a comment dialog.
        toetsen.tab_naar(
            "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        )
        with page.expect_navigation():
            toetsen.druk("Enter")
    finally:
        context.close()
    live, concept, _staat, _in_concept, gepubliceerd, _ = _stand(proef)
    assert (live, concept, gepubliceerd) == ("True", "False", "1")
    assert not toetsen.onzichtbaar, "focus niet zichtbaar:\n" + "\n".join(toetsen.onzichtbaar)
