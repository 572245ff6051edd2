"""Signing up for a café: the form on the page, the form view, places and waiting list, cancelling.

The helpers at the top are shared with the other test_aanmelden_* files.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache

from campagnes.aanmeldingen import plaatsen
from campagnes.models import Aanmelding
from campagnes.models.aanmelding import AanmeldStatus
from tests.campagnes.conftest import NU
from tests.campagnes.factories import BijeenkomstPageFactory, CafeIndexPageFactory
from tests.queries import queries_voor

GOED = {
    "naam": "Anna de Vries",
    "email": "anna@example.org",
    "telefoon": "",
    "aantal": "2",
    "behoeften": ["ngt_tolk", "rolstoelplek"],
    "anders": "",
    "opmerking": "Ik kom met de bus.",
}


def maak_cafe(index, dagen=12, **velden):
    start = NU + timedelta(days=dagen)
    velden.setdefault("slug", f"cafe-{dagen + 1000}")
    velden.setdefault("title", f"Inclusiecafé dag {dagen}")
    return BijeenkomstPageFactory(
        parent=index, start=start, eind=start + timedelta(hours=2), **velden
    )


def meld(client, cafe, adres="10.0.0.1", prefix="", **velden):
    data = {**GOED, **velden}
    return client.post(f"{prefix}/aanmelden/{cafe.pk}/", data, REMOTE_ADDR=adres)


def aanmelding(cafe, **velden):
    """A stored sign-up without the view (for the admin, mail and wipe tests)."""
    velden.setdefault("taal", "nl")
    velden.setdefault("aangemaakt", NU)
    return Aanmelding.objects.create(cafe=cafe, **velden)


@pytest.fixture
def index(home):
    return CafeIndexPageFactory(parent=home, slug="inclusiecafe", title="Inclusiecafé")


@pytest.fixture
def cafe(index, klok):
    return maak_cafe(index, capaciteit=4, aanmelden="graag")


# --- the form on the café page ----------------------------------------------


def test_formulier_staat_op_de_cafepagina_zonder_token_en_zonder_telling(client, cafe):
    html = client.get(cafe.url).content.decode()
    assert f'action="/aanmelden/{cafe.pk}/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert 'name="website"' in html  # the honeypot
    for naam in ("naam", "email", "telefoon", "aantal", "opmerking", "anders"):
        assert f'name="{naam}"' in html
    assert 'value="ngt_tolk"' in html and "Schrijftolk" in html
    # The page is cached whole: the total, never the places that are still free.
    assert "Er zijn 4 plaatsen." in html
    assert "nog" not in html[html.index("Er zijn 4 plaatsen.") :][:60]
    assert "Kijk hoeveel plaatsen er nog vrij zijn" in html
    assert "tot 30 dagen na het café" in html


def test_ook_als_aanmelden_niet_hoeft_staat_het_formulier_er(client, index, klok):
    cafe = maak_cafe(index, aanmelden="niet_nodig")
    html = client.get(cafe.url).content.decode()
    assert "Aanmelden hoeft niet." in html
    assert "zoals een tolk of een rustige plek" in html
    assert f'action="/aanmelden/{cafe.pk}/"' in html
    assert "plaatsen" not in html.split("Aanmelden hoeft niet.")[1].split("<form")[0]


@pytest.mark.parametrize(
    "velden",
    [{"dagen": -10}, {"status": "afgelast", "status_reden": "De zaal is dicht."}],
    ids=["voorbij", "afgelast"],
)
def test_geen_formulier_bij_een_voorbij_of_afgelast_cafe(client, index, klok, velden):
    cafe = maak_cafe(index, **velden)
    html = client.get(cafe.url).content.decode()
    assert "/aanmelden/" not in html


def test_formulier_verdwijnt_als_het_cafe_begint(client, cafe, klok):
    klok.zet(cafe.start + timedelta(minutes=5))
    html = client.get(cafe.url).content.decode()
    assert "/aanmelden/" not in html
    antwoord = meld(client, cafe)
    assert antwoord.status_code == 400
    assert "Dit café is al begonnen." in antwoord.content.decode()
    assert not Aanmelding.objects.exists()


# --- a good sign-up ----------------------------------------------------------


def test_goede_aanmelding_krijgt_een_plaats_en_een_bevestigingspagina(client, cafe):
    antwoord = meld(client, cafe)
    assert antwoord.status_code == 303
    a = Aanmelding.objects.get()
    assert antwoord["Location"] == f"/aanmelding/{a.token}/"
    assert a.status == AanmeldStatus.GEPLAATST
    assert (a.naam, a.email, a.aantal, a.taal) == ("Anna de Vries", "anna@example.org", 2, "nl")
    assert a.behoeften == ["ngt_tolk", "rolstoelplek"]
    assert a.opmerking == "Ik kom met de bus."
    assert len(a.token) >= 32

    pagina = client.get(antwoord["Location"])
    assert pagina.status_code == 200
    assert "no-store" in pagina["Cache-Control"]
    html = pagina.content.decode()
    assert "Je bent aangemeld" in html
    assert "Tolk Nederlandse Gebarentaal (NGT-tolk)" in html and "Plek voor een rolstoel" in html
    assert "Ik kom met de bus." in html
    assert f'href="/aanmelding/{a.token}/afmelden/"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_alles_leeg_behalve_het_aantal_mag(client, cafe):
    leeg = dict.fromkeys(GOED, "")
    leeg["aantal"] = "1"
    leeg.pop("behoeften")
    antwoord = client.post(f"/aanmelden/{cafe.pk}/", leeg)
    assert antwoord.status_code == 303
    a = Aanmelding.objects.get()
    assert (a.naam, a.email, a.telefoon, a.behoeften) == ("", "", "", [])
    html = client.get(antwoord["Location"]).content.decode()
    assert "Bewaar daarom het adres van deze pagina" in html
    assert f"http://testserver/aanmelding/{a.token}/" in html


def test_telefoonnummer_wordt_netjes_bewaard(client, cafe):
    assert meld(client, cafe, email="", telefoon="036 - 123 45 67").status_code == 303
    assert Aanmelding.objects.get().telefoon == "0361234567"


def test_tekst_bij_iets_anders_zet_het_vinkje_zelf(client, cafe):
    meld(client, cafe, behoeften=[], anders="Een stoel met leuning")
    a = Aanmelding.objects.get()
    assert a.behoeften == ["anders"]
    assert a.behoeften_labels() == ["Iets anders: Een stoel met leuning"]


def test_het_formulier_los_toont_hoeveel_plaatsen_er_nog_zijn(client, cafe):
    aanmelding(cafe, aantal=3)
    antwoord = client.get(f"/aanmelden/{cafe.pk}/")
    assert antwoord.status_code == 200
    assert "no-store" in antwoord["Cache-Control"]
    html = antwoord.content.decode()
    assert "Er is nog 1 plaats vrij van de 4." in html
    assert 'name="aantal"' in html and 'value="1"' in html


def test_onbekend_of_concept_cafe_geeft_404(client, index, klok):
    concept = maak_cafe(index, live=False)
    assert client.get(f"/aanmelden/{concept.pk}/").status_code == 404
    assert client.post("/aanmelden/999999/", GOED).status_code == 404


# --- bad input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "velden, veld, melding",
    [
        ({"email": "anna-at-example"}, "email", "Dit is geen e-mailadres."),
        ({"naam": "x" * 10_000}, "naam", "Dit is te lang. Gebruik hoogstens 100 tekens."),
        ({"opmerking": "x" * 10_000}, "opmerking", "Gebruik hoogstens 1000 tekens."),
        ({"anders": "x" * 10_000}, "anders", "Gebruik hoogstens 200 tekens."),
        ({"aantal": "-3"}, "aantal", "Kies minstens 1 persoon: jezelf."),
        ({"aantal": "0"}, "aantal", "Kies minstens 1 persoon: jezelf."),
        ({"aantal": "11"}, "aantal", "Je kunt hoogstens 10 mensen aanmelden."),
        ({"aantal": "twee"}, "aantal", "Vul een getal in, bijvoorbeeld 2."),
        ({"aantal": ""}, "aantal", "Vul in met hoeveel mensen je komt."),
        ({"telefoon": "bel me"}, "telefoon", "Dit is geen telefoonnummer."),
        ({"telefoon": "123"}, "telefoon", "Dit is geen telefoonnummer."),
        ({"behoeften": ["anders"]}, "anders", "Schrijf kort wat je nodig hebt."),
        ({"behoeften": ["vliegtuig"]}, "behoeften", "Kies uit de lijst."),
    ],
)
def test_foute_invoer_geeft_een_melding_bij_het_veld_en_bovenaan(
    client, cafe, velden, veld, melding
):
    antwoord = meld(client, cafe, **velden)
    assert antwoord.status_code == 400
    html = antwoord.content.decode()
    assert not Aanmelding.objects.exists()
    samenvatting = html[html.index('id="aanmelden-fouten"') :][:2000]
    assert "Je bent nog niet aangemeld. Kijk naar de fouten hieronder." in samenvatting
    assert melding in samenvatting
    assert f'id="fout-aanmelden-{veld}"' in html
    assert melding in html[html.index(f'id="fout-aanmelden-{veld}"') :][:400]
    assert "<title>Fout:" in html
    # Nothing is lost: the other answers are still in the form.
    if veld != "naam":
        assert 'value="Anna de Vries"' in html
    if "behoeften" not in velden:
        assert 'value="rolstoelplek" checked' in html
    if veld != "opmerking":
        assert "Ik kom met de bus.</textarea>" in html


def test_fout_veld_is_gekoppeld_voor_schermlezers(client, cafe):
    html = meld(client, cafe, email="fout").content.decode()
    veld = html[html.index('id="aanmelden-email"') :][:400]
    assert 'aria-invalid="true"' in veld
    assert "fout-aanmelden-email" in veld
    assert 'href="#aanmelden-email"' in html


def test_voorbij_cafe_weigert_een_aanmelding(client, index, klok):
    cafe = maak_cafe(index, dagen=-3)
    antwoord = meld(client, cafe)
    assert antwoord.status_code == 400
    assert "Dit café is al geweest. Aanmelden kan niet meer." in antwoord.content.decode()
    assert not Aanmelding.objects.exists()


def test_afgelast_cafe_weigert_een_aanmelding(client, index, klok):
    cafe = maak_cafe(index, status="afgelast", status_reden="Zaal dicht.")
    antwoord = meld(client, cafe)
    assert antwoord.status_code == 400
    assert "Dit café is afgelast." in antwoord.content.decode()
    assert not Aanmelding.objects.exists()


@pytest.mark.parametrize(
    "eerste, tweede, veld",
    [
        ({"email": "anna@example.org"}, {"email": "ANNA@example.org"}, "email"),
        (
            {"email": "", "telefoon": "036 123 45 67"},
            {"email": "", "telefoon": "0361234567"},
            "telefoon",
        ),
    ],
    ids=["email", "telefoon"],
)
def test_dubbele_aanmelding_wordt_herkend_en_niet_twee_keer_bewaard(
    client, cafe, eerste, tweede, veld
):
    assert meld(client, cafe, **eerste).status_code == 303
    antwoord = meld(client, cafe, adres="10.0.0.2", **tweede)
    assert antwoord.status_code == 400
    html = antwoord.content.decode()
    assert "Je bent al aangemeld voor dit café." in html
    assert f'id="fout-aanmelden-{veld}"' in html
    assert Aanmelding.objects.count() == 1


def test_na_afmelden_mag_je_je_opnieuw_aanmelden(client, cafe):
    meld(client, cafe)
    plaatsen.meld_af(Aanmelding.objects.get())
    assert meld(client, cafe).status_code == 303
    assert Aanmelding.objects.filter(status=AanmeldStatus.GEPLAATST).count() == 1


# --- protection --------------------------------------------------------------


def test_honingpot_gevuld_slaat_niets_op(client, cafe):
    antwoord = meld(client, cafe, website="http://spam.example")
    assert antwoord.status_code == 400
    assert "Je aanmelding is niet verstuurd." in antwoord.content.decode()
    assert not Aanmelding.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "https://kwaad.example"},
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_post_van_een_andere_site_wordt_geweigerd(client, cafe, headers):
    antwoord = client.post(f"/aanmelden/{cafe.pk}/", GOED, **headers)
    assert antwoord.status_code == 403
    assert not Aanmelding.objects.exists()
    a = aanmelding(cafe)
    assert client.post(f"/aanmelding/{a.token}/afmelden/", **headers).status_code == 403
    a.refresh_from_db()
    assert a.status == AanmeldStatus.GEPLAATST


def test_post_van_de_eigen_site_mag(client, cafe):
    antwoord = client.post(f"/aanmelden/{cafe.pk}/", GOED, HTTP_SEC_FETCH_SITE="same-origin")
    assert antwoord.status_code == 303


def test_te_veel_aanmeldingen_per_minuut_van_een_adres(client, index, klok, settings):
    settings.AANMELDEN_MAX_PER_MINUUT = 3
    cafe = maak_cafe(index)
    for i in range(3):
        assert meld(client, cafe, email=f"p{i}@example.org").status_code == 303
    antwoord = meld(client, cafe, email="p9@example.org")
    assert antwoord.status_code == 429
    html = antwoord.content.decode()
    assert "Wacht een minuut en probeer het opnieuw." in html
    assert 'value="p9@example.org"' in html  # nothing lost
    assert Aanmelding.objects.count() == 3
    # Another address is not held up.
    assert meld(client, cafe, adres="10.9.9.9", email="q@example.org").status_code == 303


def test_mislukt_opslaan_geeft_geen_valse_bevestiging(client, cafe, monkeypatch):
    from django.db import DatabaseError

    def kapot(*args, **kwargs):
        raise DatabaseError("schijf vol")

    monkeypatch.setattr(plaatsen.Aanmelding.objects, "create", kapot)
    antwoord = meld(client, cafe)
    assert antwoord.status_code == 503
    html = antwoord.content.decode()
    assert "Je bent nog niet aangemeld." in html
    assert 'value="Anna de Vries"' in html


# --- capacity and the waiting list --------------------------------------------


def test_vol_cafe_zet_je_op_de_wachtlijst_met_een_duidelijke_melding(client, cafe):
    assert meld(client, cafe, aantal="3", email="a@example.org").status_code == 303
    antwoord = meld(client, cafe, aantal="2", email="b@example.org")
    b = Aanmelding.objects.get(email="b@example.org")
    assert b.status == AanmeldStatus.WACHTLIJST
    html = client.get(antwoord["Location"]).content.decode()
    assert "Je staat op de wachtlijst" in html
    assert "Het café is vol." in html
    # One place left: a single person still fits.
    meld(client, cafe, aantal="1", email="c@example.org")
    assert Aanmelding.objects.get(email="c@example.org").status == AanmeldStatus.GEPLAATST
    assert plaatsen.vrije_plaatsen(cafe) == 0
    vol = client.get(f"/aanmelden/{cafe.pk}/").content.decode()
    assert "Het café is vol." in vol


def test_zonder_capaciteit_is_er_altijd_plaats(client, index, klok):
    cafe = maak_cafe(index)
    for i in range(12):
        meld(client, cafe, adres=f"10.1.0.{i}", email=f"p{i}@example.org", aantal="10")
    assert Aanmelding.objects.filter(status=AanmeldStatus.GEPLAATST).count() == 12


def test_afmelden_vraagt_eerst_en_geeft_de_plaats_aan_de_wachtlijst(
    client, cafe, django_capture_on_commit_callbacks
):
    eerste = aanmelding(cafe, aantal=4, email="eerste@example.org")
    groot = aanmelding(cafe, aantal=5, email="groot@example.org", status=AanmeldStatus.WACHTLIJST)
    past = aanmelding(
        cafe,
        aantal=3,
        email="past@example.org",
        status=AanmeldStatus.WACHTLIJST,
        aangemaakt=NU + timedelta(minutes=1),
    )
    url = f"/aanmelding/{eerste.token}/afmelden/"
    vraag = client.get(url)
    assert vraag.status_code == 200
    assert "Ja, meld mij af" in vraag.content.decode()
    eerste.refresh_from_db()
    assert eerste.status == AanmeldStatus.GEPLAATST  # a GET (a mail scanner) changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(url)
    assert antwoord.status_code == 200
    assert "Je bent afgemeld" in antwoord.content.decode()
    for a in (eerste, groot, past):
        a.refresh_from_db()
    assert eerste.status == AanmeldStatus.AFGEMELD
    # The group of 5 does not fit in 4 places; the group of 3 after it does.
    assert groot.status == AanmeldStatus.WACHTLIJST
    assert past.status == AanmeldStatus.GEPLAATST and past.doorgeschoven_op is not None
    assert [m.to for m in mail.outbox] == [["past@example.org"]]
    assert "Er is een plaats voor je" in mail.outbox[0].subject

    # Twice: nothing changes, nobody is mailed again.
    with django_capture_on_commit_callbacks(execute=True):
        nog_eens = client.post(url)
    assert "Je was al afgemeld." in nog_eens.content.decode()
    assert len(mail.outbox) == 1


def test_doorschuiven_zonder_email_meldt_het_op_de_eigen_pagina(client, cafe):
    eerste = aanmelding(cafe, aantal=4)
    wacht = aanmelding(cafe, aantal=1, status=AanmeldStatus.WACHTLIJST)
    client.post(f"/aanmelding/{eerste.token}/afmelden/")
    wacht.refresh_from_db()
    assert wacht.status == AanmeldStatus.GEPLAATST
    assert "Je bent aangemeld" in client.get(f"/aanmelding/{wacht.token}/").content.decode()


def test_afmelden_van_een_plaats_op_de_wachtlijst_schuift_niemand_door(client, cafe):
    aanmelding(cafe, aantal=4)
    wacht = aanmelding(cafe, aantal=1, status=AanmeldStatus.WACHTLIJST)
    later = aanmelding(cafe, aantal=1, status=AanmeldStatus.WACHTLIJST)
    client.post(f"/aanmelding/{wacht.token}/afmelden/")
    later.refresh_from_db()
    assert later.status == AanmeldStatus.WACHTLIJST


def test_onbekende_link_geeft_404(client, cafe):
    assert client.get("/aanmelding/bestaat-niet/").status_code == 404
    assert client.post("/aanmelding/bestaat-niet/afmelden/").status_code == 404


def test_afmelden_na_het_cafe_kan_niet_meer(client, cafe, klok):
    a = aanmelding(cafe)
    klok.zet(cafe.eind + timedelta(hours=1))
    html = client.get(f"/aanmelding/{a.token}/afmelden/").content.decode()
    assert "Afmelden kan niet meer" in html
    assert client.post(f"/aanmelding/{a.token}/afmelden/").status_code == 400
    a.refresh_from_db()
    assert a.status == AanmeldStatus.GEPLAATST


def test_vertaalde_cafepagina_telt_dezelfde_plaatsen(client, cafe, locale_en):
    engels = cafe.copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    engels.refresh_from_db()
    aanmelding(cafe, aantal=4)
    antwoord = meld(client, engels, prefix="/en")
    assert antwoord.status_code == 303
    assert antwoord["Location"].startswith("/en/aanmelding/")
    a = Aanmelding.objects.get(cafe=engels)
    assert a.taal == "en" and a.status == AanmeldStatus.WACHTLIJST


# --- queries stay flat --------------------------------------------------------


def test_cafepagina_en_formulier_kosten_evenveel_queries_bij_5_en_50_aanmeldingen(client, cafe):
    cafe.capaciteit = None
    cafe.save()
    for _i in range(5):
        aanmelding(cafe)
    pagina_5 = queries_voor(client, cafe.url)
    formulier_5 = queries_voor(client, f"/aanmelden/{cafe.pk}/")
    for _i in range(45):
        aanmelding(cafe)
    cache.clear()
    assert queries_voor(client, cafe.url) == pagina_5
    assert queries_voor(client, f"/aanmelden/{cafe.pk}/") == formulier_5
    print(f"queries cafépagina: {pagina_5}, formulier: {formulier_5}")


def test_formulier_view_blijft_onder_een_vast_aantal_queries(
    client, cafe, django_assert_max_num_queries
):
    client.get(f"/aanmelden/{cafe.pk}/")
    with django_assert_max_num_queries(12):
        assert client.get(f"/aanmelden/{cafe.pk}/").status_code == 200


def test_een_aanmelding_leegt_de_paginacache_niet(client, cafe, settings):
    from inclusie.productie import paginacache

    voor = paginacache.generatie()
    meld(client, cafe)
    assert paginacache.generatie() == voor
