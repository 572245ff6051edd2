"""Small editor defects of issue 12: plain words in the inbox, a start panel for a
Meelezer, Wagtail's toolbar in Dutch, and the admin's accessibility repairs loaded
as a file (the CSP allows no inline script)."""

import re

import pytest
from django.utils import translation

from inclusie import rollen
from inclusie.feedback.models import Reactie
from tests.redactie.test_beheer_start import paneel, site_met_alles  # noqa: F401 (fixture)
from tests.redactie.test_rollen import maak_gebruiker

pytestmark = pytest.mark.django_db


@pytest.fixture
def reactie(home):
    return Reactie.objects.create(
        page=home, pagina_titel="Startpagina", taal="nl", duidelijk=False, tekst="Te lang."
    )


def test_inbox_zegt_ja_nee_en_de_naam_van_de_taal(client, reactie):
    client.force_login(maak_gebruiker(rollen.REDACTIE))
    html = client.get("/admin/reacties/").content.decode()
    begin = html.index('<table class="listing')
    lijst = html[begin : html.index("</table>", begin)]
    assert "Nederlands" in lijst and "Nee" in lijst
    assert not re.search(r">\s*(True|False|nl)\s*<", lijst)


def test_inbox_details_zeggen_ja_nee(client, reactie):
    client.force_login(maak_gebruiker(rollen.REDACTIE))
    html = client.get(f"/admin/reacties/inspect/{reactie.pk}/").content.decode()
    assert not re.search(r">\s*(True|False)\s*<", html)
    assert re.search(r">\s*Nee\s*<", html)
    assert re.search(r">\s*Nederlands\s*<", html)


def test_ja_nee_en_taalnaam():
    reactie = Reactie(duidelijk=True, afgehandeld=False, taal="ar")
    assert (reactie.get_duidelijk_display(), reactie.get_afgehandeld_display()) == ("Ja", "Nee")
    assert reactie.get_taal_display() == "العربية"
    assert Reactie(taal="xx").get_taal_display() == "xx"


def test_meelezer_krijgt_geen_advies_om_werk_door_te_sturen(client, site_met_alles):  # noqa: F811
    html = paneel(client, maak_gebruiker(rollen.MEELEZER))
    assert "Stuur door naar" not in html
    assert "Jij kunt hier lezen wat de ViP doet." in html
    # The roles that write keep their advice.
    assert "Stuur door naar" in paneel(client, maak_gebruiker(rollen.LID, naam="lid2"))


def test_uitleg_van_de_import_staat_in_het_beheer(client, home):
    client.force_login(maak_gebruiker(rollen.REDACTIE))
    html = client.get("/admin/onderwerpen/importeren/", follow=True).content.decode()
    assert "README" not in html
    assert "Welke kolommen kan het bestand hebben?" in html


@pytest.mark.parametrize(
    ("engels", "nederlands"), [("Bold", "Vet"), ("Italic", "Schuin"), ("Blockquote", "Citaat")]
)
def test_wagtails_knoppen_in_het_nederlands(engels, nederlands):
    with translation.override("nl"):
        assert translation.gettext(engels) == nederlands


def test_editor_werkbalk_in_het_nederlands(client, home):
    client.force_login(maak_gebruiker(rollen.REDACTIE))
    html = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    assert '"description": "Vet"' in html or "&quot;description&quot;: &quot;Vet&quot;" in html
    assert "Bold" not in html


def test_herstel_js_staat_in_elk_beheerscherm_als_bestand(client, home):
    client.force_login(maak_gebruiker(rollen.LID))
    for url in ("/admin/", f"/admin/pages/{home.pk}/edit/"):
        html = client.get(url).content.decode()
        tag = re.search(r"<script[^>]*beheer_toegankelijk[^>]*>", html)
        assert tag, url
        assert 'data-minimap="Inhoud van dit formulier"' in tag[0]
        assert "</script>" in html[tag.end() : tag.end() + 10]  # empty: no inline code
