"""Every table a cached page reads keeps its data-version triggers, whatever later migrations did.

On SQLite a migration that alters the claims table rebuilds it and drops its triggers; the pages
then served counts from before a deletion (tests/views/test_facet_cache.py caught it).
"""

import pytest
from django.db import connection

from claims.data_version import TABLES, install_triggers

pytestmark = pytest.mark.django_db


def triggers_by_table() -> dict[str, int]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT tbl_name, count(*) FROM sqlite_master WHERE type = 'trigger' GROUP BY tbl_name"
            )
        else:
            cursor.execute(
                "SELECT event_object_table, count(DISTINCT trigger_name) FROM information_schema.triggers "
                "WHERE trigger_name LIKE '%%_data_version%%' GROUP BY event_object_table"
            )
        return dict(cursor.fetchall())


def test_after_migrate_every_cached_table_has_its_data_version_triggers():
    present = triggers_by_table()
    assert {table for table in TABLES if not present.get(table)} == set()


def test_a_trigger_lost_by_a_table_rebuild_comes_back_with_the_next_migrate():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER claims_claim_data_version_delete")
        else:
            cursor.execute("DROP TRIGGER claims_claim_data_version ON claims_claim")
    install_triggers(connection)  # what post_migrate runs after every `migrate`
    assert triggers_by_table().get("claims_claim")


def test_installing_twice_changes_nothing():
    before = triggers_by_table()
    install_triggers(connection)
    assert triggers_by_table() == before
