"""Outlets: slugs that read, their names in both scripts, and old slugs that keep working."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from claims.models import RetiredSourceSlug, Source
from claims.slugs import latin_slug

pytestmark = pytest.mark.django_db

readable_slugs = importlib.import_module(
    "claims.migrations.0014_outlet_aliases_and_readable_slugs"
).readable_slugs


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("هسبريس", "hespress"),
        ("برلمان", "barlamane"),
        ("Le360", "le360"),
        ("لو360", "le360"),
        ("Médias24", "medias24"),
    ],
)
def test_known_outlets_get_their_own_latin_name(name, slug):
    assert latin_slug(name) == slug


def test_an_unknown_arabic_name_is_transliterated_so_it_reads():
    assert latin_slug("الواحة نيوز") == "al-waha-niouz"  # unidecode gave "lwh-nywz"


def test_a_known_outlet_remembers_its_name_in_the_other_script():
    assert "Hespress" in Source.for_name("هسبريس").aliases


def test_an_article_printing_the_latin_name_is_filed_under_the_same_outlet():
    arabic = Source.for_name("هسبريس")
    assert Source.for_name("Hespress") == arabic
    assert Source.for_name("هسبريس") == arabic
    assert Source.objects.count() == 1


def test_an_outlet_with_a_similar_name_is_another_outlet():
    assert Source.for_name("Hespress FR") != Source.for_name("هسبريس")


def test_the_migration_gives_old_outlets_readable_slugs_and_keeps_the_old_ones():
    waha = Source.objects.create(name="الواحة نيوز", slug="lwh-nywz")
    hespress = Source.objects.create(name="هسبريس", slug="hsbrys")
    readable_slugs(apps, None)
    waha.refresh_from_db()
    hespress.refresh_from_db()
    assert (waha.slug, hespress.slug) == ("al-waha-niouz", "hespress")
    assert "Hespress" in hespress.aliases
    assert RetiredSourceSlug.objects.get(slug="lwh-nywz").source == waha


def test_an_old_slug_redirects_to_the_outlets_page(client):
    source = Source.for_name("الواحة نيوز")
    RetiredSourceSlug.objects.create(slug="lwh-nywz", source=source)
    response = client.get(reverse("source_detail", args=["lwh-nywz"]))
    assert response.status_code == 301 and response["Location"] == reverse(
        "source_detail", args=[source.slug]
    )


def test_a_new_outlet_never_takes_a_retired_slug():
    old = Source.for_name("الواحة نيوز")
    RetiredSourceSlug.objects.create(slug="al-waha-niouz-2", source=old)
    old.name = "الواحة"
    old.save()
    again = Source.for_name("الواحة  نيوز ")  # another spelling of a name no longer held
    assert again.slug not in {"al-waha-niouz", "al-waha-niouz-2"}


def test_a_slug_changed_later_keeps_redirecting_from_the_old_one(client):
    source = Source.for_name("الواحة نيوز")
    old = source.slug
    source.slug = "alwaha-news"
    source.save()
    response = client.get(reverse("source_detail", args=[old]))
    assert response.status_code == 301 and response["Location"] == reverse(
        "source_detail", args=["alwaha-news"]
    )
