"""Factories for the café and campaign pages, and for venues."""

from datetime import datetime, timedelta

import factory
import wagtail_factories

from campagnes.models import BijeenkomstPage, CafeIndexPage, CampagnePage, Locatie, PosterPage
from campagnes.tijd import AMSTERDAM
from tests.factories import KORT


class LocatieFactory(factory.django.DjangoModelFactory):
    naam = factory.Sequence(lambda n: f"Café {n}")
    adres = "Stadhuisplein 1\n1315 HR Almere"
    ov_halte = "Busstation Almere Centrum, 3 minuten lopen."
    parkeren = "Twee plekken voor de deur."
    drempelvrij = "ja"
    aangepast_toilet = "ja"
    ringleiding = "nee"

    class Meta:
        model = Locatie


class CafeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Inclusiecafé"
    slug = factory.Sequence(lambda n: f"inclusiecafe-{n}")
    in_het_kort = KORT

    class Meta:
        model = CafeIndexPage


class BijeenkomstPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inclusiecafé {n}")
    slug = factory.Sequence(lambda n: f"cafe-{n}")
    in_het_kort = KORT
    start = datetime(2030, 3, 13, 19, 30, tzinfo=AMSTERDAM)
    eind = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    thema = "Duidelijke brieven"
    locatie = factory.SubFactory(LocatieFactory)

    class Meta:
        model = BijeenkomstPage


class CampagnePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campagne {n}")
    slug = factory.Sequence(lambda n: f"campagne-{n}")
    in_het_kort = KORT
    doel = [("tekst", "<p>Wij willen duidelijke taal.</p>")]

    class Meta:
        model = CampagnePage


class PosterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Poster {n}")
    slug = factory.Sequence(lambda n: f"poster-{n}")
    in_het_kort = KORT
    slogan = "Schrijf gewoon wat je bedoelt"
    afbeelding = factory.SubFactory(wagtail_factories.ImageFactory)
    alt_tekst = "Een gele poster met een brief vol moeilijke woorden."
    poster_tekst = "Schrijf gewoon wat je bedoelt.\nGuusje"
    verhaal = [("tekst", "<p>Anna kreeg een brief. Zij snapte er niets van.</p>")]
    wat_moet_anders = "<p>Brieven in gewone taal.</p>"

    class Meta:
        model = PosterPage
