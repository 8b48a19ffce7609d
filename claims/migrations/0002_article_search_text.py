"""A folded search column on articles, with a full-text GIN index on PostgreSQL only.

SQLite has no text search configurations: there claims/search.py falls back to icontains over
the same folded column, so this migration adds the index only where it can exist.
"""

from django.db import migrations, models

from claims.search import search_document

INDEX_NAME = "claims_article_search_gin"
CREATE_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON claims_article "
    "USING gin (to_tsvector('arabic'::regconfig, search_text))"
)
DROP_INDEX = f"DROP INDEX IF EXISTS {INDEX_NAME}"


def fill_search_text(apps, schema_editor):
    Article = apps.get_model("claims", "Article")
    for article in Article.objects.only("pk", "title", "body").iterator(chunk_size=200):
        Article.objects.filter(pk=article.pk).update(search_text=search_document(article.title, article.body))


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_INDEX)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
