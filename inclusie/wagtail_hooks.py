"""Admin hooks of the site shell.

Each hook only wires up a view or setting that lives in its own module, so
other parts of `inclusie` can add theirs here without reading the rest.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .taalcheck import TaalRapportView


@hooks.register("register_admin_urls")
def taalrapport_urls():
    return [path("rapporten/taal/", TaalRapportView.as_view(), name="inclusie_taalrapport")]


@hooks.register("register_reports_menu_item")
def taalrapport_menu():
    return MenuItem(
        _("Taalcheck"),
        reverse("inclusie_taalrapport"),
        name="taalcheck",
        icon_name="doc-full",
        order=100,
    )
