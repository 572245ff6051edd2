"""Full-page cache for anonymous visitors, per language, with a site-wide generation.

Why a generation instead of deleting keys: a page shows snippets, images, other
pages' teasers and site settings, so nobody can list which pages one save
touches. Every save of content bumps one number; every key contains it; old
entries are simply never read again and expire by TTL. The TTL is short
because some pages depend on the clock (the next café).

Never cached: logged-in users, anything but GET/HEAD, non-200 or non-HTML
responses, responses that set a cookie, use the CSRF token, change the session
or carry messages, and the paths in PAGINACACHE_UITGESLOTEN_PADEN.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control

GENERATIE_SLEUTEL = "paginacache:generatie"
BEWAAR_HEADERS = ("Content-Type", "Content-Language", "Vary", "Last-Modified", "ETag")
MAX_QUERY_LENGTE = 200


def generatie() -> str:
    waarde = cache.get(GENERATIE_SLEUTEL)
    if waarde is None:
        waarde = str(time.time_ns())
        cache.add(GENERATIE_SLEUTEL, waarde, None)
        waarde = cache.get(GENERATIE_SLEUTEL, waarde)
    return str(waarde)


def generatie_van(request) -> str:
    """The generation as this request first read it: one read, however many parts ask."""
    if not hasattr(request, "_generatie"):
        request._generatie = generatie()
    return request._generatie


def verhoog_generatie(**kwargs) -> None:
    """Make every cached page stale at once (a new number, never reused)."""
    cache.set(GENERATIE_SLEUTEL, str(time.time_ns()), None)


def sleutel(request, generatie_nummer: str) -> str:
    taal = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    ruw = f"{request.get_host()}|{taal}|{request.path}|{request.META.get('QUERY_STRING', '')}"
    return f"paginacache:{generatie_nummer}:{hashlib.sha256(ruw.encode()).hexdigest()}"


def fragmentcache_aan(request) -> bool:
    """May a view reuse a rendered fragment (keyed on `generatie()`)?

    For parts of pages that the page cache does not serve: a request with a
    query string it skips, a logged-in editor, or a page-cache miss. Same switch
    as the page cache (off in dev and tests). `make bench` measures cold pages
    with `X-Bench-Geen-Cache: 1` (skips this too) and fragment-warm pages with
    `X-Bench-Geen-Cache: pagina` (skips only the page cache).
    """
    if not settings.PAGINACACHE_AAN:
        return False
    return not (settings.BENCH and request.headers.get("X-Bench-Geen-Cache") == "1")


def _mag_lezen(request) -> bool:
    if not settings.PAGINACACHE_AAN:
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(tuple(settings.PAGINACACHE_UITGESLOTEN_PADEN)):
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTE:
        return False
    if request.COOKIES.get("messages"):
        return False
    if request.headers.get("X-Bench-Geen-Cache") and settings.BENCH:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _mag_bewaren(request, response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(w in cache_control for w in ("private", "no-cache", "no-store")):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    sessie = getattr(request, "session", None)
    if sessie is not None and sessie.modified:
        return False
    berichten = getattr(request, "_messages", None)
    if berichten is not None and getattr(berichten, "_queued_messages", None):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def bewaartijd(response) -> int:
    """The TTL, or less when the page says it changes sooner.

    The café pages set max-age to the moment the next café starts or ends; the
    "next café" must not stay on the page after that moment.
    """
    ttl = settings.PAGINACACHE_TTL
    max_age = get_max_age(response)
    if max_age is not None:
        ttl = max(0, min(ttl, max_age))
    return ttl


class PaginaCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _mag_lezen(request):
            return self.get_response(request)
        opgeslagen = cache.get(sleutel(request, generatie_van(request)))
        if opgeslagen is not None:
            inhoud, headers = opgeslagen
            response = HttpResponse(inhoud)
            for naam, waarde in headers.items():
                response[naam] = waarde
            response["X-Paginacache"] = "hit"
            return response

        response = self.get_response(request)
        if _mag_bewaren(request, response):
            headers = {n: response[n] for n in BEWAAR_HEADERS if response.has_header(n)}
            # The generation is read again: rendering may itself have saved content.
            cache.set(
                sleutel(request, generatie()),
                (response.content, headers),
                bewaartijd(response),
            )
            response["X-Paginacache"] = "miss"
            cdn = getattr(settings, "PAGINACACHE_CDN_MAX_AGE", 0)
            if cdn:
                patch_cache_control(response, public=True, max_age=0, s_maxage=cdn)
        return response


def _raakt_paginas(sender) -> bool:
    from wagtail.images.models import AbstractRendition

    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in settings.PAGINACACHE_APPS:
        return False
    if issubclass(sender, AbstractRendition):
        return False
    # Reader remarks and the like: no page shows them (settings or a class attribute).
    if meta.label_lower in getattr(settings, "PAGINACACHE_NEGEER", ()):
        return False
    return not getattr(sender, "paginacache_negeren", False)


def _bij_opslaan(sender, **kwargs):
    if kwargs.get("raw"):
        return
    if _raakt_paginas(sender):
        verhoog_generatie()


def koppel_signalen() -> None:
    """Called from AppConfig.ready(): generic, so new models need no code here."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_bij_opslaan, dispatch_uid="paginacache_post_save")
    post_delete.connect(_bij_opslaan, dispatch_uid="paginacache_post_delete")
    page_published.connect(verhoog_generatie, dispatch_uid="paginacache_published")
    page_unpublished.connect(verhoog_generatie, dispatch_uid="paginacache_unpublished")
    post_page_move.connect(verhoog_generatie, dispatch_uid="paginacache_moved")
