"""Periods of reviews and anniversaries (corpus_review round): since a body's creation with the year after
"في", and a list of years under a frame of "the last N years"."""

from datetime import date

from .helpers import claims_of


def test_since_the_creation_with_the_year_after_fi_is_a_running_total():
    body = "وأعلن المكتب المركزي للأبحاث القضائية أنه أوقف 1500 شخص في قضايا الإرهاب منذ تأسيسه في 2015.\n"
    (claim,) = claims_of(body, date(2025, 3, 20))
    assert (claim.period.type, claim.period.start) == ("since", "2015")
