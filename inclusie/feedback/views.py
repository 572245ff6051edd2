"""Receiving a reader's remark.

The form sits on every public page, and those pages are cached whole for
anonymous visitors. A per-visitor CSRF token in that HTML would be shared by
everyone (and then rejected), so this view is `csrf_exempt`. That is safe
here: the view changes nothing but adds an anonymous remark, it needs no
login or cookie, and abuse is limited instead by

- a honeypot field ("website") that people never see and robots fill in;
- length limits on every field (see ReactieForm);
- a rate limit of `MAX_PER_MINUUT` posts per minute per IP address, counted
  in the cache (REMOTE_ADDR; a proxy in front must set it to the client);
- a refusal of posts that the browser marks as made on another site
  (`Sec-Fetch-Site`, `Origin`: inclusie/herkomst.py).

A valid remark is stored before the thank-you is shown. If storing fails,
the reader gets an error page (status 503) with the text still in the form,
never a false thank-you.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .. import tempo
from ..herkomst import alleen_eigen_site
from .forms import ReactieForm
from .models import Reactie

logger = logging.getLogger(__name__)

MAX_PER_MINUUT = 5


def te_vaak(request) -> bool:
    return tempo.te_vaak(
        request, "feedback", getattr(settings, "FEEDBACK_MAX_PER_MINUUT", MAX_PER_MINUUT)
    )


def _wil_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _antwoord(request, form, pagina, status, melding, fouten=True):
    if _wil_json(request):
        return JsonResponse(
            {"ok": status == 200, "bericht": melding, "fouten": form.errors if fouten else {}},
            status=status,
        )
    return render(
        request,
        "inclusie/feedback/antwoord.html",
        {"form": form, "pagina": pagina, "melding": melding, "gelukt": status == 200},
        status=status,
    )


@csrf_exempt
@alleen_eigen_site
@require_POST
def reactie_geven(request):
    form = ReactieForm(request.POST)
    pagina = None
    try:
        pagina = Page.objects.live().select_related("locale").get(pk=int(request.POST["pagina"]))
    except (KeyError, ValueError, Page.DoesNotExist):
        pass
    taal = pagina.locale.language_code if pagina else translation.get_language()

    with translation.override(taal):
        if pagina is None:
            return _antwoord(
                request, form, None, 400, gettext("Wij weten niet over welke pagina dit gaat.")
            )
        if form.is_spam:
            return _antwoord(request, form, pagina, 400, gettext("Je reactie is niet verstuurd."))
        if te_vaak(request):
            return _antwoord(
                request,
                form,
                pagina,
                429,
                gettext(
                    "Je stuurde veel reacties kort na elkaar. "
                    "Wacht een minuut en probeer het opnieuw."
                ),
                fouten=False,
            )
        if not form.is_valid():
            return _antwoord(
                request,
                form,
                pagina,
                400,
                gettext("Je reactie is nog niet verstuurd. Kijk naar de fout."),
            )
        try:
            with transaction.atomic():
                Reactie.objects.create(
                    page=pagina,
                    pagina_titel=pagina.title[:255],
                    pagina_url=(pagina.url or "")[:500],
                    taal=taal,
                    duidelijk=form.cleaned_data["duidelijk"],
                    tekst=form.cleaned_data["tekst"],
                    email=form.cleaned_data["email"],
                )
        except DatabaseError:
            logger.exception("Reactie van een lezer kon niet worden opgeslagen")
            return _antwoord(
                request,
                form,
                pagina,
                503,
                gettext(
                    "Het opslaan lukte niet. Je reactie is niet verstuurd. "
                    "Probeer het over een paar minuten opnieuw."
                ),
                fouten=False,
            )
        return _antwoord(
            request, form, pagina, 200, gettext("Dank je wel. Wij lezen elke reactie.")
        )
