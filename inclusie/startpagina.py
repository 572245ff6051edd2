"""What the home page shows besides its own text: what is going on now.

A resident who opens the site wants three answers without searching: when is
the next café, how does the agenda stand, and what is the campaign about. The
pieces come from the agenda and campagnes apps; this module only gathers them
for one home page (one language tree), so the shell app does not need to know
how those apps store things.

The agenda, the cafés and the posters are written in Dutch first and often
never translated. A reader of the English or Arabic home page should still
find them, so a part missing from the reader's tree is taken from the Dutch
tree, and marked with its language: the template says the pages are in Dutch
and marks the Dutch texts, so that a screen reader pronounces them in Dutch.
A part is only left out when the Dutch tree lacks it too.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant


@dataclass
class WatErSpeelt:
    cafes: list = field(default_factory=list)  # the next café, and any cancelled one before it
    cafe_index: object = None
    agenda: object = None  # agenda.samenvatting.Samenvatting
    poster: object = None
    cache_seconden: int | None = None  # how long this stays true (the next café may pass)
    # The language of a part taken from the Dutch tree; None when it is in the reader's language.
    cafe_taal: str | None = None
    agenda_taal: str | None = None
    poster_taal: str | None = None

    @property
    def leeg(self):
        return not (self.cafes or self.cafe_index or self.agenda or self.poster)


class _Bronnen:
    """The reader's home page first, then (looked up only when needed) the Dutch one."""

    def __init__(self, home):
        self.home = home
        self.taal = get_supported_content_language_variant(settings.LANGUAGE_CODE)

    @cached_property
    def bron(self):
        """None on the Dutch home page itself: there is nothing to fall back to."""
        from .models import HomePage

        return (
            HomePage.objects.live()
            .filter(translation_key=self.home.translation_key, locale__language_code=self.taal)
            .exclude(pk=self.home.pk)
            .first()
        )

    def zoek(self, vind):
        """`vind(home)` in the reader's tree, else in the Dutch tree: (result, language or None)."""
        gevonden = vind(self.home)
        if gevonden is None and self.bron is not None:
            gevonden = vind(self.bron)
            return gevonden, (self.taal if gevonden is not None else None)
        return gevonden, None


def wat_er_speelt(home) -> WatErSpeelt:
    from agenda.samenvatting import samenvatting
    from campagnes import tijd
    from campagnes.models import CafeIndexPage, PosterPage

    bronnen = _Bronnen(home)
    uitkomst = WatErSpeelt()
    uitkomst.agenda, uitkomst.agenda_taal = bronnen.zoek(samenvatting)

    cafe_index, uitkomst.cafe_taal = bronnen.zoek(
        lambda onder: (
            CafeIndexPage.objects.live().public().descendant_of(onder).order_by("path").first()
        )
    )
    if cafe_index is not None:
        moment = tijd.nu()
        uitkomst.cafe_index = cafe_index
        for bijeenkomst in cafe_index.komende(moment)[:6]:
            uitkomst.cafes.append(bijeenkomst)
            if not bijeenkomst.is_afgelast:
                break
        uitkomst.cache_seconden = cafe_index.cache_seconden(moment)

    uitkomst.poster, uitkomst.poster_taal = bronnen.zoek(
        lambda onder: (
            PosterPage.objects.live()
            .public()
            .descendant_of(onder)
            .order_by("-first_published_at", "-pk")
            .first()
        )
    )
    return uitkomst
