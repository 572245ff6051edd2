"""Admin page forms: checks that only make sense while an editor is typing."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from . import tijd


class BijeenkomstPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        start = cleaned.get("start")
        nieuw = self.instance.pk is None
        # An old café may be added afterwards, but only with its report:
        # a new café without one is meant to come, so its date must still come.
        if nieuw and start and start < tijd.nu() and not cleaned.get("verslag"):
            self.add_error(
                "start",
                _(
                    "Deze datum is al voorbij. Kies een datum in de toekomst. "
                    "Voeg je een oud café toe? Schrijf dan eerst het verslag."
                ),
            )
        return cleaned
