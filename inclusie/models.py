"""The site shell's page types and site settings.

Every page type in the project inherits `InclusiePage`, so that every page has
the required "In het kort" summary and can be marked as example content.
"""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from . import rollen  # also connects the handlers that keep the roles complete
from .blocks import InhoudBlocks
from .feedback.models import Reactie  # noqa: F401  (reader feedback, its own module)
from .taalcheck import TaalcheckPanel
from .validators import valideer_in_het_kort


class InclusiePage(Page):
    """Base for every page type: the summary first, and an example marker."""

    in_het_kort = models.TextField(
        verbose_name=_("In het kort"),
        validators=[valideer_in_het_kort],
        help_text=_(
            "Twee tot vier korte zinnen. Zeg wat de lezer moet weten. "
            "Deze tekst staat bovenaan, direct onder de titel."
        ),
    )
    is_voorbeeld = models.BooleanField(
        default=False,
        verbose_name=_("Dit is voorbeeldinhoud"),
        help_text=_("Zet dit aan voor tekst die nog niet echt is. De lezer ziet dan een melding."),
    )

    search_fields = Page.search_fields + [index.SearchField("in_het_kort")]

    intro_panels = [
        FieldPanel("title", heading=_("Titel")),
        FieldPanel("in_het_kort"),
        TaalcheckPanel(),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("is_voorbeeld")]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return rollen.PaginaRechten(user, self)


class HomePage(InclusiePage):
    body = StreamField(InhoudBlocks(), blank=True, verbose_name=_("Inhoud"))

    content_panels = InclusiePage.intro_panels + [FieldPanel("body")]
    search_fields = InclusiePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    template = "inclusie/home_page.html"

    class Meta:
        verbose_name = _("Startpagina")
        verbose_name_plural = _("Startpagina's")

    def get_context(self, request, *args, **kwargs):
        from .startpagina import wat_er_speelt

        context = super().get_context(request, *args, **kwargs)
        context["nu"] = wat_er_speelt(self)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The next café on this page turns stale when that café starts or ends.
        nu = getattr(response, "context_data", {}).get("nu")
        if nu is not None and nu.cache_seconden is not None:
            patch_cache_control(response, max_age=nu.cache_seconden)
        return response


class ContentPage(InclusiePage):
    body = StreamField(InhoudBlocks(), blank=True, verbose_name=_("Inhoud"))

    content_panels = InclusiePage.intro_panels + [FieldPanel("body")]
    search_fields = InclusiePage.search_fields + [index.SearchField("body")]
    template = "inclusie/content_page.html"
    zoek_soort = _("Pagina")  # the type label in search results

    class Meta:
        verbose_name = _("Gewone pagina")
        verbose_name_plural = _("Gewone pagina's")


@register_setting(icon="site")
class SiteInstellingen(BaseSiteSetting):
    """Pages the footer links to; chosen once, shown on every page."""

    toegankelijkheid = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Toegankelijkheidsverklaring"),
    )
    contact = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Contactpagina"),
    )
    privacy = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Privacypagina"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("toegankelijkheid"), FieldPanel("contact"), FieldPanel("privacy")],
            heading=_("Links onderaan elke pagina"),
        )
    ]

    class Meta:
        verbose_name = _("Instellingen van de site")


# The accessibility statement lives in its own module; importing it here
# registers the model with the app.
from .toegankelijkheid import ToegankelijkheidsverklaringPage  # noqa: E402,F401
