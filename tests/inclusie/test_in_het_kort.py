import pytest
from django.core.exceptions import ValidationError

from inclusie.leesbaarheid.validators import valideer_in_het_kort
from inclusie.leesbaarheid.zinnen import zinnen
from inclusie.models import ContentPage


def test_zinnen_houdt_rekening_met_afkortingen():
    assert zinnen("Wij doen dit d.m.v. een plan. Dat is goed.") == [
        "Wij doen dit d.m.v. een plan.",
        "Dat is goed.",
    ]
    assert zinnen("Kom je? Ja! Fijn.") == ["Kom je?", "Ja!", "Fijn."]
    assert zinnen("") == []


def test_arabisch_vraagteken_sluit_een_zin_af():
    """Translated summaries are checked with the same rule as the Dutch ones."""
    assert len(zinnen("هل تأتي؟ نعم. شكرا.")) == 3


@pytest.mark.parametrize(
    "tekst",
    ["Twee zinnen. Dat mag.", "Een. Twee. Drie. Vier."],
)
def test_twee_tot_vier_zinnen_mag(tekst):
    valideer_in_het_kort(tekst)


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("Maar een zin.", "Schrijf minstens twee korte zinnen"),
        ("Een. Twee. Drie. Vier. Vijf.", "Schrijf hoogstens vier zinnen"),
    ],
)
def test_te_kort_of_te_lang_geeft_nederlandse_melding(tekst, melding):
    with pytest.raises(ValidationError) as fout:
        valideer_in_het_kort(tekst)
    assert melding in fout.value.messages[0]


def test_pagina_zonder_in_het_kort_kan_niet_bewaard_worden(home):
    page = ContentPage(title="Zonder samenvatting", slug="zonder")
    with pytest.raises(ValidationError) as fout:
        home.add_child(instance=page)
    assert "in_het_kort" in fout.value.message_dict
    assert not ContentPage.objects.filter(slug="zonder").exists()
