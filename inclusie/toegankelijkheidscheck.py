"""Wagtail's content checker (Axe), set up for this site: WCAG 2.2 AA content rules in Dutch.

The checker runs in the userbar on a live page and in the editor's "Checks"
panel on the preview. It only looks inside <main>: that is what an editor
writes; the header and footer are tested by the project's own browser tests.

Next to Axe's rules it adds the checks the NL Design System asks a CMS for:
link text that says nothing on its own ("klik hier", "lees meer"), a video
without captions, and Dutch words for a skipped heading level, an empty
heading and an image without alt text. The new checks need a small evaluate
function in the browser; those live in static/js/toegankelijkheidscheck.js,
which Wagtail loads with the userbar (never for anonymous visitors).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# Link texts that only make sense next to what is around them.
VAGE_LINKTEKSTEN = [
    "klik hier",
    "klik",
    "hier",
    "lees meer",
    "lees verder",
    "meer",
    "meer info",
    "meer informatie",
    "verder",
    "link",
    "deze link",
    "download",
    "bekijk",
]

# Axe's rules that are about content an editor writes (WCAG 2.2 A/AA, plus
# heading order and empty headings, which screen-reader users navigate by).
AXE_REGELS = [
    "image-alt",
    "input-image-alt",
    "role-img-alt",
    "svg-img-alt",
    "object-alt",
    "area-alt",
    "link-name",
    "button-name",
    "input-button-name",
    "empty-heading",
    "heading-order",
    "p-as-heading",
    "empty-table-header",
    "td-headers-attr",
    "th-has-data-cells",
    "list",
    "listitem",
    "definition-list",
    "dlitem",
    "frame-title",
    "valid-lang",
    "video-caption",
    "color-contrast",
    "link-in-text-block",
    "duplicate-id-aria",
]
EIGEN_REGELS = ["vip-linktekst", "vip-video-ondertiteling", "alt-text-quality"]


class VipContentChecker(ContentCheckerItem):
    axe_include = ["main"]
    axe_run_only = AXE_REGELS + EIGEN_REGELS
    axe_rules = {}

    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        {
            "id": "vip-linktekst",
            "impact": "serious",
            "selector": "a[href]",
            "tags": ["wcag2a", "wcag244", "vip"],
            "any": ["vip-check-linktekst"],
            "enabled": True,
        },
        {
            "id": "vip-video-ondertiteling",
            "impact": "critical",
            "selector": "video",
            "tags": ["wcag2a", "wcag122", "vip"],
            "any": ["vip-check-ondertiteling"],
            "enabled": True,
        },
    ]
    axe_custom_checks = [
        *ContentCheckerItem.axe_custom_checks,
        {"id": "vip-check-linktekst", "options": {"vaag": VAGE_LINKTEKSTEN}},
        {"id": "vip-check-ondertiteling"},
    ]

    axe_messages = {
        "vip-linktekst": {
            "error_name": _("Linktekst zegt niet waar de link heen gaat"),
            "help_text": _(
                "Schrijf waar de link heen gaat, bijvoorbeeld 'Lees het verslag van het café'. "
                "Niet 'klik hier' of 'lees meer'."
            ),
        },
        "vip-video-ondertiteling": {
            "error_name": _("Video zonder ondertiteling"),
            "help_text": _("Voeg ondertiteling toe of schrijf uit wat er in de video gebeurt."),
        },
        "video-caption": {
            "error_name": _("Video zonder ondertiteling"),
            "help_text": _("Voeg ondertiteling toe of schrijf uit wat er in de video gebeurt."),
        },
        "image-alt": {
            "error_name": _("Afbeelding zonder alt-tekst"),
            "help_text": _(
                "Beschrijf wat er op de afbeelding staat. "
                "Of zet 'Afbeelding is alleen versiering' aan."
            ),
        },
        "input-image-alt": {
            "error_name": _("Knop met afbeelding zonder tekst"),
            "help_text": _("Schrijf wat de knop doet."),
        },
        "role-img-alt": {
            "error_name": _("Afbeelding zonder alt-tekst"),
            "help_text": _("Beschrijf wat er op de afbeelding staat."),
        },
        "svg-img-alt": {
            "error_name": _("Afbeelding zonder alt-tekst"),
            "help_text": _("Beschrijf wat er op de afbeelding staat."),
        },
        "object-alt": {
            "error_name": _("Ingevoegd object zonder tekst"),
            "help_text": _("Schrijf wat erin staat."),
        },
        "area-alt": {
            "error_name": _("Klikbaar deel van een afbeelding zonder tekst"),
            "help_text": _("Schrijf waar de link heen gaat."),
        },
        "alt-text-quality": {
            "error_name": _("Alt-tekst lijkt een bestandsnaam"),
            "help_text": _(
                "Beschrijf wat er op de afbeelding staat, niet de naam van het bestand."
            ),
        },
        "link-name": {
            "error_name": _("Link zonder tekst"),
            "help_text": _("Geef de link een tekst die zegt waar hij heen gaat."),
        },
        "link-in-text-block": {
            "error_name": _("Link valt niet op in de tekst"),
            "help_text": _(
                "Een link moet ook zonder kleur te zien zijn, bijvoorbeeld onderstreept."
            ),
        },
        "button-name": {
            "error_name": _("Knop zonder tekst"),
            "help_text": _("Schrijf op de knop wat hij doet."),
        },
        "input-button-name": {
            "error_name": _("Knop zonder tekst"),
            "help_text": _("Schrijf op de knop wat hij doet."),
        },
        "empty-heading": {
            "error_name": _("Lege kop"),
            "help_text": _("Schrijf tekst in de kop, of haal de kop weg."),
        },
        "heading-order": {
            "error_name": _("Kopniveau overgeslagen"),
            "help_text": _(
                "Gebruik de koppen op volgorde: na een kop van niveau 2 komt niveau 2 of 3, niet 4."
            ),
        },
        "p-as-heading": {
            "error_name": _("Vette tekst gebruikt als kop"),
            "help_text": _("Gebruik het blok 'Kop' voor een kop. Dan vindt een schermlezer hem."),
        },
        "empty-table-header": {
            "error_name": _("Lege kop in een tabel"),
            "help_text": _("Schrijf in elke kolomkop wat er in de kolom staat."),
        },
        "td-headers-attr": {
            "error_name": _("Tabelcel hoort bij een kop die er niet is"),
            "help_text": _("Controleer de koppen van de tabel."),
        },
        "th-has-data-cells": {
            "error_name": _("Tabelkop zonder cellen"),
            "help_text": _("Controleer de koppen van de tabel."),
        },
        "list": {
            "error_name": _("Lijst is niet goed opgebouwd"),
            "help_text": _("Gebruik de knoppen voor een lijst in de editor."),
        },
        "listitem": {
            "error_name": _("Lijstpunt staat niet in een lijst"),
            "help_text": _("Gebruik de knoppen voor een lijst in de editor."),
        },
        "definition-list": {
            "error_name": _("Lijst is niet goed opgebouwd"),
            "help_text": _("Gebruik de knoppen voor een lijst in de editor."),
        },
        "dlitem": {
            "error_name": _("Lijstpunt staat niet in een lijst"),
            "help_text": _("Gebruik de knoppen voor een lijst in de editor."),
        },
        "frame-title": {
            "error_name": _("Ingevoegd venster zonder titel"),
            "help_text": _("Geef het venster een titel die zegt wat erin staat."),
        },
        "valid-lang": {
            "error_name": _("Onbekende taalcode"),
            "help_text": _("Gebruik een bestaande taalcode, zoals 'nl' of 'en'."),
        },
        "color-contrast": {
            "error_name": _("Te weinig contrast"),
            "help_text": _("Tekst moet goed afsteken tegen de achtergrond."),
        },
        "duplicate-id-aria": {
            "error_name": _("Dubbel anker"),
            "help_text": _("Twee koppen hebben hetzelfde anker. Geef ze elk een eigen anker."),
        },
    }

    class Media:
        js = ["js/toegankelijkheidscheck.js"]


def vervang_checker(request, items, page):
    """construct_wagtail_userbar hook: use our checker instead of Wagtail's default."""
    for i, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, VipContentChecker):
            items[i] = VipContentChecker(in_editor=getattr(item, "in_editor", False))
