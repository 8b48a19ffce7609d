"""Editors' work changes the data version too (see 0005), so cached page content stays true.

Claim lists and the metric page show badges for open flags and corrections, and their content is
cached under the data version (claims/page_cache.py): a flag raised, a correction made or a
finding confirmed must change the version as an import does. Same triggers as 0005, whose
function claims_bump_data_version() they call on PostgreSQL.
"""

from django.db import migrations

TABLES = (
    "claims_flag",
    "claims_flag_claims",
    "claims_correction",
    "claims_finding",
    "claims_finding_claims",
)

SQLITE_BUMP = (
    "INSERT INTO claims_dataversion (id, token) VALUES (1, hex(randomblob(16))) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
)
EVENTS = ("INSERT", "UPDATE", "DELETE")


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "postgresql":
            schema_editor.execute(
                f"CREATE TRIGGER {table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION claims_bump_data_version()"
            )
        elif vendor == "sqlite":
            for event in EVENTS:
                schema_editor.execute(
                    f"CREATE TRIGGER {table}_data_version_{event.lower()} AFTER {event} ON {table} "
                    f"BEGIN {SQLITE_BUMP} END"
                )


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_data_version ON {table}")
        elif vendor == "sqlite":
            for event in EVENTS:
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_data_version_{event.lower()}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0006_article_search_vector")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
