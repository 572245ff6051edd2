"""Demo content for the site shell: home, the plain pages, the footer and the statement."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from inclusie.models import (
    ContentPage,
    HomePage,
    SiteInstellingen,
    ToegankelijkheidsverklaringPage,
)

from .bouwstenen import kop, publiceer, tekst, zet_kind, zet_vertaling
from .site_vertalingen import vertaal_agenda_uitleg, vertaal_verklaring, vertaal_voet


def demo_adres() -> tuple[str, int]:
    """The host and port `make run` serves, so links made outside a request answer there.

    Wagtail's first migration names the site localhost:80, where nothing
    listens under `make run`. The configured base URL (WAGTAILADMIN_BASE_URL,
    which the Makefile sets from PORT) is the address the demo really has.
    """
    adres = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    standaard = 443 if adres.scheme == "https" else 80
    return adres.hostname or "127.0.0.1", adres.port or standaard


def zorg_voor_home():
    """Make the default site's root a HomePage, replacing Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if home is None:
        home = HomePage(
            title="Samen maken we Almere inclusief",
            slug="start",
            in_het_kort="Dit is de site van de ViP. Hier lees je over de inclusie agenda.",
        )
        root.add_child(instance=home)
    if site is None:
        site = Site(root_page=home, is_default_site=True)
    elif site.root_page_id != home.id:
        oud = site.root_page
        site.root_page = home
        site.save()
        if not isinstance(oud.specific, HomePage) and oud.depth == 2:
            oud.delete()
    site.site_name = "Inclusie Agenda Almere"
    site.hostname, site.port = demo_adres()
    site.save()
    return home


def laad():
    home = zorg_voor_home()
    home.title = "Samen maken we Almere inclusief"
    home.is_voorbeeld = True
    home.in_het_kort = (
        "Dit is de site van de ViP. ViP betekent: VN-verdrag in de Praktijk. "
        "Wij zijn inwoners van Almere met een beperking. "
        "Wij letten erop dat iedereen mee kan doen in de stad."
    )
    home.body = [
        kop("Wie zijn wij?"),
        *tekst(
            "De ViP is een groep van ongeveer elf inwoners. Wij weten hoe het is om een "
            "beperking te hebben. Twee mensen van de gemeente helpen ons.",
            "Ons motto is: niets over ons, zonder ons. Wij beslissen zelf waar we aan werken.",
        ),
        kop("Wat doen wij?"),
        *tekst(
            "Wij schreven de Lokale Inclusie Agenda. Daarin staan 58 onderwerpen. "
            "Wij kijken hoe het gaat met elk onderwerp.",
            "Elke maand is er een inclusiecafé. Iedereen is welkom.",
        ),
    ]
    publiceer(home)
    zet_vertaling(
        home,
        "en",
        title="Together we make Almere inclusive",
        slug="start-en",
        in_het_kort=(
            "This is the website of the ViP. ViP stands for 'UN Convention in Practice'. "
            "We are residents of Almere with a disability. "
            "We make sure everyone can take part in the city."
        ),
        body=tekst("Most pages are in Dutch. This page is an example."),
    )
    zet_vertaling(
        home,
        "ar",
        title="معا نجعل ألميره مدينة للجميع",
        slug="start-ar",
        in_het_kort=(
            "هذا موقع مجموعة ViP. اسم ViP يعني: اتفاقية الأمم المتحدة في الممارسة. "
            "نحن سكان في ألميره نعيش مع إعاقة. "
            "نعمل حتى يشارك الجميع في المدينة."
        ),
        body=tekst("معظم الصفحات باللغة الهولندية. هذه الصفحة مثال."),
    )

    over = zet_kind(
        home,
        ContentPage,
        "over-de-vip",
        title="Over de ViP",
        show_in_menus=True,
        is_voorbeeld=True,
        in_het_kort=(
            "De ViP is een groep inwoners van Almere. Wij hebben zelf een beperking of "
            "een ziekte. Wij praten mee over alles wat ons raakt."
        ),
        body=[
            kop("Waar komt de naam vandaan?"),
            *tekst(
                "ViP staat voor VN-verdrag in de Praktijk. Dat verdrag gaat over de rechten "
                "van mensen met een beperking. Nederland doet sinds 2016 mee.",
            ),
            kop("Hoe werken wij?"),
            *tekst(
                "Wij komen vaak samen. Wij kiezen zelf wat belangrijk is. "
                "De gemeente helpt ons met het regelen.",
                "Wil je meedoen? Kom dan naar het inclusiecafé.",
            ),
            (
                "verhaal",
                {
                    "tekst": "Ik wil zelf kiezen hoe ik leef. Daarom praat ik mee.",
                    "wie": "Lid van de ViP (voorbeeld)",
                },
            ),
        ],
    )
    zet_vertaling(
        over,
        "en",
        title="About the ViP",
        slug="about-the-vip",
        in_het_kort=(
            "The ViP is a group of residents of Almere. We live with a disability or an "
            "illness. We have a say in everything that affects us."
        ),
        body=[
            kop("Where does the name come from?"),
            *tekst(
                "ViP stands for UN Convention in Practice. The convention is about the rights "
                "of disabled people. The Netherlands joined in 2016.",
            ),
            kop("How do we work?"),
            *tekst(
                "We meet often. We choose for ourselves what is important. "
                "The municipality helps us with the practical things.",
                "Do you want to join? Come to the inclusion café. Most of it is in Dutch, "
                "but you are welcome.",
            ),
        ],
    )
    zet_vertaling(
        over,
        "ar",
        title="عن مجموعة ViP",
        slug="an-vip",
        in_het_kort=(
            "مجموعة ViP هي مجموعة من سكان ألميره. نعيش مع إعاقة أو مرض. نشارك في كل ما يخصنا."
        ),
        body=[
            kop("من أين جاء الاسم؟"),
            *tekst(
                "ViP تعني: اتفاقية الأمم المتحدة في الممارسة. "
                "الاتفاقية تتحدث عن حقوق الأشخاص ذوي الإعاقة. انضمت هولندا إليها في 2016.",
            ),
            kop("كيف نعمل؟"),
            *tekst(
                "نجتمع كثيرا. نختار بأنفسنا ما هو مهم. البلدية تساعدنا في التنظيم.",
                "هل تريد المشاركة؟ تعال إلى مقهى الإدماج. معظم الحديث بالهولندية، لكنك مرحب بك.",
            ),
        ],
    )

    agenda_uitleg = zet_kind(
        home,
        ContentPage,
        "wat-is-de-inclusie-agenda",
        title="Wat is de Lokale Inclusie Agenda?",
        show_in_menus=True,
        is_voorbeeld=True,
        in_het_kort=(
            "De Lokale Inclusie Agenda is het plan van Almere. Iedereen moet mee kunnen doen "
            "in de stad. Wij schreven de 58 onderwerpen zelf."
        ),
        body=[
            *tekst(
                "In 2018 gaven wij de agenda aan de wethouder. De gemeente voert hem uit in fasen.",
                "Drie keer per jaar kijken wij samen hoe het gaat. Eén keer per jaar staat het "
                "resultaat op deze site.",
            ),
            (
                "info",
                {
                    "titel": "Inclusie is nooit klaar",
                    "tekst": "<p>Sommige onderwerpen lopen altijd door. "
                    "Daar blijven wij op letten.</p>",
                },
            ),
        ],
    )

    voet = {}
    for slug, titel, kort, alineas in [
        (
            "contact",
            "Contact",
            "Wil je iets vragen of zeggen? Dat kan altijd. Wij antwoorden binnen een week.",
            [
                "Kom naar het inclusiecafé. Of stuur een bericht aan de ViP.",
                "Dit is een voorbeeld. Het echte adres volgt nog.",
            ],
        ),
        (
            "privacy",
            "Privacy",
            "Wij vragen zo weinig mogelijk over jou. Wij delen niets met anderen. "
            "Wij gebruiken geen cookies om je te volgen.",
            [
                "Geef je een reactie op een pagina? Dan bewaren wij alleen je reactie en de datum.",
                "Je e-mailadres vragen wij alleen als je antwoord wilt.",
                # Following by e-mail (volgen/).
                "Volg je een onderwerp, de hele agenda of het inclusiecafé? Dan bewaren wij je "
                "e-mailadres, wat je volgt, je taal en de datum waarop je bevestigde. Wij houden "
                "ook bij welke berichten wij je al stuurden. Zo krijg je niets twee keer.",
                "Dat bewaren wij tot je stopt. In elke mail staat een link om te stoppen. Dan "
                "wissen wij je e-mailadres. Bevestig je niet binnen 7 dagen? Dan wissen wij je "
                "e-mailadres vanzelf.",
                # Signing up for a café (campagnes/aanmeldingen/).
                "Meld je je aan voor een inclusiecafé? Dan bewaren wij wat je invult. "
                "Alleen de ViP ziet het. Je hoeft alleen in te vullen met hoeveel mensen je komt.",
                "30 dagen na het café wissen wij je naam, e-mail, telefoon en opmerking. "
                "Wat je nodig had, bewaren wij zonder naam.",
            ],
        ),
    ]:
        voet[slug] = zet_kind(
            home,
            ContentPage,
            slug,
            title=titel,
            is_voorbeeld=True,
            in_het_kort=kort,
            body=tekst(*alineas),
        )

    voet["toegankelijkheid"] = zet_verklaring(home, meldpagina=voet["contact"])

    vertaal_agenda_uitleg(agenda_uitleg)
    for slug in ("contact", "privacy"):
        vertaal_voet(voet[slug], slug)
    vertaal_verklaring(voet["toegankelijkheid"])

    site = Site.objects.get(is_default_site=True)
    instellingen = SiteInstellingen.for_site(site)
    instellingen.toegankelijkheid = voet["toegankelijkheid"]
    instellingen.contact = voet["contact"]
    instellingen.privacy = voet["privacy"]
    instellingen.save()

    return {"home": home, "agenda_uitleg": agenda_uitleg, **voet}


def zet_verklaring(home, meldpagina):
    """The accessibility statement at /toegankelijkheid/, filled in honestly.

    Older demo databases have a plain ContentPage at that slug; it is replaced,
    so that loading the demo again turns it into the real page type.
    """
    oud = home.get_children().filter(slug="toegankelijkheid").first()
    if oud is not None and not isinstance(oud.specific, ToegankelijkheidsverklaringPage):
        oud.delete()
    vandaag = timezone.localdate()
    return zet_kind(
        home,
        ToegankelijkheidsverklaringPage,
        "toegankelijkheid",
        title="Toegankelijkheid",
        is_voorbeeld=True,
        in_het_kort=(
            "Iedereen moet deze site kunnen gebruiken. Een computer test elke pagina. "
            "Een expert deed nog geen volledige test. Zeg het ons als iets niet werkt."
        ),
        verklaring_datum=vandaag,
        verantwoordelijke="De ViP (VN-verdrag in de Praktijk) in Almere",
        wcag_versie="2.2",
        wcag_niveau="AA",
        onderzoek_datum=None,
        onderzoek_methode="WCAG-EM",
        onderzoek_door="",
        onderzoek_volledig=False,
        onderzoek_rapport="",
        onderzoek_gepland=None,
        bekende_problemen=[
            (
                "probleem",
                {
                    "probleem": "Een expert heeft de site nog niet met de hand getest. "
                    "Een computer vindt niet alle problemen.",
                    "eis": "",
                    "maatregel": "Wij vragen een expert om de hele site te onderzoeken. "
                    "Dat gebeurt volgens WCAG-EM.",
                    "klaar_op": vandaag + datetime.timedelta(days=365),
                },
            ),
            (
                "probleem",
                {
                    "probleem": "Mensen met een schermlezer of vergroting hebben de site "
                    "nog niet getest.",
                    "eis": "",
                    "maatregel": "Leden van de ViP testen de site met hun eigen hulpmiddelen. "
                    "Wat zij vinden, lossen wij op.",
                    "klaar_op": vandaag + datetime.timedelta(days=180),
                },
            ),
            (
                "probleem",
                {
                    "probleem": "Documenten zoals pdf-bestanden test de computer niet. "
                    "Een pdf kan dus moeilijk te lezen zijn.",
                    "eis": "",
                    "maatregel": "Wij zetten de tekst van elk document ook op de pagina zelf.",
                    "klaar_op": vandaag + datetime.timedelta(days=180),
                },
            ),
        ],
        meldpagina=meldpagina,
        melden_tekst="Je krijgt binnen een week antwoord. Je naam of e-mail hoef je "
        "alleen te geven als je antwoord wilt.",
        body=[
            kop("Wat testen wij zelf?"),
            *tekst(
                "Bij elke wijziging test een computer alle pagina's van de site. "
                "Dat doet hij in het Nederlands, Engels en Arabisch.",
                "Hij gebruikt het programma axe. Daarmee kijkt hij naar de regels van "
                "WCAG 2.2 op niveau AA.",
                "Hij test op een breed scherm en op een smal scherm van 320 pixels. "
                "Hij kijkt of je niet opzij hoeft te schuiven.",
                "Hij kijkt ook naar de koppen, de namen van links, de labels van "
                "formulieren en de taal van elke pagina.",
                "Dat zegt nog niet alles. Een mens vindt vaak meer dan een computer.",
            ),
        ],
    )
