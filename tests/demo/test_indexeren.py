"""The demo indexes each object once, at the end, and the indexes come out the same."""

import pytest
from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry

from agenda.models import OnderwerpPage
from demo.bouwstenen import publiceer
from demo.indexeren import indexeer_aan_het_eind
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory

pytestmark = pytest.mark.django_db


def _indexen(page):
    return (
        IndexEntry.objects.filter(object_id=str(page.pk)).count(),
        ReferenceIndex.get_references_for_object(page).count(),
    )


def test_binnen_het_blok_niets_en_daarna_alles_een_keer(home):
    agenda = AgendaPageFactory(parent=home)
    with indexeer_aan_het_eind():
        onderwerp = OnderwerpPageFactory(parent=agenda, title="Olifantenpaadje in de wijk")
        publiceer(onderwerp)
        publiceer(onderwerp)
        assert _indexen(onderwerp) == (0, 0)
    zoek, verwijzingen = _indexen(onderwerp)
    assert zoek == 1 and verwijzingen >= 1  # the topic's theme is a reference
    assert OnderwerpPage.objects.search("olifantenpaadje").get_queryset().count() == 1


def test_na_het_blok_werkt_het_indexeren_bij_elke_opslag_weer(home):
    agenda = AgendaPageFactory(parent=home)
    with indexeer_aan_het_eind():
        pass
    onderwerp = OnderwerpPageFactory(parent=agenda)
    assert _indexen(onderwerp)[0] == 1
    assert _indexen(onderwerp)[1] >= 1


def test_een_fout_laat_de_handlers_niet_los(home):
    agenda = AgendaPageFactory(parent=home)
    with pytest.raises(RuntimeError), indexeer_aan_het_eind():
        raise RuntimeError("stuk")
    onderwerp = OnderwerpPageFactory(parent=agenda)
    assert _indexen(onderwerp)[0] == 1
