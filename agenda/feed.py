"""The agenda's progress as an Atom feed: every new step, newest first.

Residents, journalists and the wethouder's office want to hear when something
moves, without checking 58 pages. A feed reader (or a mail service that turns
feeds into mail) does that for them. Each entry is one progress step, written
out as text like on the topic page: topic, status, percentage, what happened
and the next step. Only live, public topics count.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from .models.onderwerp import OnderwerpPage, Voortgang
from .models.status import Status
from .monitor import laad_rijen

AANTAL_STAPPEN = 30


class VoortgangFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, agenda):
        super().__init__()
        self.agenda = agenda

    author_name = "ViP Almere"

    @property
    def language(self):
        """The agenda's own language: Django reads this as a value, not a method."""
        return self.agenda.locale.language_code or translation.get_language()

    def title(self):
        return gettext("%(agenda)s: nieuwe stappen") % {"agenda": self.agenda.title}

    def subtitle(self):
        return gettext("Elke nieuwe stap bij een onderwerp van de agenda, de nieuwste eerst.")

    def link(self):
        return self.agenda.url

    def feed_guid(self):
        return f"urn:inclusie-almere:agenda:{self.agenda.translation_key}"

    def items(self):
        onderwerpen = OnderwerpPage.objects.live().public().child_of(self.agenda)
        # Whether a topic is late is said with every step: from the same rows as the overview.
        vandaag = timezone.localdate()
        self.later = {
            rij.onderwerp.pk for rij in laad_rijen(self.agenda) if rij.later_dan_gepland(vandaag)
        }
        return list(
            Voortgang.objects.filter(onderwerp__in=onderwerpen.values("pk"))
            .select_related("onderwerp")
            .order_by("-datum", "-pk")[:AANTAL_STAPPEN]
        )

    def item_title(self, stap):
        return gettext("%(nummer)s. %(titel)s: %(status)s, %(procent)s procent") % {
            "nummer": stap.onderwerp.nummer,
            "titel": stap.onderwerp.title,
            "status": Status(stap.status).label,
            "procent": stap.percentage,
        }

    def item_description(self, stap):
        regels = [stap.wat_gebeurd]
        if stap.volgende_stap:
            regels.append(gettext("Volgende stap: %(stap)s") % {"stap": stap.volgende_stap})
        if stap.onderwerp_id in self.later:
            regels.append(
                gettext(
                    "Let op: dit onderwerp is later dan gepland. Het geplande einde is voorbij."
                )
            )
        return "\n\n".join(regels)

    def item_link(self, stap):
        return stap.onderwerp.url

    def item_guid(self, stap):
        # Stable when a title or slug changes, so readers do not see a step twice.
        return f"urn:inclusie-almere:voortgang:{stap.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, stap):
        return timezone.make_aware(datetime.datetime.combine(stap.datum, datetime.time.min))

    def item_updateddate(self, stap):
        return self.item_pubdate(stap)
