"""Settings shared by every environment.

Environment-specific modules (dev, test, production) import from here and only
change what differs, so that a setting has one home.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent  # config/
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "alleen-voor-ontwikkeling-niet-in-productie")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    # Content types first: tests with serialized_rollback restore the database
    # in this order, and Wagtail's Task.__init__ looks up its content type; if
    # that table is still empty it creates a row that clashes a moment later.
    "django.contrib.contenttypes",
    "inclusie",
    "agenda",
    "campagnes",
    "volgen",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch is the source language. It must be set before the first migrate,
# otherwise Wagtail creates its default locale in English.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
# The CDN purge (inclusie.zuiveren) names each translation's own URL; Wagtail
# would otherwise also guess /nl/... and /ar/... copies of every path.
WAGTAILFRONTENDCACHE_LANGUAGES = []
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
RTL_LANGUAGES = {"ar"}
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# NL Design System CSS comes from npm (package-lock.json pins it).
STATICFILES_DIRS = [
    ("nlds", BASE_DIR / "node_modules" / "@utrecht" / "component-library-css" / "dist"),
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Inclusie Agenda Almere"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Dutch stemming on PostgreSQL; on SQLite the stemmed field (inclusie.zoekstam) does it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "dutch"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "vtt", "mp4"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

SITE_DESCRIPTION = _("De website van de ViP over de Lokale Inclusie Agenda van Almere.")

# --- Café sign-up (campagnes/aanmeldingen/). ------------------------------------
# Days after a café until the daily task (manage.py dagelijkse_taken) wipes the
# name, contact, remark and "iets anders" of its sign-ups; the counts stay.
AANMELDINGEN_BEWAARDAGEN = int(os.environ.get("AANMELDINGEN_BEWAARDAGEN", "30"))
# Sign-up posts per minute per address (inclusie.tempo).
AANMELDEN_MAX_PER_MINUUT = int(os.environ.get("AANMELDEN_MAX_PER_MINUUT", "5"))
# How many days before a café the ViP must arrange each need: an interpreter
# is booked weeks ahead, a quiet spot a few days. Keys are the values of
# campagnes.models.aanmelding.Behoefte; a missing key counts as 7 days.
TOEGANG_VOORBEREIDING_DAGEN = {
    "ngt_tolk": 14,
    "schrijftolk": 14,
    "ringleiding": 7,
    "rolstoelplek": 3,
    "prikkelarm": 3,
    "begeleider": 2,
    "vervoer": 7,
    "anders": 7,
}

# --- Following by e-mail (volgen/). --------------------------------------------
# The sender of every mail of the site (follow mails, sign-up mails).
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ViP Almere <noreply@inclusie-almere.nl>")
# Days a confirmation link works; the daily task deletes unconfirmed sign-ups after it.
VOLGEN_BEVESTIG_DAGEN = int(os.environ.get("VOLGEN_BEVESTIG_DAGEN", "7"))
# Follow sign-ups per minute per address (inclusie.tempo).
VOLGEN_MAX_PER_MINUUT = int(os.environ.get("VOLGEN_MAX_PER_MINUUT", "5"))
# How many days back the daily digest looks for published steps (and retries café mails).
VOLGEN_TERUG_DAGEN = int(os.environ.get("VOLGEN_TERUG_DAGEN", "14"))

# --- The production layer (issue 6): security, page cache, health. -------------
# Kept as one block so that the list edits above stay readable.
INSTALLED_APPS += ["csp", "axes"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "inclusie.productie.beveiliging.BeveiligingsHeadersMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("inclusie.productie.beveiliging.BeveiligingsHeadersMiddleware") + 1,
    "inclusie.productie.beveiliging.InclusieCSPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "inclusie.productie.fouten.DatabaseStoringMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.messages.middleware.MessageMiddleware") + 1,
    "inclusie.productie.paginacache.PaginaCacheMiddleware",
)
# After the page cache: a page-cache hit never reaches it.
MIDDLEWARE.insert(
    MIDDLEWARE.index("inclusie.productie.paginacache.PaginaCacheMiddleware") + 1,
    "inclusie.productie.snelle_route.SnelleRouteMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # axes wants to be last

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hour; the lockout page says so
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "fout/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True

# Content-Security-Policy (django-csp 4). No inline scripts on the public site;
# inline style attributes are allowed (style-src-attr), <style> elements are not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin needs inline scripts and styles; only its paths get them.
CSP_BEHEER_PADEN = ("/admin/",)
CSP_BEHEER_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],  # the page preview is a same-origin frame
}
# No Gravatar: it would send a hash of every editor's e-mail address to a third
# party, and the admin's CSP does not allow outside images.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview view overrides this for itself

# Full-page cache for anonymous visitors (inclusie/productie/paginacache.py).
PAGINACACHE_AAN = True
PAGINACACHE_TTL = int(os.environ.get("PAGINACACHE_TTL", "300"))
PAGINACACHE_UITGESLOTEN_PADEN = ("/admin/", "/documenten/", "/gezond/", "/_bench/")
# Apps whose saved or deleted rows can change what a page shows.
PAGINACACHE_APPS = {
    "inclusie",
    "agenda",
    "campagnes",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtail_localize",
    "taggit",
}
# Models in those apps that no public page shows (lowercase app_label.model_name).
PAGINACACHE_NEGEER = {"inclusie.reactie"}

# Only for `make bench`: a floor view and a query-count header.
BENCH = os.environ.get("BENCH", "") == "1"
if BENCH:
    MIDDLEWARE.insert(0, "inclusie.productie.bench.QueryTellerMiddleware")
