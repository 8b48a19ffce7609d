"""Import jobs: created once (every item written in one transaction), worked on by any number of workers.

The shape of the work, and why it is safe with several workers on several hosts:
- `create_job` writes the job and all its items in one transaction, then enqueues `work_on_job`
  tasks (one per worker that may share the job); a worker never sees a half-listed job.
- `work_on_job` takes one pending item at a time, `SELECT ... FOR UPDATE SKIP LOCKED`, and in that
  same transaction imports it (claims.importer, one article) and marks it done with its outcome and
  the job's counters. Commit makes all of it true at once; a worker killed mid-item makes none of it
  true (PostgreSQL rolls back a dead client's transaction and frees its lock), and the item is taken
  by the next worker. No item is imported twice, none is lost.
- A job whose workers all died is stalled (no heartbeat for STALL_AFTER, pending items left):
  `resume_stalled_jobs` (cron) or the editor's Resume button enqueues it again.
On SQLite (one writer at a time, no SKIP LOCKED) the same code runs, one item after the other.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.importer import MAX_FILE_BYTES, REJECTED, ImportOutcome, import_bytes, reextract_article
from claims.models import Article
from ingest.archives import ArchiveRefused, archive_kind, read_archive
from ingest.models import ImportItem, ImportJob

logger = logging.getLogger(__name__)

FAILED = "failed"
# Items written per INSERT when a job is created, and at most this many bytes of them held at once.
ITEMS_PER_INSERT = 200
BYTES_PER_INSERT = 32 * 1024 * 1024
# A worker that finds every pending item taken by others waits this long for them (they finish,
# or their worker dies and the item comes back) before leaving the rest to the stall check.
WAIT_FOR_OTHERS_SECONDS = 60
WORKER = f"{socket.gethostname()}:{os.getpid()}"[:100]
# How often a worker copies the items' counts onto the job (its heartbeat too).
REPORT_EVERY_SECONDS = 1.0


@dataclass
class NewItem:
    name: str
    content: bytes | None = None
    url: str = ""
    outlet: str = ""
    article_id: int | None = None
    rejected_reason: str = ""  # refused before the job starts (too large, unsafe archive member)


def tasks_per_job() -> int:
    """How many `work_on_job` tasks a job gets: the workers that may share it (deploy.md)."""
    return int(getattr(settings, "INGEST_TASKS_PER_JOB", 4))


# --- creating jobs --------------------------------------------------------------------------------


def create_job(
    *, kind: str, label: str, user=None, items: Iterable[NewItem], replace: bool = False
) -> ImportJob:
    """Write the job and its items in one transaction, then hand it to the queue."""
    with transaction.atomic():
        job = ImportJob.objects.create(kind=kind, label=label[:500], created_by=user, replace=replace)
        total = 0
        batch, batch_bytes = [], 0
        for new in items:
            batch.append(_item_row(job, total, new))
            total += 1
            batch_bytes += len(new.content or b"")
            if len(batch) >= ITEMS_PER_INSERT or batch_bytes >= BYTES_PER_INSERT:
                ImportItem.objects.bulk_create(batch)
                batch, batch_bytes = [], 0
        ImportItem.objects.bulk_create(batch)
        ImportJob.objects.filter(pk=job.pk).update(total=total)
        job.total = total
        job.recount()
    job.refresh_from_db()
    enqueue_job(job)
    return job


def _item_row(job: ImportJob, position: int, new: NewItem) -> ImportItem:
    item = ImportItem(
        job=job,
        position=position,
        name=new.name[:600],
        content=new.content,
        url=new.url,
        outlet=new.outlet,
        article_id=new.article_id,
    )
    if new.rejected_reason:
        item.state, item.status, item.reason, item.content = (
            ImportItem.DONE,
            REJECTED,
            new.rejected_reason,
            None,
        )
        item.finished_at = timezone.now()
    return item


def enqueue_job(job: ImportJob) -> None:
    from ingest.tasks import finish_job_task, work_on_job

    if not job.items.filter(state=ImportItem.PENDING).exists():
        finish_job_task.enqueue(job.pk)
        return
    for _n in range(min(tasks_per_job(), job.total)):
        work_on_job.enqueue(job.pk)


def upload_items(uploads) -> Iterator[NewItem]:
    """Uploaded files as items: a plain file is one item, an archive one item per member."""
    for upload in uploads:
        head = upload.read(4)
        upload.seek(0)
        if archive_kind(upload.name, head):
            yield from archive_items(upload.name, upload, upload.size)
        elif upload.size > MAX_FILE_BYTES:
            reason = _("file too large (over %(mb)d MB)") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
            yield NewItem(upload.name, rejected_reason=reason)
        else:
            yield NewItem(upload.name, content=upload.read())


def archive_items(name: str, fileobj, size: int) -> Iterator[NewItem]:
    """An archive's members, or the archive alone, refused with its reason: nothing of a refused
    archive is imported (its members read before the refusal are dropped)."""
    members = []
    try:
        for member in read_archive(name, fileobj, size):
            members.append(NewItem(member.name, content=member.content, rejected_reason=member.reason))
    except ArchiveRefused as exc:
        yield NewItem(name, rejected_reason=exc.reason)
        return
    if not members:
        yield NewItem(name, rejected_reason=_("the archive holds no article file"))
    yield from members


def start_upload_job(user, uploads, *, replace: bool = False) -> ImportJob:
    names = ", ".join(upload.name for upload in uploads)
    items = upload_items(uploads)
    return create_job(kind=ImportJob.UPLOAD, label=names, user=user, items=items, replace=replace)


def start_url_job(user, urls: list[str], *, outlet: str = "", kind: str = ImportJob.URLS) -> ImportJob:
    items = (NewItem(url, url=url, outlet=outlet) for url in urls)
    label = urls[0] if len(urls) == 1 else _("%(n)d addresses") % {"n": len(urls)}
    return create_job(kind=kind, label=label, user=user, items=items)


def start_reextract_job(user, article_ids: list[int]) -> ImportJob:
    items = (NewItem(f"article {pk}", article_id=pk) for pk in article_ids)
    label = _("%(n)d articles") % {"n": len(article_ids)}
    return create_job(kind=ImportJob.REEXTRACT, label=label, user=user, items=items)


# --- working on jobs ------------------------------------------------------------------------------


def work_on_job(job_id: int) -> int:
    """Import pending items of the job until none is left; returns how many this worker imported."""
    ImportJob.objects.filter(pk=job_id, state=ImportJob.QUEUED).update(
        state=ImportJob.RUNNING, started_at=timezone.now(), heartbeat_at=timezone.now()
    )
    job = ImportJob.objects.get(pk=job_id)
    imported, waited_since, reported = 0, None, time.monotonic()
    while True:
        if time.monotonic() - reported >= REPORT_EVERY_SECONDS:
            job.recount()  # the counters editors see, and this worker's heartbeat
            reported = time.monotonic()
        if process_next_item(job_id):
            imported, waited_since = imported + 1, None
            continue
        if not ImportItem.objects.filter(job_id=job_id, state=ImportItem.PENDING).exists():
            break
        # Every pending item is taken by another worker: it will finish it, or die and release it.
        waited_since = waited_since or time.monotonic()
        if time.monotonic() - waited_since > WAIT_FOR_OTHERS_SECONDS:
            return imported
        time.sleep(0.2)
    finish_job(job_id)
    return imported


def process_next_item(job_id: int) -> bool:
    """Claim, import and record one item in one transaction; False when none is free."""
    with transaction.atomic():
        relax_commit_flush()
        item = (
            ImportItem.objects.select_for_update(skip_locked=True)
            .filter(job_id=job_id, state=ImportItem.PENDING)
            .order_by("position")
            .first()
        )
        if item is None:
            return False
        outcome = run_item(item)
        item.state, item.status, item.reason = ImportItem.DONE, outcome.status, outcome.reason[:2000]
        item.claims, item.content, item.finished_at = outcome.claims, None, timezone.now()
        item.worker = WORKER
        if outcome.article is not None:
            item.article = outcome.article
        item.save()
    return True


def relax_commit_flush() -> None:
    """On PostgreSQL, this transaction's COMMIT returns before its WAL reaches the disk.

    Safe here because the item and its article commit together: a database crash loses at most the
    last few items of a job *with* their articles, and they are pending again, to be imported once.
    The job's own end (finish_job) commits normally, which flushes every item committed before it.
    It matters because imports serialize on the data-version row (claims' triggers) until COMMIT.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def run_item(item: ImportItem) -> ImportOutcome:
    """One item through the importer, inside a savepoint: an unexpected error fails this item only."""
    try:
        with transaction.atomic():
            return _import_item(item)
    except DatabaseError:
        raise  # the connection itself may be gone: let the transaction roll back, the item stays pending
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop the job
        logger.exception("item %s of job %s failed", item.pk, item.job_id)
        return ImportOutcome(
            item.name, FAILED, _("internal error: %(error)s") % {"error": type(exc).__name__}
        )


def _import_item(item: ImportItem) -> ImportOutcome:
    from ingest.fetch import FetchError

    if item.job.kind == ImportJob.REEXTRACT:
        article = Article.objects.select_related("source").filter(pk=item.article_id).first()
        if article is None:
            return ImportOutcome(item.name, REJECTED, _("the article no longer exists"))
        return ImportOutcome(item.name, "updated", article=article, claims=reextract_article(article))
    if item.url:
        try:
            page = fetch_for(item)
        except FetchError as exc:
            return ImportOutcome(item.name, FAILED, exc.reason)
        overrides = {"url": page.url, "outlet": item.outlet}
        return import_bytes(
            page.content, item.name, overrides=overrides, defaults={"outlet": outlet_of(page.url)}
        )
    return import_bytes(bytes(item.content or b""), item.name, replace=item.job.replace)


def fetch_for(item: ImportItem):
    """A feed's items are fetched as a crawler (robots.txt, per-host delay); an address an editor
    pasted is fetched once, as their browser would."""
    from ingest.fetch import fetch, polite_fetch

    return polite_fetch(item.url) if item.job.kind == ImportJob.FEED else fetch(item.url)


def outlet_of(url: str) -> str:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def finish_job(job_id: int) -> bool:
    """Mark the job finished once no item is pending (whoever gets here first), then the follow-ups."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.state == ImportJob.FINISHED or job.items.filter(state=ImportItem.PENDING).exists():
            return False
        now = timezone.now()
        job.recount()
        job.state, job.finished_at = ImportJob.FINISHED, now
        job.started_at = job.started_at or now
        job.save(update_fields=["state", "finished_at", "started_at"])
    from ingest.tasks import after_import

    after_import.enqueue(job_id)
    return True


def imported_article_ids(job_id: int) -> list[int]:
    return list(
        ImportItem.objects.filter(job_id=job_id, status__in=["new", "updated"], article__isnull=False)
        .values_list("article_id", flat=True)
        .distinct()
    )


def retry_failed(job: ImportJob) -> int:
    """Put the job's failed items back in the queue (a site that was down, a timeout); how many."""
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update().get(pk=job.pk)
        count = ImportItem.objects.filter(job=locked, status=FAILED).update(
            state=ImportItem.PENDING, status="", reason="", finished_at=None
        )
        if not count:
            return 0
        ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.RUNNING, finished_at=None)
        locked.recount()
    job.refresh_from_db()
    enqueue_job(job)
    return count


def resume(job: ImportJob) -> None:
    """Hand a stalled job to the queue again (its dead workers' items are pending again)."""
    ImportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now())
    enqueue_job(job)


def resume_stalled_jobs() -> list[int]:
    resumed = []
    for job in ImportJob.objects.stalled():
        resume(job)
        resumed.append(job.pk)
    return resumed
