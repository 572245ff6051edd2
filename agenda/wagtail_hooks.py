"""Wiring into Wagtail and the shell: snippets, the import screen, home page and admin jobs."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from inclusie.beheer_start import BEHEER_TAKEN
from inclusie.startpagina import STARTPAGINA_DEEL
from inclusie.zuiveren import ZUIVER_PAGINAS

from .beheer_taken import agenda_taken
from .models import Bespreking, Fase, Thema, VerdragsArtikel
from .samenvatting import startpagina_deel
from .zuiveren import paginas_met_agenda

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


# The home page's "wat er speelt": the café first, then the agenda, then the poster.
hooks.register(STARTPAGINA_DEEL, startpagina_deel, order=20)
hooks.register(BEHEER_TAKEN, agenda_taken)
# The CDN purge: which pages show a change in this app.
hooks.register(ZUIVER_PAGINAS, paginas_met_agenda)
