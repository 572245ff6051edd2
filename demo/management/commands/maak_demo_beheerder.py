"""A local admin account for trying the site; never for production."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from inclusie.productie.checks import DEMO_GEBRUIKER

# Printed in the README: production refuses the account (inclusie.E001).
DEMO_WACHTWOORD = "vip-demo-almere"


class Command(BaseCommand):
    help = "Maakt een beheerder voor de voorbeeldsite en toont de inloggegevens."

    def handle(self, *args, **options):
        User = get_user_model()
        user, _ = User.objects.get_or_create(
            username=DEMO_GEBRUIKER, defaults={"email": "admin@example.org"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(DEMO_WACHTWOORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "Inloggen op http://127.0.0.1:<poort>/admin/ met gebruiker "
                f"'{DEMO_GEBRUIKER}' en wachtwoord '{DEMO_WACHTWOORD}'."
            )
        )
