"""The word lists from the database, loaded once per version and language.

Every public page looks for difficult words, and every editor keystroke (after
a pause) is checked against the words to avoid. Neither may cost a query per
request, so the lists live in the cache:

- the words are kept under a version of their own, which a save or delete of
  a `Begrip` or `MoeilijkWoord` bumps (`koppel_signalen`); saving a page does
  not, so editing pages never reloads the lists;
- where the word list page is (its path) is kept under the page cache's
  generation (`inclusie.productie.paginacache`), because moving or renaming a
  page changes it. The generation also bumps on a save of a `Begrip` (any
  model of this app), so cached pages are stale at the same moment.

A cold cache costs one query: the words of a language and the path of its word
list page come in one query. After a page was saved, one query finds the path
again, and only in a language that has words. The compiled regular expressions
are kept per process, keyed on the words themselves.
"""

import time
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_save
from django.utils.functional import lazy
from wagtail.models import Locale, Page

from ..models.begrippen import Begrip, MoeilijkWoord
from ..productie.paginacache import generatie
from .meting import MoeilijkeVorm, Woordenlijsten
from .woordvormen import BegripZoeker, als_hint, splits_vormen, vermijd_patroon

_hint_later = lazy(als_hint, str)
BEWAARTIJD = 24 * 60 * 60  # a new version makes it stale; this only frees memory
_WOORDENLIJST_PAGINA = {"app_label": "inclusie", "model": "woordenlijstpage"}


@dataclass(frozen=True)
class Uitleg:
    """One word to explain, as a public page links it."""

    sleutel: str  # the anchor's slug
    woord: str
    uitleg: str


@dataclass(frozen=True)
class Uitleglijst:
    """The words to explain in one language, and where their entries are."""

    zoeker: BegripZoeker
    uitleg: dict  # slug -> Uitleg
    pagina_pad: str | None  # url_path of the language's live word list page

    def __bool__(self) -> bool:
        return bool(self.zoeker) and self.pagina_pad is not None


VERSIE_SLEUTEL = "woordenlijsten:versie"


def versie() -> str:
    waarde = cache.get(VERSIE_SLEUTEL)
    if waarde is None:
        cache.add(VERSIE_SLEUTEL, str(time.time_ns()), None)
        waarde = cache.get(VERSIE_SLEUTEL, "0")
    return str(waarde)


def verhoog_versie(**kwargs) -> None:
    """A word was saved or deleted: every list is loaded again on the next request."""
    cache.set(VERSIE_SLEUTEL, str(time.time_ns()), None)


def koppel_signalen() -> None:
    """Called from AppConfig.ready()."""
    for model in (Begrip, MoeilijkWoord):
        naam = model._meta.model_name
        post_save.connect(verhoog_versie, sender=model, dispatch_uid=f"woordenlijst_{naam}_save")
        post_delete.connect(verhoog_versie, sender=model, dispatch_uid=f"woordenlijst_{naam}_del")


def _woordenlijst_paginas():
    return Page.objects.live().filter(
        content_type__app_label=_WOORDENLIJST_PAGINA["app_label"],
        content_type__model=_WOORDENLIJST_PAGINA["model"],
    )


def _begrippen_en_pad(locale_id) -> tuple[tuple, str | None]:
    """The words of a language as rows, and the path of its word list page."""
    rijen_sleutel = f"begrippen:{versie()}:{locale_id}"
    pad_sleutel = f"begrippen:pad:{generatie()}:{locale_id}"
    gevonden = cache.get_many([rijen_sleutel, pad_sleutel])
    rijen, pad = gevonden.get(rijen_sleutel), gevonden.get(pad_sleutel)
    if rijen is None:
        pagina = _woordenlijst_paginas().filter(locale_id=OuterRef("locale_id"))
        met_pad = list(
            Begrip.objects.filter(locale_id=locale_id)
            .annotate(pagina_pad=Subquery(pagina.order_by("path").values("url_path")[:1]))
            .order_by("pk")
            .values_list("slug", "woord", "vormen", "uitleg", "pagina_pad")
        )
        rijen = tuple(rij[:4] for rij in met_pad)
        pad = met_pad[0][4] if met_pad else ""
        cache.set_many({rijen_sleutel: rijen, pad_sleutel: pad or ""}, BEWAARTIJD)
    elif pad is None:
        pad = ""
        if rijen:
            pad = (
                _woordenlijst_paginas()
                .filter(locale_id=locale_id)
                .order_by("path")
                .values_list("url_path", flat=True)
                .first()
            ) or ""
        cache.set(pad_sleutel, pad, BEWAARTIJD)
    return rijen, pad or None


@lru_cache(maxsize=16)
def _uitleglijst(rijen: tuple, pad: str | None) -> Uitleglijst:
    zoeker = BegripZoeker(
        (slug, splits_vormen(f"{woord},{vormen}")) for slug, woord, vormen, _ in rijen
    )
    uitleg = {slug: Uitleg(slug, woord, tekst) for slug, woord, _, tekst in rijen}
    return Uitleglijst(zoeker=zoeker, uitleg=uitleg, pagina_pad=pad)


def uitleglijst(locale_id) -> Uitleglijst:
    """The words to explain of one language (0 queries when cached, at most 1 when not)."""
    return _uitleglijst(*_begrippen_en_pad(locale_id))


def _rijen_te_vermijden() -> tuple:
    sleutel = f"moeilijke-woorden:{versie()}"
    rijen = cache.get(sleutel)
    if rijen is None:
        rijen = tuple(
            (w.woord, w.tip, tuple(splits_vormen(w.alternatief)), tuple(w.alle_vormen()))
            for w in MoeilijkWoord.objects.all()
        )
        cache.set(sleutel, rijen, BEWAARTIJD)
    return rijen


@lru_cache(maxsize=16)
def _lijsten(te_vermijden: tuple, begrippen: tuple) -> Woordenlijsten:
    vormen = []
    for woord, tip, alternatieven, alle in te_vermijden:
        patroon = vermijd_patroon(alle)
        if patroon is not None:
            # Built when shown, so the advice is in the editor's language.
            hint = tip or _hint_later(list(alternatieven))
            vormen.append(MoeilijkeVorm(woord, hint, patroon))
    uitleg = _uitleglijst(begrippen, None)
    return Woordenlijsten(
        te_vermijden=tuple(vormen),
        begrippen=uitleg.zoeker,
        begrip_woorden={slug: u.woord for slug, u in uitleg.uitleg.items()},
    )


def _rijen_zonder_pad(locale_id) -> tuple:
    """The words of a language for the check, which needs no page path (and no query for it)."""
    rijen = cache.get(f"begrippen:{versie()}:{locale_id}")
    if rijen is None:
        rijen, _pad = _begrippen_en_pad(locale_id)
    return rijen


def voor_de_check(locale_id=None) -> Woordenlijsten:
    """The lists for the clear-language check: the redactie's words, and the words to explain.

    The check is a Dutch check, so the words to explain are the Dutch ones
    unless another language is asked for.
    """
    if locale_id is None:
        locale_id = _nederlandse_locale_id()
    begrippen = _rijen_zonder_pad(locale_id) if locale_id is not None else ()
    return _lijsten(_rijen_te_vermijden(), begrippen)


def _nederlandse_locale_id():
    sleutel = f"begrippen:locale:{settings.LANGUAGE_CODE}"
    locale_id = cache.get(sleutel)
    if locale_id is None:
        locale_id = (
            Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
            .values_list("pk", flat=True)
            .first()
        )
        if locale_id is not None:
            cache.set(sleutel, locale_id, BEWAARTIJD)
    return locale_id
