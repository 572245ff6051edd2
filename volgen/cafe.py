"""Café followers hear at once when a café is new, moved or cancelled.

campagnes sends `cafe_veranderd` after a publish (campagnes/signalen.py).
Each change becomes one CafeWijziging row, keyed on the café, the kind of
change and the café's calendar count, so the same change announced twice is
mailed once. Then every confirmed café follower who confirmed before the
change and has not had it yet gets one mail.

Per follower the CafeVerzonden row and the mail go in one transaction, as in
the digest (volgen/overzicht.py): a mail that fails is not recorded, and the
daily task tries the changes of the last VOLGEN_TERUG_DAGEN days again for
cafés that are still to come. A failing mail never stops the publish.
"""

import logging

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from campagnes import signalen, tijd
from campagnes.models import BijeenkomstPage

from . import links
from .instellingen import terug_termijn
from .mail import maak_mail
from .models import CafeVerzonden, CafeWijziging, Onderwerp, Volger

logger = logging.getLogger(__name__)


def bij_cafe_veranderd(sender, pagina, soort, **kwargs):
    if soort not in signalen.SOORTEN:
        return
    wijziging, _ = CafeWijziging.objects.get_or_create(
        pagina_id=pagina.pk,
        soort=soort,
        volgnummer=pagina.kalender_volgnummer,
        defaults={"gemeld_op": timezone.now()},
    )
    try:
        meld(wijziging, timezone.now())
    except Exception:
        logger.exception(
            "Caféberichten konden niet worden verstuurd; de dagelijkse taak probeert het opnieuw"
        )


def _titel(soort, cafe) -> str:
    if soort == signalen.AFGELAST:
        return gettext("Afgelast: %(titel)s") % {"titel": cafe.title}
    if soort == signalen.VERPLAATST:
        return gettext("Verplaatst: %(titel)s") % {"titel": cafe.title}
    return gettext("Nieuw inclusiecafé: %(titel)s") % {"titel": cafe.title}


def _waar(locatie) -> str:
    """The place on one line, for the plain text mail."""
    if locatie is None:
        return ""
    return ", ".join([locatie.naam, *(r.strip() for r in locatie.adres.splitlines() if r.strip())])


def _vertalingen(cafe, talen):
    if not talen:
        return {}
    paginas = (
        BijeenkomstPage.objects.live()
        .public()
        .filter(translation_key=cafe.translation_key, locale__language_code__in=talen)
        .select_related("locale", "locatie")
    )
    return {p.locale.language_code: p for p in paginas}


def meld(wijziging, moment) -> tuple[int, int]:
    """Mail this change to every café follower who should get it: (sent, failed)."""
    cafe = (
        BijeenkomstPage.objects.live()
        .select_related("locale", "locatie")
        .filter(pk=wijziging.pagina_id)
        .first()
    )
    if cafe is None or cafe.is_voorbij(moment):
        return 0, 0
    al = CafeVerzonden.objects.filter(wijziging=wijziging).values("volger_id")
    volgers = list(
        Volger.objects.filter(
            volgt=Onderwerp.CAFE,
            bevestigd_op__isnull=False,
            bevestigd_op__lte=wijziging.gemeld_op,
        ).exclude(pk__in=al)
    )
    if not volgers:
        return 0, 0
    vertalingen = _vertalingen(cafe, {v.taal for v in volgers} - {cafe.locale.language_code})
    basis = links.basis_url()
    verbinding = get_connection()
    verstuurd = mislukt = 0
    try:
        for volger in volgers:
            getoond = vertalingen.get(volger.taal, cafe)
            with translation.override(volger.taal):
                mail = maak_mail(
                    aan=volger.email,
                    taal=volger.taal,
                    onderwerp=_titel(wijziging.soort, getoond),
                    template="cafe",
                    inhoud={
                        "soort": wijziging.soort,
                        "cafe": getoond,
                        "wanneer": tijd.van_tot(getoond.start, getoond.eind),
                        "waar": _waar(getoond.locatie),
                        "url": getoond.get_full_url() or "",
                        "cafe_taal": (
                            None
                            if getoond.locale.language_code == volger.taal
                            else getoond.locale.language_code
                        ),
                    },
                    stop_url=links.stop_link(volger, basis),
                )
            mail.connection = verbinding
            try:
                with transaction.atomic():
                    CafeVerzonden.objects.create(
                        volger=volger, wijziging=wijziging, verzonden_op=moment
                    )
                    mail.send()
            except IntegrityError:
                continue
            except Exception:
                logger.exception("Cafébericht aan een volger kon niet worden verstuurd")
                verbinding.close()
                mislukt += 1
            else:
                verstuurd += 1
    finally:
        verbinding.close()
    return verstuurd, mislukt


def verstuur_cafeberichten(moment) -> str:
    """The daily task: send what failed before, for changes of cafés still to come."""
    verstuurd = mislukt = 0
    wijzigingen = CafeWijziging.objects.filter(
        gemeld_op__gte=moment - terug_termijn(), pagina__eind__gt=moment
    )
    for wijziging in wijzigingen:
        goed, fout = meld(wijziging, moment)
        verstuurd, mislukt = verstuurd + goed, mislukt + fout
    verslag = gettext("%(verstuurd)d caféberichten verstuurd, %(mislukt)d mislukt") % {
        "verstuurd": verstuurd,
        "mislukt": mislukt,
    }
    if mislukt:
        raise RuntimeError(verslag)
    return verslag
