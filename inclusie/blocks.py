"""StreamField blocks shared by every page type.

The set is small on purpose: every block has one job and renders accessible
HTML by itself, so an editor cannot build an inaccessible page by accident.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Rich text stays small: no headings (they have their own block, so the
# outline stays in order), no embeds, no raw HTML.
TEKST_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class ParagraafBlock(blocks.RichTextBlock):
    class Meta:
        label = _("Tekst")
        icon = "pilcrow"
        template = "blocks/paragraaf.html"
        help_text = _("Schrijf korte zinnen. Gebruik gewone woorden.")

    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEKST_FEATURES)
        super().__init__(**kwargs)


class KopBlock(blocks.StructBlock):
    """A heading with an anchor, so that a section can be linked to."""

    niveau = blocks.ChoiceBlock(
        choices=[("h2", _("Kop (niveau 2)")), ("h3", _("Tussenkop (niveau 3)"))],
        default="h2",
        label=_("Soort kop"),
        help_text=_("Kies niveau 3 alleen onder een kop van niveau 2."),
    )
    tekst = blocks.CharBlock(max_length=120, label=_("Tekst van de kop"))
    anker = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_("Anker (mag leeg)"),
        help_text=_("Een kort woord voor een link naar deze kop. Leeg? Dan maken wij het zelf."),
    )

    class Meta:
        label = _("Kop")
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
                        gettext(
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
        label=_("Afbeelding"),
        help_text=_("Schrijf bij 'alt-tekst' wat iemand die niet ziet moet weten."),
    )
    onderschrift = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Onderschrift (mag leeg)"),
        help_text=_("Staat onder de afbeelding. Noem hier ook wie de foto maakte."),
    )

    class Meta:
        label = _("Afbeelding")
        icon = "image"
        template = "blocks/figuur.html"


class VerhaalBlock(blocks.StructBlock):
    """A quote or a short real story: the site's narrative norm."""

    tekst = blocks.TextBlock(label=_("Citaat of verhaal"))
    wie = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Wie zegt dit? (mag leeg)"),
        help_text=_("Bijvoorbeeld: 'Inwoner van Almere Haven'. Vraag eerst of het mag."),
    )

    class Meta:
        label = _("Citaat of verhaal")
        icon = "openquote"
        template = "blocks/verhaal.html"


class InfoBlock(blocks.StructBlock):
    titel = blocks.CharBlock(required=False, max_length=120, label=_("Titel (mag leeg)"))
    tekst = blocks.RichTextBlock(features=TEKST_FEATURES, label=_("Tekst"))

    class Meta:
        label = _("Let op of tip")
        icon = "info-circle"
        template = "blocks/info.html"


class VideoBlock(blocks.StructBlock):
    """A video is only useful to everyone with captions or a written transcript."""

    titel = blocks.CharBlock(max_length=150, label=_("Titel van de video"))
    bestand = DocumentChooserBlock(
        required=False,
        label=_("Videobestand (mp4)"),
        help_text=_("Upload de video als document. Of vul hieronder een link in."),
    )
    link = blocks.URLBlock(
        required=False,
        label=_("Link naar de video elders"),
        help_text=_("Bijvoorbeeld een link naar YouTube. Wij tonen een gewone link."),
    )
    ondertiteling = DocumentChooserBlock(
        required=False,
        label=_("Ondertiteling (.vtt)"),
        help_text=_("Een bestand met de ondertitels."),
    )
    uitgeschreven_tekst = blocks.RichTextBlock(
        required=False,
        features=TEKST_FEATURES,
        label=_("Uitgeschreven tekst"),
        help_text=_("Alles wat er in de video gezegd wordt en te zien is."),
    )

    class Meta:
        label = _("Video")
        icon = "media"
        template = "blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        fouten = {}
        if not value.get("bestand") and not value.get("link"):
            fouten["bestand"] = ErrorList(
                [ValidationError(gettext("Kies een videobestand of vul een link in."))]
            )
        if not value.get("ondertiteling") and not str(value.get("uitgeschreven_tekst") or ""):
            fouten["ondertiteling"] = ErrorList(
                [
                    ValidationError(
                        gettext(
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
    document = DocumentChooserBlock(label=_("Document"))
    titel = blocks.CharBlock(
        required=False,
        max_length=150,
        label=_("Tekst van de link (mag leeg)"),
        help_text=_("Leeg? Dan gebruiken wij de titel van het document."),
    )

    class Meta:
        label = _("Document om te downloaden")
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
        label = _("Inhoud")
