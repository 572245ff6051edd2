"""Campaigns such as Guusje: posters with a slogan and the real story behind it."""

from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.search import index

from inclusie.blocks import TEKST_FEATURES, InhoudBlocks
from inclusie.models import InclusiePage

from .. import tijd
from ..berichten import ALT_TEKST_NODIG, POSTER_TEKST_NODIG
from ..forms import PosterPageForm
from .agenda_links import agenda_context
from .cafe import CafeLijst

# The grid shows each poster in a modern format at a few widths (the browser
# picks one); keep this equal to the {% picture %} spec in campagne_page.html
# so the renditions come in one prefetch. The download is print size (A4).
POSTER_RASTER = "format-{avif,webp,jpeg} width-{320,480,800}"
POSTER_GROOT = "max-2480x3508"  # A4 at 300 dpi
SLOGAN_MAX_WOORDEN = 10


class CampagnePage(CafeLijst, InclusiePage):
    doel = StreamField(
        InhoudBlocks(),
        blank=True,
        verbose_name=_("Wat wil de campagne?"),
        help_text=_("Wat moet er anders? Wie wil je bereiken? Schrijf het kort."),
    )

    content_panels = InclusiePage.intro_panels + [FieldPanel("doel")]
    search_fields = InclusiePage.search_fields + [index.SearchField("doel")]
    subpage_types = ["campagnes.PosterPage", "campagnes.BijeenkomstPage"]

    class Meta:
        verbose_name = _("Campagne")
        verbose_name_plural = _("Campagnes")

    def posters(self):
        return (
            PosterPage.objects.live()
            .public()
            .child_of(self)
            .prefetch_related(
                Prefetch(
                    "afbeelding",
                    queryset=get_image_model().objects.prefetch_renditions(
                        *Filter.expand_spec(POSTER_RASTER)
                    ),
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        moment = tijd.nu()
        context.update(
            posters=list(self.posters()),
            komende=list(self.komende(moment)),
            voorbije=list(self.voorbije(moment)),
        )
        return context


class PosterPage(InclusiePage):
    slogan = models.CharField(
        max_length=200,
        verbose_name=_("Slogan"),
        help_text=_("De korte zin op de poster. Hoogstens tien woorden werkt het best."),
    )
    afbeelding = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Poster"),
        help_text=_("De poster als afbeelding. Liefst groot genoeg om te printen."),
        error_messages={
            "blank": _("Kies de afbeelding van de poster."),
            "null": _("Kies de afbeelding van de poster."),
        },
    )
    alt_tekst = models.CharField(
        max_length=300,
        verbose_name=_("Alt-tekst van de poster"),
        help_text=_("Beschrijf wat er op de poster te zien is. Voor wie de poster niet ziet."),
        error_messages={"blank": ALT_TEKST_NODIG},
    )
    poster_tekst = models.TextField(
        verbose_name=_("Alle tekst op de poster"),
        help_text=_("Typ alle tekst over die op de poster staat. Zo kan iedereen hem lezen."),
        error_messages={"blank": POSTER_TEKST_NODIG},
    )
    verhaal = StreamField(
        InhoudBlocks(),
        verbose_name=_("Het verhaal"),
        help_text=_("Wie liep waar tegenaan? Vertel het echte verhaal achter de poster."),
    )
    wat_moet_anders = RichTextField(
        features=TEKST_FEATURES,
        verbose_name=_("Wat moet er anders?"),
        help_text=_("Wat vraagt deze poster van de gemeente, van bedrijven of van jou?"),
    )

    content_panels = InclusiePage.intro_panels + [
        FieldPanel("slogan"),
        MultiFieldPanel(
            [FieldPanel("afbeelding"), FieldPanel("alt_tekst"), FieldPanel("poster_tekst")],
            heading=_("De poster"),
        ),
        FieldPanel("verhaal"),
        FieldPanel("wat_moet_anders"),
        InlinePanel(
            "onderwerp_links",
            heading=_("Onderwerpen van de agenda"),
            label=_("Onderwerp"),
            help_text=_("Over welke onderwerpen van de inclusie agenda gaat deze poster?"),
        ),
    ]
    search_fields = InclusiePage.search_fields + [
        index.SearchField("slogan"),
        index.SearchField("poster_tekst"),
        index.SearchField("verhaal"),
    ]
    parent_page_types = ["campagnes.CampagnePage"]
    subpage_types = []
    base_form_class = PosterPageForm

    class Meta:
        verbose_name = _("Poster")
        verbose_name_plural = _("Posters")

    def clean(self):
        super().clean()
        # Empty fields are refused by `blank=False`; only spaces get here.
        fouten = {}
        if self.alt_tekst and not self.alt_tekst.strip():
            fouten["alt_tekst"] = ALT_TEKST_NODIG
        if self.poster_tekst and not self.poster_tekst.strip():
            fouten["poster_tekst"] = POSTER_TEKST_NODIG
        if fouten:
            raise ValidationError(fouten)

    def deel_links(self, url):
        """Plain links to share the poster: no buttons from elsewhere, no tracking."""
        tekst = f"{self.slogan} {url}"
        return [
            (
                _("Stuur door per e-mail"),
                "mailto:?" + urlencode({"subject": self.slogan, "body": tekst}, quote_via=quote),
            ),
            (
                _("Deel via WhatsApp"),
                "https://wa.me/?" + urlencode({"text": tekst}, quote_via=quote),
            ),
            (
                _("Deel op Facebook"),
                "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
            ),
            (
                _("Deel op LinkedIn"),
                "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_full_url(request)
        context["deel_links"] = self.deel_links(url)
        context["volledige_url"] = url
        context["ouder"] = self.get_parent()
        context.update(agenda_context(self))
        return context


def slogan_woorden(slogan: str) -> int:
    return len((slogan or "").split())
