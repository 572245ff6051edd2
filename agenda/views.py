"""The public views of an agenda: overview, change view and review report."""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy
from taggit.models import Tag

from inclusie.productie.paginacache import MAX_QUERY_LENGTE, fragmentcache_aan, generatie

from .forms import FilterForm, PeriodeForm, VergelijkForm
from .kopregel import SYMBOOL_LATER, SYMBOOL_STIL
from .models.onderwerp import OnderwerpTag
from .models.referentie import Bespreking
from .monitor import (
    LANG_GEEN_NIEUWS,
    cijfers_op,
    filter_en_sorteer,
    laad_rijen,
    let_op,
    rapport_cijfers,
    trend,
    veranderingen,
    vergelijking,
)


def _tags_in_gebruik(agenda):
    return Tag.objects.filter(
        pk__in=OnderwerpTag.objects.filter(
            content_object__path__startswith=agenda.path,
            content_object__depth=agenda.depth + 1,
        ).values("tag_id")
    ).order_by("name")


def overzicht(request, agenda):
    sleutel = _overzicht_sleutel(request, agenda)
    inhoud = cache.get(sleutel) if sleutel else None
    if inhoud is None:
        inhoud = render_to_string(
            "agenda/_overzicht.html", _overzicht_context(request, agenda), request=request
        )
        if sleutel:
            cache.set(sleutel, inhoud, settings.PAGINACACHE_TTL)
    return agenda.render(request, context_overrides={"overzicht": inhoud})


def _overzicht_sleutel(request, agenda):
    """Key for the rendered totals, filters and rows; None when not to cache.

    The page cache misses every new filter combination and every logged-in
    visitor; this fragment is the same for all of them. The generation changes
    on every save of content, so a change shows at once. Today's date is in the
    key because the latest review is looked up relative to today.
    """
    query = request.META.get("QUERY_STRING", "")
    if not fragmentcache_aan(request) or len(query) > MAX_QUERY_LENGTE:
        return None
    keuzes = "&".join(f"{k}={v}" for k, v in sorted(request.GET.lists()))
    ruw = f"{agenda.pk}|{translation.get_language()}|{timezone.localdate()}|{keuzes}"
    return f"agenda-overzicht:{generatie()}:{hashlib.sha256(ruw.encode()).hexdigest()}"


def _overzicht_context(request, agenda):
    vandaag = timezone.localdate()
    rijen = laad_rijen(agenda)
    form = FilterForm(
        request.GET or None, locale_id=agenda.locale_id, tags=list(_tags_in_gebruik(agenda))
    )
    keuzes = form.keuzes()
    gekozen = filter_en_sorteer(rijen, op_datum=vandaag, **keuzes)
    besprekingen = sorted(Bespreking.objects.filter(datum__lte=vandaag), key=lambda b: b.datum)
    gefilterd = any(v for k, v in keuzes.items() if k != "sorteer")
    return {
        "page": agenda,
        "form": form,
        "rijen": gekozen,
        "regels": tabelregels(gekozen, agenda.url, vandaag),
        "gefilterd": gefilterd,
        "sorteer": keuzes["sorteer"],
        "cijfers": cijfers_op(rijen, vandaag),
        # One query for the reviews: the trend and "the last review" both read it.
        "trend": trend(rijen, besprekingen),
        "laatste_bespreking": besprekingen[-1] if besprekingen else None,
    }


LET_OP_LABELS = {
    "later": (SYMBOOL_LATER, gettext_lazy("Later dan gepland")),
    "stil": (SYMBOOL_STIL, gettext_lazy("Lang geen nieuws")),
}


def tabelregels(rijen, basis, op_datum):
    """The cells of the overview's table, resolved once in Python.

    58 rows of seven cells cost most of the page's render time when every cell
    is a template lookup through model attributes, filters and properties (the
    page URL alone is a tree walk per row). Here each value is computed once;
    the template only places them, and keeps all HTML and wording.
    """
    regels = []
    for rij in rijen:
        o, stand = rij.onderwerp, rij.stand
        regels.append(
            {
                "nummer": o.nummer,
                "url": f"{basis}{o.slug}/",
                "titel": o.title,
                "thema": o.thema.naam,
                "prioriteit": o.get_prioriteit_display(),
                "status": stand.status_label,
                "percentage": stand.percentage,
                "datum": stand.datum.isoformat() if stand.datum else "",
                "datum_tekst": date_format(stand.datum, "j F Y") if stand.datum else "",
                "let_op": [LET_OP_LABELS[punt] for punt in let_op(rij, op_datum)],
            }
        )
    return regels


def laatste_bespreking(op_datum=None):
    op_datum = op_datum or timezone.localdate()
    return Bespreking.objects.filter(datum__lte=op_datum).order_by("-datum").first()


def veranderd(request, agenda):
    bespreking = laatste_bespreking()
    form = PeriodeForm(request.GET or None, standaard_van=bespreking.datum if bespreking else None)
    if form.is_bound and not form.is_valid():
        van = tot = None
        lijst = []
    else:
        if not form.is_bound:
            van, tot = form.standaard_van, timezone.localdate()
        else:
            van, tot = form.cleaned_data["van"], form.cleaned_data["tot"]
        lijst = veranderingen(laad_rijen(agenda), van, tot)
    return agenda.render(
        request,
        template="agenda/veranderd.html",
        context_overrides={
            "form": form,
            "van": van,
            "tot": tot,
            "veranderingen": lijst,
            "bespreking": bespreking,
        },
    )


def rapport_context(agenda, bespreking_id=None) -> dict:
    """The report's content for today (no review given) or for the day of a review.

    Today is the default: months after a review the wethouder still wants to
    know how the agenda stands now. "Changed since" counts from the review
    before the chosen moment (for today: the latest review).
    """
    besprekingen = list(Bespreking.objects.order_by("-datum"))
    vandaag = timezone.localdate()
    if bespreking_id is None:
        bespreking = None
        peildatum = vandaag
        vorige = next((b for b in besprekingen if b.datum <= vandaag), None)
    else:
        bespreking = next((b for b in besprekingen if b.pk == bespreking_id), None)
        if bespreking is None:
            raise Http404
        peildatum = bespreking.datum
        vorige = next((b for b in besprekingen if b.datum < bespreking.datum), None)
    van = vorige.datum if vorige else datetime.date.min
    rijen = laad_rijen(agenda)
    cijfers = rapport_cijfers(rijen, van, peildatum)
    return {
        "trend": trend(rijen, [b for b in besprekingen if b.datum <= peildatum]),
        "bespreking": bespreking,
        "vorige": vorige,
        "besprekingen": besprekingen,
        "peildatum": peildatum,
        "is_vandaag": bespreking is None,
        "cijfers": cijfers.cijfers,
        "veranderingen": cijfers.veranderingen,
        "vastgelopen": cijfers.vastgelopen,
        "later": cijfers.later,
        "problemen": cijfers.problemen,
        "let_op_lichten": cijfers.let_op,
        "stil": cijfers.stil,
        "prioriteiten": cijfers.prioriteiten,
        "per_thema": cijfers.per_thema,
        "lang_geen_nieuws_maanden": LANG_GEEN_NIEUWS.days // 30,
    }


def rapport(request, agenda, bespreking_id):
    return agenda.render(
        request,
        template="agenda/rapport.html",
        context_overrides=rapport_context(agenda, bespreking_id),
    )


def vergelijk(request, agenda):
    """Compare two moments (today or reviews): what finished, got stuck, moved, lit up."""
    besprekingen = list(Bespreking.objects.order_by("-datum"))
    form = VergelijkForm(request.GET or None, besprekingen=besprekingen)
    resultaat = None
    momenten = None
    if not form.is_bound or form.is_valid():
        van, tot, *_sleutels = form.datums()
        resultaat = vergelijking(laad_rijen(agenda), van, tot)
        momenten = (van, tot)
    return agenda.render(
        request,
        template="agenda/vergelijk.html",
        context_overrides={"form": form, "vergelijking": resultaat, "momenten": momenten},
    )
