"""The café and the newest poster on the home page ("wat er speelt").

Registered in wagtail_hooks.py under the shell's hook; the shell only knows
that a part has a template and how long it stays true.
"""

from inclusie.startpagina import Deel

from . import tijd
from .models import CafeIndexPage, PosterPage

# How many coming cafés to look through for one that is not cancelled.
KOMENDE_BEKIJKEN = 6


def volgende_cafe(bronnen) -> Deel | None:
    """The next café, and any cancelled one before it (so nobody comes in vain)."""
    cafe_index, taal = bronnen.zoek(
        lambda onder: (
            CafeIndexPage.objects.live().public().descendant_of(onder).order_by("path").first()
        )
    )
    if cafe_index is None:
        return None
    moment = tijd.nu()
    cafes = []
    for bijeenkomst in cafe_index.komende(moment)[:KOMENDE_BEKIJKEN]:
        cafes.append(bijeenkomst)
        if not bijeenkomst.is_afgelast:
            break
    return Deel(
        template="campagnes/includes/startpagina_cafe.html",
        inhoud={"cafe_index": cafe_index, "cafes": cafes},
        taal=taal,
        cache_seconden=cafe_index.tot_volgende_wissel(moment),
    )


def nieuwste_poster(bronnen) -> Deel | None:
    poster, taal = bronnen.zoek(
        lambda onder: (
            PosterPage.objects.live()
            .public()
            .descendant_of(onder)
            .order_by("-first_published_at", "-pk")
            .first()
        )
    )
    if poster is None:
        return None
    return Deel(template="campagnes/includes/startpagina_poster.html", inhoud=poster, taal=taal)
