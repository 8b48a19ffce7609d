"""Filters as a reporter types them: names in any script and spelling, dates as years, months or days
(day first), values and ranges, editorial state, period type and language; bad input answers with
the form, what was typed and the message in the reader's language."""

from datetime import date

import pytest
from django.urls import reverse

from claims.filters import parse_date_span, parse_number
from tests.views.builders import article, cites, claim, outlet
from tests.views.same_rows import api_ids, csv_ids, page_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom():
    hespress, barlamane, hiba = outlet("هسبريس"), outlet("برلمان"), outlet("هبة بريس")
    spain = article(
        "أعلنت المديرية عن تفكيك 207 خلية إرهابية منذ سنة 2002، بتنسيق مع إسبانيا.",
        source=hespress,
        published=date(2024, 1, 6),
    )
    cites(spain, "إسبانيا", "ES")
    france = article(
        "وتم تفكيك نحو 210 خلايا منذ 2002 بتعاون مع فرنسا.",
        source=barlamane,
        published=date(2024, 6, 1),
    )
    cites(france, "فرنسا", "FR")
    french = article(
        "Plus de 1 357 personnes ont été arrêtées depuis 2002.",
        source=outlet("Le360"),
        published=date(2023, 3, 15),
        language="fr",
    )
    return {
        "207": claim(spain, "207"),
        "210": claim(france, "210", qualifier="about", qualifier_text="نحو"),
        "1357": claim(
            french,
            "1 357",
            value=1357,
            metric="persons_arrested",
            qualifier="more_than",
            qualifier_text="Plus de",
        ),
        "hiba": claim(
            article("تفكيك 3 خلايا سنة 2022.", source=hiba, published=date(2023, 1, 2)),
            "3",
            period_type="year",
            period_start="2022",
        ),
    }


def ids(client, **params) -> list[int]:
    response = client.get(reverse("claim_list"), params)
    assert response.status_code == 200, response.content.decode()[:500]
    return [c.pk for c in response.context["page"].items]


@pytest.mark.parametrize("typed", ["هسبريس", "Hespress", "hespress", "HESPRESS", " Hespress.com "])
def test_an_outlet_is_found_by_its_arabic_name_its_latin_name_or_its_slug(client, newsroom, typed):
    assert ids(client, outlet=typed) == [newsroom["207"].pk]


@pytest.mark.parametrize("typed", ["هبة بريس", "هبه بريس", "Hibapress", "hiba press"])
def test_an_outlet_name_matches_whatever_the_taa_marbuta_case_and_spaces(client, newsroom, typed):
    assert ids(client, outlet=typed) == [newsroom["hiba"].pk]


def test_the_three_spellings_give_the_same_rows_in_the_page_the_csv_and_the_json(client, newsroom):
    for typed in ("هسبريس", "Hespress", "hespress"):
        params = {"outlet": typed}
        assert page_ids(client, params) == csv_ids(client, params) == api_ids(client, params)
        assert page_ids(client, params) == [newsroom["207"].pk]


@pytest.mark.parametrize("typed", ["إسبانيا", "اسبانيا", "Espagne", "espagne", "Spain", "ES", "es"])
def test_a_partner_country_is_found_by_name_in_any_language_or_by_code(client, newsroom, typed):
    assert ids(client, country=typed) == [newsroom["207"].pk]


def test_a_country_nobody_is_called_is_a_400_that_keeps_what_was_typed(arabic_client, newsroom):
    response = arabic_client.get(
        reverse("claim_list"), {"country": "Atlantide", "metric": "cells_dismantled"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Atlantide"' in html  # the box keeps what was typed
    assert "Atlantide" in html[html.index('class="error"') :]
    assert '<option value="cells_dismantled" selected>' in html  # and the other filters too
    assert 'lang="ar"' in html


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("٢٠٢٤", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024/02", date(2024, 2, 1), date(2024, 2, 29)),
        ("02/2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("février 2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("فبراير 2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("March 2024", date(2024, 3, 1), date(2024, 3, 31)),
        ("2024-01-06", date(2024, 1, 6), date(2024, 1, 6)),
        ("2024/01/06", date(2024, 1, 6), date(2024, 1, 6)),
        ("06/01/2024", date(2024, 1, 6), date(2024, 1, 6)),
        ("6.1.2024", date(2024, 1, 6), date(2024, 1, 6)),
    ],
)
def test_a_date_is_a_year_a_month_or_a_day_never_month_first(typed, first, last):
    span = parse_date_span(typed)
    assert (span.first, span.last) == (first, last)


@pytest.mark.parametrize("typed", ["12/25/2024", "2024-13", "2023-02-29", "yesterday", "24", "0000-00-00"])
def test_a_date_that_cannot_be_read_is_refused(typed):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        parse_date_span(typed)


def test_month_first_is_refused_with_a_message_saying_dates_are_day_first(client, newsroom):
    response = client.get(reverse("claim_list"), {"published": "12/25/2024"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "day first" in html and 'value="12/25/2024"' in html


def test_a_day_written_with_slashes_is_read_day_first_and_the_page_says_so(client, newsroom):
    response = client.get(reverse("claim_list"), {"published": "06/01/2024"})
    assert [c.pk for c in response.context["page"].items] == [newsroom["207"].pk]
    chip = next(f for f in response.context["active"] if f["name"] == "published")
    assert chip["value"] == "6 January 2024" and chip["note"] == "read day first"


def test_a_year_a_month_and_a_day_filter_the_publication_date(client, newsroom):
    assert set(ids(client, published="2024")) == {newsroom["207"].pk, newsroom["210"].pk}
    assert ids(client, published="2024-06") == [newsroom["210"].pk]
    assert ids(client, published_after="2024", published_before="2024-01") == [newsroom["207"].pk]
    assert set(ids(client, published_before="2023")) == {newsroom["1357"].pk, newsroom["hiba"].pk}


def test_a_from_date_after_the_until_date_is_a_400(client, newsroom):
    response = client.get(
        reverse("claim_list"), {"published_after": "2024-05-01", "published_before": "2024-01"}
    )
    assert response.status_code == 400


def test_a_value_filters_the_normalised_figure(client, newsroom):
    assert ids(client, value="207") == [newsroom["207"].pk]
    assert ids(client, value="٢٠٧") == [newsroom["207"].pk]
    assert ids(client, value="1,357") == [newsroom["1357"].pk]
    assert ids(client, value="1 357") == [newsroom["1357"].pk]


def test_a_value_range_keeps_the_figures_within_it(client, newsroom):
    assert set(ids(client, value_min="200", value_max="250")) == {newsroom["207"].pk, newsroom["210"].pk}
    assert ids(client, value_min="1000") == [newsroom["1357"].pk]
    assert ids(client, value_max="5") == [newsroom["hiba"].pk]


def test_a_range_upside_down_is_a_400_with_its_message(client, newsroom):
    response = client.get(reverse("claim_list"), {"value_min": "300", "value_max": "200"})
    assert response.status_code == 400
    assert "The highest value is below the lowest." in response.content.decode()


@pytest.mark.parametrize(("typed", "number"), [("207", 207), ("1,5", 1.5), ("1.5", 1.5), ("12 000", 12000)])
def test_numbers_read_as_people_write_them(typed, number):
    assert float(parse_number(typed)) == number


def test_a_value_that_is_not_a_number_is_a_400(client, newsroom):
    response = client.get(reverse("claim_list"), {"value": "مئتان"})
    assert response.status_code == 400 and 'value="مئتان"' in response.content.decode()


def test_the_period_type_and_the_language_of_the_article_filter_too(client, newsroom):
    assert ids(client, period_type="year") == [newsroom["hiba"].pk]
    assert ids(client, language="fr") == [newsroom["1357"].pk]


def test_the_editorial_state_filters_corrected_flagged_and_unreviewed_claims(client, newsroom, editor):
    from claims.services import correct_claim, flag_claims

    correct_claim(claim=newsroom["210"], editor=editor, value=211, note="تصحيح")
    flag_claims(claims=[newsroom["hiba"]], editor=editor, reason="stale", note="")
    assert ids(client, state="corrected") == [newsroom["210"].pk]
    assert ids(client, state="flagged") == [newsroom["hiba"].pk]
    assert newsroom["210"].pk not in ids(client, state="machine")


def test_the_outlet_box_suggests_every_outlets_names_in_both_scripts(client, newsroom):
    html = client.get(reverse("claim_list")).content.decode()
    assert 'list="outlet-names"' in html and 'list="country-names"' in html
    assert f'<datalist id="outlet-names" data-suggest="{reverse("reader_names")}"' in html
    names = client.get(reverse("reader_names")).json()["outlets"]
    for name in ("هسبريس", "Hespress", "برلمان", "Barlamane", "Le360"):
        assert name in names


def test_the_country_box_suggests_the_countries_cited_in_the_readers_language(
    client, arabic_client, newsroom
):
    assert "إسبانيا" in arabic_client.get(reverse("reader_names")).json()["countries"]
    assert "Spain" in client.get(reverse("reader_names")).json()["countries"]


def test_the_suggestions_may_be_kept_by_the_browser_for_a_few_minutes(client, newsroom):
    response = client.get(reverse("reader_names"))
    assert "max-age=300" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_the_chips_say_each_filter_in_words_never_a_slug(arabic_client, newsroom):
    response = arabic_client.get(
        reverse("claim_list"), {"metric": "cells_dismantled", "country": "ES", "qualifier": "about"}
    )
    chips = response.content.decode().split('class="active-filters"', 1)[1].split("</ul>", 1)[0]
    assert "الخلايا الإرهابية المفككة" in chips and "إسبانيا" in chips
    assert "cells_dismantled" not in chips.split('href="')[0]
    for chip in response.context["active"]:
        assert "_" not in chip["value"]
