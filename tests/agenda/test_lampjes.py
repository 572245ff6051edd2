"""Three lights per topic per review: kept, written out with a symbol, filtered and summed."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from agenda.models import Beoordeling, Bespreking, OnderwerpPage
from agenda.monitor import cijfers_op, laad_rijen
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, ThemaFactory

D = datetime.date


def lampjes(onderwerp, bespreking, inhoud="goed", planning="goed", geld="goed", **redenen):
    return Beoordeling.objects.create(
        onderwerp=onderwerp,
        bespreking=bespreking,
        inhoud=inhoud,
        planning=planning,
        geld=geld,
        **redenen,
    )


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    vervoer = ThemaFactory(naam="Vervoer", volgorde=1)
    wonen = ThemaFactory(naam="Wonen", volgorde=2)
    bus = OnderwerpPageFactory(parent=agenda, nummer=1, slug="bus", title="Bus", thema=vervoer)
    stoep = OnderwerpPageFactory(
        parent=agenda, nummer=2, slug="stoep", title="Stoep", thema=vervoer
    )
    huis = OnderwerpPageFactory(parent=agenda, nummer=3, slug="huis", title="Huis", thema=wonen)
    OnderwerpPageFactory(parent=agenda, nummer=4, slug="nieuw", title="Nieuw", thema=wonen)
    oud = Bespreking.objects.create(datum=D(2024, 3, 1), naam="Voorjaar 2024")
    nieuw = Bespreking.objects.create(datum=D(2024, 10, 1), naam="Najaar 2024")
    lampjes(bus, oud)
    lampjes(bus, nieuw, geld="probleem", geld_reden="Er is geen geld voor nieuwe bussen.")
    lampjes(stoep, nieuw, planning="let_op", planning_reden="De aannemer begint later.")
    lampjes(huis, oud, inhoud="probleem", inhoud_reden="Het plan past niet bij de wens.")
    lampjes(huis, nieuw)
    return agenda


def test_een_reden_van_een_zin_is_nodig_bij_let_op_en_probleem(agenda):
    bus = OnderwerpPage.objects.get(slug="bus")
    bespreking = Bespreking.objects.create(datum=D(2025, 3, 1))
    licht = Beoordeling(onderwerp=bus, bespreking=bespreking, planning="probleem")
    with pytest.raises(ValidationError) as fout:
        licht.full_clean()
    assert "Schrijf in één zin waarom" in str(fout.value.message_dict["planning_reden"])
    licht.planning_reden = "Het loopt uit. Niemand weet hoe lang."
    with pytest.raises(ValidationError) as fout:
        licht.full_clean()
    assert "Schrijf één zin" in str(fout.value.message_dict["planning_reden"])
    licht.planning_reden = "Het loopt een half jaar uit."
    licht.full_clean()


def test_een_keer_lampjes_per_bespreking(agenda):
    bus = OnderwerpPage.objects.get(slug="bus")
    with pytest.raises(IntegrityError), transaction.atomic():
        lampjes(bus, Bespreking.objects.get(naam="Najaar 2024"))


def test_het_beheer_meldt_dubbele_lampjes_bij_het_veld(agenda, admin_user):
    bus = OnderwerpPage.objects.get(slug="bus").specific
    bespreking = Bespreking.objects.get(naam="Najaar 2024")
    formulier = type(bus).get_edit_handler().get_form_class()
    licht = {
        "bespreking": bespreking.pk,
        "inhoud": "goed",
        "inhoud_reden": "",
        "planning": "goed",
        "planning_reden": "",
        "geld": "goed",
        "geld_reden": "",
    }
    data = nested_form_data(
        {
            "title": bus.title,
            "slug": bus.slug,
            "in_het_kort": bus.in_het_kort,
            "nummer": bus.nummer,
            "thema": bus.thema_id,
            "prioriteit": bus.prioriteit,
            "tags": "",
            "voortgang": inline_formset([]),
            "lichten": inline_formset([licht, licht]),
            "comments": inline_formset([]),
        }
    )
    form = formulier(data, instance=bus, parent_page=bus.get_parent(), for_user=admin_user)
    assert not form.is_valid()
    fouten = [f.errors.get("bespreking") for f in form.formsets["lichten"].forms]
    assert fouten[0] is None
    assert "Voor deze bespreking staan er al lampjes" in str(fouten[1])


def test_onderwerp_toont_de_lampjes_per_bespreking_in_woorden(client, agenda):
    html = client.get("/agenda/bus/").content.decode()
    tabel = html.split('id="lampjes-tabel"')[1].split("</table>")[0]
    assert tabel.index("Najaar 2024") < tabel.index("Voorjaar 2024")  # newest first
    assert '<span aria-hidden="true">✗</span> Probleem</span>. Er is geen geld' in tabel
    assert '<span aria-hidden="true">✓</span> Goed' in tabel
    assert "Bij dit onderwerp zijn nog geen lampjes gegeven." in (
        client.get("/agenda/nieuw/").content.decode()
    )


@pytest.mark.parametrize(
    "keuze, verwacht",
    [
        ("probleem", ["1"]),
        ("geld:probleem", ["1"]),
        ("inhoud:probleem", []),  # the house's problem was at the older review
        ("let_op", ["2"]),
        ("goed", ["3"]),
    ],
)
def test_overzicht_filtert_op_de_lampjes_van_de_laatste_bespreking(client, agenda, keuze, verwacht):
    html = client.get(f"/agenda/?lampje={keuze}").content.decode()
    if not verwacht:
        assert "Geen onderwerpen gevonden" in html
        return
    tabel = html.split('id="lijst-titel"')[1].split("</table>")[0]
    gevonden = re.findall(r'<td role="cell" class="getal" data-label="Nr.">(\d+)</td>', tabel)
    assert gevonden == verwacht


def test_optelling_per_thema_met_de_laatste_bespreking(agenda):
    cijfers = cijfers_op(laad_rijen(agenda), D(2024, 12, 1))
    per_thema = dict((thema.naam, telling) for thema, telling in cijfers.per_thema)
    assert per_thema["Vervoer"].lampjes["geld"] == {"probleem": 1, "goed": 1}
    assert per_thema["Vervoer"].lampjes["planning"] == {"let_op": 1, "goed": 1}
    # The new topic has no lights yet: "weten we niet".
    assert per_thema["Wonen"].lampjes["inhoud"] == {"goed": 1, "onbekend": 1}
    # At the older review the house had a content problem.
    eerder = dict(cijfers_op(laad_rijen(agenda), D(2024, 5, 1)).per_thema)
    assert next(t for th, t in eerder.items() if th.naam == "Wonen").lampjes["inhoud"] == {
        "probleem": 1,
        "onbekend": 1,
    }


def test_rapport_zet_de_problemen_eerst_met_hun_reden(client, agenda):
    nieuw = Bespreking.objects.get(naam="Najaar 2024")
    html = client.get(f"/agenda/rapport/{nieuw.pk}/").content.decode()
    problemen = html.split('id="problemen-titel"')[1].split("</table>")[0]
    assert "Bus" in problemen and "Er is geen geld voor nieuwe bussen." in problemen
    assert "Stoep" not in problemen
    let_op = html.split('id="let-op-titel"')[1].split("</table>")[0]
    assert "Stoep" in let_op and "De aannemer begint later." in let_op
    assert html.index('id="problemen-titel"') < html.index('id="let-op-titel"')
    # The roll-up says it in words.
    rollup = html.split('id="rapport-lampjes-tabel"')[1].split("</table>")[0]
    assert "Probleem: 1" in rollup and "Let op: 1" in rollup
