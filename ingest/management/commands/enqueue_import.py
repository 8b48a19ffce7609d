from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from ingest.jobs import start_upload_job, start_url_job


class Command(BaseCommand):
    help = (
        "Queue an import job, as an editor's upload or address list would: files and .zip/.tar.gz archives, "
        "or --url addresses. Prints the job's id; `db_worker` processes (or this process, with the "
        "immediate backend) do the work, and /jobs/<id>/ shows it."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="article files or archives")
        parser.add_argument("--url", action="append", default=[], help="an article address (repeatable)")
        parser.add_argument("--user", help="the editor the job is recorded for (user name)")

    def handle(self, *args, paths, url, user=None, **options):
        if not paths and not url:
            raise CommandError("Give files, archives or --url addresses.")
        owner = None
        if user:
            owner = get_user_model().objects.filter(username=user).first()
            if owner is None:
                raise CommandError(f"No user named {user!r}.")
        if url:
            job = start_url_job(owner, url)
            self.stdout.write(str(job.pk))
        if paths:
            handles = [open(path, "rb") for path in paths]  # noqa: SIM115 - closed below
            try:
                uploads = [
                    File(handle, name=Path(path).name) for handle, path in zip(handles, paths, strict=True)
                ]
                job = start_upload_job(owner, uploads)
            finally:
                for handle in handles:
                    handle.close()
            self.stdout.write(str(job.pk))
