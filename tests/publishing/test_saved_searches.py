"""Saved searches: a signed-in reader keeps a claims filter and follows it (alerts, feed, digest)."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Finding
from claims.services import confirm_finding
from publishing.alerts import MAX_CLAIM_ALERTS, follow
from publishing.models import Alert, SavedSearch
from tests.publishing.atom import entry_links, entry_titles, parse_atom
from tests.publishing.figures import cells_report
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


def save_search(client, user, query="metric=cells_dismantled", name="الخلايا المفككة", **fields):
    client.force_login(user)
    response = client.post(
        reverse("saved_search_new"), {"query": query, "name": name, "email_digest": "on", **fields}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return SavedSearch.objects.get(owner=user, name=name)


def test_the_claims_page_offers_to_follow_its_filters(client, journalist):
    cells_report("هسبريس", date(2024, 5, 2))
    client.force_login(journalist)
    html = client.get(reverse("claim_list"), {"metric": "cells_dismantled"}).content.decode()
    assert f'href="{reverse("saved_search_new")}?metric=cells_dismantled"' in html
    form = client.get(
        reverse("saved_search_new"), {"metric": "cells_dismantled", "page": "2"}
    ).content.decode()
    assert 'name="query" value="metric=cells_dismantled"' in form and "Terrorist cells dismantled" in form


def test_an_anonymous_reader_is_not_offered_a_follow_link_that_leads_to_the_log_in_page(client, journalist):
    cells_report("هسبريس", date(2024, 5, 2))
    assert reverse("saved_search_new") not in client.get(reverse("claim_list")).content.decode()
    client.force_login(journalist)  # the same page, cached for anonymous readers, offers it once signed in
    assert reverse("saved_search_new") in client.get(reverse("claim_list")).content.decode()


def test_following_needs_an_account(client):
    response = client.get(reverse("saved_search_new"), {"metric": "cells_dismantled"})
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_search_alerts_on_what_comes_after_it_not_on_the_past(client, journalist):
    cells_report("برلمان", date(2023, 1, 15))
    saved = save_search(client, journalist)
    assert follow(saved) == []
    made = cells_report("هسبريس", date(2024, 5, 2))
    (alert,) = follow(saved)
    assert alert.kind == Alert.CLAIM and alert.claim == made
    saved.refresh_from_db()
    assert follow(saved) == []  # seen once, raised once


def test_only_claims_the_filters_select_alert(client, journalist):
    saved = save_search(client, journalist)
    story = article("وتم توقيف 34 شخصا.", source=outlet("هسبريس"), published=date(2024, 6, 1))
    claim(story, "34", metric="persons_arrested")
    assert follow(saved) == []


def test_a_claim_committed_late_behind_the_cursor_still_alerts_once(client, journalist):
    saved = save_search(client, journalist)
    early = cells_report("برلمان", date(2023, 1, 15))
    later = cells_report("هسبريس", date(2024, 5, 2))
    Alert.objects.all().delete()
    # as if `early` had committed after a pass had already seen `later`'s id
    SavedSearch.objects.filter(pk=saved.pk).update(seen_claim_id=later.pk)
    saved.refresh_from_db()
    assert [a.claim for a in follow(saved)] == [early, later]
    saved.refresh_from_db()
    assert follow(saved) == []


def test_a_flood_of_claims_is_capped_with_one_more_alert(client, journalist):
    saved = save_search(client, journalist)
    for i in range(MAX_CLAIM_ALERTS + 5):
        cells_report(f"منبر {i}", date(2024, 1, 1 + i % 28), value=str(100 + i))
    raised = follow(saved)
    assert len(raised) == MAX_CLAIM_ALERTS + 1
    assert raised[-1].payload["more_claims"] == 5


def test_a_finding_on_a_followed_claim_alerts_and_joins_the_feed(client, journalist, editor):
    saved = save_search(client, journalist)
    old = cells_report("برلمان", date(2023, 1, 15), value="210")
    new = cells_report("هسبريس", date(2024, 5, 2), value="200")
    follow(saved)
    finding = Finding.objects.create(
        kind="cumulative_decrease",
        metric="cells_dismantled",
        key="k1",
        explanation="210 ثم 200: المجموع ينخفض",
    )
    finding.claims.set([old, new])
    (raised,) = follow(saved)
    assert (
        raised.kind == Alert.FINDING
        and raised.payload["finding"]["kind_label"] == "A running total goes down"
    )
    confirm_finding(finding=finding, editor=editor)
    verdicts = follow(saved)
    assert {a.kind for a in verdicts} == {Alert.VERDICT} and {a.claim for a in verdicts} == {old, new}

    client.logout()  # a feed reader has no session: the token is the key
    feed = parse_atom(client.get(reverse("saved_search_feed", args=[saved.token])).content)
    titles = entry_titles(feed)
    assert "Finding: A running total goes down (Terrorist cells dismantled)" in titles
    assert any(t.startswith("Editors' verdict: inconsistent — Terrorist cells dismantled") for t in titles)
    assert f"http://testserver/claims/{new.pk}/" in entry_links(feed)


def test_a_saved_search_feed_with_a_wrong_token_is_404(client):
    assert client.get(reverse("saved_search_feed", args=["not-a-token"])).status_code == 404


def test_a_reader_sees_and_changes_only_their_own_searches(client, journalist, editor):
    karims = save_search(client, journalist, name="بحث كريم")
    client.force_login(editor)
    assert "بحث كريم" not in client.get(reverse("saved_searches")).content.decode()
    assert client.post(reverse("saved_search_delete", args=[karims.pk])).status_code == 404
    assert client.get(reverse("saved_search_edit", args=[karims.pk])).status_code == 404
    assert SavedSearch.objects.filter(pk=karims.pk).exists()


def test_the_same_filters_cannot_be_saved_twice(client, journalist):
    save_search(client, journalist)
    response = client.post(
        reverse("saved_search_new"), {"query": "metric=cells_dismantled", "name": "مرة ثانية"}
    )
    assert response.status_code == 400 and "already follow" in response.content.decode()


def test_digests_email_each_reader_what_is_new_once(client, journalist, mailoutbox):
    journalist.email = "karim@example.ma"
    journalist.save()
    save_search(client, journalist)
    made = cells_report("هسبريس", date(2024, 5, 2))
    call_command("send_digests")
    (message,) = mailoutbox
    assert message.to == ["karim@example.ma"] and "1 new" in message.subject
    assert "الخلايا المفككة" in message.body and f"/claims/{made.pk}/" in message.body
    html, _type = message.alternatives[0]
    assert f'href="http://127.0.0.1:8000/claims/{made.pk}/"' in html
    call_command("send_digests")
    assert len(mailoutbox) == 1  # nothing new: nothing sent


def test_a_digest_is_written_in_the_language_the_search_was_saved_in(arabic_client, journalist, mailoutbox):
    journalist.email = "karim@example.ma"
    journalist.save()
    save_search(arabic_client, journalist)
    cells_report("هسبريس", date(2024, 5, 2))
    call_command("send_digests")
    (message,) = mailoutbox
    assert "ctfacts:" in message.subject and "الخلايا" in message.body and "Terrorist" not in message.body


def test_no_digest_for_a_reader_without_an_address_or_who_turned_it_off(
    client, journalist, editor, mailoutbox
):
    save_search(client, journalist)  # karim has no e-mail address
    editor.email = "nadia@example.ma"
    editor.save()
    client.force_login(editor)
    client.post(reverse("saved_search_new"), {"query": "", "name": "كل الأرقام"})  # digest box left unticked
    cells_report("هسبريس", date(2024, 5, 2))
    call_command("send_digests")
    assert mailoutbox == []


def test_an_editor_verifying_a_followed_claim_raises_a_verified_verdict(client, journalist, editor):
    from claims.services import verify_claims

    saved = save_search(client, journalist)
    made = cells_report("هسبريس", date(2024, 5, 2))
    follow(saved)
    verify_claims(claims=[made], editor=editor)
    (alert,) = follow(saved)
    assert alert.kind == Alert.VERDICT and alert.payload["verdict"]["verdict"] == "verified"
    assert alert.payload["claim"]["editorial"]["review_state"] == "verified"
