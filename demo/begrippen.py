"""Demo word list: the difficult words a resident meets on this site, in three languages.

The words come from the site's own texts (ViP, LIA, respijtzorg, ...). Each
has a short explanation in B1 language and the same anchor in every language,
so `/woordenlijst/#begrip-vip` and `/en/word-list/#begrip-vip` both work. The
word list page is linked in the footer of every page (SiteInstellingen).
"""

from wagtail.models import Locale, Site

from inclusie.models import Begrip, HomePage, SiteInstellingen, WoordenlijstPage

from .bouwstenen import tekst, zet_kind, zet_vertaling

# slug: {taal: (woord, vormen, uitleg, langere uitleg)}
BEGRIPPEN = {
    "vip": {
        "nl": (
            "ViP",
            "",
            "De ViP is een groep inwoners van Almere met een beperking of een ziekte. "
            "ViP betekent: VN-verdrag in de Praktijk.",
            "<p>Er zijn ongeveer elf leden. Twee mensen van de gemeente helpen hen. "
            "Het motto is: niets over ons, zonder ons.</p>",
        ),
        "en": (
            "ViP",
            "",
            "The ViP is a group of residents of Almere with a disability or an illness. "
            "ViP stands for 'UN Convention in Practice'.",
            "",
        ),
        "ar": (
            "ViP",
            "",
            "ViP مجموعة من سكان ألميره يعيشون مع إعاقة أو مرض. "
            "اسم ViP يعني: اتفاقية الأمم المتحدة في الممارسة.",
            "",
        ),
    },
    "lia": {
        "nl": (
            "LIA",
            "Lokale Inclusie Agenda, inclusie agenda",
            "LIA betekent Lokale Inclusie Agenda. Dat is het plan van Almere om de stad "
            "voor iedereen te maken.",
            "<p>De ViP schreef 58 onderwerpen. De gemeente voert ze uit in fasen.</p>",
        ),
        "en": (
            "LIA",
            "Local Inclusion Agenda, inclusion agenda",
            "LIA stands for Local Inclusion Agenda. It is the plan of Almere to make the "
            "city work for everyone.",
            "",
        ),
        "ar": (
            "LIA",
            "أجندة الإدماج المحلية",
            "LIA تعني أجندة الإدماج المحلية. هي خطة ألميره لتكون المدينة للجميع.",
            "",
        ),
    },
    "vn-verdrag": {
        "nl": (
            "VN-verdrag",
            "VN-verdrag Handicap",
            "Het VN-verdrag is een afspraak tussen landen over de rechten van mensen met "
            "een beperking. Nederland doet sinds 2016 mee.",
            "",
        ),
        "en": (
            "UN Convention",
            "UN Convention on the Rights of Persons with Disabilities, CRPD",
            "The UN Convention is an agreement between countries about the rights of "
            "disabled people. The Netherlands joined in 2016.",
            "",
        ),
        "ar": (
            "اتفاقية الأمم المتحدة",
            "اتفاقية الأمم المتحدة لحقوق الأشخاص ذوي الإعاقة",
            "اتفاقية الأمم المتحدة اتفاق بين الدول عن حقوق الأشخاص ذوي الإعاقة. "
            "انضمت هولندا إليها في 2016.",
            "",
        ),
    },
    "wethouder": {
        "nl": (
            "wethouder",
            "wethouders",
            "Een wethouder bestuurt de stad samen met de burgemeester. "
            "Elke wethouder zorgt voor een paar onderwerpen.",
            "",
        ),
        "en": (
            "alderman",
            "aldermen",
            "An alderman runs the city together with the mayor. "
            "Each alderman looks after a few subjects.",
            "",
        ),
        "ar": (
            "عضو المجلس البلدي",
            "أعضاء المجلس البلدي",
            "عضو المجلس البلدي يدير المدينة مع رئيس البلدية. كل عضو مسؤول عن بعض المواضيع.",
            "",
        ),
    },
    "begroting": {
        "nl": (
            "begroting",
            "begrotingen, begrotingsronde",
            "De begroting is het plan voor het geld van de gemeente. "
            "Daarin staat waar het geld elk jaar heen gaat.",
            "",
        ),
        "en": (
            "budget",
            "budgets",
            "The budget is the plan for the money of the city. "
            "It says where the money goes each year.",
            "",
        ),
        "ar": (
            "الميزانية",
            "",
            "الميزانية هي خطة أموال البلدية. فيها أين يذهب المال كل سنة.",
            "",
        ),
    },
    "ervaringsdeskundige": {
        "nl": (
            "ervaringsdeskundige",
            "ervaringsdeskundigen",
            "Een ervaringsdeskundige weet uit het eigen leven hoe iets is. "
            "Bijvoorbeeld hoe het is om een beperking te hebben.",
            "",
        ),
        "en": (
            "expert by experience",
            "experts by experience",
            "An expert by experience knows from their own life what something is like. "
            "For example, living with a disability.",
            "",
        ),
        "ar": (
            "خبير بالتجربة",
            "خبراء بالتجربة",
            "الخبير بالتجربة يعرف الأمر من حياته. مثلا كيف تكون الحياة مع إعاقة.",
            "",
        ),
    },
    "inclusie": {
        "nl": (
            "inclusie",
            "",
            "Inclusie betekent: iedereen hoort erbij en kan meedoen. "
            "Ook als je een beperking hebt.",
            "",
        ),
        "en": (
            "inclusion",
            "",
            "Inclusion means: everyone belongs and can take part. Also people with a disability.",
            "",
        ),
        "ar": (
            "الإدماج",
            "",
            "الإدماج يعني أن الجميع ينتمي ويستطيع المشاركة. وأيضا من لديه إعاقة.",
            "",
        ),
    },
    "ringleiding": {
        "nl": (
            "ringleiding",
            "ringleidingen",
            "Een ringleiding helpt mensen met een hoortoestel. "
            "Zij horen het geluid van de microfoon dan goed, zonder ander lawaai.",
            "",
        ),
        "en": (
            "hearing loop",
            "hearing loops",
            "A hearing loop helps people with a hearing aid. "
            "They hear the microphone clearly, without other noise.",
            "",
        ),
        "ar": (
            "الحلقة السمعية",
            "",
            "الحلقة السمعية تساعد من يستعمل سماعة أذن. يسمع صوت الميكروفون بوضوح بدون ضجيج.",
            "",
        ),
    },
    "ngt": {
        "nl": (
            "NGT",
            "Nederlandse Gebarentaal",
            "NGT betekent Nederlandse Gebarentaal. "
            "Veel dove mensen praten in deze taal, met hun handen en hun gezicht.",
            "",
        ),
        "en": (
            "NGT",
            "Dutch Sign Language",
            "NGT is Dutch Sign Language. "
            "Many deaf people use it to talk with their hands and face.",
            "",
        ),
        "ar": (
            "NGT",
            "لغة الإشارة الهولندية",
            "NGT هي لغة الإشارة الهولندية. كثير من الصم يتكلمون بها بأيديهم ووجوههم.",
            "",
        ),
    },
    "mantelzorger": {
        "nl": (
            "mantelzorger",
            "mantelzorgers",
            "Een mantelzorger zorgt voor iemand die ziek is of een beperking heeft. "
            "Dat is vaak een partner, ouder, kind of vriend.",
            "",
        ),
        "en": (
            "carer",
            "carers, informal carer, informal carers",
            "A carer looks after someone who is ill or has a disability, without pay. "
            "Often it is a partner, parent, child or friend.",
            "",
        ),
        "ar": (
            "مقدم الرعاية",
            "مقدمو الرعاية, مقدمي الرعاية",
            "مقدم الرعاية يعتني بشخص مريض أو لديه إعاقة، بدون أجر. "
            "غالبا هو شريك أو أب أو أم أو ابن أو صديق.",
            "",
        ),
    },
    "respijtzorg": {
        "nl": (
            "respijtzorg",
            "",
            "Respijtzorg neemt de zorg even over van de mantelzorger. "
            "Dan kan de mantelzorger even rusten.",
            "<p>Bijvoorbeeld een logeerhuis voor een weekend. Of iemand die een middag "
            "thuis helpt.</p>",
        ),
        "en": (
            "respite care",
            "",
            "Respite care takes over from a carer for a while. Then the carer can rest.",
            "",
        ),
        "ar": (
            "رعاية الاستراحة",
            "",
            "رعاية الاستراحة تأخذ مكان مقدم الرعاية لفترة قصيرة. هكذا يستطيع أن يرتاح.",
            "",
        ),
    },
    "g-kracht": {
        "nl": (
            "G-KRACHT",
            "G-Kracht",
            "G-KRACHT is een groep mensen met een verstandelijke beperking. "
            "Zij geven sinds 2009 advies aan de politiek van Almere.",
            "",
        ),
        "en": (
            "G-KRACHT",
            "G-Kracht",
            "G-KRACHT is a group of people with an intellectual disability. "
            "Since 2009 they give advice to the politicians of Almere.",
            "",
        ),
        "ar": (
            "G-KRACHT",
            "G-Kracht",
            "G-KRACHT مجموعة من الأشخاص ذوي الإعاقة الذهنية. "
            "منذ 2009 يقدمون النصيحة لسياسيي ألميره.",
            "",
        ),
    },
    "prioriteit": {
        "nl": (
            "prioriteit",
            "prioriteiten",
            "Een prioriteit is iets dat eerst moet. "
            "De ViP kiest welke onderwerpen het belangrijkst zijn.",
            "",
        ),
        "en": (
            "priority",
            "priorities",
            "A priority is something that comes first. The ViP chooses which topics matter most.",
            "",
        ),
        "ar": (
            "الأولوية",
            "الأولويات",
            "الأولوية هي شيء يأتي أولا. مجموعة ViP تختار أهم المواضيع.",
            "",
        ),
    },
    "toegankelijk": {
        "nl": (
            "toegankelijk",
            "toegankelijke, toegankelijkheid",
            "Toegankelijk betekent: iedereen kan erin, erbij of ermee werken. "
            "Ook met een rolstoel, een blindenstok of een hoortoestel.",
            "",
        ),
        "en": (
            "accessible",
            "accessibility",
            "Accessible means: everyone can get in, take part or use it. "
            "Also with a wheelchair, a white cane or a hearing aid.",
            "",
        ),
        "ar": (
            "سهل الوصول",
            "سهولة الوصول",
            "سهل الوصول يعني أن الجميع يستطيع الدخول أو المشاركة أو الاستعمال. "
            "أيضا مع كرسي متحرك أو عصا بيضاء أو سماعة أذن.",
            "",
        ),
    },
    "gebarentolk": {
        "nl": (
            "gebarentolk",
            "gebarentolken",
            "Een gebarentolk vertaalt gesproken taal naar gebarentaal. "
            "Zo kunnen dove mensen alles volgen.",
            "",
        ),
        "en": (
            "sign language interpreter",
            "sign language interpreters",
            "A sign language interpreter translates spoken words into sign language. "
            "Then deaf people can follow everything.",
            "",
        ),
        "ar": (
            "مترجم لغة الإشارة",
            "مترجمو لغة الإشارة",
            "مترجم لغة الإشارة يترجم الكلام إلى لغة الإشارة. هكذا يفهم الصم كل شيء.",
            "",
        ),
    },
    "duimsticker": {
        "nl": (
            "duimsticker",
            "duimstickers",
            "De duimsticker hangt bij cafés en winkels waar iedereen welkom is. "
            "Je ziet dan dat je er goed naar binnen kunt.",
            "",
        ),
        "en": (
            "thumb sticker",
            "duimsticker, thumb stickers",
            "The thumb sticker hangs at cafés and shops where everyone is welcome. "
            "It shows that you can get in easily.",
            "",
        ),
        "ar": (
            "ملصق الإبهام",
            "",
            "ملصق الإبهام يوجد عند المقاهي والمحلات التي ترحب بالجميع. "
            "يعني أنك تستطيع الدخول بسهولة.",
            "",
        ),
    },
}

PAGINA = {
    "nl": {
        "title": "Moeilijke woorden",
        "slug": "woordenlijst",
        "in_het_kort": (
            "Op deze pagina leggen wij moeilijke woorden uit. Zie je op de site een woord met "
            "een stippellijn eronder? Klik erop, dan kom je hier."
        ),
        "body": tekst(
            "Mis je een woord? Of is een uitleg niet duidelijk? "
            "Zeg het ons met de vraag onderaan deze pagina."
        ),
    },
    "en": {
        "title": "Difficult words",
        "slug": "word-list",
        "in_het_kort": (
            "This page explains difficult words. Do you see a word with a dotted line under it? "
            "Click it to come here."
        ),
        "body": tekst("Is a word missing? Or is an explanation unclear? Tell us below."),
    },
    "ar": {
        "title": "كلمات صعبة",
        "slug": "kalimat-saba",
        "in_het_kort": (
            "في هذه الصفحة نشرح كلمات صعبة. هل ترى كلمة تحتها خط منقط؟ اضغط عليها لتصل إلى هنا."
        ),
        "body": tekst("هل تنقصك كلمة؟ أو هل الشرح غير واضح؟ أخبرنا في الأسفل."),
    },
}


def _zet_begrip(slug, taal, velden, bron=None):
    locale = Locale.objects.get(language_code=taal)
    begrip = Begrip.objects.filter(locale=locale, slug=slug).first()
    if begrip is None and bron is not None:
        begrip = bron.get_translation_or_none(locale) or bron.copy_for_translation(locale)
    if begrip is None:
        begrip = Begrip(locale=locale, slug=slug)
    woord, vormen, uitleg, langer = velden
    begrip.slug = slug
    begrip.woord, begrip.vormen, begrip.uitleg, begrip.langere_uitleg = (
        woord,
        vormen,
        uitleg,
        langer,
    )
    begrip.full_clean()
    begrip.save()
    return begrip


def laad():
    home = HomePage.objects.get(depth=2, locale__language_code="nl")
    for slug, talen in BEGRIPPEN.items():
        nederlands = _zet_begrip(slug, "nl", talen["nl"])
        for taal in ("en", "ar"):
            _zet_begrip(slug, taal, talen[taal], bron=nederlands)

    pagina = zet_kind(home, WoordenlijstPage, is_voorbeeld=True, **PAGINA["nl"])
    for taal in ("en", "ar"):
        zet_vertaling(pagina, taal, is_voorbeeld=True, **PAGINA[taal])

    instellingen = SiteInstellingen.for_site(Site.objects.get(is_default_site=True))
    instellingen.woordenlijst = pagina
    instellingen.save()
    return {"woordenlijst": pagina}
