"""Flagging claims, then resolving or dismissing the flag, from the browser's forms."""

from datetime import date

import pytest
from django.urls import reverse

from claims.models import Flag
from claims.services import flag_claims

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    return [cells_total("a.txt", 215, date(2023, 11, 1)), cells_total("b.txt", 207, date(2025, 1, 10))]


def test_the_new_flag_page_lists_the_chosen_claims(client, editor, claims):
    client.force_login(editor)
    response = client.get(reverse("editors:flag_new"), {"claims": [c.pk for c in claims]})
    assert set(response.context["claims"]) == set(claims)


def test_flagging_a_set_of_claims_with_a_reason_and_note(client, editor, claims):
    client.force_login(editor)
    response = client.post(
        reverse("editors:flag_new"),
        {"claims": [c.pk for c in claims], "reason": "inconsistent", "note": "الرقم تراجع من 215 إلى 207"},
    )
    flag = Flag.objects.get()
    assert response["Location"] == reverse("editors:flag", args=[flag.pk])
    assert (flag.reason, flag.note, flag.created_by, set(flag.claims.all())) == (
        "inconsistent",
        "الرقم تراجع من 215 إلى 207",
        editor,
        set(claims),
    )


def test_a_flag_with_an_unknown_reason_is_refused(client, editor, claims):
    client.force_login(editor)
    response = client.post(reverse("editors:flag_new"), {"claims": [claims[0].pk], "reason": "boring"})
    assert response.status_code == 400
    assert not Flag.objects.exists()


def test_a_flag_without_claims_is_refused(client, editor):
    client.force_login(editor)
    response = client.post(reverse("editors:flag_new"), {"reason": "misprint"})
    assert response.status_code == 400


def test_resolving_a_flag_needs_a_comment(client, editor, claims):
    flag = flag_claims(claims=claims[:1], editor=editor, reason="misprint", note="")
    client.force_login(editor)
    response = client.post(reverse("editors:flag_resolve", args=[flag.pk]), {"comment": ""})
    assert response.status_code == 400
    assert Flag.objects.get().status == "open"


def test_resolving_a_flag_with_a_comment(client, editor, claims):
    flag = flag_claims(claims=claims[:1], editor=editor, reason="misprint", note="")
    client.force_login(editor)
    client.post(reverse("editors:flag_resolve", args=[flag.pk]), {"comment": "صُحّح الرقم"})
    flag.refresh_from_db()
    assert (flag.status, flag.comment, flag.closed_by) == ("resolved", "صُحّح الرقم", editor)


def test_dismissing_a_flag_with_a_comment(client, editor, claims):
    flag = flag_claims(claims=claims[:1], editor=editor, reason="stale", note="")
    client.force_login(editor)
    client.post(reverse("editors:flag_dismiss", args=[flag.pk]), {"comment": "الرقم محدَّث"})
    assert Flag.objects.get().status == "dismissed"


def test_the_flag_page_links_each_claim_to_its_sentence_in_the_article(client, editor, claims):
    flag = flag_claims(claims=claims, editor=editor, reason="inconsistent")
    client.force_login(editor)
    page = client.get(reverse("editors:flag", args=[flag.pk])).content.decode()
    for claim in claims:
        assert f'href="{reverse("article_detail", args=[claim.article_id])}#claim-{claim.pk}"' in page


def test_a_flag_from_a_finding_shows_the_findings_evidence_apart_from_the_flagged_claim(client, editor):
    from claims.findings import refresh_findings
    from claims.models import Finding
    from claims.services import confirm_finding

    cells_total("first.txt", 190, date(2020, 11, 17), outlet="أكورا بريس")
    newer = cells_total("a.txt", 210, date(2022, 1, 10))
    newest = cells_total("b.txt", 215, date(2023, 1, 10))
    stale = cells_total("c.txt", 190, date(2024, 6, 1))
    refresh_findings()
    flag = confirm_finding(finding=Finding.objects.get(), editor=editor)
    client.force_login(editor)
    response = client.get(reverse("editors:flag", args=[flag.pk]))
    assert list(response.context["flag"].claims.all()) == [stale]
    assert set(response.context["evidence"]) == {newer, newest}
