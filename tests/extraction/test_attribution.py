import pytest

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of


def attribution(text: str):
    return find_attribution(FoldedText(text))


@pytest.mark.parametrize(
    "text, org",
    [
        ("وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 207 خلايا", "DGST"),
        ("وحسب الديستي، تم تفكيك 20 خلية", "DGST"),
        ("وأفاد بلاغ للمكتب المركزي للأبحاث القضائية أن 4 أشخاص أوقفوا", "BCIJ"),
        ("وكشفت المديرية العامة للأمن الوطني أن 30 شخصا أوقفوا", "DGSN"),
        ("تفكيك 200 خلية منذ عام 2002، وفق آخر حصيلة نشرتها وزارة الداخلية", "MOI"),
        ("وقال وزير الداخلية إن 40 خلية فككت", "MOI"),
        ("وكشف تقرير لمجلس النواب أن 60 شخصا", "PARLIAMENT"),
        ("وأعلنت الحكومة أن 12 خلية فككت", "GOV"),
        ("وأكدت وزارة الخارجية أن 3 عمليات مشتركة", "MFA"),
        ("تشير الإحصائيات الرسمية إلى أن 650 شخصا أوقفوا", "official_unspecified"),
        ("وقال الخبير الأمني إن 30 خلية فككت", "analyst"),
        ("Selon la DGST, 30 cellules ont été démantelées", "DGST"),
    ],
)
def test_it_names_the_body_an_attributing_phrase_cites(text, org):
    assert attribution(text).org == org


def test_the_raw_phrase_is_kept():
    found = attribution(
        "نجحت الأجهزة الأمنية في تفكيك أكثر من 200 خلية، وفق آخر حصيلة نشرتها وزارة الداخلية."
    )
    assert found.raw == "وفق آخر حصيلة نشرتها وزارة الداخلية"


def test_a_body_that_acts_is_not_a_source():
    assert attribution("نجحت المديرية العامة لمراقبة التراب الوطني في تفكيك 20 خلية إرهابية") is None


def test_a_named_person_is_kept_with_the_body():
    found = attribution("وكشف المدير العام لمراقبة التراب الوطني عبد اللطيف حموشي أن 40 خلية فككت")
    assert (found.org, found.person) == ("DGST", "عبد اللطيف حموشي")


def test_the_next_sentence_of_the_same_report_keeps_the_source():
    claims = claims_of(
        "وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 207 خلايا إرهابية بالمغرب منذ سنة 2002. "
        "وفي السنوات الثلاث الماضية فقط، تم تحييد 32 خلية."
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(207, "DGST"), (32, "DGST")]


def test_the_last_named_source_speaks_until_another_is_named():
    claims = claims_of(
        "وحسب وزارة الداخلية، تم تفكيك 20 خلية إرهابية.\n"
        "وفي السنة الموالية، تم تفكيك 30 خلية إرهابية.\n"
        "وقال الخبير الأمني إن 40 خلية فككت منذ 2015."
    )
    assert [c.attribution.org for c in claims] == ["MOI", "MOI", "analyst"]


def test_a_definite_noun_after_an_attributing_verb_refers_to_the_source_named_before():
    claims = claims_of(
        "وأكدت المديرية العامة لمراقبة التراب الوطني أن التهديد قائم.\n"
        "وأوضحت المديرية أنه منذ إحداث المكتب المركزي للأبحاث القضائية في عام 2015، فكك المكتب 84 خلية إرهابية."
    )
    assert (claims[0].attribution.org, claims[0].period.start) == ("DGST", "2015")


def test_security_sources_are_official_but_unspecified():
    assert (
        attribution("وقالت مصادر أمنية مغربية إن الأجهزة المختصة فككت 9 خلايا").org == "official_unspecified"
    )


def test_a_name_between_the_verb_and_the_role_is_the_person():
    found = attribution("ويرى عبد الرحيم المنصوري، الباحث في الشؤون الأمنية، أن الأجهزة فككت 50 خلية")
    assert (found.org, found.person) == ("analyst", "عبد الرحيم المنصوري")


def test_the_same_source_phrase_refers_back_to_the_named_source():
    claims = claims_of(
        "وأكد مصدر بالمديرية العامة لمراقبة التراب الوطني أن التهديد قائم.\n"
        "وأوضح المصدر ذاته أنه تم تفكيك 12 خلية إرهابية."
    )
    assert claims[0].attribution.org == "DGST"
