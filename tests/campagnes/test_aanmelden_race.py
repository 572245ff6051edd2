"""Two people sign up for the last place at the same moment: exactly one gets it.

A real race needs real transactions (committed, in two connections), so this
test is transactional. Counting the places is slowed down on purpose: both
posts are inside the counting step at the same time. Without the row lock
(`select_for_update` in campagnes/aanmeldingen/plaatsen.py) both would count
one free place and both would get it; with the lock, on PostgreSQL, the
second waits for the first to commit, counts again and lands on the waiting
list. SQLite has no row locks but lets one writer commit at a time: the
loser gets "probeer het opnieuw" (503) and is not stored. CI runs this on
PostgreSQL.
"""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection

from campagnes.aanmeldingen import plaatsen
from campagnes.models import Aanmelding
from campagnes.models.aanmelding import AanmeldStatus
from campagnes.tijd import AMSTERDAM
from tests.campagnes.factories import BijeenkomstPageFactory, CafeIndexPageFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twee_tegelijk_voor_de_laatste_plaats(home, monkeypatch):
    from datetime import datetime

    from django.test import Client

    index = CafeIndexPageFactory(parent=home, slug="inclusiecafe-race")
    start = datetime.now(AMSTERDAM).replace(microsecond=0) + timedelta(days=20)
    cafe = BijeenkomstPageFactory(
        parent=index, start=start, eind=start + timedelta(hours=2), capaciteit=3
    )
    Aanmelding.objects.create(cafe=cafe, aantal=2, taal="nl")  # one place left

    echt_bezet = plaatsen.bezet
    binnen = threading.Barrier(2, timeout=5)

    def traag_bezet(c):
        uitkomst = echt_bezet(c)
        time.sleep(0.3)  # both posts are now "between counting and storing"
        return uitkomst

    monkeypatch.setattr(plaatsen, "bezet", traag_bezet)
    antwoorden = {}

    def post(i):
        try:
            binnen.wait()
            antwoorden[i] = (
                Client()
                .post(
                    f"/aanmelden/{cafe.pk}/",
                    {"aantal": "1", "email": f"p{i}@example.org"},
                    REMOTE_ADDR=f"10.7.0.{i}",
                )
                .status_code
            )
        finally:
            connection.close()

    draden = [threading.Thread(target=post, args=(i,)) for i in range(2)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()

    nieuw = Aanmelding.objects.exclude(email="")
    geplaatst = nieuw.filter(status=AanmeldStatus.GEPLAATST).count()
    wachtend = nieuw.filter(status=AanmeldStatus.WACHTLIJST).count()
    if connection.vendor == "postgresql":
        assert sorted(antwoorden.values()) == [303, 303], antwoorden
        assert (geplaatst, wachtend) == (1, 1)
    else:
        # Never two on the last place; a refused post is told so and not stored.
        assert geplaatst <= 1, antwoorden
        assert sorted(antwoorden.values()).count(303) == nieuw.count(), antwoorden
        assert set(antwoorden.values()) <= {303, 503}, antwoorden
    assert plaatsen.vrije_plaatsen(cafe) == 0 or geplaatst == 0
