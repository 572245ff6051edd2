"""One mail to a follower: plain text plus simple HTML, with the headers to leave.

Every mail says at the top who sends it and why the reader gets it, and ends
with a link to stop. The headers `List-Unsubscribe` and
`List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058) let a mail
program offer "unsubscribe" itself: it posts to the stop link, which deletes
the address. Templates: templates/volgen/mail/<naam>.txt and .html.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext


def richting(taal: str) -> str:
    return "rtl" if taal in settings.RTL_LANGUAGES else "ltr"


def maak_mail(
    *, aan, taal, onderwerp, template, inhoud, stop_url, message_id=None
) -> EmailMultiAlternatives:
    """Build (not send) a mail in `taal`. Call it with `taal` active, so its words match."""
    with translation.override(taal):
        context = {
            **inhoud,
            "taal": taal,
            "richting": richting(taal),
            "stop_url": stop_url,
            "titel": onderwerp,
            "afzender": gettext("ViP Almere (Inclusie Agenda Almere)"),
        }
        tekst = render_to_string(f"volgen/mail/{template}.txt", context)
        html = render_to_string(f"volgen/mail/{template}.html", context)
    headers = {
        "List-Unsubscribe": f"<{stop_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
        "Content-Language": taal,
    }
    if message_id:
        headers["Message-ID"] = message_id
    mail = EmailMultiAlternatives(
        subject=onderwerp,
        body=tekst,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[aan],
        headers=headers,
    )
    mail.attach_alternative(html, "text/html")
    return mail
