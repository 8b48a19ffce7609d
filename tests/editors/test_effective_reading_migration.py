"""The migration to one effective reading per claim carries editors' earlier work into its new shape:
a correction's value and metric become the claim's own, the engine's reading is kept beside them,
and a claim resolved as "not a claim" becomes rejected."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from claims.data_version import install_triggers

pytestmark = pytest.mark.django_db(transaction=True)


def node(executor, suffix: str):
    (name,) = [n for app, n in executor.loader.graph.nodes if app == "claims" and n.endswith(suffix)]
    return ("claims", name)


@pytest.fixture
def executor():
    executor = MigrationExecutor(connection)
    yield executor
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    install_triggers(connection)  # what `migrate` does after migrating (claims/data_version.py)


def test_corrections_and_not_a_claim_flags_become_the_claims_reading(executor):
    before, after = node(executor, "_editorial_data_version"), node(executor, "_effective_reading")
    executor.migrate([before])
    apps = executor.loader.project_state([before]).apps
    user = apps.get_model("auth", "User").objects.create(username="nadia")
    article = apps.get_model("claims", "Article").objects.create(
        title="حصيلة", body="تفكيك 2009 خلية منذ 2002 و2003 شخص", file_name="a.txt", content_hash="a" * 64
    )
    Claim = apps.get_model("claims", "Claim")
    fields = {"article": article, "value_text": "2009", "sentence": article.body, "org": "BCIJ"}
    misprint = Claim.objects.create(
        identity="a:6:10:cells", metric="cells_dismantled", value=2009, start=6, end=10, **fields
    )
    year = Claim.objects.create(
        identity="a:26:30:persons", metric="persons_arrested", value=2003, start=26, end=30, **fields
    )
    apps.get_model("claims", "Correction").objects.create(
        claim=misprint,
        value=Decimal(209),
        original_value=Decimal(2009),
        original_metric="cells_dismantled",
        editor=user,
    )
    flag = apps.get_model("claims", "Flag").objects.create(
        reason="not_a_claim", status="resolved", created_by=user, closed_by=user
    )
    flag.claims.set([year])

    executor.loader.build_graph()
    executor.migrate([after])
    Claim = executor.loader.project_state([after]).apps.get_model("claims", "Claim")
    misprint, year = Claim.objects.get(pk=misprint.pk), Claim.objects.get(pk=year.pk)
    assert (misprint.value, misprint.review_state, misprint.reviewed_by_id) == (
        Decimal(209),
        "corrected",
        user.pk,
    )
    assert misprint.machine_reading["value"] == "2009" and misprint.machine_reading["org"] == "BCIJ"
    assert (year.review_state, year.value) == ("rejected", Decimal(2003))
