"""Remove Wagtail's default "Moderators" and "Editors" groups and their workflow.

An editor who adds a new ViP member to the admin should see only the four ViP
roles, not two English groups that nobody explained. They are removed only
while nobody is in them and their workflow was never used, so a site that did
use them keeps them.
"""

from django.db import migrations

STANDAARDGROEPEN = ["Moderators", "Editors"]
STANDAARDWORKFLOW = "Moderators approval"


def verwijder_standaardgroepen(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    for workflow in Workflow.objects.filter(name=STANDAARDWORKFLOW):
        gebruikt = (
            WorkflowState.objects.filter(workflow=workflow).exists()
            or WorkflowPage.objects.filter(workflow=workflow).exists()
        )
        if gebruikt:
            continue
        taken = list(Task.objects.filter(workflow_tasks__workflow=workflow))
        workflow.delete()
        for taak in taken:
            if not TaskState.objects.filter(task=taak).exists():
                taak.delete()

    for groep in Group.objects.filter(name__in=STANDAARDGROEPEN):
        if groep.user_set.exists():
            continue
        if GroupApprovalTask.objects.filter(groups=groep).exists():
            continue
        groep.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("inclusie", "0005_reacties"),
        ("wagtailcore", "__latest__"),
    ]

    operations = [migrations.RunPython(verwijder_standaardgroepen, migrations.RunPython.noop)]
