"""Counting the queries of one page view, for the tests that keep them flat."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_voor(client, url="/"):
    """Queries of a second, uncached view of `url`.

    The first view creates what is made once (the site settings row, image
    renditions); clearing the cache then measures the page itself, not the
    page cache.
    """
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)
