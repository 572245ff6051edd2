import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def redacteur(db):
    return get_user_model().objects.create_superuser(
        username="redacteur", email="redacteur@example.org", password="geheim-wachtwoord-123"
    )


@pytest.fixture
def cache_aan(settings):
    """The page cache is off in the test settings; these tests switch it on."""
    settings.PAGINACACHE_AAN = True
