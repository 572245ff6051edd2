"""Importing the topic list: good file, bad file (nothing changes), re-import, admin screen."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook
from wagtail.models import GroupPagePermission

from agenda.importeren import ImportFout, importeer
from agenda.models import OnderwerpPage, Voortgang
from tests.agenda.factories import AgendaPageFactory, FaseFactory, VoortgangFactory

pytestmark = pytest.mark.django_db

KOP = "nummer;titel;in_het_kort;thema;prioriteit;rang;fase;artikelen;trefwoorden;start;probleem"
GOED = "\n".join(
    [
        KOP,
        "1;Bredere stoepen;De stoep is te smal. Wij willen bredere stoepen.;Toegankelijkheid;"
        'hoog;1;Fase A;9, 20;stoep, rolstoel;01-03-2019;"Te smal.\n\nEn te hoog."',
        "2;Zelf reizen;Jongeren reizen niet alleen. Zij leren het zelf.;vervoer;Midden;;;20;;;",
    ]
)


@pytest.fixture
def agenda(home):
    FaseFactory(naam="Fase A")
    return AgendaPageFactory(parent=home, slug="agenda")


def _csv(tekst, bom=True):
    return io.BytesIO(("\ufeff" if bom else "").encode() + tekst.encode("utf-8"))


def test_goed_bestand_maakt_onderwerpen_en_publiceert_ze(agenda):
    resultaat = importeer(_csv(GOED), "lijst.csv", agenda, publiceren=True)
    assert len(resultaat.nieuw) == 2 and resultaat.bijgewerkt == []
    assert len(resultaat.gepubliceerd) == 2 and resultaat.ter_beoordeling == []
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.live and stoep.get_parent().pk == agenda.pk
    assert stoep.thema.naam == "Toegankelijkheid" and stoep.prioriteit == "hoog"
    assert stoep.rang == 1 and stoep.fase.naam == "Fase A"
    assert sorted(a.nummer for a in stoep.artikelen.all()) == [9, 20]
    assert sorted(t.name for t in stoep.tags.all()) == ["rolstoel", "stoep"]
    assert stoep.start_gepland == datetime.date(2019, 3, 1)
    assert stoep.probleem == "<p>Te smal.</p><p>En te hoog.</p>"
    reizen = OnderwerpPage.objects.get(nummer=2)
    assert reizen.thema.naam == "Vervoer" and reizen.prioriteit == "midden"


def test_opnieuw_importeren_werkt_bij_en_houdt_de_voortgang(agenda):
    importeer(_csv(GOED), "lijst.csv", agenda, publiceren=True)
    stoep = OnderwerpPage.objects.get(nummer=1)
    VoortgangFactory(onderwerp=stoep, datum=datetime.date(2021, 1, 1), percentage=40)
    VoortgangFactory(onderwerp=stoep, datum=datetime.date(2022, 1, 1), percentage=60)
    nieuw = GOED.replace("Bredere stoepen", "Brede stoepen overal").replace(";hoog;1;", ";laag;;")
    resultaat = importeer(_csv(nieuw), "lijst.csv", agenda, publiceren=True)
    assert resultaat.nieuw == [] and len(resultaat.bijgewerkt) == 2
    assert OnderwerpPage.objects.count() == 2
    stoep = OnderwerpPage.objects.get(nummer=1)
    assert stoep.title == "Brede stoepen overal" and stoep.prioriteit == "laag"
    assert Voortgang.objects.filter(onderwerp=stoep).count() == 2
    assert stoep.stand.percentage == 60


def test_fout_bestand_meldt_alle_fouten_met_rij_en_kolom_en_verandert_niets(agenda):
    importeer(_csv(GOED), "lijst.csv", agenda)
    fout = "\n".join(
        [
            KOP,
            "1;Nieuwe titel;Dit is goed. Echt waar.;Toegankelijkheid;;;;;;;",
            ";;Een zin.;Vervoerr;super;;Fase Z;9, 40;;31-02-2020;",
            "1;Dubbel;Twee zinnen. Zo dus.;Vervoer;;;;;;;",
        ]
    )
    with pytest.raises(ImportFout) as info:
        importeer(_csv(fout), "lijst.csv", agenda)
    meldingen = [str(f) for f in info.value.fouten]
    assert "Rij 3, kolom 'nummer': dit veld is leeg. Het is verplicht." in meldingen
    assert "Rij 3, kolom 'titel': dit veld is leeg. Het is verplicht." in meldingen
    assert any(
        m.startswith("Rij 3, kolom 'thema': thema 'Vervoerr' bestaat niet.") for m in meldingen
    )
    assert (
        "Rij 3, kolom 'prioriteit': 'super' kan niet. Kies hoog, midden of laag, of laat het leeg."
        in meldingen
    )
    assert any(m.startswith("Rij 3, kolom 'in_het_kort': Schrijf minstens twee") for m in meldingen)
    assert any(m.startswith("Rij 3, kolom 'fase': fase 'Fase Z' bestaat niet") for m in meldingen)
    assert any("'40' is geen artikel" in m for m in meldingen)
    assert any(m.startswith("Rij 3, kolom 'start': '31-02-2020' is geen datum") for m in meldingen)
    assert "Rij 4, kolom 'nummer': nummer 1 staat ook al in rij 2." in meldingen
    # Row 2 was fine, but nothing changed: the old title is still there.
    assert OnderwerpPage.objects.get(nummer=1).title == "Bredere stoepen"
    assert OnderwerpPage.objects.count() == 2


def test_onbekende_en_ontbrekende_kolommen(agenda):
    with pytest.raises(ImportFout) as info:
        importeer(_csv("nummer,titel,kleur\n1,Iets,rood"), "lijst.csv", agenda)
    meldingen = [str(f) for f in info.value.fouten]
    assert any(m.startswith("Rij 1, kolom 'kleur': deze kolom ken ik niet") for m in meldingen)
    assert "Kolom 'thema': deze kolom ontbreekt. Hij is verplicht." in meldingen
    assert OnderwerpPage.objects.count() == 0


def test_xlsx_werkt_ook(agenda):
    boek = Workbook()
    blad = boek.active
    blad.append(["Nummer", "Titel", "In het kort", "Thema", "Start"])
    blad.append(
        [
            7,
            "Ringleidingen",
            "Een zaal heeft vaak geen ringleiding. Dat moet beter.",
            "Toegankelijkheid",
            datetime.datetime(2020, 5, 1),
        ]
    )
    buffer = io.BytesIO()
    boek.save(buffer)
    buffer.seek(0)
    importeer(buffer, "lijst.xlsx", agenda)
    page = OnderwerpPage.objects.get(nummer=7)
    assert page.start_gepland == datetime.date(2020, 5, 1)


def test_commando_en_voorbeeldbestand(agenda, capsys):
    voorbeeld = "agenda/voorbeeld/onderwerpen-voorbeeld.csv"
    call_command("import_onderwerpen", voorbeeld, "--publiceer")
    assert OnderwerpPage.objects.count() == 3
    assert OnderwerpPage.objects.live().count() == 3
    call_command("import_onderwerpen", voorbeeld, "--publiceer")
    assert OnderwerpPage.objects.count() == 3
    uit = capsys.readouterr().out
    assert "0 nieuw, 3 bijgewerkt" in uit
    assert "3 onderwerpen zijn gepubliceerd." in uit


def test_commando_zonder_publiceer_zet_alles_ter_beoordeling(agenda, capsys):
    voorbeeld = "agenda/voorbeeld/onderwerpen-voorbeeld.csv"
    call_command("import_onderwerpen", voorbeeld)
    assert OnderwerpPage.objects.count() == 3
    assert not OnderwerpPage.objects.live().exists()
    assert all(p.workflow_in_progress for p in OnderwerpPage.objects.all())
    assert "3 onderwerpen staan nu ter beoordeling." in capsys.readouterr().out
    # Again: the topics are being reviewed, so the command stops and changes nothing.
    with pytest.raises(CommandError, match="3 fout\\(en\\) gevonden. Er is niets veranderd."):
        call_command("import_onderwerpen", voorbeeld)
    assert "wacht op beoordeling" in capsys.readouterr().err


def test_commando_met_fouten_stopt_met_nederlandse_melding(agenda, tmp_path, capsys):
    pad = tmp_path / "fout.csv"
    pad.write_text(KOP + "\n1;;Een zin. Nog een.;Onbekend;;;;;;;\n", encoding="utf-8")
    with pytest.raises(CommandError, match="2 fout\\(en\\) gevonden. Er is niets veranderd."):
        call_command("import_onderwerpen", str(pad))
    assert "Rij 2, kolom 'titel'" in capsys.readouterr().err
    assert OnderwerpPage.objects.count() == 0


@pytest.fixture
def kernteam(django_user_model, agenda):
    gebruiker = django_user_model.objects.create_user("kern", password="geheim-wachtwoord-1")
    groep = Group.objects.create(name="Kernteam test")
    groep.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="import_onderwerpen"),
    )
    for recht in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=groep, page=agenda, permission=Permission.objects.get(codename=recht)
        )
    gebruiker.groups.add(groep)
    return gebruiker


def test_beheer_importscherm_vraagt_het_recht(client, agenda, django_user_model):
    gewoon = django_user_model.objects.create_user("lid", password="geheim-wachtwoord-1")
    gewoon.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(gewoon)
    assert client.get("/admin/onderwerpen/importeren/").status_code in (302, 403)
    assert "Onderwerpen importeren" not in client.get("/admin/").content.decode()


def test_beheer_importscherm_meldt_fouten_en_importeert(client, agenda, kernteam):
    client.force_login(kernteam)
    assert "Onderwerpen importeren" in client.get("/admin/").content.decode()
    fout = KOP + "\n1;;Een zin. Nog een.;Onbekend;;;;;;;\n"
    response = client.post(
        "/admin/onderwerpen/importeren/",
        {"bestand": SimpleUploadedFile("lijst.csv", fout.encode()), "agenda": agenda.pk},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Er zijn 2 fouten gevonden. Er is niets veranderd." in html
    assert "thema &#x27;Onbekend&#x27; bestaat niet" in html
    assert OnderwerpPage.objects.count() == 0
    response = client.post(
        "/admin/onderwerpen/importeren/",
        {"bestand": SimpleUploadedFile("lijst.csv", GOED.encode()), "agenda": agenda.pk},
        follow=True,
    )
    assert response.redirect_chain[0] == (f"/admin/pages/{agenda.pk}/", 302)
    assert OnderwerpPage.objects.count() == 2
    html = response.content.decode()
    assert "2 onderwerpen zijn nieuw." in html
    assert "2 onderwerpen staan nu ter beoordeling." in html
    assert "0 onderwerpen zijn gepubliceerd." in html


def test_beheer_import_zonder_publicatierecht_gaat_ter_beoordeling(client, agenda, kernteam):
    """Whoever may add and edit topics may import; the topics then wait for review."""
    GroupPagePermission.objects.filter(permission__codename="publish_page").delete()
    client.force_login(kernteam)
    response = client.post(
        "/admin/onderwerpen/importeren/",
        {"bestand": SimpleUploadedFile("lijst.csv", GOED.encode()), "agenda": agenda.pk},
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert OnderwerpPage.objects.count() == 2
    assert not OnderwerpPage.objects.live().exists()
    assert all(p.workflow_in_progress for p in OnderwerpPage.objects.all())


def test_beheer_import_zonder_bewerkrecht_op_de_agenda_wordt_geweigerd(client, agenda, kernteam):
    GroupPagePermission.objects.filter(page=agenda).delete()
    client.force_login(kernteam)
    response = client.post(
        "/admin/onderwerpen/importeren/",
        {"bestand": SimpleUploadedFile("lijst.csv", GOED.encode()), "agenda": agenda.pk},
    )
    assert response.status_code == 200
    assert "Je mag in deze agenda geen onderwerpen maken of aanpassen." in (
        response.content.decode()
    )
    assert OnderwerpPage.objects.count() == 0
