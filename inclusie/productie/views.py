"""Small views for operations: the health check and the benchmark floor."""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache


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
    return HttpResponse(
        "Gezond: de site en de database werken.\n", content_type="text/plain; charset=utf-8"
    )


def bench_vloer(request):
    """The floor of the stack for `make bench`: Django with nothing to do."""
    return HttpResponse("vloer", content_type="text/plain")
