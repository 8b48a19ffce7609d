"""A read whose database connection died under it is answered again, once, on a new connection.

CONN_HEALTH_CHECKS (settings) replaces a dropped connection *before* a request uses it; a connection
the database drops *while* a request runs (a restart, a failover, `pg_terminate_backend`) still fails
that request. For GET and HEAD, which write nothing (readers never write), running the view again on a
new connection is safe and gives the reader the page instead of a 500. Writes are never repeated:
the editor sees the error and decides. A streamed response (the CSV) has sent its first bytes before
the failure can happen, so it is not retried either.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, InterfaceError, OperationalError, connections

from claims.connections import is_lost_connection

logger = logging.getLogger(__name__)

READS = frozenset({"GET", "HEAD"})


def lost_connections(error: BaseException) -> list:
    """The open connections `error` says the database dropped."""
    return [conn for conn in connections.all(initialized_only=True) if is_lost_connection(error, conn)]


class RetryReadsOnLostConnection:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            getattr(request, "_ctfacts_lost_connection", False)
            and request.method in READS
            and response.status_code >= 500
            and not response.streaming
        ):
            request._ctfacts_lost_connection = False
            logger.warning(
                "database connection lost during %s %s: answering again", request.method, request.path
            )
            response = self.get_response(request)
        return response

    def process_exception(self, request, exception):
        if request.method not in READS or not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        if getattr(request, "_ctfacts_retried", False):
            return None
        lost = lost_connections(exception)
        if not lost:
            return None
        for conn in lost:
            try:
                conn.close()
            except DatabaseError:
                conn.connection = None
        request._ctfacts_lost_connection = request._ctfacts_retried = True
        return None
