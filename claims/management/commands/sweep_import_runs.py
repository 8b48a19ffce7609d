from django.core.management.base import BaseCommand

from claims.models import ImportRun


class Command(BaseCommand):
    help = (
        "Mark failed the import runs still 'running' whose process is gone (on this machine) or that gave "
        "no sign of life for 15 minutes: killed, or timed out in a web request. Every new import does "
        "this first; run it from cron to keep the record honest between imports."
    )

    def handle(self, *args, **options):
        marked = ImportRun.objects.sweep_abandoned()
        for run in ImportRun.objects.filter(pk__in=[r.pk for r in marked]).order_by("started_at"):
            self.stdout.write(f"import run {run.pk} ({run.started_at:%Y-%m-%d %H:%M}): failed: {run.error}")
        self.stdout.write(f"{len(marked)} abandoned import runs marked failed.")
