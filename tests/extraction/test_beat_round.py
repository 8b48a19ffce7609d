"""Beat round: security-beat copy (communiqués relayed by the agency, ministers, regional outlets, wires)."""

from datetime import date

from claims.extraction.layouts import parse_document

_BODY_AR = "وقالت المصادر إن الأجهزة الأمنية تابعت تحرياتها في المدينة طيلة الأسبوع الماضي.\n"
_BODY_EN = "Investigators kept working through the week in the northern region, officials said.\n"


def test_a_three_link_breadcrumb_trail_under_the_site_name_is_not_the_title():
    text = (
        "الساحل بريس\n\nالرئيسية » جهات » طنجة\n\nافتتاح ميناء جديد للصيد بالعرائش\n\n3 مارس 2024\n\n"
        + _BODY_AR
    )
    doc = parse_document(text)
    assert doc.title == "افتتاح ميناء جديد للصيد بالعرائش"
    assert doc.outlet == "الساحل بريس"


def test_an_english_trail_with_slashes_is_not_the_title():
    text = (
        "North Wire\n\nHome / World / Europe\n\nPort of Tangier posts record traffic\n\nMay 5, 2024\n\n"
        + _BODY_EN
    )
    doc = parse_document(text)
    assert doc.title == "Port of Tangier posts record traffic"
    assert doc.published == date(2024, 5, 5)
