"""The public pages of following: sign up, confirm, stop.

The follow forms sit on pages that are cached whole, so they carry no CSRF
token and the sign-up view is `csrf_exempt`. Like the feedback form it is
protected by a honeypot, a rate limit per IP address and a refusal of posts
that the browser marks as cross-site (inclusie/herkomst.py). Nothing here is
cached: every response is `never_cache`, and the links carry a key.

Why confirming and stopping need a button (a POST) and a link alone (a GET)
does nothing: mail scanners and link previews open every link in a mail.
If opening the link confirmed, a scanner would confirm an address that
somebody else typed in, and double opt-in would mean nothing; if opening the
stop link stopped, a scanner would unsubscribe people who never asked. So
the link opens a page, and the button on it does the work. Mail programs
that offer "unsubscribe" themselves post `List-Unsubscribe=One-Click` to the
same link (RFC 8058): that post stops at once, without a page.
"""

import logging
import smtplib

from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from inclusie import tempo
from inclusie.herkomst import alleen_eigen_site, van_andere_site

from . import aanmelden as opt_in
from . import onderwerpen
from .forms import VolgForm
from .instellingen import bevestig_termijn, max_per_minuut
from .knoppen import knop_inhoud
from .models import Onderwerp, Volger

logger = logging.getLogger(__name__)

ONE_CLICK = "One-Click"


def _keuze(volgt, onderwerp_pk):
    """(volgt, Dutch topic or None) for a known subject, else None."""
    if onderwerp_pk not in (None, ""):
        onderwerp = onderwerpen.bron_onderwerp(onderwerp_pk)
        return (Onderwerp.ONDERWERP, onderwerp) if onderwerp is not None else None
    if volgt in (Onderwerp.AGENDA, Onderwerp.CAFE):
        return (volgt, None)
    return None


def _formulierpagina(request, keuze, form, status=200, melding=""):
    volgt, onderwerp = keuze
    taal = translation.get_language()
    getoond = onderwerpen.in_taal(onderwerp, taal)
    return render(
        request,
        "volgen/aanmelden.html",
        {
            **knop_inhoud(volgt, getoond),
            "form": form,
            "melding": melding,
            "wat": onderwerpen.naam(volgt, getoond),
            "onderwerp_pagina": getoond,
            "dagen": bevestig_termijn().days,
        },
        status=status,
    )


def _onbekend(request):
    return render(
        request,
        "volgen/onbekend.html",
        {"melding": gettext("Wij weten niet wat je wilt volgen.")},
        status=400 if request.method == "POST" else 404,
    )


@never_cache
@csrf_exempt
@alleen_eigen_site
@require_http_methods(["GET", "POST"])
def aanmelden(request):
    if request.method == "GET":
        keuze = _keuze(request.GET.get("volgt"), request.GET.get("onderwerp"))
        if keuze is None:
            return _onbekend(request)
        return _formulierpagina(request, keuze, VolgForm())

    form = VolgForm(request.POST)
    keuze = _keuze(request.POST.get("volgt"), request.POST.get("onderwerp"))
    if keuze is None:
        return _onbekend(request)
    if form.is_spam:
        return _formulierpagina(
            request, keuze, VolgForm(), 400, gettext("Je aanmelding is niet verstuurd.")
        )
    if tempo.te_vaak(request, "volgen", max_per_minuut()):
        return _formulierpagina(
            request,
            keuze,
            form,
            429,
            gettext(
                "Je stuurde veel aanmeldingen kort na elkaar. "
                "Wacht een minuut en probeer het opnieuw."
            ),
        )
    if not form.is_valid():
        return _formulierpagina(
            request, keuze, form, 400, gettext("Je volgt dit nog niet. Kijk naar de fout.")
        )
    volgt, onderwerp = keuze
    email = form.cleaned_data["email"]
    try:
        opt_in.meld_aan(
            email=email,
            volgt=volgt,
            onderwerp=onderwerp,
            taal=translation.get_language(),
            request=request,
        )
    except (DatabaseError, smtplib.SMTPException, OSError):
        logger.exception("Aanmelding om te volgen kon niet worden verwerkt")
        return _formulierpagina(
            request,
            keuze,
            form,
            503,
            gettext(
                "Het versturen van de mail lukte niet. Er is niets bewaard. "
                "Probeer het over een paar minuten opnieuw."
            ),
        )
    getoond = onderwerpen.in_taal(onderwerp, translation.get_language())
    return render(
        request,
        "volgen/mail_gestuurd.html",
        {
            "email": email,
            "wat": onderwerpen.naam(volgt, getoond),
            "dagen": bevestig_termijn().days,
            "minuten": int(opt_in.OPNIEUW_NA.total_seconds() // 60),
        },
    )


def _volger(sleutel):
    return Volger.objects.select_related("onderwerp").filter(sleutel=sleutel).first()


def _wat(volger):
    return onderwerpen.naam(
        volger.volgt, onderwerpen.in_taal(volger.onderwerp, translation.get_language())
    )


def _volgpagina_url(volger):
    """Where to ask for a new link: the follow page of the same subject."""
    if volger.onderwerp_id:
        return f"{reverse('volgen:aanmelden')}?onderwerp={volger.onderwerp_id}"
    return f"{reverse('volgen:aanmelden')}?volgt={volger.volgt}"


@never_cache
@csrf_exempt
@alleen_eigen_site
@require_http_methods(["GET", "POST"])
def bevestigen(request, sleutel):
    volger = _volger(sleutel)
    context = {"dagen": bevestig_termijn().days}
    if volger is None:
        return render(
            request, "volgen/bevestigen.html", {**context, "stand": "onbekend"}, status=404
        )
    context |= {"volger": volger, "wat": _wat(volger), "opnieuw_url": _volgpagina_url(volger)}
    if volger.is_bevestigd:
        return render(request, "volgen/bevestigen.html", {**context, "stand": "al_bevestigd"})
    if opt_in.is_verlopen(volger):
        return render(
            request, "volgen/bevestigen.html", {**context, "stand": "verlopen"}, status=410
        )
    if request.method == "GET":
        return render(request, "volgen/bevestigen.html", {**context, "stand": "vraag"})
    # Only an unconfirmed row is updated: two clicks at once confirm once.
    Volger.objects.filter(pk=volger.pk, bevestigd_op__isnull=True).update(
        bevestigd_op=timezone.now()
    )
    return render(request, "volgen/bevestigen.html", {**context, "stand": "bevestigd"})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def stoppen(request, sleutel):
    """Stop one subject, or everything. The one-click post (RFC 8058) deletes the whole address."""
    one_click = request.POST.get("List-Unsubscribe") == ONE_CLICK
    if request.method == "POST" and not one_click and van_andere_site(request):
        return HttpResponse(
            gettext("Dit formulier kan alleen vanaf deze website worden verstuurd."),
            status=403,
            content_type="text/plain; charset=utf-8",
        )
    volger = _volger(sleutel)
    if volger is None:
        # Already gone: for a mail program's post that is success (RFC 8058).
        status = 200 if one_click else 404
        return render(request, "volgen/stoppen.html", {"stand": "onbekend"}, status=status)
    alle = Volger.objects.filter(email=volger.email)
    context = {
        "volger": volger,
        "wat": _wat(volger),
        "aantal": alle.count(),
        # From "Stop met alle mails" in a digest: only the button for everything.
        "alles": request.GET.get("alles") == "1",
    }
    if request.method == "GET":
        return render(request, "volgen/stoppen.html", {**context, "stand": "vraag"})
    if one_click or request.POST.get("wat") == "alles":
        alle.delete()
        return render(request, "volgen/stoppen.html", {**context, "stand": "alles_gewist"})
    volger.delete()
    rest = alle.exists()
    return render(
        request,
        "volgen/stoppen.html",
        {**context, "stand": "gestopt" if rest else "alles_gewist"},
    )
