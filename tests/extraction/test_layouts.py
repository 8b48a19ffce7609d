from datetime import date

from claims.extraction.decode import decode_bytes
from claims.extraction.layouts import parse_document

from .helpers import SEEDS

SIDEBAR = "تراجع عجز السيولة إلى 142,1 مليار درهم\u00a0\u00a0\u00a0\u00a0اتحاد طنجة يفوز (1-0)\u00a0\u00a0\u00a0\u00a0خبر ثالث"
AGGREGATOR = (
    f"{SIDEBAR}\n\n\nشكرا على الإبلاغ!\n\nالقدرة الأمنية على المواجهة\nنشر في برلمان يوم 03 - 07 - 2025\n\n"
    "الخط :\nإستمع للمقال\nتم تفكيك 4 خلايا.\nفقرة ثانية.\n\nالوسوم\nالأمن المغرب\n\nانقر هنا لقراءة الخبر من مصدره."
)


def seed(name: str):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return parse_document(decode_bytes(path.read_bytes()).text, path.name)


def test_an_aggregator_title_is_the_line_before_the_byline_never_the_sidebar():
    document = parse_document(AGGREGATOR)
    assert document.layout == "aggregator"
    assert document.title == "القدرة الأمنية على المواجهة"


def test_an_aggregator_byline_gives_outlet_and_date():
    document = parse_document(AGGREGATOR)
    assert document.outlet == "برلمان"
    assert document.published == date(2025, 7, 3)


def test_an_aggregator_body_skips_chrome_and_stops_before_tags_and_source_link():
    document = parse_document(AGGREGATOR)
    assert document.body == "تم تفكيك 4 خلايا.\nفقرة ثانية."


def test_a_french_aggregator_byline_is_read():
    text = f"{SIDEBAR}\n\nTitre de l'article\nPublié dans Le Matin le 12 - 03 - 2024\nPlus de 200 cellules."
    document = parse_document(text)
    assert (document.title, document.outlet, document.published) == (
        "Titre de l'article",
        "Le Matin",
        date(2024, 3, 12),
    )
    assert document.language == "fr"


def test_a_wordpress_breadcrumb_is_not_the_title_and_the_comment_form_is_not_body():
    text = "العالمالمغرب\n\nعنوان المقال الحقيقي\n\nفقرة أولى من المقال.\n\nمقالات ذات صلة\n\nاترك تعليقاً\n\nزر الذهاب إلى الأعلى"
    document = parse_document(text)
    assert document.layout == "wordpress"
    assert document.title == "عنوان المقال الحقيقي"
    assert document.body == "فقرة أولى من المقال."


def test_a_clean_article_opens_its_body_with_a_dateline():
    document = parse_document("عنوان الخبر\nالرباط - نجحت الأجهزة الأمنية في تفكيك خلية.\nفقرة أخرى.")
    assert document.layout == "clean"
    assert document.title == "عنوان الخبر"
    assert document.dateline == "الرباط"
    assert document.body.startswith("الرباط - ")


def test_a_saved_html_page_gives_its_main_text_and_metadata():
    html = (
        '<!DOCTYPE html><html><head><title>تفكيك خلية</title><meta property="og:site_name" content="هسبريس">'
        '<meta property="article:published_time" content="2024-09-12T10:00:00"></head><body><nav>الرئيسية</nav>'
        "<article><h1>تفكيك خلية إرهابية</h1><p>الرباط - تمكنت المديرية العامة لمراقبة التراب الوطني من تفكيك "
        "خلية إرهابية تتكون من 4 أشخاص، وتم توقيف المشتبه فيهم بعد عملية دقيقة استمرت أسابيع.</p>"
        "<p>وأفاد بلاغ للمديرية أن المشتبه فيهم كانوا يخططون لتنفيذ عمليات إرهابية تستهدف منشآت حيوية.</p>"
        "</article><footer>حقوق النشر</footer></body></html>"
    )
    document = parse_document(html)
    assert document.layout == "html"
    assert document.title == "تفكيك خلية إرهابية"
    assert document.outlet == "هسبريس"
    assert document.published == date(2024, 9, 12)
    assert document.text.startswith("تفكيك خلية إرهابية\n\n")
    assert document.body.startswith("الرباط - ")
    assert "حقوق النشر" not in document.body


def test_seed_metadata_matches_the_gold():
    assert (seed("000").title, seed("000").outlet, seed("000").published) == (
        "القدرة الأمنية على المواجهة",
        "برلمان",
        date(2025, 7, 3),
    )
    assert seed("001").outlet == "أكورا بريس"
    assert seed("002").title.startswith("المقاربة الاستباقية للأمن المغربي")
    assert (seed("002").outlet, seed("002").published) == (None, None)
    assert seed("003").dateline == "الرباط"
    assert seed("004").published == date(2025, 11, 6)


def test_the_sidebar_is_never_in_the_body():
    for name in ("000", "001", "004"):
        document = seed(name)
        assert document.body_start > document.text.index("\n")


def test_language_is_arabic_for_arabic_bodies():
    assert seed("001").language == "ar"


def test_a_heading_and_bare_date_glued_to_the_first_paragraph_are_not_body():
    html = (
        "<!DOCTYPE html><html><head><title>Oujda: two held after dawn raid | Oriental Wire</title></head><body>"
        "<article><h1>Oujda: two held after dawn raid</h1><time datetime='2025-05-14T08:00:00+01:00'>2025-05-14</time>"
        "<p>Two men suspected of plotting attacks were arrested in Oujda on Tuesday, the DGSN said.</p>"
        "<p>Officers searched a garage.</p></article></body></html>"
    )
    document = parse_document(html)
    assert document.body.startswith("Two men suspected")
