"""An editor's job page answers while a worker is in the middle of writing the same tables.

A worker imports an archive, then refreshes findings and warms caches, each in a transaction; the editor's
page reloads whenever it likes. On PostgreSQL readers never wait for writers. On SQLite the suite's database
is in memory with a shared cache, where a reader of a table another connection is writing failed at once
with "database table is locked" (a 500 in the browser test of the job page, seen in CI) until the
connection read without table locks (settings: PRAGMA read_uncommitted).
"""

import threading

import pytest
from django.db import connection, transaction

from claims.models import Finding
from ingest.models import ImportJob

pytestmark = pytest.mark.django_db(transaction=True)


def hold_a_write(job_pk, holding, release, failures):
    """A worker thread: writes the job's counters and a finding, then keeps its transaction open."""
    try:
        with transaction.atomic():
            ImportJob.objects.filter(pk=job_pk).update(done=1, new=1, state=ImportJob.RUNNING)
            Finding.objects.filter(pk=-1).update(status=Finding.OPEN)
            holding.set()
            release.wait(30)
    except Exception as error:  # noqa: BLE001 - the test reports it
        failures.append(error)
        holding.set()
    finally:
        connection.close()


def test_the_job_page_answers_while_a_worker_holds_an_open_write_on_its_tables(client, editor):
    job = ImportJob.objects.create(kind=ImportJob.UPLOAD, label="week-12.zip", created_by=editor, total=2)
    client.force_login(editor)  # the session is written before the worker holds its transaction
    holding, release, failures = threading.Event(), threading.Event(), []
    worker = threading.Thread(target=hold_a_write, args=(job.pk, holding, release, failures))
    worker.start()
    try:
        assert holding.wait(10)
        page = client.get(f"/jobs/{job.pk}/")
        progress = client.get(f"/jobs/{job.pk}/progress.json")
    finally:
        release.set()
        worker.join(30)
    assert failures == []
    assert page.status_code == 200 and "week-12.zip" in page.content.decode()
    assert progress.status_code == 200 and progress.json()["total"] == 2
