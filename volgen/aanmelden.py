"""Signing up: store the address unconfirmed and mail the confirmation link.

Double opt-in: nothing but this one mail is sent before the reader clicks the
link in it and confirms on the page it opens. The link works for
VOLGEN_BEVESTIG_DAGEN days (counted from `aangemaakt_op`); after that the
daily task deletes the row.

Someone can type another person's address. So a second sign-up for the same
address and subject within `OPNIEUW_NA` sends no second mail, and an address
that already confirmed gets none at all. The reader sees the same page in
every case, so the page does not tell who follows what.

The row and the mail go together: the mail is sent inside the transaction
that stores the row, so when the mail server refuses, nothing is stored.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from . import links, onderwerpen
from .instellingen import bevestig_termijn
from .mail import maak_mail
from .models import Volger, nieuwe_sleutel

OPNIEUW_NA = timedelta(minutes=10)


def is_verlopen(volger, moment=None) -> bool:
    moment = moment or timezone.now()
    return not volger.is_bevestigd and volger.aangemaakt_op + bevestig_termijn() < moment


def meld_aan(*, email, volgt, onderwerp, taal, request) -> None:
    """Store or refresh the unconfirmed row and send the confirmation mail (may raise)."""
    nu = timezone.now()
    with transaction.atomic():
        volger = (
            Volger.objects.select_for_update()
            .filter(email=email, volgt=volgt, onderwerp=onderwerp)
            .first()
        )
        if volger is not None and (volger.is_bevestigd or volger.aangemaakt_op > nu - OPNIEUW_NA):
            return
        if volger is None:
            volger = Volger(email=email, volgt=volgt, onderwerp=onderwerp)
        # A new key and date: an older link for this row stops working.
        volger.sleutel = nieuwe_sleutel()
        volger.aangemaakt_op = nu
        volger.taal = taal
        try:
            with transaction.atomic():
                volger.save()
        except IntegrityError:
            return  # the same sign-up at the same moment: that one sends the mail
        stuur_bevestiging(volger, links.basis_url(request))


def stuur_bevestiging(volger, basis) -> None:
    with translation.override(volger.taal):
        wat = onderwerpen.naam(volger.volgt, onderwerpen.in_taal(volger.onderwerp, volger.taal))
        maak_mail(
            aan=volger.email,
            taal=volger.taal,
            onderwerp=gettext("Bevestig dat je wilt volgen: %(wat)s") % {"wat": wat},
            template="bevestigen",
            inhoud={
                "wat": wat,
                "bevestig_url": links.bevestig_link(volger, basis),
                "dagen": bevestig_termijn().days,
            },
            stop_url=links.stop_link(volger, basis),
        ).send()
