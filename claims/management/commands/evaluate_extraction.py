import json

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.extraction.evaluation import evaluate, format_evaluation


class Command(BaseCommand):
    help = (
        "Measure the extraction engine against gold files (the schema of ../shared/seeds/expected.json): "
        "precision, recall and F1 of claims, attribute and metadata accuracy, partner-country precision "
        "and recall; touches no database. With --reviewed, against every claim editors verified, "
        "corrected, rejected or added in the database: the engine's accuracy on the newsroom's own articles."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="*", help="gold JSON files")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--summary",
            action="store_true",
            help="aggregate figures only, no per-claim lines (for blind sets, whose misses must not be read)",
        )
        parser.add_argument(
            "--reviewed",
            action="store_true",
            help="score the engine against the editors' readings in the database",
        )

    def handle(self, *args, gold, **options):
        if not gold and not options["reviewed"]:
            raise CommandError("Give gold files, --reviewed, or both.")
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
        if options["reviewed"]:
            self._reviewed(as_json=options["json"])

    def _reviewed(self, *, as_json: bool) -> None:
        from claims.reviewed_evaluation import evaluate_reviewed

        try:
            score = evaluate_reviewed()
        except DatabaseError as exc:
            raise CommandError(
                f"The database cannot be read ({exc}); run `make run` or migrate first."
            ) from exc
        if as_json:
            self.stdout.write(_dumps({"gold": "reviewed", **score.as_json()}))
            return
        self.stdout.write("== claims reviewed by editors")
        if not score.articles:
            self.stdout.write("no claim reviewed yet: verify, correct, reject or add claims on /review/")
            return
        self.stdout.write("\n".join(score.lines()))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
