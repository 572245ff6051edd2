"""Only active with BENCH=1: counts database queries per request for `make bench`."""

from django.db import connections


class QueryTellerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        teller = [0]

        def tel(execute, sql, params, many, context):
            teller[0] += 1
            return execute(sql, params, many, context)

        with connections["default"].execute_wrapper(tel):
            response = self.get_response(request)
        response["X-Query-Count"] = str(teller[0])
        return response
