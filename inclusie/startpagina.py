"""What the home page shows besides its own text: what is going on now.

A resident who opens the site wants a few answers without searching: when is
the next café, how does the agenda stand, what is the campaign about. Those
answers belong to other apps, so the shell only offers a place for them: an
app registers a function under the hook `STARTPAGINA_DEEL` (in its own
wagtail_hooks.py, with `order=` for its place on the page). The function gets
the `Bronnen` of one home page and returns a `Deel`, or None to show nothing.

The agenda, the cafés and the posters are written in Dutch first and often
never translated. A reader of the English or Arabic home page should still
find them, so `Bronnen.zoek` takes a part missing from the reader's tree from
the Dutch tree, and says in which language it found it: the part's template
then says the pages are in Dutch and marks the Dutch texts, so that a screen
reader pronounces them in Dutch. A part is only left out when the Dutch tree
lacks it too.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant

STARTPAGINA_DEEL = "inclusie_startpagina_deel"


@dataclass
class Deel:
    """One part of "wat er speelt": a template and what it shows."""

    template: str
    inhoud: object
    # The language of a part taken from the Dutch tree; None when it is in the reader's language.
    taal: str | None = None
    # How long the part stays true (the next café may pass); None: until something is published.
    cache_seconden: int | None = None


@dataclass
class WatErSpeelt:
    delen: list[Deel] = field(default_factory=list)

    @property
    def leeg(self):
        return not self.delen

    @property
    def cache_seconden(self) -> int | None:
        """The page is as fresh as its part that turns stale first."""
        seconden = [d.cache_seconden for d in self.delen if d.cache_seconden is not None]
        return min(seconden) if seconden else None


class Bronnen:
    """The reader's home page first, then (looked up only when needed) the Dutch one."""

    def __init__(self, home):
        self.home = home
        self.taal = get_supported_content_language_variant(settings.LANGUAGE_CODE)

    @cached_property
    def bron(self):
        """None on the Dutch home page itself: there is nothing to fall back to."""
        return (
            type(self.home)
            .objects.live()
            .filter(translation_key=self.home.translation_key, locale__language_code=self.taal)
            .exclude(pk=self.home.pk)
            .first()
        )

    def zoek(self, vind):
        """`vind(home)` in the reader's tree, else in the Dutch tree: (result, language or None)."""
        gevonden = vind(self.home)
        if gevonden is None and self.bron is not None:
            gevonden = vind(self.bron)
            return gevonden, (self.taal if gevonden is not None else None)
        return gevonden, None


def wat_er_speelt(home) -> WatErSpeelt:
    bronnen = Bronnen(home)
    delen = (maak(bronnen) for maak in hooks.get_hooks(STARTPAGINA_DEEL))
    return WatErSpeelt(delen=[deel for deel in delen if deel is not None])
