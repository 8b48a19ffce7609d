"""corpus_abroad round: a weekday right before a count is the day of the operation, not a day of the month; a
weekday followed by its date stays that date. Sentences written for the test."""

from datetime import date

from .helpers import claims_of

_FRIDAY = date(2025, 3, 14)


def periods(body):
    return [(c.value, c.period.type, c.period.start) for c in claims_of(body, _FRIDAY)]


def test_a_weekday_before_a_count_dates_the_operation():
    assert periods(
        "Les services de sécurité ont arrêté lundi 4 membres présumés de Daech près de Nador."
    ) == [(4, "event", "2025-03-10")]


def test_a_weekday_before_its_day_and_month_is_that_date():
    assert periods(
        "Les services de sécurité ont arrêté lundi 3 mars 5 membres présumés de Daech à Nador."
    ) == [(5, "event", "2025-03-03")]


def test_a_period_after_a_compared_figure_is_that_figure_s_not_the_first():
    body = (
        "L'année passée, la police a démantelé huit cellules, contre neuf l'année d'avant, indique le bilan."
    )
    assert periods(body)[0] == (8, "year", "2024")


def test_the_fight_against_terrorism_is_no_comparison():
    body = "La DGST a démantelé 12 cellules dans le cadre de la lutte contre le terrorisme en 2023."
    assert periods(body) == [(12, "year", "2023")]
