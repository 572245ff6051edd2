"""A topic (onderwerp) of the agenda and its dated progress steps."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from inclusie.leesbaarheid.beheer import LeesbaarheidPanel
from inclusie.models import InclusiePage
from inclusie.productie import schilcache

from .status import Prioriteit, Status, later_dan_gepland, stand_uit

SECTIE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def nummer_is_bezet(parent, nummer, eigen_pk=None):
    """Is `nummer` already used by another topic under this agenda?"""
    if parent is None or nummer is None:
        return False
    andere = OnderwerpPage.objects.child_of(parent).filter(nummer=nummer)
    if eigen_pk:
        andere = andere.exclude(pk=eigen_pk)
    return andere.exists()


# Who may change a topic's own text and choices (not only its progress).
INHOUD_RECHT = "agenda.wijzig_onderwerp_inhoud"


def einde_voor_start(start, einde) -> bool:
    """The planned end lies before the start: the editor and the import both refuse it."""
    return bool(start and einde and einde < start)


class OnderwerpForm(WagtailAdminPageForm):
    """On a new page the parent is only known to the form, so the number check lives here."""

    def clean(self):
        cleaned = super().clean()
        self._een_keer_lampjes_per_bespreking()
        nummer = cleaned.get("nummer")
        if nummer_is_bezet(self.parent_page, nummer, self.instance.pk):
            self.add_error(
                "nummer",
                _("Nummer %(nummer)s bestaat al in deze agenda. Kies een ander nummer.")
                % {"nummer": nummer},
            )
        return cleaned

    def _een_keer_lampjes_per_bespreking(self):
        """Two sets of lights for one review: say so at the field, before the database does."""
        formset = self.formsets.get("lichten")
        if formset is None:
            return
        gezien = set()
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            bespreking = form.cleaned_data.get("bespreking")
            if bespreking is None:
                continue
            if bespreking.pk in gezien:
                form.add_error(
                    "bespreking",
                    _("Voor deze bespreking staan er al lampjes. Kies een andere bespreking."),
                )
            gezien.add(bespreking.pk)


class OnderwerpTag(TaggedItemBase):
    content_object = ParentalKey(
        "agenda.OnderwerpPage", on_delete=models.CASCADE, related_name="getagde_items"
    )


class Voortgang(Orderable):
    """One dated step in a topic's history; the latest one gives the topic's state."""

    onderwerp = ParentalKey(
        "agenda.OnderwerpPage", on_delete=models.CASCADE, related_name="voortgang"
    )
    datum = models.DateField(
        _("Datum"), help_text=_("Wanneer gebeurde dit? Een datum in de toekomst kan niet.")
    )
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=Status.choices,
        default=Status.IN_VOORBEREIDING,
        help_text=_("Hoe staat het onderwerp er nu voor?"),
    )
    percentage = models.PositiveSmallIntegerField(
        _("Hoeveel is klaar (procent)"),
        default=0,
        validators=[
            MinValueValidator(0, _("Het percentage moet tussen 0 en 100 liggen.")),
            MaxValueValidator(100, _("Het percentage moet tussen 0 en 100 liggen.")),
        ],
        help_text=_("Een getal van 0 tot en met 100. Afgerond is altijd 100."),
    )
    wat_gebeurd = models.TextField(
        _("Wat is er gebeurd?"),
        help_text=_("Schrijf in korte zinnen wat er is gedaan of besloten."),
    )
    volgende_stap = models.TextField(
        _("Wat is de volgende stap?"),
        blank=True,
        help_text=_("Mag leeg blijven. Wat gebeurt er hierna, en wanneer?"),
    )

    panels = [
        FieldRowPanel([FieldPanel("datum"), FieldPanel("status"), FieldPanel("percentage")]),
        FieldPanel("wat_gebeurd"),
        FieldPanel("volgende_stap"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Voortgang")
        verbose_name_plural = _("Voortgang")

    def __str__(self):
        return f"{self.datum}: {self.get_status_display()} ({self.percentage}%)"

    def clean(self):
        fouten = {}
        if self.datum and self.datum > timezone.localdate():
            fouten["datum"] = _(
                "Deze datum ligt in de toekomst. Vul de datum in waarop het gebeurde."
            )
        # Out-of-range percentages are refused by the field's own validators.
        in_bereik = self.percentage is not None and 0 <= self.percentage <= 100
        if in_bereik and self.status == Status.AFGEROND and self.percentage != 100:
            fouten["percentage"] = _(
                "Bij 'Afgerond' hoort 100 procent. Pas het percentage of de status aan."
            )
        if fouten:
            raise ValidationError(fouten)


def _bovenliggende_url(url):
    """The parent page's address, from this page's own: Wagtail adds one slug per level.

    Saves a query on every topic page; None when the page has no address.
    """
    if not url or not url.endswith("/"):
        return None
    return url[: url.rstrip("/").rfind("/") + 1]


class OnderwerpPage(InclusiePage):
    """One of the topics of the agenda, with its own dated progress history."""

    nummer = models.PositiveSmallIntegerField(
        _("Nummer"), help_text=_("Het nummer op de agenda. Elk nummer komt één keer voor.")
    )
    thema = models.ForeignKey(
        "agenda.Thema",
        on_delete=models.PROTECT,
        related_name="onderwerpen",
        verbose_name=_("Thema"),
        help_text=_("Bij welk deel van het leven hoort dit onderwerp?"),
    )
    artikelen = ParentalManyToManyField(
        "agenda.VerdragsArtikel",
        blank=True,
        related_name="onderwerpen",
        verbose_name=_("Artikelen van het VN-verdrag"),
        help_text=_("Welke artikelen van het VN-verdrag helpt dit onderwerp uitvoeren?"),
    )
    tags = ClusterTaggableManager(
        through=OnderwerpTag,
        blank=True,
        verbose_name=_("Trefwoorden"),
        help_text=_("Losse woorden waarop lezers kunnen zoeken. Bijvoorbeeld: rolstoel."),
    )
    prioriteit = models.CharField(
        _("Prioriteit van de ViP"),
        max_length=10,
        choices=Prioriteit.choices,
        blank=True,
        help_text=_("Hoe belangrijk vindt de ViP dit nu? Leeg betekent: nog niet gekozen."),
    )
    rang = models.PositiveSmallIntegerField(
        _("Plaats in de begrotingsronde"),
        null=True,
        blank=True,
        help_text=_("Mag leeg blijven. 1 is het belangrijkste onderwerp voor de begroting."),
    )
    fase = models.ForeignKey(
        "agenda.Fase",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="onderwerpen",
        verbose_name=_("Fase"),
    )
    drager = models.CharField(
        _("Wie voert het uit bij de gemeente?"),
        max_length=120,
        blank=True,
        help_text=_("Een afdeling of een rol. Nooit de naam van een persoon."),
    )
    vip_contact = models.CharField(
        _("Contact bij de ViP"),
        max_length=120,
        blank=True,
        help_text=_("Een rol, bijvoorbeeld: werkgroep vervoer. Nooit de naam van een persoon."),
    )
    start_gepland = models.DateField(_("Geplande start"), null=True, blank=True)
    einde_gepland = models.DateField(_("Gepland einde"), null=True, blank=True)
    probleem = RichTextField(
        _("Wat is het probleem?"),
        features=SECTIE_FEATURES,
        blank=True,
        help_text=_("Mag leeg blijven. Vertel wat er nu niet goed gaat."),
    )
    wens = RichTextField(
        _("Wat willen we?"),
        features=SECTIE_FEATURES,
        blank=True,
        help_text=_("Mag leeg blijven. Hoe ziet het eruit als het goed is?"),
    )
    gedaan = RichTextField(
        _("Wat is er al gedaan?"),
        features=SECTIE_FEATURES,
        blank=True,
        help_text=_("Mag leeg blijven."),
    )
    nodig = RichTextField(
        _("Wat is er nog nodig?"),
        features=SECTIE_FEATURES,
        blank=True,
        help_text=_("Mag leeg blijven."),
    )

    objects = PageManager()
    base_form_class = OnderwerpForm
    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []

    # The ViP wrote the agenda: its texts and choices are for ViP members. The
    # municipality reports progress only, so for the Gemeente role the editor
    # shows just the progress steps (fields without the right are also left
    # out of the form, so a crafted post cannot change them).
    content_panels = [
        FieldPanel("title", heading=_("Titel"), permission=INHOUD_RECHT),
        FieldPanel("in_het_kort", permission=INHOUD_RECHT),
        LeesbaarheidPanel(),
        MultiFieldPanel(
            [
                FieldPanel("nummer", permission=INHOUD_RECHT),
                FieldPanel("thema", permission=INHOUD_RECHT),
                FieldRowPanel(
                    [
                        FieldPanel("prioriteit", permission=INHOUD_RECHT),
                        FieldPanel("rang", permission=INHOUD_RECHT),
                    ]
                ),
                FieldPanel("fase", permission=INHOUD_RECHT),
                FieldPanel(
                    "artikelen", widget=forms.CheckboxSelectMultiple, permission=INHOUD_RECHT
                ),
                FieldPanel("tags", permission=INHOUD_RECHT),
            ],
            heading=_("Over dit onderwerp"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("drager", permission=INHOUD_RECHT),
                FieldPanel("vip_contact", permission=INHOUD_RECHT),
                FieldRowPanel(
                    [
                        FieldPanel("start_gepland", permission=INHOUD_RECHT),
                        FieldPanel("einde_gepland", permission=INHOUD_RECHT),
                    ]
                ),
            ],
            heading=_("Wie en wanneer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("probleem", permission=INHOUD_RECHT),
                FieldPanel("wens", permission=INHOUD_RECHT),
                FieldPanel("gedaan", permission=INHOUD_RECHT),
                FieldPanel("nodig", permission=INHOUD_RECHT),
            ],
            heading=_("De tekst, in vier delen"),
        ),
        InlinePanel(
            "voortgang",
            heading=_("Voortgang"),
            label=_("Stap"),
            help_text=_(
                "Voeg een stap toe als er iets verandert. De nieuwste stap bepaalt de status."
            ),
        ),
        InlinePanel(
            "lichten",
            heading=_("Lampjes per bespreking"),
            label=_("Lampjes"),
            help_text=_(
                "Geef bij elke bespreking drie lampjes: inhoud, planning en geld. "
                "Bij 'let op' en 'probleem' schrijf je in één zin waarom."
            ),
        ),
    ]
    search_fields = InclusiePage.search_fields + [
        index.SearchField("probleem"),
        index.SearchField("wens"),
        index.SearchField("gedaan"),
        index.SearchField("nodig"),
        index.SearchField("nummer"),
        index.FilterField("nummer"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("Onderwerp")
        verbose_name_plural = _("Onderwerpen")
        permissions = [
            ("import_onderwerpen", _("Mag onderwerpen importeren")),
            (
                "wijzig_onderwerp_inhoud",
                _("Mag de tekst en de keuzes van de ViP bij een onderwerp veranderen"),
            ),
        ]

    def __str__(self):
        return f"{self.nummer}. {self.title}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The search index is written at post_save, before modelcluster stores
        # the tags; without a second pass a new tag is found one publish late
        # and a removed one stays findable.
        index.insert_or_update_object(self)

    def clean(self):
        super().clean()
        fouten = {}
        if einde_voor_start(self.start_gepland, self.einde_gepland):
            fouten["einde_gepland"] = _("Het einde moet na de start liggen.")
        if self.path and self.depth and self.depth > 1:
            parent = Page.objects.filter(path=self.path[: -Page.steplen]).first()
            if nummer_is_bezet(parent, self.nummer, self.pk):
                fouten["nummer"] = _(
                    "Nummer %(nummer)s bestaat al in deze agenda. Kies een ander nummer."
                ) % {"nummer": self.nummer}
        if fouten:
            raise ValidationError(fouten)

    @property
    def stand(self):
        """Current state, from the latest update (uses prefetched updates when present)."""
        return stand_uit(self.voortgang.all())

    @classmethod
    def voor_weergave(cls, queryset):
        return queryset.select_related("thema", "fase")

    def _gegevens(self) -> dict:
        """What the page shows from other tables; the same until the next publish."""
        return {
            "stappen": list(Voortgang.objects.filter(onderwerp=self).order_by("-datum", "-pk")),
            "lichten": list(
                self.lichten.select_related("bespreking").order_by("-bespreking__datum")
            ),
            "artikelen": list(self.artikelen.all()),
            "tags": list(self.tags.all()),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        gegevens = schilcache.onthoud(request, "onderwerp", (self.pk,), self._gegevens)
        stappen = gegevens["stappen"]
        context["stappen"] = stappen
        context["stand"] = stand = stand_uit(stappen)
        context["later_dan_gepland"] = later_dan_gepland(
            self.einde_gepland, stand, timezone.localdate()
        )
        context["lichten"] = gegevens["lichten"]
        context["artikelen"] = gegevens["artikelen"]
        context["tags"] = gegevens["tags"]
        context["agenda_url"] = _bovenliggende_url(self.get_url(request)) or (
            self.get_parent().get_url(request)
        )
        return context
