"""Round 3: the publication date on every layout — abbreviated and English "May" bylines, ordinal days,
meta tags in any attribute order, a <time> that prints its date in words, the page's own address, a
byline line a few lines into the text."""

from datetime import date

import pytest

from claims.extraction.layouts import date_of_line, parse_document


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Oct. 4, 2022 11:05 AM GMT+1", date(2022, 10, 4)),
        ("Tuesday, 9 May 2023", date(2023, 5, 9)),
        ("14th March 2021", date(2021, 3, 14)),
        ("June 3rd, 2020", date(2020, 6, 3)),
        ("Mis à jour le 7 févr. 2024 à 18h02", date(2024, 2, 7)),
        ("2022/08/19 - 16:40", date(2022, 8, 19)),
        ("الخميس 5 أكتوبر 2023 - 09:15", date(2023, 10, 5)),
    ],
)
def test_byline_dates_in_every_spelling(line, expected):
    assert date_of_line(line) == expected


def test_may_in_a_sentence_is_not_a_date_line():
    assert (
        date_of_line("Officials said the cell may 2 have planned attacks in 2024 across the north.") is None
    )


def _page(head: str, body_extra: str = "") -> str:
    return (
        f"<html><head><title>Cellule démantelée à Tanger</title>{head}</head><body><article>"
        "<h1>Cellule démantelée à Tanger</h1>"
        f"{body_extra}<p>Le BCIJ a démantelé une cellule terroriste de quatre membres à Tanger, "
        "selon un communiqué du ministère de l'Intérieur publié dans la soirée.</p>"
        "<p>Les suspects étaient âgés de 22 à 35 ans et préparaient des attentats, précise le texte.</p>"
        "</article></body></html>"
    )


def test_a_meta_tag_with_its_content_first_dates_the_page():
    html = _page('<meta content="2021-06-08T10:00:00+01:00" property="article:published_time">')
    assert parse_document(html).published == date(2021, 6, 8)


def test_an_itemprop_meta_dates_the_page():
    html = _page('<meta itemprop="datePublished" content="2020-02-11">')
    assert parse_document(html).published == date(2020, 2, 11)


def test_a_time_element_printing_words_dates_the_page():
    html = _page("", '<p class="info"><time>17 novembre 2022</time></p>')
    assert parse_document(html).published == date(2022, 11, 17)


def test_the_page_s_address_dates_it_when_nothing_else_does():
    html = _page('<link rel="canonical" href="https://example.ma/securite/2019/04/23/cellule-tanger/">')
    assert parse_document(html).published == date(2019, 4, 23)


def test_a_byline_paragraph_beats_the_extractor_s_year_only_guess():
    html = (
        "<html><head><title>خلية بتطوان</title></head><body><article><h1>تفكيك خلية إرهابية بتطوان</h1>"
        '<p class="info">نشر في: 21 أكتوبر 2020 - 09:15</p>'
        "<p>تمكن المكتب المركزي للأبحاث القضائية من تفكيك خلية إرهابية تتكون من خمسة عناصر بتطوان، حسب بلاغ.</p>"
        "<p>وأوضح البلاغ أن المشتبه فيهم كانوا يخططون لتنفيذ عمليات إرهابية، وسيتم تقديمهم إلى العدالة.</p>"
        "</article></body></html>"
    )
    assert parse_document(html).published == date(2020, 10, 21)
