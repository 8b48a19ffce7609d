"""A record of none is a figure of zero; a told calm ("has seen no attack since ...") is not."""

import dataclasses

from claims.extraction.claims import find_claims

from .helpers import body_document


def _claims(body: str, language: str):
    document = dataclasses.replace(body_document(body), language=language)
    return [(c.metric, c.value) for c in find_claims(document)]


def test_english_recorded_no_attack_is_zero_attacks():
    body = (
        "During the last three years, the country registered no terrorist attack, the interior ministry said."
    )
    assert ("terrorist_attacks", 0) in _claims(body, "en")


def test_english_no_attack_was_recorded_is_zero_attacks():
    body = "No terrorist attack has been recorded on Moroccan territory since 2019, officials said."
    assert ("terrorist_attacks", 0) in _claims(body, "en")


def test_english_officials_say_is_an_unspecified_official_source():
    body = "Since 2019, the kingdom has logged no terrorist attack on its territory, officials say."
    document = dataclasses.replace(body_document(body), language="en")
    (claim,) = find_claims(document)
    assert claim.attribution.org == "official_unspecified"


def test_arabic_negated_recording_of_any_attack_is_zero_attacks():
    body = "ولم يتم تسجيل أي عملية إرهابية فوق التراب الوطني منذ سنة 2019، حسب وزارة الداخلية."
    assert ("terrorist_attacks", 0) in _claims(body, "ar")


def test_a_told_calm_gives_no_figure():
    assert _claims("The country has seen no attack since 2018.", "en") == []
    assert _claims("ولم تعرف البلاد أي اعتداء منذ 2018.", "ar") == []


def test_no_more_than_is_not_zero():
    found = _claims("Officials have recorded no more than 12 terrorist attacks since 2002.", "en")
    assert ("terrorist_attacks", 0) not in found
