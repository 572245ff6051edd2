"""Tell the CDN to drop every URL that shows a change, in every language.

Wagtail's frontend cache purges only the page that was published. Here a new
progress step also shows on the agenda overview, the report, the change view,
the feed, CSV and JSON and the home page; a moved café on the café overview
and in both calendar files. Only the app that owns a page type knows which
other pages show it, so the shell offers a hook: an app registers a function
under `ZUIVER_PAGINAS` (in its wagtail_hooks.py) that gets the changed object
(a page, a snippet) and returns the pages that show it, or nothing.

The shell adds what it knows itself: the page itself, the sitemap, and the
whole site when the change shows in every page's frame (the menu, the footer,
the home page, a site setting, or a snippet no app claims). Each page counts
in all its languages, with the paths its `get_cached_paths` names (a calendar
file, the feed). The URLs are gathered at the change and sent in one batch after the
transaction commits, so the CDN fetches the new version and not the old one.

Nothing happens without a CDN (no WAGTAILFRONTENDCACHE). Query strings (a
filtered overview) cannot be purged one by one; the CDN keeps those for at
most CDN_MAX_AGE.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail import hooks
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, Site

ZUIVER_PAGINAS = "inclusie_zuiver_paginas"
# The apps whose snippets and settings show on public pages.
EIGEN_APPS = {"inclusie", "agenda", "campagnes"}


def cdn_aan() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def startpaginas():
    """Every language's home page: "wat er speelt" shows the agenda, the café and the poster."""
    from .models import HomePage

    return HomePage.objects.live()


def alle_paginas():
    return Page.objects.live().public().specific(defer=True)


def toont_overal(obj) -> bool:
    """Whether `obj` shows in the frame of every page: menu, footer, the site's name."""
    from .models import HomePage

    if isinstance(obj, BaseSiteSetting | BaseGenericSetting):
        return True
    if isinstance(obj, Page):
        return obj.show_in_menus or isinstance(obj.specific_deferred, HomePage)
    return False


def paginas_die_tonen(obj) -> list[Page] | None:
    """The pages that show `obj`, by the apps' hooks; None when the whole site does."""
    if toont_overal(obj):
        return None
    paginas = [obj] if isinstance(obj, Page) else []
    geclaimd = isinstance(obj, Page)
    for haak in hooks.get_hooks(ZUIVER_PAGINAS):
        gevonden = haak(obj)
        if gevonden is not None:
            geclaimd = True
            paginas.extend(gevonden)
    # A snippet no app knows: safer to purge everything than to leave it stale.
    return paginas if geclaimd else None


def in_alle_talen(paginas):
    sleutels = {p.translation_key for p in paginas}
    return Page.objects.live().public().filter(translation_key__in=sleutels).specific(defer=True)


def urls_voor(obj) -> set[str]:
    """Every absolute URL that shows `obj`, as the CDN knows it (the Site record's host)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    paginas = paginas_die_tonen(obj)
    batch = PurgeBatch()
    batch.add_pages(alle_paginas() if paginas is None else in_alle_talen(paginas))
    # The page itself may just have gone offline: its old URL still sits in the CDN.
    if isinstance(obj, Page):
        batch.add_page(obj)
    for site in Site.objects.all():
        batch.add_url(f"{site.root_url}/sitemap.xml")
    return batch.urls


def zuiver(obj) -> None:
    """Gather the URLs that show `obj` now; send them once the transaction commits.

    Gathered now, because after a delete the object's pages can no longer be
    found; sent later, because before the commit the CDN would fetch the old page.
    """
    if not cdn_aan():
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    urls = sorted(urls_voor(obj))
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def is_fragment(model) -> bool:
    """A snippet or setting of the project's own apps: something pages show."""
    from wagtail.snippets.models import get_snippet_models

    if model._meta.app_label not in EIGEN_APPS:
        return False
    return issubclass(model, BaseSiteSetting | BaseGenericSetting) or model in get_snippet_models()


def _bij_pagina(instance, **kwargs):
    zuiver(instance)


def _bij_fragment(sender, instance, **kwargs):
    if kwargs.get("raw") or not cdn_aan() or not is_fragment(sender):
        return
    zuiver(instance)


def koppel_signalen() -> None:
    """Called from AppConfig.ready(); each handler returns at once without a CDN."""
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(_bij_pagina, dispatch_uid="zuiveren_published")
    page_unpublished.connect(_bij_pagina, dispatch_uid="zuiveren_unpublished")
    post_save.connect(_bij_fragment, dispatch_uid="zuiveren_post_save")
    post_delete.connect(_bij_fragment, dispatch_uid="zuiveren_post_delete")
