"""Indexes for 100,000 articles and a million claims (bench/README.md has the plans).

- article_newest_first: `published DESC NULLS LAST, id`, the order of every list. With it, the
  first page of /claims/ reads a handful of articles from the index instead of sorting them all
  (253 ms -> under 1 ms at full scale). Raw SQL because SQLite refuses NULLS LAST in an index;
  there, plain DESC already puts NULLs last.
- article_source_published: an outlet's articles, newest first.
- mention_country_role: the partner-country filter and country pages start from a country.
"""

from django.db import migrations, models

NEWEST_FIRST = {
    "postgresql": 'CREATE INDEX IF NOT EXISTS article_newest_first ON claims_article (published DESC NULLS LAST, "id")',
    "sqlite": 'CREATE INDEX IF NOT EXISTS article_newest_first ON claims_article (published DESC, "id")',
}


def create_newest_first(apps, schema_editor):
    sql = NEWEST_FIRST.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def drop_newest_first(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS article_newest_first")


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_editorial")]

    operations = [
        migrations.RunPython(create_newest_first, drop_newest_first),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["source", "published"], name="article_source_published"),
        ),
        migrations.AddIndex(
            model_name="articlecountry",
            index=models.Index(fields=["country", "role", "article"], name="mention_country_role"),
        ),
    ]
