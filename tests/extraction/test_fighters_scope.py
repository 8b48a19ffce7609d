"""Issue 15, item 8 (scope): a count of a group's fighters still active in a foreign country, in a clause that
names no Moroccans and an article that has not spoken of them, is that country's or the group's figure, not
Morocco's; "remain active" / "still operating" is a current count, not departures. Moroccans counted in the
same places stay claims. Every sentence here is written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_a_group_s_fighters_still_active_abroad_are_not_morocco_s_figure():
    # the UN panel of analyst Nadia Berrada's report; an Arabic think-tank brief; a French wire summary
    assert (
        values(
            "Nadia Berrada's UN panel believes some 2,000 Islamic State fighters are still fighting in Syria."
        )
        == []
    )
    assert values("The study counts roughly 900 al-Qaeda militants still operating in Mali.") == []
    assert values("وحسب تقرير الباحث كريم العلوي، فإن نحو 3000 مقاتل من داعش ما زالوا ينشطون في سوريا.") == []
    assert (
        values("Selon le rapport onusien, quelque 2 500 combattants de Daech sont toujours actifs en Irak.")
        == []
    )
    assert (
        values(
            "D'après l'experte Salma Idrissi, 2 500 combattants de l'État islamique restent actifs en Syrie."
        )
        == []
    )


def test_moroccans_who_joined_groups_in_syria_and_iraq_still_count():
    assert values("Some 1,600 Moroccans joined groups in Syria and Iraq, the interior minister said.") == [
        ("fighters_joined", 1600)
    ]
    assert values("وأوضح الوزير أن 1659 مقاتل مغربي في العراق وسوريا.") == [("fighters_joined", 1659)]
    assert values(
        "Selon le ministre, 1 660 combattants marocains ont rejoint les groupes armés en Syrie et en Irak."
    ) == [("fighters_joined", 1660)]


def test_moroccan_fighters_still_active_abroad_are_counted_in_the_zone():
    assert values("وقال المسؤول إن نحو 250 مقاتلا مغربيا ما زالوا ينشطون في العراق.") == [
        ("fighters_in_zone", 250)
    ]


def test_an_article_about_moroccans_scopes_a_later_count_of_fighters_abroad_to_them():
    body = (
        "Selon le ministre, 1 660 Marocains sont partis combattre en Syrie. "
        "Quelque 400 combattants restent actifs en Irak, selon lui."
    )
    assert values(body) == [("fighters_joined", 1660), ("fighters_in_zone", 400)]
    body = "Officials say Moroccans went to Syria in large numbers. About 300 fighters are still fighting in Syria, they add."
    assert values(body) == [("fighters_in_zone", 300)]


def test_remain_active_is_a_current_count_not_departures():
    claims = claims_of("According to the minister, 200 Moroccan fighters remain active in the Sahel.")
    assert [(c.metric, c.value) for c in claims] == [("fighters_in_zone", 200)]


def test_a_group_s_fighters_placed_in_a_foreign_region_are_no_arrests_of_the_other_clause():
    # a Moroccan arrest, then an experts' estimate of a group's strength in the Sahel
    assert values(
        "أعلنت السلطات المالية اعتقال 20 مشتبها بهم، فيما يقدر خبراء عدد مقاتلي الجماعة بمنطقة الساحل بنحو 4 آلاف عنصر."
    ) == [("persons_arrested", 20)]


def test_moroccans_still_there_are_counted_in_the_zone():
    assert values(
        "Selon le chercheur Hamid Lahlou, 1 600 Marocains ont rejoint Daech en Syrie. "
        "À son avis, 250 Marocains se trouvent encore dans la zone."
    ) == [("fighters_joined", 1600), ("fighters_in_zone", 250)]
    assert values(
        "وحسب الخبير سعيد المرابط، التحق 1600 مغربي بتنظيم داعش، ويرى أن نحو 200 مغربي يقاتلون حاليا في صفوف "
        "الجماعات المسلحة بليبيا."
    ) == [("fighters_joined", 1600), ("fighters_in_zone", 200)]
