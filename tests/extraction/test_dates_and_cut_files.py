"""Publication dates printed on a line of their own or only in a saved page's markup; a UTF-8 file cut
inside its last character."""

from datetime import date

import pytest

from claims.extraction.decode import TRUNCATED_WARNING, decode_bytes
from claims.extraction.engine import read_article
from claims.extraction.layouts import date_of_line, parse_document


@pytest.mark.parametrize(
    "line, expected",
    [
        ("14 شتنبر، 2021", date(2021, 9, 14)),
        ("الجمعة 3 يونيو 2022", date(2022, 6, 3)),
        ("Publié le 5 avril 2019 à 09:40", date(2019, 4, 5)),
        ("Posted on October 8, 2020", date(2020, 10, 8)),
        ("08/10/2020", date(2020, 10, 8)),
    ],
)
def test_a_line_that_is_only_a_date_is_read(line, expected):
    assert date_of_line(line) == expected


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert date_of_line("وفي 14 شتنبر 2021 فككت المصالح خلية إرهابية.") is None


def test_the_wordpress_dump_date_line_is_the_publication_date():
    text = (
        "الأمنالمغرب\nتفكيك خلية جديدة\n14 شتنبر، 2021\nأعلن المكتب المركزي عن تفكيك 3 خلايا.\nاترك تعليقا\n"
    )
    document = parse_document(text)
    assert (document.title, document.published) == ("تفكيك خلية جديدة", date(2021, 9, 14))
    assert document.body == "أعلن المكتب المركزي عن تفكيك 3 خلايا."


def test_a_date_line_inside_a_clean_article_is_the_date_and_not_body():
    text = (
        "Un nouveau coup de filet\nPublished on June 2, 2022\nRabat - Security forces dismantled 2 cells.\n"
    )
    document = parse_document(text)
    assert document.published == date(2022, 6, 2)
    assert "Published" not in document.body


def test_a_saved_page_dated_only_by_a_time_element():
    html = (
        "<html><head><title>Cellule démantelée</title></head><body><article><h1>Cellule démantelée</h1>"
        '<time datetime="2023-03-09T10:00:00+01:00">9 mars</time>'
        "<p>Le BCIJ a démantelé une cellule terroriste composée de quatre membres à Tanger, a indiqué le "
        "ministère de l'Intérieur dans un communiqué publié jeudi après une longue enquête.</p></article></body></html>"
    )
    assert parse_document(html).published == date(2023, 3, 9)


def test_a_utf8_file_cut_inside_its_last_character_is_read_with_a_warning():
    raw = "حصيلة\nالرباط - فككت المصالح 12 خلية إرهابية سنة 2023 بحسب وزارة الداخلية".encode()[:-1]
    decoded = decode_bytes(raw)
    assert decoded.warnings == [TRUNCATED_WARNING]
    _decoded, _document, extraction = read_article(raw, "cut.txt")
    assert [c.value for c in extraction.claims] == [12]
    assert TRUNCATED_WARNING in extraction.warnings


def test_a_byline_with_a_hijri_date_beside_the_gregorian_one():
    assert date_of_line("الأحد - 19 ربيع الأول 1446 هـ - 22 سبتمبر 2024 مـ رقم العدد [ 16734]") == date(
        2024, 9, 22
    )


def test_an_aggregator_byline_with_a_month_name():
    text = "أخبار    عنوان آخر    عنوان ثالث\nتفكيك خلية\nنشر في هسبريس يوم 12 ماي 2023\nفككت المصالح 3 خلايا إرهابية.\n"
    document = parse_document(text)
    assert (document.title, document.outlet, document.published) == (
        "تفكيك خلية",
        "هسبريس",
        date(2023, 5, 12),
    )


def test_a_wire_dateline_gives_the_agency_and_its_date():
    text = "Laftit: 20 cells in two years\nRabat, 16/01/2019 (MAP) - Security services dismantled 20 terrorist cells.\n"
    document = parse_document(text)
    assert (document.outlet, document.published) == ("MAP", date(2019, 1, 16))


def test_the_copyright_line_names_the_outlet_and_leaves_the_body():
    text = (
        "Le Site info\\nAccueilMarocSécurité\\nUn titre\\n26 octobre 2022 à 16:40 · Par Rédaction\\n"
        "Les services ont démantelé 12 cellules.\\n© 2022 Le Site info\\n"
    ).replace("\\\\n", "\\n")
    document = parse_document(text.replace("\\n", "\n"))
    assert (document.title, document.outlet, document.published) == (
        "Un titre",
        "Le Site info",
        date(2022, 10, 26),
    )
    assert "©" not in document.body
