"""Every page type in the project has a factory (and so a render test)."""

from wagtail.models import get_page_models

from tests.factories import FACTORIES_PER_PAGE_TYPE

EIGEN_APPS = {"inclusie", "agenda", "campagnes"}


def alle_factories():
    factories = dict(FACTORIES_PER_PAGE_TYPE)
    for module in (
        "tests.inclusie.factories",
        "tests.agenda.factories",
        "tests.campagnes.factories",
    ):
        try:
            mod = __import__(module, fromlist=["FACTORIES_PER_PAGE_TYPE"])
        except ModuleNotFoundError:
            continue
        factories.update(getattr(mod, "FACTORIES_PER_PAGE_TYPE", {}))
    return factories


def test_elk_paginatype_heeft_een_factory():
    eigen = {m for m in get_page_models() if m._meta.app_label in EIGEN_APPS}
    zonder = sorted(m.__name__ for m in eigen - set(alle_factories()))
    assert eigen, "Geen paginatypes gevonden"
    assert zonder == [], f"Paginatypes zonder factory: {zonder}"
