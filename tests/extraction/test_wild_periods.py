"""Periods read wrongly on fresh press copy (engine-wild round): "since the start of 2013" said with the year
and no year word, in three languages, and "since the 2003 bombings", a running count opened by an event named
by its year."""

from datetime import date

from claims.extraction.normalize import fold
from claims.extraction.periods import find_periods

from .helpers import claims_of

PUBLISHED = date(2016, 2, 10)


def _period(text):
    [period] = find_periods(fold(text), PUBLISHED)
    return period


def test_since_the_start_of_an_earlier_year_in_english_is_a_running_count_from_that_year():
    for text in (
        "Since the beginning of 2014, police have broken up 21 cells, the ministry said.",
        "Police have broken up 40 cells since early 2013, the ministry added.",
        "The ministry put the number of cells disbanded since the start of 2013 at 38.",
    ):
        period = _period(text)
        assert (period.type, period.start[:2]) == ("since", "20"), text
        assert period.start in {"2013", "2014"}, text


def test_since_the_start_of_an_earlier_year_in_french_is_a_running_count_from_that_year():
    for text, year in (
        ("Quelque 88 cellules liées à Daech ont été démantelées depuis début 2013.", "2013"),
        ("Depuis le début de l'année 2014, 19 cellules ont été neutralisées.", "2014"),
        ("Depuis le début de 2015, les services ont interpellé 240 suspects.", "2015"),
    ):
        period = _period(text)
        assert (period.type, period.start) == ("since", year), text


def test_since_the_start_of_an_earlier_year_in_arabic_without_a_year_word():
    for text, year in (
        ("وأشار إلى أن 1200 مغربي التحقوا بالتنظيمات المتطرفة منذ مطلع 2013.", "2013"),
        ("فككت المصالح الأمنية منذ بداية 2014 ما مجموعه 30 خلية.", "2014"),
        ("أوقفت الأجهزة الأمنية ابتداء من أوائل سنة 2015 أزيد من 200 مشتبه فيه.", "2015"),
    ):
        period = _period(text)
        assert (period.type, period.start) == ("since", year), text


def test_since_the_start_of_the_publication_year_stays_the_year_so_far():
    period = _period("Since the start of 2016, police have detained 14 suspects.")
    assert (period.type, period.start, period.end) == ("year_to_date", "2016", "2016-02-10")


def test_since_an_event_named_by_its_year_is_a_running_count_from_that_year():
    claims = claims_of(
        "More than 2,000 people have been detained under the anti-terrorism law since the 2003 Casablanca "
        "bombings, officials said.",
        PUBLISHED,
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [(2000, "since", "2003")]


def test_two_years_joined_by_a_hyphen_are_a_range():
    for text in (
        "Sur la période 2011-2013, 18 cellules terroristes ont été démantelées, selon la DGSN.",
        "فككت المصالح الأمنية 18 خلية إرهابية خلال الفترة 2011-2013، حسب المديرية العامة للأمن الوطني.",
        "In 2011–13, police broke up 18 cells, the DGSN said.",
    ):
        [claim] = claims_of(text, PUBLISHED)
        assert (claim.value, claim.period.type, claim.period.start, claim.period.end) == (
            18,
            "range",
            "2011",
            "2013",
        ), text


def test_a_date_written_with_hyphens_is_not_a_range_of_years():
    periods = find_periods(fold("Le 2015-06-01, la police a interpellé 4 suspects."), PUBLISHED)
    assert all(p.type != "range" for p in periods)


def test_the_day_figures_were_presented_is_not_the_period_of_any_of_them():
    for text in (
        "Les services ont démantelé 168 cellules, arrêté 2963 personnes et déjoué 341 projets, selon des "
        "chiffres officiels présentés jeudi.",
        "Police broke up 168 cells, detained 2,963 people and foiled 341 plots, according to official figures "
        "released on Thursday.",
        "فككت المصالح الأمنية 168 خلية واعتقلت 2963 شخصا وأحبطت 341 مخططا، وفق أرقام رسمية قدمت يوم الخميس.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [c.value for c in claims] == [168, 2963, 341], text
        assert {c.period.type for c in claims} != {"event"} and all(
            c.period.type != "event" for c in claims
        ), text


def test_some_fifteen_years_in_french_counts_back_from_publication():
    [claim, *_] = claims_of(
        "En l'espace d'une quinzaine d'années, les services de sécurité ont démantelé 168 cellules terroristes.",
        PUBLISHED,
    )
    assert (claim.value, claim.period.type, claim.period.start) == (168, "last_n_years", "2001")


def test_hundreds_of_undated_arrests_are_a_tally_not_one_operation():
    [claim] = claims_of("كما جرى توقيف 1256 متهما بالتورط في جرائم إرهابية.", PUBLISHED)
    assert (claim.value, claim.period.type) == (1256, "unspecified")
    [raid] = claims_of(
        "وتمكنت عناصر المكتب المركزي للأبحاث القضائية من توقيف ثلاثة أشخاص موالين لتنظيم داعش بمدينة طنجة.",
        PUBLISHED,
    )
    assert (raid.value, raid.period.type) == (3, "event")


def test_a_clause_opened_by_while_takes_the_period_after_its_figure():
    for text in (
        "Au total, 210 cellules ont été démantelées depuis 2002, tandis que 88 cellules liées à Daech ont été "
        "démantelées depuis 2013, selon le BCIJ.",
        "In all, 210 cells have been broken up since 2002, while 88 cells tied to ISIS have been dismantled "
        "since 2013, the BCIJ said.",
        "فككت المصالح الأمنية 210 خلايا منذ 2002، في حين تم تفكيك 88 خلية مرتبطة بداعش منذ 2013، حسب البسيج.",
        "فككت المصالح الأمنية 210 خلايا منذ 2002، بينما تم تفكيك 88 خلية مرتبطة بداعش منذ 2013، حسب البسيج.",
    ):
        claims = claims_of(text, date(2021, 5, 18))
        assert [(c.value, c.period.type, c.period.start) for c in claims] == [
            (210, "since", "2002"),
            (88, "since", "2013"),
        ], text


def test_since_the_creation_of_a_body_with_a_long_name_then_its_year():
    for text in (
        "Morocco has broken up 57 terrorist cells since the creation of the Central Bureau of Judicial "
        "Investigation in 2015, its director revealed.",
        "Le Maroc a démantelé 57 cellules depuis la création du Bureau central d'investigations judiciaires "
        "en mars 2015, selon son directeur.",
        "فكك المغرب 57 خلية إرهابية منذ تأسيس المكتب المركزي للأبحاث القضائية في مارس 2015، حسب مديره.",
    ):
        claims = claims_of(text, date(2019, 6, 25))
        assert [(c.value, c.period.type, c.period.start[:4]) for c in claims] == [(57, "since", "2015")], text


def test_during_the_year_is_the_year_stated_before():
    for text in (
        "The US report noted that Moroccan authorities disrupted several terrorist cells in 2021. The report "
        "said Morocco arrested more than 100 individuals on terrorism-related charges during the year.",
        "Le rapport note que les autorités ont démantelé plusieurs cellules terroristes en 2021. Selon le "
        "rapport, plus de 100 personnes ont été arrêtées pour terrorisme au cours de l'année.",
        "وأشار التقرير إلى أن السلطات المغربية فككت عدة خلايا إرهابية سنة 2021. وأضاف أن أزيد من 100 شخص "
        "اعتقلوا في قضايا الإرهاب خلال السنة.",
    ):
        claims = claims_of(text, date(2022, 2, 15))
        assert [(c.value, c.period.type, c.period.start) for c in claims][-1] == (100, "year", "2021"), text


def test_during_the_year_after_a_running_count_is_not_that_count():
    claims = claims_of(
        "Police have dismantled 210 cells since 2002, the ministry said. More than 100 people were arrested on "
        "terrorism charges during the year, it added.",
        date(2022, 2, 15),
    )
    assert [(c.value, c.period.type) for c in claims] == [(210, "since"), (100, "unspecified")]
