"""The accessibility statement (toegankelijkheidsverklaring) as a page type.

Dutch government sites publish a statement after the national model. Its
status (A to E) is not typed in by hand: like the national form, it follows
from what the editor fills in about the audit and the known problems, so the
status can never claim more than the facts behind it.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import InhoudBlocks
from .basis import InclusiePage

# An audit counts for three years; a planned audit within six months gives C.
ONDERZOEK_GELDIG_JAREN = 3
GEPLAND_BINNEN_DAGEN = 183


class Nalevingsstatus(models.TextChoices):
    """The statement's status A to E, as on the national form (not a topic's Status)."""

    A = "A", _("voldoet volledig")
    B = "B", _("voldoet gedeeltelijk")
    C = "C", _("eerste maatregelen genomen")
    D = "D", _("voldoet niet")
    E = "E", _("geen verklaring")


NALEVING_UITLEG = {
    Nalevingsstatus.A: _(
        "Een expert heeft de hele site onderzocht. De site voldoet aan alle eisen. "
        "Het onderzoek is niet ouder dan drie jaar."
    ),
    Nalevingsstatus.B: _(
        "Een expert heeft de hele site onderzocht. Een paar dingen werken nog niet goed. "
        "Hieronder staat wat wij daaraan doen, en wanneer."
    ),
    Nalevingsstatus.C: _(
        "Er is nog geen volledig onderzoek door een expert. "
        "Dat onderzoek is wel gepland, binnen zes maanden."
    ),
    Nalevingsstatus.D: _(
        "Er is nog geen volledig onderzoek door een expert. "
        "Er is ook nog geen datum voor dat onderzoek."
    ),
    Nalevingsstatus.E: _("Er is geen verklaring. Een site zonder deze pagina krijgt status E."),
}


class ProbleemBlock(blocks.StructBlock):
    """One known problem: what fails, what we do about it, and by when."""

    probleem = blocks.TextBlock(
        label=_("Wat werkt niet goed?"),
        help_text=_("Zeg wat er mis is en wie er last van heeft. Gebruik korte zinnen."),
    )
    eis = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Welke eis (mag leeg)"),
        help_text=_("Bijvoorbeeld: WCAG 1.1.1 Niet-tekstuele content."),
    )
    maatregel = blocks.TextBlock(
        label=_("Wat gaan wij doen?"),
        help_text=_("Zeg wat er gebeurt om het op te lossen."),
    )
    klaar_op = blocks.DateBlock(
        label=_("Klaar op"),
        help_text=_("De datum waarop het opgelost moet zijn."),
    )

    class Meta:
        label = _("Bekend probleem")
        icon = "warning"


class ToegankelijkheidsverklaringPage(InclusiePage):
    verklaring_datum = models.DateField(
        default=datetime.date.today,
        verbose_name=_("Datum van deze verklaring"),
        help_text=_("Wanneer heb je deze verklaring voor het laatst nagekeken?"),
    )
    verantwoordelijke = models.CharField(
        max_length=200,
        verbose_name=_("Wie is verantwoordelijk?"),
        help_text=_("De groep of organisatie die zorgt dat de site toegankelijk is."),
    )
    wcag_versie = models.CharField(
        max_length=3,
        choices=[("2.1", "WCAG 2.1"), ("2.2", "WCAG 2.2")],
        default="2.2",
        verbose_name=_("Versie van de regels (WCAG)"),
        help_text=_("De wet vraagt minstens WCAG 2.1."),
    )
    wcag_niveau = models.CharField(
        max_length=3,
        choices=[("A", "A"), ("AA", "AA"), ("AAA", "AAA")],
        default="AA",
        verbose_name=_("Niveau"),
        help_text=_("De wet vraagt niveau AA."),
    )
    onderzoek_datum = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Datum van het laatste onderzoek"),
        help_text=_("Laat leeg als er nog geen onderzoek door een expert is gedaan."),
    )
    onderzoek_methode = models.CharField(
        max_length=120,
        blank=True,
        default="WCAG-EM",
        verbose_name=_("Methode van het onderzoek"),
        help_text=_("Meestal WCAG-EM. Dat is de vaste manier om een site te onderzoeken."),
    )
    onderzoek_door = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Wie deed het onderzoek?"),
    )
    onderzoek_volledig = models.BooleanField(
        default=False,
        verbose_name=_("Het onderzoek was volledig"),
        help_text=_("Aan als alle eisen en alle delen van de site zijn onderzocht."),
    )
    onderzoek_rapport = models.URLField(
        blank=True,
        verbose_name=_("Link naar het rapport (mag leeg)"),
    )
    onderzoek_gepland = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Datum van het volgende onderzoek (mag leeg)"),
        help_text=_("Alleen invullen als de datum echt is afgesproken."),
    )
    bekende_problemen = StreamField(
        [("probleem", ProbleemBlock())],
        blank=True,
        verbose_name=_("Bekende problemen"),
        help_text=_("Elk probleem met wat jullie eraan doen en wanneer het klaar is."),
    )
    meldpagina = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Pagina om een probleem te melden"),
        help_text=_("Bijvoorbeeld de contactpagina."),
    )
    melden_tekst = models.TextField(
        blank=True,
        verbose_name=_("Uitleg bij melden (mag leeg)"),
        help_text=_("Bijvoorbeeld: hoe snel je antwoord krijgt."),
    )
    body = StreamField(InhoudBlocks(), blank=True, verbose_name=_("Meer uitleg"))

    content_panels = InclusiePage.intro_panels + [
        MultiFieldPanel(
            [
                FieldPanel("verklaring_datum"),
                FieldPanel("verantwoordelijke"),
                FieldPanel("wcag_versie"),
                FieldPanel("wcag_niveau"),
            ],
            heading=_("De verklaring"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("onderzoek_datum"),
                FieldPanel("onderzoek_methode"),
                FieldPanel("onderzoek_door"),
                FieldPanel("onderzoek_volledig"),
                FieldPanel("onderzoek_rapport"),
                FieldPanel("onderzoek_gepland"),
            ],
            heading=_("Onderzoek door een expert"),
            help_text=_("De status (A tot E) volgt vanzelf uit wat je hier invult."),
        ),
        FieldPanel("bekende_problemen"),
        MultiFieldPanel(
            [FieldPanel("meldpagina"), FieldPanel("melden_tekst")],
            heading=_("Een probleem melden"),
        ),
        FieldPanel("body"),
    ]
    search_fields = InclusiePage.search_fields + [
        index.SearchField("bekende_problemen"),
        index.SearchField("body"),
    ]
    zoek_soort = _("Pagina")

    class Meta:
        verbose_name = _("Toegankelijkheidsverklaring")
        verbose_name_plural = _("Toegankelijkheidsverklaringen")

    def onderzoek_is_geldig(self, vandaag=None):
        """A complete audit of at most three years old, as the national model asks."""
        if not (self.onderzoek_datum and self.onderzoek_volledig):
            return False
        vandaag = vandaag or timezone.localdate()
        try:
            grens = vandaag.replace(year=vandaag.year - ONDERZOEK_GELDIG_JAREN)
        except ValueError:  # 29 February
            grens = vandaag.replace(year=vandaag.year - ONDERZOEK_GELDIG_JAREN, day=28)
        return self.onderzoek_datum >= grens

    def status(self, vandaag=None):
        vandaag = vandaag or timezone.localdate()
        if self.onderzoek_is_geldig(vandaag):
            return Nalevingsstatus.B if self.bekende_problemen else Nalevingsstatus.A
        gepland = self.onderzoek_gepland
        if gepland and vandaag <= gepland <= vandaag + datetime.timedelta(GEPLAND_BINNEN_DAGEN):
            return Nalevingsstatus.C
        return Nalevingsstatus.D

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        code = self.status()
        context["status"] = {"code": code, "naam": code.label, "uitleg": NALEVING_UITLEG[code]}
        context["alle_statussen"] = [
            {"code": c, "naam": c.label, "uitleg": NALEVING_UITLEG[c], "huidig": c == code}
            for c in Nalevingsstatus
        ]
        context["onderzoek_geldig"] = self.onderzoek_is_geldig()
        meldpagina = self.meldpagina
        if meldpagina is not None:
            meldpagina = meldpagina.localized
        context["meldpagina"] = meldpagina if meldpagina and meldpagina.live else None
        return context
