"""The two word lists as snippets in the admin, under "Fragmenten"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models.begrippen import Begrip, MoeilijkWoord


class BegripViewSet(SnippetViewSet):
    model = Begrip
    icon = "help"
    menu_label = _("Moeilijke woorden met uitleg")
    list_display = ["woord", "uitleg"]
    search_fields = ["woord", "uitleg"]
    ordering = ["woord"]


class MoeilijkWoordViewSet(SnippetViewSet):
    model = MoeilijkWoord
    icon = "warning"
    menu_label = _("Woorden om te vermijden")
    list_display = ["woord", "alternatief"]
    search_fields = ["woord", "alternatief"]
    ordering = ["woord"]
