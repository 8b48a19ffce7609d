"""Round 5 (voices): figures whose subject is another country or the world are not claims, however the
sentence sets that scope; percentages that are no figure of the record are not claims either. Every sentence
here is written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_a_sentence_opening_on_the_world_scopes_every_figure_after_its_comma():
    assert (
        values("وعلى المستوى العالمي، قدر التقرير عدد المقاتلين الأجانب الذين سافروا إلى سوريا بنحو 30 ألفا.")
        == []
    )
    assert (
        values("Around the world, more than 25,000 fighters travelled to join the group, the study says.")
        == []
    )


def test_a_moroccan_clause_after_a_world_opening_stays_moroccan():
    assert values(
        "وعلى الصعيد الدولي، يحظى النموذج بالإشادة، فيما فككت المصالح المغربية 14 خلية إرهابية خلال سنة 2023."
    ) == [("cells_dismantled", 14)]


def test_a_sentence_opening_on_another_country_s_side_is_that_country_s_record():
    assert (
        values("Du côté belge, la police a interpellé 7 personnes soupçonnées de terrorisme à Anvers.") == []
    )
    assert values("وفي الجانب الفرنسي، اعتقلت الشرطة 5 أشخاص يشتبه في انتمائهم لداعش.") == []


def test_a_count_of_all_nationalities_is_not_morocco_s():
    assert (
        values(
            "Le rapport évalue à 11 000 le nombre de combattants détenus dans le nord-est syrien, toutes nationalités confondues."
        )
        == []
    )


def test_an_answer_opening_with_a_dash_on_another_country_is_that_country_s_figure():
    assert (
        values("— L'Allemagne a arrêté 40 suspects liés au terrorisme l'an passé, selon son ministère.") == []
    )


def test_a_share_of_an_age_band_is_not_a_figure_of_the_record():
    assert (
        values("Selon l'enquête, 55 % des combattants marocains partis en Syrie avaient moins de 25 ans.")
        == []
    )
    assert values("وأظهرت الدراسة أن 45 في المائة من الموقوفين تقل أعمارهم عن 30 سنة.") == []


def test_a_share_of_cells_no_one_is_said_to_have_dismantled_is_not_a_claim():
    assert (
        values("D'après ce chercheur, 35 % des cellules actives au Sahel se financent par la contrebande.")
        == []
    )


def test_a_share_of_dismantled_cells_is_still_a_claim():
    assert values("Selon la DGST, 75 % des cellules démantelées depuis 2018 étaient liées à Daech.") == [
        ("cells_dismantled", 75)
    ]
    assert values("وأوضح المكتب أن 60 في المائة من هذه الخلايا كانت تنشط عبر الإنترنت.") == [
        ("cells_dismantled", 60)
    ]


def test_a_continent_s_scope_at_the_opening_is_not_morocco_s():
    assert values("وعلى الصعيد الأوروبي، اعتقلت أجهزة الأمن 380 شخصا في قضايا إرهابية خلال 2022.") == []


def test_foreign_authorities_written_with_their_accents_are_foreign():
    assert values("Les autorités belges ont démantelé 4 cellules terroristes en 2022.") == []


def test_rejoindre_is_no_joint_work():
    # "ont rejoint" holds "joint": fighters joining a war abroad, not an operation with Morocco
    assert values("Sur le plan international, près de 35 000 combattants étrangers ont rejoint l'Irak.") == []


def test_departures_towards_a_war_zone_count_fighters_who_joined():
    assert values(
        "Selon les chiffres officiels, on dénombre près de 1 500 départs vers l'Irak et la Syrie depuis 2013."
    ) == [("fighters_joined", 1500)]


def test_departures_outside_a_fighters_frame_are_no_figure():
    assert values("La DGSN a enregistré 1 200 départs à la retraite parmi ses agents en 2023.") == []
