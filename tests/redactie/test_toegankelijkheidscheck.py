"""The content checker's configuration: WCAG rules, Dutch messages, our own checks."""

import json
import re

from django.contrib.auth import get_user_model
from wagtail import blocks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.images.forms import ImageInsertionForm

from inclusie.toegankelijkheidscheck import (
    AXE_REGELS,
    EIGEN_REGELS,
    VAGE_LINKTEKSTEN,
    VipContentChecker,
    vervang_checker,
)


def test_hook_vervangt_de_standaardchecker():
    items = [ContentCheckerItem(in_editor=True)]
    vervang_checker(None, items, None)
    assert isinstance(items[0], VipContentChecker)
    assert items[0].in_editor is True


def test_elke_regel_heeft_een_nederlandse_melding():
    checker = VipContentChecker()
    for regel in AXE_REGELS + EIGEN_REGELS:
        melding = checker.axe_messages[regel]
        assert melding["error_name"] and melding["help_text"], regel
        assert not re.search(r"\b(the|is empty|found|Use)\b", str(melding["error_name"])), regel


def test_configuratie_bevat_de_eigen_regels_en_checks():
    config = VipContentChecker().get_axe_configuration(None)
    assert config["context"]["include"] == ["main"]
    regels = {r["id"]: r for r in config["spec"]["rules"]}
    checks = {c["id"]: c for c in config["spec"]["checks"]}
    assert regels["vip-linktekst"]["any"] == ["vip-check-linktekst"]
    assert regels["vip-video-ondertiteling"]["selector"] == "video"
    assert "klik hier" in checks["vip-check-linktekst"]["options"]["vaag"]
    assert "lees meer" in VAGE_LINKTEKSTEN and "hier" in VAGE_LINKTEKSTEN
    for nodig in ["image-alt", "empty-heading", "heading-order", "link-name", "video-caption"]:
        assert nodig in config["options"]["runOnly"]
    for regel in EIGEN_REGELS:
        assert regel in config["options"]["runOnly"]
    json.dumps(config, default=str)  # must be serialisable for the page


def test_userbar_op_een_pagina_laadt_de_eigen_checks(client, home):
    user = get_user_model().objects.create_superuser("b", "b@example.org", "x")
    client.force_login(user)
    html = client.get("/").content.decode()
    assert "/static/js/toegankelijkheidscheck.js" in html
    assert "vip-linktekst" in html
    assert "Kopniveau overgeslagen" in html


def test_anoniem_krijgt_geen_checker(client, home):
    html = client.get("/").content.decode()
    assert "toegankelijkheidscheck.js" not in html
    assert "checker-axe-configuration" not in html


def test_tekstblokken_van_de_schil_laten_geen_afbeelding_toe():
    """Images go in the image block, where alt text is required (inclusie.blocks)."""
    from inclusie.blocks import InhoudBlocks

    for blok in InhoudBlocks().child_blocks.values():
        for kind in [blok, *getattr(blok, "child_blocks", {}).values()]:
            if isinstance(kind, blocks.RichTextBlock):
                assert "image" not in (kind.features or []), blok.name


def test_afbeelding_in_rijke_tekst_vraagt_alt_tekst():
    """Where a rich-text field allows images, Wagtail asks alt text unless decorative."""
    form = ImageInsertionForm(data={"format": "fullwidth", "alt_text": ""})
    assert not form.is_valid()
    assert "alt_text" in form.errors
    form = ImageInsertionForm(
        data={"format": "fullwidth", "alt_text": "", "image_is_decorative": "on"}
    )
    assert form.is_valid()
