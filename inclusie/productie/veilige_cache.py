"""A cache outage is not a site outage.

With Redis stopped, Django's RedisCache raises on every call, and every page
answered 500: the page cache, Wagtail's site lookup and the overview's
fragments all ask the cache first. These backends catch the failure, log it
once, and behave as an empty cache that stores nothing: pages are served
uncached, sessions and logins (in the database) keep working.

After a failure the backend leaves the server alone for `RUST_SECONDEN`, so a
dead Redis does not cost a timeout on every call; then it tries again, and the
site recovers by itself when Redis is back. `/gezond/` asks `cache_gestoord()`
and reports the cache as degraded while the database is fine.

The same holds for the file cache of a single server whose folder cannot be
written (disk full, wrong rights, a file in its place).
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RUST_SECONDEN = 5.0

# What a failed call returns: a miss, "not stored", nothing deleted.
STANDAARD = {
    "get": lambda *a, **k: k.get("default", a[1] if len(a) > 1 else None),
    "get_many": lambda *a, **k: {},
    "has_key": lambda *a, **k: False,
    "add": lambda *a, **k: False,
    "set": lambda *a, **k: None,
    "set_many": lambda *a, **k: list(a[0]) if a else [],
    "touch": lambda *a, **k: False,
    "delete": lambda *a, **k: False,
    "delete_many": lambda *a, **k: None,
    "clear": lambda *a, **k: None,
}


class _Storing:
    """When the last failure was, per process; shared by every cache alias."""

    def __init__(self):
        self._lock = threading.Lock()
        self.sinds = None  # time.monotonic() of the last failure, or None

    def meld(self, fout, naam):
        with self._lock:
            eerste = self.sinds is None
            self.sinds = time.monotonic()
        if eerste:
            logger.warning("Cache werkt niet (%s bij %s); de site werkt zonder cache.", fout, naam)

    def in_rust(self) -> bool:
        return self.sinds is not None and time.monotonic() - self.sinds < RUST_SECONDEN

    def hersteld(self):
        if self.sinds is not None:
            with self._lock:
                self.sinds = None
            logger.warning("Cache werkt weer.")


STORING = _Storing()


def cache_gestoord() -> bool:
    """Whether the cache failed in the last RUST_SECONDEN (this process)."""
    return STORING.in_rust()


def _veilig(naam, fouten):
    def omhul(methode):
        standaard = STANDAARD[naam]

        @functools.wraps(methode)
        def veilig(self, *args, **kwargs):
            if STORING.in_rust():
                return standaard(*args, **kwargs)
            try:
                uitkomst = methode(self, *args, **kwargs)
            except fouten as fout:
                STORING.meld(fout, naam)
                return standaard(*args, **kwargs)
            STORING.hersteld()
            return uitkomst

        return veilig

    return omhul


def _incr(fouten):
    def omhul(methode):
        @functools.wraps(methode)
        def veilig(self, key, delta=1, version=None):
            # A counter that cannot be stored counts as missing: the caller
            # handles ValueError already (a key that expired).
            if STORING.in_rust():
                raise ValueError("Cache werkt niet.")
            try:
                uitkomst = methode(self, key, delta, version)
            except fouten as fout:
                STORING.meld(fout, "incr")
                raise ValueError("Cache werkt niet.") from fout
            STORING.hersteld()
            return uitkomst

        return veilig

    return omhul


def _maak_veilig(basis, fouten):
    velden = {naam: _veilig(naam, fouten)(getattr(basis, naam)) for naam in STANDAARD}
    # BaseCache.decr calls incr, so it is covered too.
    velden["incr"] = _incr(fouten)(basis.incr)
    velden["__doc__"] = f"{basis.__name__} that serves as an empty cache while it fails."
    return velden


def _redis_fouten():
    from redis.exceptions import RedisError

    return (RedisError, OSError)


class VeiligeRedisCache(RedisCache):
    pass


for _naam, _methode in _maak_veilig(RedisCache, _redis_fouten()).items():
    setattr(VeiligeRedisCache, _naam, _methode)


class VeiligeBestandsCache(FileBasedCache):
    def __init__(self, dir, params):
        # Django makes the folder when the cache is first used in a process.
        try:
            super().__init__(dir, params)
        except OSError as fout:
            STORING.meld(fout, "de map maken")


for _naam, _methode in _maak_veilig(FileBasedCache, (OSError,)).items():
    setattr(VeiligeBestandsCache, _naam, _methode)
