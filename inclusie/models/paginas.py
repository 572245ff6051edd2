"""The shell's own page types: the home page and a plain page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import InhoudBlocks
from ..startpagina import wat_er_speelt
from .basis import InclusiePage


class HomePage(InclusiePage):
    body = StreamField(InhoudBlocks(), blank=True, verbose_name=_("Inhoud"))

    content_panels = InclusiePage.intro_panels + [FieldPanel("body")]
    search_fields = InclusiePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("Startpagina")
        verbose_name_plural = _("Startpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["nu"] = wat_er_speelt(self)
        return context

    def cache_seconden(self, context):
        # The next café on this page turns stale when that café starts or ends.
        return context["nu"].cache_seconden


class ContentPage(InclusiePage):
    body = StreamField(InhoudBlocks(), blank=True, verbose_name=_("Inhoud"))

    content_panels = InclusiePage.intro_panels + [FieldPanel("body")]
    search_fields = InclusiePage.search_fields + [index.SearchField("body")]
    zoek_soort = _("Pagina")  # the type label in search results

    class Meta:
        verbose_name = _("Gewone pagina")
        verbose_name_plural = _("Gewone pagina's")
