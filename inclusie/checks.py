"""The project's own rules as Django system checks, so they hold for new code too.

Every page type must inherit `InclusiePage`: that is what gives each page the
"In het kort" summary, the example marker, the roles' page rights and one
freshness rule (`cache_seconden`). A page type that skips it would silently
miss all four; `manage.py check` (and so every command and the test run)
refuses it instead.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register
from wagtail.models import get_page_models


def eigen_paginatypes():
    """Page models of this project's apps; Wagtail's and other packages' are theirs."""
    basis = Path(settings.BASE_DIR).resolve()
    eigen = []
    for model in get_page_models():
        pad = Path(model._meta.app_config.path).resolve()
        if basis in pad.parents and "site-packages" not in pad.parts:
            eigen.append(model)
    return eigen


@register()
def elke_pagina_erft_van_inclusiepage(app_configs, **kwargs):
    from .models import InclusiePage

    return [
        Error(
            f"Paginatype {model._meta.label} erft niet van InclusiePage.",
            hint="Laat het paginatype erven van inclusie.models.InclusiePage.",
            obj=model,
            id="inclusie.E002",
        )
        for model in eigen_paginatypes()
        if not issubclass(model, InclusiePage)
    ]
