"""Writes happen completely or not at all; a missing database gets a Dutch 503.

Every POST (PUT, PATCH, DELETE) runs in one transaction that is rolled back
when the answer is a server error, so no half-saved revision or remark stays
behind. GET requests get no transaction: they write nothing and stay cheap.
"""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

DATABASE_FOUTEN = (OperationalError, InterfaceError)
VEILIGE_METHODES = {"GET", "HEAD", "OPTIONS", "TRACE"}


def database_storing_response() -> HttpResponse:
    # Rendered without a request: the context processors may need the database.
    inhoud = loader.get_template("fout/database.html").render()
    response = HttpResponse(inhoud, status=503)
    response["Retry-After"] = "60"
    response["Cache-Control"] = "no-store"
    return response


def _is_database_weg(exception: BaseException) -> bool:
    return isinstance(exception, DATABASE_FOUTEN) or (
        isinstance(exception, DatabaseError) and "connection" in str(exception).lower()
    )


class DatabaseStoringMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            if request.method in VEILIGE_METHODES:
                return self.get_response(request)
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code >= 500:
                    transaction.set_rollback(True)
                return response
        except Exception as fout:
            # Raised outside a view, e.g. while opening the transaction or the session.
            if not _is_database_weg(fout):
                raise
            logger.exception("Database niet bereikbaar bij %s", request.path)
            return database_storing_response()

    def process_exception(self, request, exception):
        if _is_database_weg(exception):
            logger.exception("Database niet bereikbaar bij %s", request.path)
            return database_storing_response()
        return None
