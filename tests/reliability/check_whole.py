"""Report, as JSON, whether the database named by DATABASE_URL holds only whole articles of a folder.

    DATABASE_URL=... python -m tests.reliability.check_whole FOLDER

Run in its own process by the fault tests, because the database under test is not the test database.
"""

import json
import os
import sys
from pathlib import Path


def main(folder: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ctfacts.settings")
    import django

    django.setup()
    from django.db.models import Count

    from claims.models import Article, ImportRun
    from tests.reliability.wholeness import broken_articles

    files = {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir()) if p.is_file()}
    duplicated = Article.objects.values("content_hash").annotate(n=Count("id")).filter(n__gt=1).count()
    report = {
        "files": len(files),
        # Generated articles are all readable; an article that is not is reported among "broken".
        "articles": Article.objects.count(),
        "articles_of_distinct_files": Article.objects.values("file_name").distinct().count(),
        "duplicated_hashes": duplicated,
        "broken": broken_articles(files),
        "runs": list(ImportRun.objects.order_by("started_at").values("status", "error")),
    }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
