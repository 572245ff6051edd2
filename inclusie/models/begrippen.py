"""The two word lists of clear language: words to explain, and words to avoid.

- `Begrip`: a word a reader may not know (ViP, respijtzorg). Public pages link
  its first use to its entry on the word list page (`WoordenlijstPage`), and
  the writing aid tells the editor the word needs explaining. Translatable:
  each language has its own words and explanations, under the same anchor.
- `MoeilijkWoord`: officialese with a plainer alternative ("faciliteren ->
  helpen"). The writing aid suggests the alternative. Only for Dutch text: the
  checker is a Dutch checker.

Both are snippets the ViP redactie manages (the roles give the redactie every
right on this app's plain models).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..leesbaarheid.validators import valideer_uitleg_begrip
from ..leesbaarheid.woordvormen import als_hint, splits_vormen

# The same features as a paragraph block (inclusie.blocks.TEKST_FEATURES);
# named here so the models do not import the blocks.
LANGERE_UITLEG_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class Begrip(TranslatableMixin, index.Indexed, models.Model):
    """A word that needs explaining, with a short explanation in plain Dutch."""

    woord = models.CharField(
        _("Woord"),
        max_length=80,
        help_text=_("Schrijf het woord zoals het meestal in de tekst staat. Bijvoorbeeld: ViP."),
    )
    vormen = models.CharField(
        _("Andere vormen (mag leeg)"),
        max_length=400,
        blank=True,
        help_text=_(
            "Andere manieren om het woord te schrijven, met komma's ertussen. "
            "Bijvoorbeeld: prioriteiten, Lokale Inclusie Agenda."
        ),
    )
    uitleg = models.TextField(
        _("Uitleg"),
        max_length=300,
        validators=[valideer_uitleg_begrip],
        help_text=_("Eén of twee korte zinnen. Leg het woord uit in gewone woorden."),
    )
    langere_uitleg = RichTextField(
        _("Meer uitleg (mag leeg)"),
        blank=True,
        features=LANGERE_UITLEG_FEATURES,
        help_text=_("Staat alleen op de pagina met moeilijke woorden."),
    )
    slug = models.SlugField(
        _("Anker"),
        max_length=80,
        blank=True,
        allow_unicode=True,
        help_text=_(
            "Een kort woord voor de link naar de uitleg. Leeg? Dan maken wij het zelf. "
            "Verander het niet als er al links naar zijn."
        ),
    )

    panels = [
        FieldPanel("woord"),
        FieldPanel("vormen"),
        FieldPanel("uitleg"),
        FieldPanel("langere_uitleg"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("woord"),
        index.AutocompleteField("woord"),
        index.SearchField("uitleg"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["woord"]
        verbose_name = _("Moeilijk woord met uitleg")
        verbose_name_plural = _("Moeilijke woorden met uitleg")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="uniek_begrip_anker_per_taal")
        ]

    def __str__(self):
        return self.woord

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.woord, allow_unicode=True)[:80]
        super().save(*args, **kwargs)

    @property
    def translatable_fields(self):
        # The anchor stays the same in every language, so links keep working.
        from wagtail_localize.fields import SynchronizedField, TranslatableField

        return [
            TranslatableField("woord"),
            TranslatableField("vormen"),
            TranslatableField("uitleg"),
            TranslatableField("langere_uitleg"),
            SynchronizedField("slug"),
        ]

    @property
    def anker(self) -> str:
        return f"begrip-{self.slug}"

    def alle_vormen(self) -> list[str]:
        """The word and its other forms, without doubles."""
        return splits_vormen(f"{self.woord},{self.vormen}")

    def clean(self):
        super().clean()
        self.woord = " ".join((self.woord or "").split())
        self.vormen = ", ".join(splits_vormen(self.vormen))
        if not self.slug:
            self.slug = slugify(self.woord, allow_unicode=True)[:80]
        if not self.slug:
            raise ValidationError(
                {"slug": gettext("Schrijf een kort woord met letters of cijfers.")}
            )
        dubbel = Begrip.objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk)
        if self.locale_id is not None and dubbel.exists():
            raise ValidationError(
                {"slug": gettext("Dit anker is al van een ander woord. Kies een ander anker.")}
            )


class MoeilijkWoord(models.Model):
    """A word the writing aid marks, with a plainer word to use instead."""

    woord = models.CharField(
        _("Moeilijk woord"),
        max_length=80,
        unique=True,
        help_text=_("Bijvoorbeeld: faciliteren."),
    )
    vormen = models.CharField(
        _("Andere vormen (mag leeg)"),
        max_length=400,
        blank=True,
        help_text=_(
            "Andere vormen van het woord, met komma's ertussen. Een * betekent: "
            "alles wat zo begint of eindigt. Bijvoorbeeld: faciliteert, facilit*."
        ),
    )
    alternatief = models.CharField(
        _("Schrijf liever"),
        max_length=200,
        blank=True,
        help_text=_("Gewone woorden, met komma's ertussen. Bijvoorbeeld: helpen, mogelijk maken."),
    )
    tip = models.CharField(
        _("Eigen tip (mag leeg)"),
        max_length=250,
        blank=True,
        help_text=_("Alleen als een gewoon woord niet genoeg is. Schrijf een korte zin."),
    )

    panels = [
        FieldPanel("woord"),
        FieldPanel("vormen"),
        FieldPanel("alternatief"),
        FieldPanel("tip"),
    ]

    class Meta:
        ordering = ["woord"]
        verbose_name = _("Woord om te vermijden")
        verbose_name_plural = _("Woorden om te vermijden")

    def __str__(self):
        return self.woord

    def alle_vormen(self) -> list[str]:
        return splits_vormen(f"{self.woord},{self.vormen}")

    @property
    def hint(self) -> str:
        """What the writing aid says: the own tip, or "Schrijf 'a' of 'b'."."""
        return self.tip or als_hint(splits_vormen(self.alternatief))

    def clean(self):
        super().clean()
        self.woord = " ".join((self.woord or "").split())
        if not self.alternatief.strip() and not self.tip.strip():
            raise ValidationError(
                {"alternatief": gettext("Schrijf een gewoner woord, of een eigen tip.")}
            )
