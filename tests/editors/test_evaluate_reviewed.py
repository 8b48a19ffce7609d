"""`manage.py evaluate_extraction --reviewed`: the engine scored against what editors verified,
corrected, rejected and added on the newsroom's own articles."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from claims.importer import import_bytes
from claims.models import Claim
from claims.services import add_claim, correct_claim, reject_claim, verify_claims

pytestmark = pytest.mark.django_db

ARTICLE = """حصيلة مكافحة الإرهاب
الرباط - أعلن المكتب المركزي للأبحاث القضائية أنه تمكن من تفكيك أزيد من 215 خلية إرهابية منذ سنة 2002، وتوقيف أكثر من 3500 شخص.
وأضاف المصدر أن 12 مخططا إرهابيا أحبط خلال السنة الماضية.
وكان عدد الخلايا المفككة 207 خلية سنة 2020.
وتجدر الإشارة إلى أن 16 من بين هؤلاء سبق أن قاتلوا في سوريا.
"""


def reviewed(*args) -> str:
    out = StringIO()
    call_command("evaluate_extraction", "--reviewed", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def reviewed_article(editor):
    """nadia verifies 215 cells, corrects 3500 arrested to 3400, rejects the 207 (a past figure she
    reads as not a claim here) and adds the 16 who had fought in Syria, which the engine misses."""
    outcome = import_bytes(
        ARTICLE.encode(), "h.txt", overrides={"outlet": "هسبريس", "published": date(2023, 11, 1)}
    )
    article = outcome.article
    by_text = {c.value_text: c for c in Claim.objects.filter(article=article)}
    if not {"215", "3500"} <= set(by_text):
        pytest.skip("the extraction engine does not read this article's figures yet")
    verify_claims(claims=[by_text["215"]], editor=editor)
    correct_claim(claim=by_text["3500"], editor=editor, value=3400, note="اختبار")
    if "207" in by_text:
        reject_claim(claim=by_text["207"], editor=editor, note="رقم قديم")
    if "16" not in by_text:
        start = article.body.index("16 من بين")
        add_claim(
            article=article,
            editor=editor,
            start=start,
            end=start + 2,
            value=16,
            metric="returnees",
            qualifier="exact",
            unit="count",
            period_type="unspecified",
            org="BCIJ",
        )
    return by_text


def test_it_prints_precision_and_recall_against_the_editors(reviewed_article):
    text = reviewed()
    assert "reviewed claims P=" in text and " R=" in text and "in 1 articles" in text


def test_a_verified_claim_counts_right_and_a_corrected_one_wrong(reviewed_article):
    result = json.loads(reviewed("--json"))
    claims = result["claims"]
    # 215 verified: right; 3500 where the editor reads 3400: wrong and missed
    assert claims["tp"] >= 1 and claims["fp"] >= 1 and claims["fn"] >= 1
    assert any("3500" in extra and "3400" in extra for extra in result["extras"])
    expected_fp = 1 + ("207" in reviewed_article)
    assert claims["fp"] == expected_fp
    added = "16" not in reviewed_article
    assert claims["fn"] == 1 + added
    assert claims["precision"] == round(claims["tp"] / (claims["tp"] + claims["fp"]), 3)


def test_an_added_claim_the_engine_misses_is_a_miss(reviewed_article):
    if "16" in reviewed_article:
        pytest.skip("the engine reads the 16 returnees: nothing was added")
    assert any("returnees 16" in miss for miss in json.loads(reviewed("--json"))["misses"])


def test_without_reviewed_claims_it_says_so(db):
    assert "no claim reviewed yet" in reviewed()
