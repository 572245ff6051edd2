"""Which pages show a café, a poster or a place: for the CDN purge (inclusie.zuiveren).

A café shows on its overview, in both calendar files and on the home page;
a topic's title shows on the cafés and posters that link to it.
"""

from wagtail.models import Page

from agenda.models import OnderwerpPage, Thema
from inclusie.zuiveren import startpaginas

from .models import BijeenkomstPage, CafeIndexPage, CampagnePage, Locatie, PosterPage


def paginas_met_campagnes(obj):
    if isinstance(obj, Page):
        obj = obj.specific_deferred
    if isinstance(obj, BijeenkomstPage | PosterPage):
        return [obj.get_parent(), *startpaginas()]
    if isinstance(obj, CafeIndexPage | CampagnePage):
        # Every café page repeats the overview's welcome text.
        return [*Page.objects.child_of(obj), *startpaginas()]
    if isinstance(obj, OnderwerpPage):
        sleutel = obj.translation_key
        return [
            *BijeenkomstPage.objects.filter(onderwerp_links__onderwerp__translation_key=sleutel),
            *PosterPage.objects.filter(onderwerp_links__onderwerp__translation_key=sleutel),
        ]
    if isinstance(obj, Thema):
        return list(
            BijeenkomstPage.objects.filter(agenda_themas__translation_key=obj.translation_key)
        )
    if isinstance(obj, Locatie):
        cafes = list(BijeenkomstPage.objects.filter(locatie=obj))
        return [*cafes, *(cafe.get_parent() for cafe in cafes), *startpaginas()]
    return None
