"""Factories for following: followers, confirmed unless asked otherwise."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from volgen.models import Onderwerp, Volger


class VolgerFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"volger{n}@voorbeeld.nl")
    volgt = Onderwerp.AGENDA
    taal = "nl"
    aangemaakt_op = factory.LazyFunction(lambda: timezone.now() - timedelta(days=2))
    bevestigd_op = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    class Meta:
        model = Volger

    class Params:
        onbevestigd = factory.Trait(bevestigd_op=None)
