"""Small views for operations: the health check and the benchmark floor."""

import time

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

from .veilige_cache import cache_gestoord


@never_cache
def gezond(request):
    """For a load balancer or monitor: 200 when the database answers, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse(
            "Niet gezond: de database is niet bereikbaar.\n",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    if not _cache_werkt():
        # Still 200: pages are served (uncached), so a load balancer should keep this instance.
        response = HttpResponse(
            "Gezond, maar de cache werkt niet: pagina's komen nu zonder cache.\n",
            content_type="text/plain; charset=utf-8",
        )
        response["X-Cache-Status"] = "gestoord"
        return response
    response = HttpResponse(
        "Gezond: de site en de database werken.\n", content_type="text/plain; charset=utf-8"
    )
    response["X-Cache-Status"] = "werkt"
    return response


def _cache_werkt() -> bool:
    """Write and read a probe: a cache that cannot store is as good as none."""
    proef = f"gezond:{time.monotonic_ns()}"
    cache.set(proef, "1", timeout=5)
    werkt = cache.get(proef) == "1" and not cache_gestoord()
    cache.delete(proef)
    return werkt


def bench_vloer(request):
    """The floor of the stack for `make bench`: Django with nothing to do."""
    return HttpResponse("vloer", content_type="text/plain")
