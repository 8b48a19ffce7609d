"""Page metadata (corpus_abroad round): an outlet and its date on one line joined by a spaced dash, an outlet
whose name holds a number, a breadcrumb trail of several links under the site's name."""

from datetime import date

from claims.extraction.bylines import byline_date, byline_outlet
from claims.extraction.layouts import parse_document

_BODY_FR = "Les enquêteurs ont poursuivi leurs recherches pendant toute la semaine dans la région.\n"


def test_an_outlet_and_its_date_joined_by_a_dash_give_both():
    line = "Le Petit Journal du Souss — 4 février 2024"
    assert byline_date(line) == date(2024, 2, 4)
    assert byline_outlet(line) == "Le Petit Journal du Souss"


def test_an_arabic_outlet_and_a_weekday_date_joined_by_a_dash_give_the_outlet():
    assert byline_outlet("أخبار الشمال – الخميس 3 غشت 2023") == "أخبار الشمال"


def test_an_outlet_whose_name_holds_a_number_is_read_from_a_dated_byline():
    assert byline_outlet("Sud 24 — 9 mai 2022") == "Sud 24"


def test_a_time_beside_the_date_is_no_outlet():
    assert byline_outlet("9 mai 2022 — 14:05") is None


def test_a_plain_page_with_a_dashed_byline_under_the_title_reads_outlet_and_date():
    text = "Sécurité : le bilan annuel des services\nLa Gazette du Rif — 2 mars 2021\n" + _BODY_FR
    doc = parse_document(text)
    assert (doc.title, doc.outlet, doc.published) == (
        "Sécurité : le bilan annuel des services",
        "La Gazette du Rif",
        date(2021, 3, 2),
    )


def test_a_breadcrumb_trail_of_three_links_under_the_site_name_is_not_the_title():
    text = (
        "صوت الجهة\n\nالرئيسية » مجتمع » قضايا\n\nعودة الجدل حول ملف العالقين في الخارج\n\n"
        "وقالت المصادر إن الأجهزة الأمنية تابعت تحرياتها في المدينة طيلة الأسبوع الماضي.\n"
    )
    doc = parse_document(text)
    assert doc.title == "عودة الجدل حول ملف العالقين في الخارج"
    assert doc.outlet == "صوت الجهة"
