"""English and Arabic versions of the shell's demo pages.

A reader who does not read Dutch must still find out who the ViP is, what the
agenda is, how accessible the site is, how to reach the ViP and what happens
with their data. The texts say the same as the Dutch pages, in plain short
sentences; they are examples, like the Dutch ones.

The accessibility statement is a legal statement: its facts (dates, rules,
audit, deadlines) are copied from the Dutch page on every run, so a
translation can never claim something the Dutch statement does not.
"""

from .bouwstenen import kop, tekst, zet_vertaling

# Fields of the statement that are facts, not text: never translated, always
# the same as in the Dutch statement.
VERKLARING_FEITEN = (
    "verklaring_datum",
    "wcag_versie",
    "wcag_niveau",
    "onderzoek_datum",
    "onderzoek_methode",
    "onderzoek_door",
    "onderzoek_volledig",
    "onderzoek_rapport",
    "onderzoek_gepland",
    "meldpagina",
)

AGENDA_UITLEG = {
    "en": {
        "title": "What is the Local Inclusion Agenda?",
        "slug": "what-is-the-inclusion-agenda",
        "in_het_kort": (
            "The Local Inclusion Agenda is the plan of Almere. Everyone must be able to take "
            "part in the city. We wrote the 58 topics ourselves."
        ),
        "body": [
            *tekst(
                "In 2018 we gave the agenda to the alderman. The city carries it out in phases.",
                "Three times a year we look together at how it is going. Once a year the "
                "results are on this website.",
            ),
            (
                "info",
                {
                    "titel": "Inclusion is never finished",
                    "tekst": "<p>Some topics never stop. We keep an eye on them.</p>",
                },
            ),
        ],
    },
    "ar": {
        "title": "ما هي أجندة الإدماج المحلية؟",
        "slug": "ma-hiya-ajandat-al-idmaj",
        "in_het_kort": (
            "أجندة الإدماج المحلية هي خطة مدينة ألميره. يجب أن يستطيع الجميع المشاركة في "
            "المدينة. نحن كتبنا المواضيع الـ58 بأنفسنا."
        ),
        "body": [
            *tekst(
                "في عام 2018 أعطينا الأجندة للمسؤول عنها في البلدية. البلدية تنفذها على مراحل.",
                "ثلاث مرات في السنة ننظر معا كيف تسير الأمور. مرة في السنة ننشر النتائج على "
                "هذا الموقع.",
            ),
            (
                "info",
                {
                    "titel": "الإدماج لا ينتهي أبدا",
                    "tekst": "<p>بعض المواضيع مستمرة دائما. نحن نبقى منتبهين لها.</p>",
                },
            ),
        ],
    },
}

VOET = {
    "contact": {
        "en": {
            "title": "Contact",
            "slug": "contact",
            "in_het_kort": (
                "Do you want to ask or tell us something? You can always do that. "
                "We answer within a week."
            ),
            "alineas": [
                "Come to the inclusion café. Or send a message to the ViP.",
                "This is an example. The real address will follow.",
            ],
        },
        "ar": {
            "title": "اتصل بنا",
            "slug": "ittisal",
            "in_het_kort": ("هل تريد أن تسأل أو تقول شيئا؟ يمكنك ذلك دائما. نحن نجيب خلال أسبوع."),
            "alineas": [
                "تعال إلى مقهى الإدماج. أو أرسل رسالة إلى مجموعة ViP.",
                "هذا مثال. العنوان الحقيقي سيأتي لاحقا.",
            ],
        },
    },
    "privacy": {
        "en": {
            "title": "Privacy",
            "slug": "privacy",
            "in_het_kort": (
                "We ask as little as possible about you. We share nothing with others. "
                "We do not use cookies to follow you."
            ),
            "alineas": [
                "Do you leave a comment on a page? Then we only keep your comment and the date.",
                "We only ask for your email address if you want an answer.",
                # Following by e-mail (volgen/).
                "Do you follow a topic, the whole agenda or the inclusion café? Then we keep your "
                "email address, what you follow, your language and the date you confirmed. We "
                "also keep track of which messages we sent you. So you never get anything twice.",
                "We keep this until you stop. Every email has a link to stop. Then we delete "
                "your email address. If you do not confirm within 7 days, we delete your email "
                "address automatically.",
                # Signing up for a café (campagnes/aanmeldingen/).
                "Do you sign up for an inclusion café? Then we keep what you fill in. "
                "Only the ViP sees it. You only have to fill in how many people are coming.",
                "30 days after the café we delete your name, email, phone and remark. "
                "What you needed, we keep without a name.",
            ],
        },
        "ar": {
            "title": "الخصوصية",
            "slug": "al-khususiya",
            "in_het_kort": (
                "نحن نسأل عنك أقل ما يمكن. لا نشارك شيئا مع غيرنا. "
                "لا نستخدم ملفات تعريف الارتباط (cookies) لتتبعك."
            ),
            "alineas": [
                "هل تكتب تعليقا على صفحة؟ عندها نحفظ تعليقك والتاريخ فقط.",
                "نسأل عن بريدك الإلكتروني فقط إذا أردت جوابا.",
                # Following by e-mail (volgen/).
                "هل تتابع موضوعا أو الأجندة كلها أو مقهى الإدماج؟ عندها نحفظ بريدك الإلكتروني "
                "وما تتابعه ولغتك وتاريخ تأكيدك. ونسجل أيضا الرسائل التي أرسلناها إليك. "
                "هكذا لا يصلك شيء مرتين.",
                "نحفظ ذلك حتى تتوقف. في كل رسالة رابط للتوقف. عندها نحذف بريدك الإلكتروني. "
                "ألم تؤكد خلال 7 أيام؟ عندها نحذف بريدك الإلكتروني تلقائيا.",
                # Signing up for a café (campagnes/aanmeldingen/).
                "هل تسجل لمقهى الإدماج؟ عندها نحفظ ما تكتبه. فقط مجموعة ViP تراه. "
                "عليك فقط أن تكتب عدد الأشخاص القادمين.",
                "بعد 30 يوما من المقهى نحذف اسمك وبريدك الإلكتروني وهاتفك وملاحظتك. "
                "ما احتجت إليه نحفظه بدون اسم.",
            ],
        },
    },
}

# The known problems in the same order as in the Dutch statement.
VERKLARING = {
    "en": {
        "title": "Accessibility",
        "slug": "accessibility",
        "in_het_kort": (
            "Everyone must be able to use this website. A computer tests every page. "
            "An expert has not done a full test yet. Tell us if something does not work."
        ),
        "verantwoordelijke": "The ViP (UN Convention in Practice) in Almere",
        "problemen": [
            (
                "An expert has not tested the website by hand yet. "
                "A computer does not find all problems.",
                "We will ask an expert to check the whole website. This is done with WCAG-EM.",
            ),
            (
                "People who use a screen reader or magnification have not tested the website yet.",
                "Members of the ViP test the website with their own tools. We fix what they find.",
            ),
            (
                "The computer does not test documents such as PDF files. "
                "So a PDF can be hard to read.",
                "We also put the text of every document on the page itself.",
            ),
        ],
        "melden_tekst": "You get an answer within a week. You only need to give your name "
        "or email if you want an answer.",
        "kop": "What do we test ourselves?",
        "alineas": [
            "Every time something changes, a computer tests all pages of the website. "
            "It does this in Dutch, English and Arabic.",
            "It uses a program called axe. With it, it checks the rules of WCAG 2.2 at level AA.",
            "It tests on a wide screen and on a small screen of 320 pixels. "
            "It checks that you do not have to scroll sideways.",
            "It also checks the headings, the names of links, the labels of forms "
            "and the language of every page.",
            "That does not tell everything. A person often finds more than a computer.",
        ],
    },
    "ar": {
        "title": "إمكانية الوصول",
        "slug": "imkaniyat-al-wusul",
        "in_het_kort": (
            "يجب أن يستطيع الجميع استخدام هذا الموقع. الحاسوب يفحص كل صفحة. "
            "لم يقم خبير بفحص كامل بعد. أخبرنا إذا كان شيء لا يعمل."
        ),
        "verantwoordelijke": "مجموعة ViP (اتفاقية الأمم المتحدة في الممارسة) في ألميره",
        "problemen": [
            (
                "لم يفحص خبير الموقع يدويا بعد. الحاسوب لا يجد كل المشاكل.",
                "سنطلب من خبير أن يفحص الموقع كله. سيتم ذلك بطريقة WCAG-EM.",
            ),
            (
                "لم يجرب الموقع بعد أشخاص يستخدمون قارئ الشاشة أو التكبير.",
                "أعضاء ViP يجربون الموقع بأدواتهم الخاصة. نحن نصلح ما يجدونه.",
            ),
            (
                "الحاسوب لا يفحص الوثائق مثل ملفات PDF. لذلك قد تكون قراءة ملف PDF صعبة.",
                "نحن نضع نص كل وثيقة في الصفحة نفسها أيضا.",
            ),
        ],
        "melden_tekst": "ستحصل على جواب خلال أسبوع. تعطي اسمك أو بريدك الإلكتروني "
        "فقط إذا أردت جوابا.",
        "kop": "ماذا نفحص بأنفسنا؟",
        "alineas": [
            "عند كل تغيير يفحص الحاسوب كل صفحات الموقع. يفعل ذلك بالهولندية والإنجليزية والعربية.",
            "يستخدم برنامجا اسمه axe. به يفحص قواعد WCAG 2.2 على مستوى AA.",
            "يفحص على شاشة عريضة وعلى شاشة صغيرة عرضها 320 بكسل. "
            "ويتأكد أنك لا تحتاج إلى التمرير إلى الجانب.",
            "ويفحص أيضا العناوين وأسماء الروابط وأسماء حقول النماذج ولغة كل صفحة.",
            "هذا لا يكشف كل شيء. الإنسان يجد غالبا أكثر من الحاسوب.",
        ],
    },
}


def vertaal_agenda_uitleg(bron):
    return {
        taalcode: zet_vertaling(bron, taalcode, is_voorbeeld=True, **velden)
        for taalcode, velden in AGENDA_UITLEG.items()
    }


def vertaal_voet(bron, slug):
    """Contact or privacy: a title, a summary and a few paragraphs."""
    vertalingen = {}
    for taalcode, velden in VOET[slug].items():
        velden = dict(velden)
        alineas = velden.pop("alineas")
        vertalingen[taalcode] = zet_vertaling(
            bron, taalcode, is_voorbeeld=True, body=tekst(*alineas), **velden
        )
    return vertalingen


def vertaal_verklaring(bron):
    vertalingen = {}
    for taalcode, velden in VERKLARING.items():
        velden = dict(velden)
        problemen = velden.pop("problemen")
        if len(problemen) != len(bron.bekende_problemen):
            raise ValueError(
                f"De {taalcode}-verklaring heeft {len(problemen)} problemen, "
                f"de Nederlandse {len(bron.bekende_problemen)}."
            )
        vertalingen[taalcode] = zet_vertaling(
            bron,
            taalcode,
            is_voorbeeld=True,
            **{naam: getattr(bron, naam) for naam in VERKLARING_FEITEN},
            bekende_problemen=[
                (
                    "probleem",
                    {
                        "probleem": probleem,
                        "eis": blok.value["eis"],
                        "maatregel": maatregel,
                        "klaar_op": blok.value["klaar_op"],
                    },
                )
                for blok, (probleem, maatregel) in zip(
                    bron.bekende_problemen, problemen, strict=True
                )
            ],
            body=[kop(velden.pop("kop")), *tekst(*velden.pop("alineas"))],
            **velden,
        )
    return vertalingen
