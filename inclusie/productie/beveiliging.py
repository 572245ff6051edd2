"""Security headers that Django does not set by itself.

The public site gets a strict Content-Security-Policy (no inline scripts). The
Wagtail admin ships inline scripts (date pickers, inline panels) and inline
styles, so paths under /admin/ get a looser policy of their own; the public
pages never do.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


def _is_beheer(request) -> bool:
    return request.path_info.startswith(tuple(getattr(settings, "CSP_BEHEER_PADEN", ())))


class InclusieCSPMiddleware(CSPMiddleware):
    """django-csp, with the admin's own (looser) policy for admin paths only."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _is_beheer(request):
            parts.config = default_config(settings.CSP_BEHEER_DIRECTIVES)
        return parts


class BeveiligingsHeadersMiddleware:
    """Permissions-Policy: the site needs no camera, microphone, location or payment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        beleid = getattr(settings, "PERMISSIONS_POLICY", "")
        if beleid and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = beleid
        return response
