"""Fresh press copy read wrongly (wild round 11): number grammar, period scoping and speakers."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2022, 3, 1)


def _read(text: str) -> list[tuple]:
    return [(c.value, c.metric, c.subset, c.period.type, c.period.start) for c in claims_of(text, PUBLISHED)]


def test_a_part_spelt_out_in_words_takes_the_year_after_it_not_its_whole():
    for text in (
        "Depuis 2016, la police a démantelé quarante cellules, dont sept au cours de l'année 2020.",
        "Since 2016 the police have broken up forty cells, including seven in 2020.",
        "منذ 2016 فككت الأجهزة الأمنية أربعين خلية، منها سبع خلايا خلال سنة 2020.",
    ):
        assert _read(text) == [
            (40, "cells_dismantled", None, "since", "2016"),
            (7, "cells_dismantled", None, "year", "2020"),
        ], text


def test_being_so_many_in_number_names_a_subject_described_at_length():
    claims = claims_of(
        "Les jihadistes marocains partis combattre en Irak sont au nombre de 1500, selon le ministère de "
        "l'Intérieur.",
        PUBLISHED,
    )
    assert [(c.value, c.metric, c.attribution.org) for c in claims] == [(1500, "fighters_joined", "MOI")]


def test_a_bare_copula_after_a_participle_counts_the_subject_it_describes():
    claims = claims_of("Les femmes parties rejoindre Daech sont 300, selon la DGST.", PUBLISHED)
    assert [(c.value, c.metric, c.subset, c.attribution.org) for c in claims] == [
        (300, "fighters_joined", "women", "DGST")
    ]


def test_the_qualifier_is_not_counted_among_the_words_between_the_number_of_and_its_figure():
    claims = claims_of(
        "The number of Moroccans fighting alongside jihadist groups in Iraq and Syria was put at more than 1,600.",
        PUBLISHED,
    )
    assert [(c.value, c.metric, c.qualifier) for c in claims] == [(1600, "fighters_joined", "more_than")]


def test_the_number_of_nationals_who_are_fighters_counts_fighters():
    claims = claims_of("The number of Moroccan fighters in Iraq and Syria was estimated at 1,500.", PUBLISHED)
    assert [(c.value, c.metric) for c in claims] == [(1500, "fighters_joined")]


def test_figures_named_in_the_next_sentence_with_who_released_them_are_that_speakers():
    for text in (
        "En 2019, quatorze cellules ont été démantelées et 240 suspects interpellés. Ces chiffres ont été "
        "présentés par le directeur du BCIJ lors d'un point de presse.",
        "In 2019, fourteen cells were broken up and 240 suspects detained. The figures were disclosed by the head "
        "of the BCIJ at a press briefing.",
        "خلال سنة 2019 جرى تفكيك أربع عشرة خلية وإيقاف 240 مشتبها فيه. وهي أرقام قدمها مدير المكتب المركزي "
        "للأبحاث القضائية في لقاء صحفي.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.attribution.org) for c in claims] == [(14, "BCIJ"), (240, "BCIJ")], text


def test_a_figure_the_figures_do_not_read_is_not_given_to_the_body_named_after():
    claims = claims_of(
        "En 2019, quatorze cellules ont été démantelées. Ces chiffres montrent que la DGST reste vigilante.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(14, "unspecified")]


def test_a_body_that_put_forward_a_figure_in_the_imperfect_is_its_source():
    claims = claims_of(
        "Selon le centre Soufan, 1500 combattants marocains se trouvent en Syrie. Le ministère de l'Intérieur "
        "avançait pour sa part le chiffre de 1100 combattants.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(1500, "analyst"), (1100, "MOI")]


def test_a_foreign_intelligence_service_named_for_a_figure_stops_the_study_cited_before():
    for text in (
        "Selon le centre Soufan, 1500 combattants marocains se trouvent en Syrie. Les services de renseignement "
        "belges évoquaient quant à eux 600 combattants marocains.",
        "According to the Soufan Center, 1,500 Moroccan fighters are in Syria. French intelligence services "
        "spoke of some 600 Moroccan fighters.",
        "حسب مركز صوفان، يوجد 1500 مقاتل مغربي في سوريا. أما تقارير المخابرات الفرنسية فتحدثت عن 600 مقاتل مغربي.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.attribution.org) for c in claims] == [(1500, "analyst"), (600, "unspecified")], (
            text
        )


def test_a_count_since_an_event_dated_by_its_month_runs_from_that_month():
    for text, start in (
        ("فككت المصالح الأمنية نحو 70 خلية إرهابية منذ اعتداءات الدار البيضاء في ماي 2003.", "2003-05"),
        (
            "Security services have dismantled about 70 terrorist cells since the Casablanca attacks of May 2003.",
            "2003-05",
        ),
        ("Security services have dismantled about 70 terrorist cells since May 2003.", "2003-05"),
        (
            "Since the May 16, 2003 bombings, security services have dismantled about 70 terrorist cells.",
            "2003-05-16",
        ),
        (
            "Since the March 11, 2004 attacks, Moroccan services have dismantled about 70 terrorist cells.",
            "2004-03-11",
        ),
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.period.type, c.period.start, c.period.end) for c in claims] == [
            (70, "since", start, "2022-03-01")
        ], text


def test_a_bare_item_dated_the_year_after_counts_what_the_first_item_counts():
    for text in (
        "La brigade a démantelé 12 cellules en 2019, puis 8 l'année suivante.",
        "The brigade broke up 12 cells in 2019 and 8 the following year.",
        "فككت الفرقة 12 خلية سنة 2019 و8 في السنة الموالية.",
    ):
        assert _read(text) == [
            (12, "cells_dismantled", None, "year", "2019"),
            (8, "cells_dismantled", None, "year", "2020"),
        ], text


def test_a_range_bounded_by_a_month_or_a_part_of_a_year_is_a_range():
    for text, start, end in (
        ("Le bureau a démantelé 31 cellules entre mi-2016 et avril 2017.", "2016", "2017-04"),
        ("The bureau dismantled 31 cells between mid-2016 and May 2017.", "2016", "2017-05"),
        ("فكك المكتب 31 خلية بين منتصف 2016 وأبريل 2017.", "2016", "2017-04"),
        ("The bureau dismantled 31 cells between July 2016 and April 2017.", "2016-07", "2017-04"),
    ):
        assert _read(text) == [(31, "cells_dismantled", None, "range", start)], text
        assert claims_of(text, PUBLISHED)[0].period.end == end, text


def test_people_said_to_be_fighting_in_the_ranks_of_groups_are_fighters_who_joined():
    claims = claims_of("أكد المسؤول الأمني أن 1400 مغربي يقاتلون في صفوف الجماعات المتطرفة.", PUBLISHED)
    assert [(c.value, c.metric) for c in claims] == [(1400, "fighters_joined")]


def test_an_aside_listing_zones_still_frames_the_dead_as_fighters():
    claims = claims_of(
        "وبحسب المعطيات ذاتها، فإن 1400 مغربي التحقوا ببؤر التوتر. وقضى 600 متطوع نحبهم هناك، منهم 500 في سوريا "
        "و100 في العراق، بينما رجع نحو 250 إلى أرض الوطن.",
        PUBLISHED,
    )
    assert [(c.value, c.metric) for c in claims] == [
        (1400, "fighters_joined"),
        (600, "fighters_killed"),
        (500, "fighters_killed"),
        (100, "fighters_killed"),
        (250, "returnees"),
    ]


def test_a_bare_number_after_a_verb_of_return_keeps_its_qualifier_between_them():
    claims = claims_of(
        "Selon le ministère, 1400 Marocains ont rejoint Daech ; 600 d'entre eux ont été tués, tandis que sont "
        "revenus près de 250.",
        PUBLISHED,
    )
    assert (250, "returnees", "about") in [(c.value, c.metric, c.qualifier) for c in claims]
    claims = claims_of(
        "التحق 1400 مغربي بداعش، قتل منهم 600، فيما عاد زهاء 250 إلى المغرب.",
        PUBLISHED,
    )
    assert (250, "returnees", "about") in [(c.value, c.metric, c.qualifier) for c in claims]


def test_an_estimate_of_the_number_gives_its_figure_after_the_preposition():
    claims = claims_of("ويقدر عدد المغاربة الذين التحقوا بالتنظيمات المتطرفة بحوالي 1400.", PUBLISHED)
    assert [(c.value, c.metric, c.qualifier) for c in claims] == [(1400, "fighters_joined", "about")]


def test_since_the_end_of_a_year_is_a_running_count_from_it_not_up_to_it():
    for text in (
        "أعلن الوزير أن 1400 مغربي التحقوا بالجماعات المتطرفة منذ أواخر 2012.",
        "Le ministre a annoncé que 1400 Marocains ont rejoint les groupes extrémistes depuis la fin de 2012.",
        "The minister said 1,400 Moroccans had joined extremist groups since the end of 2012.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.period.type, c.period.start) for c in claims] == [(1400, "since", "2012")], text


def test_the_audience_a_speaker_addresses_gives_no_subset_to_the_figure_he_reports():
    for text in (
        "وصرح المسؤول لوسائل إعلام مغربية وأجنبية أن 1400 مغربي التحقوا بالجماعات المتطرفة.",
        "The official told Moroccan and foreign media that 1,400 Moroccans had joined extremist groups.",
        "Le responsable a déclaré devant des journalistes étrangers que 1400 Marocains ont rejoint les groupes "
        "extrémistes.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.metric, c.subset) for c in claims] == [(1400, "fighters_joined", None)], text


def test_a_topic_set_before_the_speaker_still_gives_the_figure_its_subset():
    claims = claims_of(
        "As for women, the official said that 280 are held in camps in north-east Syria.", PUBLISHED
    )
    assert [(c.value, c.subset) for c in claims] == [(280, "women")]


def test_a_departure_named_by_its_noun_counts_the_fighters_after_it():
    for text in (
        "وكشف وزير الداخلية عن سفر نحو 1500 مغربي إلى سوريا والعراق.",
        "Le ministre de l'Intérieur a fait état du départ de quelque 1500 Marocains vers la Syrie et l'Irak.",
        "The interior minister reported the departure of some 1,500 Moroccans to Syria and Iraq.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.metric, c.qualifier, c.attribution.org) for c in claims] == [
            (1500, "fighters_joined", "about", "MOI")
        ], text


def test_a_part_referred_to_by_of_them_takes_the_group_named_after_its_number():
    for text in (
        "منذ 2016 فككت الفرقة 40 خلية، منها 33 موالية لداعش.",
        "Depuis 2016, la brigade a démantelé 40 cellules, dont 33 liées à l'Etat islamique.",
    ):
        assert _read(text) == [
            (40, "cells_dismantled", None, "since", "2016"),
            (33, "cells_dismantled", "isis_linked", "since", "2016"),
        ], text


def test_since_the_bureau_was_set_up_reads_the_hamza_spelling_of_its_creation():
    claims = claims_of("فكك المكتب المركزي للأبحاث القضائية منذ إنشائه 90 خلية إرهابية.", PUBLISHED)
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [(90, "since", "2015")]


def test_a_part_of_the_women_just_counted_are_women_whatever_its_verb():
    lead = "Quelque 1500 combattants marocains ont rejoint Daech en Syrie. "
    for text in (
        "Les femmes parties dans la zone sont 210, dont 40 sont revenues au Maroc.",
        "Some 210 women went to the zone, of whom 40 have come back to Morocco.",
        "والتحقت 210 امرأة بالمنطقة، عادت منهن 40 إلى المغرب.",
    ):
        claims = claims_of(lead + text, PUBLISHED)[1:]
        assert [(c.value, c.metric, c.subset) for c in claims] == [
            (210, "fighters_joined", "women"),
            (40, "returnees", "women"),
        ], text


def test_a_part_of_women_and_children_together_is_neither():
    claims = claims_of(
        "Quelque 1500 combattants marocains ont rejoint Daech en Syrie. 210 femmes et 300 enfants ont rejoint la "
        "zone, dont 40 sont revenus au Maroc.",
        PUBLISHED,
    )
    assert [(c.value, c.subset) for c in claims][1:] == [(210, "women"), (300, "minors"), (40, None)]


def test_a_count_since_a_year_given_up_to_a_month_runs_from_the_year_as_of_the_month():
    for text in (
        "Depuis 2014 et jusqu'à avril 2020, quelque 1500 jihadistes marocains ont rejoint la Syrie.",
        "منذ 2014 وإلى غاية أبريل 2020، التحق حوالي 1500 مغربي بالتنظيمات الإرهابية في سوريا.",
        "Since 2014 and up to April 2020, some 1,500 Moroccan jihadists joined groups in Syria.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.period.type, c.period.start, c.as_of) for c in claims] == [
            (1500, "since", "2014", "2020-04")
        ], text


def test_the_present_participle_of_fighting_counts_fighters_in_a_long_number_of_phrase():
    claims = claims_of(
        "Le nombre de Marocains combattant dans les rangs des groupes jihadistes en Irak et en Syrie était évalué à "
        "plus de 1500.",
        PUBLISHED,
    )
    assert [(c.value, c.metric, c.qualifier) for c in claims] == [(1500, "fighters_joined", "more_than")]


def test_the_participle_of_joining_counts_fighters_in_an_estimate_of_the_number():
    for text in (
        "ويقدر عدد المغاربة الملتحقين بالتنظيمات المتطرفة بأزيد من 1500.",
        "وبلغ عدد المغاربة المنضمين إلى الجماعات المتطرفة 1500 شخص.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.metric) for c in claims] == [(1500, "fighters_joined")], text
