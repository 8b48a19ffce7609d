import sys
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from claims.importer import REJECTED, import_paths, iter_article_files

# Past this many files a progress bar says how far the batch has gone.
PROGRESS_BAR_FROM = 50


class Command(BaseCommand):
    help = (
        "Import article files (plain text or saved HTML pages) and folders of them, recursively. "
        "Each file is saved whole or not at all; a bad file is reported and the rest still import. "
        "Exit code 1 when any file was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--quiet", action="store_true", help="print only the summary and rejections")
        parser.add_argument(
            "--bulk",
            action="store_true",
            help="for whole archives: extract in a process pool and write in batches (same outcomes)",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help=(
                "a file whose name one imported article has replaces that article (a corrected version; "
                "editors' work follows its figures). Without it, other bytes under a known name are a new article"
            ),
        )

    def handle(self, *args, paths, quiet=False, bulk=False, replace=False, **options):
        files = iter_article_files(paths)
        bar = (
            tqdm(total=len(files), unit="file", file=sys.stderr) if len(files) >= PROGRESS_BAR_FROM else None
        )

        def report(outcome):
            if outcome.status == REJECTED:
                line = self.style.ERROR(outcome.line())
                (bar.write if bar else self.stdout.write)(line)
            elif not quiet:
                (bar.write if bar else self.stdout.write)(outcome.line())
            if bar:
                bar.update()

        try:
            run = import_paths(paths, files=files, on_outcome=report, bulk=bulk, replace=replace)
        except DatabaseError as exc:
            # The run is already marked failed where the database still answers (import_paths).
            if bar:
                bar.close()
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise CommandError(
                f"the database stopped answering during the import ({reason}). Every article saved so far "
                "is whole; run the same command again to import the rest."
            ) from exc
        if bar:
            bar.close()
        self.stdout.write(f"Imported {len(files)} files: {run.summary()}.")
        if run.new or run.updated:
            # The first readers after a big import would otherwise each wait seconds for the counts.
            call_command("warm_caches", stdout=self.stdout if not quiet else StringIO())
        if run.rejected:
            sys.exit(1)
