"""Send `cafe_veranderd` (campagnes/signalen.py) once per publish that visitors must hear about.

Wagtail's `page_published` comes after the live row already holds the new
version, so the old one is read just before: every full save of a café (a
publish is one) notes what the database had (pre_save). At `page_published`
that note is compared with the page, and taken away, so one publish gives
at most one signal:

- NIEUW: the café was not live and now is (a first publish), still to come
  and not cancelled;
- AFGELAST: the status became Afgelast;
- VERPLAATST: the status became Verplaatst, or start, end or place changed.

A draft, a scheduled publish that is not live yet, a change of title or
text, and any change to a café that is over, send nothing. Calling
Afgelast off again ("gaat toch door") sends nothing either, unless the time
or place changed too: the three kinds are all the listeners know.
"""

from django.db.models.signals import pre_save
from wagtail.signals import page_published

from . import tijd
from .models import BijeenkomstPage
from .models.cafe import Doorgang
from .signalen import AFGELAST, NIEUW, VERPLAATST, cafe_veranderd

NOTITIE = "_cafe_voor_publicatie"
TIJD_EN_PLAATS = ("start", "eind", "locatie_id")


def soort_wijziging(oud: dict, cafe, moment) -> str | None:
    """What visitors must hear about, comparing the row before with the live page now."""
    if cafe.is_voorbij(moment):
        return None
    if not oud["live"]:
        return None if cafe.is_afgelast else NIEUW
    if cafe.status == Doorgang.AFGELAST:
        return AFGELAST if oud["status"] != Doorgang.AFGELAST else None
    if cafe.status == Doorgang.VERPLAATST and oud["status"] != Doorgang.VERPLAATST:
        return VERPLAATST
    if any(oud[naam] != getattr(cafe, naam) for naam in TIJD_EN_PLAATS):
        return VERPLAATST
    return None


def _noteer_voor_opslaan(sender, instance, raw=False, update_fields=None, **kwargs):
    # A publish saves the whole row; a draft or an internal update names its fields.
    if raw or update_fields is not None:
        return
    oud = None
    if instance.pk:
        oud = (
            BijeenkomstPage.objects.filter(pk=instance.pk)
            .values("live", "status", *TIJD_EN_PLAATS)
            .first()
        )
    setattr(instance, NOTITIE, oud or {"live": False})


def _na_publiceren(sender, instance, **kwargs):
    oud = instance.__dict__.pop(NOTITIE, None)
    if oud is None or not instance.live:
        return
    soort = soort_wijziging(oud, instance, tijd.nu())
    if soort is not None:
        cafe_veranderd.send(sender=BijeenkomstPage, pagina=instance, soort=soort)


def koppel_signalen():
    """Called from CampagnesConfig.ready()."""
    pre_save.connect(
        _noteer_voor_opslaan, sender=BijeenkomstPage, dispatch_uid="campagnes.cafe_voor_opslaan"
    )
    page_published.connect(
        _na_publiceren, sender=BijeenkomstPage, dispatch_uid="campagnes.cafe_na_publiceren"
    )
