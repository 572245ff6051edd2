"""Template tags for the page shell: navigation, breadcrumbs, languages, footer.

Each tag costs a fixed, small number of queries, whatever the size of the
tree, so that the shell does not slow down as the ViP adds content.
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from inclusie.models import SiteInstellingen
from inclusie.productie import schilcache

register = template.Library()

TAALNAMEN = {"nl": "Nederlands", "en": "English", "ar": "العربية"}


def _huidige_locale_id(page=None):
    """Only the id: `page.locale` would cost a query on every page."""
    if page is not None and getattr(page, "locale_id", None):
        return page.locale_id
    try:
        return Locale.get_active().id
    except Locale.DoesNotExist:
        return Locale.get_default().id


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def taalrichting(context):
    """'rtl' for right-to-left languages such as Arabic, else 'ltr'."""
    taal = translation.get_language() or settings.LANGUAGE_CODE
    return "rtl" if taal.split("-")[0] in settings.RTL_LANGUAGES else "ltr"


@register.inclusion_tag("includes/hoofdmenu.html", takes_context=True)
def hoofdmenu(context):
    request = context.get("request")
    page = context.get("page")
    root = _site_root(request)
    if root is None:
        return {"home": None, "items": [], "request": request}
    locale_id = _huidige_locale_id(page)
    menu = schilcache.onthoud(
        request, "menu", (root.pk, locale_id), lambda: _menu_items(request, root, locale_id)
    )
    huidig_pad = page.path if page is not None else ""
    return {
        "home": menu["home"],
        "items": [
            {
                **item,
                # "page" for the page itself, "true" for the section it is in.
                "huidig": (
                    "page"
                    if item["pad"] == huidig_pad
                    else ("true" if huidig_pad.startswith(item["pad"]) else "")
                ),
            }
            for item in menu["items"]
        ],
        "request": request,
    }


def _menu_items(request, root, locale_id) -> dict:
    """The menu of one language as plain data: the same for every page of it."""
    home = root if root.locale_id == locale_id else root.get_translation_or_none(locale_id)
    home = home or root
    # Plain pages: the menu shows only a title and a URL, and building the
    # specific page objects cost more than the query.
    items = [(item, None) for item in home.get_children().live().in_menu()]
    if home.pk != root.pk:
        items = _met_nederlandse_secties(root, items)
    return {
        "home": {"url": home.get_url(request)},
        "items": [
            {"titel": item.title, "url": item.get_url(request), "pad": item.path, "taal": taal}
            for item, taal in items
        ],
    }


def _met_nederlandse_secties(bron_home, vertaalde_items):
    """The Dutch menu, with each section in the reader's language where it exists.

    Most of the site (the agenda, the café, the campaign) is written in Dutch
    and often never translated. Leaving those sections out of the English or
    Arabic menu would hide them; instead they stay in, marked as Dutch.
    """
    vertaald = {item.translation_key: (item, taal) for item, taal in vertaalde_items}
    bron_taal = bron_home.locale.language_code
    resultaat = []
    for bron in bron_home.get_children().live().in_menu():
        resultaat.append(vertaald.pop(bron.translation_key, None) or (bron, bron_taal))
    return resultaat + list(vertaald.values())


@register.inclusion_tag("includes/kruimelpad.html", takes_context=True)
def kruimelpad(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"kruimels": []}
    request = context.get("request")

    def zoek():
        return [
            {"titel": p.title, "url": p.get_url(request)}
            for p in page.get_ancestors().filter(depth__gt=1)
        ]

    site = getattr(request, "_wagtail_site", None) if request else None
    kruimels = schilcache.onthoud(request, "kruimels", (site.pk if site else "-", page.pk), zoek)
    return {"kruimels": kruimels, "page": page, "request": request}


def _live_vertalingen(request, page) -> dict:
    """{language code: URL} for every language the page is live in, itself included.

    The head (hreflang) and the language switcher both need it: one query per
    page, kept on the request and, between publishes, in the shell cache.
    """
    if page is None or not getattr(page, "translation_key", None) or page.pk is None:
        return {}
    bewaard = getattr(request, "_live_vertalingen", None) if request else None
    if bewaard is not None and bewaard[0] == page.pk:
        return bewaard[1]

    def zoek():
        return {
            vertaling.locale.language_code: vertaling.get_url(request)
            for vertaling in Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        }

    site = getattr(request, "_wagtail_site", None) if request else None
    vertalingen = schilcache.onthoud(request, "talen", (site.pk if site else "-", page.pk), zoek)
    if request is not None:
        request._live_vertalingen = (page.pk, vertalingen)
    return vertalingen


@register.simple_tag(takes_context=True)
def andere_talen_links(context):
    """<link rel="alternate" hreflang> for each translation, and x-default for Dutch.

    Search engines then show a reader the page in their own language, and
    the Dutch original to anyone else. Absolute URLs, as the standard asks.
    """
    request = context.get("request")
    vertalingen = _live_vertalingen(request, context.get("page"))
    if len(vertalingen) < 2 or request is None:
        return ""

    def volledig(url):
        # get_url is relative within the reader's site: the reader's own host then.
        return request.build_absolute_uri(url)

    paren = [
        (code, volledig(vertalingen[code]))
        for code, _naam in settings.LANGUAGES
        if code in vertalingen
    ]
    if settings.LANGUAGE_CODE in vertalingen:
        paren.append(("x-default", volledig(vertalingen[settings.LANGUAGE_CODE])))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', paren)


@register.inclusion_tag("includes/taalkeuze.html", takes_context=True)
def taalkeuze(context):
    """Link to every translation that exists; say plainly where none exists."""
    page = context.get("page")
    request = context.get("request")
    huidige_taal = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    vertalingen = _live_vertalingen(request, page)
    talen = []
    for code, naam in settings.LANGUAGES:
        url = vertalingen.get(code)
        if url is not None:
            pass
        elif page is None:
            url = _vertaalde_view_url(request, code)
        else:
            url = None
        talen.append(
            {
                "code": code,
                "naam": TAALNAMEN.get(code, naam),
                "huidig": code == huidige_taal,
                "url": url,
            }
        )
    return {"talen": talen, "huidige_taal": huidige_taal, "heeft_pagina": page is not None}


def _vertaalde_view_url(request, taalcode):
    """The same non-page view (such as search results) in another language.

    Only for named Django views: for an unknown path (a 404) there is no
    other language to offer, so the switcher then shows no links.
    """
    match = getattr(request, "resolver_match", None) if request else None
    if match is None or not match.url_name:
        return None
    url = translate_url(request.path, taalcode)
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return url


@register.inclusion_tag("includes/voettekst_links.html", takes_context=True)
def voettekst_links(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"links": []}
    locale_id = _huidige_locale_id(context.get("page"))
    links = schilcache.onthoud(
        request, "voettekst", (site.pk, locale_id), lambda: _voettekst(request, locale_id)
    )
    return {"links": links}


def _voettekst(request, locale_id) -> list[dict]:
    """The statement, contact, privacy and word-list links of one language (same on every page)."""
    instellingen = SiteInstellingen.for_request(request)
    gekozen = {
        "toegankelijkheid": instellingen.toegankelijkheid_id,
        "contact": instellingen.contact_id,
        "privacy": instellingen.privacy_id,
        "woordenlijst": instellingen.woordenlijst_id,
    }
    ids = [pk for pk in gekozen.values() if pk]
    # The chosen pages and their translations in one query.
    sleutels = Page.objects.filter(id__in=ids).values("translation_key")
    gevonden = list(
        Page.objects.live().filter(
            Q(id__in=ids) | Q(translation_key__in=sleutels, locale_id=locale_id)
        )
    )
    paginas = {p.id: p for p in gevonden if p.id in ids}
    vertaald = {p.translation_key: p for p in gevonden if p.locale_id == locale_id}
    links = []
    for pk in gekozen.values():
        origineel = paginas.get(pk)
        if origineel is None:
            continue
        doel = vertaald.get(origineel.translation_key)
        # Not translated yet: link to the original and say its language,
        # so a screen reader pronounces the Dutch title correctly.
        taal = None
        if doel is None:
            doel, taal = origineel, settings.LANGUAGE_CODE
        links.append({"titel": doel.title, "url": doel.get_url(request), "taal": taal})
    return links


@register.simple_tag
def in_taal(tekst, taal=None):
    """Wrap text that is not in the page's language in `lang`, or leave it as it is.

    A screen reader reads a Dutch café title on an English page with an
    English voice unless the element says otherwise (WCAG 3.1.2). A tag, not a
    filter: a template that is not given `taal` must still render, and Django
    refuses a missing variable as a filter's argument.
    """
    if not taal:
        return tekst
    return format_html('<span lang="{}">{}</span>', taal, tekst)


@register.filter
def bestandsgrootte(aantal_bytes):
    """Write a file size the Dutch way: '1,2 MB', '340 kB'."""
    try:
        aantal = int(aantal_bytes)
    except (TypeError, ValueError):
        return ""
    if aantal < 1024:
        return gettext("%(n)s bytes") % {"n": aantal}
    if aantal < 1024 * 1024:
        return f"{round(aantal / 1024)} kB"
    return f"{aantal / (1024 * 1024):.1f} MB".replace(".", ",")
