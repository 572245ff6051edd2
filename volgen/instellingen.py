"""The settings of following, each with its default (config/settings/base.py sets them)."""

from datetime import timedelta

from django.conf import settings


def bevestig_termijn() -> timedelta:
    """How long a confirmation link works; unconfirmed rows are deleted after it."""
    return timedelta(days=getattr(settings, "VOLGEN_BEVESTIG_DAGEN", 7))


def max_per_minuut() -> int:
    """Sign-ups per minute per IP address."""
    return getattr(settings, "VOLGEN_MAX_PER_MINUUT", 5)


def terug_termijn() -> timedelta:
    """How far back a digest looks: a step published longer ago is no news any more."""
    return timedelta(days=getattr(settings, "VOLGEN_TERUG_DAGEN", 14))
