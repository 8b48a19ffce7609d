"""Publishing's jobs on the django.tasks API: inline with the immediate backend (development, tests),
queued for `manage.py db_worker` with the database backend (production). Arguments are plain ids."""

from __future__ import annotations

from django_tasks import task


@task()
def deliver_alert(alert_id: int) -> str:
    """One try of one webhook delivery; a failed try queues the next at its back-off."""
    from publishing.webhooks import deliver

    return deliver(alert_id)


@task()
def follow_searches() -> int:
    """Raise every saved search's new alerts (and queue their webhooks)."""
    from publishing.alerts import follow_all

    return follow_all()
