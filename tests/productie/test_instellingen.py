"""Production settings come from the environment, refuse unsafe values, and switch.

Each case imports config.settings.production in a fresh Python process with
its own environment, as gunicorn would.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from inclusie.productie.checks import weiger_onveilige_start

PROJECT = Path(__file__).resolve().parents[2]
SLEUTEL = "k3y-voor-tests-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF"
GELDIG = {"SECRET_KEY": SLEUTEL, "ALLOWED_HOSTS": "vip-almere.example"}
# Reading a setting imports the settings module, as gunicorn does; the apps
# need not load for that (django.setup() would add two seconds per case).
LEZER = """
import json, sys
from django.conf import settings
print(json.dumps({naam: getattr(settings, naam, None) for naam in sys.argv[1:]}, default=str))
"""
LEEG = [
    "DEBUG",
    "DJANGO_DEBUG",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "REDIS_URL",
    "DATABASE_URL",
]
LEEG += ["AWS_STORAGE_BUCKET_NAME", "BEHIND_PROXY", "FRONTENDCACHE_HTTP_URL", "CLOUDFLARE_ZONEID"]


def _draai(env: dict, *args: str) -> subprocess.CompletedProcess:
    omgeving = {k: v for k, v in os.environ.items() if k not in LEEG}
    omgeving.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env})
    return subprocess.run(
        [sys.executable, *args], env=omgeving, cwd=PROJECT, capture_output=True, text=True
    )


def instellingen(env: dict, *namen: str) -> dict:
    uit = _draai(env, "-c", LEZER, *namen)
    assert uit.returncode == 0, uit.stderr
    return json.loads(uit.stdout)


@pytest.mark.parametrize(
    "env, melding",
    [
        ({**GELDIG, "DEBUG": "1"}, "DEBUG staat aan"),
        ({"ALLOWED_HOSTS": "vip-almere.example"}, "SECRET_KEY ontbreekt"),
        (
            {**GELDIG, "SECRET_KEY": "alleen-voor-ontwikkeling-niet-in-productie"},
            "SECRET_KEY ontbreekt of is de voorbeeldsleutel",
        ),
        ({**GELDIG, "SECRET_KEY": "te-kort"}, "SECRET_KEY is te kort"),
        ({"SECRET_KEY": SLEUTEL}, "ALLOWED_HOSTS ontbreekt"),
    ],
)
def test_productie_weigert_onveilige_omgeving(env, melding):
    uit = _draai(env, "-c", LEZER, "DEBUG")
    assert uit.returncode != 0
    assert "ImproperlyConfigured" in uit.stderr
    assert melding in uit.stderr


def test_standaard_productie_instellingen():
    waarden = instellingen(
        GELDIG,
        "DEBUG",
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY",
        "SECURE_HSTS_SECONDS",
        "SECURE_SSL_REDIRECT",
        "CACHES",
        "STORAGES",
        "SECURE_PROXY_SSL_HEADER",
        "INSTALLED_APPS",
        "DATABASES",
    )
    assert waarden["DEBUG"] is False
    # SQLite with several workers: WAL, and wait for the write lock instead of failing.
    opties = waarden["DATABASES"]["default"]["OPTIONS"]
    assert opties["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in opties["init_command"]
    assert waarden["ALLOWED_HOSTS"] == ["vip-almere.example"]
    assert waarden["CSRF_TRUSTED_ORIGINS"] == ["https://vip-almere.example"]
    for naam in ("SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE"):
        assert waarden[naam] is True
    assert waarden["CSRF_COOKIE_HTTPONLY"] is True
    assert waarden["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert waarden["SECURE_SSL_REDIRECT"] is True
    # Without Redis a cache that all gunicorn workers on this machine share.
    # Serves as an empty cache when its folder cannot be written (veilige_cache).
    assert waarden["CACHES"]["default"]["BACKEND"].endswith("VeiligeBestandsCache")
    assert waarden["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert waarden["STORAGES"]["staticfiles"]["BACKEND"].endswith(
        "CompressedManifestStaticFilesStorage"
    )
    assert waarden["SECURE_PROXY_SSL_HEADER"] is None
    assert "wagtail.contrib.frontend_cache" not in waarden["INSTALLED_APPS"]


def test_omgeving_schakelt_redis_s3_proxy_en_cdn_in():
    waarden = instellingen(
        {
            **GELDIG,
            "REDIS_URL": "redis://127.0.0.1:6379/1",
            "AWS_STORAGE_BUCKET_NAME": "vip-media",
            "AWS_S3_CUSTOM_DOMAIN": "media.vip-almere.example",
            "BEHIND_PROXY": "1",
            "FRONTENDCACHE_HTTP_URL": "http://127.0.0.1:8080",
            "DATABASE_URL": "postgres://vip:geheim@db.intern:5432/vip",
        },
        "CACHES",
        "STORAGES",
        "AWS_STORAGE_BUCKET_NAME",
        "SECURE_PROXY_SSL_HEADER",
        "USE_X_FORWARDED_HOST",
        "WAGTAILFRONTENDCACHE",
        "INSTALLED_APPS",
        "CONTENT_SECURITY_POLICY",
        "DATABASES",
        "PAGINACACHE_CDN_MAX_AGE",
    )
    cache = waarden["CACHES"]["default"]
    assert cache["BACKEND"] == "inclusie.productie.veilige_cache.VeiligeRedisCache"
    assert cache["OPTIONS"]["socket_connect_timeout"] <= 1
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/1"
    assert waarden["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert waarden["AWS_STORAGE_BUCKET_NAME"] == "vip-media"
    assert waarden["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert waarden["USE_X_FORWARDED_HOST"] is True
    assert waarden["WAGTAILFRONTENDCACHE"]["http"]["LOCATION"] == "http://127.0.0.1:8080"
    assert "wagtail.contrib.frontend_cache" in waarden["INSTALLED_APPS"]
    assert waarden["PAGINACACHE_CDN_MAX_AGE"] == 300
    img = waarden["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://media.vip-almere.example" in img
    db = waarden["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert "transaction_mode" not in db.get("OPTIONS", {})
    assert (db["HOST"], db["NAME"], db["CONN_MAX_AGE"]) == ("db.intern", "vip", 60)


def test_check_deploy_meldt_niets(tmp_path):
    env = {**GELDIG, "DATABASE_URL": f"sqlite:///{tmp_path / 'leeg.sqlite3'}"}
    uit = _draai(env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert uit.returncode == 0, uit.stdout + uit.stderr
    assert "System check identified no issues" in uit.stdout


@pytest.mark.django_db
def test_demo_beheerder_blokkeert_productie(settings):
    settings.INCLUSIE_PRODUCTIE = True
    call_command("check")  # no demo account: fine
    weiger_onveilige_start()
    call_command("maak_demo_beheerder", stdout=open(os.devnull, "w"))
    with pytest.raises(SystemCheckError, match="inclusie.E001"):
        call_command("check")
    with pytest.raises(ImproperlyConfigured, match="demo-beheeraccount"):
        weiger_onveilige_start()
    get_user_model().objects.filter(username="admin").delete()
    call_command("check")


@pytest.mark.django_db
def test_demo_beheerder_mag_buiten_productie(settings):
    settings.INCLUSIE_PRODUCTIE = False
    call_command("maak_demo_beheerder", stdout=open(os.devnull, "w"))
    call_command("check")
    weiger_onveilige_start()


def test_collectstatic_maakt_gecomprimeerde_bestanden_met_hash(tmp_path):
    """The manifest storage must digest every CSS file, also NL Design System's url()s."""
    env = {**GELDIG, "STATIC_ROOT": str(tmp_path / "static")}
    uit = _draai(env, "manage.py", "collectstatic", "--noinput", "-v0")
    assert uit.returncode == 0, uit.stderr[-2000:]
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
    for bron in ("nlds/html.css", "css/site.css", "css/tokens.css"):
        gehasht = manifest[bron]
        assert gehasht != bron
        assert (tmp_path / "static" / (gehasht + ".gz")).exists()


def test_productie_installeert_de_demo_niet_dev_en_test_wel(tmp_path):
    """Demo content, its commands and the demo account never reach production."""
    productie = instellingen(GELDIG, "INSTALLED_APPS")["INSTALLED_APPS"]
    assert "demo" not in productie
    assert not any(app.startswith("demo") for app in productie)
    leeg = {"DATABASE_URL": f"sqlite:///{tmp_path / 'leeg.sqlite3'}"}
    uit = _draai({**GELDIG, **leeg}, "manage.py", "load_demo_content")
    assert uit.returncode != 0
    assert "Unknown command: 'load_demo_content'" in uit.stderr
    for module in ("config.settings.dev", "config.settings.test"):
        env = {"DJANGO_SETTINGS_MODULE": module}
        assert "demo" in instellingen(env, "INSTALLED_APPS")["INSTALLED_APPS"]


def test_make_run_laadt_de_demo_met_de_dev_instellingen():
    """`make run` uses manage.py's default settings, and those install the demo."""
    makefile = (PROJECT / "Makefile").read_text()
    run = makefile[makefile.index("\nrun:") : makefile.index("\ntest:")]
    assert "manage.py load_demo_content" in run
    assert "manage.py maak_demo_beheerder" in run
    assert '"config.settings.dev"' in (PROJECT / "manage.py").read_text()
