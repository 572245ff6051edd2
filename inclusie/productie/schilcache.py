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

Each process also keeps what it read in its own memory. A page-cache miss
asks for about a dozen parts, and with the file cache each one is a file to
open, check and unpickle (about 1.5 ms of a topic page's 8 ms). The local copy is
safe to reuse because every key holds the generation, and the generation is
still read from the shared cache on every request: a publish on another
instance makes this process miss at once. The local copies of an older
generation are dropped as soon as a newer one is seen.
"""

import pickle
import time

from django.conf import settings
from django.core.cache import cache

from .paginacache import fragmentcache_aan, generatie_van

_ONTBREEKT = object()
# A bound on memory: the parts of one generation for all pages and languages
# of the demo are about 600; past this the process starts over.
MAX_LOKAAL = 5000


class _LokaleKopie:
    """This process's copies of the current generation, as pickles.

    Pickles rather than the objects: each request gets its own copy, as it
    does from the shared cache, so a caller that changes what it got (a page
    object, a list) cannot leak that into the next request.
    """

    def __init__(self):
        self.generatie = None
        self.kopieen: dict[str, tuple[float, bytes]] = {}

    def lees(self, generatie_nummer: str, key: str):
        if generatie_nummer != self.generatie:
            self.generatie = generatie_nummer
            self.kopieen = {}
            return _ONTBREEKT
        kopie = self.kopieen.get(key)
        if kopie is None or kopie[0] < time.monotonic():
            return _ONTBREEKT
        return pickle.loads(kopie[1])

    def bewaar(self, generatie_nummer: str, key: str, waarde) -> None:
        if generatie_nummer != self.generatie or len(self.kopieen) >= MAX_LOKAAL:
            self.generatie = generatie_nummer
            self.kopieen = {}
        verloopt = time.monotonic() + settings.PAGINACACHE_TTL
        self.kopieen[key] = (verloopt, pickle.dumps(waarde, pickle.HIGHEST_PROTOCOL))


LOKAAL = _LokaleKopie()


def aan(request) -> bool:
    """On where the page cache is, never for a preview: that shows unsaved content."""
    if request is None or getattr(request, "is_preview", False):
        return False
    return fragmentcache_aan(request)


def sleutel(request, naam: str, *delen) -> str:
    return ":".join(["schil", generatie_van(request), naam, *map(str, delen)])


def haal(request, key: str, standaard=None):
    """What the shared cache holds under `key` (made by `sleutel`), this process's copy first."""
    generatie_nummer = generatie_van(request)
    waarde = LOKAAL.lees(generatie_nummer, key)
    if waarde is _ONTBREEKT:
        waarde = cache.get(key, _ONTBREEKT)
        if waarde is _ONTBREEKT:
            return standaard
        LOKAAL.bewaar(generatie_nummer, key, waarde)
    return waarde


def onthoud(request, naam: str, delen: tuple, maak):
    """`maak()`, or what it returned before for these parts in this generation.

    `maak` must return plain data (strings, numbers, lists, dicts): it is
    pickled into the shared cache and read by every instance.
    """
    if not aan(request):
        return maak()
    key = sleutel(request, naam, *delen)
    waarde = haal(request, key, _ONTBREEKT)
    if waarde is _ONTBREEKT:
        waarde = maak()
        cache.set(key, waarde, settings.PAGINACACHE_TTL)
        LOKAAL.bewaar(generatie_van(request), key, waarde)
    return waarde
