"""Figures are responsive renditions: modern formats, srcset, width/height, lazy."""

import io
import json
import re

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from tests.factories import ContentPageFactory


@pytest.fixture
def afbeelding(db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "teal").save(buffer, "JPEG")
    return Image.objects.create(title="Café", file=ImageFile(buffer, name="cafe.jpg"))


@pytest.mark.django_db
def test_figuur_is_een_picture_met_srcset_maten_en_lazy(client, home, afbeelding):
    figuur = {
        "afbeelding": {
            "image": afbeelding.pk,
            "alt_text": "Mensen praten aan een tafel in het café.",
            "decorative": False,
        },
        "onderschrift": "Het inclusiecafé",
    }
    ContentPageFactory(
        parent=home, slug="foto", body=json.dumps([{"type": "afbeelding", "value": figuur}])
    )
    html = client.get("/foto/").content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert ".webp" in img  # the fallback every current browser takes
    assert 'alt="Mensen praten aan een tafel in het café."' in img
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert re.search(r'srcset="[^"]+avif 400w, [^"]+avif 800w, [^"]+avif 1200w"', picture)
    assert re.search(r'srcset="[^"]+webp 400w, [^"]+webp 800w, [^"]+webp 1200w"', img)
    assert 'sizes="' in picture
