"""The agenda's overview page: it routes to the overview, the report, the export and the feed.

It sits above the views (they compute with the topics in onderwerp.py and
never import this module), so the app has no import cycle.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager

from inclusie.models import InclusiePage

from .. import export, pdf, views
from ..feed import VoortgangFeed


class AgendaPage(RoutablePageMixin, InclusiePage):
    """The overview of all topics, and the monitor the wethouder reads."""

    objects = PageManager()
    subpage_types = ["agenda.OnderwerpPage"]

    content_panels = InclusiePage.intro_panels

    class Meta:
        verbose_name = _("Agenda (overzicht)")
        verbose_name_plural = _("Agenda's")

    # The views below the overview that readers (and the accessibility crawl) should find.
    SITEMAP_PADEN = ("veranderd/", "rapport/", "vergelijk/")

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        for url in list(urls):
            urls += [url | {"location": url["location"] + pad} for pad in self.SITEMAP_PADEN]
        return urls

    def get_cached_paths(self):
        """Every path below this page that a CDN may keep: they all show the topics."""
        from .referentie import Bespreking

        paden = [
            "/",
            "veranderd/",
            "rapport/",
            "rapport/pdf/",
            "vergelijk/",
            "feed/",
            "export/csv/",
            "export/json/",
        ]
        for pk in Bespreking.objects.values_list("pk", flat=True):
            paden += [f"rapport/{pk}/", f"rapport/{pk}/pdf/"]
        return paden

    # The views live in agenda/views.py, export.py and feed.py; the page only routes to them.
    @path("")
    def overzicht(self, request):
        return views.overzicht(request, self)

    @path("veranderd/")
    def veranderd(self, request):
        return views.veranderd(request, self)

    @path("rapport/")
    def rapport_laatste(self, request):
        return views.rapport(request, self, None)

    @path("rapport/<int:bespreking_id>/")
    def rapport(self, request, bespreking_id):
        return views.rapport(request, self, bespreking_id)

    @path("rapport/pdf/")
    def rapport_pdf_vandaag(self, request):
        return pdf.rapport_pdf(request, self, None)

    @path("rapport/<int:bespreking_id>/pdf/")
    def rapport_pdf(self, request, bespreking_id):
        return pdf.rapport_pdf(request, self, bespreking_id)

    @path("vergelijk/")
    def vergelijk(self, request):
        return views.vergelijk(request, self)

    @path("feed/")
    def feed(self, request):
        return VoortgangFeed(self)(request)

    @path("export/csv/")
    def export_csv(self, request):
        return export.als_csv(request, self)

    @path("export/json/")
    def export_json(self, request):
        return export.als_json(request, self)
