"""Factories for the agenda: themes, phases, reviews, pages and progress updates."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from agenda.models import AgendaPage, Bespreking, Fase, OnderwerpPage, Status, Thema, Voortgang
from tests.factories import KORT


class ThemaFactory(DjangoModelFactory):
    naam = factory.Sequence(lambda n: f"Testthema {n}")
    uitleg = "Een thema om mee te testen."
    volgorde = factory.Sequence(lambda n: 1000 + n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Thema


class FaseFactory(DjangoModelFactory):
    naam = factory.Sequence(lambda n: f"Fase {n}")
    start = datetime.date(2018, 1, 1)
    einde = datetime.date(2019, 12, 31)

    class Meta:
        model = Fase


class BesprekingFactory(DjangoModelFactory):
    datum = factory.Sequence(lambda n: datetime.date(2018, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = Bespreking


class AgendaPageFactory(wagtail_factories.PageFactory):
    title = "Lokale Inclusie Agenda"
    slug = factory.Sequence(lambda n: f"agenda-{n}")
    in_het_kort = KORT

    class Meta:
        model = AgendaPage


class OnderwerpPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.Sequence(lambda n: f"onderwerp-{n}")
    nummer = factory.Sequence(lambda n: n + 1)
    in_het_kort = KORT
    thema = factory.SubFactory(ThemaFactory)
    prioriteit = "midden"

    class Meta:
        model = OnderwerpPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if extracted:
            obj.tags.add(*extracted)
            obj.save()

    @factory.post_generation
    def artikelen(obj, create, extracted, **kwargs):
        if extracted:
            obj.artikelen.set(extracted)
            obj.save()


class VoortgangFactory(DjangoModelFactory):
    onderwerp = factory.SubFactory(OnderwerpPageFactory)
    datum = datetime.date(2020, 1, 1)
    status = Status.IN_UITVOERING
    percentage = 40
    wat_gebeurd = "De gemeente is begonnen. Er is een plan."

    class Meta:
        model = Voortgang
