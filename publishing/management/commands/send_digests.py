"""Follow every saved search, then e-mail each reader the digest of what is new (cron: daily)."""

from django.core.management.base import BaseCommand

from publishing.alerts import follow_all
from publishing.digests import send_digests


class Command(BaseCommand):
    help = "E-mail each reader the new claims, findings and verdicts of their saved searches."

    def handle(self, *args, **options):
        raised = follow_all()
        messages, carried = send_digests()
        self.stdout.write(f"{raised} new alerts; {messages} digests sent carrying {carried} alerts")
