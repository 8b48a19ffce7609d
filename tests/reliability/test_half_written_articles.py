"""A failure while an article is being saved leaves nothing of it: the article, its claims and its
country mentions are written in one transaction. The engine's output is stubbed here so these tests
hold whatever the extraction rules find today.
"""

from decimal import Decimal

import pytest

import claims.importer as importer
from claims.extraction.engine import read_article as real_read_article
from claims.extraction.records import Attribution, CountryMention, ExtractedClaim, Period
from claims.importer import REJECTED, import_bytes
from claims.models import Article, ArticleCountry, Claim
from tests.reliability.counts import count

TEXT = (
    "تفكيك خلية إرهابية بطنجة\n"
    "الرباط - أعلن المكتب المركزي للأبحاث القضائية تفكيك 12 خلية إرهابية منذ بداية السنة بتنسيق مع إسبانيا.\n"
)


def engine_finding(value, *, metric="cells_dismantled"):
    """read_article as it is, plus one claim on the figure «12» with the given value."""

    def read_article(raw, name=None):
        decoded, document, extraction = real_read_article(raw, name)
        start = document.text.index("12")
        extraction.claims = [
            ExtractedClaim(
                metric=metric,
                value=value,
                value_text="12",
                qualifier="exact",
                unit="count",
                period=Period("year_to_date", "2025", None, "منذ بداية السنة"),
                attribution=Attribution("BCIJ", None, "المكتب المركزي للأبحاث القضائية"),
                sentence=document.text[start - 40 : start + 40],
                start=start,
                end=start + 2,
            )
        ]
        where = document.text.index("إسبانيا")
        extraction.countries = [CountryMention("ES", "partner", "إسبانيا", where, where + 7)]
        return decoded, document, extraction

    return read_article


@pytest.mark.django_db(transaction=True)
def test_a_crash_after_the_claims_are_written_leaves_no_article(monkeypatch):
    count("faults injected")
    monkeypatch.setattr(importer, "read_article", engine_finding(12))

    def crash(*args, **kwargs):
        raise RuntimeError("disk full while saving the country mentions")

    monkeypatch.setattr(importer.ArticleCountry.objects, "bulk_create", crash)
    with pytest.raises(RuntimeError):
        import_bytes(TEXT.encode(), "tangier.txt")
    assert not Article.objects.exists()
    assert not Claim.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_article_with_its_claim_and_country_is_saved_whole(monkeypatch):
    monkeypatch.setattr(importer, "read_article", engine_finding(12))
    outcome = import_bytes(TEXT.encode(), "tangier.txt")
    assert outcome.status == "new"
    assert Claim.objects.get().value == Decimal("12")
    assert ArticleCountry.objects.get().country.code == "ES"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("value", [10**15, -3], ids=["too_many_digits_for_the_column", "negative"])
def test_a_figure_the_database_refuses_rejects_the_file_with_a_reason(monkeypatch, value):
    count("faults injected")
    monkeypatch.setattr(importer, "read_article", engine_finding(value))
    outcome = import_bytes(TEXT.encode(), "tangier.txt")
    assert outcome.status == REJECTED
    assert outcome.reason.strip()
    assert not Article.objects.exists()
    assert not Claim.objects.exists()
