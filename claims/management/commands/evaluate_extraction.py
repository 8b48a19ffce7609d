import json

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.evaluation import evaluate, format_evaluation


class Command(BaseCommand):
    help = (
        "Measure the extraction engine against gold files (the schema of ../shared/seeds/expected.json): "
        "precision, recall and F1 of claims, attribute and metadata accuracy, partner-country precision "
        "and recall. Touches no database."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="+", help="gold JSON files")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--summary",
            action="store_true",
            help="aggregate figures only, no per-claim lines (for blind sets, whose misses must not be read)",
        )

    def handle(self, *args, gold, **options):
        for path in gold:
            try:
                result = evaluate(path)
            except FileNotFoundError as exc:
                raise CommandError(f"{path}: {exc}") from exc
            if options["summary"]:
                for key in ("misses", "extras", "problems"):
                    result.pop(key)
            if options["json"]:
                self.stdout.write(_dumps({"gold": path, **result}))
            else:
                self.stdout.write(f"== {path}")
                self.stdout.write(format_evaluation(result, summary_only=options["summary"]))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
