"""Seed the themes (VNG domains plus three the ViP uses) and the 33 UN articles."""

import uuid

from django.db import migrations

THEMAS = [
    ("Onderwijs & ontwikkeling", "School, studie en blijven leren."),
    ("Thuis (wonen)", "Een huis dat past, en zelf kiezen hoe je woont."),
    ("Werk & inkomen", "Werk vinden, werk houden en genoeg geld hebben."),
    ("Vrije tijd", "Sport, cultuur, uitgaan en mensen ontmoeten."),
    ("Vervoer", "Zelf op weg kunnen: lopen, fietsen, bus en trein."),
    ("Welzijn, gezondheid & ondersteuning", "Zorg en hulp die bij je past."),
    ("Toegankelijkheid", "Gebouwen, straten en pleinen waar iedereen in en uit kan."),
    ("Bewustwording", "Mensen weten wat een beperking betekent en doen er iets mee."),
    ("Informatie & communicatie", "Brieven, websites en borden die iedereen begrijpt."),
]

ARTIKELEN = [
    "Doelstelling",
    "Begripsomschrijvingen",
    "Algemene beginselen",
    "Algemene verplichtingen",
    "Gelijkheid en non-discriminatie",
    "Vrouwen met een handicap",
    "Kinderen met een handicap",
    "Bevordering van bewustwording",
    "Toegankelijkheid",
    "Recht op leven",
    "Risicovolle situaties en humanitaire noodsituaties",
    "Gelijkheid voor de wet",
    "Toegang tot de rechter",
    "Vrijheid en veiligheid van de persoon",
    "Vrijwaring van foltering en andere wrede, onmenselijke of vernederende behandeling "
    "of bestraffing",
    "Vrijwaring van uitbuiting, geweld en misbruik",
    "Bescherming van de persoonlijke integriteit",
    "Vrijheid van verplaatsing en nationaliteit",
    "Zelfstandig wonen en deel uitmaken van de maatschappij",
    "Persoonlijke mobiliteit",
    "Vrijheid van mening en meningsuiting en toegang tot informatie",
    "Eerbiediging van de privacy",
    "Eerbiediging van de woning en het gezinsleven",
    "Onderwijs",
    "Gezondheid",
    "Habilitatie en revalidatie",
    "Werk en werkgelegenheid",
    "Behoorlijke levensstandaard en sociale bescherming",
    "Participatie in het politieke en openbare leven",
    "Deelname aan het culturele leven, recreatie, vrijetijdsbesteding en sport",
    "Statistieken en het verzamelen van gegevens",
    "Internationale samenwerking",
    "Nationale implementatie en toezicht",
]


def vul(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Thema = apps.get_model("agenda", "Thema")
    VerdragsArtikel = apps.get_model("agenda", "VerdragsArtikel")
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    for volgorde, (naam, uitleg) in enumerate(THEMAS, start=1):
        if not Thema.objects.filter(locale=locale, naam=naam).exists():
            Thema.objects.create(
                locale=locale,
                translation_key=uuid.uuid4(),
                naam=naam,
                uitleg=uitleg,
                volgorde=volgorde * 10,
            )
    for nummer, titel in enumerate(ARTIKELEN, start=1):
        VerdragsArtikel.objects.update_or_create(nummer=nummer, defaults={"titel": titel})


class Migration(migrations.Migration):
    dependencies = [
        ("agenda", "0001_initial"),
        ("inclusie", "0002_talen"),
    ]

    operations = [migrations.RunPython(vul, migrations.RunPython.noop)]
