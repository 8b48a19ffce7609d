"""Signals claims sends, so that apps built on it (ingest/) react without claims importing them."""

from django.dispatch import Signal

# Sent by claims.importer.import_paths after a run, with `article_ids`: the articles it created or
# updated (ingest groups syndicated copies among them).
articles_imported = Signal()
