"""Why a poster needs its alt text and its text: said the same at the model and the form."""

from django.utils.translation import gettext_lazy as _

ALT_TEKST_NODIG = _("Beschrijf wat er op de poster te zien is. Wie de poster niet ziet, leest dit.")
POSTER_TEKST_NODIG = _(
    "Typ alle tekst van de poster over. Tekst in een afbeelding kan niet iedereen lezen."
)
