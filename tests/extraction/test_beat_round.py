"""Beat round: security-beat copy (communiqués relayed by the agency, ministers, regional outlets, wires)."""

from datetime import date

from claims.extraction.countries import find_countries
from claims.extraction.layouts import parse_document

from .helpers import body_document, claims_of

_BODY_AR = "وقالت المصادر إن الأجهزة الأمنية تابعت تحرياتها في المدينة طيلة الأسبوع الماضي.\n"
_BODY_EN = "Investigators kept working through the week in the northern region, officials said.\n"


def test_a_three_link_breadcrumb_trail_under_the_site_name_is_not_the_title():
    text = (
        "الساحل بريس\n\nالرئيسية » جهات » طنجة\n\nافتتاح ميناء جديد للصيد بالعرائش\n\n3 مارس 2024\n\n"
        + _BODY_AR
    )
    doc = parse_document(text)
    assert doc.title == "افتتاح ميناء جديد للصيد بالعرائش"
    assert doc.outlet == "الساحل بريس"


def test_an_english_trail_with_slashes_is_not_the_title():
    text = (
        "North Wire\n\nHome / World / Europe\n\nPort of Tangier posts record traffic\n\nMay 5, 2024\n\n"
        + _BODY_EN
    )
    doc = parse_document(text)
    assert doc.title == "Port of Tangier posts record traffic"
    assert doc.published == date(2024, 5, 5)


def orgs(body, published=date(2024, 12, 30)):
    return [(c.value, c.attribution.org) for c in claims_of(body, published)]


def test_a_minister_speaking_after_a_fronted_chamber_is_the_source_not_the_chamber():
    assert orgs(
        "Face aux membres de la Chambre des conseillers, le ministre de l'Intérieur a précisé que 87 personnes "
        "avaient été arrêtées pour terrorisme en 2022."
    ) == [(87, "MOI")]


def test_an_english_minister_speaking_before_a_committee_is_the_source():
    assert orgs(
        "At a hearing of the House of Representatives, the interior minister said that 95 suspects were "
        "arrested on terrorism charges in 2023."
    ) == [(95, "MOI")]


def test_official_statistics_drawn_up_by_a_body_are_that_body_s():
    assert orgs(
        "Selon des statistiques officielles établies par la DGSN, 76 personnes ont été arrêtées pour terrorisme en 2024."
    ) == [(76, "DGSN")]


def test_a_quotation_spanning_two_sentences_is_its_speaker_s_from_its_first_sentence():
    assert orgs(
        "“We have dismantled 40 terrorist cells since 2016. The threat has not gone away,” said the head of the "
        "Central Bureau of Judicial Investigation in an interview."
    ) == [(40, "BCIJ")]


def test_an_arabic_quotation_named_after_its_close_gives_its_first_figure_to_the_speaker():
    assert orgs(
        "«أوقفنا منذ سنة 2016 أزيد من 900 شخص بتهم الإرهاب. والخطر ما يزال قائما»، يقول مدير المكتب المركزي للأبحاث القضائية "
        "في ندوة صحفية."
    ) == [(900, "BCIJ")]


def test_the_raid_that_raises_the_bureau_s_count_makes_the_raid_s_arrests_the_bureau_s():
    assert orgs(
        "Four suspects were arrested on Monday in Fez by officers of the Central Bureau of Judicial "
        "Investigation. This raid brings to 1,300 the number of people the bureau has arrested since 2015, "
        "its director said."
    ) == [(4, "BCIJ"), (1300, "BCIJ")]


def periods(body, published=date(2024, 12, 30)):
    return [(c.value, c.period.type, c.period.start, c.as_of) for c in claims_of(body, published)]


def test_the_day_a_minister_spoke_is_not_the_period_of_the_year_he_gives():
    assert periods(
        "The interior minister said on Wednesday that 62 people had been arrested on terrorism charges in 2022."
    ) == [(62, "year", "2022", None)]


def test_the_arabic_day_of_a_statement_gives_way_to_the_year_the_figure_counts():
    assert periods("وصرح الوزير يوم الخميس بأن 8 خلايا إرهابية تم تفكيكها في المغرب خلال سنة 2021.") == [
        (8, "year", "2021", None)
    ]


def test_the_suspects_ages_between_the_count_and_its_day_do_not_cut_the_day_off():
    assert periods(
        "Trois suspects, âgés de 19 à 25 ans, ont été arrêtés lundi à Oujda pour terrorisme.",
        date(2024, 5, 8),
    ) == [(3, "event", "2024-05-06", None)]


def test_english_ages_between_the_count_and_its_day_do_not_cut_the_day_off():
    assert periods(
        "Five suspects, aged 20 to 34, were arrested on Friday in Tetouan on terrorism charges.",
        date(2024, 5, 8),
    ) == [(5, "event", "2024-05-03", None)]


def test_a_running_total_in_a_clause_opened_by_a_past_month_is_since_its_start_as_of_that_month():
    assert periods(
        "En mars 2017, la DGST comptabilisait 170 cellules terroristes démantelées depuis 2002.",
        date(2018, 1, 5),
    ) == [(170, "since", "2002", "2017-03")]


def test_a_figure_at_the_same_date_is_dated_as_the_figure_before():
    got = periods(
        "In October 2018, the bureau had dismantled 190 terrorist cells since 2002. "
        "At the same date, 250 Moroccan fighters had returned home, the bureau said.",
        date(2020, 2, 1),
    )
    assert got[1][0] == 250 and got[1][3] == "2018-10"


def test_the_judicial_police_in_the_speaker_s_title_does_not_make_the_count_its_own():
    claims = claims_of(
        "The head of the judicial police, Karim Idrissi, said that 64 people were arrested on terrorism "
        "charges in 2023."
    )
    assert [(c.value, c.subset) for c in claims] == [(64, None)]


def test_an_arabic_estimate_with_the_preposition_glued_to_about_is_about():
    claims = claims_of("وتقدر مصادر أمنية عدد العائدين من بؤر التوتر بحوالي 300 شخص.")
    assert [(c.value, c.qualifier) for c in claims] == [(300, "about")]


def test_an_arabic_estimate_glued_to_more_than_is_more_than():
    claims = claims_of("ويقدر الباحث عدد المقاتلين المغاربة في سوريا بأكثر من 1500 مقاتل.")
    assert [(c.value, c.qualifier) for c in claims] == [(1500, "more_than")]


def test_draft_laws_adopted_by_a_council_are_not_plots():
    assert (
        claims_of(
            "Après avoir fait le point sur la lutte antiterroriste, le Conseil des ministres a approuvé trois projets "
            "de loi."
        )
        == []
    )


def test_arabic_draft_decrees_are_not_plots():
    assert claims_of("وصادق مجلس الحكومة، بعد عرض حول مكافحة الإرهاب، على 5 مشاريع مراسيم.") == []


def test_the_people_a_planned_repatriation_would_involve_are_not_returnees():
    assert (
        claims_of(
            "Officials said the next flight home from the Syrian camps will involve about 40 Moroccan fighters' "
            "relatives."
        )
        == []
    )


def test_a_french_conditional_projection_is_not_a_count_of_returnees():
    assert (
        claims_of(
            "Le prochain rapatriement des camps syriens concernerait une cinquantaine de ressortissants marocains."
        )
        == []
    )


def partners(body):
    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_a_country_that_foiled_its_own_plots_is_no_partner():
    assert (
        partners("Pour mémoire, l'Espagne a déjoué 14 projets d'attentat l'an passé, selon son ministère.")
        == []
    )


def test_an_english_country_that_thwarted_plots_itself_is_no_partner():
    assert partners("Belgium thwarted four attacks in 2022, its interior minister said.") == []


def test_information_that_helped_foil_an_attack_in_a_country_still_makes_it_a_partner():
    assert partners("Des renseignements fournis par la DGST ont aidé la Belgique à déjouer un attentat.") == [
        "BE"
    ]


def test_contributing_to_a_country_s_investigations_makes_it_a_partner():
    assert partners("Nos services ont contribué aux enquêtes menées par l'Italie sur cette filière.") == [
        "IT"
    ]


def test_an_arabic_minister_after_his_verb_speaks_not_the_committee_fronted_before_it():
    assert orgs(
        "وخلال اجتماع لجنة الداخلية بمجلس المستشارين، كشف وزير الداخلية أن 90 شخصا اعتقلوا في قضايا الإرهاب سنة 2023."
    ) == [(90, "MOI")]


def test_the_interior_committee_named_with_a_glued_preposition_is_parliament_s():
    assert orgs("وحسب تقرير للجنة الداخلية، فكك المغرب 12 خلية إرهابية سنة 2023.") == [(12, "PARLIAMENT")]


def test_a_day_followed_by_the_reported_clause_is_the_day_of_the_statement():
    assert periods("وأعلنت وزارة الداخلية، يوم الأربعاء، أنها فككت 11 خلية إرهابية خلال سنة 2022.") == [
        (11, "year", "2022", None)
    ]


def test_the_day_of_a_statement_named_as_a_noun_is_not_the_figure_s_period():
    assert periods(
        "Dans un communiqué diffusé vendredi, la DGSN fait état de 70 suspects arrêtés pour terrorisme en 2021."
    ) == [(70, "year", "2021", None)]


def test_the_words_just_quoted_named_as_such_are_the_speaker_s():
    assert orgs(
        "« Nous avons démantelé 85 cellules terroristes depuis 2015. » Ces propos ont été tenus mardi par le "
        "directeur du Bureau central d'investigations judiciaires."
    ) == [(85, "BCIJ")]


def test_english_words_just_quoted_pointed_back_to_are_the_speaker_s():
    assert orgs(
        "“More than 1,200 people have been arrested on terrorism charges since 2015.” These were the words of "
        "the head of the Central Bureau of Judicial Investigation."
    ) == [(1200, "BCIJ")]


def orgs_under(title, body):
    return [(c.value, c.attribution.org) for c in claims_of(body, date(2025, 1, 20), title)]


def test_the_bureau_the_title_names_is_the_one_the_body_s_the_bureau_said_means():
    assert orgs_under(
        "Anti-terror bureau BCIJ sums up its year",
        "The bureau said it had broken up eight terrorist cells in 2024.",
    ) == [(8, "BCIJ")]


def test_an_arabic_body_s_definite_bureau_refers_to_the_bureau_of_the_title():
    assert orgs_under(
        "المكتب المركزي للأبحاث القضائية يقدم حصيلته",
        "وأفاد المكتب بأنه أوقف 60 شخصا في قضايا الإرهاب خلال سنة 2024.",
    ) == [(60, "BCIJ")]


def test_la_direction_reporting_refers_to_the_directorate_of_the_title():
    assert orgs_under(
        "La DGSN publie son bilan",
        "La direction précise que 70 suspects ont été interpellés pour terrorisme en 2024.",
    ) == [(70, "DGSN")]


def test_a_body_the_sentence_cites_wins_over_the_body_of_the_title():
    assert orgs_under(
        "La DGST démantèle une cellule à Tanger",
        "Selon le ministère de l'Intérieur, cinq personnes ont été arrêtées pour terrorisme en 2024.",
    ) == [(5, "MOI")]


def test_a_running_total_after_an_opening_up_to_date_is_dated_by_it():
    assert periods(
        "By the end of 2022, the security services had broken up 210 terrorist cells since 2002.",
        date(2024, 6, 1),
    ) == [(210, "since", "2002", "2022")]


def test_an_arabic_running_total_after_an_opening_up_to_date_is_dated_by_it():
    assert periods(
        "وإلى غاية نهاية سنة 2022، وصل عدد الخلايا الإرهابية المفككة منذ 2002 إلى 210 خلايا.",
        date(2024, 6, 1),
    ) == [(210, "since", "2002", "2022")]


def test_an_english_sentence_on_these_operations_counts_in_their_period():
    got = periods(
        "Since 2015, the bureau has dismantled 95 terrorist cells. These operations also led to the arrest of "
        "1,400 suspects.",
        date(2024, 6, 1),
    )
    assert got[1][:3] == (1400, "since", "2015")


def test_a_count_the_imperfect_atteignait_links_to_its_noun_is_read():
    assert periods(
        "Fin 2021, le nombre de personnes arrêtées pour terrorisme depuis 2002 atteignait 4 100.",
        date(2023, 3, 1),
    ) == [(4100, "since", "2002", "2021")]


def test_a_count_that_now_totals_a_number_is_read():
    assert periods(
        "The number of people arrested on terrorism charges since 2002 now totals 4,500.", date(2025, 3, 20)
    ) == [(4500, "since", "2002", None)]
