"""The monthly inclusiecafé: the overview and one evening."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from inclusie.blocks import TEKST_FEATURES, InhoudBlocks
from inclusie.models import InclusiePage

from .. import tijd
from ..forms import BijeenkomstPageForm
from .agenda_links import agenda_context

GAAT_DOOR = "gaat_door"
AFGELAST = "afgelast"
VERPLAATST = "verplaatst"
STATUSSEN = [
    (GAAT_DOOR, _("Gaat door")),
    (AFGELAST, _("Afgelast")),
    (VERPLAATST, _("Verplaatst")),
]

AANMELDEN_NIET = "niet_nodig"
AANMELDEN_GRAAG = "graag"
AANMELDEN_VERPLICHT = "verplicht"
AANMELDEN = [
    (AANMELDEN_NIET, _("Niet nodig: kom gewoon langs")),
    (AANMELDEN_GRAAG, _("Graag aanmelden, maar het hoeft niet")),
    (AANMELDEN_VERPLICHT, _("Aanmelden is nodig")),
]

VERLEDEN_PER_PAGINA = 10
# The calendar file sits "next to" the page: /inclusiecafe/agenda.ics.
ICS_NAAM = "agenda.ics"


class BijeenkomstPage(InclusiePage):
    """One café evening, or another meeting such as a day of a campaign week."""

    start = models.DateTimeField(
        verbose_name=_("Begint op"),
        help_text=_("Datum en tijd in Nederlandse tijd."),
    )
    eind = models.DateTimeField(
        verbose_name=_("Eindigt op"),
        help_text=_("Datum en tijd in Nederlandse tijd. Later dan het begin."),
    )
    thema = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Thema van de avond"),
        help_text=_("Eén onderwerp, in een paar woorden. Weet je het nog niet? Laat het leeg."),
    )
    locatie = models.ForeignKey(
        "campagnes.Locatie",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bijeenkomsten",
        verbose_name=_("Plaats"),
        help_text=_("Kies een locatie. Een nieuwe locatie maak je onder 'Fragmenten'."),
    )
    aanmelden = models.CharField(
        max_length=12,
        choices=AANMELDEN,
        default=AANMELDEN_NIET,
        verbose_name=_("Aanmelden"),
    )
    aanmelden_hoe = models.TextField(
        blank=True,
        verbose_name=_("Hoe meld je je aan?"),
        help_text=_("Bijvoorbeeld een e-mailadres of telefoonnummer. Nodig als aanmelden moet."),
    )
    status = models.CharField(
        max_length=12,
        choices=STATUSSEN,
        default=GAAT_DOOR,
        verbose_name=_("Gaat het door?"),
    )
    status_reden = models.TextField(
        blank=True,
        verbose_name=_("Waarom afgelast of verplaatst?"),
        help_text=_("Verplicht bij afgelast of verplaatst. Zeg ook waar en wanneer het nu is."),
    )
    verslag = StreamField(
        InhoudBlocks(),
        blank=True,
        verbose_name=_("Verslag"),
        help_text=_("Na afloop: wat hebben we besproken? Korte zinnen. Foto's met alt-tekst."),
    )
    agenda_themas = ParentalManyToManyField(
        "agenda.Thema",
        blank=True,
        related_name="bijeenkomsten",
        verbose_name=_("Thema's van de agenda"),
        help_text=_("Bij welke thema's van de inclusie agenda hoort deze avond?"),
    )

    content_panels = InclusiePage.intro_panels + [
        MultiFieldPanel([FieldPanel("start"), FieldPanel("eind")], heading=_("Wanneer?")),
        MultiFieldPanel(
            [
                FieldPanel("thema"),
                FieldPanel("agenda_themas", widget=forms.CheckboxSelectMultiple),
                InlinePanel(
                    "onderwerp_links",
                    heading=_("Onderwerpen van de agenda"),
                    label=_("Onderwerp"),
                ),
            ],
            heading=_("Waar praten we over?"),
        ),
        FieldPanel("locatie"),
        MultiFieldPanel(
            [FieldPanel("aanmelden"), FieldPanel("aanmelden_hoe")], heading=_("Aanmelden")
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_reden")], heading=_("Gaat het door?")
        ),
        FieldPanel("verslag"),
    ]
    search_fields = InclusiePage.search_fields + [
        index.SearchField("thema"),
        index.SearchField("verslag"),
        index.FilterField("start"),
    ]
    parent_page_types = ["campagnes.CafeIndexPage", "campagnes.CampagnePage"]
    subpage_types = []
    base_form_class = BijeenkomstPageForm
    template = "campagnes/bijeenkomst_page.html"

    class Meta:
        verbose_name = _("Bijeenkomst of inclusiecafé")
        verbose_name_plural = _("Bijeenkomsten")

    def clean(self):
        super().clean()
        fouten = {}
        if self.start and self.eind and self.eind <= self.start:
            fouten["eind"] = _g("Het einde moet later zijn dan het begin.")
        if self.status in (AFGELAST, VERPLAATST) and not (self.status_reden or "").strip():
            fouten["status_reden"] = (
                _g("Schrijf waarom de bijeenkomst is afgelast.")
                if self.status == AFGELAST
                else _g("Schrijf waarom en waarheen de bijeenkomst is verplaatst.")
            )
        if self.aanmelden == AANMELDEN_VERPLICHT and not (self.aanmelden_hoe or "").strip():
            fouten["aanmelden_hoe"] = _g("Schrijf hoe iemand zich kan aanmelden.")
        if fouten:
            raise ValidationError(fouten)

    @property
    def is_afgelast(self):
        return self.status == AFGELAST

    @property
    def is_verplaatst(self):
        return self.status == VERPLAATST

    @property
    def wanneer(self):
        return tijd.van_tot(self.start, self.eind)

    def is_voorbij(self, moment=None):
        return self.eind < (moment or tijd.nu())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_voorbij"] = self.is_voorbij()
        context["ics_url"] = self.get_url(request) + ICS_NAAM
        ouder = self.get_parent().specific
        context["welkom"] = getattr(ouder, "welkom", "")
        context["ouder"] = ouder
        context.update(agenda_context(self, themas=list(self.agenda_themas.all())))
        return context

    def serve(self, request, *args, **kwargs):
        # "Zet in je agenda" and "is al geweest" change when the café starts or ends.
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, max_age=tijd.seconden_tot_wissel([self.start, self.eind]))
        return response

    def agenda(self, request):
        """This café alone, as a file to open in a calendar app."""
        from ..ical import agenda, ics_antwoord

        return ics_antwoord(
            agenda([self], request, naam=self.title), f"{self.slug}.ics", bijlage=True
        )


class CafeIndexPage(InclusiePage):
    """The café overview: the next evening first, then what is coming, then what was."""

    intro = StreamField(
        InhoudBlocks(),
        blank=True,
        verbose_name=_("Wat is het inclusiecafé?"),
        help_text=_("Leg in gewone woorden uit wat het café is en wie er mag komen."),
    )
    welkom = RichTextField(
        features=TEKST_FEATURES,
        blank=True,
        verbose_name=_("Tekst bij elk café (mag leeg)"),
        help_text=_("Staat op elke cafépagina. Bijvoorbeeld: iedereen is welkom, het is gratis."),
    )

    content_panels = InclusiePage.intro_panels + [FieldPanel("intro"), FieldPanel("welkom")]
    search_fields = InclusiePage.search_fields + [index.SearchField("intro")]
    subpage_types = ["campagnes.BijeenkomstPage"]
    max_count_per_parent = 1
    template = "campagnes/cafe_index_page.html"

    class Meta:
        verbose_name = _("Overzicht inclusiecafé")
        verbose_name_plural = _("Overzichten inclusiecafé")

    def bijeenkomsten(self):
        return BijeenkomstPage.objects.live().public().child_of(self).select_related("locatie")

    def komende(self, moment=None):
        return self.bijeenkomsten().filter(eind__gte=moment or tijd.nu()).order_by("start")

    def voorbije(self, moment=None):
        return self.bijeenkomsten().filter(eind__lt=moment or tijd.nu()).order_by("-start")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        moment = tijd.nu()
        komende = list(self.komende(moment))
        volgende = next((b for b in komende if not b.is_afgelast), None)
        paginator = Paginator(self.voorbije(moment), VERLEDEN_PER_PAGINA)
        try:
            voorbij = paginator.page(request.GET.get("pagina", 1))
        except PageNotAnInteger:
            voorbij = paginator.page(1)
        except EmptyPage:
            voorbij = paginator.page(paginator.num_pages)
        context.update(
            volgende=volgende,
            daarna=[b for b in komende if b is not volgende],
            voorbij=voorbij,
            paginator=paginator,
            ics_url=self.get_url(request) + ICS_NAAM,
        )
        return context

    def cache_seconden(self, moment=None):
        """How long the overview stays true: until the next café starts or ends."""
        moment = moment or tijd.nu()
        tijden = self.bijeenkomsten().filter(eind__gte=moment).values_list("start", "eind")
        return tijd.seconden_tot_wissel([t for paar in tijden for t in paar], moment)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, max_age=self.cache_seconden())
        return response

    def agenda(self, request):
        """All coming cafés, as a feed that a calendar app can subscribe to."""
        from ..ical import agenda, ics_antwoord

        return ics_antwoord(
            agenda(self.komende(), request, naam=self.title), "inclusiecafe.ics", bijlage=False
        )
