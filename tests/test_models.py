"""The database itself refuses what must never be stored."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from claims.models import Article, Claim, Country, Source

pytestmark = pytest.mark.django_db


def make_article(**fields):
    defaults = {
        "title": "حصيلة",
        "body": "تم تفكيك 207 خلايا",
        "file_name": "a.txt",
        "content_hash": "a" * 64,
    }
    return Article.objects.create(**{**defaults, **fields}, encoding="utf-8")


def make_claim(article, **fields):
    defaults = {
        "identity": Claim.make_identity(article.content_hash, 9, 12, "cells_dismantled"),
        "metric": "cells_dismantled",
        "value": Decimal(207),
        "value_text": "207",
        "sentence": article.body,
        "start": 9,
        "end": 12,
    }
    return Claim.objects.create(article=article, **{**defaults, **fields})


def test_two_articles_cannot_share_the_same_bytes():
    make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(file_name="copy.txt")


def test_a_claim_value_cannot_be_negative():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, value=Decimal(-1))


def test_a_claim_qualifier_must_be_in_the_vocabulary():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, qualifier="roughly")


def test_a_claim_span_cannot_be_empty():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, start=12, end=12)


def test_an_outlet_gets_its_known_latin_slug():
    assert Source.for_name("برلمان").slug == "barlamane"
    assert Source.for_name("هسبريس").slug == "hespress"


def test_an_unknown_outlet_gets_a_transliterated_unique_slug():
    first = Source.for_name("الأخبار اليوم")
    assert first.slug.isascii() and first.slug
    assert Source.for_name("الأخبار اليوم") == first


def test_a_country_is_named_from_cldr():
    spain = Country.for_code("ES")
    assert spain.name_en == "Spain"
    assert spain.name_ar == "إسبانيا"
    assert spain.name_fr == "Espagne"


def test_a_claim_confidence_must_lie_between_0_and_1():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, confidence=1.5)
