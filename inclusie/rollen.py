"""Roles and the review workflow: who may do what in the admin.

The ViP hands work over between members often, so rights belong to roles
(groups), never to people. `zet_rollen` creates the four groups, their rights
and the workflow "Controle door de ViP redactie". It is idempotent and runs
twice on purpose:

- from the data migration `inclusie.0004_rollen`, so every fresh install has
  the roles;
- after every `migrate` (post_migrate), because models that other apps add
  later (a snippet, the topic-import permission, the feedback inbox) get their
  permissions only after their own migration has run.

It also runs when a page is created whose tree the Gemeente role may edit
(the agenda registers its overview page), because that tree does not exist
until someone makes it.

The shell names no other app: each app registers what it adds to the roles
with `registreer` from its AppConfig.ready().

Choice for the workflow: it is assigned to the root of the page tree, so it
covers the agenda and campaign trees in every language, and every tree added
later, without a step per page. ViP redactie can still publish directly.
"""

from dataclasses import dataclass

from django.db.models.signals import post_migrate, post_save
from wagtail.models import PagePermissionTester

REDACTIE = "ViP redactie"
LID = "ViP lid"
GEMEENTE = "Gemeente"
MEELEZER = "Meelezer"
ROLLEN = [REDACTIE, LID, GEMEENTE, MEELEZER]
WORKFLOW = "Controle door de ViP redactie"
TAAK = "Controle door de ViP redactie"

# Page rights on the whole tree (Gemeente's are on the registered trees only).
PAGINA_RECHTEN = {
    REDACTIE: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    LID: ["add_page", "change_page", "lock_page"],
}
GEMEENTE_PAGINA_RECHTEN = ["change_page"]

# Rights on images and documents in the root collection.
COLLECTIE_RECHTEN = {
    REDACTIE: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtaildocs", "delete_document"),
    ],
    LID: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
    GEMEENTE: [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")],
}


@dataclass(frozen=True)
class AppRechten:
    """What an app adds to the roles; each app registers it in its AppConfig.ready().

    - The redactie manages the plain models (snippets, inline items, settings)
      of every registered app; a Meelezer may view them.
    - `redactie` and `lid`: extra model rights, as (app_label, codename).
    - `gemeente_paginas`: page types ("app.Model") whose trees the Gemeente
      role may edit; it may edit nothing else.
    """

    app_label: str
    redactie: tuple = ()
    lid: tuple = ()
    gemeente_paginas: tuple = ()


_GEREGISTREERD: dict[str, AppRechten] = {}


def registreer(app_label, redactie=(), lid=(), gemeente_paginas=()):
    _GEREGISTREERD[app_label] = AppRechten(
        app_label, tuple(redactie), tuple(lid), tuple(gemeente_paginas)
    )


def geregistreerd() -> list[AppRechten]:
    return list(_GEREGISTREERD.values())


def _extra(rol):
    return [paar for app in geregistreerd() for paar in getattr(app, rol)]


def gemeente_paginas() -> list[str]:
    return [label for app in geregistreerd() for label in app.gemeente_paginas]


# Reader feedback is for the redactie only.
FEEDBACK_MODEL = ("inclusie", "reactie")


def _toegang_admin(Permission):
    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()


def _model_rechten(apps, Permission, ContentType, alleen_lezen: bool):
    """add/change/delete/view of the non-page models of the registered apps."""
    Page = apps.get_model("wagtailcore", "Page")
    rechten = []
    for app_label in (app.app_label for app in geregistreerd()):
        try:
            app_config = apps.get_app_config(app_label)
        except LookupError:
            continue
        for model in app_config.get_models():
            if issubclass(model, Page):
                continue
            naam = model._meta.model_name
            if (app_label, naam) == FEEDBACK_MODEL and alleen_lezen:
                continue
            soorten = ["view"] if alleen_lezen else ["add", "change", "delete", "view"]
            rechten += list(
                Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=naam,
                    codename__in=[f"{soort}_{naam}" for soort in soorten],
                )
            )
    return rechten


def zet_rollen(apps=None):
    """Create or complete the roles, their rights and the workflow. Safe to run again."""
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groepen = {naam: Group.objects.get_or_create(name=naam)[0] for naam in ROLLEN}

    toegang = _toegang_admin(Permission)
    if toegang is not None:
        for groep in groepen.values():
            groep.permissions.add(toegang)

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for rol, codenames in PAGINA_RECHTEN.items():
            for perm in Permission.objects.filter(
                content_type__app_label="wagtailcore", codename__in=codenames
            ):
                GroupPagePermission.objects.get_or_create(
                    group=groepen[rol], page=root, permission=perm
                )
    geef_gemeente_bomen(apps)

    root_collectie = Collection.objects.filter(depth=1).order_by("path").first()
    if root_collectie is not None:
        for rol, paren in COLLECTIE_RECHTEN.items():
            for app_label, codename in paren:
                perm = Permission.objects.filter(
                    content_type__app_label=app_label, codename=codename
                ).first()
                if perm is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groepen[rol], collection=root_collectie, permission=perm
                    )

    groepen[REDACTIE].permissions.add(
        *_model_rechten(apps, Permission, ContentType, alleen_lezen=False)
    )
    for rol, extra in ((REDACTIE, _extra("redactie")), (LID, _extra("lid"))):
        for app_label, codename in extra:
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:
                groepen[rol].permissions.add(perm)
    groepen[MEELEZER].permissions.add(
        *_model_rechten(apps, Permission, ContentType, alleen_lezen=True)
    )

    if root is not None:
        _zet_workflow(apps, groepen[REDACTIE], root)
    return groepen


def geef_gemeente_bomen(apps=None):
    """Gemeente may edit (and so submit) the trees of the registered page types, nothing else."""
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    groep = Group.objects.filter(name=GEMEENTE).first()
    if groep is None:
        return
    rechten = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=GEMEENTE_PAGINA_RECHTEN
        )
    )
    for label in gemeente_paginas():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue  # an older migration state, before the model existed
        for boom in Page.objects.filter(pk__in=model.objects.values("pk")):
            for perm in rechten:
                GroupPagePermission.objects.get_or_create(group=groep, page=boom, permission=perm)


class PaginaRechten(PagePermissionTester):
    """Wagtail's page rights, with one rule stricter for members who cannot publish.

    Wagtail lets anyone with edit rights delete a page that is not live, even a
    draft someone else is writing, or a page that was taken offline and may come
    back. A ViP lid may only throw away drafts they started themselves and that
    were never published; anything else is for the redactie.
    """

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        if self.user.is_superuser or "publish" in self.permissions:
            return True
        te_verwijderen = self.page.get_descendants(inclusive=True)
        return not te_verwijderen.exclude(owner=self.user, first_published_at__isnull=True).exists()


def _zet_workflow(apps, redactie, root):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    taak = GroupApprovalTask.objects.filter(name=TAAK).first()
    if taak is None:
        soort, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        taak = GroupApprovalTask.objects.create(name=TAAK, content_type=soort, active=True)
    taak.groups.add(redactie)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow, task=taak).exists():
        WorkflowTask.objects.create(workflow=workflow, task=taak, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def _na_migratie(sender, **kwargs):
    """Run once, after the last app: only then do all apps' permissions exist."""
    from django.apps import apps

    met_modellen = [a for a in apps.get_app_configs() if a.models_module is not None]
    if met_modellen and sender.label == met_modellen[-1].label:
        zet_rollen()


def _na_opslaan(sender, instance, created, raw=False, **kwargs):
    if created and not raw and sender._meta.label in gemeente_paginas():
        geef_gemeente_bomen()


def koppel_signalen():
    post_migrate.connect(_na_migratie, dispatch_uid="inclusie.rollen.na_migratie")
    post_save.connect(_na_opslaan, dispatch_uid="inclusie.rollen.na_opslaan")


# Imported by inclusie.models, so the handlers are connected in every process.
koppel_signalen()
