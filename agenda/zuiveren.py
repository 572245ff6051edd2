"""Which pages show a topic, the agenda or one of its snippets: for the CDN purge.

The shell (inclusie.zuiveren) adds each page's translations and the paths
below it; the agenda page names its own (the report, the feed, CSV, JSON).
"""

from wagtail.models import Page

from inclusie.zuiveren import startpaginas

from .models import AgendaPage, Bespreking, Fase, OnderwerpPage, Thema, VerdragsArtikel


def paginas_met_agenda(obj):
    if isinstance(obj, Page):
        obj = obj.specific_deferred
    agendas = list(AgendaPage.objects.all())
    if isinstance(obj, OnderwerpPage):
        # The overview, the report and the feed count the topic and its steps;
        # the home page sums the agenda up.
        return [*agendas, *startpaginas()]
    if isinstance(obj, AgendaPage):
        return [*OnderwerpPage.objects.child_of(obj), *startpaginas()]
    if isinstance(obj, Thema):
        onderwerpen = OnderwerpPage.objects.filter(thema__translation_key=obj.translation_key)
        return [*onderwerpen, *agendas, *startpaginas()]
    if isinstance(obj, Fase):
        return [*OnderwerpPage.objects.filter(fase=obj), *agendas]
    if isinstance(obj, VerdragsArtikel):
        return [*OnderwerpPage.objects.filter(artikelen=obj), *agendas]
    if isinstance(obj, Bespreking):
        # "Wat is er veranderd" and the report count from a review.
        return [*agendas, *startpaginas()]
    return None
