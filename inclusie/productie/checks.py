"""Production refuses the demo admin account (user "admin", password in the README).

Two guards: a system check (so `manage.py check --deploy` and every management
command fail) and a check at WSGI start (so gunicorn never serves with it).
"""

from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError

# The demo app makes this account with a password that is in the README.
DEMO_GEBRUIKER = "admin"

FOUT_TEKST = (
    "Het demo-beheeraccount '{naam}' bestaat. Dat mag niet in productie: "
    "het wachtwoord staat in de README. Verwijder het account of geef het een andere naam."
)


def demo_beheerder_bestaat() -> bool:
    from django.contrib.auth import get_user_model

    try:
        return get_user_model().objects.filter(username=DEMO_GEBRUIKER).exists()
    except DatabaseError:
        # No tables yet (before the first migrate): nothing to refuse.
        return False


@register()
def geen_demo_beheerder(app_configs, **kwargs):
    if not getattr(settings, "INCLUSIE_PRODUCTIE", False):
        return []
    if demo_beheerder_bestaat():
        return [
            Error(
                FOUT_TEKST.format(naam=DEMO_GEBRUIKER),
                hint='python manage.py shell -c "from django.contrib.auth.models import User; '
                f"User.objects.filter(username='{DEMO_GEBRUIKER}').delete()\"",
                id="inclusie.E001",
            )
        ]
    return []


def weiger_onveilige_start() -> None:
    """Called by wsgi.py: the server does not start with the demo account present."""
    if getattr(settings, "INCLUSIE_PRODUCTIE", False) and demo_beheerder_bestaat():
        raise ImproperlyConfigured(FOUT_TEKST.format(naam=DEMO_GEBRUIKER))
