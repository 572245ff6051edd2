"""The writing aid: the clear-language check on what the editor is typing.

The editor's script (static/js/schrijfhulp.js) posts the text of a field here
after a short pause, and shows the answer next to the field. The check itself
runs here, in Python, so the rules, the word lists and the words the editor
reads are the same as in the check on the saved version: there is one check,
not a second one in JavaScript that could disagree with it.

Without JavaScript nothing is lost: the panel shows the check of the saved
version, as before.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext, ngettext
from django.views import View

from . import meting, woordenlijsten

MAX_TEKENS = 20_000
SOORTEN = {
    # the field kind: (minimum score, whether the site explains difficult words there)
    "kort": (meting.MIN_SCORE_KORT, False),
    "inhoud": (meting.MIN_SCORE_TEKST, True),
}


def samenvatting(analyse: meting.Analyse, voldoet: bool) -> str:
    """One or two sentences for the live region: what a screen reader hears."""
    if analyse.is_leeg:
        return gettext("Hier staat nog geen tekst.")
    zinnen = analyse.zinnen_met_punten
    if not zinnen:
        return gettext("Geen tips. De tekst is duidelijk.")
    aantal = analyse.aantal_punten
    delen = [
        ngettext(
            "%(aantal)s tip om de tekst duidelijker te maken.",
            "%(aantal)s tips om de tekst duidelijker te maken.",
            aantal,
        )
        % {"aantal": aantal},
        gettext("Zin %(nummer)s: %(punt)s")
        % {"nummer": zinnen[0].nummer, "punt": zinnen[0].punten[0].tekst},
    ]
    if not voldoet:
        delen.insert(0, gettext("Dit is nog niet goed genoeg voor deze site."))
    return " ".join(delen)


def _locale_id(waarde):
    """The page's language; an unknown id simply has no words to explain."""
    try:
        return int(waarde)
    except (TypeError, ValueError):
        return None


class SchrijfhulpView(LoginRequiredMixin, View):
    """POST tekst (and soort: kort or inhoud): the check as a summary and as HTML."""

    http_method_names = ["post"]

    def post(self, request):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        tekst = (request.POST.get("tekst") or "")[:MAX_TEKENS]
        soort = request.POST.get("soort", "kort")
        minimum, met_links = SOORTEN.get(soort, SOORTEN["kort"])
        locale_id = _locale_id(request.POST.get("taal"))
        lijsten = woordenlijsten.voor_de_check(locale_id)
        analyse = meting.analyseer(tekst, lijsten, met_links=met_links)
        voldoet = analyse.voldoet(minimum)
        html = render_to_string(
            "inclusie/admin/taalcheck_uitkomst.html",
            {"analyse": analyse, "voldoet": voldoet, "minimum": minimum},
            request=request,
        )
        return JsonResponse({"samenvatting": samenvatting(analyse, voldoet), "html": html})
