"""An arrest count told by a verb of one operation, with no date anywhere, is that operation's (`event`, no
date), not a figure of unknown period; a count with no operation verb stays unspecified."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2022, 9, 14)


def test_undated_arrests_of_one_operation_in_arabic_are_an_event():
    [claim] = claims_of(
        "ونجحت عناصر المديرية العامة لمراقبة التراب الوطني في توقيف خمسة متطرفين بمدينة وجدة "
        "للاشتباه في تحضيرهم لعمل تخريبي.",
        PUBLISHED,
    )
    assert (claim.value, claim.period.type, claim.period.start) == (5, "event", None)


def test_undated_arrests_of_one_operation_in_english_are_an_event():
    [claim] = claims_of(
        "Seven suspected extremists were arrested in Agadir and Marrakech after a long surveillance operation.",
        PUBLISHED,
    )
    assert (claim.value, claim.period.type, claim.period.start) == (7, "event", None)


def test_undated_arrests_of_one_operation_in_french_are_an_event():
    [claim] = claims_of(
        "Quatre extrémistes ont été interpellés à Salé, soupçonnés de préparer un attentat.",
        PUBLISHED,
    )
    assert (claim.value, claim.period.type, claim.period.start) == (4, "event", None)
