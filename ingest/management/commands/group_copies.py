from django.core.management.base import BaseCommand

from claims.models import Article
from ingest.copies import group_copies


class Command(BaseCommand):
    help = (
        "Group syndicated copies (the same dispatch printed by several outlets) under the earliest print: "
        "Article.copy_of. Jobs and import_articles do it for what they import; this does it for all "
        "articles (--all) or those never sketched."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="sketch every article again")

    def handle(self, *args, all=False, **options):
        articles = Article.objects.all() if all else Article.objects.filter(sketch__isnull=True)
        ids = list(articles.order_by("pk").values_list("pk", flat=True))
        copies = group_copies(ids)
        self.stdout.write(f"Sketched {len(ids)} articles: {copies} are copies of an earlier one.")
