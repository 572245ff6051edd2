"""The one scheduled job: every app registers its daily work here.

Cron (or a systemd timer) runs `manage.py dagelijkse_taken` once a day, or
more often: each task must be idempotent, so a second run on the same day,
or a run after a crash halfway, sends and deletes nothing twice.

An app registers a task in its wagtail_hooks.py:

    @hooks.register(DAGELIJKSE_TAAK)
    def verstuur_overzicht(moment) -> str:
        ...
        return "3 berichten verstuurd"

The shell knows no app; it runs whatever is registered, in hook order.
"""

import logging

from wagtail import hooks

DAGELIJKSE_TAAK = "inclusie_dagelijkse_taak"

logger = logging.getLogger(__name__)


def voer_uit(moment) -> list[tuple[str, str]]:
    """Run every task; one that fails is logged and the others still run."""
    verslag = []
    for taak in hooks.get_hooks(DAGELIJKSE_TAAK):
        naam = f"{taak.__module__}.{taak.__name__}"
        try:
            verslag.append((naam, taak(moment) or ""))
        except Exception:
            logger.exception("Dagelijkse taak %s is mislukt", naam)
            verslag.append((naam, "MISLUKT"))
    return verslag
