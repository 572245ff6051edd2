"""Absolute links in the mails: to the pages, and to confirm or stop.

Inside a request (the confirmation mail) a link takes the host the reader
used, like every other absolute link of the site. The daily task has no
request: it takes the default Site record, or WAGTAILADMIN_BASE_URL when the
site has none. The language prefix (/en/, /ar/) follows the follower's language.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site


def basis_url(request=None) -> str:
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    if site is not None:
        return site.root_url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _link(naam, volger, basis) -> str:
    with translation.override(volger.taal):
        return basis + reverse(naam, args=[volger.sleutel])


def bevestig_link(volger, basis) -> str:
    return _link("volgen:bevestigen", volger, basis)


def stop_link(volger, basis) -> str:
    """The page that stops following; a POST with `List-Unsubscribe=One-Click` stops at once."""
    return _link("volgen:stoppen", volger, basis)
