"""The jobs, written once against the django.tasks API: run inline by the immediate backend (`make run`,
tests) or by `manage.py db_worker` processes on any number of hosts (the database backend).

Arguments are plain ids (the database backend stores them as JSON); each task reads what it needs.
"""

from __future__ import annotations

from django_tasks import task

from ingest import jobs


@task()
def work_on_job(job_id: int) -> int:
    """Import the job's pending items, one article per transaction, alongside the job's other workers."""
    return jobs.work_on_job(job_id)


@task()
def finish_job_task(job_id: int) -> bool:
    return jobs.finish_job(job_id)


@task()
def after_import(job_id: int) -> dict:
    """What follows an import: syndicated copies grouped, findings refreshed, first pages' counts warmed."""
    from ingest.copies import group_copies

    grouped = group_copies(jobs.imported_article_ids(job_id))
    outcome = refresh_findings()
    return {"copies": grouped, "findings": outcome}


def refresh_findings() -> str:
    from django.core.management import call_command

    from claims.findings import refresh_findings_quietly

    refresh_findings_quietly()
    call_command("warm_caches", stdout=_Quiet())
    return "refreshed"


@task()
def refresh_findings_task() -> str:
    return refresh_findings()


@task()
def poll_feed(feed_id: int) -> str:
    from ingest.feeds import poll

    return poll(feed_id)


class _Quiet:
    def write(self, text):
        pass

    def flush(self):
        pass
