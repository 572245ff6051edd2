"""A cache outage is not a site outage: Redis gone, or a file cache that cannot write.

Pages are served uncached (200, never 500), remarks are accepted with the rate
limit counted per process, logins work, /gezond/ says the cache is degraded,
and the site recovers by itself when Redis is back (tested with a real
redis-server where the machine has one; in CI it must).
"""

import os
import shutil
import socket
import subprocess
import time

import pytest

from inclusie.feedback.views import MAX_PER_MINUUT
from inclusie.productie import veilige_cache
from inclusie.tempo import LOKALE_TELLER
from tests.factories import ContentPageFactory


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_cache(poort):
    return {
        "default": {
            "BACKEND": "inclusie.productie.veilige_cache.VeiligeRedisCache",
            "LOCATION": f"redis://127.0.0.1:{poort}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }


@pytest.fixture(autouse=True)
def schone_storing(monkeypatch):
    monkeypatch.setattr(veilige_cache.STORING, "sinds", None)
    LOKALE_TELLER.clear()
    yield
    veilige_cache.STORING.sinds = None


@pytest.fixture
def pagina(home):
    return ContentPageFactory(parent=home, title="Over ons", slug="over-ons")


@pytest.fixture
def redis_weg(settings, cache_aan):
    settings.CACHES = redis_cache(vrije_poort())  # nothing listens there


@pytest.fixture
def bestandscache_kapot(settings, cache_aan, tmp_path):
    in_de_weg = tmp_path / "een-bestand"
    in_de_weg.write_text("geen map")
    settings.CACHES = {
        "default": {
            "BACKEND": "inclusie.productie.veilige_cache.VeiligeBestandsCache",
            "LOCATION": str(in_de_weg / "cache"),  # a folder inside a file: cannot be made
        }
    }


def stuur(client, pagina, tekst="De tweede zin is lang."):
    data = {"pagina": pagina.pk, "duidelijk": "nee", "tekst": tekst}
    return client.post("/reactie/", data, REMOTE_ADDR="10.9.9.9")


@pytest.mark.parametrize("storing", ["redis_weg", "bestandscache_kapot"])
def test_paginas_reacties_en_inloggen_werken_zonder_cache(
    client, request, pagina, redacteur, storing
):
    request.getfixturevalue(storing)
    for _ in range(2):  # the second time too: nothing was cached, nothing breaks
        assert client.get("/").status_code == 200
        assert client.get("/over-ons/").status_code == 200
    assert veilige_cache.cache_gestoord()

    for _ in range(MAX_PER_MINUUT):
        assert stuur(client, pagina).status_code == 200
    # The limit still holds, counted by this process alone.
    assert stuur(client, pagina, tekst="Mijn zesde opmerking.").status_code == 429
    from inclusie.feedback.models import Reactie

    assert Reactie.objects.filter(page=pagina).count() == MAX_PER_MINUUT

    antwoord = client.post(
        "/admin/login/", {"username": "redacteur", "password": "geheim-wachtwoord-123"}
    )
    assert antwoord.status_code == 302
    assert client.get("/admin/").status_code == 200

    gezond = client.get("/gezond/")
    assert gezond.status_code == 200
    assert gezond["X-Cache-Status"] == "gestoord"
    assert "de cache werkt niet" in gezond.content.decode()


def test_met_werkende_cache_zegt_gezond_dat_ook(client, home):
    gezond = client.get("/gezond/")
    assert gezond["X-Cache-Status"] == "werkt"
    assert gezond.content.decode().startswith("Gezond: de site en de database werken.")


def _redis_server():
    pad = shutil.which("redis-server")
    if pad is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server ontbreekt in CI; .ci/run installeert het.")
        pytest.skip("redis-server ontbreekt op deze machine: apt-get install redis-server")
    return pad


def test_de_site_herstelt_vanzelf_als_redis_terugkomt(client, settings, pagina, monkeypatch):
    redis = _redis_server()
    poort = vrije_poort()
    settings.CACHES = redis_cache(poort)
    monkeypatch.setattr(veilige_cache, "RUST_SECONDEN", 0.3)
    assert client.get("/over-ons/").status_code == 200
    assert client.get("/gezond/")["X-Cache-Status"] == "gestoord"

    server = subprocess.Popen(
        [redis, "--port", str(poort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", poort), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        time.sleep(0.4)  # the rest after the last failure is over
        gezond = client.get("/gezond/")
        assert gezond["X-Cache-Status"] == "werkt", gezond.content
        assert not veilige_cache.cache_gestoord()
        from django.core.cache import cache

        cache.set("terug", "ja")
        assert cache.get("terug") == "ja"
    finally:
        server.terminate()
        server.wait(timeout=10)
