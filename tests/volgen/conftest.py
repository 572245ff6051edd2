"""A small agenda and café to follow, and helpers to publish steps the way an editor does."""

import datetime

import pytest
from django.core import mail

from agenda.models import OnderwerpPage, Voortgang
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory
from tests.campagnes.factories import BijeenkomstPageFactory, CafeIndexPageFactory


@pytest.fixture
def agenda(home):
    return AgendaPageFactory(parent=home, slug="agenda", title="De agenda")


@pytest.fixture
def onderwerp(agenda):
    return OnderwerpPageFactory(parent=agenda, nummer=12, title="Bredere stoepen", slug="stoepen")


@pytest.fixture
def cafe_index(home):
    return CafeIndexPageFactory(parent=home, slug="inclusiecafe", title="Inclusiecafé")


@pytest.fixture
def cafe(cafe_index):
    return BijeenkomstPageFactory(parent=cafe_index, slug="cafe-zorg", title="Café over zorg")


@pytest.fixture
def outbox():
    mail.outbox.clear()
    return mail.outbox


def publiceer_stap(
    onderwerp, wat="De gemeente is begonnen. Er is een plan.", publiceren=True, **velden
):
    """Add a step in the editor's way: on the page, then a revision, then (maybe) publish."""
    pagina = OnderwerpPage.objects.get(pk=onderwerp.pk)
    velden = {
        "datum": datetime.date(2024, 3, 1),
        "status": "in_uitvoering",
        "percentage": 40,
        "wat_gebeurd": wat,
        **velden,
    }
    pagina.voortgang.add(Voortgang(**velden))
    revisie = pagina.save_revision()
    if publiceren:
        revisie.publish()
    return pagina


def vertaal(pagina, locale, **velden):
    """A live translation of `pagina` (and of its parents), with `velden` changed."""
    vertaling = pagina.copy_for_translation(locale, copy_parents=True)
    for ouder in vertaling.get_ancestors().filter(depth__gt=1, live=False).specific():
        ouder.save_revision().publish()
    for naam, waarde in velden.items():
        setattr(vertaling, naam, waarde)
    vertaling.save_revision().publish()
    return type(pagina).objects.get(pk=vertaling.pk)
