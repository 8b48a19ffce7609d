"""Page metadata as newsrooms print it (corpus_desk round): site headers and breadcrumb trails above the title,
bylines that carry an author or an outlet beside the date, Mashriq months with their alias, relative dates."""

from datetime import date

from claims.extraction.bylines import byline_date, copyright_outlet, is_relative_date
from claims.extraction.layouts import parse_document

_BODY_AR = "وقالت المصادر إن الأجهزة الأمنية تابعت تحرياتها في المدينة طيلة الأسبوع الماضي.\n"
_BODY_FR = "Les enquêteurs ont poursuivi leurs recherches pendant toute la semaine dans la région.\n"
_BODY_EN = "Investigators kept working through the week in the northern region, officials said.\n"


def test_a_mashriq_month_with_its_maghreb_name_in_brackets_dates_the_byline():
    assert byline_date("الأحد 9 تشرين الأول (أكتوبر) 2022") == date(2022, 10, 9)


def test_a_mashriq_month_with_its_alias_after_a_slash_dates_the_byline():
    assert byline_date("الخميس 3 آب/أغسطس 2021") == date(2021, 8, 3)


def test_a_french_byline_with_the_author_after_the_date_is_dated():
    assert byline_date("14 juin 2023 par Salma R.") == date(2023, 6, 14)


def test_an_english_byline_with_the_author_after_the_date_is_dated():
    assert byline_date("Posted on March 4, 2024 by Newsroom Team") == date(2024, 3, 4)


def test_relative_dates_are_recognised_in_three_languages():
    assert is_relative_date("منذ ساعتين")
    assert is_relative_date("il y a 3 heures - La rédaction")
    assert is_relative_date("5 hours ago")
    assert not is_relative_date("اليوم 24")


def test_a_page_dated_only_relatively_has_no_date_and_no_outlet_from_that_line():
    text = (
        "الهجرة غير النظامية: أرقام جديدة عن المعابر الشمالية\n\nبقلم: فريق التحرير\nمنذ ساعتين\n\n"
        + _BODY_AR
    )
    doc = parse_document(text)
    assert doc.published is None
    assert doc.outlet is None
    assert doc.title.startswith("الهجرة غير النظامية")


def test_a_site_name_above_a_breadcrumb_trail_is_the_outlet_and_the_title_follows():
    text = (
        "Atlas Hebdo\n\nAccueil > Monde\n\nLe port de Tanger bat un record de trafic\n\n5 mai 2024\n\n"
        + _BODY_FR
    )
    doc = parse_document(text)
    assert doc.title == "Le port de Tanger bat un record de trafic"
    assert doc.outlet == "Atlas Hebdo"
    assert doc.published == date(2024, 5, 5)


def test_a_site_named_by_its_address_above_a_breadcrumb_is_the_outlet():
    text = (
        "Sahara24.ma\n\nAccueil › Société\n\nLaâyoune accueille un salon du livre\n\n2 juillet 2023\n\n"
        + _BODY_FR
    )
    doc = parse_document(text)
    assert doc.outlet == "Sahara24.ma"
    assert doc.title == "Laâyoune accueille un salon du livre"


def test_a_site_header_with_its_section_is_not_the_title():
    text = (
        "موقع النهار | مجتمع\n\nالأمطار تعيد الأمل إلى الفلاحين في سهل الغرب بعد سنوات من الجفاف\n"
        "بقلم: سعاد العلوي\n12 مارس 2024\n\n" + _BODY_AR
    )
    doc = parse_document(text)
    assert doc.title == "الأمطار تعيد الأمل إلى الفلاحين في سهل الغرب بعد سنوات من الجفاف"
    assert doc.outlet == "النهار"


def test_a_date_line_naming_the_paper_gives_the_outlet():
    text = "New tram line opens in the capital\nMarch 3, 2024 | Atlas Ledger\n" + _BODY_EN
    doc = parse_document(text)
    assert doc.outlet == "Atlas Ledger"
    assert doc.published == date(2024, 3, 3)


def test_a_staff_byline_beside_the_date_is_no_outlet():
    text = "New tram line opens in the capital\nMarch 3, 2024 · Staff writer · 3 min read\n" + _BODY_EN
    assert parse_document(text).outlet is None


def test_an_author_line_naming_the_paper_after_a_dash_gives_the_outlet():
    text = "Le tourisme rural en plein essor\nLe 2 août 2023\nPar Omar Tazi - Maghreb Matin\n" + _BODY_FR
    assert parse_document(text).outlet == "Maghreb Matin"


def test_a_dateline_signed_with_the_paper_in_quotes_gives_the_outlet():
    text = "افتتاح معرض الكتاب في طنجة\nالسبت 4 أيار (مايو) 2024\nطنجة - «صدى الشمال»\n" + _BODY_AR
    doc = parse_document(text)
    assert doc.outlet == "صدى الشمال"
    assert doc.published == date(2024, 5, 4)


def test_the_word_site_in_a_copyright_footer_is_not_part_of_the_outlet():
    assert copyright_outlet("جميع الحقوق محفوظة © موقع الوادي") == "الوادي"


def test_a_byline_signed_by_the_publication_gives_the_outlet():
    text = "Les ports du Nord en pleine mutation\n3 avril 2022\nPar Le Courrier du Détroit\n" + _BODY_FR
    assert parse_document(text).outlet == "Le Courrier du Détroit"


def test_a_byline_signed_by_the_newsroom_is_no_outlet():
    text = "Les ports du Nord en pleine mutation\n3 avril 2022\nPar La Rédaction\n" + _BODY_FR
    assert parse_document(text).outlet is None


def test_a_glued_breadcrumb_after_a_byte_order_mark_is_not_the_title_even_before_a_dashed_heading():
    text = (
        "\ufeffAccueilSportsFootball\n\nChronique — Le derby a tenu ses promesses\n\n4 mars 2021\n\n"
        + _BODY_FR
    )
    assert parse_document(text).title == "Chronique — Le derby a tenu ses promesses"


def _html(head: str, footer: str = "") -> str:
    paragraph = "<p>" + _BODY_FR.strip() + " " + _BODY_FR.strip() + "</p>"
    return (
        f"<!DOCTYPE html><html><head><title>Un salon du livre à Oujda</title>{head}</head><body><article>"
        f"<h1>Un salon du livre à Oujda</h1>{paragraph * 3}</article><footer>{footer}</footer></body></html>"
    )


def test_a_saved_page_s_copyright_footer_names_its_outlet_when_nothing_else_does():
    doc = parse_document(_html("", "<p>© L'Oriental Hebdo 2022</p>"))
    assert doc.outlet == "L'Oriental Hebdo"
