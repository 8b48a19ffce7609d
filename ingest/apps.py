from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "ingest"
    verbose_name = "ctfacts ingest"

    def ready(self):
        from ingest import signals  # noqa: F401 - connects to claims' articles_imported
