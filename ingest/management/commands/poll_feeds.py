import time

from django.core.management.base import BaseCommand

from ingest.feeds import due_feed_ids
from ingest.tasks import poll_feed


class Command(BaseCommand):
    help = (
        "Poll the registered feeds and sitemaps that are due (each at its own interval): their polls go "
        "to the job queue, their new articles become import jobs. Run it from cron every few minutes, or "
        "once with --loop as a long-running process; any number may run, each feed is polled by one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep polling, every --every seconds")
        parser.add_argument("--every", type=float, default=60.0, help="seconds between two rounds (--loop)")

    def handle(self, *args, loop=False, every=60.0, **options):
        while True:
            feed_ids = due_feed_ids()
            for feed_id in feed_ids:
                poll_feed.enqueue(feed_id)
            self.stdout.write(f"{len(feed_ids)} feeds due: polls queued.")
            if not loop:
                return
            time.sleep(every)
