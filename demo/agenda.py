"""Demo content for the agenda: 58 example topics with a history from 2018 to 2024.

The texts come from the small table in agenda_onderwerpen.py; the progress
histories are built from a few sentences per status with a fixed random seed
per topic, so every run gives the same site. Running it twice updates the
pages and replaces their history; nothing is duplicated.
"""

import datetime
import random

from django.utils.text import slugify
from wagtail.models import Locale

from agenda.models import (
    AgendaPage,
    Beoordeling,
    Bespreking,
    Fase,
    OnderwerpPage,
    Status,
    Thema,
    VerdragsArtikel,
    Voortgang,
)
from inclusie.models import HomePage

from .agenda_onderwerpen import ONDERWERPEN, THEMA_SLEUTELS
from .bouwstenen import publiceer, zet_kind

FASEN = [
    ("Fase 1 (2018-2019)", datetime.date(2018, 6, 1), datetime.date(2019, 12, 31)),
    ("Fase 2 (2020-2021)", datetime.date(2020, 1, 1), datetime.date(2021, 12, 31)),
    ("Fase 3 (2022-2024)", datetime.date(2022, 1, 1), datetime.date(2024, 12, 31)),
]

DRAGERS = {
    "O": "Afdeling Onderwijs",
    "T": "Afdeling Wonen",
    "W": "Afdeling Werk en Inkomen",
    "V": "Afdeling Sport en Cultuur",
    "R": "Afdeling Verkeer en Vervoer",
    "Z": "Afdeling Zorg en Welzijn",
    "A": "Afdeling Openbare Ruimte",
    "B": "Team Communicatie",
    "I": "Team Dienstverlening",
}

GEBEURD = {
    Status.NIET_GESTART: [
        "De ViP zette dit onderwerp op de agenda. Er is nog niets gebeurd.",
    ],
    Status.IN_VOORBEREIDING: [
        "De ViP sprak met de gemeente. Samen maakten we een eerste plan.",
        "De gemeente zocht uit wat er nodig is. De ViP las mee.",
        "Er is geld gevraagd in de begroting. Het antwoord komt later.",
        "Leden van de ViP vertelden hun ervaring. Dat staat nu in het plan.",
    ],
    Status.IN_UITVOERING: [
        "Het werk is begonnen. De eerste stap is klaar.",
        "De gemeente voerde een deel uit. De ViP keek of het goed werkt.",
        "Er was een proef in één wijk. Die ging goed.",
        "Het werk gaat door. Het gaat langzamer dan gepland.",
    ],
    Status.AFGEROND: [
        "Het is klaar. De ViP heeft het getest en is tevreden.",
        "Het laatste deel is af. De gemeente houdt het bij.",
    ],
    Status.DOORLOPEND: [
        "Dit loopt elk jaar door. Ook dit jaar gebeurde er veel.",
        "Het werk is nu een vast onderdeel bij de gemeente.",
        "De ViP en de gemeente kijken elk jaar samen hoe het gaat.",
    ],
    Status.VASTGELOPEN: [
        "Het werk staat stil. Er is geen geld voor de volgende stap.",
        "Er is geen afspraak gemaakt. De ViP vraagt de wethouder om hulp.",
        "Het wachten is op een partner buiten de gemeente. Er gebeurt nu niets.",
    ],
}

VOLGENDE = {
    Status.IN_VOORBEREIDING: "De gemeente maakt het plan af.",
    Status.IN_UITVOERING: "Het volgende deel wordt uitgevoerd.",
    Status.DOORLOPEND: "Over een jaar kijken we opnieuw.",
    Status.VASTGELOPEN: "De ViP bespreekt dit met de wethouder.",
}

# (status, percentage) per step, per kind of course.
VERLOPEN = {
    "af": [(Status.IN_VOORBEREIDING, 10), (Status.IN_UITVOERING, 40),
           (Status.IN_UITVOERING, 75), (Status.AFGEROND, 100)],
    "vast": [(Status.IN_VOORBEREIDING, 10), (Status.IN_UITVOERING, 30),
             (Status.VASTGELOPEN, 30)],
    "door": [(Status.IN_VOORBEREIDING, 20), (Status.DOORLOPEND, 50),
             (Status.DOORLOPEND, 60), (Status.DOORLOPEND, 70)],
    "bezig": [(Status.IN_VOORBEREIDING, 10), (Status.IN_UITVOERING, 30),
              (Status.IN_UITVOERING, 55)],
    "voor": [(Status.IN_VOORBEREIDING, 5), (Status.IN_VOORBEREIDING, 15)],
    "niet": [(Status.NIET_GESTART, 0)],
}  # fmt: skip

LAATSTE_DATUM = datetime.date(2024, 11, 1)


def _datums(rng, aantal, eind):
    begin = datetime.date(2018, 9, 1) + datetime.timedelta(days=rng.randint(0, 500))
    dagen = (eind - begin).days
    stappen = sorted(rng.sample(range(1, dagen), aantal))
    return [begin + datetime.timedelta(days=d) for d in stappen]


def _geschiedenis(nummer, verloop):
    """A fixed, realistic-looking history for one topic."""
    rng = random.Random(nummer)
    if verloop == "niet" and nummer % 2:
        return []  # some topics never had an update
    stappen = VERLOPEN[verloop]
    # Some topics under way have been quiet since 2022: the report names them.
    eind = datetime.date(2022, 6, 1) if verloop == "bezig" and nummer % 4 == 0 else LAATSTE_DATUM
    voortgang = []
    for (status, percentage), datum in zip(stappen, _datums(rng, len(stappen), eind), strict=True):
        voortgang.append(
            Voortgang(
                datum=datum,
                status=status,
                percentage=percentage,
                wat_gebeurd=rng.choice(GEBEURD[status]),
                volgende_stap=VOLGENDE.get(status, ""),
            )
        )
    return voortgang


def _stand_op(voortgang, datum):
    eerder = [v for v in voortgang if v.datum <= datum]
    return max(eerder, key=lambda v: v.datum) if eerder else None


def _lampjes(nummer, voortgang, einde, besprekingen):
    """Lights at the last three reviews, following how the topic stood at each.

    A stuck topic has a planning problem; a topic past its planned end gets
    "let op", or "probleem" after a year; some topics lack money. Finished
    topics are all "goed"; a topic that never started is "weten we niet".
    """
    lichten = []
    for bespreking in besprekingen:
        stap = _stand_op(voortgang, bespreking.datum)
        status = stap.status if stap else "niet_gestart"
        velden = dict.fromkeys(("inhoud", "planning", "geld"), "goed")
        redenen = dict.fromkeys(("inhoud_reden", "planning_reden", "geld_reden"), "")
        if status == "niet_gestart":
            velden = dict.fromkeys(velden, "onbekend")
        elif status == "vastgelopen":
            velden["planning"] = "probleem"
            redenen["planning_reden"] = "Het onderwerp zit vast en niemand pakt het op."
            velden["inhoud"] = "let_op"
            redenen["inhoud_reden"] = "De ViP en de gemeente willen niet hetzelfde."
        elif status not in ("afgerond", "doorlopend") and einde < bespreking.datum:
            te_laat = (bespreking.datum - einde).days > 365
            velden["planning"] = "probleem" if te_laat else "let_op"
            redenen["planning_reden"] = (
                "Het is al meer dan een jaar later dan gepland."
                if te_laat
                else "Het geplande einde is voorbij."
            )
        if status != "afgerond" and velden["geld"] == "goed":
            if nummer % 7 == 0:
                velden["geld"] = "probleem"
                redenen["geld_reden"] = "Er is nog geen geld voor in de begroting."
            elif nummer % 5 == 0:
                velden["geld"] = "let_op"
                redenen["geld_reden"] = "Het geld is er maar voor één jaar."
        lichten.append(Beoordeling(bespreking=bespreking, **velden, **redenen))
    return lichten


def samenvatting(probleem: str, wens: str) -> str:
    """'In het kort' of a topic: the problem as it is, the wish said to be a wish.

    The wish is written as the world should be ("Er is een toilet in elk
    stadsdeel"). Standing alone under a topic about too few toilets, it would
    read as a fact; "Wij willen:" says it is not there yet.
    """
    return f"{probleem} Wij willen: {wens[0].lower()}{wens[1:]} Dit onderwerp is een voorbeeld."


def _prioriteit(index):
    if index < 6:
        return "hoog", index + 1
    return ["midden", "laag", "hoog", "midden", ""][index % 5], None


def laad():
    home = HomePage.objects.get(depth=2, locale__language_code="nl")
    agenda = zet_kind(
        home,
        AgendaPage,
        "agenda",
        title="De inclusie agenda",
        show_in_menus=True,
        is_voorbeeld=True,
        in_het_kort=(
            "Hier staan alle 58 onderwerpen van de agenda. Je ziet hoe ver elk onderwerp is. "
            "Dit zijn voorbeelden, de echte lijst volgt nog."
        ),
    )

    fasen = []
    for naam, start, einde in FASEN:
        fase, _ = Fase.objects.update_or_create(
            naam=naam, defaults={"start": start, "einde": einde}
        )
        fasen.append(fase)

    maanden = {2: "februari", 6: "juni", 10: "oktober"}
    for jaar in range(2019, 2025):
        for maand, naam in maanden.items():
            Bespreking.objects.update_or_create(
                datum=datetime.date(jaar, maand, 15),
                defaults={"naam": f"Bespreking {naam} {jaar}"},
            )

    # The ViP gives the three lights at the last three reviews.
    laatste_besprekingen = list(Bespreking.objects.order_by("-datum")[:3])[::-1]

    nl = Locale.objects.get(language_code="nl")
    themas = {t.naam: t for t in Thema.objects.filter(locale=nl)}
    artikelen = {a.nummer: a for a in VerdragsArtikel.objects.all()}
    bestaand = {p.slug: p for p in OnderwerpPage.objects.child_of(agenda)}

    for index, (titel, sleutel, probleem, wens, nummers, tags, verloop) in enumerate(ONDERWERPEN):
        nummer = index + 1
        prioriteit, rang = _prioriteit(index)
        voortgang = _geschiedenis(nummer, verloop)
        laatste = voortgang[-1] if voortgang else None
        einde = datetime.date(2022 + index % 3, 12, 31)
        lichten = _lampjes(nummer, voortgang, einde, laatste_besprekingen)
        velden = {
            "title": titel,
            "nummer": nummer,
            "is_voorbeeld": True,
            "in_het_kort": samenvatting(probleem, wens),
            "thema": themas[THEMA_SLEUTELS[sleutel]],
            "prioriteit": prioriteit,
            "rang": rang,
            "fase": fasen[min(index // 20, 2)],
            "drager": DRAGERS[sleutel],
            "vip_contact": f"Werkgroep {THEMA_SLEUTELS[sleutel].split(' ')[0].lower()} van de ViP",
            "start_gepland": datetime.date(2019 + index % 4, 1 + index % 12, 1),
            "einde_gepland": einde,
            "probleem": f"<p>{probleem}</p><p>Dit is voorbeeldtekst.</p>",
            "wens": f"<p>{wens}</p>",
            "gedaan": f"<p>{laatste.wat_gebeurd}</p>" if laatste else "",
            "nodig": f"<p>{laatste.volgende_stap}</p>" if laatste and laatste.volgende_stap else "",
        }
        slug = slugify(titel)
        page = bestaand.get(slug)
        if page is None:
            page = OnderwerpPage(slug=slug, **velden)
            page.voortgang = voortgang
            page.lichten = lichten
            agenda.add_child(instance=page)
        else:
            for naam, waarde in velden.items():
                setattr(page, naam, waarde)
            page.voortgang = voortgang
            page.lichten = lichten
        page.artikelen = [artikelen[n] for n in nummers]
        page.tags.set(tags)
        page.save()
        publiceer(page)
    return {"agenda": agenda}
