"""Periods read wrongly on fresh press copy (engine-wild round): "since the start of 2013" said with the year
and no year word, in three languages, and "since the 2003 bombings", a running count opened by an event named
by its year."""

from datetime import date

from claims.extraction.normalize import fold
from claims.extraction.periods import find_periods

from .helpers import claims_of

PUBLISHED = date(2016, 2, 10)


def _period(text):
    [period] = find_periods(fold(text), PUBLISHED)
    return period


def test_since_the_start_of_an_earlier_year_in_english_is_a_running_count_from_that_year():
    for text in (
        "Since the beginning of 2014, police have broken up 21 cells, the ministry said.",
        "Police have broken up 40 cells since early 2013, the ministry added.",
        "The ministry put the number of cells disbanded since the start of 2013 at 38.",
    ):
        period = _period(text)
        assert (period.type, period.start[:2]) == ("since", "20"), text
        assert period.start in {"2013", "2014"}, text


def test_since_the_start_of_an_earlier_year_in_french_is_a_running_count_from_that_year():
    for text, year in (
        ("Quelque 88 cellules liées à Daech ont été démantelées depuis début 2013.", "2013"),
        ("Depuis le début de l'année 2014, 19 cellules ont été neutralisées.", "2014"),
        ("Depuis le début de 2015, les services ont interpellé 240 suspects.", "2015"),
    ):
        period = _period(text)
        assert (period.type, period.start) == ("since", year), text


def test_since_the_start_of_an_earlier_year_in_arabic_without_a_year_word():
    for text, year in (
        ("وأشار إلى أن 1200 مغربي التحقوا بالتنظيمات المتطرفة منذ مطلع 2013.", "2013"),
        ("فككت المصالح الأمنية منذ بداية 2014 ما مجموعه 30 خلية.", "2014"),
        ("أوقفت الأجهزة الأمنية ابتداء من أوائل سنة 2015 أزيد من 200 مشتبه فيه.", "2015"),
    ):
        period = _period(text)
        assert (period.type, period.start) == ("since", year), text


def test_since_the_start_of_the_publication_year_stays_the_year_so_far():
    period = _period("Since the start of 2016, police have detained 14 suspects.")
    assert (period.type, period.start, period.end) == ("year_to_date", "2016", "2016-02-10")


def test_since_an_event_named_by_its_year_is_a_running_count_from_that_year():
    claims = claims_of(
        "More than 2,000 people have been detained under the anti-terrorism law since the 2003 Casablanca "
        "bombings, officials said.",
        PUBLISHED,
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [(2000, "since", "2003")]
