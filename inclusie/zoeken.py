"""Site search: full text in the reader's language, and topic numbers.

A reader who types "onderwerp 12" or "12" wants topic 12, not every page that
happens to contain the digits; so a number query first looks up pages whose
model has a `nummer` field. Which models those are is discovered, not listed,
so inclusie does not import agenda and a new numbered page type needs nothing
here. The type label per result comes from `zoek_soort` or the model's
verbose_name, for the same reason.
"""

import re
from functools import cache

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.models import Locale, Page, get_page_models

from .zoekstam import zoekvraag

PER_PAGINA = 10
MAX_VRAAG = 200
NUMMER_VRAAG = re.compile(
    r"^\s*(?:onderwerp|topic|nummer|nr\.?|no\.?)?\s*#?\s*(\d{1,4})\s*$", re.IGNORECASE
)


@cache
def modellen_met_nummer():
    """Page models that declare a `nummer` field, such as a numbered topic."""
    return tuple(
        model
        for model in get_page_models()
        if any(veld.name == "nummer" for veld in model._meta.concrete_fields)
    )


def zoek_op_nummer(vraag, locale):
    gevonden = NUMMER_VRAAG.match(vraag)
    if not gevonden:
        return []
    nummer = int(gevonden.group(1))
    treffers = []
    for model in modellen_met_nummer():
        treffers.extend(
            model.objects.live().public().filter(locale=locale, nummer=nummer).order_by("path")
        )
    return treffers


class Treffers:
    """Number matches first, then full-text matches, as one list to paginate.

    The full-text part stays lazy: the paginator asks for a count and one
    slice, so a page of results costs the same whatever the total.
    """

    def __init__(self, eerst, rest):
        self.eerst = list(eerst)
        self.rest = rest
        self._aantal = None

    def count(self):
        if self._aantal is None:
            self._aantal = len(self.eerst) + (self.rest.count() if self.rest is not None else 0)
        return self._aantal

    def __len__(self):
        return self.count()

    def __getitem__(self, deel):
        if not isinstance(deel, slice):
            return self[deel : deel + 1][0]
        start = deel.start or 0
        stop = deel.stop if deel.stop is not None else self.count()
        aantal_eerst = len(self.eerst)
        resultaat = self.eerst[start:stop]
        van, tot = max(0, start - aantal_eerst), max(0, stop - aantal_eerst)
        if self.rest is not None and tot > van:
            resultaat += list(self.rest[van:tot])
        return resultaat


def zoek(vraag, locale):
    nummer_treffers = zoek_op_nummer(vraag, locale)
    paginas = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    if nummer_treffers:
        paginas = paginas.exclude(id__in=[p.id for p in nummer_treffers])
    # Only words go to the full-text engine: quotes, brackets and AND/OR/NOT
    # mean syntax to SQLite's FTS5, and a reader never means them that way.
    woorden = zoekvraag(vraag, locale.language_code)
    return Treffers(nummer_treffers, paginas.search(woorden, operator="and") if woorden else None)


def specifiek(paginas):
    """The specific pages, in the same order: one query per page type."""
    ids = [p.id for p in paginas]
    per_id = {p.id: p for p in Page.objects.filter(id__in=ids).defer_streamfields().specific()}
    return [per_id[i] for i in ids if i in per_id]


def soort_van(page):
    return capfirst(str(getattr(page, "zoek_soort", None) or page._meta.verbose_name))


def zoeken(request):
    vraag = " ".join(request.GET.get("q", "").split())[:MAX_VRAAG]
    context = {"vraag": vraag, "resultaten": [], "pagina": None, "aantal": 0}
    if vraag:
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = Locale.get_default()
        paginator = Paginator(zoek(vraag, locale), PER_PAGINA)
        pagina = paginator.get_page(request.GET.get("pagina"))
        context["pagina"] = pagina
        context["aantal"] = paginator.count
        context["resultaten"] = [
            {
                "page": page,
                "titel": page.title,
                "url": page.get_url(request),
                "soort": soort_van(page),
                "kort": getattr(page, "in_het_kort", "") or page.search_description,
            }
            for page in specifiek(pagina.object_list)
        ]
        context["paginanummers"] = list(
            paginator.get_elided_page_range(pagina.number, on_each_side=2, on_ends=1)
        )
        context["ellips"] = paginator.ELLIPSIS
    context["titel"] = gettext("Zoeken")
    return render(request, "inclusie/zoeken.html", context)
