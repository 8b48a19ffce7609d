"""The data version's triggers, (re)installed after every `migrate`.

Migrations 0005 and 0007 create triggers that replace a random token in `claims_dataversion` on every
write to the tables whose rows the cached pages show (claims/facet_cache.py, claims/page_cache.py).
On SQLite, a migration that alters a table (adding a column with a constraint, say) rebuilds it:
Django creates a new table, copies the rows, drops the old one and renames the new one, and the
old table's triggers go with it. Pages then kept serving content cached before a deletion. So the
triggers are installed idempotently after each `migrate` (post_migrate), whatever the migrations did.
"""

from __future__ import annotations

# Every table a cached page reads from: articles and their claims (0005), editors' work (0007).
TABLES = (
    "claims_claim",
    "claims_article",
    "claims_articlecountry",
    "claims_source",
    "claims_flag",
    "claims_flag_claims",
    "claims_finding",
    "claims_finding_claims",
)

SQLITE_BUMP = (
    "INSERT INTO claims_dataversion (id, token) VALUES (1, hex(randomblob(16))) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
)


def install_triggers(connection) -> None:
    """Create every missing data-version trigger on the tables that exist (idempotent)."""
    existing = set(connection.introspection.table_names())
    if "claims_dataversion" not in existing:
        return  # before migration 0005: nothing to keep a version in yet
    with connection.cursor() as cursor:
        for table in TABLES:
            if table not in existing:
                continue
            if connection.vendor == "postgresql":
                cursor.execute(
                    f"CREATE OR REPLACE TRIGGER {table}_data_version "
                    f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION claims_bump_data_version()"
                )
            elif connection.vendor == "sqlite":
                for event in ("INSERT", "UPDATE", "DELETE"):
                    cursor.execute(
                        f"CREATE TRIGGER IF NOT EXISTS {table}_data_version_{event.lower()} "
                        f"AFTER {event} ON {table} BEGIN {SQLITE_BUMP} END"
                    )
