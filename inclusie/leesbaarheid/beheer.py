"""The clear-language checker in the admin: a panel in the editor and a report.

Both show the analysis of `inclusie.leesbaarheid.meting`; they live apart from it so that the
checker itself stays free of Wagtail's admin and can be tested on plain text.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.panels import Panel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from . import meting


def analyse_van_pagina(page) -> dict:
    """Both analyses of a page, with the bar each must meet."""
    teksten = meting.teksten_van_pagina(page)
    kort = meting.analyseer(teksten["in_het_kort"])
    inhoud = meting.analyseer(teksten["inhoud"])
    return {
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
    """Shows the clear-language check of the last saved version in the editor.

    It measures the saved draft, not what is being typed: that keeps the editor
    free of JavaScript, and "Opslaan" is the natural moment to look again.
    It is advice only; publishing stays possible.
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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rijen"] = self.rijen()
        context.update(
            min_kort=meting.MIN_SCORE_KORT,
            min_inhoud=meting.MIN_SCORE_TEKST,
            max_zinslengte=meting.MAX_GEMIDDELDE_ZINSLENGTE,
        )
        return context
