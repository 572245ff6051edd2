"""The import and the review workflow, the right to publish, and files it cannot read.

Issue 11, point 8: an import makes revisions that go into review, publishes
only for someone who may publish, never overwrites a topic in review, and
refuses every unreadable file with a Dutch message while nothing changes.
"""

import datetime
import io
import random
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from wagtail.models import Revision, WorkflowPage, WorkflowState

from agenda.importeren import MAX_GROOTTE, PUBLICEREN, ImportFout, importeer
from agenda.models import OnderwerpPage, Voortgang
from inclusie import rollen
from tests.agenda.factories import AgendaPageFactory, FaseFactory, VoortgangFactory
from tests.agenda.test_import import GOED, _csv

pytestmark = pytest.mark.django_db

URL = "/admin/onderwerpen/importeren/"
ONLEESBAAR = "Sla het op als .csv (UTF-8) of .xlsx en probeer het opnieuw."
GEEN_CSV = "Dit is geen leesbaar CSV-bestand. " + ONLEESBAAR
KAPOT_EXCEL = "Dit Excel-bestand kan de site niet openen. Misschien is het kapot."
NIEUWE_TITEL = GOED.replace("Bredere stoepen", "Brede stoepen overal")


@pytest.fixture
def agenda(home):
    FaseFactory(naam="Fase A")
    return AgendaPageFactory(parent=home, slug="agenda")


def _gebruiker(django_user_model, naam, rol, importeren=True):
    user = django_user_model.objects.create_user(naam, password="geheim-wachtwoord-1")
    user.groups.add(Group.objects.get(name=rol))
    if importeren:
        user.user_permissions.add(Permission.objects.get(codename="import_onderwerpen"))
    return user


@pytest.fixture
def redactie(django_user_model, agenda):
    """May import and publish (the project's role ViP redactie)."""
    return _gebruiker(django_user_model, "redactie", rollen.REDACTIE)


@pytest.fixture
def lid(django_user_model, agenda):
    """May add and edit topics but not publish; here with the import right as well."""
    return _gebruiker(django_user_model, "lid", rollen.LID)


@pytest.fixture
def live_lijst(agenda, redactie):
    """The two topics of GOED, published, with a progress history outside any revision."""
    importeer(_csv(GOED), "lijst.csv", agenda, gebruiker=redactie, publiceren=True)
    stoep = OnderwerpPage.objects.get(nummer=1)
    VoortgangFactory(onderwerp=stoep, datum=datetime.date(2021, 1, 1), percentage=40)
    VoortgangFactory(onderwerp=stoep, datum=datetime.date(2022, 1, 1), percentage=60)
    return agenda


def _stand():
    """Everything an import could change: pages, revisions, reviews and progress."""
    return {
        "paginas": sorted(
            OnderwerpPage.objects.values_list(
                "pk", "title", "live", "has_unpublished_changes", "latest_revision_id"
            )
        ),
        "revisies": Revision.objects.count(),
        "beoordelingen": sorted(WorkflowState.objects.values_list("pk", "status")),
        "voortgang": sorted(Voortgang.objects.values_list("pk", "onderwerp_id", "percentage")),
    }


def _post(client, inhoud, agenda, naam="lijst.csv", **velden):
    if isinstance(inhoud, str):
        inhoud = inhoud.encode()
    data = {"bestand": SimpleUploadedFile(naam, inhoud), "agenda": agenda.pk}
    data.update({k: "on" for k, v in velden.items() if v})
    return client.post(URL, data, follow=True)


def _ter_beoordeling(page, user, **velden):
    """What "Ter beoordeling indienen" in the editor does."""
    concept = page.get_latest_revision_as_object()
    for naam, waarde in velden.items():
        setattr(concept, naam, waarde)
    concept.save_revision(user=user)
    page.get_workflow().start(page, user)


# --- Into review -----------------------------------------------------------------------------


def test_import_over_een_onderwerp_gaat_ter_beoordeling_en_de_live_pagina_blijft(
    live_lijst, redactie
):
    stoep = OnderwerpPage.objects.get(nummer=1)
    voortgang = sorted(stoep.voortgang.values_list("pk", flat=True))
    revisies = stoep.revisions.count()

    resultaat = importeer(_csv(NIEUWE_TITEL), "lijst.csv", live_lijst, gebruiker=redactie)

    assert len(resultaat.ter_beoordeling) == 2 and resultaat.gepubliceerd == []
    assert resultaat.nieuw == [] and len(resultaat.bijgewerkt) == 2
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.live and stoep.title == "Bredere stoepen"
    assert stoep.has_unpublished_changes and stoep.workflow_in_progress
    assert stoep.revisions.count() == revisies + 1
    assert stoep.current_workflow_task_state.revision_id == stoep.latest_revision_id
    assert stoep.get_latest_revision_as_object().title == "Brede stoepen overal"
    assert sorted(stoep.voortgang.values_list("pk", flat=True)) == voortgang

    # The reviewer approves: now the new title is live, and the progress is still there.
    taakstatus = stoep.current_workflow_task_state.specific
    taakstatus.task.specific.on_action(taakstatus, redactie, "approve")
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.title == "Brede stoepen overal" and not stoep.workflow_in_progress
    assert sorted(stoep.voortgang.values_list("pk", flat=True)) == voortgang
    assert stoep.stand.percentage == 60


def test_nieuwe_onderwerpen_zijn_concepten_ter_beoordeling(agenda, lid, client):
    resultaat = importeer(_csv(GOED), "lijst.csv", agenda, gebruiker=lid)
    assert len(resultaat.nieuw) == 2 and len(resultaat.ter_beoordeling) == 2
    for page in OnderwerpPage.objects.all():
        assert not page.live and page.workflow_in_progress
        assert page.owner == lid
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert sorted(t.name for t in stoep.tags.all()) == ["rolstoel", "stoep"]
    assert client.get("/agenda/bredere-stoepen/").status_code == 404


def test_zonder_workflow_blijft_de_nieuwe_versie_een_concept(live_lijst, redactie):
    WorkflowPage.objects.all().delete()
    resultaat = importeer(_csv(NIEUWE_TITEL), "lijst.csv", live_lijst, gebruiker=redactie)
    assert len(resultaat.concept) == 2 and resultaat.ter_beoordeling == []
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.title == "Bredere stoepen" and stoep.has_unpublished_changes
    assert not stoep.workflow_in_progress
    assert stoep.get_latest_revision_as_object().title == "Brede stoepen overal"
    assert "2 onderwerpen zijn opgeslagen als concept." in resultaat.samenvatting()


def test_de_nieuwe_versie_bouwt_op_een_concept_en_zegt_dat(live_lijst, redactie, lid, client):
    """A draft that is not in review is kept: the import's changes come on top of it."""
    stoep = OnderwerpPage.objects.get(nummer=1)
    concept = stoep.get_latest_revision_as_object()
    concept.drager = "Afdeling Verkeer"
    concept.save_revision(user=lid)

    client.force_login(redactie)
    html = _post(client, NIEUWE_TITEL, live_lijst, alleen_controleren=True).content.decode()
    assert "Bij 1 onderwerp stond al een concept." in html and "1 (Bredere stoepen)" in html

    response = _post(client, NIEUWE_TITEL, live_lijst)
    assert response.redirect_chain[0][1] == 302
    html = response.content.decode()
    assert "Bij 1 onderwerp stond al een concept. De nieuwe versie bouwt daarop verder" in html
    stoep = OnderwerpPage.objects.get(nummer=1)
    nieuw = stoep.get_latest_revision_as_object()
    assert nieuw.title == "Brede stoepen overal" and nieuw.drager == "Afdeling Verkeer"
    assert stoep.live and stoep.title == "Bredere stoepen" and stoep.drager == ""
    assert stoep.workflow_in_progress


# --- Meteen publiceren -----------------------------------------------------------------------


def test_meteen_publiceren_publiceert_voor_wie_mag_publiceren(live_lijst, redactie, client):
    voortgang = _stand()["voortgang"]
    client.force_login(redactie)
    response = _post(client, NIEUWE_TITEL, live_lijst, meteen_publiceren=True)
    assert response.redirect_chain[0] == (f"/admin/pages/{live_lijst.pk}/", 302)
    html = response.content.decode()
    assert "2 onderwerpen zijn gepubliceerd." in html
    assert "0 onderwerpen staan nu ter beoordeling." in html
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.live and stoep.title == "Brede stoepen overal"
    assert not stoep.has_unpublished_changes and not stoep.workflow_in_progress
    assert _stand()["voortgang"] == voortgang


def test_meteen_publiceren_mag_niet_zonder_publicatierecht(live_lijst, lid, client):
    voor = _stand()
    client.force_login(lid)
    response = _post(client, NIEUWE_TITEL, live_lijst, meteen_publiceren=True)
    assert response.status_code == 200 and not response.redirect_chain
    html = response.content.decode()
    melding = "Je mag in deze agenda niet publiceren. Zet &#x27;Meteen publiceren&#x27; uit."
    # At the field and in the summary at the top of the form.
    assert html.count(melding) == 2
    assert 'href="#id_meteen_publiceren"' in html
    assert "Het importeren is niet gelukt. Er is niets veranderd." in html
    assert _stand() == voor

    # Without the tick the same member may import: it goes into review.
    response = _post(client, NIEUWE_TITEL, live_lijst)
    assert response.redirect_chain[0][1] == 302
    assert "2 onderwerpen staan nu ter beoordeling." in response.content.decode()
    assert OnderwerpPage.objects.get(nummer=1).title == "Bredere stoepen"


def test_meteen_publiceren_controleert_ook_elk_onderwerp(live_lijst, lid):
    """The rights are checked again per topic, not only by the form."""
    voor = _stand()
    with pytest.raises(ImportFout) as info:
        importeer(_csv(NIEUWE_TITEL), "lijst.csv", live_lijst, gebruiker=lid, publiceren=True)
    fouten = info.value.fouten
    assert [f.rij for f in fouten] == [2, 3] and {f.veld for f in fouten} == {PUBLICEREN}
    assert "onderwerp 1 (Bredere stoepen) mag je niet meteen publiceren." in str(fouten[0])
    assert _stand() == voor


def test_meteen_publiceren_over_een_concept_stopt(live_lijst, redactie, lid):
    """Publishing would put someone's unchecked draft on the site as well."""
    stoep = OnderwerpPage.objects.get(nummer=1)
    concept = stoep.get_latest_revision_as_object()
    concept.drager = "Afdeling Verkeer"
    concept.save_revision(user=lid)
    voor = _stand()
    with pytest.raises(ImportFout) as info:
        importeer(_csv(NIEUWE_TITEL), "lijst.csv", live_lijst, gebruiker=redactie, publiceren=True)
    (fout,) = info.value.fouten
    assert str(fout).startswith(
        "Rij 2, kolom 'nummer': onderwerp 1 (Bredere stoepen) heeft een concept"
    )
    assert _stand() == voor


# --- A topic in review -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "opties",
    [{}, {"publiceren": True}, {"alleen_controleren": True}],
    ids=["ter-beoordeling", "meteen-publiceren", "alleen-controleren"],
)
def test_een_onderwerp_in_beoordeling_stopt_de_import(live_lijst, redactie, lid, opties):
    _ter_beoordeling(OnderwerpPage.objects.get(nummer=1), lid, drager="Afdeling Verkeer")
    voor = _stand()
    with pytest.raises(ImportFout) as info:
        importeer(_csv(NIEUWE_TITEL), "lijst.csv", live_lijst, gebruiker=redactie, **opties)
    meldingen = [str(f) for f in info.value.fouten]
    assert meldingen == [
        "Rij 2, kolom 'nummer': onderwerp 1 (Bredere stoepen) wacht op beoordeling. "
        "Daarom verandert de import niets. Rond eerst de beoordeling af, of stop die."
    ]
    # Not even topic 2, which is not in review, changed.
    assert _stand() == voor
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.get_latest_revision_as_object().drager == "Afdeling Verkeer"


def test_een_teruggestuurd_onderwerp_stopt_de_import_ook(live_lijst, redactie, lid):
    stoep = OnderwerpPage.objects.get(nummer=1)
    _ter_beoordeling(stoep, lid, drager="Afdeling Verkeer")
    taakstatus = stoep.current_workflow_task_state.specific
    taakstatus.task.specific.on_action(taakstatus, redactie, "reject")
    assert stoep.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    voor = _stand()
    with pytest.raises(ImportFout) as info:
        importeer(_csv(NIEUWE_TITEL), "lijst.csv", live_lijst, gebruiker=redactie)
    assert "onderwerp 1 (Bredere stoepen) is teruggestuurd" in str(info.value)
    assert _stand() == voor


def test_beheer_noemt_elk_onderwerp_in_beoordeling(live_lijst, redactie, lid, client):
    for nummer in (1, 2):
        _ter_beoordeling(OnderwerpPage.objects.get(nummer=nummer), lid)
    voor = _stand()
    client.force_login(redactie)
    response = _post(client, NIEUWE_TITEL, live_lijst)
    html = response.content.decode()
    assert response.status_code == 200 and not response.redirect_chain
    assert "Er zijn 2 fouten gevonden. Er is niets veranderd." in html
    assert "onderwerp 1 (Bredere stoepen) wacht op beoordeling" in html
    assert "onderwerp 2 (Zelf reizen) wacht op beoordeling" in html
    assert _stand() == voor


# --- Files the site cannot read ----------------------------------------------------------------


def _xlsx(*rijen):
    boek = Workbook()
    for rij in rijen:
        boek.active.append(rij)
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()


KOP_XLSX = ["nummer", "titel", "in_het_kort", "thema"]
GOED_XLSX = _xlsx(KOP_XLSX, [1, "Nieuwe titel", "Dit is goed. Echt waar.", "Vervoer"])


def _zip(**bestanden):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        for naam, inhoud in bestanden.items():
            archief.writestr(naam, inhoud)
    return buffer.getvalue()


def _blad_kapot():
    """A real xlsx whose sheet XML is broken: it fails only while reading the rows."""
    with zipfile.ZipFile(io.BytesIO(GOED_XLSX)) as archief:
        delen = {naam: archief.read(naam) for naam in archief.namelist()}
    blad = next(n for n in delen if n.startswith("xl/worksheets/"))
    delen[blad] = delen[blad][: len(delen[blad]) // 2]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        for naam, inhoud in delen.items():
            archief.writestr(naam, inhoud)
    return buffer.getvalue()


_toeval = random.Random(11)
WILLEKEURIG = _toeval.randbytes(4096)
# Bytes that all exist in Windows-1252, so they decode as text (with control characters).
CP1252 = bytes(b for b in _toeval.randbytes(8192) if b not in b"\x81\x8d\x8f\x90\x9d")
# Printable garbage only: it decodes cleanly and has no control characters at all.
LEESBARE_ONZIN = bytes(_toeval.choice(b"qwxzkj!?#@ \xe9\xfc") for _ in range(2000))

SLECHTE_BESTANDEN = {
    "willekeurige-bytes": ("lijst.csv", WILLEKEURIG, GEEN_CSV),
    "willekeurig-maar-cp1252": ("lijst.csv", CP1252, GEEN_CSV),
    "leesbare-onzin": ("lijst.csv", LEESBARE_ONZIN, "In de eerste rij staan niet de namen"),
    "utf-16": ("lijst.csv", GOED.encode("utf-16"), GEEN_CSV),
    "utf-32": ("lijst.csv", GOED.encode("utf-32"), GEEN_CSV),
    "ebcdic": ("lijst.csv", GOED.encode("cp500"), GEEN_CSV),
    "excel-met-csv-naam": ("lijst.csv", GOED_XLSX, GEEN_CSV),
    "zip-met-tekst": ("lijst.xlsx", _zip(**{"lees mij.txt": "Hallo."}), KAPOT_EXCEL),
    "csv-met-xlsx-naam": ("lijst.xlsx", GOED.encode(), KAPOT_EXCEL),
    "xlsx-afgebroken": ("lijst.xlsx", GOED_XLSX[: len(GOED_XLSX) // 2], KAPOT_EXCEL),
    "xlsx-blad-kapot": ("lijst.xlsx", _blad_kapot(), KAPOT_EXCEL),
    "leeg-csv": ("lijst.csv", b"", "Het bestand is leeg."),
    "leeg-xlsx": ("lijst.xlsx", b"", "Het bestand is leeg."),
    "alleen-witruimte": ("lijst.csv", b"\n\n  \r\n", "Het bestand is leeg."),
    "alleen-kop-csv": (
        "lijst.csv",
        b"nummer;titel;in_het_kort;thema\n",
        "Er staan geen onderwerpen in het bestand.",
    ),
    "alleen-kop-xlsx": ("lijst.xlsx", _xlsx(KOP_XLSX), "Er staan geen onderwerpen in het bestand."),
    "te-lange-cel": (
        "lijst.csv",
        b'nummer;titel;in_het_kort;thema\n1;"' + b"a" * 200_000 + b'";x;y\n',
        GEEN_CSV,
    ),
}


@pytest.mark.parametrize("geval", SLECHTE_BESTANDEN, ids=list(SLECHTE_BESTANDEN))
def test_een_slecht_bestand_geeft_een_nederlandse_fout_en_verandert_niets(
    live_lijst, redactie, geval
):
    naam, inhoud, melding = SLECHTE_BESTANDEN[geval]
    voor = _stand()
    with pytest.raises(ImportFout) as info:
        importeer(io.BytesIO(inhoud), naam, live_lijst, gebruiker=redactie, publiceren=True)
    assert melding in str(info.value)
    assert len(str(info.value)) < 500  # one clear message, not a page of garbage
    assert _stand() == voor


@pytest.mark.parametrize("geval", SLECHTE_BESTANDEN, ids=list(SLECHTE_BESTANDEN))
def test_beheer_toont_de_fout_bij_een_slecht_bestand(live_lijst, redactie, client, geval):
    naam, inhoud, melding = SLECHTE_BESTANDEN[geval]
    voor = _stand()
    client.force_login(redactie)
    response = _post(client, inhoud, live_lijst, naam=naam, meteen_publiceren=True)
    html = response.content.decode()
    assert response.status_code == 200 and not response.redirect_chain
    assert "Het importeren is niet gelukt. Er is niets veranderd." in html
    if inhoud:
        assert melding in html
    else:  # Django refuses an empty upload before the import sees it
        assert "Het bestand is leeg. Kies het bestand met de lijst met onderwerpen." in html
    assert _stand() == voor


def test_een_bestand_van_50_mb_is_te_groot_in_het_beheer(
    live_lijst, redactie, client, tmp_path, monkeypatch
):
    """The form refuses it by its size; the import never reads it."""

    def nooit(*args, **kwargs):
        raise AssertionError("het bestand is toch gelezen")

    monkeypatch.setattr("agenda.admin_views.importeer", nooit)
    pad = tmp_path / "groot.csv"
    with pad.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    voor = _stand()
    client.force_login(redactie)
    with pad.open("rb") as f:
        response = client.post(URL, {"bestand": f, "agenda": live_lijst.pk})
    assert response.status_code == 200
    assert "Het bestand is te groot. Het mag hoogstens 5 MB zijn." in response.content.decode()
    assert _stand() == voor


class GrootBestand(io.RawIOBase):
    """50 MB that refuses to be read all at once, and counts what was read."""

    def __init__(self, grootte=50 * 1024 * 1024):
        self.over = grootte
        self.gelezen = 0

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            raise AssertionError("alles in het geheugen gelezen")
        stuk = b"x" * min(n, self.over)
        self.over -= len(stuk)
        self.gelezen += len(stuk)
        return stuk


@pytest.mark.parametrize("naam", ["groot.csv", "groot.xlsx"])
def test_de_import_leest_een_te_groot_bestand_niet_helemaal(live_lijst, naam):
    bestand = GrootBestand()
    voor = _stand()
    with pytest.raises(ImportFout, match="Het bestand is te groot. Het mag hoogstens 5 MB zijn."):
        importeer(bestand, naam, live_lijst)
    assert bestand.gelezen <= MAX_GROOTTE + 1
    assert _stand() == voor


def test_heel_veel_rijen_is_het_verkeerde_bestand(live_lijst):
    regels = ["nummer;titel;in_het_kort;thema"] + [
        f"{n};T;Een. Twee.;Vervoer" for n in range(1, 1100)
    ]
    voor = _stand()
    with pytest.raises(ImportFout, match="meer dan 1000 rijen"):
        importeer(_csv("\n".join(regels)), "lijst.csv", live_lijst)
    assert _stand() == voor


def test_een_goed_xlsx_bestand_gaat_nog_steeds_ter_beoordeling(live_lijst, redactie):
    resultaat = importeer(io.BytesIO(GOED_XLSX), "lijst.xlsx", live_lijst, gebruiker=redactie)
    assert len(resultaat.ter_beoordeling) == 1
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.title == "Bredere stoepen"
    assert stoep.get_latest_revision_as_object().title == "Nieuwe titel"
