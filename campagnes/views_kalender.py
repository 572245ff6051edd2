"""Serve a café's or the café overview's calendar file."""

from django.http import Http404, HttpResponsePermanentRedirect
from wagtail.models import Page

from .models import BijeenkomstPage, CafeIndexPage
from .models.cafe import ICS_NAAM


def kalender_ics(request, pad):
    gevonden = Page.route_for_request(request, pad)
    if gevonden is None:
        raise Http404
    page = gevonden[0]
    # Only public, published pages: a calendar file must not leak a draft.
    if not isinstance(page, (BijeenkomstPage, CafeIndexPage)) or not page.live:
        raise Http404
    if page.get_view_restrictions().exists():
        raise Http404
    return page.kalender(request)


def oude_kalender_ics(request, pad):
    """The address before the rename (<page>agenda.ics): people subscribed to it."""
    nieuw = request.path[: -len("agenda.ics")] + ICS_NAAM
    if request.META.get("QUERY_STRING"):
        nieuw += "?" + request.META["QUERY_STRING"]
    return HttpResponsePermanentRedirect(nieuw)
