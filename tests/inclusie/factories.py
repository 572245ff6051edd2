"""Factories for the page types that inclusie adds beyond the shell."""

import datetime

import factory
import wagtail_factories

from inclusie.models import ToegankelijkheidsverklaringPage, WoordenlijstPage
from tests.factories import KORT


class ToegankelijkheidsverklaringPageFactory(wagtail_factories.PageFactory):
    title = "Toegankelijkheid"
    slug = factory.Sequence(lambda n: f"toegankelijkheid-{n}")
    in_het_kort = KORT
    verklaring_datum = datetime.date(2026, 1, 15)
    verantwoordelijke = "De ViP"
    bekende_problemen = []

    class Meta:
        model = ToegankelijkheidsverklaringPage


class WoordenlijstPageFactory(wagtail_factories.PageFactory):
    title = "Moeilijke woorden"
    slug = factory.Sequence(lambda n: f"woordenlijst-{n}")
    in_het_kort = KORT
    body = []

    class Meta:
        model = WoordenlijstPage
