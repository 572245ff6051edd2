"""Which progress steps are published, and since when.

A step is part of its topic page (an inline), so it is published when it is
in the live version of the page: a step in a draft lives only in the
page's revision, not in the table, and a topic that is not live does not
count. When a topic is published, every step of it that was not seen before
is written down with this moment (`bij_publiceren`). The daily task also
writes down steps of live topics that arrived without a publish (an import,
a script): `zie_nieuwe_stappen`. Only steps of Dutch topics count; a
translation's steps are copies of them.
"""

from django.utils import timezone
from wagtail.models import Locale

from agenda.models import OnderwerpPage, Voortgang

from .models import GepubliceerdeStap


def _noteer(stap_ids, moment) -> int:
    nieuw = set(stap_ids) - set(
        GepubliceerdeStap.objects.filter(stap_id__in=stap_ids).values_list("stap_id", flat=True)
    )
    GepubliceerdeStap.objects.bulk_create(
        [GepubliceerdeStap(stap_id=pk, gepubliceerd_op=moment) for pk in nieuw],
        ignore_conflicts=True,
    )
    return len(nieuw)


def bij_publiceren(sender, instance, **kwargs):
    """Wagtail's page_published: note the topic's steps that are new in its live version."""
    if not isinstance(instance, OnderwerpPage):
        return
    if instance.locale_id != Locale.get_default().pk:
        return
    stap_ids = list(Voortgang.objects.filter(onderwerp_id=instance.pk).values_list("pk", flat=True))
    if stap_ids:
        _noteer(stap_ids, timezone.now())


def zie_nieuwe_stappen(moment) -> int:
    """Note steps of live Dutch topics that no publish reported; returns how many."""
    onderwerpen = OnderwerpPage.objects.live().filter(locale=Locale.get_default()).values("pk")
    stap_ids = list(
        Voortgang.objects.filter(onderwerp_id__in=onderwerpen)
        .exclude(pk__in=GepubliceerdeStap.objects.values("stap_id"))
        .values_list("pk", flat=True)
    )
    return _noteer(stap_ids, moment) if stap_ids else 0
