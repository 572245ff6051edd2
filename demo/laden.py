"""The order in which the demo is built.

The shell goes first: the agenda hangs its pages under the shell's home page,
and the café and campaign demo link to agenda topics and themes. This app sits
above all the others, so it may name them; no production app names it.
"""

from django.db import transaction

from . import agenda, begrippen, campagnes, site
from .indexeren import indexeer_aan_het_eind

LADERS = [
    ("site", site.laad),
    ("agenda", agenda.laad),
    ("campagnes", campagnes.laad),
    ("begrippen", begrippen.laad),
]


def laad_alles(melding=None):
    """Build or update the whole demo site in one transaction.

    The search and reference indexes are brought up to date once, at the end.
    """
    with transaction.atomic(), indexeer_aan_het_eind():
        for naam, laad in LADERS:
            laad()
            if melding is not None:
                melding(naam)
