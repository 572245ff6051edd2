"""The accessibility statement: status follows from the facts, page renders them."""

import datetime

import pytest

from inclusie.models import ToegankelijkheidsverklaringPage
from tests.factories import ContentPageFactory
from tests.inclusie.factories import ToegankelijkheidsverklaringPageFactory

VANDAAG = datetime.date(2026, 6, 1)
PROBLEEM = (
    "probleem",
    {
        "probleem": "De kaart heeft geen tekst.",
        "eis": "WCAG 1.1.1",
        "maatregel": "Wij zetten het adres erbij.",
        "klaar_op": datetime.date(2026, 9, 1),
    },
)


def verklaring(**velden):
    return ToegankelijkheidsverklaringPage(title="T", slug="t", in_het_kort="Een. Twee.", **velden)


@pytest.mark.parametrize(
    "velden, verwacht",
    [
        ({}, "D"),
        ({"onderzoek_gepland": VANDAAG + datetime.timedelta(days=90)}, "C"),
        ({"onderzoek_gepland": VANDAAG + datetime.timedelta(days=300)}, "D"),
        ({"onderzoek_gepland": VANDAAG - datetime.timedelta(days=1)}, "D"),
        ({"onderzoek_datum": datetime.date(2025, 1, 1), "onderzoek_volledig": True}, "A"),
        (
            {
                "onderzoek_datum": datetime.date(2025, 1, 1),
                "onderzoek_volledig": True,
                "bekende_problemen": [PROBLEEM],
            },
            "B",
        ),
        # Not complete, or older than three years: the audit does not count.
        ({"onderzoek_datum": datetime.date(2025, 1, 1), "onderzoek_volledig": False}, "D"),
        ({"onderzoek_datum": datetime.date(2023, 5, 31), "onderzoek_volledig": True}, "D"),
        ({"onderzoek_datum": datetime.date(2023, 6, 1), "onderzoek_volledig": True}, "A"),
    ],
)
def test_status_volgt_uit_onderzoek_en_problemen(db, velden, verwacht):
    # A new Page asks the database for its default locale (Wagtail caches
    # the answer, so without `db` this passes alone and fails in a full run).
    assert verklaring(**velden).status(vandaag=VANDAAG) == verwacht


def test_verklaring_toont_status_regels_onderzoek_problemen_en_melden(client, home):
    contact = ContentPageFactory(parent=home, slug="contact", title="Contact")
    ToegankelijkheidsverklaringPageFactory(
        parent=home,
        slug="toegankelijkheid",
        wcag_versie="2.1",
        wcag_niveau="AA",
        onderzoek_datum=datetime.date.today() - datetime.timedelta(days=30),
        onderzoek_door="Bureau Toegankelijk",
        onderzoek_volledig=True,
        bekende_problemen=[PROBLEEM],
        meldpagina=contact,
    )
    response = client.get("/toegankelijkheid/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Status B: voldoet gedeeltelijk." in html
    assert "WCAG 2.1, niveau AA" in html
    assert "Bureau Toegankelijk" in html and "WCAG-EM" in html
    assert "De kaart heeft geen tekst." in html
    assert "Wij zetten het adres erbij." in html
    assert "1 september 2026" in html
    assert 'href="/contact/"' in html
    # All five statuses are explained, the current one marked.
    for code in "ABCDE":
        assert f"Status {code}:" in html
    assert "(deze site)" in html


def test_verklaring_zonder_onderzoek_zegt_dat_eerlijk(client, home):
    ToegankelijkheidsverklaringPageFactory(parent=home, slug="toegankelijkheid")
    html = client.get("/toegankelijkheid/").content.decode()
    assert "Status D: voldoet niet." in html
    assert "Een expert heeft de site nog niet volledig onderzocht." in html
    assert "Wij kennen op dit moment geen problemen." in html
    assert "Meld een probleem" not in html  # no page chosen, no dead button
