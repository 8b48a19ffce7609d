"""A 20 MB article with 900 claims, all of them in findings and flags: the editors' pages that list
claims fetch each claim's article for its title, outlet and date, never its text. Measured by what the
views load (no query selects the body or the search text; a bounded number of queries; the memory a
request allocates stays far below one copy of the body), not by wall-clock."""

import hashlib
import tracemalloc
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Article, Claim, Finding, Flag, Source

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

SENTENCE = (
    "وأعلن المكتب المركزي للأبحاث القضائية عن تفكيك 215 خلية إرهابية منذ سنة 2002، "
    "بتنسيق مع السلطات الإسبانية والفرنسية في إطار المقاربة الاستباقية. "
)
BODY_BYTES = 20 * 1024 * 1024
CLAIMS = 900
MB = 1024 * 1024


@pytest.fixture
def huge_article(editor):
    body = SENTENCE * (BODY_BYTES // len(SENTENCE.encode("utf-8")) + 1)
    assert len(body.encode("utf-8")) >= BODY_BYTES
    article = Article.objects.create(
        source=Source.for_name("هسبريس"),
        title="أرشيف كامل لحصيلة مكافحة الإرهاب",
        published=date(2024, 3, 5),
        body=body,
        search_text=Article.folded_search_text("أرشيف", body),
        file_name="archive.txt",
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        encoding="utf-8",
    )
    figure = SENTENCE.index("215")
    claims = Claim.objects.bulk_create(
        Claim(
            article=article,
            identity=f"{article.content_hash[:32]}:{n}",
            metric="cells_dismantled",
            value=215,
            value_text="215",
            period_type="since",
            period_start="2002",
            sentence=SENTENCE.strip(),
            start=n * len(SENTENCE) + figure,
            end=n * len(SENTENCE) + figure + 3,
        )
        for n in range(CLAIMS)
    )
    claims = list(Claim.objects.filter(article=article).order_by("id"))
    whole = Finding.objects.create(
        kind="same_period_disagreement", metric="cells_dismantled", explanation="٩٠٠ رقم", key="all"
    )
    whole.claims.set(claims)
    for n in range(0, CLAIMS, 3):
        small = Finding.objects.create(
            kind="stale_figure", metric="cells_dismantled", explanation="رقم قديم", key=f"k{n}"
        )
        small.claims.set(claims[n : n + 3])
    flag = Flag.objects.create(reason="stale", note="كل الأرقام", created_by=editor)
    flag.claims.set(claims)
    del body
    return {"finding": whole, "flag": flag, "claims": claims}


def loads(client, url):
    """Status, the queries, and the peak memory Python allocated while answering."""
    tracemalloc.start()
    try:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return response, [q["sql"] for q in queries.captured_queries], peak


def body_columns(sql: str) -> bool:
    return '"claims_article"."body"' in sql or '"claims_article"."search_text"' in sql


@pytest.mark.parametrize(
    "page",
    ["queue", "finding", "flag", "history", "flag_new", "correct"],
)
def test_an_editors_page_over_900_claims_of_a_20_mb_article_never_loads_its_text(
    page, client, editor, huge_article
):
    client.force_login(editor)
    first = huge_article["claims"][0]
    url = {
        "queue": reverse("editors:queue"),
        "finding": reverse("editors:finding", args=[huge_article["finding"].pk]),
        "flag": reverse("editors:flag", args=[huge_article["flag"].pk]),
        "history": reverse("editors:claim_history", args=[first.pk]),
        "flag_new": reverse("editors:flag_new")
        + "?"
        + "&".join(f"claims={c.pk}" for c in huge_article["claims"]),
        "correct": reverse("editors:claim_correct", args=[first.pk]),
    }[page]

    response, queries, peak = loads(client, url)

    assert response.status_code == 200
    assert [sql[:200] for sql in queries if body_columns(sql)] == []
    assert len(queries) <= 20
    # One copy of the body is 22 MB as a Python string (and twice that while it is decoded); 900 rows
    # of claims, their findings and flags rendered take under 18 MB.
    assert peak < 20 * MB, (
        f"{page}: {peak / MB:.1f} MB allocated to answer ({len(response.content) / MB:.1f} MB page)"
    )
