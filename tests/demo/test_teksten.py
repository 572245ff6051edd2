"""The demo's words: who the ViP is is said at once, and a wish is never written as a fact."""

import re

import pytest
from django.utils.html import strip_tags

from agenda.models import OnderwerpPage
from demo.agenda_onderwerpen import ONDERWERPEN

VOLUIT = {
    "nl": "VN-verdrag in de Praktijk",
    "en": "UN Convention in Practice",
    "ar": "اتفاقية الأمم المتحدة في الممارسة",
}


def tekst_van_main(html: str) -> str:
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", strip_tags(main.split(">", 1)[1]))


@pytest.mark.parametrize("taal, pad", [("nl", "/"), ("en", "/en/"), ("ar", "/ar/")])
def test_startpagina_schrijft_vip_voluit_bij_het_eerste_gebruik(client, voorbeeldsite, taal, pad):
    tekst = tekst_van_main(client.get(pad).content.decode())
    eerste = tekst.index("ViP")
    uitleg = tekst.find(VOLUIT[taal])
    assert uitleg != -1, f"{pad}: ViP is nergens voluit geschreven"
    # Right after the first use: in the same or the next short sentence.
    assert 0 < uitleg - eerste < 60, tekst[eerste : eerste + 120]


def test_een_wens_staat_in_het_kort_als_wens_niet_als_feit(voorbeeldsite):
    """ "Er is een toilet in elk stadsdeel" under a topic about too few toilets misleads."""
    for titel, _thema, probleem, wens, *_rest in ONDERWERPEN:
        onderwerp = OnderwerpPage.objects.get(title=titel)
        kort = onderwerp.in_het_kort
        assert kort.startswith(probleem), titel
        assert f"Wij willen: {wens[0].lower()}{wens[1:]}" in kort, titel
        assert wens not in kort, f"{titel}: de wens staat er als feit"
