"""What other apps add to a page they do not own: the follow buttons, for example.

A topic page belongs to the agenda and the café pages to campagnes, but the
app that lets residents follow them sits above both in the layers: their
templates cannot name it. So the shell offers a place. A page template calls
`{% aanvullingen page %}` (tag library `aanvulling_tags`) where the extras
belong, and every function registered under the hook `PAGINA_AANVULLING`
gets the page and the template context and returns an `Aanvulling` (a
template and what it shows), or None to add nothing.

The pages are cached whole and rendered often, so a function decides from the
page and the context alone and must not query the database.
"""

from dataclasses import dataclass, field

from wagtail import hooks

PAGINA_AANVULLING = "inclusie_pagina_aanvulling"


@dataclass
class Aanvulling:
    """One extra part of a page: a template and its context."""

    template: str
    inhoud: dict = field(default_factory=dict)


def aanvullingen_voor(page, context) -> list[Aanvulling]:
    """Every app's extra for this page, in hook order."""
    delen = (maak(page, context) for maak in hooks.get_hooks(PAGINA_AANVULLING))
    return [deel for deel in delen if deel is not None]
