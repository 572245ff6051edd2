"""The public sign-up views: sign up, see your sign-up, cancel.

The café page is cached whole, so its form posts here: these views are
never cached and, like the feedback form, `csrf_exempt` (a cached page
cannot carry a per-visitor token). They change nothing that needs a login.
Abuse is held off by a honeypot, a rate limit per address
(`AANMELDEN_MAX_PER_MINUUT`) and a refusal of posts a browser marks as made
on another site (inclusie/herkomst.py).

A good sign-up redirects (303) to its own page, so reloading the
confirmation never signs up twice. Bad input shows the form again with
every answer kept, the errors at the fields and a summary at the top.
Whoever has the link (the token) may see and cancel that sign-up; the
links are only in the confirmation page and the mails.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from inclusie import tempo
from inclusie.herkomst import alleen_eigen_site

from .. import tijd
from ..models import Aanmelding, BijeenkomstPage
from . import mail, plaatsen
from .formulier import AanmeldFormulier

logger = logging.getLogger(__name__)

MAX_PER_MINUUT = 5


def te_vaak(request) -> bool:
    return tempo.te_vaak(
        request, "aanmelden", getattr(settings, "AANMELDEN_MAX_PER_MINUUT", MAX_PER_MINUUT)
    )


def _cafe(cafe_id):
    return get_object_or_404(
        BijeenkomstPage.objects.live().public().select_related("locatie", "locale"), pk=cafe_id
    )


def _waarom_dicht(cafe) -> str:
    if cafe.is_afgelast:
        return gettext("Dit café is afgelast. Aanmelden kan niet meer.")
    if cafe.is_voorbij():
        return gettext("Dit café is al geweest. Aanmelden kan niet meer.")
    return gettext("Dit café is al begonnen. Aanmelden kan niet meer. Je kunt gewoon binnenlopen.")


def _formulier(request, cafe, form, status=200, melding=""):
    return render(
        request,
        "campagnes/aanmelden/formulier_pagina.html",
        {
            "cafe": cafe,
            "form": form,
            "melding": melding,
            "open": cafe.aanmelden_open(),
            "waarom_dicht": "" if cafe.aanmelden_open() else _waarom_dicht(cafe),
            "vrij": plaatsen.vrije_plaatsen(cafe),
            "wanneer": tijd.van_tot(cafe.start, cafe.eind),
        },
        status=status,
    )


def _mail_na_afloop(soort, aanmeldingen, basis):
    """Send after the commit: a mail never announces a place that was rolled back."""
    if aanmeldingen:
        transaction.on_commit(lambda: mail.stuur(soort, aanmeldingen, basis=basis), robust=True)


@never_cache
@csrf_exempt
@alleen_eigen_site
@require_http_methods(["GET", "HEAD", "POST"])
def aanmelden(request, cafe_id):
    cafe = _cafe(cafe_id)
    taal = cafe.locale.language_code
    with translation.override(taal):
        if request.method != "POST":
            return _formulier(request, cafe, AanmeldFormulier())
        form = AanmeldFormulier(request.POST)
        if form.is_spam:
            return _formulier(request, cafe, form, 400, gettext("Je aanmelding is niet verstuurd."))
        if te_vaak(request):
            return _formulier(
                request,
                cafe,
                form,
                429,
                gettext(
                    "Er kwamen veel aanmeldingen kort na elkaar van jouw adres. "
                    "Wacht een minuut en probeer het opnieuw. Je antwoorden staan er nog."
                ),
            )
        if not cafe.aanmelden_open():
            return _formulier(request, cafe, form, 400, _waarom_dicht(cafe))
        if not form.is_valid():
            return _formulier(
                request,
                cafe,
                form,
                400,
                gettext("Je bent nog niet aangemeld. Kijk naar de fouten hieronder."),
            )
        try:
            aanmelding = plaatsen.meld_aan(cafe, form.cleaned_data, taal)
        except plaatsen.NietOpen:
            return _formulier(request, cafe, form, 400, _waarom_dicht(cafe))
        except plaatsen.AlAangemeld as dubbel:
            form.add_error(
                dubbel.veld,
                gettext("Je bent al aangemeld met dit e-mailadres.")
                if dubbel.veld == "email"
                else gettext("Je bent al aangemeld met dit telefoonnummer."),
            )
            return _formulier(
                request,
                cafe,
                form,
                400,
                gettext(
                    "Je bent al aangemeld voor dit café. Wil je iets veranderen? "
                    "Meld je dan af met de link in je bevestiging, en meld je opnieuw aan."
                ),
            )
        except DatabaseError:
            logger.exception("Aanmelding voor café %s kon niet worden opgeslagen", cafe.pk)
            return _formulier(
                request,
                cafe,
                form,
                503,
                gettext(
                    "Het opslaan lukte niet. Je bent nog niet aangemeld. "
                    "Probeer het over een paar minuten opnieuw. Je antwoorden staan er nog."
                ),
            )
        basis = mail.basis_url(cafe, request)
        _mail_na_afloop(mail.DOORGESCHOVEN, aanmelding.doorgeschoven, basis)
        _mail_na_afloop(mail.BEVESTIGING, [aanmelding], basis)
        antwoord = redirect("campagnes_aanmelding", aanmelding.token)
        antwoord.status_code = 303  # See Other: the confirmation is fetched with GET
        return antwoord


def _aanmelding(token):
    try:
        return Aanmelding.objects.select_related("cafe", "cafe__locatie", "cafe__locale").get(
            token=token
        )
    except Aanmelding.DoesNotExist:
        raise Http404 from None


def _toon(request, aanmelding, template, status=200, **extra):
    cafe = aanmelding.cafe
    return render(
        request,
        template,
        {
            "aanmelding": aanmelding,
            "cafe": cafe,
            "wanneer": tijd.van_tot(cafe.start, cafe.eind),
            "kan_afmelden": aanmelding.is_actief and not cafe.is_voorbij(),
            **extra,
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD"])
def aanmelding_bekijken(request, token):
    aanmelding = _aanmelding(token)
    with translation.override(aanmelding.taal):
        return _toon(request, aanmelding, "campagnes/aanmelden/aanmelding.html")


@never_cache
@csrf_exempt
@alleen_eigen_site
@require_http_methods(["GET", "HEAD", "POST"])
def afmelden(request, token):
    """GET asks "are you sure?", POST cancels: a mail scanner opening the link cancels nothing."""
    aanmelding = _aanmelding(token)
    with translation.override(aanmelding.taal):
        template = "campagnes/aanmelden/afmelden.html"
        if aanmelding.is_afgemeld:
            return _toon(request, aanmelding, template, afgemeld=True)
        if request.method != "POST":
            return _toon(request, aanmelding, template)
        if aanmelding.cafe.is_voorbij():
            return _toon(request, aanmelding, template, 400)
        try:
            doorgeschoven = plaatsen.meld_af(aanmelding)
        except DatabaseError:
            logger.exception("Afmelding %s kon niet worden opgeslagen", aanmelding.pk)
            return _toon(request, aanmelding, template, 503, storing=True)
        _mail_na_afloop(mail.DOORGESCHOVEN, doorgeschoven, mail.basis_url(aanmelding.cafe, request))
        return _toon(request, aanmelding, template, afgemeld=True, zojuist=True)
