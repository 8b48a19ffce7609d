"""corpus_factcheck round: who speaks, not which body acts. Outside reports (a foreign government's, an
international body's, an index) are `analyst`, the body speaking without one `unspecified` (docs/conventions.md,
"Outside voices"); a report relaying a Moroccan body's data keeps the body; the outlet's own count in the first
person plural is its own; a pronoun that reports after a body ("…, she added") is the speaker named before;
reporting verbs in the past and the present ("فتحدثت … عن", "تحصي", "قد أشار … إلى أن") name their subject."""

from datetime import date

from claims.extraction.attribution import find_attribution
from claims.extraction.countries import find_countries
from claims.extraction.normalize import FoldedText

from .helpers import body_document, claims_of

PUBLISHED = date(2025, 11, 4)


def org_of(sentence):
    found = find_attribution(FoldedText(sentence))
    return found.org if found else None


def orgs(body):
    return [(c.value, c.attribution.org) for c in claims_of(body, PUBLISHED)]


def test_a_team_speaking_in_its_report_is_an_outside_report():
    assert (
        org_of(
            "Some 120 Moroccan women are still held in Kurdish-run camps, the UN expert panel wrote in its annual "
            "report."
        )
        == "analyst"
    )


def test_a_foreign_ministry_speaking_without_a_report_stays_unspecified():
    assert org_of(
        "Belgium's justice ministry said 4 joint investigations with Morocco were opened in 2023."
    ) == ("unspecified")


def test_the_index_named_before_keeps_counting():
    assert orgs(
        "L'Indice mondial du terrorisme place le royaume loin derrière ses voisins sahéliens. "
        "Entre 2015 et 2023, l'indice ne recense que 3 attaques au Maroc."
    ) == [(3, "analyst")]


def test_a_report_relaying_a_moroccan_body_s_data_keeps_the_body():
    assert orgs(
        "Le dernier rapport des Nations unies consacre deux paragraphes au royaume. Il reprend des données de la "
        "DGSN selon lesquelles 75 personnes ont été arrêtées au Maroc en 2024 pour terrorisme."
    ) == [(75, "DGSN")]


def test_a_review_that_spoke_of_a_figure_is_its_body_s():
    assert orgs(
        "أعلن وزير الداخلية أن 60 شخصا أوقفوا خلال السنة الماضية. "
        "أما حصيلة المديرية العامة لمراقبة التراب الوطني، التي نشرت في يناير، فتحدثت عن 9 خلايا مفككة خلال السنة الماضية."
    ) == [(60, "MOI"), (9, "DGST")]


def test_a_families_coordination_that_counts_in_the_present_is_an_outside_voice():
    assert orgs(
        "وكتبت يومية «المساء» أن التنسيقية الوطنية لعائلات المعتقلين تحصي نحو 300 مغربي محتجزين في مخيمات سوريا."
    ) == [(300, "analyst")]


def test_the_families_coordination_named_in_french_is_an_outside_voice():
    assert org_of(
        "Selon la Coordination des familles des détenus, 130 Marocains restent emprisonnés en Irak."
    ) == ("analyst")


def test_an_mp_who_had_remarked_in_a_question_speaks_for_parliament():
    assert orgs(
        "وأكد وزير الداخلية أمام مجلس المستشارين أن 80 خلية فككت منذ سنة 2015. "
        "وكانت النائبة عن فريق الأغلبية، سعاد العلوي، قد أشارت في سؤالها إلى أن 1200 شخص أوقفوا منذ 2015."
    ) == [(80, "MOI"), (1200, "PARLIAMENT")]


def test_the_outlet_s_own_count_in_the_first_person_plural_is_its_own():
    for body in (
        "وحسب تجميع أعددناه من بلاغات المديرية العامة للأمن الوطني، أوقف 40 شخصا في قضايا الإرهاب خلال سنة 2024.",
        "Selon un décompte que nous avons réalisé à partir des communiqués de la DGSN, 35 personnes ont été "
        "arrêtées en 2024 dans des affaires de terrorisme.",
        "According to a tally we compiled from Interior Ministry statements, 15 cells were dismantled in 2024.",
    ):
        [claim] = claims_of(body, PUBLISHED)
        assert (claim.attribution.org, claim.attribution.raw) == ("unspecified", None), body


def test_a_pronoun_that_reports_after_a_body_is_the_speaker_named_before():
    assert orgs(
        "Government spokesman Karim Idrissi said 210 cells had been dismantled since 2002. "
        "Since January, the DGST has broken up 5 cells, he added."
    ) == [(210, "GOV"), (5, "GOV")]


def test_a_region_that_recorded_attacks_two_words_in_is_another_region_s_figure():
    assert (
        orgs(
            "وأشار التقرير إلى تفاقم العنف في النيجر ومالي، إذ شهدت منطقة الساحل نحو 2500 هجوم إرهابي خلال السنة الماضية."
        )
        == []
    )


def test_a_part_of_those_operations_counts_the_joint_operations_before():
    claims = claims_of(
        "French and Moroccan services have conducted 12 joint operations since 2016, Paris said. "
        "According to Rabat, three of these operations took place in 2023.",
        PUBLISHED,
    )
    assert [(c.value, c.metric) for c in claims] == [(12, "joint_operations"), (3, "joint_operations")]


def test_a_similar_estimate_restates_the_figure_before_and_its_zone():
    claims = claims_of(
        "Officials say 1,500 Moroccans joined jihadist groups in Syria and Iraq. "
        "A Casablanca research centre offers a comparable figure of about 1,550.",
        PUBLISHED,
    )
    assert [(c.value, c.metric, c.subset) for c in claims] == [
        (1500, "fighters_joined", "syria_iraq_linked"),
        (1550, "fighters_joined", "syria_iraq_linked"),
    ]


def test_people_who_had_come_home_are_returnees():
    claims = claims_of(
        "Some 1,600 Moroccans left for Syria and Iraq, according to the interior ministry. "
        "By June 2022, 290 had come home, the ministry said.",
        PUBLISHED,
    )
    assert [(c.value, c.metric) for c in claims] == [(1600, "fighters_joined"), (290, "returnees")]


def partners(body):
    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_a_regretted_absence_of_cooperation_with_a_preposition_is_no_partnership():
    assert partners("وأشاد المسؤول بالتنسيق مع المصالح الفرنسية، لكنه تأسف لعدم التعاون مع ليبيا.") == ["FR"]


def test_a_foreign_service_that_helped_track_a_suspect_is_a_partner():
    assert partners(
        "The suspect had planned to reach Turkey; Belgian intelligence helped track him down."
    ) == ["BE"]


def test_countries_cited_as_examples_of_the_partners_before_are_partners():
    assert partners(
        "Le ministre a évoqué une vingtaine d'opérations conjointes avec des services européens. "
        "Il a cité en exemple la France et l'Allemagne."
    ) == ["DE", "FR"]


def test_a_breakdown_part_in_syria_and_in_iraq_with_the_preposition_repeated_is_the_two_zones():
    claims = claims_of(
        "Selon le ministère, 1 600 Marocains sont partis combattre : 1 500 en Syrie et en Irak et 100 au Sahel.",
        PUBLISHED,
    )
    assert [(c.value, c.subset) for c in claims][:2] == [(1600, None), (1500, "syria_iraq_linked")]


def test_people_said_to_be_under_eighteen_are_minors():
    for body in (
        "The DGSN said it arrested 90 people in terrorism cases in 2024. Of those, 12 were under 18.",
        "La DGSN a interpellé 90 personnes en 2024 dans des affaires de terrorisme, dont 12 âgées de moins de 18 ans.",
    ):
        claims = claims_of(body, PUBLISHED)
        assert [(c.value, c.subset) for c in claims] == [(90, None), (12, "minors")], body


def periods_of(body, published=PUBLISHED):
    return [(c.value, c.period.type, c.period.start, c.as_of) for c in claims_of(body, published)]


def test_an_opening_date_before_a_same_period_total_is_its_as_of():
    assert periods_of(
        "Les chiffres de 2019 faisaient état de 180 cellules démantelées depuis 2002, selon le BCIJ. "
        "En avril 2024, son directeur comptait 210 cellules démantelées sur la même période."
    )[1] == (210, "since", "2002", "2024-04")


def test_a_figure_told_in_may_of_a_year_after_it_is_as_of_that_month():
    assert periods_of(
        "Some 1,300 people have been arrested in terrorism cases since 2015, according to the figure the interior "
        "minister gave in May 2024."
    ) == [(1300, "since", "2015", "2024-05")]


def test_may_is_a_month_only_before_its_year():
    assert periods_of("The DGST said 12 cells were dismantled in 2024, a figure that may rise.") == [
        (12, "year", "2024", None)
    ]


def test_people_counted_over_the_same_period_as_arrests_are_arrests():
    assert periods_of(
        "D'après une ONG, 9 000 personnes auraient été arrêtées pour terrorisme depuis 2003. Le ministre de "
        "l'Intérieur, qui évoquait en mars plus de 3 000 personnes sur la même période, n'a pas réagi.",
        date(2025, 6, 1),
    ) == [(9000, "since", "2003", None), (3000, "since", "2003", "2025-03")]


def test_a_moroccan_speaker_who_relays_a_body_s_data_speaks_for_them():
    assert orgs(
        "Le porte-parole du gouvernement a annoncé que 12 cellules avaient été démantelées en 2024, reprenant des "
        "données du BCIJ."
    ) == [(12, "GOV")]
