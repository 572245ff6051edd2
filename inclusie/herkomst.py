"""Refusing cross-site posts to the public forms.

The public forms sit on pages that are cached whole for anonymous visitors,
so they cannot carry a per-visitor CSRF token and their views are
`csrf_exempt`. A browser still says where a post comes from: `Sec-Fetch-Site`
(every current browser) and `Origin` (on every POST). A post that a browser
marks as coming from another site is refused; a post with neither header
(an old browser, curl, the test client) is let through, because the honeypot
and the rate limits still stand in front of it.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.translation import gettext

EIGEN_SITE = {"same-origin", "same-site", "none"}


def _eigen_adressen(request) -> set[str]:
    eigen = {f"{request.scheme}://{request.get_host()}"}
    eigen.update(getattr(settings, "CSRF_TRUSTED_ORIGINS", []))
    return eigen


def van_andere_site(request) -> bool:
    """True when the browser says this post was made on another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in EIGEN_SITE
    herkomst = request.headers.get("Origin")
    if not herkomst:
        return False
    if herkomst == "null":
        return True
    delen = urlsplit(herkomst)
    return f"{delen.scheme}://{delen.netloc}" not in _eigen_adressen(request)


def alleen_eigen_site(view):
    """Decorator for a csrf_exempt form view: refuse posts from other sites (403)."""

    @wraps(view)
    def omhulsel(request, *args, **kwargs):
        if request.method == "POST" and van_andere_site(request):
            return HttpResponseForbidden(
                gettext("Dit formulier kan alleen vanaf deze website worden verstuurd."),
                content_type="text/plain; charset=utf-8",
            )
        return view(request, *args, **kwargs)

    return omhulsel
