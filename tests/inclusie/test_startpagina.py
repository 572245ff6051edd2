"""The home page tells what is going on: next café, the agenda's state, the newest poster."""

import datetime
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Locale

from agenda.models.status import Status
from campagnes import tijd
from campagnes.tijd import AMSTERDAM
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory
from tests.campagnes.factories import (
    BijeenkomstPageFactory,
    CafeIndexPageFactory,
    CampagnePageFactory,
    PosterPageFactory,
)
from tests.inclusie.test_pages import vertaal
from tests.queries import queries_voor

NU = datetime.datetime(2030, 3, 1, 12, 0, tzinfo=AMSTERDAM)


@pytest.fixture(autouse=True)
def klok(monkeypatch):
    monkeypatch.setattr(tijd, "nu", lambda: NU)


def html_van(client, url="/"):
    antwoord = client.get(url)
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def cafe(index, dagen, **velden):
    start = NU + timedelta(days=dagen)
    return BijeenkomstPageFactory(
        parent=index, start=start, eind=start + timedelta(hours=2), **velden
    )


def onderwerp_met(agenda, *stappen, **velden):
    onderwerp = OnderwerpPageFactory(parent=agenda, **velden)
    for datum, status, percentage in stappen:
        VoortgangFactory(onderwerp=onderwerp, datum=datum, status=status, percentage=percentage)
    return onderwerp


def test_zonder_agenda_cafe_of_poster_alleen_de_eigen_tekst(client, home):
    html = html_van(client)
    assert "wat-er-speelt" not in html
    assert "Het volgende inclusiecafé" not in html


def test_volgende_cafe_staat_op_de_startpagina_en_een_afgelast_cafe_ervoor_ook(client, home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    cafe(index, -5, title="Vorig café")
    cafe(index, 3, title="Eerste café", status="afgelast", status_reden="De zaal is dicht.")
    cafe(index, 30, title="Volgend café")
    cafe(index, 60, title="Later café")
    html = html_van(client)
    deel = html[html.index('id="nu-cafe-titel"') :]
    deel = deel[: deel.index("</section>")]
    assert "Afgelast: Eerste café" in deel
    assert "Volgend café" in deel
    assert "Later café" not in deel and "Vorig café" not in deel
    assert "Alle cafés en verslagen" in deel


def test_startpagina_blijft_niet_langer_in_de_cache_dan_tot_het_cafe_begint(client, home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    start = NU + timedelta(minutes=10)
    BijeenkomstPageFactory(parent=index, start=start, eind=start + timedelta(hours=2))
    assert "max-age=600" in client.get("/")["Cache-Control"]


def test_geen_komend_cafe_zegt_dat_in_woorden(client, home):
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    cafe(index, -5, title="Vorig café")
    html = html_van(client)
    assert "Er staat nog geen nieuw café in de agenda." in html


def test_stand_van_de_agenda_als_tekst_en_het_laatste_nieuws(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    d = datetime.date
    onderwerp_met(
        agenda,
        (d(2020, 1, 1), Status.IN_UITVOERING, 40),
        (d(2021, 5, 1), Status.AFGEROND, 100),
        title="Bredere stoepen",
    )
    onderwerp_met(agenda, (d(2022, 3, 1), Status.VASTGELOPEN, 20), title="Meer toiletten")
    onderwerp_met(agenda, title="Gebarentolk bij de raad")
    concept = onderwerp_met(agenda, (d(2023, 1, 1), Status.AFGEROND, 100), title="Geheim")
    concept.unpublish()

    html = html_van(client)
    deel = html[html.index('id="nu-agenda-titel"') :]
    deel = deel[: deel.index("</section>")]
    vandaag = date_format(timezone.localdate(), "j F Y")
    # Counts in words with their date; statuses nobody has are left out.
    assert (
        f"Op {vandaag}: 1 van de 3 onderwerpen is klaar, 1 is vastgelopen "
        "en 1 is nog niet begonnen." in deel
    )
    # The average leaves out the stuck topic: (100 + 0) / 2.
    assert "Van de 2 onderwerpen die af kunnen, is gemiddeld 50 procent klaar." in deel
    assert "bezig" not in deel.split("Laatste nieuws")[0]
    nieuws = deel[deel.index("Laatste nieuws") :]
    assert nieuws.index("Meer toiletten") < nieuws.index("Bredere stoepen")
    assert "Geheim" not in deel
    assert 'href="/agenda/veranderd/"' in deel


def test_nieuwste_poster(client, home):
    campagne = CampagnePageFactory(parent=home, slug="guusje")
    PosterPageFactory(parent=campagne, slogan="Oude slogan")
    PosterPageFactory(parent=campagne, slogan="Nieuwe slogan")
    html = html_van(client)
    assert "Nieuwe slogan" in html and "Oude slogan" not in html
    assert "Lees het verhaal achter de poster" in html


def test_startpagina_kost_evenveel_queries_bij_5_en_bij_30_onderwerpen(client, home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    campagne = CampagnePageFactory(parent=home, slug="guusje")

    def maak(aantal):
        for _ in range(aantal):
            onderwerp_met(
                agenda,
                (datetime.date(2020, 1, 1), Status.IN_VOORBEREIDING, 10),
                (datetime.date(2021, 1, 1), Status.IN_UITVOERING, 50),
            )
            cafe(index, 10 + aantal + _)
            PosterPageFactory(parent=campagne)

    maak(5)
    bij_5 = queries_voor(client)
    maak(25)
    bij_30 = queries_voor(client)
    assert bij_30 == bij_5
    assert bij_5 <= 30
    print(f"queries startpagina: {bij_5}")


# In English and Arabic there is (yet) no agenda, café or campaign tree: the home
# page then shows the Dutch ones, says that they are in Dutch and marks their texts.


def deel_van(html, kop_id):
    deel = html[html.index(f'id="{kop_id}"') :]
    return deel[: deel.index("</section>")]


@pytest.fixture
def nederlandse_inhoud(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    onderwerp_met(
        agenda,
        (datetime.date(2024, 2, 1), Status.IN_UITVOERING, 40),
        title="Bredere stoepen",
    )
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    cafe(index, 30, title="Volgend café", thema="Samen sporten")
    campagne = CampagnePageFactory(parent=home, slug="guusje")
    PosterPageFactory(parent=campagne, slogan="Zeg het gewoon")
    return home


@pytest.mark.parametrize("taal", ["en", "ar"])
def test_vertaalde_startpagina_toont_de_nederlandse_delen_en_zegt_dat(
    client, nederlandse_inhoud, taal
):
    vertaal(nederlandse_inhoud, Locale.objects.get(language_code=taal), slug=f"start-{taal}")
    html = html_van(client, f"/{taal}/")
    assert f'<html lang="{taal}"' in html

    cafe_deel = deel_van(html, "nu-cafe-titel")
    assert cafe_deel.count('class="wat-er-speelt__taal"') == 1
    assert 'hreflang="nl"><span lang="nl">Volgend café</span></a>' in cafe_deel
    assert '<span lang="nl">Samen sporten</span>' in cafe_deel
    assert '<a href="/inclusiecafe/" hreflang="nl">' in cafe_deel

    agenda_deel = deel_van(html, "nu-agenda-titel")
    assert agenda_deel.count('class="wat-er-speelt__taal"') == 1
    assert 'lang="nl" hreflang="nl">Bredere stoepen</a>' in agenda_deel
    assert '<a href="/agenda/" hreflang="nl">' in agenda_deel
    assert '<a href="/agenda/veranderd/" hreflang="nl">' in agenda_deel

    poster_deel = deel_van(html, "nu-poster-titel")
    assert poster_deel.count('class="wat-er-speelt__taal"') == 1
    assert 'lang="nl">Zeg het gewoon</p>' in poster_deel
    assert 'hreflang="nl"' in poster_deel


def test_nederlandse_startpagina_zegt_niets_over_taal(client, nederlandse_inhoud):
    deel = html_van(client)
    deel = deel[deel.index('class="wat-er-speelt"') :]
    assert "wat-er-speelt__taal" not in deel
    assert 'lang="nl"' not in deel and "hreflang" not in deel


def test_een_eigen_deel_in_de_taal_van_de_lezer_gaat_voor(client, nederlandse_inhoud, locale_en):
    home_en = vertaal(nederlandse_inhoud, locale_en, slug="start-en")
    campagne = CampagnePageFactory(parent=home_en, slug="guusje-en")
    PosterPageFactory(parent=campagne, slogan="Just say it")
    html = html_van(client, "/en/")
    poster_deel = deel_van(html, "nu-poster-titel")
    assert "Just say it" in poster_deel and "Zeg het gewoon" not in poster_deel
    assert "wat-er-speelt__taal" not in poster_deel and "hreflang" not in poster_deel
    # The other parts still come from the Dutch site.
    assert "wat-er-speelt__taal" in deel_van(html, "nu-cafe-titel")


def test_vertaalde_startpagina_zonder_nederlandse_delen_blijft_leeg(client, home, locale_ar):
    vertaal(home, locale_ar, slug="start-ar")
    assert "wat-er-speelt" not in html_van(client, "/ar/")


def test_vertaalde_startpagina_kost_evenveel_queries_bij_5_en_bij_30_onderwerpen(
    client, home, locale_en
):
    vertaal(home, locale_en, slug="start-en")
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    campagne = CampagnePageFactory(parent=home, slug="guusje")

    def maak(aantal):
        for n in range(aantal):
            onderwerp_met(agenda, (datetime.date(2021, 1, 1), Status.IN_UITVOERING, 50))
            cafe(index, 10 + aantal + n)
            PosterPageFactory(parent=campagne)

    maak(5)
    bij_5 = queries_voor(client, "/en/")
    maak(25)
    assert queries_voor(client, "/en/") == bij_5
    assert "wat-er-speelt__taal" in html_van(client, "/en/")
    print(f"queries Engelse startpagina: {bij_5}")


def test_in_taal_markeert_de_taal_en_ontsnapt_de_tekst():
    from django.template import engines

    sjabloon = engines["django"].from_string(
        "{% load inclusie_tags %}{% in_taal tekst taal %}|{% in_taal tekst onbekend %}"
    )
    html = sjabloon.render({"tekst": "<b>Café</b>", "taal": "nl"})
    assert html == '<span lang="nl">&lt;b&gt;Café&lt;/b&gt;</span>|&lt;b&gt;Café&lt;/b&gt;'
