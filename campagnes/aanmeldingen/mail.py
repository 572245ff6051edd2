"""The mails to someone who signed up with an e-mail address.

Four kinds, one template pair (plain text and simple HTML):

- BEVESTIGING: right after signing up (a place, or the waiting list);
- DOORGESCHOVEN: a place came free and is theirs now;
- AFGELAST and VERPLAATST: the café changed (bij_wijziging.py).

Each mail is in the language of the page they signed up on, says who sends
it and why at the top, has the cancel link and the café's .ics attached (a
moved or cancelled café replaces the old event in their calendar: same UID,
higher SEQUENCE). A mail that cannot be sent is logged; the sign-up stands.
"""

import logging
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info, gettext

from .. import tijd
from ..kalender import kalender
from ..signalen import AFGELAST, VERPLAATST

logger = logging.getLogger(__name__)

BEVESTIGING = "bevestiging"
DOORGESCHOVEN = "doorgeschoven"
SOORTEN = (BEVESTIGING, DOORGESCHOVEN, AFGELAST, VERPLAATST)


def basis_url(cafe, request=None) -> str:
    """Scheme and host for the links: the request's, else the café's site."""
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    delen = cafe.get_url_parts()
    if delen is not None and delen[1]:
        return delen[1].rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def links(aanmelding, basis) -> dict:
    """The sign-up's own links, in its language (the URL prefix follows the language)."""
    with translation.override(aanmelding.taal):
        return {
            "aanmelding_url": basis + reverse("campagnes_aanmelding", args=[aanmelding.token]),
            "afmelden_url": basis + reverse("campagnes_afmelden", args=[aanmelding.token]),
            "cafe_url": basis + (aanmelding.cafe.get_url() or "/"),
        }


def _onderwerp(soort, aanmelding, cafe):
    titel = {"titel": cafe.title}
    if soort == BEVESTIGING and aanmelding.op_wachtlijst:
        return gettext("Je staat op de wachtlijst: %(titel)s") % titel
    if soort == BEVESTIGING:
        return gettext("Je bent aangemeld: %(titel)s") % titel
    if soort == DOORGESCHOVEN:
        return gettext("Er is een plaats voor je: %(titel)s") % titel
    if soort == AFGELAST:
        return gettext("Afgelast: %(titel)s") % titel
    return gettext("Verplaatst: %(titel)s") % titel


def bericht(soort, aanmelding, cafe=None, basis=None) -> EmailMultiAlternatives:
    """The mail, built in the sign-up's language. `cafe` is the page with the news."""
    cafe = cafe or aanmelding.cafe
    basis = basis or basis_url(aanmelding.cafe)
    with translation.override(aanmelding.taal):
        taal = translation.get_language()
        context = {
            "soort": soort,
            "aanmelding": aanmelding,
            "cafe": cafe,
            "wanneer": tijd.van_tot(cafe.start, cafe.eind),
            "locatie": cafe.locatie,
            "taal": taal,
            "richting": "rtl" if get_language_info(taal)["bidi"] else "ltr",
            "inhoud_taal": cafe.locale.language_code,
            "onderwerp": _onderwerp(soort, aanmelding, cafe),
            **links(aanmelding, basis),
        }
        tekst = render_to_string("campagnes/aanmelden/mail/bericht.txt", context)
        tekst = re.sub(r"\n{3,}", "\n\n", tekst).strip() + "\n"
        html = render_to_string("campagnes/aanmelden/mail/bericht.html", context)
        ics = kalender([cafe], None, naam=cafe.title).to_ical()
    mail = EmailMultiAlternatives(
        subject=context["onderwerp"],
        body=tekst,
        to=[aanmelding.email],
        headers={"Auto-Submitted": "auto-generated", "Content-Language": taal},
    )
    mail.attach_alternative(html, "text/html")
    mail.attach(f"{cafe.slug}.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")
    return mail


def stuur(soort, aanmeldingen, cafe=None, basis=None) -> list:
    """Send one mail to each sign-up with an address; returns those that were sent."""
    verstuurd = []
    met_adres = [a for a in aanmeldingen if a.email]
    if not met_adres:
        return verstuurd
    try:
        verbinding = get_connection()
        verbinding.open()
    except Exception:
        logger.exception("Geen verbinding met de mailserver voor %s-mails", soort)
        return verstuurd
    try:
        for aanmelding in met_adres:
            try:
                if verbinding.send_messages([bericht(soort, aanmelding, cafe=cafe, basis=basis)]):
                    verstuurd.append(aanmelding)
            except Exception:
                logger.exception("Mail (%s) aan aanmelding %s niet verstuurd", soort, aanmelding.pk)
    finally:
        verbinding.close()
    return verstuurd
