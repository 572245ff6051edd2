"""What the home page shows besides its own text: what is going on now.

A resident who opens the site wants three answers without searching: when is
the next café, how does the agenda stand, and what is the campaign about. The
pieces come from the agenda and campagnes apps; this module only gathers them
for one home page (one language tree), so the shell app does not need to know
how those apps store things. Each part is left out when its tree is missing,
for example in a language that has no translated agenda yet.
"""

from dataclasses import dataclass, field


@dataclass
class WatErSpeelt:
    cafes: list = field(default_factory=list)  # the next café, and any cancelled one before it
    cafe_index: object = None
    agenda: object = None  # agenda.samenvatting.Samenvatting
    poster: object = None
    cache_seconden: int | None = None  # how long this stays true (the next café may pass)

    @property
    def leeg(self):
        return not (self.cafes or self.cafe_index or self.agenda or self.poster)


def wat_er_speelt(home) -> WatErSpeelt:
    from agenda.samenvatting import samenvatting
    from campagnes import tijd
    from campagnes.models import CafeIndexPage, PosterPage

    uitkomst = WatErSpeelt(agenda=samenvatting(home))

    cafe_index = CafeIndexPage.objects.live().public().descendant_of(home).order_by("path").first()
    if cafe_index is not None:
        moment = tijd.nu()
        uitkomst.cafe_index = cafe_index
        for bijeenkomst in cafe_index.komende(moment)[:6]:
            uitkomst.cafes.append(bijeenkomst)
            if not bijeenkomst.is_afgelast:
                break
        uitkomst.cache_seconden = cafe_index.cache_seconden(moment)

    uitkomst.poster = (
        PosterPage.objects.live()
        .public()
        .descendant_of(home)
        .order_by("-first_published_at", "-pk")
        .first()
    )
    return uitkomst
