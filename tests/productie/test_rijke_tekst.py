"""Rich text from the editor cannot carry a script or a javascript: link to the page."""

import json

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories import KORT, ContentPageFactory

GEVAARLIJK = "<script>alert(1)</script> Lees meer"


def _contentstate() -> str:
    """What a hostile or careless Draftail editor could send."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "abcde",
                    "type": "unstyled",
                    "depth": 0,
                    "text": GEVAARLIJK,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 26, "length": 9, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(2)"},
                }
            },
        }
    )


@pytest.mark.django_db
def test_script_en_javascript_link_komen_niet_op_de_pagina(client, home, redacteur):
    pagina = ContentPageFactory(parent=home, slug="veilig", title="Veilig")
    client.force_login(redacteur)
    data = nested_form_data(
        {
            "title": "Veilig",
            "slug": "veilig",
            "in_het_kort": KORT,
            "body": streamfield([("tekst", _contentstate())]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{pagina.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    client.logout()

    html = client.get("/veilig/").content.decode()
    inhoud = html.split('id="inhoud"', 1)[1]
    assert "Lees meer" in inhoud  # the text itself survives, as text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in inhoud
    assert "javascript:" not in html
