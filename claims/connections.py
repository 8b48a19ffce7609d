"""Telling a connection the database dropped from any other database error.

After PostgreSQL ends a connection (a restart, a failover, `pg_terminate_backend`) the error says so:
a SQLSTATE of class 08 (connection exception) or 57P01-57P03 (the server shutting down), or none at
all when the client found the socket closed. Asking the connection afterwards is not reliable:
with CONN_HEALTH_CHECKS, Django may already have replaced it when the failed transaction ended.
"""

from __future__ import annotations

from django.db import InterfaceError, OperationalError

SHUTDOWN_STATES = {"57P01", "57P02", "57P03"}


def is_lost_connection(error: BaseException, connection) -> bool:
    if not isinstance(error, (OperationalError, InterfaceError)):
        return False
    if isinstance(error, InterfaceError):
        return True  # "connection already closed"
    if connection.vendor != "postgresql":
        return connection.connection is None or not connection.is_usable()
    state = getattr(error.__cause__, "sqlstate", None)
    return state is None or state.startswith("08") or state in SHUTDOWN_STATES
