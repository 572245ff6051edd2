"""The word list (Moeilijke woorden): the snippet, the page, and the links on public pages."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from inclusie.leesbaarheid.uitleg import leg_uit
from inclusie.leesbaarheid.woordenlijsten import Uitleg, Uitleglijst
from inclusie.leesbaarheid.woordvormen import BegripZoeker, splits_vormen
from inclusie.models import Begrip
from tests.factories import ContentPageFactory
from tests.inclusie.factories import WoordenlijstPageFactory


def lijst(*begrippen):
    """An Uitleglijst without the database: (slug, woord, vormen, uitleg)."""
    return Uitleglijst(
        zoeker=BegripZoeker((s, splits_vormen(f"{w},{v}")) for s, w, v, _ in begrippen),
        uitleg={s: Uitleg(s, w, u) for s, w, _, u in begrippen},
        pagina_pad="/start/woordenlijst/",
    )


VIP = ("vip", "ViP", "", "Een groep inwoners.")
LIA = ("lia", "LIA", "Lokale Inclusie Agenda", "Het plan van Almere.")
PRIO = ("prioriteit", "prioriteit", "prioriteiten", "Iets dat eerst moet.")
RESPIJT = ("respijtzorg", "respijtzorg", "", "Zorg die het even overneemt.")


def main(binnen):
    kop = "<html><head><title>ViP</title></head><body>"
    return f'{kop}<main id="inhoud">{binnen}</main></body></html>'


def test_eerste_gebruik_wordt_een_link_met_uitleg_de_rest_niet():
    html = leg_uit(main("<p>De ViP is er. De ViP helpt.</p><p>Ook de ViP.</p>"), lijst(VIP), "/w/")
    assert html.count("<a ") == 1
    assert (
        '<a class="begrip" href="/w/#begrip-vip" aria-describedby="begrip-uitleg-vip">ViP</a>'
        '<span id="begrip-uitleg-vip" hidden>Een groep inwoners.</span>'
    ) in html
    assert html.count("ViP") == 4  # title, link, and the two later uses


def test_niet_in_kop_link_in_het_kort_code_of_formulier():
    binnen = (
        '<h1>De ViP</h1><section class="in-het-kort"><p>De ViP kort.</p></section>'
        '<h2 id="x">ViP</h2><p><a href="/vip/">ViP</a> <code>ViP</code></p>'
        "<form><label>ViP</label><button>ViP</button></form><nav>ViP</nav>"
        "<div data-geen-uitleg><p>ViP</p></div>"
        "<p>Hier <strong>de ViP</strong>.</p>"
    )
    html = leg_uit(main(binnen), lijst(VIP), "/w/")
    assert html.count('class="begrip"') == 1
    assert '<strong>de <a class="begrip"' in html
    # Everything before the plain paragraph stays exactly as it was.
    assert html.startswith(main(binnen)[: main(binnen).index("<p>Hier")])


def test_alleen_binnen_main_en_nooit_in_attributen():
    bron = (
        '<header><p>ViP</p></header><main><p title="ViP">Tekst</p><img alt="ViP">'
        "<p>De ViP.</p></main><footer>ViP</footer>"
    )
    html = leg_uit(bron, lijst(VIP), "/w/")
    assert '<p title="ViP">Tekst</p><img alt="ViP">' in html
    assert html.startswith("<header><p>ViP</p></header>")
    assert html.endswith("</main><footer>ViP</footer>")
    assert html.count('class="begrip"') == 1


@pytest.mark.parametrize(
    ("tekst", "gevonden"),
    [
        ("Wij kozen een prioriteit.", "prioriteit"),
        ("Prioriteit heeft dit.", "Prioriteit"),  # case does not matter for a word
        ("Twee prioriteiten.", "prioriteiten"),  # a form
        ("De Lokale Inclusie Agenda.", "Lokale Inclusie Agenda"),  # a form of several words
        ("Het LIA plan.", "LIA"),
    ],
)
def test_vormen_en_hoofdletters(tekst, gevonden):
    html = leg_uit(main(f"<p>{tekst}</p>"), lijst(PRIO, LIA), "/w/")
    sleutel = "lia" if "L" in gevonden else "prioriteit"
    assert f'aria-describedby="begrip-uitleg-{sleutel}">{gevonden}</a>' in html


@pytest.mark.parametrize(
    "tekst",
    [
        "Een vip-lounge op het vliegveld.",  # an acronym keeps its capitals
        "De LIAAN is lang.",  # whole words only
        "Het LIA-overzicht.",  # a compound is another word
        "Superprioriteiten.",
        "De lia groeit.",
    ],
)
def test_geen_treffer_in_andere_woorden(tekst):
    html = leg_uit(main(f"<p>{tekst}</p>"), lijst(PRIO, LIA, VIP), "/w/")
    assert "begrip" not in html


def test_tekens_in_de_tekst_blijven_zoals_ze_waren():
    bron = main("<p>Caf&eacute; &amp; ViP&nbsp;leden: &#x27;ViP&#x27;.</p>")
    html = leg_uit(bron, lijst(VIP), "/w/")
    assert html == bron.replace(
        "&amp; ViP&nbsp;",
        '&amp; <a class="begrip" href="/w/#begrip-vip" aria-describedby="begrip-uitleg-vip">ViP'
        '</a><span id="begrip-uitleg-vip" hidden>Een groep inwoners.</span>&nbsp;',
    )


def test_zonder_treffer_blijft_de_pagina_hetzelfde_object():
    bron = main("<p>Niets bijzonders.</p>")
    assert leg_uit(bron, lijst(VIP), "/w/") is bron


# The snippet


def begrip(**velden):
    velden.setdefault("locale", Locale.get_default())
    velden.setdefault("woord", "respijtzorg")
    velden.setdefault("uitleg", "Zorg die het even overneemt. Dan kan de mantelzorger rusten.")
    return Begrip(**velden)


def test_uitleg_van_twee_korte_zinnen_mag_en_het_anker_komt_vanzelf(db):
    b = begrip(woord="VN-verdrag Handicap", vormen=" VN-verdrag ,, VN-verdrag")
    b.full_clean()
    b.save()
    assert b.slug == "vn-verdrag-handicap"
    assert b.anker == "begrip-vn-verdrag-handicap"
    assert b.vormen == "VN-verdrag"
    assert b.alle_vormen() == ["VN-verdrag Handicap", "VN-verdrag"]


@pytest.mark.parametrize(
    ("uitleg", "melding"),
    [
        ("Een. Twee. Drie.", "Schrijf hoogstens twee korte zinnen. Nu staan er 3 zinnen."),
        ("Lang " * 60 + "woord.", "Deze uitleg is te lang"),
        ("   ", "Schrijf een korte uitleg."),
    ],
)
def test_te_lange_uitleg_geeft_een_nederlandse_fout(db, uitleg, melding):
    with pytest.raises(ValidationError) as fout:
        begrip(uitleg=uitleg).full_clean()
    assert "uitleg" in fout.value.message_dict
    assert any(melding in m for m in fout.value.message_dict["uitleg"]), fout.value.message_dict


def test_hetzelfde_anker_twee_keer_in_een_taal_mag_niet(db):
    begrip(slug="zorg").save()
    with pytest.raises(ValidationError) as fout:
        begrip(woord="zorg", slug="zorg").full_clean()
    assert "Dit anker is al van een ander woord." in fout.value.message_dict["slug"][0]


def test_hetzelfde_anker_in_een_andere_taal_mag(db, locale_en):
    nl = begrip(slug="zorg")
    nl.save()
    en = nl.copy_for_translation(locale_en)
    en.woord = "respite care"
    en.uitleg = "Care that takes over for a while."
    en.full_clean()
    en.save()
    assert en.slug == "zorg"


# On real pages


@pytest.fixture
def woordenlijst(home):
    return WoordenlijstPageFactory(parent=home, slug="woordenlijst", title="Moeilijke woorden")


def maak(woord, uitleg="Een korte uitleg.", vormen="", locale=None):
    b = Begrip(woord=woord, vormen=vormen, uitleg=uitleg, locale=locale or Locale.get_default())
    b.save()
    return b


def test_pagina_linkt_het_eerste_gebruik_naar_de_woordenlijst(client, home, woordenlijst):
    maak("ViP", "Een groep inwoners van Almere.")
    maak("respijtzorg", "Zorg die het even overneemt.")
    page = ContentPageFactory(
        parent=home,
        slug="zorg",
        in_het_kort="De ViP schrijft over respijtzorg. Dat is belangrijk.",
        body=[
            ("kop", {"niveau": "h2", "tekst": "Respijtzorg en de ViP", "anker": ""}),
            ("tekst", "<p>De ViP vraagt om respijtzorg. De ViP wacht.</p>"),
            ("info", {"titel": "", "tekst": "<p>Meer respijtzorg.</p>"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert html.count('class="begrip"') == 2
    assert '<a class="begrip" href="/woordenlijst/#begrip-vip"' in html
    assert '<a class="begrip" href="/woordenlijst/#begrip-respijtzorg"' in html
    assert "hidden>Een groep inwoners van Almere.</span>" in html
    kort = html[html.index('class="in-het-kort"') : html.index("</section>")]
    assert "begrip" not in kort
    assert "<h2" in html and "Respijtzorg en de ViP</h2>" in html  # the heading stays plain


def test_woordenlijst_toont_alle_woorden_van_haar_taal_op_alfabet(client, woordenlijst, locale_en):
    maak("respijtzorg", "Zorg die het even overneemt.", vormen="respijt")
    maak("ViP", "Een groep inwoners.")
    maak("begroting", "Het plan voor het geld.")
    maak("budget", "The plan for money.", locale=locale_en)
    html = client.get("/woordenlijst/").content.decode()
    assert html.index(">begroting</h3>") < html.index(">respijtzorg</h3>") < html.index(">ViP</h3>")
    assert 'id="begrip-vip"' in html and 'id="begrip-respijtzorg"' in html
    assert "budget" not in html
    assert html.count("<h1") == 1
    index = html[html.index('aria-label="Woorden per letter"') :]
    assert index.index(">B</a>") < index.index(">R</a>") < index.index(">V</a>")
    # The word list explains the words: it does not link them to itself.
    assert 'class="begrip"' not in html


def test_zonder_woordenlijstpagina_geen_links(client, home):
    maak("ViP")
    page = ContentPageFactory(parent=home, slug="los", body=[("tekst", "<p>De ViP.</p>")])
    assert 'class="begrip"' not in client.get(page.url).content.decode()


def test_elke_taal_zijn_eigen_woorden_en_woordenlijst(
    client, home, woordenlijst, locale_en, locale_ar
):
    from tests.inclusie.test_pages import vertaal

    maak("wethouder", "Een bestuurder van de stad.")
    maak("alderman", "A member of the city government.", locale=locale_en)
    maak("الميزانية", "خطة أموال البلدية.", locale=locale_ar)
    home_en = vertaal(home, locale_en, slug="start-en", title="Home")
    home_ar = vertaal(home, locale_ar, slug="start-ar", title="الرئيسية")
    vertaal(woordenlijst, locale_en, slug="word-list", title="Difficult words")
    vertaal(woordenlijst, locale_ar, slug="kalimat", title="كلمات صعبة")
    body = "<p>The alderman and the wethouder. الميزانية كبيرة.</p>"
    nl = ContentPageFactory(parent=home, slug="drie", body=[("tekst", body)])
    en = vertaal(nl, locale_en, slug="three")
    ar = vertaal(nl, locale_ar, slug="thalatha")
    assert home_en and home_ar
    en.refresh_from_db()
    ar.refresh_from_db()
    html_nl = client.get(nl.url).content.decode()
    html_en = client.get(en.url).content.decode()
    html_ar = client.get(ar.url).content.decode()
    assert 'href="/woordenlijst/#begrip-wethouder"' in html_nl
    assert html_nl.count('class="begrip"') == 1
    assert 'href="/en/word-list/#begrip-alderman"' in html_en
    assert html_en.count('class="begrip"') == 1
    assert html_ar.count('class="begrip"') == 1
    assert 'href="/ar/kalimat/#begrip-' in html_ar
    assert ">الميزانية</a>" in html_ar


def test_een_gewijzigd_woord_staat_meteen_op_de_pagina(client, home, woordenlijst):
    b = maak("ViP", "Oude uitleg.")
    page = ContentPageFactory(parent=home, slug="nu", body=[("tekst", "<p>De ViP.</p>")])
    assert "Oude uitleg." in client.get(page.url).content.decode()
    b.uitleg = "Nieuwe uitleg."
    b.save()
    assert "Nieuwe uitleg." in client.get(page.url).content.decode()
    b.delete()
    assert 'class="begrip"' not in client.get(page.url).content.decode()


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in context.captured_queries]


def test_queries_blijven_gelijk_met_twintig_woorden(client, home, woordenlijst):
    from django.core.cache import cache

    woorden = [f"woord{n}" for n in range(20)]
    alineas = "".join(f"<p>Hier staat {w}. En nog eens {w}.</p>" for w in woorden)
    page = ContentPageFactory(parent=home, slug="veel", body=[("tekst", alineas)])
    client.get(page.url)  # the site settings row is made once
    cache.clear()
    koud_zonder = _queries(client, page.url)
    warm_zonder = _queries(client, page.url)
    for w in woorden:
        maak(w, f"Uitleg van {w}.")
    cache.clear()
    koud_met = _queries(client, page.url)
    warm_met = _queries(client, page.url)
    assert client.get(page.url).content.decode().count('class="begrip"') == 20
    assert len(koud_met) == len(koud_zonder), (len(koud_zonder), len(koud_met))
    assert len(warm_met) == len(warm_zonder), (len(warm_zonder), len(warm_met))
    # The words cost one query on a cold cache (with the word list's path), none when warm.
    assert sum("inclusie_begrip" in q for q in koud_met) == 1
    assert sum("inclusie_begrip" in q for q in warm_met) == 0


def test_een_pagina_opslaan_laadt_de_woorden_niet_opnieuw(client, home, woordenlijst):
    maak("ViP")
    page = ContentPageFactory(parent=home, slug="een", body=[("tekst", "<p>De ViP.</p>")])
    client.get(page.url)
    ContentPageFactory(parent=home, slug="twee")  # bumps the page cache's generation
    na_opslaan = _queries(client, page.url)
    # Only the path of the word list page is looked up again, not the words.
    assert sum("inclusie_begrip" in q for q in na_opslaan) == 0
    assert 'class="begrip"' in client.get(page.url).content.decode()


def test_demo_legt_de_woorden_uit_in_drie_talen(client, voorbeeldsite):
    verplicht = [
        "ViP",
        "LIA",
        "VN-verdrag",
        "wethouder",
        "begroting",
        "ervaringsdeskundige",
        "inclusie",
        "ringleiding",
        "NGT",
        "mantelzorger",
        "respijtzorg",
        "G-KRACHT",
    ]
    html = client.get("/woordenlijst/").content.decode()
    for woord in verplicht:
        assert f">{woord}</h3>" in html, woord
    for pad in ("/en/word-list/", "/ar/kalimat-saba/"):
        vertaald = client.get(pad).content.decode()
        assert vertaald.count('class="woordenlijst__begrip"') >= len(verplicht), pad
        assert 'id="begrip-vip"' in vertaald and 'id="begrip-respijtzorg"' in vertaald
    for taal in ("nl", "en", "ar"):
        assert Begrip.objects.filter(locale__language_code=taal).count() >= len(verplicht)
    # The home page explains ViP at its first use in the body, not in "In het kort".
    start = client.get("/").content.decode()
    assert '<a class="begrip" href="/woordenlijst/#begrip-vip"' in start
    assert 'href="/woordenlijst/"' in start[start.index("<footer") :]
    engels = client.get("/en/").content.decode()
    assert 'href="/en/word-list/#begrip-vip"' in engels
