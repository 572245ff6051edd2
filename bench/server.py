"""Start the site as in production, on 127.0.0.1 only, with the demo content.

A temporary folder holds a fresh SQLite database (migrate + load_demo_content),
the collected static files, media and the file cache. gunicorn runs with two
workers and production settings (DEBUG off); BENCH=1 adds the floor view and
the X-Query-Count header. Everything is removed again afterwards.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

ONTDEK = r"""
import json
from django.apps import apps
from wagtail.models import Page

def eerste(label, **filters):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return model.objects.live().filter(locale__language_code="nl", **filters).first()

urls = {"home": "/"}
for naam, label in [
    ("gewone_pagina", "inclusie.ContentPage"),
    ("agenda", "agenda.AgendaPage"),
    ("onderwerp", "agenda.OnderwerpPage"),
    ("cafe_index", "campagnes.CafeIndexPage"),
    ("cafe", "campagnes.BijeenkomstPage"),
    ("campagne", "campagnes.CampagnePage"),
    ("poster", "campagnes.PosterPage"),
]:
    pagina = eerste(label)
    if pagina is not None:
        urls[naam] = pagina.get_url()
if "agenda" in urls:
    try:
        thema = apps.get_model("agenda.Thema").objects.order_by("pk").first()
        if thema is not None:
            urls["agenda_filter"] = urls["agenda"] + f"?thema={thema.pk}&sorteer=nummer"
    except LookupError:
        pass
try:
    reactie = apps.get_model("inclusie.Reactie")
except LookupError:
    reactie = None
# The miss storm: 20 different pages, the first request to each after a publish.
storm = [
    p.get_url() for p in Page.objects.live().filter(
        locale__language_code="nl", depth__gt=1).order_by("path")[:20]
]
print(json.dumps({"urls": urls, "storm": storm, "aantal_onderwerpen": (
    apps.get_model("agenda.OnderwerpPage").objects.live().filter(
        locale__language_code="nl").count() if "onderwerp" in urls else 0),
    "feedback": reactie is not None}))
"""

NIEUWE_GENERATIE = (
    "from inclusie.productie.paginacache import verhoog_generatie\nverhoog_generatie()"
)

TEL_REACTIES = (
    "from django.apps import apps\nprint(apps.get_model('inclusie.Reactie').objects.count())"
)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BenchServer:
    def __init__(self, workers: int = 2, log=print):
        self.workers = workers
        self.log = log
        self.map = Path(tempfile.mkdtemp(prefix="inclusie-bench-"))
        self.poort = _vrije_poort()
        self.basis = f"http://127.0.0.1:{self.poort}"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"sqlite:///{self.map / 'bench.sqlite3'}",
            "STATIC_ROOT": str(self.map / "static"),
            "MEDIA_ROOT": str(self.map / "media"),
            "CACHE_DIR": str(self.map / "cache"),
            "SECURE_SSL_REDIRECT": "0",  # plain HTTP on 127.0.0.1; TLS is the proxy's job
            "BENCH": "1",
            "PYTHONUNBUFFERED": "1",
        }
        self.proces = None
        self.info = {}

    def manage(self, *args: str, uitvoer: bool = False, settings: str | None = None) -> str:
        env = self.env if settings is None else {**self.env, "DJANGO_SETTINGS_MODULE": settings}
        resultaat = subprocess.run(
            [PYTHON, str(PROJECT / "manage.py"), *args],
            env=env,
            cwd=PROJECT,
            capture_output=True,
            text=True,
        )
        if resultaat.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} faalde:\n{resultaat.stderr[-3000:]}")
        return resultaat.stdout

    def voorbereiden(self) -> None:
        start = time.monotonic()
        self.log("Database klaarzetten (migrate + load_demo_content)...")
        self.manage("migrate", "--noinput", "-v0")
        # The demo app is not installed in production: load it with the dev
        # settings into the same database, then serve with production's.
        self.manage("load_demo_content", settings="config.settings.dev")
        self.log("Statische bestanden verzamelen (collectstatic)...")
        self.manage("collectstatic", "--noinput", "-v0")
        self.info = json.loads(self.manage("shell", "-c", ONTDEK).strip().splitlines()[-1])
        self.log(f"Klaar in {time.monotonic() - start:.0f} s.")

    def start(self) -> None:
        self.log_bestand = open(self.map / "gunicorn.log", "w")
        self.proces = subprocess.Popen(
            [
                PYTHON, "-m", "gunicorn", "config.wsgi:application",
                "--bind", f"127.0.0.1:{self.poort}",
                "--workers", str(self.workers),
                "--no-control-socket",
                "--access-logfile", "-",
                "--error-logfile", "-",
            ],
            env=self.env, cwd=PROJECT, stdout=self.log_bestand, stderr=subprocess.STDOUT,
        )  # fmt: skip
        for _ in range(200):
            try:
                urllib.request.urlopen(self.basis + "/gezond/", timeout=2)
                return
            except OSError:
                if self.proces.poll() is not None:
                    raise RuntimeError((self.map / "gunicorn.log").read_text()[-3000:]) from None
                time.sleep(0.1)
        raise RuntimeError("gunicorn startte niet binnen 20 seconden.")

    def worker_pids(self) -> list[int]:
        kinderen = Path(f"/proc/{self.proces.pid}/task/{self.proces.pid}/children")
        return [int(p) for p in kinderen.read_text().split()]

    def cpu_seconden(self) -> float:
        """utime + stime of the gunicorn workers, from /proc/<pid>/stat."""
        tik = os.sysconf("SC_CLK_TCK")
        totaal = 0
        for pid in self.worker_pids():
            velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            totaal += int(velden[11]) + int(velden[12])  # utime, stime
        return totaal / tik

    def publiceer(self) -> None:
        """What a publish does to the caches: a new generation, every page and part stale."""
        self.manage("shell", "-c", NIEUWE_GENERATIE)

    def aantal_reacties(self) -> int | None:
        if not self.info.get("feedback"):
            return None
        return int(self.manage("shell", "-c", TEL_REACTIES).strip().splitlines()[-1])

    def serverfouten(self) -> list[str]:
        """Access-log lines with a 5xx status, and the last line of each traceback."""
        regels = (self.map / "gunicorn.log").read_text(errors="replace").splitlines()
        fouten, in_traceback = [], False
        for regel in regels:
            if regel.startswith("Traceback"):
                in_traceback = True
            elif in_traceback and regel and not regel[0].isspace():
                if not regel.startswith(("During handling", "The above exception")):
                    fouten.append(regel)
                    in_traceback = False
            elif '" 5' in regel:
                fouten.append(regel)
        return fouten

    def stop(self) -> None:
        if self.proces is not None and self.proces.poll() is None:
            self.proces.terminate()
            try:
                self.proces.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proces.kill()
        if getattr(self, "log_bestand", None):
            self.log_bestand.close()

    def __enter__(self):
        try:
            self.voorbereiden()
            self.start()
        except BaseException:
            self.stop()
            shutil.rmtree(self.map, ignore_errors=True)
            raise
        return self

    def __exit__(self, *exc):
        self.stop()
        shutil.rmtree(self.map, ignore_errors=True)
