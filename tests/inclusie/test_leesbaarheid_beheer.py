"""The clear-language checker in the editor, in the report, and on the demo content."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from inclusie.leesbaarheid import meting
from inclusie.leesbaarheid.beheer import LeesbaarheidPanel
from tests.factories import ContentPageFactory

MOEILIJK = (
    "Teneinde de toegankelijkheid van gemeentelijke voorzieningen te optimaliseren "
    "zal de gemeente middels een integrale aanpak maatregelen implementeren."
)


@pytest.fixture
def beheerder(db):
    return get_user_model().objects.create_superuser("beheer", "beheer@example.org", "geheim")


@pytest.fixture
def admin_client(client, beheerder):
    client.force_login(beheerder)
    return client


def test_elk_paginatype_heeft_het_taalcheckpaneel():
    from inclusie.models import InclusiePage

    def alle(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from alle(sub)

    types = [m for m in alle(InclusiePage) if not m._meta.abstract]
    assert types
    for model in types:
        handler = model.get_edit_handler()

        def panelen(panel):
            yield panel
            for kind in getattr(panel, "children", []):
                yield from panelen(kind)

        assert any(isinstance(p, LeesbaarheidPanel) for p in panelen(handler)), model


def test_editor_toont_de_taalcheck_van_de_opgeslagen_versie(admin_client, home):
    page = ContentPageFactory(
        parent=home,
        in_het_kort="Wij doen dit d.m.v. een plan. Dat is kort.",
        body=[("tekst", f"<p>{MOEILIJK}</p>")],
    )
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Taalcheck: is de tekst duidelijk?" in html
    assert "Dit is advies. Je kunt de pagina altijd publiceren." in html
    assert "Deze tekst is moeilijk te lezen." in html
    assert "Dat is nog niet goed genoeg voor deze site." in html
    assert "Deze zinnen zijn lang." in html
    assert "toegankelijkheid" in html
    assert "Schrijf &#x27;met&#x27; of &#x27;door&#x27;." in html  # d.m.v. and middels
    assert "<strong>implementeren</strong>" in html


def test_nieuwe_pagina_vraagt_eerst_op_te_slaan(admin_client, home):
    html = admin_client.get(f"/admin/pages/add/inclusie/contentpage/{home.pk}/").content.decode()
    assert "Sla de pagina eerst op." in html


def test_moeilijke_tekst_blokkeert_publiceren_niet(admin_client, home):
    page = ContentPageFactory(parent=home, slug="los")
    antwoord = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            "title": "Los",
            "slug": "los",
            "in_het_kort": f"{MOEILIJK} Dat is lang.",
            "body-count": "0",
            "action-publish": "action-publish",
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    page.refresh_from_db()
    assert page.live and MOEILIJK in page.in_het_kort


def test_rapport_zet_de_moeilijkste_pagina_bovenaan(admin_client, home):
    ContentPageFactory(parent=home, title="Makkelijk", slug="makkelijk")
    moeilijk = ContentPageFactory(
        parent=home, title="Ambtelijk", slug="ambtelijk", body=[("tekst", f"<p>{MOEILIJK}</p>")]
    )
    html = admin_client.get("/admin/rapporten/taal/").content.decode()
    assert html.index("Ambtelijk bewerken") < html.index("Makkelijk bewerken")
    assert f'href="/admin/pages/{moeilijk.pk}/edit/"' in html
    assert "te moeilijk" in html


def test_rapport_staat_in_het_menu_rapporten(admin_client, home):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/rapporten/taal/" in html


def test_rapport_queries_groeien_niet_met_het_aantal_paginas(
    admin_client, home, django_assert_num_queries
):
    for i in range(5):
        ContentPageFactory(parent=home, slug=f"a{i}")
    admin_client.get("/admin/rapporten/taal/")  # warm caches (site, user profile)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as vijf:
        admin_client.get("/admin/rapporten/taal/")
    for i in range(55):
        ContentPageFactory(parent=home, slug=f"b{i}")
    with django_assert_num_queries(len(vijf)):
        antwoord = admin_client.get("/admin/rapporten/taal/")
    assert antwoord.content.decode().count(" bewerken</a>") == 61


def test_anoniem_ziet_het_rapport_niet(client, home):
    antwoord = client.get("/admin/rapporten/taal/")
    assert antwoord.status_code == 302
    assert "/admin/login/" in antwoord["Location"]


def test_gebruiker_zonder_admin_toegang_ziet_het_rapport_niet(client, home):
    user = get_user_model().objects.create_user("los", password="x")
    client.force_login(user)
    assert client.get("/admin/rapporten/taal/").status_code in (302, 403)


def test_alle_voorbeeldinhoud_haalt_de_lat(voorbeeldsite):
    """The project's own bar (see inclusie/leesbaarheid/meting.py) for every live Dutch page."""
    paginas = Page.objects.live().filter(locale__language_code="nl", depth__gt=1).specific()
    fouten = []
    alle_kort, alle_inhoud = [], []
    for page in paginas:
        if not hasattr(page, "in_het_kort"):
            continue
        teksten = meting.teksten_van_pagina(page)
        alle_kort.append(teksten["in_het_kort"])
        alle_inhoud.append(teksten["inhoud"])
        kort = meting.analyseer(teksten["in_het_kort"])
        inhoud = meting.analyseer(teksten["inhoud"])
        if not kort.voldoet(meting.MIN_SCORE_KORT):
            fouten.append(
                f"{page.url_path} in het kort: {kort.score}, {kort.gemiddelde_zinslengte}"
            )
        if not inhoud.voldoet(meting.MIN_SCORE_TEKST):
            fouten.append(f"{page.url_path} inhoud: {inhoud.score}, {inhoud.gemiddelde_zinslengte}")
        woorden = [w.woord for w in kort.te_vermijden + inhoud.te_vermijden]
        if "kwetsbaar" in woorden:
            fouten.append(f"{page.url_path} gebruikt 'kwetsbaar'")
    assert len(alle_kort) >= 3
    assert not fouten, "\n".join(fouten)
    # All texts together are a sample large enough for the score to count.
    samen_kort = meting.analyseer(" ".join(alle_kort))
    samen_inhoud = meting.analyseer(" ".join(alle_inhoud))
    assert samen_kort.score >= meting.MIN_SCORE_KORT, samen_kort
    assert samen_inhoud.score >= meting.MIN_SCORE_TEKST, samen_inhoud
