"""The report as a tagged PDF (PDF/UA-1): structure, language, title, and the same figures.

WeasyPrint needs Pango from the system (README, .ci/run). On a developer's
machine without it these tests skip and say so; in CI they must run.
"""

import datetime
import io
import os
import re

import pytest
from pypdf import PdfReader

from agenda.kopregel import kopregels
from agenda.models import Bespreking
from agenda.monitor import cijfers_op, laad_rijen
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory, VoortgangFactory
from tests.queries import queries_voor

D = datetime.date


def _weasyprint_laadt():
    try:
        import weasyprint  # noqa: F401
    except OSError as fout:
        return str(fout)
    return ""


_FOUT = _weasyprint_laadt()
if _FOUT and os.environ.get("CI"):
    raise RuntimeError(f"WeasyPrint kan niet laden in CI: {_FOUT}")
pytestmark = pytest.mark.skipif(
    bool(_FOUT), reason=f"WeasyPrint mist Pango op deze machine ({_FOUT}); zie de README"
)


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda", title="Lokale Inclusie Agenda")
    for n, (status, procent) in enumerate(
        [("afgerond", 100), ("in_uitvoering", 40), ("vastgelopen", 20), ("doorlopend", 50)], 1
    ):
        o = OnderwerpPageFactory(
            parent=agenda, nummer=n, slug=f"o{n}", einde_gepland=D(2023, 12, 31)
        )
        VoortgangFactory(onderwerp=o, datum=D(2023, 3, 1), status=status, percentage=procent)
    Bespreking.objects.create(datum=D(2023, 6, 1), naam="Juni 2023")
    return agenda


def lees(client, url):
    antwoord = client.get(url)
    assert antwoord.status_code == 200, antwoord.content[:300]
    assert antwoord["Content-Type"] == "application/pdf"
    assert antwoord["Content-Disposition"].startswith('attachment; filename="voortgangsrapport-')
    return PdfReader(io.BytesIO(antwoord.content))


def tags(knoop, gevonden=None):
    """Every structure type in the tree below `knoop` (H1, Table, TH, ...)."""
    gevonden = set() if gevonden is None else gevonden
    knoop = knoop.get_object()
    if isinstance(knoop, list):
        for kind in knoop:
            tags(kind, gevonden)
        return gevonden
    if hasattr(knoop, "get"):
        if knoop.get("/S"):
            gevonden.add(str(knoop["/S"]).lstrip("/"))
        if "/K" in knoop:
            tags(knoop["/K"], gevonden)
    return gevonden


def platte_tekst(pdf) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pdf.pages))


def test_pdf_is_getagd_met_taal_titel_koppen_en_tabellen(client, agenda):
    pdf = lees(client, "/agenda/rapport/pdf/")
    root = pdf.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "nl"
    assert pdf.metadata.title.startswith("Voortgangsrapport Lokale Inclusie Agenda")
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    gevonden = tags(root["/StructTreeRoot"])
    assert {"H1", "H2", "Table", "TH", "TD", "P"} <= gevonden, gevonden


@pytest.mark.parametrize("moment", ["vandaag", "bespreking"])
def test_pdf_heeft_dezelfde_cijfers_als_het_rapport(client, agenda, moment):
    rijen = laad_rijen(agenda)
    if moment == "vandaag":
        url, cijfers = "/agenda/rapport/pdf/", cijfers_op(rijen)
        html = client.get("/agenda/rapport/").content.decode()
    else:
        bespreking = Bespreking.objects.get()
        url, cijfers = f"/agenda/rapport/{bespreking.pk}/pdf/", cijfers_op(rijen, bespreking.datum)
        html = client.get(f"/agenda/rapport/{bespreking.pk}/").content.decode()
    tekst = platte_tekst(lees(client, url))
    for zin in kopregels(cijfers):
        assert zin in html
        assert zin in tekst, zin


def test_rapportpagina_linkt_naar_de_pdf(client, agenda):
    html = client.get("/agenda/rapport/").content.decode()
    assert 'href="/agenda/rapport/pdf/" download' in html


def test_pdf_kost_evenveel_queries_bij_4_en_bij_60_onderwerpen(client, agenda):
    weinig = queries_voor(client, "/agenda/rapport/pdf/")
    for n in range(5, 61):
        OnderwerpPageFactory(parent=agenda, nummer=n, slug=f"extra-{n}")
    assert queries_voor(client, "/agenda/rapport/pdf/") == weinig


def test_pdf_kost_evenveel_queries_bij_3_en_bij_18_besprekingen(client, agenda):
    for n in range(2):
        Bespreking.objects.create(datum=D(2022, 1, 1) + datetime.timedelta(days=30 * n))
    drie = queries_voor(client, "/agenda/rapport/pdf/")
    for n in range(15):
        Bespreking.objects.create(datum=D(2010, 1, 1) + datetime.timedelta(days=60 * n))
    assert queries_voor(client, "/agenda/rapport/pdf/") == drie


def test_de_pdf_wordt_een_keer_per_publicatie_gemaakt(client, agenda, settings, monkeypatch):
    """A link in a council letter sends many readers at once; the PDF is made once."""
    from agenda import pdf as pdf_module

    settings.PAGINACACHE_AAN = True
    gemaakt = []
    echte = pdf_module.maak_pdf
    monkeypatch.setattr(pdf_module, "maak_pdf", lambda *a: gemaakt.append(1) or echte(*a))
    eerste = client.get("/agenda/rapport/pdf/").content
    assert client.get("/agenda/rapport/pdf/").content == eerste
    assert len(gemaakt) == 1
    # A publish makes the figures new, so the PDF too.
    onderwerp = agenda.get_children().first().specific
    VoortgangFactory(onderwerp=onderwerp, datum=D(2024, 1, 1), status="afgerond", percentage=100)
    onderwerp.save_revision().publish()
    client.get("/agenda/rapport/pdf/")
    assert len(gemaakt) == 2
