"""Reference data the topics point to: themes, UN articles, phases, reviews."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Thema(TranslatableMixin, index.Indexed, models.Model):
    """A domain of life, so a reader can find the topics that touch theirs."""

    naam = models.CharField(_("Naam"), max_length=80, help_text=_("Kort, bijvoorbeeld: Vervoer."))
    uitleg = models.TextField(
        _("Uitleg"),
        blank=True,
        help_text=_("Eén of twee korte zinnen. Wat hoort bij dit thema?"),
    )
    volgorde = models.PositiveSmallIntegerField(
        _("Volgorde"),
        default=0,
        help_text=_("Lager getal staat eerder in lijsten."),
    )

    panels = [FieldPanel("naam"), FieldPanel("uitleg"), FieldPanel("volgorde")]
    search_fields = [index.SearchField("naam"), index.AutocompleteField("naam")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["volgorde", "naam"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Thema's")

    def __str__(self):
        return self.naam


class VerdragsArtikel(models.Model):
    """An article of the UN Convention (VN-verdrag Handicap); fixed reference data."""

    nummer = models.PositiveSmallIntegerField(_("Nummer"), unique=True)
    titel = models.CharField(_("Titel"), max_length=200)

    class Meta:
        ordering = ["nummer"]
        verbose_name = _("Artikel van het VN-verdrag")
        verbose_name_plural = _("Artikelen van het VN-verdrag")

    def __str__(self):
        return f"{self.nummer}. {self.titel}"


class Fase(models.Model):
    """A phase in which the municipality carries out part of the agenda."""

    naam = models.CharField(
        _("Naam"), max_length=80, unique=True, help_text=_("Bijvoorbeeld: Fase 1 (2018-2019).")
    )
    start = models.DateField(_("Begint op"))
    einde = models.DateField(_("Eindigt op"), null=True, blank=True)

    panels = [FieldPanel("naam"), FieldPanel("start"), FieldPanel("einde")]

    class Meta:
        ordering = ["start", "naam"]
        verbose_name = _("Fase")
        verbose_name_plural = _("Fasen")

    def __str__(self):
        return self.naam

    def clean(self):
        if self.start and self.einde and self.einde < self.start:
            raise ValidationError({"einde": _("De einddatum moet na de begindatum liggen.")})


class Bespreking(models.Model):
    """A review moment with the ViP (three a year); reports run from one to the next."""

    datum = models.DateField(
        _("Datum"),
        unique=True,
        help_text=_("De dag waarop de ViP en de gemeente de stand bespreken."),
    )
    naam = models.CharField(
        _("Naam"),
        max_length=80,
        blank=True,
        help_text=_("Mag leeg blijven. Bijvoorbeeld: Voorjaar 2024."),
    )

    panels = [FieldPanel("datum"), FieldPanel("naam")]

    class Meta:
        ordering = ["-datum"]
        verbose_name = _("Bespreking")
        verbose_name_plural = _("Besprekingen")

    def __str__(self):
        from django.utils.formats import date_format

        datum = date_format(self.datum, "j F Y")
        return f"{self.naam} ({datum})" if self.naam else datum

    def vorige(self):
        return Bespreking.objects.filter(datum__lt=self.datum).order_by("-datum").first()
