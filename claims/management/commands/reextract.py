from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.extraction.engine import extract
from claims.findings import refresh_findings
from claims.importer import save_extraction, stored_document
from claims.models import Article


class Command(BaseCommand):
    help = (
        "Run the extraction engine again over stored articles (all, or those given with --article) "
        "and refresh the consistency findings. Claims are updated in place by identity, so flags, "
        "corrections and dismissed findings stay attached."
    )

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", dest="article_ids", metavar="ID")

    def handle(self, *args, article_ids=None, **options):
        articles = Article.objects.select_related("source").order_by("id")
        if article_ids:
            articles = articles.filter(pk__in=article_ids)
            missing = set(article_ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        count = claims = 0
        for article in articles.iterator(chunk_size=200):
            document = stored_document(article)
            extraction = extract(document)
            with transaction.atomic():
                claims += save_extraction(article, document, extraction)
            count += 1
        outcome = refresh_findings()
        self.stdout.write(f"Re-extracted {count} articles: {claims} claims; {outcome.summary()}.")
        call_command("warm_caches", stdout=self.stdout)
