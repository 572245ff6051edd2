"""The clear-language checker in the admin: a panel in the editor and a report.

Both show the analysis of `inclusie.leesbaarheid.meting`; they live apart from it so that the
checker itself stays free of Wagtail's admin and can be tested on plain text.
"""

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.panels import Panel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from . import meting, woordenlijsten


def analyse_van_pagina(page) -> dict:
    """Both analyses of a page, with the bar each must meet.

    The body gets explanations of difficult words on the site by itself;
    "In het kort" does not, so there the check asks the editor to explain them.
    """
    teksten = meting.teksten_van_pagina(page)
    lijsten = woordenlijsten.voor_de_check(getattr(page, "locale_id", None))
    kort = meting.analyseer(teksten["in_het_kort"], lijsten)
    inhoud = meting.analyseer(teksten["inhoud"], lijsten, met_links=True)
    return {
        "teksten": teksten,
        "kort": kort,
        "inhoud": inhoud,
        "kort_voldoet": kort.voldoet(meting.MIN_SCORE_KORT),
        "inhoud_voldoet": inhoud.voldoet(meting.MIN_SCORE_TEKST),
        "min_kort": meting.MIN_SCORE_KORT,
        "min_inhoud": meting.MIN_SCORE_TEKST,
        "max_zinslengte": meting.MAX_GEMIDDELDE_ZINSLENGTE,
        "lange_zin": meting.LANGE_ZIN,
        "lang_woord": meting.LANG_WOORD,
    }


class LeesbaarheidPanel(Panel):
    """Shows the clear-language check in the editor, right under "In het kort".

    Without JavaScript it measures the last saved version: "Opslaan" is the
    natural moment to look again. With JavaScript the writing aid
    (schrijfhulp.py, static/js/schrijfhulp.js) also checks "In het kort" while
    the editor types, in a live region this panel holds. It is advice only;
    publishing stays possible.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Taalcheck: is de tekst duidelijk?"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "inclusie/admin/taalcheck_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["opgeslagen"] = bool(page and page.pk)
            if context["opgeslagen"]:
                context.update(analyse_van_pagina(page))
            context["schrijfhulp_url"] = reverse("inclusie_schrijfhulp")
            context["taal_id"] = getattr(page, "locale_id", None) or ""
            return context


def _mag_rapporten_zien(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


class LeesbaarheidRapportView(LoginRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """All live pages, the hardest to read first, so the redactie knows where to start."""

    template_name = "inclusie/admin/taal_rapport.html"
    page_title = _("Taalcheck van alle pagina's")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not _mag_rapporten_zien(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def rijen(self):
        # specific() drops select_related, so the few locales are fetched once.
        talen = dict(Locale.objects.values_list("pk", "language_code"))
        pagina_s = Page.objects.live().filter(depth__gt=1).specific()
        rijen = []
        for page in pagina_s:
            if not hasattr(page, "in_het_kort"):
                continue
            analyse = analyse_van_pagina(page)
            scores = [a.score for a in (analyse["kort"], analyse["inhoud"]) if a.score is not None]
            rijen.append(
                {
                    "page": page,
                    "taal": talen.get(page.locale_id, ""),
                    "laagste": min(scores) if scores else None,
                    "bewerken": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    **analyse,
                }
            )
        rijen.sort(
            key=lambda r: (
                r["kort_voldoet"] and r["inhoud_voldoet"],
                r["laagste"] if r["laagste"] is not None else 1000,
            )
        )
        return rijen

    def samen(self, rijen) -> dict:
        """The README's bar for all Dutch texts together: the score counts there."""
        nederlands = [r for r in rijen if r["taal"] == settings.LANGUAGE_CODE]
        kort = meting.analyseer(" ".join(r["teksten"]["in_het_kort"] for r in nederlands))
        inhoud = meting.analyseer(" ".join(r["teksten"]["inhoud"] for r in nederlands))
        return {
            "samen_kort": kort,
            "samen_kort_voldoet": kort.is_leeg or (kort.score or 0) >= meting.MIN_SCORE_KORT,
            "samen_inhoud": inhoud,
            "samen_inhoud_voldoet": inhoud.is_leeg or (inhoud.score or 0) >= meting.MIN_SCORE_TEKST,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rijen"] = self.rijen()
        context.update(self.samen(context["rijen"]))
        context.update(
            min_kort=meting.MIN_SCORE_KORT,
            min_inhoud=meting.MIN_SCORE_TEKST,
            max_zinslengte=meting.MAX_GEMIDDELDE_ZINSLENGTE,
        )
        return context
