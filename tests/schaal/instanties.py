"""Two production instances of the site, sharing one PostgreSQL and one Redis.

For the scale-out test: a fresh database of its own on the PostgreSQL server
that DATABASE_URL points at (the test database of pytest-django runs inside
transactions that other processes cannot see), a redis-server on a free port
on 127.0.0.1, one media folder shared by both instances (it stands in for
S3), and two gunicorn instances with the production settings, each in its own
process group so that one can be killed whole.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests import sjabloon
from tests.sjabloon import met_database

PROJECT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

BEHEERDER = "schaalbeheerder"
WACHTWOORD = "schaal-wachtwoord-7Qx!"

MAAK_BEHEERDER = f"""
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("{BEHEERDER}", "beheer@example.org", "{WACHTWOORD}")
"""


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


class Redis:
    def __init__(self, map_: Path):
        self.poort = vrije_poort()
        self.proces = subprocess.Popen(
            [shutil.which("redis-server"), "--port", str(self.poort), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(map_)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.poort), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server startte niet.")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.poort}/0"

    def stop(self):
        self.proces.terminate()
        self.proces.wait(timeout=10)


class Instantie:
    """One gunicorn master with its workers, on its own port."""

    def __init__(self, naam: str, env: dict, map_: Path, workers: int = 2):
        self.naam = naam
        self.poort = vrije_poort()
        self.basis = f"http://127.0.0.1:{self.poort}"
        self.log_pad = map_ / f"gunicorn-{naam}.log"
        self.log = open(self.log_pad, "w")
        self.proces = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "config.wsgi:application",
             "--bind", f"127.0.0.1:{self.poort}", "--workers", str(workers),
             "--no-control-socket", "--access-logfile", "-", "--error-logfile", "-"],
            env=env, cwd=PROJECT, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        for _ in range(300):
            try:
                urllib.request.urlopen(self.basis + "/gezond/", timeout=2)
                return
            except OSError:
                if self.proces.poll() is not None:
                    raise RuntimeError(self.log_pad.read_text()[-3000:]) from None
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn {naam} startte niet binnen 30 seconden.")

    def dood(self):
        """Kill the master and its workers at once, as a crashed machine would."""
        if self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGKILL)
            self.proces.wait(timeout=10)

    def stop(self):
        if self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGTERM)
            try:
                self.proces.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.dood()
        self.log.close()

    def serverfouten(self) -> list[str]:
        regels = self.log_pad.read_text(errors="replace").splitlines()
        return [r for r in regels if r.startswith("Traceback") or '" 5' in r]


class Opstelling:
    """The whole set-up: database, Redis, media, two instances. A context manager."""

    def __init__(self, server_url: str):
        self.server_url = server_url
        self.map = Path(tempfile.mkdtemp(prefix="inclusie-schaal-"))
        self.db_naam = f"inclusie_schaal_{secrets.token_hex(4)}"
        self.db_url = met_database(server_url, self.db_naam)
        self.redis = None
        self.instanties = {}
        self.duur = {}
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.db_url,
            "STATIC_ROOT": str(self.map / "static"),
            "MEDIA_ROOT": str(self.map / "media"),
            "SECURE_SSL_REDIRECT": "0",
            "BENCH": "1",
            "PYTHONUNBUFFERED": "1",
        }

    def sql(self, opdracht: str, database: str | None = None, waarden=()):
        import psycopg

        url = met_database(self.server_url, database) if database else self.db_url
        with psycopg.connect(url, autocommit=True) as verbinding:
            cursor = verbinding.execute(opdracht, waarden)
            return cursor.fetchall() if cursor.description else None

    def uitkomst(self, code: str) -> list[str]:
        """Run Python in the site's shell; the words of the last line it prints."""
        return self.manage("shell", "-c", code).strip().splitlines()[-1].split()

    def manage(self, *args: str, settings: str | None = None) -> str:
        env = self.env if settings is None else {**self.env, "DJANGO_SETTINGS_MODULE": settings}
        uitkomst = subprocess.run(
            [PYTHON, str(PROJECT / "manage.py"), *args],
            env=env, cwd=PROJECT, capture_output=True, text=True,
        )  # fmt: skip
        if uitkomst.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)}:\n{uitkomst.stderr[-3000:]}")
        return uitkomst.stdout

    def __enter__(self):
        try:
            # A copy of the run's migrated database (tests/sjabloon.py), if there is one;
            # the migrate below then only checks it.
            if not sjabloon.pg_kopie(self.db_naam):
                self.sql(f'CREATE DATABASE "{self.db_naam}"', database="postgres")
            self.redis = Redis(self.map)
            self.env["REDIS_URL"] = self.redis.url
            stappen = [
                ("migrate", lambda: self.manage("migrate", "--noinput", "-v0")),
                ("demo", lambda: self.manage("load_demo_content", settings="config.settings.dev")),
                ("beheerder", lambda: self.manage("shell", "-c", MAAK_BEHEERDER)),
                ("statisch", lambda: self.manage("collectstatic", "--noinput", "-v0")),
            ]
            for naam, stap in stappen:
                begin = time.monotonic()
                stap()
                self.duur[naam] = round(time.monotonic() - begin, 1)
            for naam in ("A", "B"):
                self.instanties[naam] = Instantie(naam, self.env, self.map)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc):
        for instantie in self.instanties.values():
            instantie.stop()
        if self.redis is not None:
            self.redis.stop()
        try:
            self.sql(f'DROP DATABASE IF EXISTS "{self.db_naam}" WITH (FORCE)', database="postgres")
        finally:
            shutil.rmtree(self.map, ignore_errors=True)
