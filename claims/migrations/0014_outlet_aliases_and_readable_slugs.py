"""Outlets get their other names (aliases) and slugs that read; an old slug keeps redirecting.

"الواحة نيوز" was `lwh-nywz` (unidecode letter by letter) and is now `al-waha-niouz`; a known outlet
gets its own Latin name (claims/slugs.py). Each slug replaced is kept in RetiredSourceSlug, so a
bookmarked `/sources/<old>/` redirects to the outlet's page.
"""

import django.db.models.deletion
from django.db import migrations, models

from claims.slugs import known_outlet, latin_slug


def readable_slugs(apps, schema_editor):
    Source = apps.get_model("claims", "Source")
    Retired = apps.get_model("claims", "RetiredSourceSlug")
    taken = set(Source.objects.values_list("slug", flat=True))
    for source in Source.objects.order_by("id"):
        known = known_outlet(source.name)
        source.aliases = [name for name in (known[1] if known else ()) if name != source.name]
        wanted = latin_slug(source.name) or source.slug
        if wanted != source.slug and wanted not in taken:
            Retired.objects.create(slug=source.slug, source=source)
            taken.discard(source.slug)
            taken.add(wanted)
            source.slug = wanted
        source.save(update_fields=["slug", "aliases"])


def former_slugs(apps, schema_editor):
    Retired = apps.get_model("claims", "RetiredSourceSlug")
    for retired in Retired.objects.select_related("source").order_by("-id"):
        source = retired.source
        source.slug = retired.slug
        source.save(update_fields=["slug"])


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0013_article_copy_of_url_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='source',
            name='aliases',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.CreateModel(
            name='RetiredSourceSlug',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=200, unique=True)),
                ('source', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='retired_slugs', to='claims.source')),
            ],
        ),
        migrations.RunPython(readable_slugs, former_slugs),
    ]
