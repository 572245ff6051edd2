"""The demo agenda: 58 example topics, idempotent, clear wording."""

import pytest

from agenda.models import AgendaPage, Bespreking, OnderwerpPage, Status, Voortgang
from agenda.monitor import laad_rijen
from demo import agenda as agenda_demo
from demo import site as inclusie_demo

pytestmark = pytest.mark.django_db


def test_demo_maakt_58_voorbeeldonderwerpen_en_dubbelt_niets(root_page):
    inclusie_demo.laad()
    agenda_demo.laad()
    stappen = Voortgang.objects.count()
    agenda_demo.laad()
    agenda = AgendaPage.objects.get()
    assert agenda.show_in_menus and agenda.slug == "agenda"
    assert OnderwerpPage.objects.count() == 58
    assert Voortgang.objects.count() == stappen
    assert Bespreking.objects.count() == 18
    assert not OnderwerpPage.objects.filter(is_voorbeeld=False).exists()
    assert all("voorbeeld" in o.in_het_kort for o in OnderwerpPage.objects.all())
    standen = {r.stand.status for r in laad_rijen(agenda)}
    assert {Status.AFGEROND, Status.VASTGELOPEN, Status.DOORLOPEND} <= standen
    for o in OnderwerpPage.objects.all():
        o.full_clean()
    for v in Voortgang.objects.all():
        v.full_clean()
        assert "kwetsbaar" not in v.wat_gebeurd.lower()
    hoog = OnderwerpPage.objects.filter(prioriteit="hoog", rang=1).get()
    assert hoog.title == "Campagne voor begrip"
