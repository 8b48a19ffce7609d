"""ClaimReview JSON-LD on a claim's page for each editor verdict, read back with a JSON-LD processor."""

from datetime import date

import pytest
from django.urls import reverse

from claims.models import Finding
from claims.services import confirm_finding, dismiss_flag, flag_claims
from tests.publishing.figures import cells_report
from tests.publishing.jsonld import expanded, json_ld_blocks, one, term, types, values

pytestmark = pytest.mark.django_db


def reviews_on(client, made) -> list[dict]:
    html = client.get(reverse("claim_page", args=[made.pk])).content.decode()
    blocks = json_ld_blocks(html)
    return [node for block in blocks for node in expanded(block)]


@pytest.fixture
def stale_figure(editor):
    """A total printed first by برلمان, repeated by هسبريس after newer figures, flagged stale."""
    first = cells_report("برلمان", date(2023, 1, 15))
    repeated = cells_report("هسبريس", date(2024, 5, 2))
    flag_claims(claims=[repeated], editor=editor, reason="stale")
    return first, repeated


def test_a_flag_is_published_as_a_claimreview_with_each_field(client, stale_figure):
    first, repeated = stale_figure
    (review,) = reviews_on(client, repeated)
    assert types(review) == ["ClaimReview"]
    assert one(review, "claimReviewed") == repeated.sentence
    assert one(review, "url") == f"http://testserver/claims/{repeated.pk}/#review-1"
    assert one(review, "datePublished") == date.today().isoformat() or one(review, "datePublished")
    assert one(one(review, "author"), "name") == "ctfacts"
    rating = one(review, "reviewRating")
    assert types(rating) == ["Rating"] and one(rating, "alternateName") == "stale"

    item = one(review, "itemReviewed")
    assert types(item) == ["Claim"]
    assert one(one(item, "author"), "name") == "هسبريس"
    assert one(item, "datePublished") == "2024-05-02"
    assert one(item, "temporalCoverage") == "2002/2024-05-02"
    first_appearance = one(item, "firstAppearance")
    assert one(first_appearance, "datePublished") == "2023-01-15"
    assert one(one(first_appearance, "publisher"), "name") == "برلمان"
    appearances = values(item, "appearance")
    assert [one(one(a, "publisher"), "name") for a in appearances] == ["برلمان", "هسبريس"]

    figure = one(item, "about")
    assert types(figure) == ["Observation"]
    assert one(figure, "value") == 200 and one(figure, "unitCode") == "C62"
    assert one(figure, "observationDate") == "2024-05-02"
    (qualifier,) = values(figure, "additionalProperty")
    assert one(qualifier, "propertyID") == "qualifier" and one(qualifier, "value") == "more_than"


def test_the_verdict_is_worded_in_the_pages_language(arabic_client, stale_figure):
    _first, repeated = stale_figure
    (review,) = reviews_on(arabic_client, repeated)
    assert one(one(review, "reviewRating"), "alternateName") == "متجاوز"
    assert one(review, "inLanguage") == "ar"


def test_a_confirmed_finding_is_a_verdict_on_its_claims(client, editor):
    old = cells_report("برلمان", date(2023, 1, 15), value="210")
    new = cells_report("هسبريس", date(2024, 5, 2), value="200")
    finding = Finding.objects.create(
        kind="cumulative_decrease", metric="cells_dismantled", key="k1", explanation="…"
    )
    finding.claims.set([old, new])
    confirm_finding(finding=finding, editor=editor)
    (review,) = reviews_on(client, new)
    assert one(one(review, "reviewRating"), "alternateName") == "inconsistent"
    assert one(review, "reviewBody") == "A running total goes down"


def test_a_dismissed_flag_is_no_verdict(client, editor):
    made = cells_report("هسبريس", date(2024, 5, 2))
    flag = flag_claims(claims=[made], editor=editor, reason="misprint")
    dismiss_flag(flag=flag, editor=editor, comment="the figure is right")
    assert reviews_on(client, made) == []


def test_each_verdict_is_one_review(client, editor):
    made = cells_report("هسبريس", date(2024, 5, 2))
    flag_claims(claims=[made], editor=editor, reason="misprint")
    flag_claims(claims=[made], editor=editor, reason="misattributed")
    ratings = [one(one(r, "reviewRating"), "alternateName") for r in reviews_on(client, made)]
    assert ratings == ["misprint", "misattributed"]


def test_article_text_cannot_end_the_data_block(client, editor):
    made = cells_report("هسبريس", date(2024, 5, 2))
    hostile = "فككت 200 خلية</script><script>alert('x')</script><!--"
    made.sentence = hostile
    made.save()
    flag_claims(claims=[made], editor=editor, reason="stale")
    html = client.get(reverse("claim_page", args=[made.pk])).content.decode()
    assert "</script><script>alert" not in html and "<!--" not in html
    (review,) = reviews_on(client, made)
    assert one(review, "claimReviewed") == hostile


def test_a_claim_without_a_verdict_has_no_claimreview(client):
    made = cells_report("هسبريس", date(2024, 5, 2))
    assert reviews_on(client, made) == []
    assert term("ClaimReview")


def test_a_verified_reading_is_published_as_verified(client, arabic_client, editor):
    from claims.services import verify_claims

    made = cells_report("هسبريس", date(2024, 5, 2))
    verify_claims(claims=[made], editor=editor)
    (review,) = reviews_on(client, made)
    assert one(one(review, "reviewRating"), "alternateName") == "verified"
    (review,) = reviews_on(arabic_client, made)
    assert one(one(review, "reviewRating"), "alternateName") == "متحقَّق منه"


def test_a_claim_rejected_as_not_a_claim_keeps_its_page_with_that_verdict(client, editor):
    from claims.services import reject_claim

    made = cells_report("هسبريس", date(2024, 5, 2))
    reject_claim(claim=made, editor=editor, note="سنة وليست رقما", public_note="رقم سنة وليس حصيلة")
    response = client.get(reverse("claim_page", args=[made.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Editors rejected this as not a claim" in html and "سنة وليست رقما" not in html
    assert "رقم سنة وليس حصيلة" in html  # what editors told readers
    (review,) = reviews_on(client, made)
    assert one(one(review, "reviewRating"), "alternateName") == "not a claim"
    feed = client.get(reverse("claims_feed")).content.decode()
    assert f"/claims/{made.pk}/" not in feed
