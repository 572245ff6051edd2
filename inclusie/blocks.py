"""StreamField blocks shared by every page type.

The set is small on purpose: every block has one job and renders accessible
HTML by itself, so an editor cannot build an inaccessible page by accident.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Rich text stays small: no headings (they have their own block, so the
# outline stays in order), no embeds, no raw HTML.
TEKST_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class ParagraafBlock(blocks.RichTextBlock):
    class Meta:
        label = _l("Tekst")
        icon = "pilcrow"
        template = "blocks/paragraaf.html"
        help_text = _l("Schrijf korte zinnen. Gebruik gewone woorden.")

    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEKST_FEATURES)
        super().__init__(**kwargs)


class KopBlock(blocks.StructBlock):
    """A heading with an anchor, so that a section can be linked to."""

    niveau = blocks.ChoiceBlock(
        choices=[("h2", _l("Kop (niveau 2)")), ("h3", _l("Tussenkop (niveau 3)"))],
        default="h2",
        label=_l("Soort kop"),
        help_text=_l("Kies niveau 3 alleen onder een kop van niveau 2."),
    )
    tekst = blocks.CharBlock(max_length=120, label=_l("Tekst van de kop"))
    anker = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_l("Anker (mag leeg)"),
        help_text=_l("Een kort woord voor een link naar deze kop. Leeg? Dan maken wij het zelf."),
    )

    class Meta:
        label = _l("Kop")
        icon = "title"
        template = "blocks/kop.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anker"] = slugify(value.get("anker") or value.get("tekst") or "")
        return context


class AfbeeldingBlock(ImageBlock):
    """Wagtail's ImageBlock with Dutch messages: alt text, unless decorative."""

    def clean(self, value):
        try:
            self.child_blocks["image"].clean(value)
        except ValidationError as error:
            raise StructBlockValidationError(block_errors={"image": error}) from error
        if (
            not self.is_deferred_validation
            and value
            and not (value.contextual_alt_text or "").strip()
            and not value.decorative
        ):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Beschrijf wat er op de afbeelding staat. "
                            "Of zet een vinkje bij 'Afbeelding is alleen versiering'."
                        ),
                        code="alt_tekst_nodig",
                    )
                }
            )
        return value


class FiguurBlock(blocks.StructBlock):
    afbeelding = AfbeeldingBlock(
        label=_l("Afbeelding"),
        help_text=_l("Schrijf bij 'alt-tekst' wat iemand die niet ziet moet weten."),
    )
    onderschrift = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_l("Onderschrift (mag leeg)"),
        help_text=_l("Staat onder de afbeelding. Noem hier ook wie de foto maakte."),
    )

    class Meta:
        label = _l("Afbeelding")
        icon = "image"
        template = "blocks/figuur.html"


class VerhaalBlock(blocks.StructBlock):
    """A quote or a short real story: the site's narrative norm."""

    tekst = blocks.TextBlock(label=_l("Citaat of verhaal"))
    wie = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_l("Wie zegt dit? (mag leeg)"),
        help_text=_l("Bijvoorbeeld: 'Inwoner van Almere Haven'. Vraag eerst of het mag."),
    )

    class Meta:
        label = _l("Citaat of verhaal")
        icon = "openquote"
        template = "blocks/verhaal.html"


class InfoBlock(blocks.StructBlock):
    titel = blocks.CharBlock(required=False, max_length=120, label=_l("Titel (mag leeg)"))
    tekst = blocks.RichTextBlock(features=TEKST_FEATURES, label=_l("Tekst"))

    class Meta:
        label = _l("Let op of tip")
        icon = "info-circle"
        template = "blocks/info.html"


class VideoBlock(blocks.StructBlock):
    """A video is only useful to everyone with captions or a written transcript."""

    titel = blocks.CharBlock(max_length=150, label=_l("Titel van de video"))
    bestand = DocumentChooserBlock(
        required=False,
        label=_l("Videobestand (mp4)"),
        help_text=_l("Upload de video als document. Of vul hieronder een link in."),
    )
    link = blocks.URLBlock(
        required=False,
        label=_l("Link naar de video elders"),
        help_text=_l("Bijvoorbeeld een link naar YouTube. Wij tonen een gewone link."),
    )
    ondertiteling = DocumentChooserBlock(
        required=False,
        label=_l("Ondertiteling (.vtt)"),
        help_text=_l("Een bestand met de ondertitels."),
    )
    uitgeschreven_tekst = blocks.RichTextBlock(
        required=False,
        features=TEKST_FEATURES,
        label=_l("Uitgeschreven tekst"),
        help_text=_l("Alles wat er in de video gezegd wordt en te zien is."),
    )

    class Meta:
        label = _l("Video")
        icon = "media"
        template = "blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        fouten = {}
        if not value.get("bestand") and not value.get("link"):
            fouten["bestand"] = ErrorList(
                [ValidationError(_("Kies een videobestand of vul een link in."))]
            )
        if not value.get("ondertiteling") and not str(value.get("uitgeschreven_tekst") or ""):
            fouten["ondertiteling"] = ErrorList(
                [
                    ValidationError(
                        _(
                            "Een video heeft ondertiteling of een uitgeschreven tekst nodig. "
                            "Zo kan iedereen hem volgen."
                        ),
                        code="ondertiteling_nodig",
                    )
                ]
            )
        if fouten:
            raise StructBlockValidationError(block_errors=fouten)
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_l("Document"))
    titel = blocks.CharBlock(
        required=False,
        max_length=150,
        label=_l("Tekst van de link (mag leeg)"),
        help_text=_l("Leeg? Dan gebruiken wij de titel van het document."),
    )

    class Meta:
        label = _l("Document om te downloaden")
        icon = "doc-full"
        template = "blocks/document.html"


class InhoudBlocks(blocks.StreamBlock):
    """The body of a plain content page."""

    tekst = ParagraafBlock()
    kop = KopBlock()
    afbeelding = FiguurBlock()
    verhaal = VerhaalBlock()
    info = InfoBlock()
    video = VideoBlock()
    document = DocumentBlock()

    class Meta:
        label = _l("Inhoud")
