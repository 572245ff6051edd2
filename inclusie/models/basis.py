"""The base of every page type: `InclusiePage`.

Every page type in the project inherits it, so that every page has the
required "In het kort" summary, can be marked as example content, follows the
roles' page rights and can say how long it stays true (`cache_seconden`).
A system check (inclusie.checks) refuses a page type that does not inherit it.
"""

from django.db import models
from django.http import HttpRequest
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from .. import rollen
from ..leesbaarheid.beheer import LeesbaarheidPanel
from ..leesbaarheid.uitleg import leg_uit_in_response
from ..leesbaarheid.validators import valideer_in_het_kort
from ..zoekstam import STAM_VELD, zoektekst_in_stammen


class InclusiePage(Page):
    """Base for every page type: the summary first, and an example marker."""

    in_het_kort = models.TextField(
        verbose_name=_("In het kort"),
        validators=[valideer_in_het_kort],
        help_text=_(
            "Twee tot vier korte zinnen. Zeg wat de lezer moet weten. "
            "Deze tekst staat bovenaan, direct onder de titel."
        ),
    )
    is_voorbeeld = models.BooleanField(
        default=False,
        verbose_name=_("Dit is voorbeeldinhoud"),
        help_text=_("Zet dit aan voor tekst die nog niet echt is. De lezer ziet dan een melding."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("in_het_kort"),
        index.SearchField(STAM_VELD),
    ]

    intro_panels = [
        FieldPanel("title", heading=_("Titel")),
        FieldPanel("in_het_kort"),
        LeesbaarheidPanel(),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("is_voorbeeld")]
    # Link the first use of each difficult word to the word list (leesbaarheid/uitleg.py).
    begrippen_uitleggen = True

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return rollen.PaginaRechten(user, self)

    def get_url_parts(self, request=None):
        """Absolute links name the host the reader used, not the Site record's.

        Wagtail builds `get_full_url` from the Site record's hostname and port.
        Under `make run` on another port, or behind a host name the record does
        not know, that link does not answer. Within a request for this site the
        reader's own scheme and host (checked against ALLOWED_HOSTS) are right;
        outside a request the Site record stays the configured base.
        """
        delen = super().get_url_parts(request)
        if delen is None or delen[1] is None or not isinstance(request, HttpRequest):
            return delen
        site_id, root_url, pad = delen
        huidige = Site.find_for_request(request)
        if huidige is not None and huidige.pk == site_id:
            root_url = f"{request.scheme}://{request.get_host()}"
        return site_id, root_url, pad

    def zoek_stammen(self) -> str:
        """All searchable text as word stems, so SQLite finds "stoep" in "stoepen"."""
        return zoektekst_in_stammen(self, self.locale.language_code)

    def cache_seconden(self, context) -> int | None:
        """How many seconds this page stays true, or None: until something is published.

        A page that shows a moment (the next café, "is al geweest") turns stale
        when that moment passes, without any edit. It says so here; `serve`
        turns it into max-age, for the page cache and for browsers alike.
        """
        return None

    @classmethod
    def voor_weergave(cls, queryset):
        """The query that loads this page to show it: add select_related here.

        Used when the route cache finds the page (productie/snelle_route.py),
        so what the template shows of related rows comes in the same query.
        """
        return queryset

    def get_view_restrictions(self):
        """None to look up when the route cache already knows the site has none.

        Wagtail checks the page and every ancestor (two queries) on every
        request; `productie/snelle_route.py` marks the page when no restriction
        exists anywhere on the site.
        """
        if getattr(self, "_geen_beperkingen", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.begrippen_uitleggen:
            leg_uit_in_response(response, self, request)
        context = getattr(response, "context_data", None)
        if context is not None:
            seconden = self.cache_seconden(context)
            if seconden is not None:
                patch_cache_control(response, max_age=seconden)
        return response
