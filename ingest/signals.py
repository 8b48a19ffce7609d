"""ingest listens to claims (claims never imports ingest): articles imported by `import_articles`
are grouped with their syndicated copies as a job's articles are."""

from django.dispatch import receiver

from claims.signals import articles_imported


@receiver(articles_imported)
def group_imported_copies(sender, article_ids, **kwargs):
    from ingest.copies import group_copies

    group_copies(article_ids)
