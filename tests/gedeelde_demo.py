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
    marker = item.get_closest_marker("django_db")
    namen = getattr(item, "fixturenames", ())
    if "live_server" in namen or transactioneel(item):
        return False
    return marker is not None or "db" in namen


def transactioneel(item) -> bool:
    marker = item.get_closest_marker("django_db")
    namen = getattr(item, "fixturenames", ())
    return bool(
        "transactional_db" in namen
        or (marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Run the demo readers together, at the end of pytest-django's first group."""
    demo = [item for item in items if gebruikt_demo(item)]
    if not demo:
        return
    rest = [item for item in items if not gebruikt_demo(item)]
    plek = next((i for i, item in enumerate(rest) if not _gewone_db_test(item)), len(rest))
    items[:] = rest[:plek] + demo + rest[plek:]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if gebruikt_demo(item) and (nextitem is None or not gebruikt_demo(nextitem)):
        item.session._django_db_blocker_for_demo.unblock()
        try:
            _gedeelde_demo.sluit()
        finally:
            item.session._django_db_blocker_for_demo.restore()


@pytest.fixture
def _demo_geopend(request, django_db_setup, django_db_blocker):
    request.session._django_db_blocker_for_demo = django_db_blocker
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
