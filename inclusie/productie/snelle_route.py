"""Finding the site and the page of a request in one query instead of eight.

Wagtail finds the site (one query), then walks the tree from the home page,
one slug at a time, loading each level twice (the plain and the specific
page), and checks view restrictions up the tree: for a topic page that is
eight queries before the page does anything itself. The outcome is the same
for every request to that address until something is published, so it is
kept under the page-cache generation (see schilcache.py):

- the Site record per host and port;
- per address: which page Wagtail's route found (its content type and id)
  and, for a RoutablePageMixin page such as the agenda, the sub-path that
  page resolves itself (/rapport/, /feed/), which costs no query;
- whether any page view restriction exists at all (almost never).

A hit takes the specific page from the same cache (as it was loaded fresh
from the database in this generation; the first hit loads it by id) and
hands it to Wagtail through the same request attributes Wagtail itself uses
(`_wagtail_site`, `_wagtail_route_for_request`), so Wagtail's serve view, its
hooks and the page's own serve() run exactly as before. A page that was
unpublished or deleted since falls back to the normal route.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from . import schilcache


def _site(request):
    """The request's Site from the shared cache, or looked up once and kept."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = schilcache.sleutel(request, "site", request.get_host(), request.get_port())
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            cache.set(key, site, _bewaartijd())
    request._wagtail_site = site
    return site


def _bewaartijd() -> int:
    return settings.PAGINACACHE_TTL


def _route_sleutel(request, site) -> str:
    return schilcache.sleutel(request, "route", site.pk, request.path_info)


def _laad_pagina(content_type_id, pk):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    queryset = model.objects.filter(pk=pk, live=True)
    if hasattr(model, "voor_weergave"):
        queryset = model.voor_weergave(queryset)
    return queryset.first()


def _route_uit_cache(request, site):
    gevonden = schilcache.haal(request, _route_sleutel(request, site))
    if gevonden is None:
        return None
    content_type_id, pk, subpad = gevonden
    # The page object itself, as loaded fresh from the database in this
    # generation: every save of any page makes a new generation.
    pagina = schilcache.onthoud(request, "pagina", (pk,), lambda: _laad_pagina(content_type_id, pk))
    if pagina is None:
        return None
    if subpad is None:
        return RouteResult(pagina)
    # A RoutablePageMixin page: resolving its own URL patterns costs no query.
    try:
        resolver_match = pagina.resolve_subpage(subpad)
    except Http404:
        return None
    request.routable_resolver_match = resolver_match
    view, args, kwargs = resolver_match
    return RouteResult(pagina, args=(view, args, kwargs))


def _te_bewaren(request, route):
    """(content type, id, sub-path or None) for a route Wagtail found, or None."""
    if not isinstance(route, RouteResult):
        return None
    pagina = route.page
    if not route.args and not route.kwargs:
        return (pagina.content_type_id, pagina.pk, None)
    if getattr(request, "routable_resolver_match", None) is None or route.kwargs:
        return None
    # The sub-path is what the request adds to the page's own address.
    eigen = pagina.get_url(request)
    if not eigen or not request.path.startswith(eigen):
        return None
    return (pagina.content_type_id, pagina.pk, "/" + request.path[len(eigen) :])


def beperkingen_bestaan(request) -> bool:
    """Is any page on the site restricted (password, login, group)? Usually not."""
    return schilcache.onthoud(
        request, "beperkingen", (), lambda: PageViewRestriction.objects.exists()
    )


class SnelleRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_snelle_route_bewaren", False) and response.status_code == 200:
            bewaren = _te_bewaren(request, getattr(request, "_wagtail_route_for_request", None))
            if bewaren is not None:
                cache.set(_route_sleutel(request, request._wagtail_site), bewaren, _bewaartijd())
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        if not schilcache.aan(request):
            return None
        site = _site(request)
        if site is None:
            return None
        route = _route_uit_cache(request, site)
        if route is not None:
            route.page._geen_beperkingen = not beperkingen_bestaan(request)
            request._wagtail_route_for_request = route
        else:
            request._snelle_route_bewaren = True
        return None
