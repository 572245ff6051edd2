"""Settings for the test suite: fast hashing, in-memory cache, no manifest."""

import os

from .base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/inclusie-test-media"))  # noqa: F405
# Playwright's sync API runs an event loop in the test thread; the live server
# and ORM calls next to it are safe because they run in their own threads.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Django's test client logs in without a request, which django-axes refuses;
# the throttling tests switch it on themselves.
AXES_ENABLED = False
# Page-cache hits would hide the query counts that the page tests measure;
# tests/productie switch it on where they test it.
PAGINACACHE_AAN = False

# The browser suite shows demo images; see config/urls.py.
SERVE_MEDIA = True
# The browser suite's demo server posts more remarks than a reader would;
# its conftest raises the limit, the unit tests keep the real one (5).
FEEDBACK_MAX_PER_MINUUT = int(os.environ.get("FEEDBACK_MAX_PER_MINUUT", "5"))
# The demo server is one SQLite file that its threads and the tests' helpers
# write at the same time. A transaction that starts as a read and then writes
# fails at once with "database is locked" when another one holds the lock;
# IMMEDIATE takes the lock at BEGIN and waits for it, as in production.py.
if os.environ.get("SQLITE_WACHTEN") and DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        {"transaction_mode": "IMMEDIATE", "timeout": int(os.environ["SQLITE_WACHTEN"])}
    )

# The demo content: several tests and the browser suite read it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
