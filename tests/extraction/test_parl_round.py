"""corpus_parl / corpus_oped round: parliament and government voices, op-eds and columns. A return and a
prosecution of the same people joined by "and" count every returnee, an amount of money is no count, a number a
hypothesis needs is no count, and the other behaviours the corpora found (one behaviour per test, in other words
than the corpora)."""

from datetime import date

from .helpers import claims_of


def metrics(body, published=date(2025, 3, 5)):
    return [(c.metric, c.value) for c in claims_of(body, published)]


def test_returned_and_all_prosecuted_counts_every_returnee():
    assert metrics(
        "Le ministre a indiqué que 256 combattants sont revenus au pays et ont tous été déférés au parquet."
    ) == [("returnees", 256)]
    assert metrics("وأفاد المسؤول أن 256 مقاتلا رجعوا إلى المملكة وتمت إحالتهم على العدالة.") == [
        ("returnees", 256)
    ]


def test_returnees_who_were_arrested_stay_arrests():
    assert metrics("Officials said 97 fighters who came back from Syria had been arrested since 2015.")[
        0
    ] == (
        "returnees_arrested",
        97,
    )
    assert metrics("وأعلنت المصالح الأمنية توقيف 40 شخصا عادوا من بؤر التوتر.") == [
        ("returnees_arrested", 40)
    ]


def test_an_amount_of_money_is_no_count():
    assert metrics(
        "Près de 700 combattants marocains ont été tués en Syrie. Le budget de l'administration pénitentiaire "
        "a atteint 3,1 milliards de dirhams."
    ) == [("fighters_killed", 700)]
    assert metrics("لقي 700 مقاتل مغربي حتفهم في سوريا. وبلغت ميزانية السجون 3 مليارات درهم.") == [
        ("fighters_killed", 700)
    ]


def test_a_number_a_hypothesis_needs_is_no_count():
    assert metrics("Il suffit de rappeler qu'une cellule bien organisée suffit à semer la terreur.") == []
    assert metrics("ويكفي أن نذكر بأن خلية واحدة منظمة كافية لزرع الرعب.") == []


def facts(body, published=date(2025, 3, 5)):
    return [
        (c.metric, c.value, c.period.type, c.period.start, c.period.end, c.attribution.org)
        for c in claims_of(body, published)
    ]


def test_the_first_months_of_a_year_are_a_range_of_months():
    assert [f[2:5] for f in facts("The police broke up four cells in the first five months of 2024.")] == [
        ("range", "2024-01", "2024-05")
    ]
    assert [f[2:5] for f in facts("فككت المصالح الأمنية 4 خلايا خلال الأشهر الخمسة الأولى من سنة 2024.")] == [
        ("range", "2024-01", "2024-05")
    ]


def test_the_head_of_both_services_speaks_for_the_pole():
    [claim] = claims_of(
        "Since 2002 the services have arrested 3,900 people in terrorism cases, the head of the DGSN and DGST "
        "told senators.",
        date(2025, 3, 5),
    )
    assert claim.attribution.org == "DGST"


def test_the_number_of_people_a_figure_is_credited_to_is_no_count():
    assert [
        (f[0], f[1])
        for f in facts(
            "Police have arrested 3,900 people in terrorism cases since 2002, the minister told the committee, "
            "according to three deputies present."
        )
    ] == [("persons_arrested", 3900)]


def test_a_member_citing_a_bodys_figures_gives_that_body():
    [claim] = claims_of(
        "واستشهدت النائبة بمعطيات المديرية العامة للأمن الوطني، مؤكدة أن 80 شخصا أوقفوا في قضايا الإرهاب سنة 2024.",
        date(2025, 3, 5),
    )
    assert claim.attribution.org == "DGSN"
    [claim] = claims_of(
        "Le sénateur a affirmé que 190 cellules ont été démantelées depuis 2002, citant les chiffres du ministère "
        "de l'Intérieur.",
        date(2025, 3, 5),
    )
    assert claim.attribution.org == "MOI"


def test_a_speakers_own_estimate_is_theirs_not_the_source_they_cited():
    claims = claims_of(
        "MP Leila Bennani, quoting the interior ministry's figures, said 190 cells had been dismantled since 2002. "
        "By her own count, some 800 Moroccan fighters were killed in Syria and Iraq.",
        date(2025, 3, 5),
    )
    assert [(c.value, c.attribution.org, c.attribution.person) for c in claims] == [
        (190, "MOI", None),
        (800, "PARLIAMENT", "Leila Bennani"),
    ]


def test_a_figure_told_in_an_earlier_year_is_as_of_that_year():
    [claim] = claims_of(
        "وفي سنة 2020 أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 80 خلية منذ 2015.", date(2025, 3, 5)
    )
    assert (claim.period.type, claim.period.start, claim.as_of) == ("since", "2015", "2020")


def test_the_speaker_between_the_verb_and_its_preposition_is_the_source():
    claims = claims_of(
        "وتشير المعطيات الرسمية إلى تفكيك 214 خلية منذ 2002. وقبل ذلك تحدثت المديرية العامة للأمن الوطني عن "
        "توقيف 60 شخصا في قضايا الإرهاب سنة 2023.",
        date(2025, 3, 5),
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(214, "official_unspecified"), (60, "DGSN")]


def test_estimates_no_one_is_named_for_are_unsourced():
    claims = claims_of(
        "وأعلنت وزارة الداخلية أن 270 مقاتلا عادوا إلى المغرب. أما في المخيمات السورية فتشير بعض التقديرات إلى "
        "نحو 300 مغربي محتجزين هناك.",
        date(2025, 3, 5),
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(270, "MOI"), (300, "unspecified")]


def test_since_the_bureaus_creation_told_in_an_earlier_year():
    [claim] = claims_of("In 2022 the BCIJ's head spoke of 90 cells dismantled since the bureau's creation.")
    assert (claim.period.type, claim.period.start, claim.as_of) == ("since", "2015", "2022")


def test_the_writers_own_count_is_the_analysts():
    claims = claims_of(
        "The bureau has announced many operations. By my own count of its communiqués, 95 cells have been "
        "dismantled since 2015.",
        date(2025, 3, 5),
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(95, "analyst")]
