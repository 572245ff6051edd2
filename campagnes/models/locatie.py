"""Where a café is held, and how accessible that place is.

A venue is a snippet because the café returns to the same place month after
month: the ViP checks the place once and every café page shows the same facts.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet

JA = "ja"
NEE = "nee"
ONBEKEND = "onbekend"
KEUZES = [(JA, _("Ja")), (NEE, _("Nee")), (ONBEKEND, _("Weten we niet"))]

# Per fact: the field, its label in the admin, and one clear sentence for
# each answer. The sentence is the information; the icon only decorates it.
FEITEN = [
    (
        "drempelvrij",
        _("Ingang zonder drempel of trap"),
        {
            JA: _("De ingang heeft geen drempel en geen trap."),
            NEE: _("De ingang heeft een drempel of een trap."),
            ONBEKEND: _("We weten nog niet of de ingang een drempel heeft."),
        },
    ),
    (
        "aangepast_toilet",
        _("Toilet voor mensen met een beperking"),
        {
            JA: _("Er is een toilet voor mensen met een beperking."),
            NEE: _("Er is geen toilet voor mensen met een beperking."),
            ONBEKEND: _("We weten nog niet of er een aangepast toilet is."),
        },
    ),
    (
        "ringleiding",
        _("Ringleiding"),
        {
            JA: _("Er is een ringleiding voor mensen met een hoortoestel."),
            NEE: _("Er is geen ringleiding."),
            ONBEKEND: _("We weten nog niet of er een ringleiding is."),
        },
    ),
    (
        "gebarentolk",
        _("Tolk gebarentaal op aanvraag"),
        {
            JA: _("Een tolk gebarentaal kan komen. Vraag het vooraf aan."),
            NEE: _("Er is geen tolk gebarentaal."),
            ONBEKEND: _("We weten nog niet of er een tolk gebarentaal kan komen."),
        },
    ),
    (
        "stille_ruimte",
        _("Stille ruimte"),
        {
            JA: _("Er is een stille ruimte om even rustig te zitten."),
            NEE: _("Er is geen stille ruimte."),
            ONBEKEND: _("We weten nog niet of er een stille ruimte is."),
        },
    ),
    (
        "hulphonden",
        _("Blindengeleidehonden en hulphonden welkom"),
        {
            JA: _("Blindengeleidehonden en andere hulphonden zijn welkom."),
            NEE: _("Hulphonden mogen hier niet naar binnen."),
            ONBEKEND: _("We weten nog niet of hulphonden welkom zijn."),
        },
    ),
]


def _feit_veld(label):
    return models.CharField(
        max_length=8,
        choices=KEUZES,
        default=ONBEKEND,
        verbose_name=label,
        help_text=_("Weet je het niet zeker? Kies dan 'Weten we niet'."),
    )


class Feit:
    """One accessibility fact, ready for a template."""

    def __init__(self, veld, label, waarde, zin):
        self.veld = veld
        self.label = label
        self.waarde = waarde
        self.zin = zin

    @property
    def is_ja(self):
        return self.waarde == JA

    @property
    def is_nee(self):
        return self.waarde == NEE


@register_snippet
class Locatie(index.Indexed, models.Model):
    naam = models.CharField(max_length=120, verbose_name=_("Naam"))
    adres = models.TextField(
        verbose_name=_("Adres"),
        help_text=_("Straat en huisnummer, postcode en plaats. Elk op een eigen regel."),
    )
    ov_halte = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Bus, tram of trein"),
        help_text=_("Welke halte is het dichtstbij? En hoe ver lopen is het?"),
    )
    parkeren = models.TextField(
        blank=True,
        verbose_name=_("Parkeren met een gehandicaptenparkeerkaart"),
        help_text=_("Waar is de dichtstbijzijnde plek? Hoe ver is het naar de ingang?"),
    )
    route = models.TextField(
        blank=True,
        verbose_name=_("Hoe kom je er? (mag leeg)"),
        help_text=_("Bijvoorbeeld: de ingang is aan de kant van het plein."),
    )
    drempelvrij = _feit_veld(FEITEN[0][1])
    aangepast_toilet = _feit_veld(FEITEN[1][1])
    ringleiding = _feit_veld(FEITEN[2][1])
    gebarentolk = _feit_veld(FEITEN[3][1])
    stille_ruimte = _feit_veld(FEITEN[4][1])
    hulphonden = _feit_veld(FEITEN[5][1])
    toelichting = models.TextField(
        blank=True,
        verbose_name=_("Meer over toegankelijkheid (mag leeg)"),
        help_text=_("Wat moet een bezoeker nog meer weten? Bijvoorbeeld over licht of geluid."),
    )

    panels = [
        FieldPanel("naam"),
        FieldPanel("adres"),
        MultiFieldPanel(
            [FieldPanel("ov_halte"), FieldPanel("parkeren"), FieldPanel("route")],
            heading=_("Hoe kom je er?"),
        ),
        MultiFieldPanel(
            [FieldPanel(veld) for veld, _label, _zinnen in FEITEN] + [FieldPanel("toelichting")],
            heading=_("Toegankelijkheid"),
        ),
    ]
    search_fields = [index.SearchField("naam"), index.SearchField("adres")]

    class Meta:
        verbose_name = _("Locatie")
        verbose_name_plural = _("Locaties")
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    def feiten(self):
        return [
            Feit(veld, label, getattr(self, veld), zinnen[getattr(self, veld)])
            for veld, label, zinnen in FEITEN
        ]

    def adres_op_een_regel(self):
        return ", ".join(regel.strip() for regel in self.adres.splitlines() if regel.strip())
