"""Periods of reviews and anniversaries (corpus_review round): since a body's creation with the year after
"في", and a list of years under a frame of "the last N years"."""

from datetime import date

from .helpers import claims_of


def test_since_the_creation_with_the_year_after_fi_is_a_running_total():
    body = "وأعلن المكتب المركزي للأبحاث القضائية أنه أوقف 1500 شخص في قضايا الإرهاب منذ تأسيسه في 2015.\n"
    (claim,) = claims_of(body, date(2025, 3, 20))
    assert (claim.period.type, claim.period.start) == ("since", "2015")


def test_a_figure_followed_by_its_own_year_inside_a_span_before_it_is_that_year_s():
    body = (
        "وانقسم عدد الموقوفين في قضايا الإرهاب خلال السنوات الثلاث الماضية بين 60 شخصا سنة 2021 و55 شخصا سنة 2022 "
        "و70 شخصا سنة 2023.\n"
    )
    claims = claims_of(body, date(2024, 1, 10))
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [
        (60, "year", "2021"),
        (55, "year", "2022"),
        (70, "year", "2023"),
    ]


def test_a_running_total_before_a_comma_keeps_its_span():
    body = (
        "وبلغ عدد الأشخاص الموقوفين في قضايا الإرهاب بين سنتي 2019 و2023 ما مجموعه 180 شخصا، إذ سجلت سنة 2019 "
        "وحدها 50 حالة.\n"
    )
    claims = claims_of(body, date(2024, 1, 10))
    assert (claims[0].value, claims[0].period.type) == (180, "range")
