"""Admin hooks of the site shell.

Each hook only wires up a view or setting that lives in its own module, so
other parts of `inclusie` can add theirs here without reading the rest.
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .beheer_start import BEHEER_TAKEN
from .leesbaarheid.beheer import LeesbaarheidRapportView


@hooks.register("register_admin_urls")
def taalrapport_urls():
    return [path("rapporten/taal/", LeesbaarheidRapportView.as_view(), name="inclusie_taalrapport")]


@hooks.register("register_reports_menu_item")
def taalrapport_menu():
    return MenuItem(
        _("Taalcheck"),
        reverse("inclusie_taalrapport"),
        name="taalcheck",
        icon_name="doc-full",
        order=100,
    )


@hooks.register("register_admin_viewset")
def reacties_inbox():
    from .feedback.beheer import ReactieViewSet

    return ReactieViewSet()


@hooks.register("register_admin_urls")
def reacties_per_pagina_urls():
    from .feedback.beheer import PerPaginaView

    return [
        path(
            "rapporten/reacties/",
            PerPaginaView.as_view(),
            name="inclusie_reacties_per_pagina",
        )
    ]


class _ReactiesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("inclusie.view_reactie")


@hooks.register("register_reports_menu_item")
def reacties_per_pagina_menu():
    return _ReactiesMenuItem(
        _("Reacties per pagina"),
        reverse("inclusie_reacties_per_pagina"),
        name="reacties-per-pagina",
        icon_name="mail",
        order=110,
    )


@hooks.register("construct_wagtail_userbar")
def toegankelijkheidscheck(request, items, page):
    from .toegankelijkheidscheck import vervang_checker

    vervang_checker(request, items, page)


@hooks.register("construct_homepage_panels")
def wat_wil_je_doen(request, panels):
    from .beheer_start import WatWilJeDoenPanel

    panels.insert(0, WatWilJeDoenPanel())


@hooks.register("insert_global_admin_css")
def beheer_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/beheer.css"))


@hooks.register(BEHEER_TAKEN)
def taken_van_de_schil(user):
    from .beheer_start import taken_van_de_schil

    return taken_van_de_schil(user)


@hooks.register("register_admin_viewset")
def woordenlijsten():
    from .leesbaarheid.snippets import BegripViewSet, MoeilijkWoordViewSet

    return [BegripViewSet(), MoeilijkWoordViewSet()]


@hooks.register("insert_editor_js")
def schrijfhulp_js():
    return format_html('<script src="{}" defer></script>', static("js/schrijfhulp.js"))


@hooks.register("insert_global_admin_js")
def beheer_toegankelijk_js():
    """Accessibility repairs where Wagtail falls short (issue 14205 and more): see the file.

    A file, not an inline script, for the admin's CSP; the Dutch texts travel
    in data attributes.
    """
    return format_html(
        '<script src="{}" data-minimap="{}" data-blok="{}" data-onderliggend="{}" defer></script>',
        static("js/beheer_toegankelijk.js"),
        _("Inhoud van dit formulier"),
        _("blok"),
        _("Onderliggende pagina's"),
    )


@hooks.register("register_admin_urls")
def schrijfhulp_urls():
    from .leesbaarheid.schrijfhulp import SchrijfhulpView

    return [path("schrijfhulp/", SchrijfhulpView.as_view(), name="inclusie_schrijfhulp")]
