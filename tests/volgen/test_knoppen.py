"""The follow forms on the topic, agenda and café pages: rendered, without JavaScript."""

import pytest

from tests.campagnes.factories import BijeenkomstPageFactory, CampagnePageFactory

pytestmark = pytest.mark.django_db


def _formulier(html):
    start = html.index('<section class="volgen"')
    return html[start : html.index("</section>", start)]


def test_onderwerppagina_heeft_volg_dit_onderwerp(client, onderwerp):
    html = client.get("/agenda/stoepen/").content.decode()
    formulier = _formulier(html)
    assert '<h2 id="volgen-titel">Volg dit onderwerp</h2>' in formulier
    assert 'action="/volgen/"' in formulier and 'method="post"' in formulier
    assert f'name="onderwerp" value="{onderwerp.pk}"' in formulier
    assert '<label for="volgen-email">Jouw e-mailadres</label>' in formulier
    assert "csrfmiddlewaretoken" not in formulier, "de pagina wordt heel bewaard"


def test_agenda_heeft_volg_de_hele_agenda(client, agenda):
    formulier = _formulier(client.get("/agenda/").content.decode())
    assert "Volg de hele agenda</button>" in formulier
    assert 'name="volgt" value="agenda"' in formulier


def test_cafe_overzicht_en_cafe_hebben_volg_het_inclusiecafe(client, cafe):
    for url in ("/inclusiecafe/", "/inclusiecafe/cafe-zorg/"):
        formulier = _formulier(client.get(url).content.decode())
        assert "Volg het inclusiecafé</button>" in formulier
        assert 'name="volgt" value="cafe"' in formulier


def test_een_bijeenkomst_van_een_campagne_is_niet_het_cafe(client, home):
    campagne = CampagnePageFactory(parent=home, slug="guusje")
    BijeenkomstPageFactory(parent=campagne, slug="dag-1")
    html = client.get("/guusje/dag-1/").content.decode()
    assert 'class="volgen"' not in html


def test_een_engelse_onderwerppagina_post_naar_de_engelse_aanmelding(client, onderwerp, locale_en):
    from .conftest import vertaal

    vertaal(onderwerp, locale_en, title="Wider pavements")
    html = client.get("/en/agenda/stoepen/").content.decode()
    assert 'action="/en/volgen/"' in _formulier(html)


def test_het_formulier_kost_geen_queries(client, onderwerp, django_assert_num_queries):
    from django.template import Context, Template

    from agenda.models import OnderwerpPage

    pagina = OnderwerpPage.objects.get(pk=onderwerp.pk)
    sjabloon = Template("{% load aanvulling_tags %}{% aanvullingen page %}")
    with django_assert_num_queries(0):
        html = sjabloon.render(Context({"page": pagina}))
    assert "Volg dit onderwerp" in html
