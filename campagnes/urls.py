"""The calendar files of café pages: <page path>agenda.ics.

Wagtail only serves paths that end in a slash, so the .ics address of a page
gets its own route that finds the page the same way Wagtail does.
"""

from django.urls import re_path

from .views_ics import agenda_ics

urlpatterns = [
    re_path(r"^(?P<pad>(?:[\w\-]+/)*)agenda\.ics$", agenda_ics, name="campagnes_agenda_ics"),
]
