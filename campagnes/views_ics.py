"""Serve a café's or the café overview's calendar file."""

from django.http import Http404
from wagtail.models import Page

from .models import BijeenkomstPage, CafeIndexPage


def agenda_ics(request, pad):
    gevonden = Page.route_for_request(request, pad)
    if gevonden is None:
        raise Http404
    page = gevonden[0]
    # Only public, published pages: a calendar file must not leak a draft.
    if not isinstance(page, (BijeenkomstPage, CafeIndexPage)) or not page.live:
        raise Http404
    if page.get_view_restrictions().exists():
        raise Http404
    return page.agenda(request)
