"""The word list page (Moeilijke woorden): every `Begrip` of its language.

Public pages link the first use of a difficult word to its entry here
(`#begrip-<anker>`), so the page needs no choosing: it lists every word of its
language, alphabetically, with a letter index on top.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import InhoudBlocks
from .basis import InclusiePage
from .begrippen import Begrip


def eerste_letter(woord: str) -> str:
    """The letter a word is listed under; digits and signs go under '#'."""
    for teken in woord:
        if teken.isalpha():
            return teken.upper()
        if teken.isdigit():
            return "#"
    return "#"


class WoordenlijstPage(InclusiePage):
    body = StreamField(
        InhoudBlocks(),
        blank=True,
        verbose_name=_("Tekst boven de lijst (mag leeg)"),
    )

    content_panels = InclusiePage.intro_panels + [FieldPanel("body")]
    search_fields = InclusiePage.search_fields + [index.SearchField("body")]
    subpage_types: list[str] = []
    zoek_soort = _("Pagina")
    # The words on this page are the explanations: no links to this page itself.
    begrippen_uitleggen = False

    class Meta:
        verbose_name = _("Woordenlijst")
        verbose_name_plural = _("Woordenlijsten")

    def begrippen(self) -> list[Begrip]:
        begrippen = list(Begrip.objects.filter(locale_id=self.locale_id))
        begrippen.sort(key=lambda b: (b.woord.casefold(), b.woord))
        return begrippen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groepen: list[dict] = []
        for begrip in self.begrippen():
            letter = eerste_letter(begrip.woord)
            if not groepen or groepen[-1]["letter"] != letter:
                groepen.append({"letter": letter, "begrippen": []})
            groepen[-1]["begrippen"].append(begrip)
        context["groepen"] = groepen
        return context
