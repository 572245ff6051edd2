import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail_factories import ImageFactory

from inclusie.blocks import AfbeeldingBlock, DocumentBlock, KopBlock, VideoBlock


@pytest.fixture
def afbeelding(db):
    return ImageFactory(title="Foto")


def test_afbeelding_zonder_alt_tekst_wordt_geweigerd_in_het_nederlands(afbeelding):
    block = AfbeeldingBlock()
    waarde = block.to_python({"image": afbeelding.pk, "decorative": False, "alt_text": ""})
    with pytest.raises(StructBlockValidationError) as fout:
        block.clean(waarde)
    melding = fout.value.block_errors["alt_text"].messages[0]
    assert "Beschrijf wat er op de afbeelding staat" in melding


def test_versierende_afbeelding_mag_zonder_alt_tekst(afbeelding):
    block = AfbeeldingBlock()
    waarde = block.to_python({"image": afbeelding.pk, "decorative": True, "alt_text": ""})
    assert block.clean(waarde).pk == afbeelding.pk


def test_afbeelding_met_alt_tekst_mag(afbeelding):
    block = AfbeeldingBlock()
    waarde = block.to_python(
        {"image": afbeelding.pk, "decorative": False, "alt_text": "Een oprit bij een café"}
    )
    assert block.clean(waarde).contextual_alt_text == "Een oprit bij een café"


@pytest.fixture
def document(db):
    doc = Document(title="Jaarverslag")
    doc.file.save("jaarverslag.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    doc.save()
    return doc


def test_video_zonder_ondertiteling_en_tekst_wordt_geweigerd(document):
    block = VideoBlock()
    waarde = block.to_python({"titel": "Uitleg", "bestand": document.pk})
    with pytest.raises(StructBlockValidationError) as fout:
        block.clean(waarde)
    assert "ondertiteling" in fout.value.block_errors
    assert "ondertiteling of een uitgeschreven tekst" in str(
        fout.value.block_errors["ondertiteling"]
    )


def test_video_zonder_bron_wordt_geweigerd(db):
    block = VideoBlock()
    waarde = block.to_python({"titel": "Uitleg", "uitgeschreven_tekst": "<p>Tekst.</p>"})
    with pytest.raises(StructBlockValidationError) as fout:
        block.clean(waarde)
    assert "bestand" in fout.value.block_errors


def test_video_met_uitgeschreven_tekst_mag(db):
    block = VideoBlock()
    waarde = block.to_python(
        {
            "titel": "Uitleg",
            "link": "https://example.org/video",
            "uitgeschreven_tekst": "<p>Wat er gezegd wordt.</p>",
        }
    )
    block.clean(waarde)
    html = block.render(waarde)
    assert "Lees wat er in de video" in html


def test_document_link_noemt_type_en_grootte(document):
    block = DocumentBlock()
    html = block.render(block.to_python({"document": document.pk, "titel": ""}))
    assert "Jaarverslag" in html
    assert "(PDF, 2 kB)" in html


def test_kop_krijgt_een_anker():
    block = KopBlock()
    html = block.render(block.to_python({"niveau": "h3", "tekst": "Wat willen we?"}))
    assert '<h3 id="wat-willen-we">Wat willen we?</h3>' in html
