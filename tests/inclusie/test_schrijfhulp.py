"""The writing aid: the check's rules per sentence, the bar for short texts, the live view."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from inclusie import rollen
from inclusie.leesbaarheid import meting, woordenlijsten
from inclusie.leesbaarheid.lijdende_vorm import is_misschien_lijdend
from inclusie.leesbaarheid.woordvormen import als_hint
from inclusie.models import Begrip, MoeilijkWoord
from tests.factories import ContentPageFactory

LANG = "Wij gaan samen met de mensen uit de buurt kijken hoe de stoep in de wijk breder kan."


def soorten(analyse, nummer=1):
    return [p.soort for p in analyse.zinnen[nummer - 1].punten]


def test_lange_zin_wordt_gemeld_met_het_aantal_woorden():
    analyse = meting.analyseer(f"{LANG} Dat is fijn.")
    assert soorten(analyse, 1) == [meting.LANGE_ZIN_PUNT]
    assert analyse.zinnen[0].punten[0].tekst == "Lange zin: 18 woorden. Maak er twee zinnen van."
    assert soorten(analyse, 2) == []


def test_zin_van_vijftien_woorden_is_niet_lang():
    zin = "Wij gaan samen met de mensen uit de buurt kijken hoe de stoep breder kan."
    assert len(zin.split()) == 15
    assert soorten(meting.analyseer(zin)) == []


def test_lang_woord_wordt_gemeld():
    analyse = meting.analyseer("Wij willen participatiemogelijkheden. Dat is alles.")
    tekst = analyse.zinnen[0].punten[-1].tekst
    assert tekst == "Lang woord: participatiemogelijkheden. Kan het korter of gewoner?"


@pytest.mark.parametrize(
    "zin",
    [
        "De stoep wordt gemaakt.",
        "De stoep wordt door de gemeente breder gemaakt.",
        "De problemen werden snel opgelost.",
        "Dit onderwerp wordt drie keer per jaar besproken.",
        "Het plan is gemaakt door de ViP.",
        "Er worden nieuwe bankjes neergezet.",
    ],
)
def test_lijdende_zinnen(zin):
    assert is_misschien_lijdend(zin)
    assert meting.LIJDEND_PUNT in soorten(meting.analyseer(zin))


@pytest.mark.parametrize(
    "zin",
    [
        "De gemeente maakt de stoep breder.",
        "Je kunt lid worden van de ViP.",
        "Het is koud geworden.",
        "Het café is gesloten.",
        "Wij worden blij van geld.",
        "De ViP is er voor iedereen.",
    ],
)
def test_bedrijvende_zinnen(zin):
    assert not is_misschien_lijdend(zin)


def test_moeilijk_woord_met_een_gewoner_woord():
    analyse = meting.analyseer("Wij faciliteren het café. Dat is leuk.")
    assert analyse.zinnen[0].punten[0].tekst == (
        "Moeilijk woord: 'faciliteren'. Schrijf 'mogelijk maken' of 'helpen'."
    )


def test_hint_van_de_redactie():
    assert als_hint(["helpen"]) == "Schrijf 'helpen'."
    assert als_hint(["met", "door"]) == "Schrijf 'met' of 'door'."
    assert als_hint(["a", "b", "c"]) == "Schrijf 'a', 'b' of 'c'."
    assert als_hint([]) == "Kies een gewoner woord."


def test_woorden_om_te_vermijden_staan_in_de_database(db):
    """The data migration gives the redactie a list to start from."""
    assert 20 <= MoeilijkWoord.objects.count() <= 45
    middels = MoeilijkWoord.objects.get(woord="middels")
    assert middels.hint == "Schrijf 'met' of 'door'."


def test_de_check_gebruikt_de_lijst_van_de_redactie(db):
    tekst = "Wij gaan het plan uitrollen. Dat doen wij snel."
    assert meting.analyseer(tekst, woordenlijsten.voor_de_check()).te_vermijden == []
    MoeilijkWoord.objects.create(woord="uitrollen", alternatief="invoeren, starten")
    analyse = meting.analyseer(tekst, woordenlijsten.voor_de_check())
    assert [w.woord for w in analyse.te_vermijden] == ["uitrollen"]
    assert analyse.zinnen[0].punten[0].tekst == (
        "Moeilijk woord: 'uitrollen'. Schrijf 'invoeren' of 'starten'."
    )
    assert not analyse.voldoet(meting.MIN_SCORE_KORT)


def test_sterretje_vindt_elke_vorm(db):
    MoeilijkWoord.objects.create(woord="monitoren", vormen="monitor*", alternatief="volgen")
    lijsten = woordenlijsten.voor_de_check()
    analyse = meting.analyseer("Wij monitoren dit. De monitoring is klaar.", lijsten)
    assert [w.aantal for w in analyse.te_vermijden if w.woord == "monitoren"] == [2]


def test_kwetsbaar_wordt_altijd_gemeld(db):
    MoeilijkWoord.objects.all().delete()
    analyse = meting.analyseer(
        "Kwetsbare mensen. Dat zeggen wij niet.", woordenlijsten.voor_de_check()
    )
    assert [w.woord for w in analyse.te_vermijden] == ["kwetsbaar"]


def test_woorden_die_uitleg_nodig_hebben(db):
    Begrip.objects.create(
        woord="respijtzorg", uitleg="Zorg die het even overneemt.", locale=Locale.get_default()
    )
    lijsten = woordenlijsten.voor_de_check()
    kort = meting.analyseer("Wij willen meer respijtzorg. Dat helpt.", lijsten)
    assert kort.uitleg_nodig == ["respijtzorg"]
    assert kort.zinnen[0].punten[0].tekst.startswith("Uitleg nodig: 'respijtzorg'")
    inhoud = meting.analyseer("Wij willen meer respijtzorg. Dat helpt.", lijsten, met_links=True)
    assert (
        inhoud.zinnen[0]
        .punten[0]
        .tekst.startswith("Uitleg: 'respijtzorg' staat in de woordenlijst.")
    )


# The bar for short texts


def test_korte_slechte_tekst_is_niet_goed():
    """Before, a short text was 'goed' on its average sentence length alone."""
    tekst = f"Wij faciliteren dit. {LANG}"
    analyse = meting.analyseer(tekst)
    assert not analyse.score_telt_mee
    assert analyse.gemiddelde_zinslengte <= meting.MAX_GEMIDDELDE_ZINSLENGTE
    assert not analyse.voldoet(meting.MIN_SCORE_KORT)
    assert analyse.oordeel == "Deze tekst kan duidelijker. Kijk naar de punten per zin."


def test_korte_tekst_met_vooral_lijdende_zinnen_is_niet_goed():
    analyse = meting.analyseer("De stoep wordt gemaakt. Het plan wordt besproken. Kom ook.")
    assert len(analyse.lijdende_zinnen) == 2
    assert not analyse.voldoet(meting.MIN_SCORE_KORT)


def test_korte_duidelijke_tekst_met_een_tip_is_goed_genoeg():
    analyse = meting.analyseer("Het plan wordt besproken. Kom ook. Iedereen is welkom.")
    assert analyse.voldoet(meting.MIN_SCORE_KORT)
    assert analyse.oordeel == "Deze tekst is duidelijk genoeg. Kijk nog even naar de tips."


@pytest.fixture
def beheerder(db):
    return get_user_model().objects.create_superuser("beheer", "beheer@example.org", "geheim")


@pytest.fixture
def admin_client(client, beheerder):
    client.force_login(beheerder)
    return client


def test_in_het_kort_met_een_lange_zin_haalt_de_lat_niet_in_de_editor(admin_client, home):
    page = ContentPageFactory(parent=home, in_het_kort=f"Kom ook. {LANG}")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    kort = html[html.index("Taalcheck: In het kort") : html.index("Taalcheck: Inhoud")]
    assert "Dat is nog niet goed genoeg voor deze site." in kort
    assert "Zin 2:" in kort and "Lange zin: 18 woorden." in kort


def test_editor_heeft_de_schrijfhulp(admin_client, home):
    page = ContentPageFactory(parent=home)
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "js/schrijfhulp.js" in html
    assert 'data-schrijfhulp-veld="in_het_kort"' in html
    assert 'aria-live="polite"' in html
    assert 'data-schrijfhulp-url="/admin/schrijfhulp/"' in html
    # Without JavaScript the box stays hidden; the check of the saved version is there.
    assert 'id="schrijfhulp-in-het-kort" hidden' in html


def test_schrijfhulp_zegt_wat_er_beter_kan(admin_client):
    antwoord = admin_client.post(
        "/admin/schrijfhulp/", {"tekst": f"Kom ook. {LANG}", "soort": "kort"}
    )
    assert antwoord.status_code == 200
    data = json.loads(antwoord.content)
    assert data["samenvatting"] == (
        "Dit is nog niet goed genoeg voor deze site. 1 tip om de tekst duidelijker te maken. "
        "Zin 2: Lange zin: 18 woorden. Maak er twee zinnen van."
    )
    assert "Lange zin: 18 woorden." in data["html"]
    assert "Dat is nog niet goed genoeg voor deze site." in data["html"]


def test_schrijfhulp_bij_een_goede_tekst(admin_client):
    antwoord = admin_client.post("/admin/schrijfhulp/", {"tekst": "Kom ook. Iedereen is welkom."})
    assert json.loads(antwoord.content)["samenvatting"] == "Geen tips. De tekst is duidelijk."


def test_schrijfhulp_alleen_voor_het_beheer(client, db):
    antwoord = client.post("/admin/schrijfhulp/", {"tekst": "Hallo."})
    assert antwoord.status_code == 302 and "/admin/login/" in antwoord["Location"]
    gewoon = get_user_model().objects.create_user("los", password="x")
    client.force_login(gewoon)
    assert client.post("/admin/schrijfhulp/", {"tekst": "Hallo."}).status_code in (302, 403)


def test_schrijfhulp_vraagt_een_post(admin_client):
    assert admin_client.get("/admin/schrijfhulp/").status_code == 405


def test_redactie_beheert_de_woordenlijsten_meelezer_leest(db):
    rollen.zet_rollen()
    redactie = set(
        Group.objects.get(name=rollen.REDACTIE).permissions.values_list("codename", flat=True)
    )
    for model in ("begrip", "moeilijkwoord"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"} <= redactie
    meelezer = set(
        Group.objects.get(name=rollen.MEELEZER).permissions.values_list("codename", flat=True)
    )
    assert "view_begrip" in meelezer and "change_begrip" not in meelezer


def test_snippets_staan_in_het_beheer(admin_client):
    assert admin_client.get("/admin/snippets/inclusie/begrip/").status_code == 200
    assert admin_client.get("/admin/snippets/inclusie/moeilijkwoord/").status_code == 200
    html = admin_client.get("/admin/snippets/inclusie/moeilijkwoord/").content.decode()
    assert "faciliteren" in html
