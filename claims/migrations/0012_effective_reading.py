"""One effective reading per claim, used everywhere (issue 17).

The claim's own columns become its effective reading; the engine's reading of a reviewed claim is
kept in Claim.machine_reading; Claim.review_state says machine / verified / corrected / rejected.
Corrections (value and metric only, on a side table) are carried into that shape, a claim an editor
resolved as "not a claim" becomes rejected, and the Correction table goes. Finding.claims gains a
role (accused / evidence): existing links start as accused, and the next refresh of the findings
(every import, `reextract`) sets each role from the engine's reading order.
"""

from decimal import Decimal

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

READING_FIELDS = (
    "metric", "subset", "value", "qualifier", "qualifier_text", "unit", "period_type", "period_start",
    "period_end", "period_text", "period_year", "org", "person", "attribution_raw", "as_of", "confidence",
)


def _plain(value):
    if isinstance(value, Decimal):
        return str(int(value)) if value == int(value) else str(value.normalize())
    return value


def _flush_deferred_checks(schema_editor):
    # PostgreSQL refuses to alter a table with pending deferred checks in the same transaction.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def carry_editors_work(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    Correction = apps.get_model("claims", "Correction")
    Flag = apps.get_model("claims", "Flag")
    for correction in Correction.objects.select_related("claim").iterator():
        claim = correction.claim
        claim.machine_reading = {field: _plain(getattr(claim, field)) for field in READING_FIELDS}
        if correction.value is not None:
            claim.value = correction.value
        if correction.metric:
            claim.metric = correction.metric
        claim.review_state = "corrected"
        claim.reviewed_by_id = correction.editor_id
        claim.reviewed_at = correction.updated_at
        claim.save(update_fields=["machine_reading", "value", "metric", "review_state", "reviewed_by", "reviewed_at"])
    for flag in Flag.objects.filter(reason="not_a_claim", status="resolved").prefetch_related("claims"):
        for claim in flag.claims.all():
            if claim.review_state != "machine":
                continue
            claim.machine_reading = {field: _plain(getattr(claim, field)) for field in READING_FIELDS}
            claim.review_state = "rejected"
            claim.reviewed_by_id = flag.closed_by_id
            claim.reviewed_at = flag.closed_at
            claim.save(update_fields=["machine_reading", "review_state", "reviewed_by", "reviewed_at"])
    _flush_deferred_checks(schema_editor)


def uncarry_editors_work(apps, schema_editor):
    """Back to corrections of value and metric; other corrected fields go back to the engine's reading."""
    Claim = apps.get_model("claims", "Claim")
    Correction = apps.get_model("claims", "Correction")
    for claim in Claim.objects.exclude(review_state="machine").iterator():
        machine = claim.machine_reading
        if claim.review_state == "corrected" and machine:
            value = None if Decimal(str(machine["value"])) == claim.value else claim.value
            metric = "" if machine["metric"] == claim.metric else claim.metric
            if value is not None or metric:
                Correction.objects.create(
                    claim=claim,
                    value=value,
                    metric=metric,
                    original_value=Decimal(str(machine["value"])),
                    original_metric=machine["metric"],
                    editor_id=claim.reviewed_by_id,
                )
        if machine:
            for field in READING_FIELDS:
                if field in machine:
                    setattr(claim, field, machine[field])
        claim.save()
    Claim.objects.filter(added_by__isnull=False).delete()
    _flush_deferred_checks(schema_editor)


# SQLite rebuilds a table to add a column with a default or a constraint, and the rebuild drops the
# table's triggers: the data-version triggers of 0005 and 0007 are made again on the tables rebuilt here
# (claims/data_version.py does it after every `migrate`; this covers a migration run on its own).
SQLITE_BUMP = (
    "INSERT INTO claims_dataversion (id, token) VALUES (1, hex(randomblob(16))) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
)
REBUILT_TABLES = ("claims_claim", "claims_finding_claims")


def remake_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for table in REBUILT_TABLES:
        for event in ("insert", "update", "delete"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_data_version_{event}")
            schema_editor.execute(
                f"CREATE TRIGGER {table}_data_version_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN {SQLITE_BUMP} END"
            )


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0011_claim_confidence_as_of'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticleEvent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('at', models.DateTimeField(auto_now_add=True, db_index=True)),
                ('action', models.CharField(choices=[('corrected', 'corrected')], default='corrected', max_length=20)),
                ('summary', models.TextField(blank=True)),
                ('public_note', models.TextField(blank=True)),
                ('before', models.JSONField(blank=True, default=dict)),
                ('after', models.JSONField(blank=True, default=dict)),
            ],
            options={
                'ordering': ['at', 'id'],
            },
        ),
        migrations.AddField(
            model_name='articleevent',
            name='article',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='claims.article'),
        ),
        migrations.AddField(
            model_name='articleevent',
            name='editor',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddConstraint(
            model_name='articleevent',
            constraint=models.CheckConstraint(condition=models.Q(('action__in', ['corrected'])), name='article_event_action_known'),
        ),
        migrations.AddField(
            model_name='article',
            name='machine_details',
            field=models.JSONField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='claim',
            name='added_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='claim',
            name='machine_reading',
            field=models.JSONField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='claim',
            name='review_state',
            field=models.CharField(choices=[('machine', 'machine-read'), ('verified', 'verified'), ('corrected', 'corrected'), ('rejected', 'rejected')], db_index=True, default='machine', max_length=10),
        ),
        migrations.AddField(
            model_name='claim',
            name='reviewed_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='claim',
            name='reviewed_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=models.Q(('review_state__in', ['machine', 'verified', 'corrected', 'rejected'])), name='claim_review_state_known'),
        ),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('review_state', 'machine'), ('reviewed_by__isnull', True)), models.Q(models.Q(('review_state', 'machine'), _negated=True), ('reviewed_by__isnull', False)), _connector='OR'), name='claim_reviewer_iff_reviewed'),
        ),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=models.Q(('review_state', 'machine'), ('machine_reading__isnull', False), ('added_by__isnull', False), _connector='OR'), name='claim_reviewed_keeps_machine_reading'),
        ),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=models.Q(('added_by__isnull', True), models.Q(('review_state', 'machine'), _negated=True), _connector='OR'), name='claim_added_is_reviewed'),
        ),
        migrations.AddField(
            model_name='claimevent',
            name='public_note',
            field=models.TextField(blank=True),
        ),
        migrations.RemoveConstraint(
            model_name='claimevent',
            name='claim_event_action_known',
        ),
        migrations.AlterField(
            model_name='claimevent',
            name='action',
            field=models.CharField(choices=[('flagged', 'flagged'), ('flag_resolved', 'flag resolved'), ('flag_dismissed', 'flag dismissed'), ('verified', 'verified'), ('corrected', 'corrected'), ('rejected', 'rejected as not a claim'), ('restored', 'machine reading restored'), ('added', 'added by an editor'), ('reread', 'read again by the engine'), ('finding_confirmed', 'finding confirmed'), ('finding_dismissed', 'finding dismissed'), ('vanished', 'no longer extracted')], max_length=20),
        ),
        migrations.AddConstraint(
            model_name='claimevent',
            constraint=models.CheckConstraint(condition=models.Q(('action__in', ['flagged', 'flag_resolved', 'flag_dismissed', 'verified', 'corrected', 'rejected', 'restored', 'added', 'reread', 'finding_confirmed', 'finding_dismissed', 'vanished'])), name='claim_event_action_known'),
        ),
        migrations.AddIndex(
            model_name='claimevent',
            index=models.Index(fields=['action', 'at'], name='claim_event_action_at'),
        ),
        # Finding.claims gains a role: the table Django made for the plain many-to-many becomes the
        # FindingClaim model as it is, then gets its role column.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='FindingClaim',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('finding', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='links', to='claims.finding')),
                        ('claim', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='finding_links', to='claims.claim')),
                    ],
                    options={
                        'db_table': 'claims_finding_claims',
                        'unique_together': {('finding', 'claim')},
                    },
                ),
                migrations.AlterField(
                    model_name='finding',
                    name='claims',
                    field=models.ManyToManyField(related_name='findings', through='claims.FindingClaim', to='claims.claim'),
                ),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name='findingclaim',
            name='role',
            field=models.CharField(choices=[('accused', 'accused'), ('evidence', 'evidence')], default='accused', max_length=10),
        ),
        migrations.AddConstraint(
            model_name='findingclaim',
            constraint=models.CheckConstraint(condition=models.Q(('role__in', ['accused', 'evidence'])), name='finding_claim_role_known'),
        ),
        migrations.RunPython(carry_editors_work, uncarry_editors_work),
        migrations.RemoveField(
            model_name='correction',
            name='claim',
        ),
        migrations.RemoveField(
            model_name='correction',
            name='editor',
        ),
        migrations.DeleteModel(
            name='Correction',
        ),
        migrations.RunPython(remake_sqlite_triggers, remake_sqlite_triggers),
    ]
