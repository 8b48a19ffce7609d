"""A data version that changes whenever claims, articles, outlets or country mentions change.

The claims page caches its facet counts and its total under this version (claims/facet_cache.py),
so a journalist never sees counts from before an import, a re-extraction or a correction. The
version is kept by database triggers, not by Django signals, because the bulk importer writes with
COPY and bulk_create, which send no signals. The token is random, not a counter: a rolled-back
transaction (every test) restores an old counter value that other data could then reuse.

PostgreSQL: one statement-level trigger per table (COPY fires INSERT triggers; TRUNCATE too), so a
million-row COPY bumps the version once. SQLite has only row-level triggers; its volumes are small.
"""

from django.db import migrations

TABLES = ("claims_claim", "claims_article", "claims_articlecountry", "claims_source")

CREATE_TABLE = (
    "CREATE TABLE IF NOT EXISTS claims_dataversion (id integer PRIMARY KEY, token varchar(40) NOT NULL)"
)

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION claims_bump_data_version() RETURNS trigger AS $$
BEGIN
    INSERT INTO claims_dataversion (id, token) VALUES (1, md5(random()::text || clock_timestamp()::text))
    ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""

SQLITE_BUMP = (
    "INSERT INTO claims_dataversion (id, token) VALUES (1, hex(randomblob(16))) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
)


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    schema_editor.execute(CREATE_TABLE)
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_FUNCTION)
        for table in TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION claims_bump_data_version()"
            )
    elif vendor == "sqlite":
        for table in TABLES:
            for event in ("INSERT", "UPDATE", "DELETE"):
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
            for event in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_data_version_{event}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS claims_bump_data_version()")
    schema_editor.execute("DROP TABLE IF EXISTS claims_dataversion")


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_scale_indexes")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
