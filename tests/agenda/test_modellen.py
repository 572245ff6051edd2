"""The content model: reference data, derived state and validation messages."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from agenda.models import Status, Thema, VerdragsArtikel, Voortgang
from tests.agenda.factories import (
    AgendaPageFactory,
    OnderwerpPageFactory,
    VoortgangFactory,
)

pytestmark = pytest.mark.django_db


def test_migratie_zet_themas_en_alle_33_artikelen_klaar():
    assert VerdragsArtikel.objects.count() == 33
    assert VerdragsArtikel.objects.get(nummer=9).titel == "Toegankelijkheid"
    assert VerdragsArtikel.objects.get(nummer=19).titel.startswith("Zelfstandig wonen")
    namen = set(Thema.objects.values_list("naam", flat=True))
    assert {"Vervoer", "Thuis (wonen)", "Bewustwording", "Informatie & communicatie"} <= namen
    assert len(namen) == 9


def test_zonder_voortgang_is_een_onderwerp_niet_gestart(home):
    onderwerp = OnderwerpPageFactory(parent=AgendaPageFactory(parent=home))
    assert onderwerp.stand.status == Status.NIET_GESTART
    assert onderwerp.stand.percentage == 0
    assert onderwerp.stand.datum is None


def test_de_nieuwste_stap_bepaalt_de_stand_ongeacht_de_volgorde_van_invoer(home):
    onderwerp = OnderwerpPageFactory(parent=AgendaPageFactory(parent=home))
    VoortgangFactory(
        onderwerp=onderwerp, datum=datetime.date(2022, 5, 1), status="vastgelopen", percentage=30
    )
    VoortgangFactory(
        onderwerp=onderwerp, datum=datetime.date(2019, 1, 1), status="afgerond", percentage=100
    )
    VoortgangFactory(
        onderwerp=onderwerp, datum=datetime.date(2020, 1, 1), status="in_uitvoering", percentage=50
    )
    onderwerp = type(onderwerp).objects.get(pk=onderwerp.pk)
    assert onderwerp.stand.status == Status.VASTGELOPEN
    assert onderwerp.stand.percentage == 30
    assert onderwerp.stand.datum == datetime.date(2022, 5, 1)
    # The state is not stored on the page: a new update changes it at once.
    VoortgangFactory(
        onderwerp=onderwerp, datum=datetime.date(2023, 1, 1), status="doorlopend", percentage=60
    )
    onderwerp = type(onderwerp).objects.get(pk=onderwerp.pk)
    assert onderwerp.stand.status == Status.DOORLOPEND


def _fouten(voortgang):
    with pytest.raises(ValidationError) as info:
        voortgang.full_clean(exclude=["onderwerp"])
    return info.value.message_dict


def test_percentage_buiten_0_tot_100_geeft_een_nederlandse_melding():
    fouten = _fouten(
        Voortgang(
            datum=datetime.date(2020, 1, 1),
            status="in_uitvoering",
            percentage=120,
            wat_gebeurd="Er is iets gedaan. Dat is goed.",
        )
    )
    assert fouten["percentage"] == ["Het percentage moet tussen 0 en 100 liggen."]


def test_datum_in_de_toekomst_wordt_geweigerd():
    morgen = timezone.localdate() + datetime.timedelta(days=1)
    fouten = _fouten(
        Voortgang(
            datum=morgen, status="in_uitvoering", percentage=10, wat_gebeurd="Er is iets gedaan."
        )
    )
    assert "toekomst" in fouten["datum"][0]


def test_afgerond_hoort_bij_100_procent():
    fouten = _fouten(
        Voortgang(
            datum=datetime.date(2020, 1, 1), status="afgerond", percentage=90, wat_gebeurd="Klaar."
        )
    )
    assert fouten["percentage"] == [
        "Bij 'Afgerond' hoort 100 procent. Pas het percentage of de status aan."
    ]
    Voortgang(
        datum=datetime.date(2020, 1, 1), status="afgerond", percentage=100, wat_gebeurd="Klaar."
    ).full_clean(exclude=["onderwerp"])


def test_wat_er_gebeurde_is_verplicht():
    fouten = _fouten(
        Voortgang(
            datum=datetime.date(2020, 1, 1), status="in_uitvoering", percentage=10, wat_gebeurd=""
        )
    )
    assert "wat_gebeurd" in fouten


def test_nummer_is_uniek_binnen_de_agenda_maar_niet_daarbuiten(home):
    agenda = AgendaPageFactory(parent=home)
    OnderwerpPageFactory(parent=agenda, nummer=7)
    with pytest.raises(ValidationError) as info:
        OnderwerpPageFactory(parent=agenda, nummer=7)
    assert "Nummer 7 bestaat al" in info.value.message_dict["nummer"][0]
    OnderwerpPageFactory(parent=AgendaPageFactory(parent=home), nummer=7)


def test_formulier_in_beheer_weigert_dubbel_nummer_bij_een_nieuwe_pagina(home):
    from agenda.models import OnderwerpPage

    agenda = AgendaPageFactory(parent=home)
    bestaand = OnderwerpPageFactory(parent=agenda, nummer=3)
    Form = OnderwerpPage.get_edit_handler().get_form_class()
    form = Form(
        data={
            "title": "Nieuw",
            "slug": "nieuw",
            "nummer": 3,
            "thema": bestaand.thema_id,
            "in_het_kort": "Dit is nieuw. Het is kort.",
            "voortgang-TOTAL_FORMS": 0,
            "voortgang-INITIAL_FORMS": 0,
            "voortgang-MIN_NUM_FORMS": 0,
            "voortgang-MAX_NUM_FORMS": 1000,
        },
        instance=OnderwerpPage(),
        parent_page=agenda,
    )
    assert not form.is_valid()
    assert form.errors["nummer"] == ["Nummer 3 bestaat al in deze agenda. Kies een ander nummer."]
