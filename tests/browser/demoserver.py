"""One demo server for the whole test run (a pytest plugin, `-p` in pyproject.toml).

Building the demo site takes half a minute: migrate (a copy of the run's
migrated database, tests/sjabloon.py), load the demo content, make the demo
admin. The main pytest process starts that at once in a
background thread when the run includes browser tests, so it overlaps with
the workers setting up their own test databases. The workers find the server
through a folder named in an environment variable, and the main process stops
it at the end. Everything listens on 127.0.0.1 only.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from tests import sjabloon

PROJECT = Path(__file__).resolve().parents[2]
BROWSER_MAP = Path(__file__).resolve().parent
OMGEVING = "INCLUSIE_DEMOSERVER_MAP"
WACHTTIJD = 600  # seconds a test waits for the server at most

BOUWEN = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content")
call_command("maak_demo_beheerder")

# One account per role, for browser tests that log in as a ViP lid, the Gemeente or a Meelezer.
from django.contrib.auth.models import Group, User
from demo.management.commands.maak_demo_beheerder import DEMO_WACHTWOORD
from inclusie.rollen import ROLLEN
for rol in ROLLEN:
    gebruiker, _ = User.objects.get_or_create(username="rol-" + rol.lower().replace(" ", "-"))
    gebruiker.first_name = rol
    gebruiker.set_password(DEMO_WACHTWOORD)
    gebruiker.save()
    gebruiker.groups.set([Group.objects.get(name=rol)])
"""


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _omgeving(map_: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{map_ / 'demo.sqlite3'}",
        "TEST_MEDIA_ROOT": str(map_ / "media"),
        "FEEDBACK_MAX_PER_MINUUT": "1000",
        "SQLITE_WACHTEN": "30",
    }


class DemoServer:
    def __init__(self, map_: Path | None = None):
        self.map = map_ or Path(tempfile.mkdtemp(prefix="inclusie-browser-"))
        self.poort = _vrije_poort()
        self.basis = f"http://127.0.0.1:{self.poort}"
        self.proces = None
        self.env = _omgeving(self.map)

    def start(self):
        manage = [sys.executable, str(PROJECT / "manage.py")]
        # The run's migrated database (tests/sjabloon.py), when there is one:
        # the migrate below then only confirms that nothing is missing.
        sjabloon.sqlite_kopie(self.map / "demo.sqlite3")
        # The demo admin account lets tests/browser/test_redactie.py check the admin.
        subprocess.run(
            manage + ["shell", "-c", BOUWEN],
            env=self.env,
            check=True,
            cwd=PROJECT,
            capture_output=True,
        )
        self.log = open(self.map / "server.log", "w")
        self.proces = subprocess.Popen(
            manage + ["runserver", f"127.0.0.1:{self.poort}", "--noreload"],
            env=self.env,
            cwd=PROJECT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        for _ in range(150):
            try:
                urllib.request.urlopen(self.basis + "/", timeout=2)
                return
            except OSError:
                if self.proces.poll() is not None:
                    raise RuntimeError((self.map / "server.log").read_text()) from None
                time.sleep(0.2)
        raise RuntimeError("De demoserver antwoordt niet.")

    def start_en_meld(self):
        """For the background thread: say in the folder whether it worked."""
        try:
            self.start()
        except Exception as fout:  # noqa: BLE001 (reported to the tests that need it)
            uitleg = getattr(fout, "stderr", b"") or b""
            if isinstance(uitleg, bytes):
                uitleg = uitleg.decode(errors="replace")
            (self.map / "fout").write_text(f"{fout}\n{uitleg[-4000:]}")
        else:
            (self.map / "klaar").write_text(self.basis)

    def stop(self):
        if self.proces is not None:
            self.proces.terminate()
            self.proces.wait(timeout=10)
            self.log.close()
        shutil.rmtree(self.map, ignore_errors=True)


def gedeelde_server() -> str | None:
    """The base URL of the run's server, waiting until it is ready; None if there is none."""
    map_ = os.environ.get(OMGEVING)
    if not map_:
        return None
    map_ = Path(map_)
    einde = time.monotonic() + WACHTTIJD
    while time.monotonic() < einde:
        if (map_ / "klaar").exists():
            return (map_ / "klaar").read_text()
        if (map_ / "fout").exists():
            raise RuntimeError("De demoserver start niet:\n" + (map_ / "fout").read_text())
        time.sleep(0.2)
    raise RuntimeError("De demoserver was na tien minuten nog niet klaar.")


def in_demoserver(code: str) -> str:
    """Run Python in the demo server's database (its shell); the last line it prints.

    For a browser test that needs content of its own, made beside the demo
    rather than by changing what other tests read.
    """
    map_ = os.environ.get(OMGEVING)
    if not map_:
        raise RuntimeError("Er draait geen demoserver voor deze testrun.")
    uitkomst = subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), "shell", "-c", code],
        env=_omgeving(Path(map_)),
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    if uitkomst.returncode != 0:
        raise RuntimeError(uitkomst.stderr[-3000:])
    return uitkomst.stdout.strip().splitlines()[-1]


def browser_verplicht() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or bool(
        os.environ.get("BROWSER_TESTS_REQUIRED")
    )


def chromium_pad() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _browsertests_gevraagd(config) -> bool:
    if chromium_pad() is None and not browser_verplicht():
        return False  # the browser tests skip; no need to build
    if "not browser" in (config.option.markexpr or ""):
        return False
    for arg in config.args:
        pad = Path(arg.split("::")[0]).resolve()
        if pad == BROWSER_MAP or BROWSER_MAP in pad.parents or pad in BROWSER_MAP.parents:
            return True
    return False


def pytest_configure(config):
    if hasattr(config, "workerinput") or os.environ.get(OMGEVING):
        return  # a worker: it uses the main process's server
    if not _browsertests_gevraagd(config):
        return
    sjabloon.start_in_hoofdproces(config)
    server = DemoServer()
    # Workers start after this hook and inherit the environment.
    os.environ[OMGEVING] = str(server.map)
    config._inclusie_demoserver = server
    threading.Thread(target=server.start_en_meld, daemon=True).start()


def pytest_unconfigure(config):
    server = getattr(config, "_inclusie_demoserver", None)
    if server is not None:
        server.stop()
        os.environ.pop(OMGEVING, None)
