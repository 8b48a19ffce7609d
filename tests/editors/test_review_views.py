"""Reviewing machine readings: the queue by impact with bulk verify, verify / reject / restore, adding a
missed figure, correcting an article's details; each step leaves history."""

from datetime import date

import pytest
from django.urls import reverse

from claims.findings import refresh_findings
from claims.models import Article, ArticleEvent, Claim
from claims.services import correct_claim, reject_claim

from .factories import cells_total, make_article, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    client.force_login(editor)
    return client


def queue_ids(client, **params) -> list[int]:
    return [claim.pk for claim in client.get(reverse("editors:review"), params).context["page"].items]


def test_the_queue_puts_claims_inside_an_open_finding_first_then_the_most_repeated(editor_client):
    repeated = [cells_total(f"r{n}.txt", 150, date(2019, 1, 1 + n), period_start="2010") for n in range(3)]
    lonely = cells_total("l.txt", 99, date(2024, 1, 1), period_start="2011")
    earlier = cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()  # 215 then 207 since 2002: a running total that goes down
    ids = queue_ids(editor_client)
    assert set(ids[:2]) == {earlier.pk, later.pk}
    assert set(ids[2:5]) == {c.pk for c in repeated} and ids[5] == lonely.pk


def test_the_queue_lists_machine_readings_only_unless_asked(editor_client, editor):
    kept = cells_total("a.txt", 215, date(2023, 11, 1))
    done = cells_total("b.txt", 2009, date(2021, 6, 1))
    correct_claim(claim=done, editor=editor, value=209)
    assert queue_ids(editor_client) == [kept.pk]
    assert queue_ids(editor_client, state="corrected") == [done.pk]
    assert set(queue_ids(editor_client, state="")) == {kept.pk, done.pk}


def test_bulk_verify_makes_each_selected_reading_the_editors(editor_client, editor):
    claims = [cells_total(f"{n}.txt", 200 + n, date(2020, 1, 1 + n)) for n in range(3)]
    response = editor_client.post(reverse("editors:claims_verify"), {"claims": [c.pk for c in claims[:2]]})
    assert response.status_code == 302
    states = dict(Claim.objects.values_list("pk", "review_state"))
    assert [states[c.pk] for c in claims] == ["verified", "verified", "machine"]
    assert Claim.objects.get(pk=claims[0].pk).reviewed_by == editor
    assert list(claims[0].events.values_list("action", flat=True)) == ["verified"]


def test_bulk_verify_without_a_claim_changes_nothing(editor_client):
    cells_total("a.txt", 215, date(2023, 11, 1))
    editor_client.post(reverse("editors:claims_verify"), {})
    assert set(Claim.objects.values_list("review_state", flat=True)) == {"machine"}


def test_rejecting_asks_why_and_then_takes_the_claim_off_readers_pages(editor_client):
    claim = cells_total("a.txt", 2003, date(2021, 6, 1))
    url = reverse("editors:claim_reject", args=[claim.pk])
    assert editor_client.post(url, {"note": ""}).status_code == 400
    editor_client.post(url, {"note": "سنة القانون وليست عددا", "public_note": "سُحب الرقم: إنه سنة"})
    assert Claim.objects.get().review_state == "rejected"
    assert f'id="row-{claim.pk}"' not in editor_client.get(reverse("claim_list")).content.decode()
    assert not Claim.objects.public().exists()


def test_restoring_brings_a_rejected_claim_back_to_readers(editor_client, editor):
    claim = cells_total("a.txt", 215, date(2023, 11, 1))
    reject_claim(claim=claim, editor=editor, note="خطأ")
    editor_client.post(reverse("editors:claim_restore", args=[claim.pk]), {"note": "كان رقما فعلا"})
    assert Claim.objects.public().get().review_state == "machine"


def test_the_article_review_page_marks_each_claim_without_popovers(editor_client):
    claim = cells_total("a.txt", 215, date(2023, 11, 1))
    page = editor_client.get(reverse("editors:article_review", args=[claim.article_id])).content.decode()
    body = page[page.index('id="article-text"') :]
    body = body[: body.index("</div>")]
    assert f'id="claim-{claim.pk}"' in body and "popover" not in body
    assert "claims/select_figure.js" in page and "<script>" not in page


def test_adding_a_missed_figure_by_its_selection(editor_client, editor):
    article = make_article("a.txt", body="وأضاف المصدر أن 16 من بين الموقوفين سبق أن قاتلوا في سوريا.")
    start = article.body.index("16")
    response = editor_client.post(
        reverse("editors:claim_add", args=[article.pk]),
        {
            "start": start,
            "end": start + 2,
            "value_text": "16",
            "value": "16",
            "metric": "returnees",
            "subset": "",
            "qualifier": "exact",
            "unit": "count",
            "period_type": "unspecified",
            "org": "unspecified",
            "note": "فات المحرك",
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.start, claim.end, claim.added_by, claim.metric) == (start, start + 2, editor, "returnees")
    assert claim.sentence == article.body


def test_a_figure_typed_by_hand_is_found_in_the_text_when_it_occurs_once(editor_client):
    article = make_article("a.txt", body="تم تفكيك 9 خلايا، ثم 9 أخرى، و31 خلية في المجموع.")
    data = {
        "value": "31",
        "metric": "cells_dismantled",
        "qualifier": "exact",
        "unit": "count",
        "period_type": "unspecified",
        "org": "unspecified",
    }
    url = reverse("editors:claim_add", args=[article.pk])
    assert editor_client.post(url, {**data, "value_text": "31"}).status_code == 302
    assert Claim.objects.get().start == article.body.index("31")
    response = editor_client.post(url, {**data, "value": "9", "value_text": "9"})
    assert response.status_code == 400 and "more than once" in response.content.decode()


def test_a_selection_that_does_not_match_the_figure_typed_is_refused(editor_client):
    article = make_article("a.txt", body="تم تفكيك 9 خلايا.")
    response = editor_client.post(
        reverse("editors:claim_add", args=[article.pk]),
        {
            "start": 0,
            "end": 2,
            "value_text": "9",
            "value": "9",
            "metric": "cells_dismantled",
            "qualifier": "exact",
            "unit": "count",
            "period_type": "unspecified",
            "org": "unspecified",
        },
    )
    assert response.status_code == 400 and not Claim.objects.exists()


def test_correcting_an_articles_details_records_before_and_after(editor_client):
    claim = cells_total("a.txt", 215, date(2023, 11, 1))
    url = reverse("editors:article_correct", args=[claim.article_id])
    form = editor_client.get(url).context["form"]
    data = {name: value or "" for name, value in form.initial.items()}
    data.update(published="2023-11-02", url="https://www.hespress.com/a-1234.html", note="تاريخ خاطئ")
    assert editor_client.post(url, data).status_code == 302
    article = Article.objects.get()
    assert (article.published, article.url) == (date(2023, 11, 2), "https://www.hespress.com/a-1234.html")
    event = ArticleEvent.objects.get()
    assert event.before == {"published": "2023-11-01", "url": ""}


def test_an_article_correction_with_a_bad_address_is_refused(editor_client):
    claim = cells_total("a.txt", 215, date(2023, 11, 1))
    url = reverse("editors:article_correct", args=[claim.article_id])
    response = editor_client.post(url, {"title": "x", "url": "javascript:alert(1)", "note": "x"})
    assert response.status_code == 400 and "url" in response.context["form"].errors


def test_the_corrections_log_lists_claims_and_articles_newest_first_without_internal_notes(client, editor):
    from claims.services import correct_article

    first = cells_total("a.txt", 2009, date(2021, 6, 1))
    correct_claim(
        claim=first, editor=editor, value=209, note="داخلي: اتصلنا بالمصدر", public_note="صُحّح 2009 إلى 209"
    )
    second = make_claim(make_article("b.txt", published=date(2022, 1, 1)), 2003)
    reject_claim(claim=second, editor=editor, note="داخلي: سنة", public_note="سُحب رقم كان سنة")
    correct_article(article=first.article, editor=editor, title="عنوان مصحح", note="داخلي: عنوان")
    response = client.get(reverse("corrections"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    actions = [entry.event.action for entry in response.context["entries"]]
    assert actions == ["corrected", "rejected", "corrected"]  # the article's, then the claims', newest first
    assert response.context["entries"][0].claim is None
    page = response.content.decode()
    assert "صُحّح 2009 إلى 209" in page and "سُحب رقم كان سنة" in page and "داخلي" not in page
    assert "nadia" not in page


def test_an_editor_can_open_the_review_pages_of_an_article(editor_client):
    claim = cells_total("a.txt", 215, date(2023, 11, 1))
    for name, target in [
        ("editors:review", None),
        ("editors:article_review", claim.article_id),
        ("editors:claim_reject", claim.pk),
        ("editors:article_correct", claim.article_id),
    ]:
        url = reverse(name, args=[target] if target else [])
        assert editor_client.get(url).status_code == 200, url


def test_the_article_page_tells_readers_its_details_were_corrected_without_the_internal_note(client, editor):
    from claims.services import correct_article

    claim = cells_total("a.txt", 215, date(2023, 11, 1))
    correct_article(
        article=claim.article,
        editor=editor,
        published=date(2023, 11, 2),
        note="داخلي",
        public_note="صُحّح التاريخ",
    )
    page = client.get(
        reverse("article_detail", args=[claim.article_id]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Article details corrected" in page and "صُحّح التاريخ" in page and "داخلي" not in page
    assert reverse("editors:article_review", args=[claim.article_id]) not in page
