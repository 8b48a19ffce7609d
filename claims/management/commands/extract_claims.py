import json
import sys

from django.core.management.base import BaseCommand

from claims.extraction.report import extraction_report


class Command(BaseCommand):
    help = (
        "Read article files or folders and print what the engine extracts (CONTRACT.md part 1), "
        "touching no database. Exit code 0 when every file is ok, 1 when any was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--json", action="store_true", help="print the JSON document (the default)")

    def handle(self, *args, paths, **options):
        document, exit_code = extraction_report(list(paths))
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=1))
        if exit_code:
            sys.exit(exit_code)
