"""Local development: debug on, static files served from the finders."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Template and CSS edits show at once; production (and `make bench`) cache pages.
PAGINACACHE_AAN = False

# The demo content and its commands (`make run`); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
