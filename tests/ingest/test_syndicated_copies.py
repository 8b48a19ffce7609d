"""The same agency dispatch printed by several outlets is one source: copies point to the earliest print."""

from datetime import date

import pytest

from claims.importer import import_bytes, import_paths
from claims.models import Article
from ingest.copies import group_copies, signature, similarity

pytestmark = pytest.mark.django_db

# A MAP dispatch as outlets reprint it: the same paragraphs, each outlet's own headline and furniture.
DISPATCH = (
    "الرباط (و م ع) - أعلن المكتب المركزي للأبحاث القضائية التابع للمديرية العامة لمراقبة التراب الوطني، "
    "اليوم الثلاثاء، عن تفكيك خلية إرهابية تتكون من خمسة عناصر تنشط بمدن طنجة وتطوان والفنيدق، "
    "وذلك في إطار الجهود المتواصلة لمواجهة التهديدات الإرهابية. وأوضح بلاغ للمكتب أن المشتبه فيهم "
    "كانوا بصدد التحضير لتنفيذ مخططات تخريبية تستهدف منشآت حيوية، وأن عمليات التفتيش أسفرت عن حجز "
    "معدات إلكترونية ومخطوطات تحريضية. وأضاف المصدر أن المكتب فكك منذ سنة 2002 أكثر من 210 خلايا "
    "إرهابية وأوقف ما يزيد عن 1400 شخص في قضايا مرتبطة بالإرهاب، بتنسيق مع شركاء المغرب الدوليين. "
    "وقد تم الاحتفاظ بالمشتبه فيهم تحت تدبير الحراسة النظرية رهن إشارة البحث القضائي الذي تشرف عليه "
    "النيابة العامة المكلفة بقضايا الإرهاب والتطرف."
)
# The same event told by a newspaper in its own words.
OWN_WORDS = (
    "طنجة - علمت الجريدة من مصادر مطلعة أن عناصر الأمن داهمت فجر الثلاثاء منازل بحي بني مكادة، "
    "حيث اعتقلت خمسة شبان يشتبه في انتمائهم إلى خلية متطرفة. وحسب شهود عيان فإن العملية استمرت ساعات "
    "وطوقت خلالها القوات الخاصة المنطقة بالكامل، فيما حجزت أجهزة حاسوب وهواتف. ويأتي هذا التدخل بعد "
    "أسابيع من المراقبة، وفق ما أكده مصدر أمني للجريدة، مشيرا إلى أن المعتقلين في العشرينيات من العمر "
    "وأن بعضهم كان ينشط في مواقع التواصل الاجتماعي. وتشير أرقام رسمية إلى أن المغرب فكك أكثر من 210 "
    "خلايا منذ 2002."
)


def printed(outlet: str, headline: str, published: date, body: str = DISPATCH, footer: str = "") -> Article:
    text = f"{headline}\n{body}\n{footer}".encode()
    outcome = import_bytes(
        text, f"{outlet}-{published}.txt", overrides={"outlet": outlet, "published": published}
    )
    assert outcome.article is not None, outcome.reason
    return outcome.article


def refreshed(*articles):
    return [Article.objects.get(pk=article.pk) for article in articles]


def test_two_outlets_printing_one_dispatch_are_grouped_under_the_earlier_print():
    hespress = printed("هسبريس", "تفكيك خلية إرهابية بالشمال", date(2024, 3, 12))
    barlamane = printed(
        "برلمان", "البسيج يطيح بخلية من خمسة عناصر", date(2024, 3, 13), footer="اقرأ أيضا: أخبار ذات صلة"
    )
    group_copies([hespress.pk, barlamane.pk])
    hespress, barlamane = refreshed(hespress, barlamane)
    assert barlamane.copy_of == hespress and hespress.copy_of is None
    assert {hespress.independent_source_id, barlamane.independent_source_id} == {hespress.pk}
    assert set(hespress.copies.values_list("source__name", flat=True)) == {
        "برلمان"
    }  # every outlet still listed


def test_a_copy_imported_later_but_printed_earlier_becomes_the_original_of_the_group():
    later = printed("هسبريس", "تفكيك خلية", date(2024, 3, 13))
    third = printed("الأيام 24", "خلية إرهابية", date(2024, 3, 14))
    group_copies([later.pk, third.pk])
    earliest = printed("le360", "خلية بالشمال", date(2024, 3, 12))
    group_copies([earliest.pk])
    earliest, later, third = refreshed(earliest, later, third)
    assert earliest.copy_of is None and later.copy_of == earliest and third.copy_of == earliest


def test_the_same_event_in_an_outlets_own_words_is_an_independent_source():
    agency = printed("هسبريس", "تفكيك خلية", date(2024, 3, 12))
    reporter = printed("الصباح", "اعتقال خمسة شبان بطنجة", date(2024, 3, 12), body=OWN_WORDS)
    group_copies([agency.pk, reporter.pk])
    assert refreshed(reporter)[0].copy_of is None
    assert similarity(signature(DISPATCH), signature(OWN_WORDS)) < 0.2


def test_a_text_too_short_to_tell_is_never_called_a_copy():
    short = "الرباط - تفكيك خلية إرهابية من 4 عناصر."
    first = printed("هسبريس", "خلية", date(2024, 3, 12), body=short)
    second = printed("برلمان", "خلية", date(2024, 3, 13), body=short + " ")
    group_copies([first.pk, second.pk])
    assert refreshed(second)[0].copy_of is None


def test_copies_imported_with_import_articles_are_grouped_too(tmp_path):
    (tmp_path / "a.txt").write_text(
        f"تفكيك خلية إرهابية بالشمال\nنشر في هسبريس يوم 12 - 03 - 2024\n{DISPATCH}\n"
    )
    (tmp_path / "b.txt").write_text(f"البسيج يطيح بخلية\nنشر في برلمان يوم 13 - 03 - 2024\n{DISPATCH}\n")
    import_paths([tmp_path])
    a, b = Article.objects.get(file_name="a.txt"), Article.objects.get(file_name="b.txt")
    assert b.copy_of == a
