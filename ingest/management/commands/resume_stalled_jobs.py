from django.core.management.base import BaseCommand

from ingest.jobs import resume_stalled_jobs
from ingest.models import STALL_AFTER


class Command(BaseCommand):
    help = (
        "Hand import jobs whose workers stopped reporting (killed, host lost) to the queue again; "
        f"a job is stalled after {int(STALL_AFTER.total_seconds())} s without a heartbeat. Run it from cron "
        "every minute (docs/deploy.md): items finished stay finished, the rest is imported once."
    )

    def handle(self, *args, **options):
        resumed = resume_stalled_jobs()
        self.stdout.write(
            f"Resumed {len(resumed)} stalled jobs{': ' if resumed else '.'}{', '.join(map(str, resumed))}"
        )
