"""A first list of words to avoid, so the writing aid helps from day one.

The redactie extends or changes the list in the admin (Fragmenten > Woorden
om te vermijden). Common officialese from Dutch government letters, each with
a plainer word; the list is copied here (not imported) so this migration
stays the same when the code changes. "kwetsbaar" is not in it: the check
always marks that word (inclusie/leesbaarheid/meting.py).
"""

from django.db import migrations

# (woord, vormen, alternatief, tip)
WOORDEN = [
    ("middels", "", "met, door", ""),
    ("teneinde", "", "om", ""),
    ("implementeren", "implement*", "invoeren, uitvoeren", ""),
    ("faciliteren", "facilit*", "helpen, mogelijk maken", ""),
    ("d.m.v.", "", "met, door", ""),
    ("m.b.t.", "", "over", ""),
    ("t.a.v.", "", "voor, over", ""),
    ("inzake", "", "over", ""),
    ("derhalve", "", "daarom", ""),
    ("alsmede", "", "en, ook", ""),
    ("ten behoeve van", "", "voor", ""),
    ("ten aanzien van", "", "over, voor", ""),
    ("in het kader van", "", "bij, voor", ""),
    ("indien", "", "als", ""),
    ("mits", "", "als", ""),
    ("thans", "", "nu", ""),
    ("tevens", "", "ook", ""),
    ("reeds", "", "al", ""),
    ("aldus", "", "zo", ""),
    ("omtrent", "", "over", ""),
    ("desalniettemin", "", "toch", ""),
    ("dan wel", "", "of", ""),
    ("conform", "", "volgens, zoals afgesproken", ""),
    ("adequaat", "adequa*", "goed, passend", ""),
    ("optimaliseren", "*optimalis*", "beter maken", ""),
    ("participeren", "participe*", "meedoen", ""),
    ("prioriteren", "prioriteer*, prioriter*", "kiezen wat eerst komt", ""),
    ("evalueren", "evalu*", "bekijken hoe het ging", ""),
    ("verstrekken", "verstrek*", "geven", ""),
    (
        "ter beschikking stellen",
        "ter beschikking gesteld, stelt ter beschikking",
        "geven, lenen",
        "",
    ),
    ("zorgdragen", "zorg dragen, zorgdraagt, draagt zorg", "zorgen", ""),
    ("benodigd", "benodigde", "nodig", ""),
    ("woonachtig", "", "wonen", "Schrijf bijvoorbeeld: 'Ik woon in Almere'."),
    ("retourneren", "retourne*", "terugsturen", ""),
    ("onderhavig", "onderhavige", "deze, dit", ""),
    ("vigerend", "vigerende", "geldend, nu", ""),
    ("integraal", "integrale", "", "Zeg wat je bedoelt: samen, in één keer of alles bij elkaar."),
    ("stakeholders", "stakeholder", "betrokkenen, de mensen die meedoen", ""),
    (
        "doelgroep",
        "doelgroep*",
        "",
        "Noem de mensen zelf: 'inwoners met een beperking'.",
    ),
]


def zet_woorden(apps, schema_editor):
    MoeilijkWoord = apps.get_model("inclusie", "MoeilijkWoord")
    for woord, vormen, alternatief, tip in WOORDEN:
        MoeilijkWoord.objects.get_or_create(
            woord=woord, defaults={"vormen": vormen, "alternatief": alternatief, "tip": tip}
        )


def haal_weg(apps, schema_editor):
    MoeilijkWoord = apps.get_model("inclusie", "MoeilijkWoord")
    MoeilijkWoord.objects.filter(woord__in=[w[0] for w in WOORDEN]).delete()


class Migration(migrations.Migration):
    dependencies = [("inclusie", "0007_woordenlijsten")]

    operations = [migrations.RunPython(zet_woorden, haal_weg)]
