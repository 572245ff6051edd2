"""Building blocks for demo content: find or make a page, publish, translate.

Every helper finds a page by its slug under its parent before it creates one,
so running `load_demo_content` twice updates pages instead of duplicating them.
"""

from wagtail.models import Locale, Page


def publiceer(page):
    """Save a revision and publish it, so the demo has a history like real pages."""
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def zet_kind(parent, model, slug, **velden):
    """Create or update the child `slug` of `parent` and publish it."""
    bestaand = parent.get_children().filter(slug=slug).first()
    if bestaand is not None:
        page = bestaand.specific
        if not isinstance(page, model):
            raise TypeError(f"Pagina {page.url_path} is geen {model.__name__}.")
        for naam, waarde in velden.items():
            setattr(page, naam, waarde)
        return publiceer(page)
    page = model(slug=slug, **velden)
    parent.add_child(instance=page)
    return publiceer(page)


def zet_vertaling(bron, taalcode, **velden):
    """Create or update the translation of `bron` in `taalcode` and publish it."""
    locale = Locale.objects.get(language_code=taalcode)
    vertaling = bron.get_translation_or_none(locale)
    if vertaling is None:
        _ruim_wees_op(bron, locale, velden.get("slug"))
        vertaling = bron.copy_for_translation(locale)
    vertaling = vertaling.specific
    for naam, waarde in velden.items():
        setattr(vertaling, naam, waarde)
    return publiceer(vertaling)


def _ruim_wees_op(bron, locale, slug):
    """Delete a translation whose Dutch page is gone, if it holds the slug we need.

    When the Dutch page was deleted and made again (as the demo does with an
    old accessibility page), its old translations stay behind under a new
    translation key, and the new translation could not take their slug.
    """
    if not slug:
        return
    ouder = bron.get_parent().get_translation_or_none(locale)
    if ouder is None:
        return
    wees = ouder.get_children().filter(slug=slug).first()
    if wees is None or wees.translation_key == bron.translation_key:
        return
    if not Page.objects.filter(translation_key=wees.translation_key, locale=bron.locale).exists():
        wees.delete()


def tekst(*alineas):
    """StreamField data for a few paragraphs of plain text."""
    return [("tekst", "".join(f"<p>{alinea}</p>" for alinea in alineas))]


def kop(tekst_van_kop, niveau="h2"):
    return ("kop", {"niveau": niveau, "tekst": tekst_van_kop, "anker": ""})
