"""The clear-language checker on sample texts with known scores."""

import pytest
import textstat

from inclusie.leesbaarheid import meting
from inclusie.leesbaarheid.zinnen import woorden


def douma(woorden_per_zin, lettergrepen_per_woord):
    return round(206.835 - 0.93 * woorden_per_zin - 77 * lettergrepen_per_woord, 1)


def test_flesch_douma_van_een_eenvoudige_zin():
    # 6 words, 6 syllables, 1 sentence.
    assert meting.flesch_douma("De kat zit op de mat.") == douma(6, 1)


def test_flesch_douma_telt_lettergrepen_in_het_nederlands():
    # toe-gan-ke-lijk-heid is be-lang-rijk: 3 words, 9 syllables.
    assert meting.flesch_douma("Toegankelijkheid is belangrijk.") == douma(3, 9 / 3)


def test_korte_zinnen_tellen_mee_anders_dan_bij_textstat():
    # textstat drops "Hij slaapt." as a sentence; we count it: 8 words, 2 sentences.
    assert meting.flesch_douma("De kat zit op de mat. Hij slaapt.") == douma(4, 1)


def test_zelfde_score_als_textstat_nederlands_bij_gewone_zinnen():
    tekst = (
        "Wij schreven de Lokale Inclusie Agenda. Daarin staan achtenvijftig onderwerpen. "
        "Wij kijken elk jaar hoe het gaat met elk onderwerp."
    )
    textstat.set_lang("nl")
    try:
        verwacht = textstat.flesch_reading_ease(tekst)
    finally:
        textstat.set_lang("en_US")
    assert meting.flesch_douma(tekst) == pytest.approx(verwacht, abs=0.1)


def test_checker_verandert_de_taal_van_textstat_niet():
    """A global set_lang would switch other users of textstat to Dutch."""
    meting.analyseer("Dit is een zin.")
    assert textstat.textstat._textstatistics__lang == "en_US"


def test_lege_tekst():
    analyse = meting.analyseer("   ")
    assert analyse.is_leeg
    assert analyse.score is None
    assert analyse.voldoet(70)
    assert analyse.oordeel == "Hier staat nog geen tekst."


def test_makkelijke_tekst_voldoet():
    analyse = meting.analyseer("Kom naar het café. Iedereen is welkom. Wij drinken koffie.")
    assert analyse.aantal_zinnen == 3
    assert analyse.gemiddelde_zinslengte == pytest.approx(10 / 3, abs=0.1)
    assert analyse.score >= 80
    assert analyse.oordeel == "Deze tekst is makkelijk te lezen."
    assert analyse.voldoet(meting.MIN_SCORE_KORT)
    assert not analyse.lange_zinnen and not analyse.lange_woorden and not analyse.te_vermijden


AMBTELIJK = (
    "Teneinde de toegankelijkheid van gemeentelijke voorzieningen voor kwetsbare "
    "doelgroepen te optimaliseren, zal de gemeente middels een integrale aanpak "
    "diverse maatregelen implementeren en participatiemogelijkheden faciliteren."
)


def test_ambtelijke_tekst_is_moeilijk_en_krijgt_hints():
    analyse = meting.analyseer(AMBTELIJK)
    assert analyse.score < 45
    assert analyse.oordeel.startswith("Deze tekst is moeilijk te lezen.")
    assert not analyse.voldoet(meting.MIN_SCORE_TEKST)
    assert analyse.lange_zinnen == [(AMBTELIJK, len(woorden(AMBTELIJK)))]
    assert "toegankelijkheid" in analyse.lange_woorden
    assert "participatiemogelijkheden" in analyse.lange_woorden
    gevonden = {w.woord: w.hint for w in analyse.te_vermijden}
    assert set(gevonden) == {
        "teneinde",
        "kwetsbaar",
        "doelgroep",
        "optimaliseren",
        "middels",
        "implementeren",
        "faciliteren",
    }
    assert gevonden["middels"] == "Schrijf 'met' of 'door'."


def test_afkorting_dmv_wordt_gevonden_en_breekt_de_zin_niet():
    analyse = meting.analyseer("Wij betalen d.m.v. een pinpas. Dat gaat snel.")
    assert analyse.aantal_zinnen == 2
    assert [w.woord for w in analyse.te_vermijden] == ["d.m.v."]


def test_woord_in_een_ander_woord_telt_niet():
    # "reeds" must not match inside "breedste"; "thans" not inside "Athans".
    assert (
        meting.analyseer("De breedste stoep ligt bij Athans huis. Dat is fijn.").te_vermijden == []
    )


def test_gemiddelde_zinslengte_boven_de_grens_voldoet_niet():
    zin = " ".join(["kat"] * 16) + "."
    analyse = meting.analyseer(zin)
    assert analyse.gemiddelde_zinslengte == 16
    assert analyse.score > meting.MIN_SCORE_TEKST  # one-syllable words score high
    assert not analyse.voldoet(meting.MIN_SCORE_TEKST)


def test_html_wordt_weggehaald_en_blokken_worden_zinnen():
    html = "<h2>Wie zijn wij</h2><p>Wij zijn de <b>ViP</b> &amp; vrienden.</p><ul><li>een</li></ul>"
    segmenten = meting.tekst_uit_html(html)
    assert segmenten == ["Wie zijn wij", "Wij zijn de ViP & vrienden.", "een"]
    assert meting.als_lopende_tekst(segmenten) == "Wie zijn wij. Wij zijn de ViP & vrienden. een."


def test_tekst_van_een_pagina_met_streamfield(home):
    from tests.factories import ContentPageFactory

    page = ContentPageFactory(
        parent=home,
        in_het_kort="Kort  en goed. Twee zinnen.",
        body=[
            ("kop", {"niveau": "h2", "tekst": "Wie zijn wij", "anker": "geen-proza"}),
            ("tekst", "<p>Wij zijn de ViP.</p>"),
            ("verhaal", {"tekst": "Ik kom graag.", "wie": "Inwoner"}),
            ("info", {"titel": "Let op", "tekst": "<p>Neem een jas mee.</p>"}),
        ],
    )
    teksten = meting.teksten_van_pagina(page)
    assert teksten["in_het_kort"] == "Kort en goed. Twee zinnen."
    assert teksten["inhoud"] == (
        "Wie zijn wij. Wij zijn de ViP. Ik kom graag. Inwoner. Let op. Neem een jas mee."
    )
    assert "geen-proza" not in teksten["inhoud"]


def test_korte_tekst_met_lange_gewone_woorden_haalt_de_lat_op_zinslengte():
    analyse = meting.analyseer(
        "Mantelzorgers raken overbelast. Mantelzorgers kunnen even vrij nemen."
    )
    assert analyse.score < meting.MIN_SCORE_KORT
    assert not analyse.score_telt_mee
    assert analyse.voldoet(meting.MIN_SCORE_KORT)


def test_lange_tekst_met_lage_score_haalt_de_lat_niet():
    zin = "De gemeentelijke organisatie evalueert toegankelijkheidsvoorzieningen jaarlijks. "
    analyse = meting.analyseer(zin * 20)
    assert analyse.aantal_woorden >= meting.MIN_WOORDEN_VOOR_SCORE
    assert analyse.gemiddelde_zinslengte <= meting.MAX_GEMIDDELDE_ZINSLENGTE
    assert analyse.score_telt_mee
    assert analyse.score < meting.MIN_SCORE_TEKST
    assert not analyse.voldoet(meting.MIN_SCORE_TEKST)
