"""Admin wiring for the café and the campaigns."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem

from inclusie.beheer_start import BEHEER_TAKEN
from inclusie.dagelijks import DAGELIJKSE_TAAK
from inclusie.startpagina import STARTPAGINA_DEEL
from inclusie.zuiveren import ZUIVER_PAGINAS

from .aanmeldingen.opruimen import wis_oude_aanmeldingen
from .beheer_taken import campagne_taken
from .models import BijeenkomstPage, CafeIndexPage, PosterPage
from .models.campagne import SLOGAN_MAX_WOORDEN, slogan_woorden
from .startpagina import nieuwste_poster, volgende_cafe
from .zuiveren import paginas_met_campagnes


@hooks.register("register_admin_urls")
def plan_urls():
    from .aanmeldingen.beheer import AanmeldingenView, aanmeldingen_csv
    from .views import PlanCafesView

    return [
        path(
            "inclusiecafe/<int:index_id>/plannen/",
            PlanCafesView.as_view(),
            name="campagnes_plan_cafes",
        ),
        path(
            "inclusiecafe/cafe/<int:cafe_id>/aanmeldingen/",
            AanmeldingenView.as_view(),
            name="campagnes_aanmeldingen",
        ),
        path(
            "inclusiecafe/cafe/<int:cafe_id>/aanmeldingen.csv",
            aanmeldingen_csv,
            name="campagnes_aanmeldingen_csv",
        ),
    ]


class PlanKnop(MenuItem):
    def __init__(self, index):
        super().__init__(
            _("Plan de volgende cafés"),
            reverse("campagnes_plan_cafes", args=[index.pk]),
            icon_name="date",
            priority=16,
        )
        self.index = index

    def is_shown(self, user):
        return self.index.permissions_for_user(user).can_add_subpage()


def _cafe_index(page):
    """The café overview a page belongs to, looked up without loading the page."""
    if page.specific_class is CafeIndexPage:
        return page
    if page.specific_class is BijeenkomstPage:
        ouder = page.get_parent()
        if ouder.specific_class is CafeIndexPage:
            return ouder
    return None


class AanmeldingenKnop(MenuItem):
    """To the ViP's list of sign-ups, for whoever may edit the café."""

    def __init__(self, cafe):
        super().__init__(
            _("Aanmeldingen"),
            reverse("campagnes_aanmeldingen", args=[cafe.pk]),
            icon_name="group",
            priority=17,
        )
        self.cafe = cafe

    def is_shown(self, user):
        return self.cafe.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def plan_knop_in_de_kop(page, user, view_name=None, next_url=None):
    index = _cafe_index(page)
    if index is not None:
        yield PlanKnop(index)
    if page.specific_class is BijeenkomstPage:
        yield AanmeldingenKnop(page)


@hooks.register("register_page_listing_more_buttons")
def plan_knop_in_de_lijst(page, user, next_url=None):
    if page.specific_class is CafeIndexPage:
        yield PlanKnop(page)
    if page.specific_class is BijeenkomstPage:
        yield AanmeldingenKnop(page)


def _waarschuw_bij_lange_slogan(request, page):
    """A long slogan is allowed, but a poster works best when it is short."""
    if not isinstance(page, PosterPage):
        return
    aantal = slogan_woorden(page.slogan)
    if aantal > SLOGAN_MAX_WOORDEN:
        messages.warning(
            request,
            gettext(
                "Let op: de slogan heeft %(aantal)d woorden. Een poster werkt het best "
                "met hoogstens %(max)d woorden."
            )
            % {"aantal": aantal, "max": SLOGAN_MAX_WOORDEN},
        )


@hooks.register("after_create_page")
def slogan_na_aanmaken(request, page):
    _waarschuw_bij_lange_slogan(request, page)


@hooks.register("after_edit_page")
def slogan_na_bewerken(request, page):
    _waarschuw_bij_lange_slogan(request, page)


# The home page's "wat er speelt": the café first, the poster last (the agenda is 20).
hooks.register(STARTPAGINA_DEEL, volgende_cafe, order=10)
hooks.register(STARTPAGINA_DEEL, nieuwste_poster, order=30)
hooks.register(BEHEER_TAKEN, campagne_taken)
# The CDN purge: which pages show a change in this app.
hooks.register(ZUIVER_PAGINAS, paginas_met_campagnes)
# Sign-ups lose their personal data some days after the café.
hooks.register(DAGELIJKSE_TAAK, wis_oude_aanmeldingen)
