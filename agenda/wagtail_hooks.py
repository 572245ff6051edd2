"""Admin wiring: the reference data as snippets, and the import screen."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .models import Bespreking, Fase, Thema, VerdragsArtikel

register_snippet(Thema)
register_snippet(Fase)
register_snippet(Bespreking)
register_snippet(VerdragsArtikel)


@hooks.register("register_admin_urls")
def import_urls():
    from .admin_views import ImportView

    return [path("onderwerpen/importeren/", ImportView.as_view(), name="agenda_importeren")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("agenda.import_onderwerpen")


@hooks.register("register_admin_menu_item")
def import_menu():
    return ImportMenuItem(
        _("Onderwerpen importeren"),
        reverse("agenda_importeren"),
        icon_name="upload",
        order=450,
    )
