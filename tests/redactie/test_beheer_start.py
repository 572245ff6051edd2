"""The admin's start panel offers each role the jobs it may do, and nothing else."""

import pytest

from inclusie import rollen
from tests.agenda.factories import AgendaPageFactory
from tests.campagnes.factories import CafeIndexPageFactory, CampagnePageFactory
from tests.redactie.test_rollen import maak_gebruiker

VOORTGANG = "Voortgang schrijven bij een onderwerp"
NIEUW_ONDERWERP = "Een nieuw onderwerp maken"
INLEZEN = "De lijst met onderwerpen inlezen"
CAFES = "De volgende cafés plannen"
VERSLAG = "Een verslag van een café schrijven"
POSTER = "Een poster toevoegen"
REACTIES = "Reacties van lezers lezen"
TAAL = "Kijken hoe makkelijk onze pagina&#x27;s te lezen zijn"
RAPPORT = "Het rapport voor de wethouder bekijken"
ALLE = [VOORTGANG, NIEUW_ONDERWERP, INLEZEN, CAFES, VERSLAG, POSTER, REACTIES, TAAL, RAPPORT]

VERWACHT = {
    rollen.REDACTIE: set(ALLE),
    rollen.LID: {VOORTGANG, NIEUW_ONDERWERP, CAFES, VERSLAG, POSTER, TAAL, RAPPORT},
    rollen.GEMEENTE: {VOORTGANG, TAAL, RAPPORT},
    rollen.MEELEZER: {TAAL, RAPPORT},
}


@pytest.fixture
def site_met_alles(home):
    AgendaPageFactory(parent=home, slug="agenda")
    CafeIndexPageFactory(parent=home, slug="inclusiecafe")
    CampagnePageFactory(parent=home, slug="guusje")
    return home


def paneel(client, user):
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    begin = html.index('id="wat-wil-je-doen-section"')
    return html[begin : html.index("</section>", begin)]


@pytest.mark.parametrize("rol", rollen.ROLLEN)
def test_elke_rol_ziet_alleen_wat_hij_mag(client, site_met_alles, rol):
    html = paneel(client, maak_gebruiker(rol))
    getoond = {taak for taak in ALLE if f">{taak}</a>" in html}
    assert getoond == VERWACHT[rol]


@pytest.mark.parametrize("rol", rollen.ROLLEN)
def test_elke_link_werkt_voor_die_rol(client, site_met_alles, rol):
    import re

    html = paneel(client, maak_gebruiker(rol))
    for url in re.findall(r'class="wat-wil-je-doen__link" href="([^"]+)"', html):
        assert client.get(url).status_code == 200, url


def test_wie_niet_mag_publiceren_leest_hoe_het_naar_de_redactie_gaat(client, site_met_alles):
    assert "Stuur door naar Controle door de ViP redactie" in paneel(
        client, maak_gebruiker(rollen.LID)
    )
    assert "Jij mag pagina" in paneel(client, maak_gebruiker(rollen.REDACTIE, naam="kern"))


def test_zonder_agenda_en_cafe_alleen_wat_er_is(client, home):
    html = paneel(client, maak_gebruiker(rollen.REDACTIE))
    assert f">{TAAL}</a>" in html and f">{INLEZEN}</a>" in html
    assert VOORTGANG not in html and CAFES not in html and RAPPORT not in html
