"""The daily wipe: sign-ups keep their personal data only for a while after the café.

`AANMELDINGEN_BEWAARDAGEN` days (default 30) after a café has ended, the
name, e-mail address, phone number, remark and the text of "iets anders"
of its sign-ups are emptied and `gewist_op` is set. The number of people
and the ticked needs stay, without a name: the ViP can still count how many
came and what was needed. Registered as a daily task (inclusie/dagelijks.py)
in wagtail_hooks.py; a second run finds nothing left to wipe.
"""

from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext

from ..models import Aanmelding

STANDAARD_BEWAARDAGEN = 30
PERSOONSGEGEVENS = ("naam", "email", "telefoon", "opmerking", "anders")


def bewaardagen() -> int:
    return getattr(settings, "AANMELDINGEN_BEWAARDAGEN", STANDAARD_BEWAARDAGEN)


def te_wissen(moment):
    grens = moment - timedelta(days=bewaardagen())
    return Aanmelding.objects.filter(cafe__eind__lt=grens, gewist_op__isnull=True)


def wis_oude_aanmeldingen(moment) -> str:
    """The daily task: wipe what is past its time; says how many."""
    aantal = te_wissen(moment).update(**dict.fromkeys(PERSOONSGEGEVENS, ""), gewist_op=moment)
    return gettext("%(aantal)d aanmeldingen zonder naam en contactgegevens gemaakt") % {
        "aantal": aantal
    }
