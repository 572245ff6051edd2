"""Backup and restore: the database (pg_dump or SQLite's backup API) plus media.

A backup is a folder with `database.dump` (PostgreSQL, custom format) or
`database.sqlite3` (SQLite), `media.tar.gz` and `backup.txt` (what, when).
The restore puts both back; for PostgreSQL into the database you name, which
may be a new empty one. Stop the site (or take it out of the proxy) first.
"""

import datetime
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path
from urllib.parse import quote

import dj_database_url
from django.conf import settings
from django.db import connections

PG_DUMP = "database.dump"
SQLITE_DUMP = "database.sqlite3"
MEDIA = "media.tar.gz"


class BackupFout(Exception):
    """Something a person must fix: said in Dutch, without a traceback."""


def database_instellingen(database_url: str | None = None) -> dict:
    if database_url:
        return dj_database_url.parse(database_url)
    return connections["default"].settings_dict


def is_postgres(db: dict) -> bool:
    return "postgresql" in db["ENGINE"]


def _libpq_url(db: dict) -> str:
    gebruiker = quote(db.get("USER") or "", safe="")
    wachtwoord = quote(str(db.get("PASSWORD") or ""), safe="")
    login = f"{gebruiker}:{wachtwoord}@" if wachtwoord else (f"{gebruiker}@" if gebruiker else "")
    host = db.get("HOST") or ""
    poort = f":{db['PORT']}" if db.get("PORT") else ""
    if host.startswith("/"):  # a Unix socket folder
        return f"postgresql://{login}/{quote(db['NAME'])}?host={quote(host)}" + (
            f"&port={db['PORT']}" if db.get("PORT") else ""
        )
    return f"postgresql://{login}{host}{poort}/{quote(db['NAME'])}"


def _programma(naam: str) -> str:
    pad = shutil.which(naam)
    if pad is None:
        raise BackupFout(
            f"{naam} ontbreekt. Installeer de PostgreSQL-programma's "
            "(bijvoorbeeld: apt-get install postgresql-client)."
        )
    return pad


def _draai(opdracht: list[str]) -> None:
    try:
        subprocess.run(opdracht, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as fout:
        raise BackupFout(
            f"{Path(opdracht[0]).name} is mislukt: {fout.stderr.strip() or fout.returncode}"
        ) from fout


def _media_map() -> Path | None:
    """Only local media are in the backup; on S3 the bucket keeps its own versions."""
    opslag = settings.STORAGES["default"]["BACKEND"]
    if not opslag.endswith("FileSystemStorage"):
        return None
    return Path(settings.MEDIA_ROOT)


def maak_backup(map_: Path, database_url: str | None = None) -> list[str]:
    map_.mkdir(parents=True, exist_ok=True)
    db = database_instellingen(database_url)
    gemaakt = []
    if is_postgres(db):
        _draai(
            [_programma("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
             f"--file={map_ / PG_DUMP}", _libpq_url(db)]
        )  # fmt: skip
        gemaakt.append(PG_DUMP)
    else:
        doel = sqlite3.connect(map_ / SQLITE_DUMP)
        try:
            if database_url:
                bron = sqlite3.connect(db["NAME"])
            else:
                connections["default"].ensure_connection()
                bron = connections["default"].connection
            bron.backup(doel)
        finally:
            doel.close()
        gemaakt.append(SQLITE_DUMP)

    media = _media_map()
    if media is not None:
        with tarfile.open(map_ / MEDIA, "w:gz") as tar:
            if media.exists():
                tar.add(media, arcname="media")
        gemaakt.append(MEDIA)
    (map_ / "backup.txt").write_text(
        f"Gemaakt: {datetime.datetime.now().isoformat(timespec='seconds')}\n"
        f"Database: {'PostgreSQL' if is_postgres(db) else 'SQLite'}\n"
        f"Bestanden: {', '.join(gemaakt)}\n",
        encoding="utf-8",
    )
    return gemaakt


def zet_terug(map_: Path, database_url: str | None = None, media: bool = True) -> list[str]:
    db = database_instellingen(database_url)
    teruggezet = []
    if is_postgres(db):
        dump = map_ / PG_DUMP
        if not dump.exists():
            raise BackupFout(f"{dump} ontbreekt: dit is geen PostgreSQL-backup.")
        _draai(
            [_programma("pg_restore"), "--clean", "--if-exists", "--no-owner",
             "--no-privileges", "--exit-on-error", "--single-transaction",
             f"--dbname={_libpq_url(db)}", str(dump)]
        )  # fmt: skip
    else:
        dump = map_ / SQLITE_DUMP
        if not dump.exists():
            raise BackupFout(f"{dump} ontbreekt: dit is geen SQLite-backup.")
        if not database_url:
            connections["default"].close()
        bron = sqlite3.connect(dump)
        doel = sqlite3.connect(db["NAME"])
        try:
            bron.backup(doel)
        finally:
            bron.close()
            doel.close()
    teruggezet.append(dump.name)

    media_map = _media_map()
    tarbal = map_ / MEDIA
    if media and media_map is not None and tarbal.exists():
        media_map.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tarbal, "r:gz") as tar:
            for lid in tar.getmembers():
                if not lid.name.startswith("media"):
                    continue
                lid.name = os.path.relpath(lid.name, "media")
                if lid.name != ".":
                    tar.extract(lid, media_map, filter="data")
        teruggezet.append(MEDIA)
    return teruggezet
