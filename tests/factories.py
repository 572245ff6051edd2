"""Factories for the site shell's page types.

Apps add their own factories in tests/<app>/factories.py and register every
page type in FACTORIES_PER_PAGE_TYPE, so that tests/test_factories.py can prove
each page type has one.
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


FACTORIES_PER_PAGE_TYPE = {
    HomePage: HomePageFactory,
    ContentPage: ContentPageFactory,
}
