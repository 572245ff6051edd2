"""One migrated database per test run, copied for every worker (a pytest plugin).

Migrating an empty database runs 224 migrations and takes 15 to 25 seconds.
Without this plugin each pytest-xdist worker migrates its own test database
and the browser suite's demo server migrates a third. Here the main pytest
process migrates once, at the start, in the background: a SQLite file (the
demo server copies it) and, when DATABASE_URL names PostgreSQL, also a
PostgreSQL template database. Each worker then gets a copy: a file copy on
SQLite, `CREATE DATABASE ... TEMPLATE` on PostgreSQL, which take a moment.
pytest-django then finds the database in place (keepdb) and only checks that
no migration is missing, so a migration added to the code is still applied.

Workers find the templates through a folder named in an environment
variable; the main process removes the folder and the databases at the end.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

PROJECT = Path(__file__).resolve().parents[1]
OMGEVING = "INCLUSIE_SJABLOON_MAP"
WACHTTIJD = 600  # seconds a worker waits for the template at most
SQLITE_NAAM = "sjabloon.sqlite3"


def _postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def met_database(url: str, naam: str) -> str:
    return urlunparse(urlparse(url)._replace(path="/" + naam))


def _pg_sjabloon_naam(url: str) -> str:
    return f"test_{urlparse(url).path.lstrip('/')}_sjabloon"


def _pg_beheer(url: str, *opdrachten: str) -> None:
    """Run statements on the server's maintenance database (outside a transaction)."""
    import psycopg

    with psycopg.connect(met_database(url, "postgres"), autocommit=True) as verbinding:
        for opdracht in opdrachten:
            verbinding.execute(opdracht)


def _migreer(database_url: str) -> None:
    subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), "migrate", "--noinput", "-v0"],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url,
        },
        cwd=PROJECT,
        check=True,
        capture_output=True,
        text=True,
    )


class Sjabloon:
    """The main process's side: build the templates, and clean up afterwards."""

    def __init__(self):
        basis = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        self.map = Path(tempfile.mkdtemp(prefix="inclusie-sjabloon-", dir=basis))
        self.pg_url = _postgres_url()

    def bouw(self, soort: str) -> None:
        try:
            if soort == "sqlite":
                _migreer(f"sqlite:///{self.map / SQLITE_NAAM}")
            else:
                naam = _pg_sjabloon_naam(self.pg_url)
                _pg_beheer(
                    self.pg_url, f'DROP DATABASE IF EXISTS "{naam}"', f'CREATE DATABASE "{naam}"'
                )
                _migreer(met_database(self.pg_url, naam))
        except Exception as fout:  # noqa: BLE001 (reported to the workers that wait for it)
            uitleg = getattr(fout, "stderr", "") or ""
            (self.map / f"fout-{soort}").write_text(f"{fout}\n{uitleg[-4000:]}")
        else:
            (self.map / f"klaar-{soort}").write_text("")

    def start(self) -> None:
        soorten = ["sqlite"] + (["postgres"] if self.pg_url else [])
        for soort in soorten:
            threading.Thread(target=self.bouw, args=(soort,), daemon=True).start()

    def ruim_op(self) -> None:
        if self.pg_url:
            kopieen = self.map / "pg-kopieen"
            namen = [_pg_sjabloon_naam(self.pg_url)]
            namen += kopieen.read_text().split() if kopieen.exists() else []
            try:
                _pg_beheer(
                    self.pg_url, *(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in namen)
                )
            except Exception:  # noqa: BLE001 (the server may be gone already)
                pass
        shutil.rmtree(self.map, ignore_errors=True)


def start_in_hoofdproces(config) -> None:
    """Start building, once per run, in the main process (also called by the demo server)."""
    if hasattr(config, "workerinput") or os.environ.get(OMGEVING):
        return
    sjabloon = Sjabloon()
    os.environ[OMGEVING] = str(sjabloon.map)  # workers start later and inherit it
    config._inclusie_sjabloon = sjabloon
    sjabloon.start()


def pytest_configure(config):
    start_in_hoofdproces(config)


def pytest_unconfigure(config):
    sjabloon = getattr(config, "_inclusie_sjabloon", None)
    if sjabloon is not None:
        sjabloon.ruim_op()
        os.environ.pop(OMGEVING, None)


def wacht_op(soort: str) -> Path | None:
    """The template's folder once `soort` ("sqlite" or "postgres") is built; None without one."""
    map_ = os.environ.get(OMGEVING)
    if not map_:
        return None
    map_ = Path(map_)
    einde = time.monotonic() + WACHTTIJD
    while time.monotonic() < einde:
        if (map_ / f"klaar-{soort}").exists():
            return map_
        if (map_ / f"fout-{soort}").exists():
            raise RuntimeError(
                "De gemigreerde database voor de tests is niet gelukt:\n"
                + (map_ / f"fout-{soort}").read_text()
            )
        time.sleep(0.1)
    raise RuntimeError("De gemigreerde database voor de tests was na tien minuten niet klaar.")


def sqlite_kopie(doel: Path) -> bool:
    """Copy the migrated SQLite file to `doel`; False when this run has no template."""
    map_ = wacht_op("sqlite")
    if map_ is None:
        return False
    shutil.copyfile(map_ / SQLITE_NAAM, doel)
    return True


def zet_testdatabase_klaar(werker: str) -> bool:
    """Put a copy of the template where pytest-django will look for this process's database.

    Called after pytest-django gave the worker its database name. Returns
    whether a copy was made (then the database must be kept, not created).
    """
    from django.conf import settings

    db = settings.DATABASES["default"]
    test = db.setdefault("TEST", {})
    if db["ENGINE"] == "django.db.backends.sqlite3":
        map_ = os.environ.get(OMGEVING)
        if not map_:
            return False
        doel = Path(map_) / f"test-{werker}.sqlite3"
        if not sqlite_kopie(doel):
            return False
        test["NAME"] = str(doel)
        return True
    if db["ENGINE"] == "django.db.backends.postgresql":
        url = _postgres_url()
        if url is None:
            return False
        naam = test.get("NAME") or f"test_{db['NAME']}"
        if not pg_kopie(naam):
            return False
        test["NAME"] = naam
        return True
    return False


def pg_kopie(naam: str) -> bool:
    """Make database `naam` as a copy of this run's PostgreSQL template (DATABASE_URL's server).

    False when the run has none (then the caller migrates as before). The main
    process drops the copy at the end of the run.
    """
    url = _postgres_url()
    map_ = wacht_op("postgres") if url else None
    if map_ is None:
        return False
    sjabloon = _pg_sjabloon_naam(url)
    for poging in range(20):  # a template serves one copy at a time
        try:
            _pg_beheer(
                url,
                f'DROP DATABASE IF EXISTS "{naam}"',
                f'CREATE DATABASE "{naam}" TEMPLATE "{sjabloon}"',
            )
            break
        except Exception:
            if poging == 19:
                raise
            time.sleep(0.5)
    with open(map_ / "pg-kopieen", "a") as lijst:
        lijst.write(naam + "\n")
    return True
