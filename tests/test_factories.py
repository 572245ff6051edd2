"""Every page type has a factory, can be built under a parent it allows, and renders.

The page types are found with Wagtail's own list and the factories by looking
through every `factories` module under tests/, so a new page type or factory
joins this test without editing it (the torchbox.com way). A page type without
a factory fails here, with its name.
"""

import importlib
import pkgutil
from pathlib import Path

import pytest
import wagtail_factories
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import tests
from inclusie.checks import eigen_paginatypes
from inclusie.models import HomePage


def _factory_modules():
    yield importlib.import_module("tests.factories")
    map_ = Path(tests.__path__[0])
    for info in pkgutil.iter_modules(tests.__path__):
        if info.ispkg and (map_ / info.name / "factories.py").exists():
            yield importlib.import_module(f"tests.{info.name}.factories")


def factories_per_paginatype():
    gevonden = {}
    for module in _factory_modules():
        for waarde in vars(module).values():
            if (
                isinstance(waarde, type)
                and issubclass(waarde, wagtail_factories.PageFactory)
                and waarde._meta.model is not None
                and not waarde._meta.abstract
            ):
                gevonden.setdefault(waarde._meta.model, waarde)
    return gevonden


FACTORIES = factories_per_paginatype()
PAGINATYPES = sorted(eigen_paginatypes(), key=lambda m: m._meta.label)


class _Controle(WagtailPageTestCase):
    """Only for Wagtail's assertCanCreateAt; pytest runs the tests below."""

    def runTest(self):  # pragma: no cover
        pass


def test_elk_paginatype_heeft_een_factory():
    assert PAGINATYPES, "Geen paginatypes gevonden"
    zonder = [m.__name__ for m in PAGINATYPES if m not in FACTORIES]
    assert zonder == [], f"Paginatypes zonder factory: {zonder}"


def _bouw_onder_toegestane_ouder(model, home):
    """A page of `model` under the nearest parent type it allows, starting from home."""
    toegestaan = model.allowed_parent_page_models()
    if any(issubclass(HomePage, ouder) for ouder in toegestaan):
        ouder = home
    else:
        ouder_model = next(m for m in toegestaan if m in FACTORIES and m is not Page)
        ouder = _bouw_onder_toegestane_ouder(ouder_model, home)
    _Controle().assertCanCreateAt(type(ouder.specific), model)
    return FACTORIES[model](parent=ouder)


@pytest.mark.parametrize("model", PAGINATYPES, ids=lambda m: m.__name__)
def test_elk_paginatype_wordt_gebouwd_en_getoond(client, home, model):
    if model is HomePage:
        page = home
        _Controle().assertCanCreateAt(Page, HomePage)
    else:
        page = _bouw_onder_toegestane_ouder(model, home)
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert page.in_het_kort.split(".")[0] in html


def test_systeemcheck_weigert_een_paginatype_dat_niet_van_inclusiepage_erft(monkeypatch):
    from inclusie import checks

    assert checks.elke_pagina_erft_van_inclusiepage(None) == []
    monkeypatch.setattr(checks, "eigen_paginatypes", lambda: [*PAGINATYPES, Page])
    (fout,) = checks.elke_pagina_erft_van_inclusiepage(None)
    assert fout.id == "inclusie.E002"
    assert "wagtailcore.Page" in fout.msg
