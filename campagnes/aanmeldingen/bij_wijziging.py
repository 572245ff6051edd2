"""When a café changes: tell the people who signed up, and fill freed places.

- `cafe_veranderd` with AFGELAST or VERPLAATST: a mail to every sign-up
  (with a place or on the waiting list) that left an e-mail address, in the
  language of the page they signed up on. A café has one page per language,
  and each is published on its own; `Aanmelding.gemeld` holds what the last
  mail said, so the same change reaching the café in three languages is
  mailed once, and a new change (moved again) is mailed again.
- Every publish of a café that is to come: the waiting list moves up into
  places that a higher capacity (or none) made free.

The mails go out after the publish has committed.
"""

from django.db import transaction
from wagtail.signals import page_published

from .. import tijd
from ..models import Aanmelding, BijeenkomstPage
from ..models.aanmelding import ACTIEF
from ..signalen import AFGELAST, VERPLAATST, cafe_veranderd
from . import mail, plaatsen


def vingerafdruk(pagina, soort) -> str:
    """What a change mail says, in short: the same text means the same news."""
    if soort == AFGELAST:
        return AFGELAST
    return f"{soort}|{pagina.start.isoformat()}|{pagina.eind.isoformat()}|{pagina.locatie_id}"


def te_melden(pagina, soort):
    afdruk = vingerafdruk(pagina, soort)
    return list(
        plaatsen.van_cafe(pagina)
        .filter(status__in=ACTIEF, gewist_op__isnull=True)
        .exclude(email="")
        .exclude(gemeld=afdruk)
        .select_related("cafe")
    )


def meld_wijziging(pagina, soort) -> int:
    """Mail the news to everyone who should hear it; returns how many were sent."""
    afdruk = vingerafdruk(pagina, soort)
    verstuurd = mail.stuur(soort, te_melden(pagina, soort), cafe=pagina)
    if verstuurd:
        Aanmelding.objects.filter(pk__in=[a.pk for a in verstuurd]).update(gemeld=afdruk)
    return len(verstuurd)


def _bij_cafe_veranderd(sender, pagina, soort, **kwargs):
    if soort not in (AFGELAST, VERPLAATST):
        return
    transaction.on_commit(lambda: meld_wijziging(pagina, soort), robust=True)


def _na_publiceren(sender, instance, **kwargs):
    if not instance.live or instance.is_afgelast or instance.is_voorbij(tijd.nu()):
        return
    doorgeschoven = plaatsen.schuif_door(instance)
    if doorgeschoven:
        transaction.on_commit(lambda: mail.stuur(mail.DOORGESCHOVEN, doorgeschoven), robust=True)


def koppel_signalen():
    """Called from CampagnesConfig.ready()."""
    cafe_veranderd.connect(_bij_cafe_veranderd, dispatch_uid="campagnes.aanmeldingen.wijziging")
    page_published.connect(
        _na_publiceren, sender=BijeenkomstPage, dispatch_uid="campagnes.aanmeldingen.doorschuiven"
    )
