"""Claim.confidence (0-1) and Claim.as_of (the date the text gives a figure), from the extraction engine.

On SQLite, adding a field rebuilds the claims table, which drops the triggers that keep the data version
(0005): they are created again at the end, so cached pages still see every change to claims.
"""

from django.db import migrations, models

SQLITE_BUMP = (
    "INSERT INTO claims_dataversion (id, token) VALUES (1, hex(randomblob(16))) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
)
EVENTS = ("INSERT", "UPDATE", "DELETE")


def recreate_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return  # PostgreSQL keeps its triggers through ALTER TABLE
    for event in EVENTS:
        name = f"claims_claim_data_version_{event.lower()}"
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} AFTER {event} ON claims_claim BEGIN {SQLITE_BUMP} END")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0007_editorial_data_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="as_of",
            field=models.CharField(blank=True, max_length=10),
        ),
        migrations.AddField(
            model_name="claim",
            name="confidence",
            field=models.FloatField(default=0.5),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(("confidence__gte", 0), ("confidence__lte", 1)),
                name="claim_confidence_0_1",
            ),
        ),
        migrations.RunPython(recreate_sqlite_triggers, migrations.RunPython.noop),
    ]
