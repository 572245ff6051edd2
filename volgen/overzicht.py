"""The daily digest: one mail per address per day, with the new steps per topic.

What goes in a mail is computed, never queued: the published steps
(GepubliceerdeStap, within the last VOLGEN_TERUG_DAGEN days, of live public
Dutch topics) that are newer than the follower's confirmation and not yet
recorded as sent to that follower (Verzonden). Following the whole agenda
means every topic. An address that follows several things gets one mail;
an address that already got a digest today gets none until tomorrow.

Why this is idempotent, also after a crash halfway:

- Per address, the Verzonden rows are inserted and the mail is sent inside
  one transaction; the transaction commits only after the mail server took
  the mail. A mail that fails (the server refuses, the run is killed before
  sending) rolls its rows back, so the next run sends those steps again:
  nothing is lost.
- A mail that went out is committed with its rows, so the next run finds
  the steps recorded and the address served today: nothing is sent twice.
  The unique (volger, stap) pair also stops a second run that overlaps in
  time: its insert fails and it sends nothing.
- The one window left is a crash after the mail server accepted the mail and
  before the commit (milliseconds). Then that one mail goes again the next
  run; it carries the same Message-ID, which most mail services use to drop
  the copy. We chose this over marking first and sending after, which loses
  a mail for good in the same window.

Queries: a fixed number for all addresses and topics together, plus one
insert (and its savepoint) per mail sent.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, time
from itertools import groupby
from urllib.parse import urlsplit

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale

from agenda.models import OnderwerpPage
from agenda.models.status import Status

from . import links, onderwerpen
from .instellingen import terug_termijn
from .mail import maak_mail
from .models import GepubliceerdeStap, Onderwerp, Verzonden, Volger
from .stappen import zie_nieuwe_stappen

logger = logging.getLogger(__name__)

MAX_ZIN = 160


def eerste_zin(tekst: str) -> str:
    """The first sentence of a step's text, at most MAX_ZIN characters."""
    tekst = " ".join((tekst or "").split())
    for teken in ".!?":
        plek = tekst.find(teken + " ")
        if 0 < plek < MAX_ZIN:
            tekst = tekst[: plek + 1]
    if len(tekst) > MAX_ZIN:
        tekst = tekst[:MAX_ZIN].rsplit(" ", 1)[0] + " …"
    return tekst


@dataclass
class Regel:
    """One step, as one short sentence."""

    datum: object
    status: str
    procent: int
    zin: str
    taal: str | None  # the language of `zin` when it is not the mail's (a Dutch fallback)


@dataclass
class Blok:
    """One topic in the mail, with its new steps."""

    nummer: int
    titel: str
    url: str
    taal: str | None
    regels: list[Regel] = field(default_factory=list)


class Overzicht:
    """Everything one run needs, loaded in a fixed number of queries."""

    def __init__(self, moment):
        self.moment = moment
        self.bron = Locale.get_default()
        begin_dag = timezone.make_aware(datetime.combine(timezone.localdate(moment), time.min))
        al_vandaag = Verzonden.objects.filter(verzonden_op__gte=begin_dag).values("volger__email")
        self.volgers = list(
            Volger.objects.filter(
                bevestigd_op__isnull=False, volgt__in=[Onderwerp.ONDERWERP, Onderwerp.AGENDA]
            )
            .exclude(email__in=al_vandaag)
            .select_related("onderwerp", "onderwerp__locale")
            .order_by("email", "pk")
        )
        self.stappen = self._stappen() if self.volgers else []
        self.vertalingen = self._vertalingen() if self.stappen else {}
        self.al_verzonden = self._al_verzonden() if self.stappen else set()

    def _stappen(self):
        vanaf = max(min(v.bevestigd_op for v in self.volgers), self.moment - terug_termijn())
        publiek = OnderwerpPage.objects.live().public().filter(locale=self.bron).values("pk")
        return list(
            GepubliceerdeStap.objects.filter(
                gepubliceerd_op__gt=vanaf,
                gepubliceerd_op__lte=self.moment,
                stap__onderwerp_id__in=publiek,
            )
            .select_related("stap__onderwerp__locale")
            .order_by("stap__onderwerp__nummer", "stap__datum", "stap__pk")
        )

    def _vertalingen(self):
        """(translation_key, language) -> the live translation of a topic, with its steps."""
        talen = {v.taal for v in self.volgers} - {self.bron.language_code}
        sleutels = {g.stap.onderwerp.translation_key for g in self.stappen} | {
            v.onderwerp.translation_key for v in self.volgers if v.onderwerp_id
        }
        if not talen:
            return {}
        paginas = (
            OnderwerpPage.objects.live()
            .public()
            .filter(translation_key__in=sleutels, locale__language_code__in=talen)
            .select_related("locale")
            .prefetch_related("voortgang")
        )
        return {(p.translation_key, p.locale.language_code): p for p in paginas}

    def _al_verzonden(self):
        return set(
            Verzonden.objects.filter(
                volger_id__in=[v.pk for v in self.volgers],
                stap_id__in=[g.stap_id for g in self.stappen],
            ).values_list("volger_id", "stap_id")
        )

    def getoond(self, onderwerp, taal):
        return self.vertalingen.get((onderwerp.translation_key, taal), onderwerp)

    def per_adres(self):
        """(email, rows, {published step: rows it is new for}) for each address with news."""
        for email, rijen in groupby(self.volgers, key=lambda v: v.email):
            rijen = list(rijen)
            nieuw = {}
            for gepubliceerd in self.stappen:
                voor = [
                    rij
                    for rij in rijen
                    if gepubliceerd.gepubliceerd_op > rij.bevestigd_op
                    and (
                        rij.volgt == Onderwerp.AGENDA
                        or rij.onderwerp_id == gepubliceerd.stap.onderwerp_id
                    )
                    and (rij.pk, gepubliceerd.stap_id) not in self.al_verzonden
                ]
                if voor:
                    nieuw[gepubliceerd] = voor
            if nieuw:
                yield email, rijen, nieuw


def _regel(stap, getoond, taal) -> Regel:
    tekst, tekst_taal = stap.wat_gebeurd, stap.onderwerp.locale.language_code
    if getoond.pk != stap.onderwerp_id:
        gelijk = [
            s
            for s in getoond.voortgang.all()
            if s.datum == stap.datum and s.sort_order == stap.sort_order
        ]
        if gelijk:
            tekst, tekst_taal = gelijk[0].wat_gebeurd, taal
    return Regel(
        datum=stap.datum,
        status=Status(stap.status).label,
        procent=stap.percentage,
        zin=eerste_zin(tekst),
        taal=None if tekst_taal == taal else tekst_taal,
    )


def _blokken(overzicht, nieuw, taal):
    blokken = {}
    for gepubliceerd in nieuw:
        stap = gepubliceerd.stap
        onderwerp = stap.onderwerp
        blok = blokken.get(onderwerp.pk)
        if blok is None:
            getoond = overzicht.getoond(onderwerp, taal)
            blok = blokken[onderwerp.pk] = Blok(
                nummer=onderwerp.nummer,
                titel=getoond.title,
                url=(getoond.get_full_url() or "") + "#voortgang",
                taal=None if getoond.locale.language_code == taal else getoond.locale.language_code,
            )
        blok.regels.append(_regel(stap, overzicht.getoond(onderwerp, taal), taal))
    return sorted(blokken.values(), key=lambda b: b.nummer)


def _message_id(email, nieuw, basis) -> str:
    """The same mail gets the same id, so a copy after a crash can be recognised."""
    ruw = f"{email}|" + ",".join(str(g.stap_id) for g in nieuw)
    domein = urlsplit(basis).hostname or "localhost"
    return f"<volgen.{hashlib.sha256(ruw.encode()).hexdigest()[:32]}@{domein}>"


def _maak(overzicht, email, rijen, nieuw, basis):
    taal = max(rijen, key=lambda r: r.bevestigd_op).taal
    with translation.override(taal):
        blokken = _blokken(overzicht, nieuw, taal)
        aantal = len(nieuw)
        volgt = [
            {
                "wat": onderwerpen.naam(
                    rij.volgt, overzicht.getoond(rij.onderwerp, taal) if rij.onderwerp else None
                ),
                "stop_url": links.stop_link(rij, basis),
            }
            for rij in rijen
        ]
        return maak_mail(
            aan=email,
            taal=taal,
            onderwerp=ngettext(
                "Nieuw bij de Inclusie Agenda: %(aantal)d stap",
                "Nieuw bij de Inclusie Agenda: %(aantal)d stappen",
                aantal,
            )
            % {"aantal": aantal},
            template="overzicht",
            inhoud={
                "blokken": blokken,
                "aantal": aantal,
                "volgt": volgt,
                "alles_stoppen_url": links.stop_link(rijen[0], basis) + "?alles=1",
            },
            stop_url=links.stop_link(rijen[0], basis),
            message_id=_message_id(email, nieuw, basis),
        )


def verstuur_overzichten(moment) -> str:
    """The daily task: send every digest that is due. Raises at the end if a mail failed."""
    zie_nieuwe_stappen(moment)
    overzicht = Overzicht(moment)
    te_sturen = list(overzicht.per_adres())
    if not te_sturen:
        return gettext("Geen nieuwe stappen te versturen.")
    basis = links.basis_url()
    verbinding = get_connection()
    verstuurd = mislukt = 0
    try:
        for email, rijen, nieuw in te_sturen:
            mail = _maak(overzicht, email, rijen, nieuw, basis)
            mail.connection = verbinding
            try:
                with transaction.atomic():
                    Verzonden.objects.bulk_create(
                        [
                            Verzonden(volger=rij, stap_id=gepubliceerd.stap_id, verzonden_op=moment)
                            for gepubliceerd, voor in nieuw.items()
                            for rij in voor
                        ]
                    )
                    mail.send()
            except IntegrityError:
                continue  # another run sent it at the same moment
            except Exception:
                logger.exception("Overzicht aan een volger kon niet worden verstuurd")
                verbinding.close()  # the next mail opens a fresh connection
                mislukt += 1
            else:
                verstuurd += 1
    finally:
        verbinding.close()
    verslag = gettext("%(verstuurd)d overzichten verstuurd, %(mislukt)d mislukt") % {
        "verstuurd": verstuurd,
        "mislukt": mislukt,
    }
    if mislukt:
        raise RuntimeError(verslag)
    return verslag
