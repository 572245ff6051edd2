"""The overview's rows come from a fragment cache keyed on the page-cache generation."""

import datetime

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda", title="De agenda")
    onderwerp = OnderwerpPageFactory(parent=agenda, nummer=1, title="Bredere stoepen", slug="o1")
    VoortgangFactory(onderwerp=onderwerp, datum=datetime.date(2020, 1, 1), status="in_uitvoering")
    cache.clear()
    return agenda


def _tel(client, url, **headers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response.content.decode(), len(ctx.captured_queries)


# A logged-in editor or a new filter skips the page cache; the fragment still counts.
@override_settings(PAGINACACHE_AAN=True, BENCH=True)
@pytest.mark.parametrize("url", ["/agenda/", "/agenda/?status=in_uitvoering&sorteer=wijziging"])
def test_tweede_keer_komen_de_rijen_uit_de_fragmentcache(client, agenda, url):
    _tel(client, url, x_bench_geen_cache="1")  # warm per-process caches (site root paths)
    # The benchmark's cold measurement skips the fragment cache as well.
    koud, koude_queries = _tel(client, url, x_bench_geen_cache="1")
    assert _tel(client, url, x_bench_geen_cache="1")[1] == koude_queries
    _tel(client, url, x_bench_geen_cache="pagina")  # fills the fragment
    warm, warme_queries = _tel(client, url, x_bench_geen_cache="pagina")
    assert warm == koud
    assert "Bredere stoepen" in warm
    assert warme_queries <= koude_queries - 5


@override_settings(PAGINACACHE_AAN=True, BENCH=True)
def test_nieuwe_voortgang_staat_meteen_in_het_overzicht(client, agenda):
    html, _ = _tel(client, "/agenda/", x_bench_geen_cache="pagina")
    assert "In uitvoering" in html
    onderwerp = agenda.get_children().get(slug="o1").specific
    VoortgangFactory(
        onderwerp=onderwerp, datum=datetime.date(2021, 1, 1), status="afgerond", percentage=100
    )
    html, _ = _tel(client, "/agenda/", x_bench_geen_cache="pagina")
    assert 'data-label="Status">Afgerond</td>' in html


@override_settings(PAGINACACHE_AAN=True, BENCH=True)
def test_elke_taal_en_filter_een_eigen_fragment(client, agenda):
    alles, _ = _tel(client, "/agenda/", x_bench_geen_cache="pagina")
    niets, _ = _tel(client, "/agenda/?status=vastgelopen", x_bench_geen_cache="pagina")
    assert "Bredere stoepen" in alles
    assert "Bredere stoepen" not in niets
