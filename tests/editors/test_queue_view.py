"""/flags/: open findings and flags, filterable by kind, metric and status."""

from datetime import date

import pytest
from django.urls import reverse

from claims.findings import refresh_findings
from claims.models import Finding
from claims.services import dismiss_finding, flag_claims

from .factories import arrests_with_women, cells_total, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue_items(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    article = make_article("c.txt", published=date(2023, 5, 2))
    total, _women = arrests_with_women(article, 100, 150)
    refresh_findings()
    flag_claims(
        claims=[total], editor=editor, reason="misattributed", note="الرقم للمديرية العامة للأمن الوطني"
    )


def get(client, **params):
    return client.get(reverse("editors:queue"), params)


def test_the_queue_lists_open_findings_and_flags(client, editor, queue_items):
    client.force_login(editor)
    response = get(client)
    assert {f.kind for f in response.context["findings"]} == {"cumulative_decrease", "internal_arithmetic"}
    assert [f.reason for f in response.context["flags"]] == ["misattributed"]


def test_the_queue_filters_findings_by_kind(client, editor, queue_items):
    client.force_login(editor)
    response = get(client, kind="internal_arithmetic")
    assert [f.kind for f in response.context["findings"]] == ["internal_arithmetic"]
    assert list(response.context["flags"]) == []


def test_the_queue_filters_flags_by_reason_as_their_kind(client, editor, queue_items):
    client.force_login(editor)
    response = get(client, kind="misattributed")
    assert list(response.context["findings"]) == []
    assert len(response.context["flags"]) == 1


def test_the_queue_filters_by_metric(client, editor, queue_items):
    client.force_login(editor)
    response = get(client, metric="cells_dismantled")
    assert [f.metric for f in response.context["findings"]] == ["cells_dismantled"]
    assert list(response.context["flags"]) == []


def test_dismissed_findings_leave_the_queue_and_show_under_their_status(client, editor, queue_items):
    dismiss_finding(finding=Finding.objects.get(kind="cumulative_decrease"), editor=editor, comment="مقبول")
    client.force_login(editor)
    assert "cumulative_decrease" not in {f.kind for f in get(client).context["findings"]}
    assert [f.kind for f in get(client, status="dismissed").context["findings"]] == ["cumulative_decrease"]


def test_an_unknown_filter_value_is_a_400(client, editor, queue_items):
    client.force_login(editor)
    assert get(client, kind="<script>").status_code == 400


def test_the_metric_filter_offers_metrics_outside_the_contract_that_have_findings(client, editor):
    Finding.objects.create(kind="cumulative_decrease", metric="weapons_seized", explanation="…", key="k1")
    client.force_login(editor)
    response = get(client, metric="weapons_seized")
    assert [f.metric for f in response.context["findings"]] == ["weapons_seized"]


def test_the_queue_costs_the_same_queries_for_many_items_as_for_few(
    client, editor, django_assert_max_num_queries
):
    for n in range(12):
        cells_total(f"up{n}.txt", 215 + n, date(2022, 1, 1 + n), outlet=f"منبر {n}")
        cells_total(f"down{n}.txt", 100 + n, date(2024, 1, 1 + n), outlet=f"منبر {n}")
    refresh_findings()
    for finding in Finding.objects.all()[:6]:
        flag_claims(claims=list(finding.claims.all()), editor=editor, reason="inconsistent", note="")
    assert Finding.objects.count() >= 6
    client.force_login(editor)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("editors:queue"), {"status": ""})
    assert response.status_code == 200


def test_each_claim_in_the_queue_links_to_its_sentence_in_the_article(client, editor, queue_items):
    from claims.models import Claim

    client.force_login(editor)
    page = get(client).content.decode()
    for claim in Claim.objects.all():
        assert f'href="{reverse("article_detail", args=[claim.article_id])}#claim-{claim.pk}"' in page
