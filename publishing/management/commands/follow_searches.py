"""Raise every saved search's new alerts and queue their webhooks (cron: every few minutes, and
after imports); with the immediate task backend it also sends the webhook retries that are due."""

from django.core.management.base import BaseCommand

from publishing.alerts import follow_all
from publishing.webhooks import send_due


class Command(BaseCommand):
    help = "Raise saved searches' new alerts (claims, findings, verdicts) and queue their webhooks."

    def handle(self, *args, **options):
        raised = follow_all()
        retried = send_due()
        self.stdout.write(f"{raised} new alerts, {retried} webhook retries queued")
