"""A sign-up for a café: who comes, with how many people, and what they need to take part.

Only what the ViP needs to prepare the evening. Name, contact, remark and
the text of "iets anders" are personal data: the daily task wipes them a
number of days after the café (AANMELDINGEN_BEWAARDAGEN); the numbers and
the ticked needs stay, without a name, for the ViP's own counts.

The sign-up belongs to the page in the visitor's language; the places of a
café are counted over all its translations (same translation_key), because
they are the same evening (campagnes/aanmeldingen/plaatsen.py).
"""

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import tijd

MAX_PERSONEN = 10
MAX_NAAM = 100
MAX_ANDERS = 200
MAX_OPMERKING = 1000


class Behoefte(models.TextChoices):
    """What someone may need to take part. The keys are also the setting's keys."""

    NGT_TOLK = "ngt_tolk", _("Tolk Nederlandse Gebarentaal (NGT-tolk)")
    SCHRIJFTOLK = "schrijftolk", _("Schrijftolk")
    RINGLEIDING = "ringleiding", _("Ringleiding")
    ROLSTOELPLEK = "rolstoelplek", _("Plek voor een rolstoel")
    PRIKKELARM = "prikkelarm", _("Rustige plek met weinig prikkels")
    BEGELEIDER = "begeleider", _("Ik kom met een begeleider")
    VERVOER = "vervoer", _("Hulp bij vervoer")
    ANDERS = "anders", _("Iets anders")


class AanmeldStatus(models.TextChoices):
    GEPLAATST = "geplaatst", _("Heeft een plaats")
    WACHTLIJST = "wachtlijst", _("Op de wachtlijst")
    AFGEMELD = "afgemeld", _("Afgemeld")


ACTIEF = (AanmeldStatus.GEPLAATST, AanmeldStatus.WACHTLIJST)


def nieuw_token() -> str:
    """The secret in the cancel link: whoever has the link may cancel."""
    return secrets.token_urlsafe(24)


def _nu():
    # Through the module, so tests that set the café clock also set this.
    return tijd.nu()


class Aanmelding(models.Model):
    cafe = models.ForeignKey(
        "campagnes.BijeenkomstPage",
        on_delete=models.CASCADE,
        related_name="aanmeldingen",
        verbose_name=_("Café"),
    )
    naam = models.CharField(max_length=MAX_NAAM, blank=True, verbose_name=_("Naam"))
    email = models.EmailField(max_length=254, blank=True, verbose_name=_("E-mailadres"))
    telefoon = models.CharField(max_length=20, blank=True, verbose_name=_("Telefoonnummer"))
    aantal = models.PositiveSmallIntegerField(
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PERSONEN)],
        verbose_name=_("Aantal personen"),
    )
    # A list of Behoefte values; read in Python (a café has tens of sign-ups).
    behoeften = models.JSONField(default=list, blank=True, verbose_name=_("Wat is er nodig?"))
    anders = models.CharField(max_length=MAX_ANDERS, blank=True, verbose_name=_("Iets anders"))
    opmerking = models.TextField(max_length=MAX_OPMERKING, blank=True, verbose_name=_("Opmerking"))
    taal = models.CharField(max_length=10, verbose_name=_("Taal"))
    status = models.CharField(
        max_length=12,
        choices=AanmeldStatus.choices,
        default=AanmeldStatus.GEPLAATST,
        verbose_name=_("Status"),
    )
    aangemaakt = models.DateTimeField(default=_nu, verbose_name=_("Aangemeld op"))
    token = models.CharField(max_length=64, unique=True, default=nieuw_token, editable=False)
    doorgeschoven_op = models.DateTimeField(null=True, blank=True, editable=False)
    gewist_op = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("Persoonsgegevens gewist op")
    )
    # What the last "cancelled" or "moved" mail said, so a change that reaches
    # the café once per translation is mailed once.
    gemeld = models.CharField(max_length=200, blank=True, editable=False)

    # No public page shows a sign-up: saving one must not empty the page cache.
    paginacache_negeren = True

    class Meta:
        verbose_name = _("Aanmelding")
        verbose_name_plural = _("Aanmeldingen")
        ordering = ["aangemaakt", "pk"]
        indexes = [models.Index(fields=["cafe", "status"], name="aanmelding_cafe_status")]

    def __str__(self):
        return self.naam or gettext("Zonder naam")

    @property
    def is_actief(self):
        return self.status in ACTIEF

    @property
    def is_geplaatst(self):
        return self.status == AanmeldStatus.GEPLAATST

    @property
    def op_wachtlijst(self):
        return self.status == AanmeldStatus.WACHTLIJST

    @property
    def is_afgemeld(self):
        return self.status == AanmeldStatus.AFGEMELD

    def behoeften_labels(self) -> list[str]:
        """The needs in words, "iets anders" with its text."""
        labels = []
        for waarde in self.behoeften:
            if waarde not in Behoefte.values:
                continue
            if waarde == Behoefte.ANDERS and self.anders:
                labels.append(f"{Behoefte(waarde).label}: {self.anders}")
            else:
                labels.append(str(Behoefte(waarde).label))
        return labels
