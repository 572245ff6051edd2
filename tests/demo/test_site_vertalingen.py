"""A reader of English or Arabic finds the statement, contact, privacy and the agenda's story."""

from wagtail.models import Page

from demo.site_vertalingen import VERKLARING_FEITEN
from inclusie.models import ToegankelijkheidsverklaringPage
from tests.factories import ContentPageFactory

VERTAALD = {
    "en": {
        "toegankelijkheid": "/en/accessibility/",
        "contact": "/en/contact/",
        "privacy": "/en/privacy/",
        "wat-is-de-inclusie-agenda": "/en/what-is-the-inclusion-agenda/",
    },
    "ar": {
        "toegankelijkheid": "/ar/imkaniyat-al-wusul/",
        "contact": "/ar/ittisal/",
        "privacy": "/ar/al-khususiya/",
        "wat-is-de-inclusie-agenda": "/ar/ma-hiya-ajandat-al-idmaj/",
    },
}


def voet_van(html):
    return html[html.index("<footer") :]


def menu_van(html):
    begin = html.index('<nav class="menu"')
    return html[begin : html.index("</nav>", begin)]


def test_vertalingen_zijn_voorbeelden_en_houden_de_feiten_gelijk(voorbeeldsite):
    for taal, paden in VERTAALD.items():
        for pad in paden.values():
            slug = pad.rstrip("/").rsplit("/", 1)[1]
            page = Page.objects.get(locale__language_code=taal, slug=slug)
            assert page.live and page.specific.is_voorbeeld, pad

    # The statement is a legal text: a translation never claims other facts.
    bron = ToegankelijkheidsverklaringPage.objects.get(locale__language_code="nl")
    vertalingen = ToegankelijkheidsverklaringPage.objects.exclude(locale=bron.locale)
    assert vertalingen.count() == 2
    for vertaling in vertalingen:
        for naam in VERKLARING_FEITEN:
            assert getattr(vertaling, naam) == getattr(bron, naam), naam
        assert vertaling.status() == bron.status()
        assert [b.value["klaar_op"] for b in vertaling.bekende_problemen] == [
            b.value["klaar_op"] for b in bron.bekende_problemen
        ]
        assert vertaling.verantwoordelijke != bron.verantwoordelijke

    # People dislike being called vulnerable, in any language.
    verboden = ("vulnerable", "ضعيف", "الضعفاء", "هش")
    for page in Page.objects.exclude(locale__language_code="nl").filter(depth__gt=1).specific():
        teksten = " ".join(
            str(getattr(page, veld, ""))
            for veld in ("title", "in_het_kort", "body", "bekende_problemen", "melden_tekst")
        ).lower()
        for woord in verboden:
            assert woord not in teksten, f"{page.url_path}: {woord}"


def test_vertaalde_site_heeft_verklaring_contact_privacy_en_uitleg(client, voorbeeldsite):
    for taal in ("en", "ar"):
        paden = VERTAALD[taal]
        for pad in paden.values():
            antwoord = client.get(pad)
            assert antwoord.status_code == 200, pad
            html = antwoord.content.decode()
            assert f'<html lang="{taal}"' in html
            assert html.count("<h1") == 1

        html = client.get(f"/{taal}/").content.decode()
        voet = voet_van(html)
        for slug in ("toegankelijkheid", "contact", "privacy"):
            assert f'href="{paden[slug]}"' in voet
        assert 'lang="nl"' not in voet
        menu = menu_van(html)
        assert f'href="{paden["wat-is-de-inclusie-agenda"]}"' in menu
        assert "Wat is de Lokale Inclusie Agenda?" not in menu

        verklaring = client.get(paden["toegankelijkheid"]).content.decode()
        melden = verklaring[verklaring.index('id="melden-titel"') :]
        assert f'href="{paden["contact"]}"' in melden


def test_voettekst_zonder_vertaling_linkt_naar_het_nederlands_en_zegt_de_taal(
    client, home, locale_en
):
    from inclusie.models import SiteInstellingen
    from tests.inclusie.test_pages import vertaal

    contact = ContentPageFactory(parent=home, slug="contact", title="Contact")
    privacy = ContentPageFactory(parent=home, slug="privacy", title="Privacy")
    vertaal(home, locale_en, slug="start-en", title="Home")
    vertaal(contact, locale_en, slug="contact-us", title="Contact us")
    instellingen = SiteInstellingen.for_site(home.get_site())
    instellingen.contact = contact
    instellingen.privacy = privacy
    instellingen.save()

    voet = voet_van(client.get("/en/").content.decode())
    assert '<a href="/en/contact-us/">Contact us</a>' in voet
    assert '<a href="/privacy/" lang="nl" hreflang="nl">Privacy</a>' in voet
