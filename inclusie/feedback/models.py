"""One reader's answer to "Is deze pagina duidelijk?".

The page title and address are copied at the moment of the remark: a remark
must stay readable after its page is renamed, moved or deleted.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_TEKST = 1000


class Reactie(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reacties",
        verbose_name=_("Pagina"),
    )
    pagina_titel = models.CharField(_("Titel van de pagina"), max_length=255)
    pagina_url = models.CharField(_("Adres van de pagina"), max_length=500, blank=True)
    taal = models.CharField(_("Taal"), max_length=10)
    aangemaakt = models.DateTimeField(_("Datum"), auto_now_add=True, db_index=True)
    duidelijk = models.BooleanField(_("Duidelijk?"))
    tekst = models.TextField(_("Wat kan beter?"), max_length=MAX_TEKST, blank=True)
    email = models.EmailField(
        _("E-mail van de lezer"),
        blank=True,
        help_text=_("Alleen ingevuld als de lezer een antwoord wil. Gebruik het alleen daarvoor."),
    )
    afgehandeld = models.BooleanField(
        _("Afgehandeld"),
        default=False,
        db_index=True,
        help_text=_("Zet een vinkje als iemand de reactie heeft bekeken en er iets mee deed."),
    )
    notitie = models.TextField(
        _("Notitie van de redactie"),
        blank=True,
        help_text=_("Wat heeft de redactie gedaan? Bijvoorbeeld: 'Tekst korter gemaakt'."),
    )
    afgehandeld_op = models.DateTimeField(_("Afgehandeld op"), null=True, blank=True)
    afgehandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Afgehandeld door"),
    )

    class Meta:
        ordering = ["-aangemaakt", "-pk"]
        verbose_name = _("Reactie van een lezer")
        verbose_name_plural = _("Reacties van lezers")

    def __str__(self):
        antwoord = _("duidelijk") if self.duidelijk else _("niet duidelijk")
        return f"{self.pagina_titel}: {antwoord}"

    # Plain words for the inbox instead of True/False and "nl": the listing
    # (columns in beheer.py) and Wagtail's inspect view use these.
    def get_duidelijk_display(self):
        return ja_nee(self.duidelijk)

    def get_afgehandeld_display(self):
        return ja_nee(self.afgehandeld)

    def get_taal_display(self):
        return taalnaam(self.taal)


def ja_nee(waarde) -> str:
    return _("Ja") if waarde else _("Nee")


def taalnaam(code) -> str:
    """The language's own name ("Nederlands", "English") from LANGUAGES, else the code."""
    return dict(settings.LANGUAGES).get(code, code)
