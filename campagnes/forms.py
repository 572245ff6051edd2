"""Admin page forms: checks that only make sense while an editor is typing."""

from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm

from . import tijd
from .berichten import ALT_TEKST_NODIG, POSTER_TEKST_NODIG


class BijeenkomstPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Themes exist once per language: offer only those of this page.
        if "agenda_themas" in self.fields:
            locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
            if locale_id:
                veld = self.fields["agenda_themas"]
                veld.queryset = veld.queryset.filter(locale_id=locale_id)

    def clean(self):
        cleaned = super().clean()
        start = cleaned.get("start")
        nieuw = self.instance.pk is None
        # An old café may be added afterwards, but only with its report:
        # a new café without one is meant to come, so its date must still come.
        if nieuw and start and start < tijd.nu() and not cleaned.get("verslag"):
            self.add_error(
                "start",
                gettext(
                    "Deze datum is al voorbij. Kies een datum in de toekomst. "
                    "Voeg je een oud café toe? Schrijf dan eerst het verslag."
                ),
            )
        return cleaned


class PosterPageForm(WagtailAdminPageForm):
    """Say why the poster's alt text and text are needed, not just 'required'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        berichten = {
            "alt_tekst": ALT_TEKST_NODIG,
            "poster_tekst": POSTER_TEKST_NODIG,
            "afbeelding": gettext("Kies de afbeelding van de poster."),
        }
        for naam, bericht in berichten.items():
            if naam in self.fields:
                self.fields[naam].error_messages["required"] = bericht
