import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

from inclusie.productie.checks import weiger_onveilige_start  # noqa: E402

weiger_onveilige_start()
