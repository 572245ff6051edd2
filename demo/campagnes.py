"""Demo content: the inclusiecafé with a year of evenings, Guusje and a campaign week.

Everything is example content (is_voorbeeld=True) in clear Dutch. Dates are
placed around today, so the demo always has past and coming cafés. Pages are
found by slug and images by title, so running the command twice changes
nothing twice.
"""

import io
from datetime import date, datetime, timedelta
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PilImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from agenda.models import OnderwerpPage, Thema
from campagnes import tijd
from campagnes.models import (
    BijeenkomstOnderwerp,
    BijeenkomstPage,
    CafeIndexPage,
    CampagnePage,
    Locatie,
    PosterOnderwerp,
    PosterPage,
)
from campagnes.tijd import AMSTERDAM
from inclusie.models import HomePage

from .bouwstenen import kop, tekst, zet_kind

LETTERTYPE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

LOCATIES = [
    {
        "naam": "Café Het Plein (voorbeeld)",
        "adres": "Voorbeeldplein 1\n1315 AA Almere",
        "ov_halte": "Busstation Almere Centrum. Daarna 4 minuten lopen.",
        "parkeren": "Twee plekken met een gehandicaptenparkeerkaart op het plein. "
        "Tot de ingang is het 20 meter.",
        "route": "De ingang is aan de kant van het plein. De deur gaat vanzelf open.",
        "drempelvrij": "ja",
        "aangepast_toilet": "ja",
        "ringleiding": "ja",
        "gebarentolk": "ja",
        "stille_ruimte": "nee",
        "hulphonden": "ja",
        "toelichting": "Het kan druk en rumoerig zijn. Achterin is het rustiger.",
    },
    {
        "naam": "Wijkcentrum De Schakel (voorbeeld)",
        "adres": "Voorbeeldstraat 20\n1324 BB Almere",
        "ov_halte": "Bushalte Voorbeeldstraat, voor de deur.",
        "parkeren": "Eén plek met een gehandicaptenparkeerkaart naast de ingang.",
        "route": "",
        "drempelvrij": "ja",
        "aangepast_toilet": "ja",
        "ringleiding": "nee",
        "gebarentolk": "ja",
        "stille_ruimte": "ja",
        "hulphonden": "ja",
        "toelichting": "De zaal is op de begane grond. Er is rustig licht.",
    },
    {
        "naam": "Buurthuis De Kade (voorbeeld)",
        "adres": "Voorbeeldkade 5\n1351 CC Almere",
        "ov_halte": "Station Almere Haven is 10 minuten lopen.",
        "parkeren": "",
        "route": "Bij de ingang zijn twee treden. Er is een losse oprijplaat. Vraag erom.",
        "drempelvrij": "nee",
        "aangepast_toilet": "onbekend",
        "ringleiding": "onbekend",
        "gebarentolk": "ja",
        "stille_ruimte": "onbekend",
        "hulphonden": "ja",
        "toelichting": "Wij gaan deze plek nog samen bekijken.",
    },
]

# (slug, theme, venue index, short report or None). The list runs from seven
# months ago to four months ahead; the slugs stay the same when dates move.
CAFES = [
    ("cafe-duidelijke-brieven", "Duidelijke brieven van de gemeente", 0),
    ("cafe-de-bus-in", "Zelf met de bus reizen", 0),
    ("cafe-stemmen", "Zelf stemmen, ook als je slecht ziet", 1),
    ("cafe-werk", "Werk vinden met een beperking", 0),
    ("cafe-stoepen", "Brede stoepen en geleidelijnen", 2),
    ("cafe-sport", "Sporten in de buurt", 0),
    ("cafe-wonen", "Zelf kiezen waar je woont", 1),
    ("cafe-uitgaan", "Uitgaan zonder drempels", 0),
    ("cafe-zorg", "Hulp die past bij jou", 0),
    ("cafe-feestdagen", "Feestdagen voor iedereen", 1),
    ("cafe-informatie", "Informatie die je begrijpt", 0),
    ("cafe-jongeren", "Jongeren met een beperking", 0),
]
# Links to the agenda's demo: (theme names, topic slugs) per café.
CAFE_AGENDA = {
    "cafe-duidelijke-brieven": (["Informatie & communicatie"], ["begrijpelijke-brieven"]),
    "cafe-de-bus-in": (["Vervoer"], ["zelf-reizen-voor-jongeren"]),
    "cafe-stemmen": (["Toegankelijkheid"], ["toegankelijke-stembureaus"]),
    "cafe-werk": (["Werk & inkomen"], []),
    "cafe-stoepen": (["Toegankelijkheid", "Vervoer"], ["bredere-stoepen"]),
    "cafe-sport": (["Vrije tijd"], []),
    "cafe-wonen": (["Thuis (wonen)"], []),
    "cafe-uitgaan": (["Vrije tijd"], []),
    "cafe-zorg": (["Welzijn, gezondheid & ondersteuning"], []),
    "cafe-informatie": (
        ["Informatie & communicatie"],
        ["duidelijke-taal-met-plaatjes-en-filmpjes"],
    ),
    "cafe-jongeren": (["Onderwijs & ontwikkeling"], ["zelf-reizen-voor-jongeren"]),
}
POSTER_ONDERWERPEN = ["begrijpelijke-brieven", "duidelijke-taal-met-plaatjes-en-filmpjes"]
EERSTE_MAAND = -7  # relative to this month
AFGELAST_SLUG = "cafe-feestdagen"
# Next month's café has a limited number of places, so the demo shows sign-up
# with a waiting list; the other cafés have no limit.
PLAATSEN_SLUG = "cafe-zorg"
PLAATSEN = 30

VERSLAGEN = [
    "Er waren {n} mensen. Wij spraken over {thema_klein}.",
    "Veel mensen vertelden een eigen verhaal. De ViP schreef alles op.",
    "Wij geven de tips door aan de gemeente. Volgende maand horen we meer.",
]

POSTERS = [
    {
        "slug": "schrijf-gewoon-wat-je-bedoelt",
        "title": "Schrijf gewoon wat je bedoelt",
        "slogan": "Schrijf gewoon wat je bedoelt",
        "kleur": "#00457c",
        "in_het_kort": "Anna kreeg een brief van de gemeente. Zij snapte er niets van. "
        "Deze poster vraagt om gewone taal.",
        "alt_tekst": "Blauwe poster met witte letters. Er staat: Schrijf gewoon wat je bedoelt.",
        "verhaal": "Anna kreeg een brief over haar uitkering. De brief had drie kantjes. "
        "Er stonden woorden in als 'beschikking' en 'bezwaartermijn'. Anna belde drie keer. "
        "Pas toen begreep ze dat alles goed was.",
        "wie": "Anna, 52 jaar (voorbeeld)",
        "anders": "Schrijf brieven in korte zinnen. Zet het belangrijkste bovenaan. "
        "Leg moeilijke woorden uit.",
    },
    {
        "slug": "ik-ben-niet-dom",
        "title": "Ik ben niet dom, jouw brief is moeilijk",
        "slogan": "Ik ben niet dom. Jouw brief is moeilijk.",
        "kleur": "#8a1c2b",
        "in_het_kort": "Veel mensen schamen zich als ze een brief niet snappen. "
        "Maar de brief is het probleem. Daar gaat deze poster over.",
        "alt_tekst": "Rode poster met witte letters. Er staat: Ik ben niet dom. "
        "Jouw brief is moeilijk.",
        "verhaal": "Mohamed krijgt veel post. Hij durfde lang niets te vragen. "
        "Hij dacht dat het aan hem lag. Nu weet hij: veel mensen snappen zulke brieven niet.",
        "wie": "Mohamed, 34 jaar (voorbeeld)",
        "anders": "Test elke brief met echte lezers. Vraag: snap je wat je moet doen?",
    },
    {
        "slug": "een-plaatje-zegt-meer",
        "title": "Een plaatje zegt meer",
        "slogan": "Een plaatje zegt meer dan tien formulieren",
        "kleur": "#00703c",
        "in_het_kort": "Niet iedereen leest makkelijk. Een plaatje of pictogram helpt. "
        "Deze poster vraagt om meer beeld.",
        "alt_tekst": "Groene poster met witte letters. Er staat: Een plaatje zegt meer "
        "dan tien formulieren.",
        "verhaal": "Kees heeft een verstandelijke beperking. Hij moest een formulier invullen. "
        "Er stond alleen tekst op. Met pictogrammen had hij het zelf gekund.",
        "wie": "Begeleider van Kees (voorbeeld)",
        "anders": "Gebruik pictogrammen, foto's en korte filmpjes. Zeker bij belangrijke "
        "formulieren.",
    },
    {
        "slug": "bel-me-gewoon",
        "title": "Bel me gewoon even",
        "slogan": "Bel me gewoon even",
        "kleur": "#4c2c92",
        "in_het_kort": "Niet iedereen kan alles online regelen. Soms wil je iemand spreken. "
        "Deze poster vraagt om een telefoonnummer dat je kunt vinden.",
        "alt_tekst": "Paarse poster met witte letters. Er staat: Bel me gewoon even.",
        "verhaal": "Els is blind. Een website werkte niet met haar voorleessoftware. "
        "Een telefoonnummer vond ze nergens. Na een week kreeg ze eindelijk iemand te spreken.",
        "wie": "Els, 67 jaar (voorbeeld)",
        "anders": "Zet op elke pagina een telefoonnummer. Zorg dat er iemand opneemt.",
    },
    {
        "slug": "kort-duidelijk-klaar",
        "title": "Kort, duidelijk, klaar",
        "slogan": "Kort. Duidelijk. Klaar.",
        "kleur": "#1a1a1a",
        "in_het_kort": "Lange zinnen zijn moeilijk voor veel mensen. Korte zinnen helpen "
        "iedereen. Daar gaat deze poster over.",
        "alt_tekst": "Zwarte poster met witte letters. Er staat: Kort. Duidelijk. Klaar.",
        "verhaal": "Sanne heeft dyslexie. Zij las een folder over de bibliotheek. "
        "De eerste zin had veertig woorden. Sanne stopte met lezen.",
        "wie": "Sanne, 19 jaar (voorbeeld)",
        "anders": "Schrijf zinnen van hoogstens vijftien woorden. Eén boodschap per zin.",
    },
    {
        # The title holds one word of 46 letters: the crawl checks that it wraps at 320 px.
        "slug": "zeg-gewoon-verzekeraar",
        "title": "Arbeidsongeschiktheidsverzekeringsmaatschappij? Zeg gewoon verzekeraar",
        "slogan": "Zeg gewoon: verzekeraar",
        "kleur": "#6b2d5c",
        "in_het_kort": "Sommige woorden zijn heel lang. Dan haak je af. "
        "Deze poster vraagt om korte woorden.",
        "alt_tekst": "Paarsrode poster met witte letters. Er staat: Zeg gewoon: verzekeraar.",
        "verhaal": "Fatima kreeg een brief over haar werk. Het eerste woord had zesenveertig "
        "letters. Ze las het drie keer. Toen legde ze de brief weg.",
        "wie": "Fatima, 41 jaar (voorbeeld)",
        "anders": "Kies korte woorden. Een lang woord kun je bijna altijd korter zeggen.",
    },
    {
        "slug": "wat-is-een-beschikking",
        "title": "Wat is een beschikking?",
        "slogan": "Wat is een beschikking?",
        "kleur": "#7a4a00",
        "in_het_kort": "Ambtenaren gebruiken vaak moeilijke woorden. Voor hen zijn die gewoon. "
        "Voor anderen niet.",
        "alt_tekst": "Bruine poster met witte letters. Er staat: Wat is een beschikking?",
        "verhaal": "Joost kreeg een beschikking voor zijn rolstoel. Hij dacht dat het een "
        "afwijzing was. Het was juist goed nieuws.",
        "wie": "Joost, 45 jaar (voorbeeld)",
        "anders": "Zeg gewoon: 'U krijgt een rolstoel.' Gebruik woorden die iedereen kent.",
    },
    {
        "slug": "lees-je-mee",
        "title": "Lees je mee?",
        "slogan": "Lees je mee? Dan snap ik het ook.",
        "kleur": "#005a70",
        "in_het_kort": "Ervaringsdeskundigen kunnen teksten testen. Zij zien snel wat "
        "onduidelijk is. Deze poster nodigt de gemeente uit.",
        "alt_tekst": "Blauwgroene poster met witte letters. Er staat: Lees je mee? "
        "Dan snap ik het ook.",
        "verhaal": "De ViP las een nieuwe folder mee. Wij vonden twaalf moeilijke woorden. "
        "De gemeente paste ze aan. Nu snapt iedereen de folder.",
        "wie": "Lid van de ViP (voorbeeld)",
        "anders": "Laat nieuwe teksten meelezen door inwoners. Doe dat voordat ze af zijn.",
    },
]


def _lettertype(grootte):
    if LETTERTYPE.exists():
        return ImageFont.truetype(str(LETTERTYPE), grootte)
    return ImageFont.load_default(size=grootte)


def _regels(draw, woorden, font, breedte):
    regels, regel = [], ""
    for woord in woorden:
        proef = f"{regel} {woord}".strip()
        if draw.textlength(proef, font=font) <= breedte or not regel:
            regel = proef
        else:
            regels.append(regel)
            regel = woord
    return regels + ([regel] if regel else [])


def poster_png(slogan, kleur, breedte=1200, hoogte=1600):
    """A coloured card with the slogan in big letters and 'Guusje' underneath."""
    beeld = PilImage.new("RGB", (breedte, hoogte), kleur)
    draw = ImageDraw.Draw(beeld)
    font = _lettertype(110)
    regels = _regels(draw, slogan.split(), font, breedte - 200)
    regelhoogte = 140
    y = (hoogte - regelhoogte * len(regels)) // 2 - 80
    for regel in regels:
        draw.text((100, y), regel, font=font, fill="#ffffff")
        y += regelhoogte
    draw.text((100, hoogte - 200), "Guusje", font=_lettertype(70), fill="#ffdd00")
    draw.text((100, hoogte - 110), "voorbeeld", font=_lettertype(40), fill="#ffffff")
    buffer = io.BytesIO()
    beeld.save(buffer, format="PNG")
    return buffer.getvalue()


def zet_afbeelding(titel, bestandsnaam, png):
    Image = get_image_model()
    bestaand = Image.objects.filter(title=titel).first()
    if bestaand is not None:
        return bestaand
    afbeelding = Image(title=titel, file=ImageFile(io.BytesIO(png), name=bestandsnaam))
    afbeelding.save()
    return afbeelding


def _themas(namen):
    return list(Thema.objects.filter(locale__language_code="nl", naam__in=namen))


def _onderwerpen(slugs):
    """Topics of the agenda demo; empty when that demo is not loaded."""
    gevonden = {
        p.slug: p for p in OnderwerpPage.objects.filter(locale__language_code="nl", slug__in=slugs)
    }
    return [gevonden[slug] for slug in slugs if slug in gevonden]


def zet_locaties():
    locaties = []
    for velden in LOCATIES:
        locatie, _nieuw = Locatie.objects.update_or_create(
            naam=velden["naam"], defaults={k: v for k, v in velden.items() if k != "naam"}
        )
        locaties.append(locatie)
    return locaties


def _maand(vandaag, stap):
    jaar, maand = divmod(vandaag.year * 12 + vandaag.month - 1 + stap, 12)
    return date(jaar, maand + 1, 13)


def zet_cafes(home, locaties, vandaag):
    index = zet_kind(
        home,
        CafeIndexPage,
        "inclusiecafe",
        title="Inclusiecafé",
        show_in_menus=True,
        is_voorbeeld=True,
        in_het_kort=(
            "Elke maand is er een inclusiecafé. Iedereen is welkom. "
            "Wij praten over één thema en drinken samen koffie."
        ),
        intro=[
            kop("Wat is het inclusiecafé?"),
            *tekst(
                "De ViP houdt elke maand een inclusiecafé. Meestal is dat op de 13e.",
                "Je hoeft niets te weten of te kunnen. Kom luisteren, of vertel je verhaal.",
                "Zo horen wij wat er speelt in de stad. Dat nemen wij mee naar de gemeente.",
            ),
        ],
        welkom="<p>Iedereen is welkom. Het café is gratis. Koffie en thee zijn er ook.</p>",
    )
    moment = tijd.nu()
    cafes = []
    for i, (slug, thema, locatie_nr) in enumerate(CAFES):
        dag = _maand(vandaag, EERSTE_MAAND + i)
        start = datetime(dag.year, dag.month, dag.day, 19, 30, tzinfo=AMSTERDAM)
        eind = start + timedelta(hours=2)
        voorbij = eind < moment
        afgelast = slug == AFGELAST_SLUG
        verslag = []
        if voorbij and not afgelast:
            verslag = [
                *tekst(
                    *(
                        zin.format(n=14 + i, thema_klein=thema[0].lower() + thema[1:])
                        for zin in VERSLAGEN
                    )
                ),
                (
                    "verhaal",
                    {
                        "tekst": "Ik dacht dat ik de enige was. Nu weet ik dat het meer "
                        "mensen overkomt.",
                        "wie": "Bezoeker van het café (voorbeeld)",
                    },
                ),
            ]
        cafe = zet_kind(
            index,
            BijeenkomstPage,
            slug,
            title=f"Inclusiecafé {tijd.maand_jaar(start)}",
            is_voorbeeld=True,
            in_het_kort=(
                f"Het thema is: {thema[0].lower() + thema[1:]}. "
                + (
                    f"Er zijn {PLAATSEN} plaatsen. Meld je aan, dan weten wij dat je komt."
                    if slug == PLAATSEN_SLUG
                    else "Iedereen is welkom. Je hoeft je niet aan te melden."
                )
            ),
            start=start,
            eind=eind,
            thema=thema,
            locatie=locaties[locatie_nr],
            aanmelden="graag" if slug == PLAATSEN_SLUG else "niet_nodig",
            capaciteit=PLAATSEN if slug == PLAATSEN_SLUG else None,
            aanmelden_hoe="Wil je een tolk gebarentaal? Mail dan een week vooraf naar "
            "cafe@voorbeeld.nl.",
            status="afgelast" if afgelast else "gaat_door",
            status_reden=(
                "De zaal is die avond niet open. Wij zoeken een nieuwe datum." if afgelast else ""
            ),
            verslag=verslag,
            agenda_themas=_themas(CAFE_AGENDA.get(slug, ([], []))[0]),
            onderwerp_links=[
                BijeenkomstOnderwerp(onderwerp=o)
                for o in _onderwerpen(CAFE_AGENDA.get(slug, ([], []))[1])
            ],
        )
        cafes.append(cafe)
    return index, cafes


def zet_guusje(home):
    guusje = zet_kind(
        home,
        CampagnePage,
        "guusje",
        title="Guusje: duidelijke taal",
        show_in_menus=True,
        is_voorbeeld=True,
        in_het_kort=(
            "Guusje is onze campagne voor duidelijke taal. Elke poster komt uit een echt "
            "verhaal. Zo zie je in één keer wat er misgaat."
        ),
        doel=[
            kop("Wat willen wij?"),
            *tekst(
                "Wij willen dat iedereen de gemeente begrijpt. Brieven, websites en folders "
                "moeten duidelijk zijn.",
                "De naam Guusje komt van het nichtje van een lid. Het knipoogt naar Loesje, "
                "bekend van de posters met korte spreuken.",
                "Hang een poster op. Of deel hem met je buren.",
            ),
        ],
    )
    posters = []
    for velden in POSTERS:
        png = poster_png(velden["slogan"], velden["kleur"])
        afbeelding = zet_afbeelding(
            f"Guusje-poster: {velden['slogan']} (voorbeeld)",
            f"guusje-{velden['slug']}.png",
            png,
        )
        poster = zet_kind(
            guusje,
            PosterPage,
            velden["slug"],
            title=velden["title"],
            is_voorbeeld=True,
            in_het_kort=velden["in_het_kort"],
            slogan=velden["slogan"],
            afbeelding=afbeelding,
            alt_tekst=velden["alt_tekst"],
            poster_tekst=f"{velden['slogan']}\nGuusje\nvoorbeeld",
            verhaal=[("verhaal", {"tekst": velden["verhaal"], "wie": velden["wie"]})],
            wat_moet_anders=f"<p>{velden['anders']}</p>",
            onderwerp_links=[
                PosterOnderwerp(onderwerp=o) for o in _onderwerpen(POSTER_ONDERWERPEN)
            ],
        )
        posters.append(poster)
    return guusje, posters


WEEK_SLUG = "week-van-de-toegankelijkheid"


def zet_week(home, locaties, vandaag):
    week = zet_kind(
        home,
        CampagnePage,
        WEEK_SLUG,
        title="Week van de toegankelijkheid",
        is_voorbeeld=True,
        in_het_kort=(
            "Eén keer per jaar houden wij een week van de toegankelijkheid. Wij laten zien "
            "wat goed gaat en wat beter kan. Doe je mee?"
        ),
        doel=tekst(
            "In deze week gaan wij de stad in. Wij testen gebouwen, bussen en websites.",
            "Iedereen mag meedoen. Ook als je zelf geen beperking hebt.",
        ),
    )
    begin = datetime.combine(vandaag + timedelta(days=45), datetime.min.time(), AMSTERDAM)
    for slug, titel, thema, dagen, uur, locatie_nr in [
        ("rondje-stadhuis", "Rondje stadhuis met een rolstoel", "Toegankelijke gebouwen", 0, 14, 0),
        ("voorleesmiddag", "Voorleesmiddag in gewone taal", "Duidelijke taal", 2, 15, 1),
    ]:
        start = begin + timedelta(days=dagen, hours=uur)
        zet_kind(
            week,
            BijeenkomstPage,
            slug,
            title=titel,
            is_voorbeeld=True,
            in_het_kort=f"{titel}. Iedereen is welkom. Meld je wel even aan.",
            start=start,
            eind=start + timedelta(hours=2),
            thema=thema,
            locatie=locaties[locatie_nr],
            aanmelden="graag",
            aanmelden_hoe="Mail naar week@voorbeeld.nl. Of bel 036 000 00 00.",
        )
    return week


def laad():
    home = HomePage.objects.get(depth=2, locale__language_code="nl")
    vandaag = tijd.lokaal(tijd.nu()).date()
    locaties = zet_locaties()
    index, cafes = zet_cafes(home, locaties, vandaag)
    guusje, posters = zet_guusje(home)
    week = zet_week(home, locaties, vandaag)
    return {"cafe_index": index, "cafes": cafes, "guusje": guusje, "posters": posters, "week": week}
