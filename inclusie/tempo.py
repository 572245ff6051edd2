"""A per-address rate limit for the public forms (feedback, sign-up, follow).

Counted in the shared cache, so the limit holds across all instances. While
that cache is down, each process counts on its own: the limit then holds per
worker instead of site-wide, and the forms keep working (fail safe, not
fail closed).
"""

import time

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

from .productie.veilige_cache import cache_gestoord

LOKALE_TELLER = LocMemCache(
    "formulieren-noodteller", {"TIMEOUT": 120, "OPTIONS": {"MAX_ENTRIES": 5000}}
)


def _tel(teller, sleutel) -> int:
    teller.add(sleutel, 0, timeout=120)
    try:
        return teller.incr(sleutel)
    except ValueError:  # expired between add and incr, or the cache is down
        teller.set(sleutel, 1, timeout=120)
        return 1


def te_vaak(request, soort: str, max_per_minuut: int) -> bool:
    """Count this post; True if this address posted more than `max_per_minuut` this minute.

    `soort` keeps the forms apart: ten remarks do not block a sign-up.
    REMOTE_ADDR must be the client's address (a proxy in front sets it).
    """
    adres = request.META.get("REMOTE_ADDR") or "onbekend"
    sleutel = f"tempo:{soort}:{adres}:{int(time.time() // 60)}"
    aantal = _tel(cache, sleutel)
    if cache_gestoord():
        aantal = _tel(LOKALE_TELLER, sleutel)
    return aantal > max_per_minuut
