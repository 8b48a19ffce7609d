from datetime import date

import pytest

from claims.extraction.normalize import fold
from claims.extraction.periods import find_periods

PUBLISHED = date(2020, 11, 17)


def period(text: str, published: date | None = PUBLISHED):
    (found,) = find_periods(fold(text), published)
    return found.type, found.start, found.end


def test_since_a_year_ends_at_publication():
    assert period("تم تفكيك 207 خلايا منذ سنة 2002") == ("since", "2002", "2020-11-17")


def test_since_a_year_without_publication_date_has_no_end():
    assert period("منذ عام 2002", None) == ("since", "2002", None)


def test_between_two_years_is_a_range():
    assert period("بين 2002 و2015") == ("range", "2002", "2015")
    assert period("ما بين سنتي 2015 و2020") == ("range", "2015", "2020")


def test_the_last_three_years_count_back_from_publication():
    assert period("وفي السنوات الثلاث الماضية فقط") == ("last_n_years", "2017", "2020-11-17")


def test_the_last_n_years_without_publication_date_keeps_its_kind_without_years():
    assert period("في السنوات الثلاث الماضية", None) == ("last_n_years", None, None)


def test_since_the_start_of_the_current_year_is_year_to_date():
    assert period("منذ بداية السنة الجارية") == ("year_to_date", "2020", "2020-11-17")


def test_during_a_year_is_that_year():
    assert period("خلال سنة 2023") == ("year", "2023", None)


@pytest.mark.parametrize(
    "text",
    ["خلال شتنبر 2024", "في سبتمبر 2024", "خلال شهر أيلول 2024", "en septembre 2024"],
)
def test_months_are_read_in_every_spelling(text):
    assert period(text) == ("month", "2024-09", None)


@pytest.mark.parametrize(
    "text, month",
    [
        ("دجنبر 2023", "2023-12"),
        ("كانون الأول 2023", "2023-12"),
        ("يوليوز 2023", "2023-07"),
        ("تموز 2023", "2023-07"),
    ],
)
def test_maghreb_and_mashriq_month_names_agree(text, month):
    assert period(f"خلال {text}")[1] == month


def test_a_full_date_is_an_event_day():
    assert period("في 16 ماي 2003") == ("event", "2003-05-16", None)


def test_recent_years_without_a_number_are_unspecified():
    assert period("خلال السنوات الاخيرة") == ("unspecified", None, None)


def test_until_now_is_a_cumulative_total():
    assert period("حتى الآن") == ("cumulative_unspecified", None, None)


def test_the_same_period_asks_to_inherit():
    (found,) = find_periods(fold("وخلال الفترة ذاتها، تم توقيف 12 شخصا"), PUBLISHED)
    assert found.inherit


def test_last_year_is_the_year_before_publication():
    assert period("خلال العام الماضي") == ("year", "2019", None)


def test_a_span_of_months_is_a_range_at_month_precision():
    assert period("خلال الفترة الممتدة من يناير إلى شتنبر 2024") == ("range", "2024-01", "2024-09")


def test_a_month_without_a_year_is_the_last_such_month_before_publication():
    assert period("خلال شهر أيلول الماضي", date(2024, 11, 17)) == ("month", "2024-09", None)
    assert period("في شهر دجنبر", date(2024, 11, 17)) == ("month", "2023-12", None)


def test_the_year_before_asks_for_the_year_stated_nearby():
    (found,) = find_periods(fold("مقابل 12 خلية في السنة التي قبلها"), PUBLISHED)
    assert (found.type, found.relative_year) == ("year", -1)


def test_this_morning_is_the_day_of_the_event():
    assert period("تمكنت المصالح الأمنية، صباح اليوم، من تفكيك خلية") == ("event", "2020-11-17", None)


def test_the_same_year_asks_to_inherit():
    (found,) = find_periods(fold("وأسفرت هذه العمليات خلال السنة ذاتها عن توقيف 185 شخصا"), PUBLISHED)
    assert found.inherit


def test_since_may_name_a_founding_before_its_year():
    assert period("منذ إحداث المكتب المركزي للأبحاث القضائية في عام ٢٠١٥")[:2] == ("since", "2015")


@pytest.mark.parametrize(
    "text",
    [
        "غادر مئات الشباب البلاد نحو بؤر التوتر منذ بداية الحرب السورية",
        "des centaines de jeunes sont partis depuis le début de la guerre en Syrie",
        "hundreds of young men have left since the Syrian conflict broke out",
    ],
)
def test_since_the_syrian_war_began_counts_from_2011(text):
    assert period(text) == ("since", "2011", "2020-11-17")


def test_a_month_without_a_year_is_the_last_such_month_up_to_the_article():
    # printed in November 2020: "en juin" is June 2020, "in December" December 2019
    assert period("le coup de filet de Fès, en juin, a visé quatre suspects") == ("month", "2020-06", None)
    assert period("the raid in Tangier in December targeted three suspects") == ("month", "2019-12", None)


def test_the_month_the_figures_were_presented_in_is_not_a_period():
    assert find_periods(fold("selon les chiffres présentés en février par le directeur"), PUBLISHED) == []
