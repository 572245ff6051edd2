"""A fixed clock for the café tests: 'now' is 1 March 2030, 12:00 in Almere."""

from datetime import datetime

import pytest
from django.core.cache import cache

from campagnes import tijd
from campagnes.tijd import AMSTERDAM

NU = datetime(2030, 3, 1, 12, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def klok(monkeypatch):
    """Set the clock: `klok.zet(moment)`; it starts at NU."""

    class Klok:
        moment = NU

        def zet(self, moment):
            # Pages that show "the next café" may sit in the page cache; a
            # jump in time must not read a page cached before the jump.
            self.moment = moment
            cache.clear()

    k = Klok()
    monkeypatch.setattr(tijd, "nu", lambda: k.moment)
    return k
