"""Plan the next cafés from the last one: same place, same times, new dates.

The ViP repeats this every month. Each new café is a draft, so nothing is
public until an editor has filled in the theme and published it.
"""

import calendar
from datetime import date, datetime

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.log_actions import log

from . import tijd
from .models import BijeenkomstPage
from .models.cafe import Doorgang
from .tijd import AMSTERDAM

STANDAARD_DAG = 13
MAX_AANTAL = 12


class GeenVoorbeeld(Exception):
    """There is no café yet to copy from."""


def laatste_cafe(index):
    """The café with the latest start, drafts included: planning twice continues."""
    return BijeenkomstPage.objects.child_of(index).order_by("-start").first()


def volgende_data(na: date, aantal: int, dag: int = STANDAARD_DAG) -> list[date]:
    """`dag` of each of the `aantal` months after the month of `na`."""
    data = []
    jaar, maand = na.year, na.month
    for _i in range(aantal):
        maand += 1
        if maand > 12:
            jaar, maand = jaar + 1, 1
        laatste_dag = calendar.monthrange(jaar, maand)[1]
        data.append(date(jaar, maand, min(dag, laatste_dag)))
    return data


def _vrije_slug(index, basis):
    bezet = set(index.get_children().values_list("slug", flat=True))
    slug, n = basis, 2
    while slug in bezet:
        slug, n = f"{basis}-{n}", n + 1
    return slug


def voorstel(index, aantal, dag=STANDAARD_DAG):
    """The (start, eind) pairs that planning would create, for a preview."""
    laatste = laatste_cafe(index)
    if laatste is None:
        raise GeenVoorbeeld
    start, eind = tijd.lokaal(laatste.start), tijd.lokaal(laatste.eind)
    dagen_later = (eind.date() - start.date()).days
    paren = []
    for datum in volgende_data(start.date(), aantal, dag):
        nieuw_start = datetime.combine(datum, start.time(), tzinfo=AMSTERDAM)
        eind_datum = date.fromordinal(datum.toordinal() + dagen_later)
        # Local wall-clock times, so a café stays at 19:30 across summer time.
        nieuw_eind = datetime.combine(eind_datum, eind.time(), tzinfo=AMSTERDAM)
        paren.append((nieuw_start, nieuw_eind))
    return laatste, paren


@transaction.atomic
def plan_volgende(index, aantal=1, dag=STANDAARD_DAG, user=None):
    laatste, paren = voorstel(index, aantal, dag)
    nieuwe = []
    for start, eind in paren:
        # The new page's texts are in the language of its tree, not the editor's.
        with translation.override(index.locale.language_code):
            titel = gettext("Inclusiecafé %(maand)s") % {"maand": tijd.maand_jaar(start)}
            kort = gettext(
                "Op %(datum)s is er weer een inclusiecafé. Iedereen is welkom. Het thema volgt nog."
            ) % {"datum": tijd.datum(start)}
        cafe = BijeenkomstPage(
            title=titel,
            slug=_vrije_slug(index, slugify(f"inclusiecafe-{start:%Y-%m}")),
            in_het_kort=kort,
            start=start,
            eind=eind,
            thema="",
            locatie=laatste.locatie,
            aanmelden=laatste.aanmelden,
            aanmelden_hoe=laatste.aanmelden_hoe,
            status=Doorgang.GAAT_DOOR,
            is_voorbeeld=laatste.is_voorbeeld,
            live=False,
            owner=user,
        )
        index.add_child(instance=cafe)
        cafe.save_revision(user=user, log_action=False)
        log(instance=cafe, action="wagtail.create", user=user)
        nieuwe.append(cafe)
    return nieuwe
