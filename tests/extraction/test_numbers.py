import pytest

from claims.extraction.normalize import fold
from claims.extraction.numbers import find_numbers


def values(text: str) -> list:
    return [m.value for m in find_numbers(fold(text))]


def test_it_reads_ascii_digits():
    assert values("تم تفكيك 207 خلايا") == [207]


def test_it_reads_arabic_indic_digits():
    assert values("تم تفكيك ٢٠٧ خلايا") == [207]


def test_it_reads_the_arabic_thousands_separator():
    assert values("توقيف ١٬٣٥٧ شخصا") == [1357]


@pytest.mark.parametrize("text, value", [("2.720 شخصا", 2720), ("1,357 شخصا", 1357), ("4 304 شخصا", 4304)])
def test_it_reads_thousands_separators(text, value):
    assert values(text) == [value]


def test_a_decimal_comma_is_a_decimal():
    assert values("ارتفع المؤشر إلى 142,1 نقطة") == [142.1]


def test_a_scale_word_multiplies_the_digits():
    assert values("عالجت المصالح 700 ألف قضية و1,5 مليون ملف") == [700000, 1500000]


def test_a_law_number_is_not_a_number():
    assert values("القانون 03.03 المتعلق بمكافحة الإرهاب") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("ثلاث خلايا", 3),
        ("خمسة عشر شخصا", 15),
        ("أحد عشر متطرفا", 11),
        ("ثلاث عشرة خلية", 13),
        ("عشرون شخصا", 20),
        ("مئة شخص", 100),
        ("مائة شخص", 100),
        ("أكثر من مئتي خلية", 200),
        ("مائتين وخمسين شخصا", 250),
        ("ثلاثمئة شخص", 300),
        ("ثلاثمائة وخمسون شخصا", 350),
        ("ألف مقاتل", 1000),
        ("ألفان وخمسمئة مقاتل", 2500),
        ("ثلاثة آلاف شخص", 3000),
        ("وخمسة وعشرون شخصا", 25),
        ("بثلاث خلايا", 3),
    ],
)
def test_it_reads_arabic_number_words_with_their_prefixes(text, value):
    assert values(text) == [value]


def test_zero_written_as_a_word_is_zero():
    assert values("انخفاض عدد العمليات الارهابية الى الصفر") == [0]


def test_vague_counts_are_not_numbers():
    assert values("عشرات الخلايا ومئات الأشخاص وآلاف المقاتلين") == []


def test_it_marks_percentages():
    mentions = find_numbers(fold("30 في المائة من الموقوفين و45٪"))
    assert [(m.value, m.is_percent) for m in mentions] == [(30, True), (45, True)]


def test_it_reads_french_number_words():
    assert values("plus de deux cents cellules et trente-deux personnes") == [200, 32]


def test_une_trentaine_is_about_thirty():
    (mention,) = find_numbers(fold("une trentaine de suspects"))
    assert (mention.value, mention.approximate) == (30, True)


def test_an_article_un_is_not_a_count():
    assert values("un homme a été arrêté") == []


def test_zero_in_the_accusative_is_zero():
    assert values("وظل عدد الهجمات الإرهابية صفرا منذ 2018") == [0, 2018]
