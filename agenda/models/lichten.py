"""Three lights per topic at each review: content, planning and money.

At every review the ViP says for each topic how the content, the planning and
the money stand: goed, let op, probleem or weten we niet, each with a reason
of one sentence. Several Dutch municipalities report on their inclusion
agendas this way. The lights are kept per review, so the history stays.

They are an inline part of the topic page, like the progress steps, so they
follow the same roles, revisions and review workflow.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from inclusie.leesbaarheid.zinnen import zinnen


class Licht(models.TextChoices):
    GOED = "goed", _("Goed")
    LET_OP = "let_op", _("Let op")
    PROBLEEM = "probleem", _("Probleem")
    ONBEKEND = "onbekend", _("Weten we niet")


# Shown next to the word, never instead of it: the word is what counts.
LICHT_SYMBOOL = {
    Licht.GOED: "✓",
    Licht.LET_OP: "!",
    Licht.PROBLEEM: "✗",
    Licht.ONBEKEND: "?",
}
# Worst first: the report lists every "probleem" before the rest.
LICHT_ERNST = {Licht.PROBLEEM: 0, Licht.LET_OP: 1, Licht.ONBEKEND: 2, Licht.GOED: 3}

LAMPJES = {
    "inhoud": _("Inhoud"),
    "planning": _("Planning"),
    "geld": _("Geld"),
}
REDEN_LENGTE = 200


def lampjes_van(obj):
    """[(lampje, label, Licht, symbol, reason)] in the order inhoud, planning, geld.

    For a Beoordeling and for the monitor's light-weight LichtRegel alike.
    """
    return [
        (
            naam,
            label,
            Licht(getattr(obj, naam)),
            LICHT_SYMBOOL[getattr(obj, naam)],
            getattr(obj, f"{naam}_reden"),
        )
        for naam, label in LAMPJES.items()
    ]


def _licht_veld(naam):
    return models.CharField(
        naam,
        max_length=10,
        choices=Licht.choices,
        default=Licht.ONBEKEND,
    )


def _reden_veld(help_text):
    return models.CharField(_("Waarom?"), max_length=REDEN_LENGTE, blank=True, help_text=help_text)


class Beoordeling(Orderable):
    """The three lights of one topic at one review."""

    onderwerp = ParentalKey(
        "agenda.OnderwerpPage", on_delete=models.CASCADE, related_name="lichten"
    )
    bespreking = models.ForeignKey(
        "agenda.Bespreking",
        on_delete=models.PROTECT,
        related_name="beoordelingen",
        verbose_name=_("Bespreking"),
        help_text=_("Bij welke bespreking horen deze lampjes?"),
    )
    inhoud = _licht_veld(_("Inhoud"))
    inhoud_reden = _reden_veld(_("Eén zin. Gaat het onderwerp over de goede dingen?"))
    planning = _licht_veld(_("Planning"))
    planning_reden = _reden_veld(_("Eén zin. Gaat het zo snel als afgesproken?"))
    geld = _licht_veld(_("Geld"))
    geld_reden = _reden_veld(_("Eén zin. Is er genoeg geld voor?"))

    panels = [
        FieldPanel("bespreking"),
        FieldRowPanel([FieldPanel("inhoud"), FieldPanel("inhoud_reden")]),
        FieldRowPanel([FieldPanel("planning"), FieldPanel("planning_reden")]),
        FieldRowPanel([FieldPanel("geld"), FieldPanel("geld_reden")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Lampjes bij een bespreking")
        verbose_name_plural = _("Lampjes")
        constraints = [
            models.UniqueConstraint(
                fields=["onderwerp", "bespreking"], name="een_keer_lampjes_per_bespreking"
            )
        ]

    def __str__(self):
        return str(self.bespreking)

    def lampjes(self):
        return lampjes_van(self)

    def clean(self):
        fouten = {}
        for lampje in LAMPJES:
            licht = getattr(self, lampje)
            reden = (getattr(self, f"{lampje}_reden") or "").strip()
            if licht in (Licht.LET_OP, Licht.PROBLEEM) and not reden:
                fouten[f"{lampje}_reden"] = _(
                    "Schrijf in één zin waarom. Dat is nodig bij 'let op' en 'probleem'."
                )
            elif len(zinnen(reden)) > 1:
                fouten[f"{lampje}_reden"] = _("Schrijf één zin. Nu staan er meer zinnen.")
        if fouten:
            raise ValidationError(fouten)
