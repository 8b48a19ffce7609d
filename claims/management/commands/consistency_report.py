import json

from django.core.management.base import BaseCommand

from claims.findings import consistency_report


class Command(BaseCommand):
    help = (
        "Run the consistency engine over the claims in the database (editors' corrections applied) "
        "and print the findings (CONTRACT.md part 2)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print the JSON document (the default)")
        parser.add_argument(
            "--all",
            action="store_true",
            help="also the findings under the queue's threshold (built on shaky readings or a tiny gap)",
        )

    def handle(self, *args, **options):
        report = consistency_report(include_hidden=options["all"])
        self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
