"""A copula between a number and the noun it counts ("9 are former ISIS members"); parts named by what they did
before (served a sentence in a terrorism case: `former_detainees`) or how they came (`extradited`)."""

from .helpers import claims_of


def _parts(body: str):
    return [(c.metric, c.subset, c.value) for c in claims_of(body)][1:]


def test_the_noun_after_a_copula_is_what_the_number_counts():
    body = (
        "In all, 90 returnees have been prosecuted since 2016: 70 came back from Syria, 9 are former ISIS members "
        "who had been in Libya, and 11 were extradited by Turkey."
    )
    assert ("returnees_arrested", "libya", 9) in _parts(body)


def test_people_who_had_already_served_a_sentence_are_former_detainees_in_french():
    body = (
        "Au total, 38 suspects ont été arrêtés cette année ; 4 d'entre eux avaient déjà purgé une peine "
        "pour terrorisme."
    )
    assert _parts(body) == [("persons_arrested", "former_detainees", 4)]


def test_people_who_had_already_served_prison_terms_are_former_detainees_in_english():
    body = (
        "Police arrested 25 militants in 2021, three of whom had already served prison terms for terrorism."
    )
    assert _parts(body) == [("persons_arrested", "former_detainees", 3)]


def test_a_record_in_terrorism_cases_is_former_detainees_not_a_criminal_record():
    body = "وأوقفت المصالح الأمنية 120 شخصا خلال السنة، من بينهم 15 من ذوي السوابق في قضايا الإرهاب."
    assert _parts(body) == [("persons_arrested", "former_detainees", 15)]


def test_a_criminal_record_in_general_stays_a_criminal_record():
    body = "وأوقفت المصالح الأمنية 120 شخصا في قضايا الإرهاب خلال السنة، من بينهم 15 من ذوي السوابق القضائية."
    assert _parts(body) == [("persons_arrested", "with_criminal_record", 15)]


def test_repeat_offender_cases_are_former_detainees():
    body = "وسجل التقرير توقيف 500 مشتبه فيه في قضايا الإرهاب، من بينهم 40 حالة عود."
    assert _parts(body) == [("persons_arrested", "former_detainees", 40)]


def test_returnees_extradited_to_morocco_are_extradited():
    body = (
        "Since 2015, 60 returnees have been prosecuted, of whom 48 came back from Syria and 12 were extradited "
        "to Morocco by Turkey."
    )
    assert ("returnees_arrested", "extradited", 12) in _parts(body)
