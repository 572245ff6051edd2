"""Every fresh install gets the three content languages: Dutch, English, Arabic."""

from django.db import migrations

TALEN = ["nl", "en", "ar"]


def maak_talen(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in TALEN:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("inclusie", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(maak_talen, migrations.RunPython.noop)]
