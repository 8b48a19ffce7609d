"""Probe round: a year after an indefinite article, a joint operation's figure split by country."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2024, 5, 2)


def values(body):
    return [(c.metric, c.value) for c in claims_of(body, PUBLISHED)]


def test_a_year_after_an_indefinite_article_is_not_a_count():
    found = values(
        "The kingdom has not seen a deadly attack since a 2003 bombing in Casablanca killed 33 people."
    )
    assert all(value != 2003 for _, value in found)


def test_a_joint_operation_counts_only_the_arrests_made_in_morocco():
    # Nadia Berrada's story: the joint total and Spain's share are not Morocco's figures
    assert values(
        "Spanish and Moroccan police detained nine people suspected of terrorism in a coordinated sweep, "
        "five in Morocco and four in Spain, the DGST said."
    ) == [("persons_arrested", 5)]
    assert values(
        "Les polices marocaine et espagnole ont interpellé sept terroristes présumés lors d'une opération "
        "conjointe, cinq au Maroc et deux en Espagne."
    ) == [("persons_arrested", 5)]


def test_figures_split_by_moroccan_city_all_stay():
    assert values("Police arrested 12 terrorism suspects in Fez and 3 in Tangier.") == [
        ("persons_arrested", 12),
        ("persons_arrested", 3),
    ]


def test_a_breakdown_by_zone_after_minhum_keeps_every_part_with_its_zone():
    # Youssef Amrani's answer to the house of councillors: 900 + 600 are the 1500's parts by conflict zone
    found = [
        (c.metric, c.value, c.subset)
        for c in claims_of(
            "وقال الوزير إن 1500 مغربي التحقوا بالجماعات المتطرفة، منهم 900 بسوريا و600 بالعراق.", PUBLISHED
        )
    ]
    assert found == [
        ("fighters_joined", 1500, None),
        ("fighters_joined", 900, "syria"),
        ("fighters_joined", 600, "iraq"),
    ]


def test_french_parts_by_zone_carry_their_zone():
    found = [
        (c.value, c.subset)
        for c in claims_of(
            "Il a précisé que 1 500 Marocains ont rejoint des groupes terroristes, dont 900 en Syrie et 600 en Irak.",
            PUBLISHED,
        )
    ]
    assert found == [(1500, None), (900, "syria"), (600, "iraq")]


def test_a_reported_clause_that_opens_on_another_country_counts_that_country():
    # Karim Bennani's analysis: Libya's and Tunisia's fighters, not Morocco's
    assert values("وتفيد تقارير دولية بأن ليبيا صدرت قرابة 2500 مقاتل إلى سوريا والعراق.") == []
    assert (
        values(
            "Des estimations indiquent que la Tunisie a fourni près de 3 000 combattants aux groupes jihadistes."
        )
        == []
    )
    assert values("Estimates suggest that Tunisia sent some 3,000 fighters to Syria.") == []


def test_a_partner_s_tip_leading_to_arrests_keeps_the_arrests_morocco_s():
    assert values("وأكد المصدر أن إسبانيا ساهمت بمعلومات أفضت إلى توقيف 4 عناصر موالين لداعش.") == [
        ("persons_arrested", 4)
    ]


def test_a_part_named_between_the_subject_and_its_verb_leaves_the_verb_to_the_subject():
    # Leila Fassi's brief from Safi: the arrests are counted by a verb after ", dont deux mineurs,"
    assert values(
        "Six individus, dont deux mineurs, ont été arrêtés mardi à Safi pour leurs liens présumés avec Daech."
    ) == [("persons_arrested", 6), ("persons_arrested", 2)]
    assert values(
        "Seven suspects, including two women, were arrested in Agadir over links to the Islamic State."
    ) == [("persons_arrested", 7), ("persons_arrested", 2)]


def test_fighters_detained_abroad_are_held_abroad_not_arrested():
    # Omar Idrissi's wire: Moroccans held outside the country, not arrests in Morocco
    assert values("Officials say 180 Moroccan fighters remain detained abroad, chiefly in Syria.") == [
        ("fighters_detained_abroad", 180)
    ]


def test_returnees_prosecuted_judicially_are_returnees_arrested():
    # Hassan Alaoui's summary of the ministry's answer: the returnees pursued before the courts
    assert values("وجرت ملاحقة 90 من المقاتلين العائدين قضائيا وفق قانون الإرهاب.") == [
        ("returnees_arrested", 90)
    ]
    assert values("وعاد 300 مقاتل إلى المغرب من بؤر التوتر.") == [("returnees", 300)]


def test_those_pursued_among_the_returnees_are_returnees_arrested():
    # Rachid Bouzidi's column: the prosecuted are counted among the returnees the sentence opens on
    assert values(
        "Parmi les revenants de Syrie et d'Irak, plus de 75 ont été poursuivis devant les tribunaux."
    ) == [("returnees_arrested", 75)]
    assert values("Parmi les suspects, 12 ont été arrêtés à Fès pour terrorisme.") == [
        ("persons_arrested", 12)
    ]
