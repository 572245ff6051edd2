"""Links from cafés and posters to the Lokale Inclusie Agenda.

A café evening or a poster is about something on the agenda; the link lets a
reader go from the story to where that topic stands.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class OnderwerpLink(Orderable):
    onderwerp = models.ForeignKey(
        "agenda.OnderwerpPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Onderwerp van de agenda"),
    )

    panels = [FieldPanel("onderwerp")]

    class Meta(Orderable.Meta):
        abstract = True


class BijeenkomstOnderwerp(OnderwerpLink):
    bijeenkomst = ParentalKey(
        "campagnes.BijeenkomstPage", on_delete=models.CASCADE, related_name="onderwerp_links"
    )

    class Meta(OnderwerpLink.Meta):
        verbose_name = _("Onderwerp van de agenda")
        verbose_name_plural = _("Onderwerpen van de agenda")


class PosterOnderwerp(OnderwerpLink):
    poster = ParentalKey(
        "campagnes.PosterPage", on_delete=models.CASCADE, related_name="onderwerp_links"
    )

    class Meta(OnderwerpLink.Meta):
        verbose_name = _("Onderwerp van de agenda")
        verbose_name_plural = _("Onderwerpen van de agenda")


def live_onderwerpen(page):
    """The linked topics a reader can open, in the editor's order."""
    return [
        link.onderwerp
        for link in page.onderwerp_links.select_related("onderwerp").order_by("sort_order")
        if link.onderwerp.live
    ]


def agenda_pagina(page):
    """The agenda overview in the page's language, for links to a theme."""
    from agenda.models import AgendaPage

    return AgendaPage.objects.live().filter(locale_id=page.locale_id).first()


def agenda_context(page, themas=()):
    onderwerpen = live_onderwerpen(page)
    return {
        "agenda_onderwerpen": onderwerpen,
        "agenda_themas": themas,
        "agenda_pagina": agenda_pagina(page) if themas else None,
    }
