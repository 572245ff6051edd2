"""The calendar files of café pages: <page path>kalender.ics.

Wagtail only serves paths that end in a slash, so the .ics address of a page
gets its own route that finds the page the same way Wagtail does. The old
address, <page path>agenda.ics, redirects for good: calendar apps that
subscribed to it follow a 301 and keep their subscription.

The sign-up views (campagnes/aanmeldingen/views.py) live here too: the café
page is cached whole, so its form posts to a route of its own.
"""

from django.urls import path, re_path

from .aanmeldingen.views import aanmelden, aanmelding_bekijken, afmelden
from .views_kalender import kalender_ics, oude_kalender_ics

PAD = r"^(?P<pad>(?:[\w\-]+/)*)"

urlpatterns = [
    path("aanmelden/<int:cafe_id>/", aanmelden, name="campagnes_aanmelden"),
    path("aanmelding/<slug:token>/", aanmelding_bekijken, name="campagnes_aanmelding"),
    path("aanmelding/<slug:token>/afmelden/", afmelden, name="campagnes_afmelden"),
    re_path(PAD + r"kalender\.ics$", kalender_ics, name="campagnes_kalender_ics"),
    re_path(PAD + r"agenda\.ics$", oude_kalender_ics, name="campagnes_oude_kalender_ics"),
]
