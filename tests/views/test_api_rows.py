"""/api/claims/ reads its rows as values, not model instances: each result must stay exactly what the
model-based `claim_record` (alerts use it) gives for the same claim, key for key and in the same order."""

import json
from datetime import date

import pytest
from django.db.models import prefetch_related_objects
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from claims.models import Claim
from claims.models.articles import open_flags
from claims.services import add_claim, correct_claim, flag_claims, verify_claims
from claims.views.api import claim_record
from claims.views.exports import partner_codes
from tests.views.builders import article, cites, claim, outlet

pytestmark = pytest.mark.django_db


def arabic_with_outlet(editor):
    return claim(
        article(
            "أعلن المكتب المركزي للأبحاث القضائية عن تفكيك أكثر من 40 خلية خلال سنة 2019.",
            source=outlet("هسبريس"),
            published=date(2020, 1, 8),
        ),
        "40",
        qualifier="more_than",
        qualifier_text="أكثر من",
        period_type="year",
        period_start="2019",
        period_end="2019",
    )


def french_decimal_without_outlet(editor):
    return claim(
        article(
            "Selon la DGST, la part des projets déjoués atteint 1,5 pour cent du total.",
            title="Bilan sécuritaire",
            language="fr",
        ),
        "1,5",
        value="1.5",
        metric="plots_foiled",
        unit="percent",
        period_type="unspecified",
        period_start="",
    )


def corrected(editor):
    made = claim(
        article(
            "وقال مسؤول أمني إن المصالح فككت 2011 خلية منذ سنة 2002 بتعاون مع فرنسا.",
            source=outlet("برلمان"),
            published=date(2022, 3, 15),
        ),
        "2011",
        org="BCIJ",
        attribution_raw="مسؤول أمني",
    )
    return correct_claim(
        claim=made,
        editor=editor,
        value=211,
        org="DGST",
        period_type="year",
        period_start="2021",
        period_end="2021",
        public_note="خطأ مطبعي في الرقم",
    )


def as_of_with_partners(editor):
    story = article(
        "Morocco and Spain have jointly dismantled 12 cells, figures as of November 2020, with help from France.",
        title="Joint operations",
        source=outlet("Le360"),
        published=date(2021, 2, 1),
        language="en",
    )
    cites(story, "Spain", "ES")
    cites(story, "France", "FR")
    return claim(story, "12", as_of="2020-11", person="Abdelhak Khiame")


def flagged_twice(editor):
    made = claim(
        article("ضبط 25 شخصا يشتبه في انتمائهم إلى خلية متطرفة.", source=outlet("هسبريس")),
        "25",
        metric="persons_arrested",
    )
    flag_claims(claims=[made], editor=editor, reason="stale", note="رقم قديم")
    flag_claims(claims=[made], editor=editor, reason="misprint", note="")
    return made


def verified(editor):
    made = claim(article("تم إحباط 3 مخططات إرهابية هذا الشهر.", source=outlet("برلمان")), "3")
    verify_claims(claims=[made], editor=editor)
    return Claim.objects.get(pk=made.pk)


def added_by_editor(editor):
    story = article("وفي المجموع أوقفت السلطات 17 مشتبها بهم في عمليات متفرقة.", source=outlet("هسبريس"))
    start = story.body.index("17")
    return add_claim(
        article=story, editor=editor, start=start, end=start + 2, value=17, metric="persons_arrested"
    )


KINDS = [
    arabic_with_outlet,
    french_decimal_without_outlet,
    corrected,
    as_of_with_partners,
    flagged_twice,
    verified,
    added_by_editor,
]


def model_based(claim_id: int, language: str) -> dict:
    """claim_record on the claim as a model instance, the way the API built its results before."""
    made = Claim.objects.public().for_listing().get(pk=claim_id)
    prefetch_related_objects([made], open_flags())
    partners = partner_codes({made.article_id})
    with translation.override(language):
        return claim_record(
            made, RequestFactory().get(reverse("api_claims")), partners.get(made.article_id, "")
        )


@pytest.mark.parametrize("make", KINDS, ids=[kind.__name__ for kind in KINDS])
def test_an_api_result_is_the_model_based_record_key_for_key(client, editor, make):
    made = make(editor)
    response = client.get(reverse("api_claims"), HTTP_ACCEPT_LANGUAGE="ar")
    (result,) = response.json()["results"]
    expected = model_based(made.pk, "ar")
    assert json.dumps(result, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


def test_a_corrected_claim_keeps_its_original_reading_and_the_changed_fields(client, editor):
    made = corrected(editor)
    (result,) = client.get(reverse("api_claims")).json()["results"]
    assert result["id"] == made.pk and result["value"] == 211
    assert {"value", "period_type", "org"} <= set(result["editorial"]["corrected_fields"])
    assert result["editorial"]["original"]["value"] == 2011
    assert result["editorial"]["original"]["attribution"]["org"] == "BCIJ"


def test_a_page_of_results_is_built_without_a_claim_instance_per_row(client, editor, monkeypatch):
    for make in (arabic_with_outlet, as_of_with_partners, flagged_twice, verified):
        make(editor)
    built = []
    from_db = Claim.from_db.__func__
    monkeypatch.setattr(Claim, "from_db", classmethod(lambda cls, *a: built.append(1) or from_db(cls, *a)))
    assert len(client.get(reverse("api_claims")).json()["results"]) == 4
    assert built == []


def test_the_unfiltered_list_skips_the_form_but_keeps_the_filtersets_order(client, editor):
    from django.http import QueryDict

    from claims.filters import ARTICLE_TEXT, ClaimFilter

    claims = Claim.objects.public().for_listing().defer(*ARTICLE_TEXT)
    by_form = ClaimFilter(QueryDict(), queryset=claims).qs
    assert str(ClaimFilter.unfiltered(claims).query) == str(by_form.query)
    assert not ClaimFilter.filters_in(QueryDict("page=2")) and ClaimFilter.filters_in(QueryDict("org=DGST"))


def test_the_unfiltered_total_is_counted_on_the_claims_table_alone(client, editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    arabic_with_outlet(editor)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("api_claims")).json()["count"] == 1
    (count,) = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper() and "claims_claim" in q["sql"]]
    assert "JOIN" not in count.upper()


def test_a_claim_added_after_a_reading_is_in_the_next_one(client, editor):
    first = arabic_with_outlet(editor)
    assert [r["id"] for r in client.get(reverse("api_claims")).json()["results"]] == [first.pk]
    second = as_of_with_partners(editor)
    ids = {r["id"] for r in client.get(reverse("api_claims")).json()["results"]}
    assert ids == {first.pk, second.pk}
