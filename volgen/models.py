"""Who follows what, and what they were already sent.

A follower is an e-mail address and one subject: a topic, the whole agenda or
the café. Nothing else is kept about the person: the address, the subject, the
language of the mails, a random key for the links in them, when they signed
up and when they confirmed. One row per address and subject, so leaving one
topic is deleting one row, and leaving everything is deleting every row of
the address.

The other models are the bookkeeping that makes sending idempotent (see
volgen/overzicht.py and volgen/cafe.py): which steps were published when,
which step went to whom, which café change went to whom.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Onderwerp(models.TextChoices):
    """What an address follows."""

    ONDERWERP = "onderwerp", _("Een onderwerp van de agenda")
    AGENDA = "agenda", _("De hele agenda")
    CAFE = "cafe", _("Het inclusiecafé")


def nieuwe_sleutel() -> str:
    return secrets.token_urlsafe(32)


class Volger(models.Model):
    email = models.EmailField(_("E-mailadres"), max_length=254)
    volgt = models.CharField(_("Volgt"), max_length=10, choices=Onderwerp.choices)
    # Always the topic in the source language (Dutch): its steps are the ones
    # that are mailed; a translation is only used to write the mail.
    onderwerp = models.ForeignKey(
        "agenda.OnderwerpPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Onderwerp"),
    )
    taal = models.CharField(_("Taal van de mails"), max_length=5, choices=settings.LANGUAGES)
    # In the links of every mail: it proves the reader has the mail.
    sleutel = models.CharField(max_length=64, unique=True, default=nieuwe_sleutel, editable=False)
    aangemaakt_op = models.DateTimeField(_("Aangemeld op"), default=timezone.now)
    bevestigd_op = models.DateTimeField(_("Bevestigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("Volger")
        verbose_name_plural = _("Volgers")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "onderwerp"],
                condition=Q(volgt="onderwerp"),
                name="volgen_een_keer_per_onderwerp",
            ),
            models.UniqueConstraint(
                fields=["email", "volgt"],
                condition=~Q(volgt="onderwerp"),
                name="volgen_een_keer_agenda_of_cafe",
            ),
            models.CheckConstraint(
                condition=Q(volgt="onderwerp", onderwerp__isnull=False)
                | (~Q(volgt="onderwerp") & Q(onderwerp__isnull=True)),
                name="volgen_onderwerp_alleen_bij_onderwerp",
            ),
        ]
        indexes = [models.Index(fields=["email"])]

    def __str__(self):
        return f"{self.email}: {self.get_volgt_display()}"

    @property
    def is_bevestigd(self) -> bool:
        return self.bevestigd_op is not None


class GepubliceerdeStap(models.Model):
    """When a progress step first reached the live version of its topic.

    A step has a date of its own (when it happened), which may lie weeks
    back; a follower should get the steps that were published after they
    confirmed, so the moment of publishing is written down here.
    """

    stap = models.OneToOneField(
        "agenda.Voortgang", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    gepubliceerd_op = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("Gepubliceerde stap")
        verbose_name_plural = _("Gepubliceerde stappen")

    def __str__(self):
        return f"{self.stap_id}: {self.gepubliceerd_op:%Y-%m-%d %H:%M}"


class Verzonden(models.Model):
    """This step went to this follower in a digest. Unique: a step never goes twice."""

    volger = models.ForeignKey(Volger, on_delete=models.CASCADE, related_name="verzonden")
    stap = models.ForeignKey("agenda.Voortgang", on_delete=models.CASCADE, related_name="+")
    verzonden_op = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("Verzonden stap")
        verbose_name_plural = _("Verzonden stappen")
        constraints = [
            models.UniqueConstraint(fields=["volger", "stap"], name="volgen_stap_een_keer")
        ]

    def __str__(self):
        return f"{self.volger_id} / {self.stap_id}"


class CafeWijziging(models.Model):
    """A café that is new, moved or cancelled: one row per change, however often it is announced.

    `volgnummer` is the café's calendar count (it goes up with every change of
    time, place or status), so the same change announced twice is one row.
    """

    pagina = models.ForeignKey(
        "campagnes.BijeenkomstPage", on_delete=models.CASCADE, related_name="+"
    )
    soort = models.CharField(max_length=12)
    volgnummer = models.PositiveIntegerField()
    gemeld_op = models.DateTimeField()

    class Meta:
        verbose_name = _("Wijziging van een café")
        verbose_name_plural = _("Wijzigingen van cafés")
        constraints = [
            models.UniqueConstraint(
                fields=["pagina", "soort", "volgnummer"], name="volgen_cafewijziging_een_keer"
            )
        ]

    def __str__(self):
        return f"{self.pagina_id}: {self.soort} ({self.volgnummer})"


class CafeVerzonden(models.Model):
    """This café change went to this follower. Unique: a change never goes twice."""

    volger = models.ForeignKey(Volger, on_delete=models.CASCADE, related_name="cafe_verzonden")
    wijziging = models.ForeignKey(CafeWijziging, on_delete=models.CASCADE, related_name="+")
    verzonden_op = models.DateTimeField()

    class Meta:
        verbose_name = _("Verzonden cafébericht")
        verbose_name_plural = _("Verzonden caféberichten")
        constraints = [
            models.UniqueConstraint(
                fields=["volger", "wijziging"], name="volgen_cafebericht_een_keer"
            )
        ]

    def __str__(self):
        return f"{self.volger_id} / {self.wijziging_id}"
