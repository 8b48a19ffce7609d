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


# The results are written as JSON text straight from the rows (claims/views/api.py, ResultWriter): the body
# must stay byte for byte what json.dumps(..., ensure_ascii=False) gave for the model-based records.


def old_body(request_path: str, results: list[dict], count: int, next_url=None, previous=None) -> str:
    """What the API answered when it built its page as dictionaries and serialised them with one json.dumps."""
    return json.dumps(
        {"count": count, "next": next_url, "previous": previous, "results": results}, ensure_ascii=False
    )


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_a_page_is_byte_for_byte_the_json_dumps_of_the_model_based_records(client, editor, language):
    made = [make(editor) for make in KINDS]
    response = client.get(reverse("api_claims"), HTTP_ACCEPT_LANGUAGE=language)
    body = response.content.decode()
    order = [result["id"] for result in json.loads(body)["results"]]
    assert sorted(order) == sorted(claim.pk for claim in made)
    expected = old_body(reverse("api_claims"), [model_based(pk, language) for pk in order], len(made))
    assert body == expected
    assert response["Content-Type"] == "application/json"


def test_paged_and_filtered_bodies_are_what_json_dumps_writes(client, editor, monkeypatch):
    """next, previous and the note of the last page keep json.dumps' spelling (key order, separators,
    escapes), whatever the rows hold: each body reads back and dumps again to the same text."""
    from tests.views.builders import many_claims

    monkeypatch.setattr("claims.views.journalists.MAX_PAGE", 2)
    many_claims(120)
    flagged_twice(editor)
    corrected(editor)
    for params in (
        {},
        {"page": "2"},
        {"metric": "persons_arrested"},
        {"country": "FR", "sort": "outlet", "page": "2"},
        {"outlet": "no such outlet anywhere"},
        {"page": "9"},
    ):
        response = client.get(reverse("api_claims"), params)
        assert response.status_code == 200, params
        body = response.content.decode()
        assert json.dumps(json.loads(body), ensure_ascii=False) == body, params
    last = client.get(reverse("api_claims"), {"page": "2"}).json()
    assert list(last) == ["next_note", "count", "next", "previous", "results"]
    assert client.get(reverse("api_claims"), {"outlet": "no such outlet anywhere"}).json()["results"] == []


def test_every_field_of_a_reading_is_read_for_the_rows_that_need_the_models_reading():
    from claims.models.articles import READING_FIELDS
    from claims.views.api import CLAIM_COLUMNS

    assert set(READING_FIELDS) <= set(CLAIM_COLUMNS)


def test_labels_follow_the_readers_language_from_one_reading_to_the_next(client, editor):
    arabic_with_outlet(editor)
    labels = {}
    for language in ("ar", "fr", "en", "ar"):
        client.cookies.clear()
        (result,) = client.get(reverse("api_claims"), HTTP_ACCEPT_LANGUAGE=language).json()["results"]
        with translation.override(language):
            from claims import vocabulary as vocab

            assert result["metric_label"] == vocab.metric_label("cells_dismantled")
        labels.setdefault(language, result["metric_label"])
        assert labels[language] == result["metric_label"]
    assert len(set(labels.values())) == 3
