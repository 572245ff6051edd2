"""The demo agenda: 58 example topics in clear wording (idempotency: test_laden.py)."""

from agenda.models import AgendaPage, Bespreking, OnderwerpPage, Status, Voortgang
from agenda.monitor import laad_rijen


def test_demo_maakt_58_voorbeeldonderwerpen(voorbeeldsite):
    agenda = AgendaPage.objects.get()
    assert agenda.show_in_menus and agenda.slug == "agenda"
    assert OnderwerpPage.objects.count() == 58
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
