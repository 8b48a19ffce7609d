"""A job whose workers died is seen as stalled and resumed; retried items are imported once."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.models import Article
from ingest.models import STALL_AFTER, ImportItem, ImportJob
from tests.editors.articles import ARTICLE_2023, ARTICLE_2025

pytestmark = pytest.mark.django_db


def job_left_by_a_dead_worker(editor) -> ImportJob:
    """Two items, one done, one pending, the last heartbeat long ago: what a killed worker leaves."""
    job = ImportJob.objects.create(kind=ImportJob.UPLOAD, label="week.zip", created_by=editor, total=2)
    ImportItem.objects.create(job=job, position=0, name="a.txt", content=ARTICLE_2023.encode())
    ImportItem.objects.create(job=job, position=1, name="b.txt", content=ARTICLE_2025.encode())
    from ingest.jobs import process_next_item

    process_next_item(job.pk)
    ImportJob.objects.filter(pk=job.pk).update(
        state=ImportJob.RUNNING, heartbeat_at=timezone.now() - STALL_AFTER - timedelta(seconds=1)
    )
    return job


def test_a_job_without_heartbeat_and_with_pending_items_is_stalled(editor):
    job = job_left_by_a_dead_worker(editor)
    assert job.is_stalled()
    ImportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now())
    assert not job.is_stalled()


def test_resume_stalled_jobs_finishes_the_job_without_importing_anything_twice(editor):
    job = job_left_by_a_dead_worker(editor)
    call_command("resume_stalled_jobs", stdout=open("/dev/null", "w"))
    job.refresh_from_db()
    assert (job.state, job.done, job.new) == ("finished", 2, 2)
    assert Article.objects.count() == 2


def test_re_extraction_runs_as_a_job_over_every_article_and_keeps_their_claims(client, editor):
    from django.urls import reverse

    from claims.importer import import_bytes

    for name, text in (("a.txt", ARTICLE_2023), ("b.txt", ARTICLE_2025)):
        import_bytes(text.encode(), name)
    identities = set(Article.objects.values_list("claims__identity", flat=True))
    client.force_login(editor)
    response = client.post(reverse("ingest:reextract_all"))
    job = ImportJob.objects.get(kind=ImportJob.REEXTRACT)
    assert response["Location"] == job.get_absolute_url()
    assert (job.state, job.total, job.updated) == ("finished", 2, 2)
    assert set(Article.objects.values_list("claims__identity", flat=True)) == identities
