"""One demo site for the tests that read it (a pytest plugin, `-p` in pyproject.toml).

Loading the demo takes many seconds. Tests that only read it share one load:
the first of them opens a transaction around the whole group and loads the
demo inside it; each test then runs in a savepoint of its own (pytest-django's
usual rollback), so what a test changes is gone for the next one. After the
last test of the group the outer transaction is rolled back, and the tests
after it see an empty site again. To keep the group together, its tests run
as the last of the non-transactional database tests.
"""

import pytest

DEMO_FIXTURE = "voorbeeldsite"


class _GedeeldeDemo:
    atomic = None

    def open(self):
        if self.atomic is None:
            from django.db import transaction

            from demo.laden import laad_alles

            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            laad_alles()

    def sluit(self):
        if self.atomic is not None:
            from django.db import transaction

            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
            self.atomic = None


_gedeelde_demo = _GedeeldeDemo()


def gebruikt_demo(item) -> bool:
    return DEMO_FIXTURE in getattr(item, "fixturenames", ())


def _gewone_db_test(item) -> bool:
    """A database test in a rolled-back transaction (pytest-django's first group)."""
    namen = getattr(item, "fixturenames", ())
    if "live_server" in namen or transactioneel(item):
        return False
    return item.get_closest_marker("django_db") is not None or "db" in namen


def transactioneel(item) -> bool:
    """A test that commits for real, read the way pytest-django reads it."""
    from pytest_django.fixtures import validate_django_db

    if "transactional_db" in getattr(item, "fixturenames", ()):
        return True
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return False
    transaction, reset_sequences = validate_django_db(marker)[:2]
    return bool(transaction or reset_sequences)


def _in_browser(item) -> bool:
    return "tests/browser/" in str(item.path)


# Plain database tests that run before the browser tests (see below): about
# 20 seconds of work, the time the demo server takes to start.
VOOR_DE_BROWSER = 150


def _zonder_db(item) -> bool:
    import unittest

    if isinstance(getattr(item, "cls", None), type) and issubclass(item.cls, unittest.TestCase):
        return False  # Django's own test cases set up the database themselves
    return item.get_closest_marker("django_db") is None and "django_db_setup" not in getattr(
        item, "fixturenames", ()
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests without a database first, then some plain ones, then the browser tests.

    The browser tests are the slowest: started early, they spread over both
    workers while the many small tests fill the gaps at the end. They cannot
    start before the demo server is up (tests/browser/demoserver.py), so the
    tests that need no database, and then a first part of the plain database
    tests, keep the workers busy until it is. The demo readers stay together
    and run as the last of pytest-django's first group (pytest-xdist hands
    their group out first, as its largest unit).
    """
    browser = sorted(
        (item for item in items if _in_browser(item)), key=lambda i: "test_crawl" not in i.nodeid
    )
    demo = [item for item in items if gebruikt_demo(item)]
    rest = [item for item in items if not _in_browser(item) and not gebruikt_demo(item)]
    zonder_db = [item for item in rest if _zonder_db(item)]
    rest = [item for item in rest if not _zonder_db(item)]
    plek = next((i for i, item in enumerate(rest) if not _gewone_db_test(item)), len(rest))
    vooraf = min(VOOR_DE_BROWSER, plek)
    items[:] = zonder_db + rest[:vooraf] + browser + rest[vooraf:plek] + demo + rest[plek:]


# What the migrations made, per database alias, as serialized by pytest-django
# when it created the test database (tests/conftest.py fills it).
GEMIGREERD: dict[str, str] = {}


def zet_gemigreerde_gegevens_terug():
    """After a transactional test: put back what the migrations made.

    Django's TransactionTestCase empties the database after each such test and
    only restores it at the start of the next serialized one, so a plain test
    that comes later in the same process would find no locales, roles or root
    page. With two workers the order in each process is not fixed, so the data
    goes back at once. A fresh connection object (Playwright's event loop makes
    Django hand one out) also gets the serialized copy back here.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connections

    for alias, inhoud in GEMIGREERD.items():
        verbinding = connections[alias]
        if not hasattr(verbinding, "_test_serialized_contents"):
            verbinding._test_serialized_contents = inhoud
        call_command(
            "flush",
            database=alias,
            interactive=False,
            reset_sequences=False,  # as Django's own teardown: ids keep counting up
            inhibit_post_migrate=True,
            verbosity=0,
        )
        verbinding.creation.deserialize_db_from_string(inhoud)
    ContentType.objects.clear_cache()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    blocker = getattr(item.session, "_django_db_blocker_gedeeld", None)
    if blocker is None:
        return
    if gebruikt_demo(item) and (nextitem is None or not gebruikt_demo(nextitem)):
        with blocker.unblock():
            _gedeelde_demo.sluit()
    if transactioneel(item) and GEMIGREERD:
        with blocker.unblock():
            zet_gemigreerde_gegevens_terug()


@pytest.fixture
def _demo_geopend(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _gedeelde_demo.open()


@pytest.fixture
def voorbeeldsite(_demo_geopend, db):
    """The demo site, loaded once for all tests that ask for it (see above).

    Returns the pages tests look for most, found again in each test.
    """
    from wagtail.models import Locale, Site

    from agenda.models import AgendaPage
    from campagnes.models import CafeIndexPage, CampagnePage
    from inclusie.models import HomePage

    Site.clear_site_root_paths_cache()
    nl = Locale.objects.get(language_code="nl")
    return {
        "home": HomePage.objects.get(depth=2, locale=nl),
        "agenda": AgendaPage.objects.get(locale=nl),
        "cafe_index": CafeIndexPage.objects.get(locale=nl),
        "guusje": CampagnePage.objects.get(locale=nl, slug="guusje"),
    }
