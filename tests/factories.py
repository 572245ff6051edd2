"""Factories for the site shell's page types.

Apps add their own factories in tests/<app>/factories.py; tests/test_factories.py
finds every page factory there by itself and builds and renders each page type.
"""

import factory
import wagtail_factories

from inclusie.models import ContentPage, HomePage

KORT = "Dit is een korte samenvatting. Zij heeft twee zinnen."


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startpagina"
    slug = factory.Sequence(lambda n: f"start-{n}")
    in_het_kort = KORT

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    in_het_kort = KORT
    body = [("tekst", "<p>Dit is gewone tekst. Zij is kort.</p>")]

    class Meta:
        model = ContentPage
