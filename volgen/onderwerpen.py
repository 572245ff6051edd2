"""What a follower follows, found and said in words.

A resident may follow a topic from its English or Arabic page; the row always
points at the Dutch topic (the source), whose steps are the ones mailed. The
words in mails and pages take the topic's translation in the reader's
language when that is live, else the Dutch one.
"""

from django.utils.translation import gettext
from wagtail.models import Locale

from agenda.models import OnderwerpPage

from .models import Onderwerp


def bron_onderwerp(pk):
    """The live, public topic with this id, as its Dutch page when there is one; else None."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    pagina = OnderwerpPage.objects.live().public().filter(pk=pk).first()
    if pagina is None:
        return None
    bron_locale = Locale.get_default()
    if pagina.locale_id == bron_locale.pk:
        return pagina
    bron = (
        OnderwerpPage.objects.live()
        .filter(translation_key=pagina.translation_key, locale=bron_locale)
        .first()
    )
    return bron or pagina


def in_taal(onderwerp, taal):
    """The topic's live translation in `taal`, or the topic itself."""
    if onderwerp is None or onderwerp.locale.language_code == taal:
        return onderwerp
    vertaling = (
        OnderwerpPage.objects.live()
        .public()
        .filter(translation_key=onderwerp.translation_key, locale__language_code=taal)
        .first()
    )
    return vertaling or onderwerp


def naam(volgt, onderwerp=None) -> str:
    """'onderwerp 12: Zelf reizen', 'de hele agenda' or 'het inclusiecafé' (active language)."""
    if volgt == Onderwerp.ONDERWERP and onderwerp is not None:
        return gettext("onderwerp %(nummer)s: %(titel)s") % {
            "nummer": onderwerp.nummer,
            "titel": onderwerp.title,
        }
    if volgt == Onderwerp.AGENDA:
        return gettext("de hele agenda")
    return gettext("het inclusiecafé")
