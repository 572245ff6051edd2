"""Roles and the review workflow: the permission matrix and the flow end to end."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage

from agenda.models import Voortgang
from inclusie import rollen
from tests.agenda.factories import AgendaPageFactory, OnderwerpPageFactory
from tests.factories import ContentPageFactory

ACTIES = ["bewerken", "publiceren", "indienen", "goedkeuren", "verwijderen", "importeren"]

# Rows: role; columns: ACTIES, on a page in the agenda tree and on a plain page.
MATRIX_AGENDA = {
    rollen.REDACTIE: [True, True, True, True, True, True],
    rollen.LID: [True, False, True, False, False, False],
    rollen.GEMEENTE: [True, False, True, False, False, False],
    rollen.MEELEZER: [False, False, False, False, False, False],
}
MATRIX_GEWOON = {
    rollen.REDACTIE: [True, True, True, True, True, True],
    rollen.LID: [True, False, True, False, False, False],
    rollen.GEMEENTE: [False, False, False, False, False, False],
    rollen.MEELEZER: [False, False, False, False, False, False],
}


def maak_gebruiker(rol, naam=None):
    user = get_user_model().objects.create_user(naam or rol.replace(" ", "_"), password="geheim")
    user.groups.add(Group.objects.get(name=rol))
    return user


def kan(user, page, actie):
    tester = page.permissions_for_user(user)
    if actie == "bewerken":
        return tester.can_edit()
    if actie == "publiceren":
        return tester.can_publish()
    if actie == "indienen":
        return tester.can_edit() and tester.can_submit_for_moderation()
    if actie == "goedkeuren":
        taak = page.get_workflow().tasks.first().specific
        return "approve" in [a[0] for a in taak.get_actions(page, user)]
    if actie == "verwijderen":
        return tester.can_delete()
    if actie == "importeren":
        return user.has_perm("agenda.import_onderwerpen")
    raise ValueError(actie)


@pytest.fixture
def agenda(home):
    agenda = AgendaPageFactory(parent=home, slug="agenda")
    return agenda


@pytest.fixture
def onderwerp(agenda):
    return OnderwerpPageFactory(parent=agenda, title="Bredere stoepen", slug="stoepen")


@pytest.fixture
def gewone_pagina(home):
    return ContentPageFactory(parent=home, title="Over ons", slug="over-ons")


def test_de_vier_rollen_bestaan_na_de_migratie(db):
    assert set(rollen.ROLLEN) <= set(Group.objects.values_list("name", flat=True))
    workflow = Workflow.objects.get(name=rollen.WORKFLOW)
    assert workflow.active
    taak = workflow.tasks.get().specific
    assert isinstance(taak, GroupApprovalTask)
    assert list(taak.groups.values_list("name", flat=True)) == [rollen.REDACTIE]
    assert WorkflowPage.objects.get(page__depth=1).workflow == workflow


def test_zet_rollen_is_idempotent(db):
    from wagtail.models import GroupPagePermission

    voor = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    rollen.zet_rollen()
    rollen.zet_rollen()
    na = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    assert voor == na


@pytest.mark.parametrize("rol", rollen.ROLLEN)
@pytest.mark.parametrize("actie", ACTIES)
def test_matrix_agenda(rol, actie, onderwerp):
    user = maak_gebruiker(rol)
    assert kan(user, onderwerp, actie) is MATRIX_AGENDA[rol][ACTIES.index(actie)]


@pytest.mark.parametrize("rol", rollen.ROLLEN)
@pytest.mark.parametrize("actie", ACTIES)
def test_matrix_gewone_pagina(rol, actie, gewone_pagina):
    user = maak_gebruiker(rol)
    assert kan(user, gewone_pagina, actie) is MATRIX_GEWOON[rol][ACTIES.index(actie)]


def test_workflow_geldt_voor_elke_boom_ook_een_nieuwe(onderwerp, home, root_page):
    """Assigned at the root: the agenda, the campaigns and any later tree are covered."""
    assert onderwerp.get_workflow().name == rollen.WORKFLOW
    assert home.get_workflow().name == rollen.WORKFLOW
    nieuwe_boom = ContentPageFactory(parent=root_page, slug="nieuwe-boom")
    assert nieuwe_boom.get_workflow().name == rollen.WORKFLOW


def test_gemeente_krijgt_rechten_op_een_nieuwe_agenda(home):
    user = maak_gebruiker(rollen.GEMEENTE)
    nieuwe = AgendaPageFactory(parent=home, slug="agenda-2030")
    onderwerp = OnderwerpPageFactory(parent=nieuwe, slug="nieuw")
    assert onderwerp.permissions_for_user(user).can_edit()


@pytest.mark.parametrize("rol", rollen.ROLLEN)
def test_elke_rol_komt_in_het_beheer(client, rol, home):
    client.force_login(maak_gebruiker(rol))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/rapporten/taal/").status_code == 200


def test_anoniem_komt_nooit_in_het_beheer(client, home):
    for url in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/edit/",
        "/admin/rapporten/taal/",
    ]:
        antwoord = client.get(url)
        assert antwoord.status_code == 302, url
        assert antwoord["Location"].startswith("/admin/login/"), url


def test_gemeente_kan_een_gewone_pagina_niet_openen_in_de_editor(client, gewone_pagina, onderwerp):
    client.force_login(maak_gebruiker(rollen.GEMEENTE))
    assert client.get(f"/admin/pages/{onderwerp.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{gewone_pagina.pk}/edit/").status_code in (302, 403)


def bewerk_formulier(page, **velden):
    data = {
        "title": page.title,
        "slug": page.slug,
        "in_het_kort": page.in_het_kort,
        "body-count": "0",
    }
    data.update(velden)
    return data


def test_lid_dient_in_redactie_keurt_goed_pagina_gaat_live(client, gewone_pagina):
    lid = maak_gebruiker(rollen.LID)
    redactie = maak_gebruiker(rollen.REDACTIE)
    nieuw = "Wij zijn de ViP. Wij zijn met elf mensen."

    client.force_login(lid)
    antwoord = client.post(
        f"/admin/pages/{gewone_pagina.pk}/edit/",
        bewerk_formulier(gewone_pagina, in_het_kort=nieuw, **{"action-publish": "1"}),
    )
    gewone_pagina.refresh_from_db()
    assert gewone_pagina.in_het_kort != nieuw, "een lid mag niet publiceren"

    antwoord = client.post(
        f"/admin/pages/{gewone_pagina.pk}/edit/",
        bewerk_formulier(gewone_pagina, in_het_kort=nieuw, **{"action-submit": "1"}),
    )
    assert antwoord.status_code == 302
    gewone_pagina.refresh_from_db()
    assert gewone_pagina.workflow_in_progress
    assert nieuw not in client.get("/over-ons/").content.decode()

    client.force_login(redactie)
    taakstatus = gewone_pagina.current_workflow_task_state
    antwoord = client.post(
        f"/admin/pages/workflow/action/{gewone_pagina.pk}/approve/{taakstatus.pk}/",
        {"comment": "Goed zo."},
    )
    assert antwoord.status_code in (200, 302)
    gewone_pagina.refresh_from_db()
    assert not gewone_pagina.workflow_in_progress
    assert gewone_pagina.in_het_kort == nieuw
    client.logout()
    assert nieuw in client.get("/over-ons/").content.decode()


def test_update_van_gemeente_blijft_prive_tot_goedkeuring(client, onderwerp):
    gemeente = maak_gebruiker(rollen.GEMEENTE)
    redactie = maak_gebruiker(rollen.REDACTIE)
    tekst = "De stoep bij het station is breder gemaakt."

    concept = onderwerp.get_latest_revision_as_object()
    concept.voortgang.add(
        Voortgang(
            datum=datetime.date(2024, 3, 1),
            status="in_uitvoering",
            percentage=50,
            wat_gebeurd=tekst,
        )
    )
    revisie = concept.save_revision(user=gemeente)
    workflow = onderwerp.get_workflow()
    workflow.start(onderwerp, gemeente)
    onderwerp.refresh_from_db()
    assert onderwerp.workflow_in_progress
    assert not Voortgang.objects.filter(wat_gebeurd=tekst).exists()
    assert tekst not in client.get(onderwerp.url).content.decode()

    taakstatus = onderwerp.current_workflow_task_state.specific
    assert revisie.pk == taakstatus.revision_id
    taakstatus.task.specific.on_action(taakstatus, redactie, "approve")
    onderwerp.refresh_from_db()
    assert Voortgang.objects.filter(onderwerp=onderwerp, wat_gebeurd=tekst).exists()
    assert tekst in client.get(onderwerp.url).content.decode()


def test_gemeente_kan_niet_zelf_goedkeuren(onderwerp):
    gemeente = maak_gebruiker(rollen.GEMEENTE)
    onderwerp.save_revision(user=gemeente)
    onderwerp.get_workflow().start(onderwerp, gemeente)
    onderwerp.refresh_from_db()
    taak = onderwerp.current_workflow_task_state.task.specific
    assert "approve" not in [a[0] for a in taak.get_actions(onderwerp, gemeente)]
    assert Page.objects.get(pk=onderwerp.pk).workflow_in_progress


def test_alleen_de_vip_rollen_na_de_migratie(db):
    """Wagtail's own English groups and their workflow are gone on a fresh install."""
    assert set(Group.objects.values_list("name", flat=True)) == set(rollen.ROLLEN)
    assert list(Workflow.objects.values_list("name", flat=True)) == [rollen.WORKFLOW]


def test_lid_mag_een_eigen_concept_weggooien_maar_niets_wat_live_was(agenda):
    """A member who started a topic by mistake can remove that draft; live work stays."""
    lid = maak_gebruiker(rollen.LID)
    concept = OnderwerpPageFactory(parent=agenda, slug="concept", live=False, owner=lid)
    assert concept.permissions_for_user(lid).can_delete()
    van_een_ander = OnderwerpPageFactory(parent=agenda, slug="ander-concept", live=False)
    assert not van_een_ander.permissions_for_user(lid).can_delete()
    concept.save_revision(user=lid).publish()
    concept.refresh_from_db()
    concept.unpublish()
    concept.refresh_from_db()
    assert not concept.live
    assert not concept.permissions_for_user(lid).can_delete()
    assert concept.permissions_for_user(maak_gebruiker(rollen.REDACTIE)).can_delete()


def test_lid_kan_het_concept_van_een_ander_niet_weggooien_in_het_beheer(client, agenda):
    """The rule holds in the admin's delete view too, not only in the buttons."""
    lid = maak_gebruiker(rollen.LID)
    van_een_ander = OnderwerpPageFactory(parent=agenda, slug="ander-concept", live=False)
    client.force_login(lid)
    antwoord = client.post(f"/admin/pages/{van_een_ander.pk}/delete/")
    assert antwoord.status_code in (302, 403)
    assert Page.objects.filter(pk=van_een_ander.pk).exists()


@pytest.mark.parametrize(
    "rol, mag_tekst",
    [(rollen.REDACTIE, True), (rollen.LID, True), (rollen.GEMEENTE, False)],
)
def test_gemeente_ziet_in_de_editor_alleen_de_voortgang(client, onderwerp, rol, mag_tekst):
    """The ViP's own text and choices are for ViP members; the municipality reports progress."""
    user = maak_gebruiker(rol)
    form_class = type(onderwerp).get_edit_handler().get_form_class()
    form = form_class(instance=onderwerp, for_user=user)
    for veld in ["title", "in_het_kort", "nummer", "prioriteit", "probleem", "drager"]:
        assert (veld in form.fields) is mag_tekst, veld
    assert "voortgang" in form.formsets

    client.force_login(user)
    html = client.get(f"/admin/pages/{onderwerp.pk}/edit/").content.decode()
    assert ('name="in_het_kort"' in html) is mag_tekst
    assert 'name="voortgang-TOTAL_FORMS"' in html


def test_gemeente_kan_de_titel_niet_veranderen_met_een_eigen_formulier(onderwerp):
    """Fields left out of the form are left alone, whatever the post contains."""
    user = maak_gebruiker(rollen.GEMEENTE)
    form_class = type(onderwerp).get_edit_handler().get_form_class()
    data = {
        "title": "Andere titel",
        "in_het_kort": "Nieuw. Anders.",
        "slug": onderwerp.slug,
        "voortgang-TOTAL_FORMS": "1",
        "voortgang-INITIAL_FORMS": "0",
        "voortgang-MIN_NUM_FORMS": "0",
        "voortgang-MAX_NUM_FORMS": "1000",
        "voortgang-0-datum": "2024-01-10",
        "voortgang-0-status": "in_uitvoering",
        "voortgang-0-percentage": "30",
        "voortgang-0-wat_gebeurd": "De gemeente heeft een plan gemaakt.",
        "voortgang-0-volgende_stap": "",
        "voortgang-0-ORDER": "1",
        "voortgang-0-DELETE": "",
        "voortgang-0-id": "",
        # The lights inline (empty): the admin always posts its management form.
        "lichten-TOTAL_FORMS": "0",
        "lichten-INITIAL_FORMS": "0",
        "lichten-MIN_NUM_FORMS": "0",
        "lichten-MAX_NUM_FORMS": "1000",
    }
    form = form_class(data, instance=onderwerp, for_user=user, parent_page=onderwerp.get_parent())
    assert form.is_valid(), form.errors
    pagina = form.save(commit=False)
    assert pagina.title == "Bredere stoepen"
    assert pagina.in_het_kort != "Nieuw. Anders."
