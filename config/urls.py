from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from inclusie import zoeken
from inclusie.productie import views as productie_views
from inclusie.sitemap import MeertaligeSitemap

# Routes that are not pages. Apps add theirs here, before the page catch-all.
urlpatterns = [
    path("reactie/", include("inclusie.feedback.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"paginas": MeertaligeSitemap}}),
    path("gezond/", productie_views.gezond, name="gezond"),
]

if settings.BENCH:
    urlpatterns.append(path("_bench/floor/", productie_views.bench_vloer))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "SERVE_MEDIA", False):
    # The browser suite's demo server runs without DEBUG but must show the
    # demo images; production serves media from the proxy or S3 instead.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

# Dutch lives at the root (/toegankelijkheid/), other languages under a
# prefix (/en/, /ar/).
urlpatterns += i18n_patterns(
    path("zoeken/", zoeken.zoeken, name="zoeken"),
    path("volgen/", include("volgen.urls")),
    path("", include("campagnes.urls")),  # <page>/kalender.ics for café pages
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
