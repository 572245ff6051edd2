"""Editors get clear Dutch messages in the admin, and nothing is half-saved."""

from datetime import timedelta

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campagnes.models import BijeenkomstPage
from campagnes.tijd import lokaal
from tests.campagnes.conftest import NU
from tests.campagnes.factories import CafeIndexPageFactory, LocatieFactory


@pytest.fixture
def index(home):
    return CafeIndexPageFactory(parent=home, slug="inclusiecafe")


def formulier(start, eind, **extra):
    data = {
        "title": "Inclusiecafé april",
        "slug": "april",
        "in_het_kort": "Kom naar het café. Iedereen is welkom.",
        "start": lokaal(start).strftime("%Y-%m-%d %H:%M"),
        "eind": lokaal(eind).strftime("%Y-%m-%d %H:%M"),
        "thema": "",
        "aanmelden": "niet_nodig",
        "aanmelden_hoe": "",
        "status": "gaat_door",
        "status_reden": "",
        "verslag": streamfield([]),
        "onderwerp_links": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


def voeg_toe(admin_client, index, data):
    return admin_client.post(f"/admin/pages/add/campagnes/bijeenkomstpage/{index.pk}/", data)


def test_nieuw_cafe_in_de_toekomst_wordt_opgeslagen(admin_client, index, klok):
    start = NU + timedelta(days=10)
    response = voeg_toe(admin_client, index, formulier(start, start + timedelta(hours=2)))
    assert response.status_code == 302
    cafe = BijeenkomstPage.objects.get(slug="april")
    assert cafe.start == start


def test_nieuw_cafe_in_het_verleden_wordt_geweigerd(admin_client, index, klok):
    start = NU - timedelta(days=3)
    response = voeg_toe(admin_client, index, formulier(start, start + timedelta(hours=2)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze datum is al voorbij. Kies een datum in de toekomst." in html
    assert not BijeenkomstPage.objects.filter(slug="april").exists()


def test_oud_cafe_met_verslag_mag_wel(admin_client, index, klok):
    start = NU - timedelta(days=3)
    data = formulier(
        start,
        start + timedelta(hours=2),
        verslag=streamfield([("tekst", rich_text("<p>Wij spraken over de bus.</p>"))]),
    )
    assert voeg_toe(admin_client, index, data).status_code == 302
    assert BijeenkomstPage.objects.filter(slug="april").exists()


def test_bestaand_cafe_in_het_verleden_mag_bewerkt_worden(admin_client, index, klok):
    start = NU + timedelta(days=1)
    voeg_toe(admin_client, index, formulier(start, start + timedelta(hours=2)))
    cafe = BijeenkomstPage.objects.get(slug="april")
    klok.zet(NU + timedelta(days=5))
    data = formulier(start, start + timedelta(hours=2), thema="Wonen")
    response = admin_client.post(f"/admin/pages/{cafe.pk}/edit/", data)
    assert response.status_code == 302
    cafe.refresh_from_db()
    assert cafe.get_latest_revision_as_object().thema == "Wonen"


@pytest.mark.parametrize(
    "extra,melding",
    [
        ({"status": "afgelast"}, "Schrijf waarom de bijeenkomst is afgelast."),
        ({"status": "verplaatst"}, "Schrijf waarom en waarheen de bijeenkomst is verplaatst."),
        ({"aanmelden": "verplicht"}, "Schrijf hoe iemand zich kan aanmelden."),
    ],
)
def test_ontbrekende_reden_geeft_een_melding_bij_het_veld(
    admin_client, index, klok, extra, melding
):
    start = NU + timedelta(days=10)
    response = voeg_toe(admin_client, index, formulier(start, start + timedelta(hours=2), **extra))
    assert response.status_code == 200
    assert melding in response.content.decode()
    assert not BijeenkomstPage.objects.filter(slug="april").exists()


def test_einde_voor_begin_geeft_een_melding(admin_client, index, klok):
    start = NU + timedelta(days=10)
    response = voeg_toe(admin_client, index, formulier(start, start - timedelta(hours=1)))
    assert response.status_code == 200
    assert "Het einde moet later zijn dan het begin." in response.content.decode()


def test_locatie_is_een_fragment_in_de_admin(admin_client, db):
    LocatieFactory(naam="De Bieb")
    response = admin_client.get("/admin/snippets/campagnes/locatie/")
    assert response.status_code == 200
    assert "De Bieb" in response.content.decode()
