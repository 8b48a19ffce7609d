"""A small world for request tests: one imported article whose text carries script markup among Arabic
sentences, a claim in it whose fields start like spreadsheet formulas, a partner country, a finding
and a flag; and the URL arguments each route needs to reach them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from claims.importer import import_bytes
from claims.models import Article, ArticleCountry, Claim, Country

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
TITLE = f"تفكيك خلية إرهابية {SCRIPT} بطنجة"
FIGURE_SENTENCE = f"وفككت المصالح الأمنية 207 خلايا إرهابية منذ سنة 2002 {IMG} بتنسيق مع إسبانيا."
ARTICLE_TEXT = (
    f"{TITLE}\n"
    f"الرباط - أعلن المكتب المركزي للأبحاث القضائية {SCRIPT} عن حصيلة جديدة. {FIGURE_SENTENCE}\n"
    f"وأضاف المصدر أن العملية {IMG} جرت في ظروف جيدة.\n"
)
# Cells a spreadsheet would run as formulas if the CSV export wrote them as they are.
FORMULAS = {
    "person": '=HYPERLINK("http://evil.example","انقر")',
    "attribution_raw": "+cmd|' /C calc'!A0",
    "period_text": "@SUM(1+1)",
    "qualifier_text": "-2+3",
}


@dataclass
class World:
    article: Article
    claim: Claim
    country: Country
    finding: object | None
    flag: object | None
    job: object | None = None
    feed: object | None = None


def _editorial_objects(claim: Claim, editor):
    """A finding and a flag, when the editors' models exist (issue 6 lands them)."""
    try:
        from claims.models import Finding, Flag
    except ImportError:
        return None, None
    finding = Finding.objects.create(
        kind="stale_figure", metric=claim.metric, explanation=f"{SCRIPT} رقم قديم", key="reliability-world"
    )
    finding.claims.add(claim)
    flag = Flag.objects.create(reason="misprint", note=f"{IMG} ملاحظة", created_by=editor)
    flag.claims.add(claim)
    return finding, flag


def build_world(editor) -> World:
    outcome = import_bytes(
        ARTICLE_TEXT.encode(),
        "hostile-markup.txt",
        overrides={"outlet": "أكورا بريس", "published": date(2020, 5, 4)},
    )
    article = outcome.article
    assert article is not None, outcome.reason
    claim = Claim.objects.filter(article=article).first()
    if claim is None:  # the engine found no figure here: state the one the sentence carries
        start = article.body.index("207")
        claim = Claim.objects.create(
            article=article,
            identity=Claim.make_identity(article.content_hash, start, start + 3, "cells_dismantled"),
            metric="cells_dismantled",
            value=Decimal(207),
            value_text="207",
            sentence=FIGURE_SENTENCE,
            start=start,
            end=start + 3,
        )
    for field, formula in FORMULAS.items():
        setattr(claim, field, formula)
    claim.save()
    country = Country.for_code("ES")
    if not ArticleCountry.objects.filter(article=article, country=country).exists():
        where = article.body.index("إسبانيا")
        ArticleCountry.objects.create(
            article=article, country=country, role="partner", text="إسبانيا", start=where, end=where + 7
        )
    job, feed = _ingest_objects(editor)  # first: a finished job refreshes the findings
    finding, flag = _editorial_objects(claim, editor)
    return World(article, claim, country, finding, flag, job, feed)


def _ingest_objects(editor):
    """An import job with a refused item whose name carries markup, and a registered feed."""
    from ingest.jobs import NewItem, create_job
    from ingest.models import Feed, ImportJob

    job = create_job(
        kind=ImportJob.UPLOAD,
        label=SCRIPT,
        user=editor,
        items=[NewItem(f"{IMG}.txt", rejected_reason=SCRIPT)],
    )
    feed = Feed.objects.create(url="https://example.org/feed.xml", outlet=SCRIPT, created_by=editor)
    return job, feed


@pytest.fixture
def world(db, editor) -> World:
    return build_world(editor)


def route_kwargs(name: str, world: World) -> dict | None:
    """The URL arguments that reach the world's objects; None when a route needs one the world lacks."""
    source = world.article.source
    by_name = {
        "article_detail": {"pk": world.article.pk},
        "metric_detail": {"slug": world.claim.metric},
        "source_detail": {"slug": source.slug} if source else None,
        "country_detail": {"code": world.country.code},
        "editors:flag": {"pk": world.flag.pk} if world.flag else None,
        "editors:flag_resolve": {"pk": world.flag.pk} if world.flag else None,
        "editors:flag_dismiss": {"pk": world.flag.pk} if world.flag else None,
        "editors:finding": {"pk": world.finding.pk} if world.finding else None,
        "editors:finding_confirm": {"pk": world.finding.pk} if world.finding else None,
        "editors:finding_dismiss": {"pk": world.finding.pk} if world.finding else None,
        "editors:claim_correct": {"pk": world.claim.pk},
        "editors:claim_history": {"pk": world.claim.pk},
        "editors:claim_verify": {"pk": world.claim.pk},
        "editors:claim_reject": {"pk": world.claim.pk},
        "editors:claim_restore": {"pk": world.claim.pk},
        "editors:article_review": {"pk": world.article.pk},
        "editors:claim_add": {"pk": world.article.pk},
        "editors:article_correct": {"pk": world.article.pk},
        "ingest:job": {"pk": world.job.pk},
        "ingest:job_progress": {"pk": world.job.pk},
        "ingest:job_retry": {"pk": world.job.pk},
        "ingest:job_resume": {"pk": world.job.pk},
        "ingest:feed_poll": {"pk": world.feed.pk},
        "claim_page": {"pk": world.claim.pk},
        "chart_svg": {"slug": world.claim.metric},
        "chart_embed": {"slug": world.claim.metric},
        "chart_share": {"slug": world.claim.metric},
        # a saved search is its owner's alone: tests/publishing tries these with their owner
        "saved_search_edit": None,
        "saved_search_delete": None,
        "saved_search_new_secret": None,
        "saved_search_feed": None,
    }
    return by_name.get(name, {})
