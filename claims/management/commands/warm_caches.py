from django.core.management.base import BaseCommand

from claims.views.journalists import warm_caches


class Command(BaseCommand):
    help = (
        "Compute the counts the first readers would otherwise wait for (the claims page's total and "
        "facets, the home page's latest figures) into the shared cache, under the current data version. "
        "import_articles and reextract run it after any change; run it after loading data another way."
    )

    def handle(self, *args, **options):
        timings = warm_caches()
        parts = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in timings.items())
        self.stdout.write(f"Caches warmed: {parts}.")
