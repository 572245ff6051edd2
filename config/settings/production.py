"""Production: everything that matters comes from the environment.

The site refuses to start when a setting would make it unsafe (DEBUG on, no
real secret key, no host names). The demo admin account is refused by a system
check and at WSGI start (inclusie/productie/checks.py). README "Deploy" lists
every variable.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, CONTENT_SECURITY_POLICY, INSTALLED_APPS

ONVEILIGE_SLEUTEL = "alleen-voor-ontwikkeling-niet-in-productie"  # base.py's default


def _aan(naam: str, standaard: bool = False) -> bool:
    waarde = os.environ.get(naam)
    if waarde is None or waarde == "":
        return standaard
    return waarde.strip().lower() in {"1", "true", "yes", "ja", "on"}


def _lijst(naam: str) -> list[str]:
    return [d.strip() for d in os.environ.get(naam, "").split(",") if d.strip()]


INCLUSIE_PRODUCTIE = True

if _aan("DEBUG") or _aan("DJANGO_DEBUG"):
    raise ImproperlyConfigured("DEBUG staat aan. Dat mag nooit in productie: zet DEBUG uit.")
DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY or SECRET_KEY == ONVEILIGE_SLEUTEL or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "SECRET_KEY ontbreekt of is de voorbeeldsleutel. Zet een eigen geheime sleutel "
        "van minstens 50 tekens in de omgeving."
    )
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured("SECRET_KEY is te kort: gebruik minstens 50 willekeurige tekens.")

ALLOWED_HOSTS = _lijst("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS ontbreekt, bijvoorbeeld ALLOWED_HOSTS=vip-almere.nl.")
CSRF_TRUSTED_ORIGINS = _lijst("CSRF_TRUSTED_ORIGINS") or [
    f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS if h != "*"
]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# Database: DATABASE_URL (see base.py); keep connections open between requests.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # Several gunicorn workers write to one file. WAL lets readers go on while
    # one writes; IMMEDIATE takes the write lock at BEGIN and waits for it (up
    # to `timeout` s), instead of failing with "database is locked" halfway.
    DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# HTTPS. Behind a proxy that ends TLS, set BEHIND_PROXY=1.
SECURE_SSL_REDIRECT = _aan("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _aan("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _aan("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True  # the Wagtail admin reads the token from its page, not the cookie
if _aan("BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = _aan("USE_X_FORWARDED_HOST", True)
    # django-axes must see the visitor's address, not the proxy's.
    AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "1"))
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Static files: whitenoise's compressed manifest storage (base.py); collected here.
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "static"))

# Media: local folder by default, S3-compatible storage when a bucket is named.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = _aan("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    media_bron = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else (AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    )
    for richtlijn in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][richtlijn] = [
            *CONTENT_SECURITY_POLICY["DIRECTIVES"][richtlijn],
            media_bron,
        ]
        CSP_BEHEER_DIRECTIVES[richtlijn] = [  # noqa: F405
            *CSP_BEHEER_DIRECTIVES[richtlijn],  # noqa: F405
            media_bron,
        ]

# Cache: Redis when REDIS_URL is set (shared by every instance). Otherwise files
# on this machine, shared by the gunicorn workers, so that publishing
# invalidates the page cache in every worker at once (LocMem would not).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Serves as an empty cache while Redis is down (inclusie/productie/veilige_cache.py).
            "BACKEND": "inclusie.productie.veilige_cache.VeiligeRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "inclusie",
            # A dead Redis must cost a fraction of a second once, not a long wait per call.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "inclusie.productie.veilige_cache.VeiligeBestandsCache",
            "LOCATION": os.environ.get("CACHE_DIR", "/tmp/inclusie-cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# A CDN in front: a publish purges every URL that shows the change (inclusie.zuiveren).
FRONTENDCACHE_HTTP_URL = os.environ.get("FRONTENDCACHE_HTTP_URL", "")
CLOUDFLARE_ZONEID = os.environ.get("CLOUDFLARE_ZONEID", "")
WAGTAILFRONTENDCACHE = {}
if FRONTENDCACHE_HTTP_URL:
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTENDCACHE_HTTP_URL,
    }
if CLOUDFLARE_ZONEID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": CLOUDFLARE_ZONEID,
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
    # How long the CDN may keep an anonymous page (Wagtail purges on publish).
    PAGINACACHE_CDN_MAX_AGE = int(os.environ.get("CDN_MAX_AGE", "300"))

# Mail (follow confirmations, the daily digest, sign-up confirmations) over SMTP.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _aan("EMAIL_USE_TLS", standaard=True)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
