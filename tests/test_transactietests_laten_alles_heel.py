"""Transactional tests must leave the migrated data behind for the tests after them.

A few tests commit for real (backups, concurrent posts, the admin in a browser)
and so empty the database afterwards; `serialized_rollback` puts back what the
migrations made, and tests/gedeelde_demo.py puts it back at once after each
such test (with two workers, a plain test may come next in the same process).
This file fails when that restore goes wrong. It went
wrong twice: content types restored after Wagtail's tasks (see INSTALLED_APPS in
config/settings/base.py), and a transactional test that started Playwright,
whose running asyncio loop makes Django hand out a fresh connection without the
saved copy (see tests/browser/test_beheer_csp.py). Keep browser tests off the
test database.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, Locale, Page, Workflow

from agenda.models import VerdragsArtikel
from inclusie import rollen


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_gemigreerde_gegevens_zijn_er_nog():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"nl", "en", "ar"}
    assert Page.get_first_root_node() is not None
    assert Collection.get_first_root_node() is not None
    assert set(rollen.ROLLEN) <= set(Group.objects.values_list("name", flat=True))
    assert Workflow.objects.filter(name=rollen.WORKFLOW).exists()
    assert VerdragsArtikel.objects.count() == 33


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_na_een_transactionele_test_komt_alles_meteen_terug():
    """With two workers a plain test may follow a transactional one in the same process."""
    from django.core.management import call_command

    from tests.gedeelde_demo import GEMIGREERD, zet_gemigreerde_gegevens_terug

    assert GEMIGREERD, "pytest-django bewaarde geen kopie van de gemigreerde gegevens"
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    assert not Locale.objects.exists()
    zet_gemigreerde_gegevens_terug()
    test_gemigreerde_gegevens_zijn_er_nog()
