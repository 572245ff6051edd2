"""A backup restored into an empty database holds every page, revision, snippet and remark.

On PostgreSQL this runs pg_dump and pg_restore into a new, empty database; on
SQLite it uses SQLite's backup API. Both compare every table of the site's own
apps, Wagtail's pages, revisions, images and documents row by row.
"""

import io
import sqlite3
import uuid

import pytest
from django.apps import apps
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import connection
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Page, Revision, Site

from inclusie.models import SiteInstellingen
from inclusie.productie.backup import _libpq_url, database_instellingen, is_postgres
from tests.agenda.factories import ThemaFactory
from tests.campagnes.factories import LocatieFactory
from tests.factories import ContentPageFactory

APPS = {"inclusie", "agenda", "campagnes", "wagtailcore", "wagtailimages", "wagtaildocs", "taggit"}


def _tabellen() -> list[tuple[str, str]]:
    return sorted(
        (m._meta.db_table, m._meta.pk.column)
        for m in apps.get_models()
        if m._meta.app_label in APPS and not m._meta.proxy and m._meta.managed
    )


def _rijen(cursor, tabellen) -> dict[str, set]:
    uit = {}
    for tabel, pk in tabellen:
        cursor.execute(f'SELECT "{pk}" FROM "{tabel}"')
        uit[tabel] = {rij[0] for rij in cursor.fetchall()}
    return uit


def _maak_inhoud(home):
    paginas = [ContentPageFactory(parent=home, slug=f"bewaar-{n}") for n in range(3)]
    for pagina in paginas:
        pagina.title = pagina.title + " (bijgewerkt)"
        pagina.save_revision().publish()
    concept = paginas[0]
    concept.title = "Nog een concept"
    concept.save_revision()  # a draft revision, never published
    ThemaFactory(naam="Wonen")
    LocatieFactory(naam="Café De Markt")
    instellingen = SiteInstellingen.for_site(Site.objects.get(is_default_site=True))
    instellingen.contact = paginas[1]
    instellingen.save()
    buffer = io.BytesIO()
    PILImage.new("RGB", (30, 20), "red").save(buffer, "PNG")
    afbeelding = Image.objects.create(title="Foto", file=ImageFile(buffer, name="foto.png"))
    try:
        Reactie = apps.get_model("inclusie", "Reactie")
    except LookupError:
        Reactie = None
    if Reactie is not None:
        Reactie.objects.create(
            page=paginas[2], pagina_titel="x", taal="nl", duidelijk=False, tekst="Te lang."
        )
    return afbeelding


@pytest.fixture
def lege_postgres_database():
    db = database_instellingen()
    naam = f"inclusie_herstel_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{naam}"')
    yield {**db, "NAME": naam}
    connection.close()
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_teruggezet_in_lege_database_heeft_alles(home, tmp_path, settings, request):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    afbeelding = _maak_inhoud(home)
    tabellen = _tabellen()
    with connection.cursor() as cursor:
        voor = _rijen(cursor, tabellen)
    assert voor["wagtailcore_page"] == set(Page.objects.values_list("pk", flat=True))
    assert len(voor["wagtailcore_revision"]) == Revision.objects.count() >= 4
    assert voor["agenda_thema"] and voor["campagnes_locatie"] and voor["inclusie_siteinstellingen"]

    call_command("maak_backup", map=str(tmp_path / "backup"), stdout=io.StringIO())
    (tmp_path / "media").rename(tmp_path / "media-weg")  # the disk is lost

    if is_postgres(database_instellingen()):
        doel = request.getfixturevalue("lege_postgres_database")
        url = _libpq_url(doel)
        call_command("zet_backup_terug", str(tmp_path / "backup"), database_url=url,
                     stdout=io.StringIO())  # fmt: skip
        import psycopg

        with psycopg.connect(url) as herstel, herstel.cursor() as cursor:
            na = _rijen(cursor, tabellen)
    else:
        doel = tmp_path / "herstel.sqlite3"
        call_command("zet_backup_terug", str(tmp_path / "backup"),
                     database_url=f"sqlite:///{doel}", stdout=io.StringIO())  # fmt: skip
        herstel = sqlite3.connect(doel)
        try:
            na = _rijen(herstel.cursor(), tabellen)
        finally:
            herstel.close()

    verschil = {t: voor[t] ^ na[t] for t in voor if voor[t] != na[t]}
    assert not verschil, f"Na terugzetten anders: {verschil}"
    assert (tmp_path / "media" / afbeelding.file.name).read_bytes() == (
        tmp_path / "media-weg" / afbeelding.file.name
    ).read_bytes()


def test_terugzetten_van_een_lege_map_geeft_een_duidelijke_fout(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="ontbreekt"):
        call_command("zet_backup_terug", str(tmp_path), database_url=f"sqlite:///{tmp_path}/x")
