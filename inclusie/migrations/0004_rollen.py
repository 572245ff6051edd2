"""Create the roles and the review workflow on every fresh install (see inclusie/rollen.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def maak_rollen(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now
    # for the apps migrated so far, so the roles can be given their rights.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    from inclusie.rollen import zet_rollen

    zet_rollen(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("inclusie", "0003_toegankelijkheidsverklaringpage"),
        ("agenda", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("wagtailadmin", "__latest__"),
    ]

    operations = [migrations.RunPython(maak_rollen, migrations.RunPython.noop)]
