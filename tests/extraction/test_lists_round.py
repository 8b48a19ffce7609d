"""Figures in enumerations, breakdowns and number words (the lists corpus's round), in other words."""

from .helpers import claims_of


def readings(text):
    return [(c.metric, c.subset, c.value, c.period.type, c.period.start) for c in claims_of(text)]


def test_a_bare_number_followed_by_a_verb_of_repatriation_counts_returnees():
    text = "Security services broke up 30 cells since 2015. Last year, 9 were repatriated from Iraq, officials said."
    assert ("returnees", "repatriated", 9, "year", "2023") in readings(text)
    text = "Les services ont démantelé 30 cellules depuis 2015. L'an passé, 9 ont été rapatriés d'Irak."
    assert ("returnees", "repatriated", 9, "year", "2023") in readings(text)
    text = "وفككت المصالح 30 خلية إرهابية منذ 2015. وخلال 2022، 8 أعيدوا من مخيمات سوريا."
    assert ("returnees", "repatriated", 8, "year", "2022") in readings(text)


def test_a_verb_before_a_number_with_a_noun_of_its_own_does_not_point_back_at_the_people_before():
    text = "Last year, 14 came back from Syria. The 2011 Marrakech blast killed 17 tourists."
    assert [(c.metric, c.value) for c in claims_of(text)] == [("returnees", 14)]


def test_an_item_after_its_own_year_and_a_word_for_its_total_takes_the_first_items_noun():
    text = "وحسب المديرية، بلغ عدد المعتقلين في قضايا الإرهاب خلال 2018 ما مجموعه 310 أشخاص، وفي 2019 ما مجموعه 198."
    assert readings(text) == [
        ("persons_arrested", None, 310, "year", "2018"),
        ("persons_arrested", None, 198, "year", "2019"),
    ]
    text = "The bureau arrested a total of 120 terror suspects in 2018, and in 2019 a total of 98."
    assert [r[2:] for r in readings(text)] == [(120, "year", "2018"), (98, "year", "2019")]


def test_a_chronology_item_after_apres_or_after_takes_the_first_items_noun_and_its_own_year():
    text = "En 2022, 6 cellules terroristes ont été démantelées, après 9 en 2021, selon la DGST."
    assert readings(text) == [
        ("cells_dismantled", None, 6, "year", "2022"),
        ("cells_dismantled", None, 9, "year", "2021"),
    ]
    text = "The DGST broke up 6 terror cells in 2022, after 9 in 2021."
    assert [r[2:] for r in readings(text)] == [(6, "year", "2022"), (9, "year", "2021")]
    text = "وفككت المديرية 6 خلايا إرهابية سنة 2022 بعد 9 في 2021."
    assert [r[2:] for r in readings(text)] == [(6, "year", "2022"), (9, "year", "2021")]


def test_a_noun_that_is_the_subject_of_a_copula_before_the_number_is_what_it_counts():
    text = (
        "La DGST a démantelé 40 cellules depuis 2018. Parmi les suspects arrêtés par la DGST, "
        "les mineurs étaient 7 en 2021 et 4 en 2022."
    )
    assert readings(text)[1:] == [
        ("persons_arrested", "minors", 7, "year", "2021"),
        ("persons_arrested", "minors", 4, "year", "2022"),
    ]
    text = (
        "The DGST broke up 40 cells since 2018. Among the suspects it arrested, the women numbered 5 in 2021."
    )
    assert readings(text)[1:] == [("persons_arrested", "women", 5, "year", "2021")]


def test_a_short_pages_key_figure_paragraphs_stay_lines_of_their_own():
    from claims.extraction.engine import read_article

    page = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Terror plots in numbers</title></head>
<body><article><h1>Terror plots in numbers</h1><time datetime="2024-03-02T10:00:00+00:00">2024-03-02</time>
<p>Key figures from the BCIJ:</p><p>2021 : 11 terrorist cells dismantled</p><p>2022 : 7</p><p>2023 : 9</p>
<p>The bureau has 300 agents.</p></article></body></html>"""
    _, document, extraction = read_article(page.encode(), "page.html")
    got = [(c.value, c.period.start, c.attribution.org, c.sentence) for c in extraction.claims]
    assert got == [
        (11, "2021", "BCIJ", "2021 : 11 terrorist cells dismantled"),
        (7, "2022", "BCIJ", "2022 : 7"),
        (9, "2023", "BCIJ", "2023 : 9"),
    ]
    assert document.text.startswith("Terror plots in numbers\n\nKey figures from the BCIJ:\n")


def test_a_study_goes_on_speaking_for_the_work_of_a_body_it_recounts():
    text = (
        "The study says 1,500 Moroccans joined extremist groups in Syria. "
        "In 2016 alone, the BCIJ broke up 19 cells."
    )
    assert [(c.value, c.attribution.org) for c in claims_of(text)] == [(1500, "analyst"), (19, "analyst")]


def test_the_cells_of_a_year_name_that_year_as_the_period_of_their_part():
    text = (
        "The bureau broke up 40 terror cells between 2016 and 2018, 19 of them in 2016. "
        "Of the cells of 2016, 12 were linked to ISIS."
    )
    assert readings(text)[-1] == ("cells_dismantled", "isis_linked", 12, "year", "2016")


def test_the_contribution_of_a_foreign_service_praised_makes_its_country_a_partner():
    from claims.extraction.countries import find_countries

    from .helpers import body_document

    found = find_countries(
        body_document("Le ministre a souligné l'apport précieux de la police belge dans l'enquête.")
    )
    assert [(m.code, m.role) for m in found] == [("BE", "partner")]
    found = find_countries(body_document("Les migrants venus du Mali apportent leur savoir-faire."))
    assert [(m.code, m.role) for m in found] == [("ML", "mentioned")]


def test_a_studys_voice_does_not_tell_the_news_of_an_operation_that_cites_no_one():
    text = (
        "The Rabat Centre for Strategic Studies says 1,600 Moroccans joined extremist groups in Syria and Iraq. "
        "On Friday police arrested three suspects linked to ISIS in Fez."
    )
    assert [(c.value, c.attribution.org) for c in claims_of(text)] == [(1600, "analyst"), (3, "unspecified")]
    text = (
        "وأفادت دراسة لمركز الرباط للدراسات الاستراتيجية بأن 1600 مغربي التحقوا بالتنظيمات المتطرفة في سوريا والعراق. "
        "وفي شهر مارس الماضي، فككت المصالح الأمنية 3 خلايا إرهابية بفاس."
    )
    assert [(c.value, c.attribution.org) for c in claims_of(text)] == [(1600, "analyst"), (3, "unspecified")]
