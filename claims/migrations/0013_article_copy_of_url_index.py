# Article.copy_of (syndicated copies, grouped by ingest/copies.py) and an index on Article.url (feeds
# skip known addresses). Both without rebuilding claims_article on SQLite: a nullable column is added in
# place and the index is an index of its own, so the data-version triggers (0005) and the raw
# newest-first index (0004) that a rebuild would drop stay where they are.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0012_effective_reading"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="copy_of",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="copies",
                to="claims.article",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["url"], name="article_url"),
        ),
    ]
