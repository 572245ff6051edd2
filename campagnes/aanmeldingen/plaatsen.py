"""Places and the waiting list of a café, safe when two people sign up at once.

A café's places are counted over all its translations (one evening, one
room). Every change that counts places (a sign-up, a cancellation, moving up
from the waiting list) first locks the café's page rows with
`select_for_update()`, in one order (by pk), inside one transaction. So on
PostgreSQL a second sign-up for the last place waits until the first has
committed, then counts again and lands on the waiting list. SQLite has no
row locks but lets only one writer commit at a time; a writer that loses
gets a database error, and the visitor sees "probeer het opnieuw" with
everything still filled in (views.py).
"""

from django.db import transaction
from django.db.models import Q, Sum

from .. import tijd
from ..models import Aanmelding, BijeenkomstPage
from ..models.aanmelding import ACTIEF, AanmeldStatus


class AlAangemeld(Exception):
    """This e-mail address or phone number is already signed up for this café."""

    def __init__(self, veld):
        super().__init__(veld)
        self.veld = veld


class NietOpen(Exception):
    """The café has started, is over or is cancelled."""


def van_cafe(cafe):
    """The sign-ups of this evening, in every language."""
    return Aanmelding.objects.filter(cafe__translation_key=cafe.translation_key)


def _vergrendel(cafe):
    """Lock the café's rows; returns its places as the database has them now."""
    rijen = list(
        BijeenkomstPage.objects.select_for_update()
        .filter(translation_key=cafe.translation_key)
        .order_by("pk")
        .values_list("pk", "capaciteit")
    )
    capaciteit = dict(rijen).get(cafe.pk, cafe.capaciteit)
    return capaciteit


def bezet(cafe) -> int:
    totaal = van_cafe(cafe).filter(status=AanmeldStatus.GEPLAATST).aggregate(n=Sum("aantal"))
    return totaal["n"] or 0


def vrije_plaatsen(cafe) -> int | None:
    """Free places, or None when the café has no limit."""
    return _vrij(cafe, cafe.capaciteit)


def _vrij(cafe, capaciteit):
    if capaciteit is None:
        return None
    return max(0, capaciteit - bezet(cafe))


def dubbel(cafe, email, telefoon):
    """The field of an active sign-up with the same address or number, or None."""
    if not email and not telefoon:
        return None
    zelfde = Q()
    if email:
        zelfde |= Q(email__iexact=email)
    if telefoon:
        zelfde |= Q(telefoon=telefoon)
    bestaand = van_cafe(cafe).filter(zelfde, status__in=ACTIEF).first()
    if bestaand is None:
        return None
    return "email" if email and bestaand.email.lower() == email.lower() else "telefoon"


def meld_aan(cafe, gegevens, taal, moment=None) -> Aanmelding:
    """Store a sign-up: a place if the group fits, otherwise the waiting list.

    `aanmelding.doorgeschoven` lists who moved up from the waiting list first.
    """
    moment = moment or tijd.nu()
    with transaction.atomic():
        capaciteit = _vergrendel(cafe)
        if not cafe.aanmelden_open(moment):
            raise NietOpen
        veld = dubbel(cafe, gegevens.get("email"), gegevens.get("telefoon"))
        if veld:
            raise AlAangemeld(veld)
        # People already waiting go first, if a place came free for them.
        doorgeschoven = _schuif_door(cafe, capaciteit, moment)
        vrij = _vrij(cafe, capaciteit)
        past = vrij is None or gegevens["aantal"] <= vrij
        aanmelding = Aanmelding.objects.create(
            cafe=cafe,
            naam=gegevens.get("naam", ""),
            email=gegevens.get("email", ""),
            telefoon=gegevens.get("telefoon", ""),
            aantal=gegevens["aantal"],
            behoeften=gegevens.get("behoeften", []),
            anders=gegevens.get("anders", ""),
            opmerking=gegevens.get("opmerking", ""),
            taal=taal,
            status=AanmeldStatus.GEPLAATST if past else AanmeldStatus.WACHTLIJST,
            aangemaakt=moment,
        )
    aanmelding.doorgeschoven = doorgeschoven
    return aanmelding


def wachtenden(cafe):
    return van_cafe(cafe).filter(status=AanmeldStatus.WACHTLIJST).order_by("aangemaakt", "pk")


def _schuif_door(cafe, capaciteit, moment) -> list[Aanmelding]:
    """Give free places to the waiting list, in order; a group that does not fit waits on."""
    vrij = _vrij(cafe, capaciteit)
    doorgeschoven = []
    for aanmelding in wachtenden(cafe).select_related("cafe"):
        if vrij is not None and aanmelding.aantal > vrij:
            continue
        aanmelding.status = AanmeldStatus.GEPLAATST
        aanmelding.doorgeschoven_op = moment
        aanmelding.save(update_fields=["status", "doorgeschoven_op"])
        doorgeschoven.append(aanmelding)
        if vrij is not None:
            vrij -= aanmelding.aantal
            if vrij <= 0:
                break
    return doorgeschoven


def schuif_door(cafe, moment=None) -> list[Aanmelding]:
    """After more places (a higher capacity, none at all): who moves up."""
    moment = moment or tijd.nu()
    with transaction.atomic():
        capaciteit = _vergrendel(cafe)
        if cafe.is_afgelast or cafe.is_voorbij(moment):
            return []
        return _schuif_door(cafe, capaciteit, moment)


def meld_af(aanmelding, moment=None) -> list[Aanmelding]:
    """Cancel; returns the sign-ups that moved up into the freed places.

    Cancelling twice changes nothing the second time.
    """
    moment = moment or tijd.nu()
    cafe = aanmelding.cafe
    with transaction.atomic():
        capaciteit = _vergrendel(cafe)
        huidig = Aanmelding.objects.select_for_update().get(pk=aanmelding.pk)
        if huidig.status == AanmeldStatus.AFGEMELD:
            aanmelding.status = huidig.status
            return []
        had_plaats = huidig.status == AanmeldStatus.GEPLAATST
        huidig.status = AanmeldStatus.AFGEMELD
        huidig.save(update_fields=["status"])
        aanmelding.status = huidig.status
        if not had_plaats or cafe.is_afgelast or cafe.is_voorbij(moment):
            return []
        return _schuif_door(cafe, capaciteit, moment)
