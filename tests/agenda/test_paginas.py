"""Rendering the topic page and the overview, with filters and sorting."""

import datetime

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from tests.agenda.factories import (
    AgendaPageFactory,
    FaseFactory,
    OnderwerpPageFactory,
    ThemaFactory,
    VoortgangFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(home):
    return AgendaPageFactory(parent=home, slug="agenda", title="De agenda")


def test_onderwerppagina_toont_stand_als_tekst_en_tijdlijn_nieuwste_eerst(client, agenda):
    onderwerp = OnderwerpPageFactory(
        parent=agenda,
        nummer=12,
        title="Bredere stoepen",
        slug="stoepen",
        prioriteit="hoog",
        rang=2,
        probleem="<p>De stoep is te smal.</p>",
    )
    VoortgangFactory(
        onderwerp=onderwerp,
        datum=datetime.date(2019, 3, 1),
        status="in_voorbereiding",
        percentage=10,
        wat_gebeurd="Eerste gesprek.",
    )
    VoortgangFactory(
        onderwerp=onderwerp,
        datum=datetime.date(2021, 6, 1),
        status="in_uitvoering",
        percentage=45,
        wat_gebeurd="De eerste straat is klaar.",
    )
    html = client.get("/agenda/stoepen/").content.decode()
    assert "<strong>Status:</strong> In uitvoering." in html
    assert "45 procent" in html
    assert "Hoog (plaats 2 voor de begroting)" in html
    assert "Wat is het probleem?" in html and "Wat willen we?" not in html
    assert html.index("De eerste straat is klaar.") < html.index("Eerste gesprek.")
    assert '<time datetime="2021-06-01">1 juni 2021</time>' in html


def test_onderwerp_zonder_stappen_is_niet_gestart(client, agenda):
    OnderwerpPageFactory(parent=agenda, slug="leeg")
    html = client.get("/agenda/leeg/").content.decode()
    assert "<strong>Status:</strong> Niet gestart." in html
    assert "0 procent" in html


def _kaal(html):
    """The markup without the ARIA roles and card labels, so assertions read like the table."""
    import re

    return re.sub(r' (role|data-label)="[^"]*"', "", html)


def _rijnummers(html):
    import re

    html = _kaal(html)
    if '<caption id="lijst-titel">' not in html:
        assert "Geen onderwerpen gevonden" in html
        return []
    tbody = html.split('<caption id="lijst-titel">')[1].split("</tbody>")[0]
    return [int(n) for n in re.findall(r'<td class="getal">(\d+)</td>\s*<th scope="row">', tbody)]


@pytest.fixture
def gevulde_agenda(agenda):
    vervoer = ThemaFactory(naam="Vervoer-test", volgorde=1)
    wonen = ThemaFactory(naam="Wonen-test", volgorde=2)
    fase1 = FaseFactory(naam="Fase een")
    a = OnderwerpPageFactory(
        parent=agenda, nummer=1, thema=vervoer, prioriteit="laag", fase=fase1, tags=["bus"]
    )
    b = OnderwerpPageFactory(parent=agenda, nummer=2, thema=wonen, prioriteit="hoog", rang=1)
    c = OnderwerpPageFactory(
        parent=agenda, nummer=3, thema=vervoer, prioriteit="hoog", rang=2, tags=["bus", "fiets"]
    )
    VoortgangFactory(
        onderwerp=a, datum=datetime.date(2023, 1, 1), status="afgerond", percentage=100
    )
    VoortgangFactory(
        onderwerp=b, datum=datetime.date(2020, 1, 1), status="vastgelopen", percentage=20
    )
    VoortgangFactory(
        onderwerp=c, datum=datetime.date(2024, 1, 1), status="in_uitvoering", percentage=60
    )
    return {"vervoer": vervoer, "wonen": wonen, "fase": fase1}


def test_overzicht_is_een_echte_tabel_met_totalen_als_tekst(client, agenda, gevulde_agenda):
    html = client.get("/agenda/").content.decode()
    assert "<caption" in html and '<th scope="col"' in html
    vandaag = date_format(timezone.localdate(), "j F Y")
    assert f"Op {vandaag}: 1 van de 3 onderwerpen is klaar, 1 is bezig en 1 is vastgelopen." in (
        html
    )
    # Only what can be finished counts: (100 + 60) / 2, the stuck topic not.
    assert "Van de 2 onderwerpen die af kunnen, is gemiddeld 80 procent klaar." in html
    assert "Onderwerpen die vastzitten of altijd doorlopen, tellen daarin niet mee." in html
    assert '<a href="/agenda/?status=afgerond">Afgerond</a>: 1 onderwerp' in html
    assert '<a href="/agenda/?status=vastgelopen">Vastgelopen</a>: 1 onderwerp' in html
    assert "Niet gestart: 0 onderwerpen" in html
    # Per theme: Vervoer (100 + 60) / 2 = 80, in the table as text.
    assert (
        '<th scope="row">Vervoer-test</th><td class="getal">2</td><td class="getal">1</td>'
        '<td class="getal">1</td><td class="getal">0</td><td class="getal">0</td>'
        '<td class="getal">80%</td>' in _kaal(html)
    )
    assert _rijnummers(html) == [1, 2, 3]


@pytest.mark.parametrize(
    ("query", "verwacht"),
    [
        ("status=vastgelopen", [2]),
        ("status=niet_gestart", []),
        ("prioriteit=hoog", [2, 3]),
        ("tag=fiets", [3]),
        ("tag=bus&status=afgerond", [1]),
        ("sorteer=prioriteit", [2, 3, 1]),
        ("sorteer=wijziging", [3, 1, 2]),
        ("status=onzin", [1, 2, 3]),
    ],
)
def test_filters_en_sorteren_via_de_url(client, agenda, gevulde_agenda, query, verwacht):
    html = client.get(f"/agenda/?{query}").content.decode()
    assert _rijnummers(html) == verwacht


def test_filter_op_thema_en_fase_en_keuze_blijft_in_formulier(client, agenda, gevulde_agenda):
    vervoer, fase = gevulde_agenda["vervoer"], gevulde_agenda["fase"]
    html = client.get(f"/agenda/?thema={vervoer.pk}&sorteer=wijziging").content.decode()
    assert _rijnummers(html) == [3, 1]
    assert f'<option value="{vervoer.pk}" selected>' in html
    assert '<option value="wijziging" selected>' in html
    html = client.get(f"/agenda/?fase={fase.pk}").content.decode()
    assert _rijnummers(html) == [1]


def _bouw(agenda, aantal):
    themas = [ThemaFactory() for _ in range(3)]
    for i in range(aantal):
        o = OnderwerpPageFactory(
            parent=agenda,
            nummer=i + 1,
            slug=f"o{i + 1}",
            thema=themas[i % 3],
            tags=["een", f"t{i % 4}"],
            artikelen=[9, 20],
        )
        for j in range(3):
            VoortgangFactory(
                onderwerp=o, datum=datetime.date(2019 + j, 1 + i % 12, 1), percentage=10 * j
            )


URLS = [
    "/agenda/",
    "/agenda/?status=in_uitvoering&prioriteit=midden&tag=een&sorteer=wijziging",
    "/agenda/veranderd/",
    "/agenda/veranderd/?van=2019-06-01&tot=2020-06-01",
    "/agenda/rapport/",
    "/agenda/o1/",
    "/agenda/export/csv/",
    "/agenda/export/json/",
]


def _tel(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_aantal_queries_groeit_niet_met_het_aantal_onderwerpen(client, agenda):
    """Every overview, report and export costs the same queries at 5 and at 60 topics.

    One build of each size serves all the addresses: building 60 topics is
    the slow part, and the addresses only read.
    """
    from agenda.models import Bespreking, OnderwerpPage

    Bespreking.objects.create(datum=datetime.date(2020, 1, 1))
    Bespreking.objects.create(datum=datetime.date(2021, 5, 1))

    def tel_alle():
        tellingen = {}
        for url in URLS:
            client.get(url)  # warm caches (site root paths)
            tellingen[url] = _tel(client, url)
        return tellingen

    _bouw(agenda, 5)
    weinig = tel_alle()
    OnderwerpPage.objects.child_of(agenda).delete()
    _bouw(agenda, 60)
    veel = tel_alle()
    gegroeid = {url: (weinig[url], veel[url]) for url in URLS if weinig[url] != veel[url]}
    assert gegroeid == {}, gegroeid
    # About 9 of these come from the site shell (menu, breadcrumbs, settings); the rows
    # take five (topics, steps, lights, tags, reviews).
    te_veel = {url: n for url, n in veel.items() if n > 19}
    assert te_veel == {}, te_veel


def test_onderwerppagina_heeft_vaste_queries_bij_weinig_en_veel_stappen(client, agenda):
    onderwerp = OnderwerpPageFactory(parent=agenda, slug="stappen", tags=["a", "b"], artikelen=[9])
    VoortgangFactory(onderwerp=onderwerp, datum=datetime.date(2019, 1, 1))
    client.get("/agenda/stappen/")
    weinig = _tel(client, "/agenda/stappen/")
    for dag in range(1, 40):
        VoortgangFactory(
            onderwerp=onderwerp, datum=datetime.date(2020, 1, 1) + datetime.timedelta(days=dag)
        )
    onderwerp.tags.add("c", "d", "e")
    onderwerp.artikelen.set([9, 19, 20, 21])
    onderwerp.save()
    client.get("/agenda/stappen/")
    assert _tel(client, "/agenda/stappen/") == weinig
