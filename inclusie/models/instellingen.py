"""Site settings: what the editors choose once for the whole site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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
    woordenlijst = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Pagina met moeilijke woorden"),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("toegankelijkheid"),
                FieldPanel("contact"),
                FieldPanel("privacy"),
                FieldPanel("woordenlijst"),
            ],
            heading=_("Links onderaan elke pagina"),
        )
    ]

    class Meta:
        verbose_name = _("Instellingen van de site")
