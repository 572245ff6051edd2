"""The editor's form for progress updates, and the benchmark command."""

import datetime

import pytest
from django.core.management import call_command

from agenda.models import OnderwerpPage
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory

pytestmark = pytest.mark.django_db


def _formdata(onderwerp, stappen):
    data = {
        "title": onderwerp.title,
        "slug": onderwerp.slug,
        "nummer": onderwerp.nummer,
        "thema": onderwerp.thema_id,
        "in_het_kort": onderwerp.in_het_kort,
        "voortgang-TOTAL_FORMS": len(stappen),
        "voortgang-INITIAL_FORMS": 0,
        "voortgang-MIN_NUM_FORMS": 0,
        "voortgang-MAX_NUM_FORMS": 1000,
    }
    for i, stap in enumerate(stappen):
        for sleutel, waarde in stap.items():
            data[f"voortgang-{i}-{sleutel}"] = waarde
        data[f"voortgang-{i}-ORDER"] = i + 1
    return data


def test_beheerformulier_geeft_nederlandse_fouten_bij_elke_stap(home):
    onderwerp = OnderwerpPageFactory(parent=AgendaPageFactory(parent=home))
    Form = OnderwerpPage.get_edit_handler().get_form_class()
    morgen = datetime.date.today() + datetime.timedelta(days=2)
    form = Form(
        _formdata(
            onderwerp,
            [
                {
                    "datum": "2020-01-01",
                    "status": "afgerond",
                    "percentage": 80,
                    "wat_gebeurd": "Klaar.",
                },
                {
                    "datum": morgen.isoformat(),
                    "status": "in_uitvoering",
                    "percentage": 101,
                    "wat_gebeurd": "",
                },
            ],
        ),
        instance=onderwerp,
        parent_page=onderwerp.get_parent(),
    )
    assert not form.is_valid()
    eerste, tweede = form.formsets["voortgang"].errors
    assert eerste["percentage"] == [
        "Bij 'Afgerond' hoort 100 procent. Pas het percentage of de status aan."
    ]
    assert tweede["percentage"] == ["Het percentage moet tussen 0 en 100 liggen."]
    assert "toekomst" in tweede["datum"][0]
    assert tweede["wat_gebeurd"]


def test_bench_pages_meet_elke_pagina(home, capsys):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    onderwerp = OnderwerpPageFactory(parent=agenda, slug="een")
    VoortgangFactory(onderwerp=onderwerp)
    call_command("bench_pages", keer=1)
    uit = capsys.readouterr().out
    for naam in ("overzicht gefilterd", "onderwerp", "wat is veranderd", "rapport", "export csv"):
        assert naam in uit
    regel = next(r for r in uit.splitlines() if r.startswith("onderwerp "))
    assert int(regel.split()[-2]) > 0  # the query count was really measured


def test_beheer_schermen_openen(client, home, django_user_model):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    onderwerp = OnderwerpPageFactory(parent=agenda)
    VoortgangFactory(onderwerp=onderwerp)
    baas = django_user_model.objects.create_superuser("baas", password="geheim-wachtwoord-1")
    client.force_login(baas)
    for url in (
        f"/admin/pages/add/agenda/onderwerppage/{agenda.pk}/",
        f"/admin/pages/{onderwerp.pk}/edit/",
        f"/admin/pages/{agenda.pk}/edit/",
        "/admin/snippets/agenda/thema/",
        "/admin/snippets/agenda/bespreking/add/",
        "/admin/snippets/agenda/fase/add/",
        "/admin/onderwerpen/importeren/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    html = client.get(f"/admin/pages/{onderwerp.pk}/edit/").content.decode()
    assert "Een afdeling of een rol. Nooit de naam van een persoon." in html
    assert "De nieuwste stap bepaalt de status." in html
