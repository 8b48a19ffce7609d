"""Webhooks: a saved search's new claims, findings and verdicts POSTed signed to a local receiver,
a failed delivery retried with back-off."""

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from claims.services import flag_claims
from publishing import webhooks
from publishing.models import Alert, SavedSearch
from tests.publishing.figures import cells_report
from tests.publishing.receiver import Receiver

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("private_addresses_allowed")]


@pytest.fixture
def private_addresses_allowed(settings):
    """The receiver listens on 127.0.0.1, which production refuses."""
    settings.CTFACTS_ALLOW_PRIVATE_URLS = True
    settings.WEBHOOK_RETRY_SECONDS = 60


@pytest.fixture
def receiver():
    started = Receiver().start()
    yield started
    started.stop()


def follow_cells_with_webhook(client, journalist, url) -> SavedSearch:
    """karim follows the cells dismantled with a webhook, through the pages, and reads his secret there."""
    client.force_login(journalist)
    response = client.post(
        reverse("saved_search_new"),
        {
            "query": "metric=cells_dismantled",
            "name": "الخلايا المفككة",
            "email_digest": "on",
            "webhook_url": url,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(reverse("saved_searches")).content.decode()
    saved = SavedSearch.objects.get(owner=journalist)
    saved.shown_secret = re.search(r'<span class="secret" dir="ltr">([0-9a-f]{64})</span>', page).group(1)
    return saved


def test_a_new_claim_reaches_the_receiver_signed_with_the_documented_secret(client, journalist, receiver):
    saved = follow_cells_with_webhook(client, journalist, receiver.url)
    made = cells_report("هسبريس", date(2024, 5, 2))
    call_command("follow_searches")
    (post,) = receiver.received
    assert post.path == "/hooks/ctfacts" and post.headers["Content-Type"] == "application/json"
    assert post.headers["X-Ctfacts-Event"] == "claim"
    # What the README tells a receiver to do: HMAC-SHA256 over "<timestamp>.<raw body>" with the secret.
    timestamp, signature = post.headers["X-Ctfacts-Timestamp"], post.headers["X-Ctfacts-Signature"]
    assert webhooks.verify(saved.shown_secret, timestamp, post.body, signature)
    assert not webhooks.verify("another secret", timestamp, post.body, signature)
    assert not webhooks.verify(saved.shown_secret, timestamp, post.body + b" ", signature)
    body = json.loads(post.body)
    assert body["event"] == "claim" and body["saved_search"]["name"] == "الخلايا المفككة"
    assert body["data"]["claim"]["id"] == made.pk and body["data"]["claim"]["value"] == 200
    assert body["data"]["claim"]["page"].endswith(f"/claims/{made.pk}/")
    assert Alert.objects.get().delivery == Alert.DELIVERED


def readme_verifier():
    """The receiver's check as the README prints it (section "Webhooks"), run as a newsroom would."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    webhooks_section = readme.split("### Webhooks", 1)[1].split("\n### ", 1)[0]
    (code,) = [
        block for block in re.findall(r"```python\n(.*?)```", webhooks_section, re.S) if "def " in block
    ]
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README's example
    return namespace["is_from_ctfacts"]


def test_the_readmes_own_check_verifies_a_delivery_and_refuses_a_tampered_one(client, journalist, receiver):
    saved = follow_cells_with_webhook(client, journalist, receiver.url)
    cells_report("هسبريس", date(2024, 5, 2))
    call_command("follow_searches")
    (post,) = receiver.received
    is_from_ctfacts = readme_verifier()
    assert is_from_ctfacts(saved.shown_secret, post.headers, post.body)
    assert not is_from_ctfacts(saved.shown_secret, post.headers, post.body.replace(b"200", b"201"))
    assert not is_from_ctfacts("another secret", post.headers, post.body)


def test_a_failed_delivery_is_retried_after_its_back_off_with_the_same_delivery_id(
    client, journalist, receiver
):
    receiver.answers = [503, 200]
    follow_cells_with_webhook(client, journalist, receiver.url)
    cells_report("هسبريس", date(2024, 5, 2))
    before = timezone.now()
    call_command("follow_searches")
    alert = Alert.objects.get()
    assert len(receiver.received) == 1 and alert.delivery == Alert.PENDING and alert.attempts == 1
    assert alert.last_status == 503
    assert before + timedelta(seconds=59) < alert.next_attempt_at < timezone.now() + timedelta(seconds=61)

    call_command("follow_searches")  # not due yet: nothing sent
    assert len(receiver.received) == 1

    Alert.objects.filter(pk=alert.pk).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )  # a minute on
    call_command("follow_searches")
    first, second = receiver.received
    assert second.headers["X-Ctfacts-Delivery"] == first.headers["X-Ctfacts-Delivery"] == str(alert.pk)
    alert.refresh_from_db()
    assert alert.delivery == Alert.DELIVERED and alert.attempts == 2


def test_the_back_off_doubles_and_stops_at_six_hours(settings):
    settings.WEBHOOK_RETRY_SECONDS = 60
    assert [webhooks.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert webhooks.backoff(30) == timedelta(hours=6)


def test_a_receiver_that_never_answers_2xx_fails_the_alert_after_the_last_try(client, journalist, receiver):
    receiver.answers = [500]
    follow_cells_with_webhook(client, journalist, receiver.url)
    cells_report("هسبريس", date(2024, 5, 2))
    call_command("follow_searches")
    alert = Alert.objects.get()
    for _ in range(webhooks.MAX_ATTEMPTS):
        Alert.objects.filter(pk=alert.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        call_command("follow_searches")
    alert.refresh_from_db()
    assert alert.delivery == Alert.FAILED and alert.attempts == webhooks.MAX_ATTEMPTS
    assert len(receiver.received) == webhooks.MAX_ATTEMPTS


def test_an_editors_verdict_on_a_followed_claim_is_posted(client, journalist, editor, receiver):
    follow_cells_with_webhook(client, journalist, receiver.url)
    made = cells_report("هسبريس", date(2024, 5, 2))
    call_command("follow_searches")
    flag_claims(claims=[made], editor=editor, reason="stale", note="ملاحظة داخلية")
    call_command("follow_searches")
    verdict = json.loads(receiver.received[-1].body)
    assert verdict["event"] == "verdict" and verdict["data"]["verdict"]["verdict"] == "stale"
    assert verdict["data"]["claim"]["id"] == made.pk
    assert "ملاحظة داخلية" not in receiver.received[-1].body.decode()


def test_a_new_secret_changes_the_signature_at_once(client, journalist, receiver):
    saved = follow_cells_with_webhook(client, journalist, receiver.url)
    client.post(reverse("saved_search_new_secret", args=[saved.pk]))
    saved.refresh_from_db()
    assert saved.webhook_secret != saved.shown_secret
    cells_report("هسبريس", date(2024, 5, 2))
    call_command("follow_searches")
    (post,) = receiver.received
    headers = post.headers
    assert webhooks.verify(
        saved.webhook_secret, headers["X-Ctfacts-Timestamp"], post.body, headers["X-Ctfacts-Signature"]
    )
    assert not webhooks.verify(
        saved.shown_secret, headers["X-Ctfacts-Timestamp"], post.body, headers["X-Ctfacts-Signature"]
    )


@override_settings(CTFACTS_ALLOW_PRIVATE_URLS=False)
def test_a_loopback_address_is_refused_when_saved_and_when_posted(client, journalist, receiver):
    client.force_login(journalist)
    response = client.post(
        reverse("saved_search_new"),
        {"query": "", "name": "كل الأرقام", "webhook_url": receiver.url},
    )
    assert response.status_code == 400 and "cannot receive webhooks" in response.content.decode()
    with pytest.raises(webhooks.RefusedAddress, match="loopback, private or reserved"):
        webhooks.post(receiver.url, b"{}", {})
    assert receiver.received == []


def run_queue_once():
    """What `manage.py db_worker --batch` does: run the queued tasks that are due, then stop."""
    from django_tasks_db.management.commands.db_worker import Worker

    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="webhook-test-worker",
        excluded_queue_names=[],
    ).run()


def test_on_the_database_queue_a_failed_delivery_waits_there_for_its_back_off_and_a_worker_retries_it(
    client, journalist, receiver, settings
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # production's queue
    receiver.answers = [503, 200]
    follow_cells_with_webhook(client, journalist, receiver.url)
    cells_report("هسبريس", date(2024, 5, 2))
    call_command("follow_searches")  # raises the alert and queues its first try: nothing sent yet
    assert receiver.received == []

    run_queue_once()  # the first try: 503
    alert = Alert.objects.get()
    assert len(receiver.received) == 1 and alert.delivery == Alert.PENDING and alert.attempts == 1
    (retry,) = DBTaskResult.objects.filter(status="READY", task_path="publishing.tasks.deliver_alert")
    assert retry.run_after == alert.next_attempt_at  # queued at its back-off, a minute on
    assert retry.args_kwargs["args"] == [alert.pk]

    run_queue_once()  # not due yet: the worker leaves it queued
    call_command("follow_searches")  # and cron does not send it a second time beside the queue
    assert len(receiver.received) == 1

    a_minute_on = timezone.now() - timedelta(seconds=1)  # the back-off over, for the queue and the alert
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=a_minute_on)
    Alert.objects.filter(pk=alert.pk).update(next_attempt_at=a_minute_on)
    run_queue_once()
    first, second = receiver.received
    assert second.headers["X-Ctfacts-Delivery"] == first.headers["X-Ctfacts-Delivery"] == str(alert.pk)
    alert.refresh_from_db()
    assert alert.delivery == Alert.DELIVERED and alert.attempts == 2
