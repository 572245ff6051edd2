"""The shell's parts that many pages share, kept under the page-cache generation.

A page-cache miss (a logged-in editor, a filter combination, the first
visitor after a publish) used to rebuild the whole shell: the site lookup,
the route through the tree, the menu, the footer links and the language
switcher. Those are the same for every page of a language, or the same for
one page until the next publish. Here they are kept in the shared cache,
under the same generation as the page cache: a publish makes all of them
stale at once, as it does the pages, so nothing needs to know which save
touched what.

Off where the page cache is off (dev, tests) and for `make bench`'s cold
rows (`X-Bench-Geen-Cache: 1`): see `fragmentcache_aan`.
"""

from django.conf import settings
from django.core.cache import cache

from .paginacache import fragmentcache_aan, generatie

_ONTBREEKT = object()


def aan(request) -> bool:
    """On where the page cache is, never for a preview: that shows unsaved content."""
    if request is None or getattr(request, "is_preview", False):
        return False
    return fragmentcache_aan(request)


def generatie_voor(request) -> str:
    """One read of the generation per request, however many parts ask."""
    if not hasattr(request, "_schil_generatie"):
        request._schil_generatie = generatie()
    return request._schil_generatie


def sleutel(request, naam: str, *delen) -> str:
    return ":".join(["schil", generatie_voor(request), naam, *map(str, delen)])


def onthoud(request, naam: str, delen: tuple, maak):
    """`maak()`, or what it returned before for these parts in this generation.

    `maak` must return plain data (strings, numbers, lists, dicts): it is
    pickled into the shared cache and read by every instance.
    """
    if not aan(request):
        return maak()
    key = sleutel(request, naam, *delen)
    waarde = cache.get(key, _ONTBREEKT)
    if waarde is _ONTBREEKT:
        waarde = maak()
        cache.set(key, waarde, settings.PAGINACACHE_TTL)
    return waarde
