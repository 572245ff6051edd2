"""'Plan de volgende cafés': a year of drafts in one step."""

from datetime import date, datetime, timedelta

import pytest

from campagnes.models import BijeenkomstPage
from campagnes.planning import plan_volgende, volgende_data
from campagnes.tijd import AMSTERDAM, lokaal
from tests.campagnes.factories import BijeenkomstPageFactory, CafeIndexPageFactory, LocatieFactory


@pytest.fixture
def index(home):
    return CafeIndexPageFactory(parent=home, slug="inclusiecafe")


@pytest.fixture
def laatste(index):
    return BijeenkomstPageFactory(
        parent=index,
        slug="februari",
        start=datetime(2030, 2, 13, 19, 30, tzinfo=AMSTERDAM),
        eind=datetime(2030, 2, 13, 21, 30, tzinfo=AMSTERDAM),
        thema="Werk",
        locatie=LocatieFactory(naam="De Bieb"),
        aanmelden="graag",
        aanmelden_hoe="Bel 036 123 45 67.",
    )


def test_volgende_data_lopen_over_de_jaargrens_en_korte_maanden():
    assert volgende_data(date(2030, 11, 13), 3) == [
        date(2030, 12, 13),
        date(2031, 1, 13),
        date(2031, 2, 13),
    ]
    assert volgende_data(date(2030, 1, 31), 1, dag=31) == [date(2030, 2, 28)]


def test_een_jaar_plannen_geeft_twaalf_concepten_op_de_13e(index, laatste):
    nieuwe = plan_volgende(index, aantal=12)
    assert len(nieuwe) == 12
    for i, cafe in enumerate(nieuwe):
        cafe = BijeenkomstPage.objects.get(pk=cafe.pk)
        start, eind = lokaal(cafe.start), lokaal(cafe.eind)
        maand = (2 + i) % 12 + 1
        assert (start.month, start.day) == (maand, 13)
        # Same wall-clock times in winter and in summer.
        assert (start.hour, start.minute, eind.hour, eind.minute) == (19, 30, 21, 30)
        assert not cafe.live and cafe.has_unpublished_changes
        assert cafe.get_latest_revision() is not None
        assert cafe.thema == ""
        assert cafe.locatie.naam == "De Bieb"
        assert cafe.aanmelden == "graag" and cafe.aanmelden_hoe == "Bel 036 123 45 67."
        assert cafe.status == "gaat_door"
        assert cafe.get_parent().pk == index.pk
    assert nieuwe[0].slug == "inclusiecafe-2030-03"
    assert nieuwe[0].title == "Inclusiecafé maart 2030"
    assert "woensdag 13 maart 2030" in nieuwe[0].in_het_kort
    # Summer time: 19:30 in July is 17:30 UTC, in winter 18:30 UTC.
    juli = nieuwe[4]
    assert juli.start.astimezone(AMSTERDAM).utcoffset() == timedelta(hours=2)


def test_nog_een_keer_plannen_gaat_verder_na_de_concepten(index, laatste):
    plan_volgende(index, aantal=2)
    derde = plan_volgende(index, aantal=1)[0]
    assert lokaal(derde.start).month == 5
    assert BijeenkomstPage.objects.child_of(index).count() == 4


def test_plannen_zonder_café_geeft_een_melding(admin_client, index):
    response = admin_client.post(
        f"/admin/inclusiecafe/{index.pk}/plannen/", {"aantal": 2, "dag": 13}
    )
    assert response.status_code == 200
    assert "Er is nog geen café om van uit te gaan." in response.content.decode()
    assert BijeenkomstPage.objects.count() == 0


def test_admin_scherm_toont_voorstel_en_zet_cafes_klaar(admin_client, index, laatste):
    url = f"/admin/inclusiecafe/{index.pk}/plannen/"
    html = admin_client.get(url).content.decode()
    assert "Plan de volgende cafés" in html
    assert "woensdag 13 maart 2030, 19:30 tot 21:30 uur" in html
    assert "De Bieb" in html

    response = admin_client.post(url, {"aantal": 3, "dag": 1}, follow=True)
    assert response.redirect_chain[-1][0] == f"/admin/pages/{index.pk}/"
    assert "3 nieuwe cafés staan klaar als concept." in response.content.decode()
    dagen = sorted(lokaal(c.start).date() for c in BijeenkomstPage.objects.exclude(pk=laatste.pk))
    assert dagen == [date(2030, 3, 1), date(2030, 4, 1), date(2030, 5, 1)]


@pytest.mark.parametrize(
    "data,melding",
    [
        ({"aantal": 13, "dag": 13}, "Kies hoogstens 12 cafés: een jaar."),
        ({"aantal": 0, "dag": 13}, "Kies minstens 1 café."),
        ({"aantal": 2, "dag": 31}, "Kies een dag van 1 tot en met 28."),
        ({"aantal": "", "dag": 13}, "Vul in hoeveel cafés je wilt klaarzetten."),
    ],
)
def test_foute_invoer_geeft_een_nederlandse_melding_en_maakt_niets(
    admin_client, index, laatste, data, melding
):
    response = admin_client.post(f"/admin/inclusiecafe/{index.pk}/plannen/", data)
    assert response.status_code == 200
    assert melding in response.content.decode()
    assert BijeenkomstPage.objects.count() == 1


def test_knop_staat_bij_het_overzicht_en_bij_een_cafe(admin_client, index, laatste):
    url = f"/admin/inclusiecafe/{index.pk}/plannen/"
    assert url in admin_client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert url in admin_client.get(f"/admin/pages/{laatste.pk}/edit/").content.decode()
    assert url in admin_client.get(f"/admin/pages/{index.get_parent().pk}/").content.decode()


def test_redacteur_zonder_rechten_mag_niet_plannen(client, index, laatste, django_user_model):
    from django.contrib.auth.models import Permission

    gebruiker = django_user_model.objects.create_user("lezer", password="x")
    gebruiker.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(gebruiker)
    response = client.post(f"/admin/inclusiecafe/{index.pk}/plannen/", {"aantal": 1, "dag": 13})
    assert response.status_code in (302, 403)
    assert BijeenkomstPage.objects.count() == 1
