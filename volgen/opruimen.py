"""Deleting what is no longer needed (a daily task).

- Sign-ups that were never confirmed, once their link has expired.
- The record of steps sent, for steps older than the digest looks back: the
  digest never looks at them again, so the record has done its job.
"""

from django.utils.translation import gettext

from .instellingen import bevestig_termijn, terug_termijn
from .models import GepubliceerdeStap, Verzonden, Volger


def ruim_op(moment) -> str:
    onbevestigd, _ = Volger.objects.filter(
        bevestigd_op__isnull=True, aangemaakt_op__lt=moment - bevestig_termijn()
    ).delete()
    oud = GepubliceerdeStap.objects.filter(gepubliceerd_op__lt=moment - terug_termijn()).values(
        "stap_id"
    )
    Verzonden.objects.filter(stap_id__in=oud, verzonden_op__lt=moment - terug_termijn()).delete()
    return gettext("%(aantal)d aanmeldingen zonder bevestiging gewist") % {"aantal": onbevestigd}
