"""The calendar files of café pages: <page path>kalender.ics.

Wagtail only serves paths that end in a slash, so the .ics address of a page
gets its own route that finds the page the same way Wagtail does. The old
address, <page path>agenda.ics, redirects for good: calendar apps that
subscribed to it follow a 301 and keep their subscription.
"""

from django.urls import re_path

from .views_kalender import kalender_ics, oude_kalender_ics

PAD = r"^(?P<pad>(?:[\w\-]+/)*)"

urlpatterns = [
    re_path(PAD + r"kalender\.ics$", kalender_ics, name="campagnes_kalender_ics"),
    re_path(PAD + r"agenda\.ics$", oude_kalender_ics, name="campagnes_oude_kalender_ics"),
]
