"""Uploads are limited by type and size, with Dutch errors at the field."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def _png(grootte=(20, 20)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", grootte, "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def beheer(client, redacteur, home):
    client.force_login(redacteur)
    return client


def _upload_afbeelding(client, naam, inhoud, content_type):
    return client.post(
        "/admin/images/add/",
        {"title": "Test", "file": SimpleUploadedFile(naam, inhoud, content_type=content_type)},
    )


def _upload_document(client, naam, inhoud):
    return client.post(
        "/admin/documents/add/",
        {"title": "Test", "file": SimpleUploadedFile(naam, inhoud)},
    )


def test_svg_afbeelding_wordt_geweigerd(beheer):
    response = _upload_afbeelding(beheer, "logo.svg", SVG, "image/svg+xml")
    assert response.status_code == 200
    fout = " ".join(response.context["form"].errors["file"])
    assert "Geen ondersteund afbeeldingsformaat" in fout
    assert "SVG" not in fout  # the allowed formats are listed, and SVG is not one of them
    assert not Image.objects.exists()


def test_te_grote_afbeelding_wordt_geweigerd(beheer, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    inhoud = _png((400, 400))
    assert len(inhoud) > 1000
    response = _upload_afbeelding(beheer, "groot.png", inhoud, "image/png")
    fout = " ".join(response.context["form"].errors["file"])
    assert "groot" in fout.lower()
    assert not Image.objects.exists()


def test_gewone_png_mag(beheer):
    response = _upload_afbeelding(beheer, "foto.png", _png(), "image/png")
    assert response.status_code == 302
    assert Image.objects.count() == 1


@pytest.mark.parametrize("naam", ["virus.exe", "script.js", "pagina.html", "logo.svg", "run.sh"])
def test_uitvoerbare_en_html_documenten_worden_geweigerd(beheer, naam):
    response = _upload_document(beheer, naam, b"MZ gevaarlijk")
    assert response.status_code == 200
    fout = " ".join(response.context["form"].errors["file"])
    assert "niet toegestaan" in fout
    assert not Document.objects.exists()


def test_te_groot_document_wordt_geweigerd(beheer, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    response = _upload_document(beheer, "verslag.pdf", b"%PDF-1.4 " + b"x" * 500)
    fout = " ".join(response.context["form"].errors["file"])
    assert "groot" in fout.lower()
    assert not Document.objects.exists()


def test_pdf_document_mag(beheer):
    response = _upload_document(beheer, "verslag.pdf", b"%PDF-1.4 kort")
    assert response.status_code == 302
    assert Document.objects.count() == 1
