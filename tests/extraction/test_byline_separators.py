"""Bylines that set the outlet apart from the date by a dash or a comma (corpus_chron round)."""

from datetime import date

from claims.extraction.bylines import byline_date, byline_outlet
from claims.extraction.layouts import parse_document

_BODY = (
    "Les enquêteurs ont poursuivi leurs recherches pendant toute la semaine dans la région.\n"
    "Trois suspects ont été entendus par les enquêteurs avant leur présentation au parquet.\n"
)


def test_an_outlet_and_a_weekday_date_set_apart_by_a_dash_date_the_byline():
    assert byline_date("La Gazette du Rif — mardi 4 avril 2023") == date(2023, 4, 4)


def test_the_outlet_before_a_dash_and_a_date_is_the_outlet():
    assert byline_outlet("Atlas Weekly - Friday 3 March 2023") == "Atlas Weekly"


def test_the_outlet_before_a_comma_and_a_date_is_the_outlet():
    assert byline_outlet("La Lettre du Sud, 2 février 2022") == "La Lettre du Sud"


def test_an_arabic_outlet_before_a_dash_and_a_date_is_the_outlet():
    assert byline_outlet("بريد الشمال - الأربعاء 5 أبريل 2023") == "بريد الشمال"


def test_a_dateline_that_opens_a_sentence_is_no_byline():
    line = "Tanger, le 3 mai 2023 - Les enquêteurs ont saisi du matériel électronique chez les suspects."
    assert byline_outlet(line) is None


def test_a_document_under_a_dash_byline_gets_its_outlet_and_date():
    document = parse_document(
        "Trois suspects interpellés dans le nord du pays\nLa Gazette du Rif — mardi 4 avril 2023\n" + _BODY,
        "x.txt",
    )
    assert (document.outlet, document.published) == ("La Gazette du Rif", date(2023, 4, 4))


def test_a_date_written_with_a_comma_names_no_outlet_in_arabic():
    assert (byline_outlet("14 شتنبر، 2022"), byline_date("14 شتنبر، 2022")) == (None, date(2022, 9, 14))


def test_a_weekday_date_written_with_commas_names_no_outlet_in_english():
    assert (byline_outlet("Friday, October 6, 2023"), byline_date("Friday, October 6, 2023")) == (
        None,
        date(2023, 10, 6),
    )


def test_the_commas_inside_a_weekday_date_do_not_cut_it_from_its_outlet():
    line = "The Casablanca Ledger — Monday, February 5, 2024"
    assert (byline_outlet(line), byline_date(line)) == ("The Casablanca Ledger", date(2024, 2, 5))
