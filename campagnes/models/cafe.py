"""The monthly inclusiecafé: the overview and one evening."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext
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


class Doorgang(models.TextChoices):
    """Whether a café goes ahead. Only the agenda's topics have a "Status"."""

    GAAT_DOOR = "gaat_door", _("Gaat door")
    AFGELAST = "afgelast", _("Afgelast")
    VERPLAATST = "verplaatst", _("Verplaatst")


class Aanmelden(models.TextChoices):
    NIET_NODIG = "niet_nodig", _("Niet nodig: kom gewoon langs")
    GRAAG = "graag", _("Graag aanmelden, maar het hoeft niet")
    VERPLICHT = "verplicht", _("Aanmelden is nodig")


VERLEDEN_PER_PAGINA = 10
# The calendar file sits "next to" the page: /inclusiecafe/kalender.ics.
ICS_NAAM = "kalender.ics"
# What a calendar app shows of an event; a change here must reach it.
KALENDER_SLEUTELS = ("start", "eind", "locatie_id", "status")
KALENDER_VELDEN = {"start", "eind", "locatie", "locatie_id", "status"}


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
        choices=Aanmelden.choices,
        default=Aanmelden.NIET_NODIG,
        verbose_name=_("Aanmelden"),
    )
    aanmelden_hoe = models.TextField(
        blank=True,
        verbose_name=_("Hoe meld je je aan?"),
        help_text=_("Bijvoorbeeld een e-mailadres of telefoonnummer. Nodig als aanmelden moet."),
    )
    capaciteit = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        verbose_name=_("Hoeveel plaatsen zijn er?"),
        help_text=_(
            "Het aantal mensen dat kan komen. Is het vol? Dan komen nieuwe aanmeldingen "
            "op een wachtlijst. Laat het leeg als er plek genoeg is."
        ),
    )
    status = models.CharField(
        max_length=12,
        choices=Doorgang.choices,
        default=Doorgang.GAAT_DOOR,
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
    # Not in the editing form: the calendar files count the changes a calendar
    # app must pick up (RFC 5545 SEQUENCE), and when the last one happened.
    kalender_volgnummer = models.PositiveIntegerField(default=0, editable=False)
    kalender_gewijzigd = models.DateTimeField(null=True, blank=True, editable=False)
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
            [FieldPanel("aanmelden"), FieldPanel("aanmelden_hoe"), FieldPanel("capaciteit")],
            heading=_("Aanmelden"),
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

    class Meta:
        verbose_name = _("Bijeenkomst of inclusiecafé")
        verbose_name_plural = _("Bijeenkomsten")

    def clean(self):
        super().clean()
        fouten = {}
        if self.start and self.eind and self.eind <= self.start:
            fouten["eind"] = gettext("Het einde moet later zijn dan het begin.")
        if (
            self.status in (Doorgang.AFGELAST, Doorgang.VERPLAATST)
            and not (self.status_reden or "").strip()
        ):
            fouten["status_reden"] = (
                gettext("Schrijf waarom de bijeenkomst is afgelast.")
                if self.status == Doorgang.AFGELAST
                else gettext("Schrijf waarom en waarheen de bijeenkomst is verplaatst.")
            )
        if self.aanmelden == Aanmelden.VERPLICHT and not (self.aanmelden_hoe or "").strip():
            fouten["aanmelden_hoe"] = gettext("Schrijf hoe iemand zich kan aanmelden.")
        if fouten:
            raise ValidationError(fouten)

    def save(self, *args, **kwargs):
        """Count a change of time, place or status once it is written to the live row.

        The count is read from the database, not from the object: a page built
        from an older revision carries an older count, and publishing it must
        still move the count up, never back.
        """
        velden = kwargs.get("update_fields")
        if self.pk and (velden is None or KALENDER_VELDEN & set(velden)):
            self._tel_kalenderwijziging()
            if velden is not None:
                kwargs["update_fields"] = {*velden, "kalender_volgnummer", "kalender_gewijzigd"}
        return super().save(*args, **kwargs)

    def _tel_kalenderwijziging(self):
        nu_opgeslagen = (
            BijeenkomstPage.objects.filter(pk=self.pk)
            .values("kalender_volgnummer", "kalender_gewijzigd", *KALENDER_SLEUTELS)
            .first()
        )
        if nu_opgeslagen is None:
            return
        self.kalender_volgnummer = nu_opgeslagen["kalender_volgnummer"]
        self.kalender_gewijzigd = nu_opgeslagen["kalender_gewijzigd"]
        if any(nu_opgeslagen[naam] != getattr(self, naam) for naam in KALENDER_SLEUTELS):
            self.kalender_volgnummer += 1
            self.kalender_gewijzigd = tijd.nu()

    @property
    def is_afgelast(self):
        return self.status == Doorgang.AFGELAST

    @property
    def is_verplaatst(self):
        return self.status == Doorgang.VERPLAATST

    @property
    def wanneer(self):
        return tijd.van_tot(self.start, self.eind)

    def is_voorbij(self, moment=None):
        return self.eind < (moment or tijd.nu())

    def aanmelden_open(self, moment=None):
        """Sign-up is open for a published café that is not cancelled, until it starts.

        Also when signing up is not needed: that is where people say they
        need an interpreter or a quiet spot, and that must be known in time.
        """
        return self.live and not self.is_afgelast and (moment or tijd.nu()) < self.start

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_voorbij"] = self.is_voorbij()
        if self.aanmelden_open():
            from ..aanmeldingen.formulier import AanmeldFormulier

            # The page is cached whole: an empty form without a token, no counts.
            context["aanmeldformulier"] = AanmeldFormulier()
        context["ics_url"] = self.get_url(request) + ICS_NAAM
        ouder = self.get_parent().specific
        context["welkom"] = getattr(ouder, "welkom", "")
        context["ouder"] = ouder
        context.update(agenda_context(self, themas=list(self.agenda_themas.all())))
        return context

    def get_cached_paths(self):
        # The calendar file next to the page shows the same café.
        return ["/", ICS_NAAM]

    def cache_seconden(self, context):
        # "Zet in je agenda" and "is al geweest" change when the café starts or ends.
        return tijd.seconden_tot_wissel([self.start, self.eind])

    def kalender(self, request):
        """This café alone, as a file to open in a calendar app."""
        from ..kalender import ics_antwoord, kalender

        return ics_antwoord(
            kalender([self], request, naam=self.title), f"{self.slug}.ics", bijlage=True
        )


class CafeLijst:
    """For pages that list the cafés below them: the café overview and a campaign.

    Such a page changes without an edit: a café moves from "coming" to "past"
    when it ends. `cache_seconden` tells the base page's `serve` how long the
    list stays true, so the page cache and browsers never keep it longer.
    """

    def bijeenkomsten(self):
        return BijeenkomstPage.objects.live().public().child_of(self).select_related("locatie")

    def komende(self, moment=None):
        return self.bijeenkomsten().filter(eind__gte=moment or tijd.nu()).order_by("start")

    def voorbije(self, moment=None):
        return self.bijeenkomsten().filter(eind__lt=moment or tijd.nu()).order_by("-start")

    def tot_volgende_wissel(self, moment=None):
        """Seconds until the next café below this page starts or ends."""
        moment = moment or tijd.nu()
        tijden = self.bijeenkomsten().filter(eind__gte=moment).values_list("start", "eind")
        return tijd.seconden_tot_wissel([t for paar in tijden for t in paar], moment)

    def cache_seconden(self, context):
        return self.tot_volgende_wissel()


class CafeIndexPage(CafeLijst, InclusiePage):
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

    class Meta:
        verbose_name = _("Overzicht inclusiecafé")
        verbose_name_plural = _("Overzichten inclusiecafé")

    def get_cached_paths(self):
        # The calendar feed to subscribe to holds the same cafés.
        return ["/", ICS_NAAM]

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

    def kalender(self, request):
        """All coming cafés, as a feed that a calendar app can subscribe to."""
        from ..kalender import ics_antwoord, kalender

        return ics_antwoord(
            kalender(self.komende(), request, naam=self.title), "inclusiecafe.ics", bijlage=False
        )
