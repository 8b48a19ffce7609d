"""The database drops the app's connections (a failover, a restart, `pg_terminate_backend`): readers
never see a 500. A kept connection is checked before a request reuses it (CONN_HEALTH_CHECKS), and a
read whose connection died under it is answered again on a new connection (claims/middleware.py).

A real gunicorn serves the test database (tests/reliability/served.py); PostgreSQL only, since SQLite
has no connection to drop.
"""

import threading
import time

import pytest
from django.db import connection

from claims.importer import import_bytes
from tests.reliability.counts import count
from tests.reliability.served import get, gunicorn, terminate_connections

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

ARTICLE = (
    "حصيلة جديدة لمكافحة الإرهاب\n"
    "الرباط - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 215 خلية إرهابية منذ سنة 2002، "
    "وتوقيف أكثر من 4300 شخص، بتنسيق مع السلطات الإسبانية.\n"
)


@pytest.fixture
def article():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite keeps no connection a server could drop")
    return import_bytes(ARTICLE.encode(), "rabat.txt").article


def drop_every_app_connection() -> int:
    connection.ensure_connection()
    count("connections dropped")
    return terminate_connections(connection.settings_dict, keep_pid=connection.connection.info.backend_pid)


def test_a_page_asked_after_the_database_dropped_the_kept_connection_answers_200(article):
    paths = ["/claims/", f"/articles/{article.pk}/", "/api/claims/", "/metrics/cells_dismantled/"]
    with gunicorn(connection.settings_dict, workers=1) as port:
        assert [get(port, path) for path in paths] == [200] * len(paths)  # the worker keeps its connection
        assert drop_every_app_connection() >= 1
        assert [get(port, path) for path in paths] == [200] * len(paths)


def test_reads_in_flight_while_every_connection_is_dropped_are_all_answered(article):
    paths = [f"/articles/{article.pk}/", "/api/claims/", "/claims/export.csv", "/claims/"]
    statuses: list[tuple[int, str]] = []
    lock = threading.Lock()

    def reader(port: int, offset: int):
        n = offset
        while time.monotonic() < deadline:
            path = paths[n % len(paths)]
            status = get(port, path)
            with lock:
                statuses.append((status, path))
            n += 1

    with gunicorn(connection.settings_dict, workers=2) as port:
        deadline = time.monotonic() + 10
        threads = [threading.Thread(target=reader, args=(port, n)) for n in range(4)]
        for thread in threads:
            thread.start()
        drops = 0
        while time.monotonic() < deadline:
            drops += drop_every_app_connection()
            # Every 2 s: each read is retried once, and no read here lasts 2 s, even on a busy machine.
            time.sleep(2)
        for thread in threads:
            thread.join(timeout=60)
    assert drops >= 4
    assert len(statuses) > 40
    failed = [(status, path) for status, path in statuses if status != 200]
    assert failed == [], f"{len(failed)} of {len(statuses)} reads failed: {failed[:5]}"
