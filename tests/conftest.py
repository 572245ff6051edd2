"""Shared fixtures: a fresh site tree with a Dutch home page for each test."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from tests import sjabloon
from tests.factories import HomePageFactory
from tests.gedeelde_demo import GEMIGREERD, gebruikt_demo


@pytest.fixture(scope="session")
def django_db_modify_db_settings(request, django_db_modify_db_settings_parallel_suffix):
    """A copy of the run's migrated database instead of migrating again (tests/sjabloon.py)."""
    werker = getattr(request.config, "workerinput", {}).get("workerid", "hoofd")
    request.config._inclusie_kopie = sjabloon.zet_testdatabase_klaar(werker)


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings):
    """Keep the copy: pytest-django then checks its migrations instead of making a new one."""
    return getattr(request.config, "_inclusie_kopie", False) or request.config.getvalue("reuse_db")


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """pytest-django's test database, and a copy of what the migrations put in it."""
    from django.db import connections

    request.session._django_db_blocker_gedeeld = django_db_blocker
    for alias in connections:
        inhoud = getattr(connections[alias], "_test_serialized_contents", None)
        if inhoud:
            GEMIGREERD[alias] = inhoud


@pytest.fixture(autouse=True)
def _leeg_cache():
    """Wagtail caches site roots; a stale cache makes tests depend on each other."""
    cache.clear()
    # After a transactional test flushed and restored the database, cached
    # content type ids may point at rows that are gone.
    ContentType.objects.clear_cache()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _nederlands():
    """Every test starts in Dutch.

    A request to an English or Arabic page leaves that language active in the
    thread after the response; a later test that calls gettext outside a
    request would then get English and fail only in some orders.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home(root_page):
    """A Dutch HomePage as the root of the default site."""
    home = HomePageFactory(parent=root_page, title="Startpagina", slug="start")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = "testserver"
    site.port = 80
    site.save()
    Site.clear_site_root_paths_cache()
    return home


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def locale_ar(db):
    return Locale.objects.get(language_code="ar")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Keep groups on one worker (pytest-xdist, `make test` runs --dist loadgroup).

    The demo readers share their load on one worker. It runs first, because
    xdist reads the groups in its own hook.
    """
    for item in items:
        if gebruikt_demo(item):
            item.add_marker(pytest.mark.xdist_group("demo"))
