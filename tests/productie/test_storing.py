"""The database goes away: a clear Dutch 503, nothing half-saved, and recovery."""

import pytest
from django.db import OperationalError, connection
from django.test import Client
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import KORT, ContentPageFactory


def database_weg(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


def _faalt_bij(fragment, keer=1):
    """The database dies halfway: earlier statements of the request did run."""
    teller = [0]

    def wrapper(execute, sql, params, many, context):
        if fragment in sql:
            teller[0] += 1
            if teller[0] == keer:
                raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    return wrapper


@pytest.mark.django_db
def test_zonder_database_een_nederlandse_503_en_daarna_weer_goed(client, home):
    with connection.execute_wrapper(database_weg):
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "De site is even niet bereikbaar" in html
    assert "Er is niets opgeslagen" in html
    assert 'href="/"' in html
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_gezondheidscheck_zegt_of_de_database_werkt(client, home):
    response = client.get("/gezond/")
    assert response.status_code == 200
    assert "database werken" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]
    with connection.execute_wrapper(database_weg):
        response = client.get("/gezond/")
    assert response.status_code == 503
    assert "database is niet bereikbaar" in response.content.decode()
    assert client.get("/gezond/").status_code == 200


@pytest.mark.django_db
def test_publiceren_dat_halverwege_faalt_laat_geen_halve_revisie_achter(home, redacteur):
    pagina = ContentPageFactory(parent=home, slug="vast", title="Oude titel")
    revisies_voor = Revision.objects.count()
    beheer = Client()
    beheer.force_login(redacteur)
    data = nested_form_data(
        {
            "title": "Nieuwe titel",
            "slug": "vast",
            "in_het_kort": KORT,
            "body": streamfield([("tekst", rich_text("<p>Nieuw. Kort.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    gezien = []

    def telt_mee(execute, sql, params, many, context):
        gezien.append(sql)
        return execute(sql, params, many, context)

    # Wagtail saves the revision (and logs it) in its own transaction, then
    # publishes in a second step. The database dies at the publish's log entry.
    with connection.execute_wrapper(_faalt_bij('INSERT INTO "wagtailcore_pagelogentry"', 2)):
        with connection.execute_wrapper(telt_mee):
            response = beheer.post(f"/admin/pages/{pagina.pk}/edit/", data)
    assert response.status_code == 503
    assert any('INSERT INTO "wagtailcore_revision"' in sql for sql in gezien)
    assert Revision.objects.count() == revisies_voor
    assert Page.objects.get(pk=pagina.pk).title == "Oude titel"

    # The database is back: the same publish now succeeds completely.
    response = beheer.post(f"/admin/pages/{pagina.pk}/edit/", data)
    assert response.status_code == 302
    assert Page.objects.get(pk=pagina.pk).title == "Nieuwe titel"
    assert Revision.objects.count() == revisies_voor + 1
