"""corpus_abroad round: subsets from a figure's head (men counted by their noun; the Sahel and Iraq as zones), a
part of a group of women pointed at by "of them", and nationals stranded abroad. Sentences written for the test."""

from .helpers import claims_of


def read(body):
    return [(c.metric, c.value, c.subset) for c in claims_of(body)]


def test_men_counted_by_their_noun_are_the_men_subset():
    assert read("Environ 140 hommes marocains restent détenus dans des prisons du nord-est de la Syrie.") == [
        ("fighters_detained_abroad", 140, "men")
    ]


def test_arabic_men_held_abroad_are_the_men_subset():
    assert read("ولا يزال 95 رجلا مغربيا معتقلين في سجون تديرها القوات الكردية.") == [
        ("fighters_detained_abroad", 95, "men")
    ]


def test_fighters_who_joined_groups_in_the_sahel_are_the_sahel_subset():
    assert read(
        "Un chercheur estime que près de 60 Marocains ont rejoint des groupes jihadistes au Sahel depuis 2015."
    ) == [("fighters_joined", 60, "sahel")]


def test_fighters_killed_in_northern_mali_are_the_sahel_subset():
    assert read("وأكد الباحث أن 15 مقاتلا مغربيا لقوا حتفهم في معارك بشمال مالي.") == [
        ("fighters_killed", 15, "sahel")
    ]


def test_nationals_held_in_iraqi_prisons_are_the_iraq_subset():
    assert read("ويوجد 9 مغاربة رهن الاعتقال في السجون العراقية حسب مصادر رسمية.") == [
        ("fighters_detained_abroad", 9, "iraq")
    ]


def test_a_part_of_a_group_of_women_pointed_at_by_of_them_is_of_women():
    body = (
        "Selon la DGST, 250 Marocaines ont rejoint les zones de conflit en Syrie. "
        "D'après une association, 60 d'entre elles seraient encore retenues dans les camps."
    )
    assert read(body)[1] == ("fighters_detained_abroad", 60, "women")


def test_of_them_points_at_the_fighters_counted_two_sentences_before():
    body = (
        "وأفادت المصادر بأن 250 امرأة مغربية التحقن بالتنظيمات المتطرفة. وسافرت أغلبهن رفقة أزواجهن. "
        "وتفيد المصادر ذاتها بأن نحو 70 منهن رجعن إلى أرض الوطن."
    )
    assert [(m, v) for m, v, _s in read(body)] == [("fighters_joined", 250), ("returnees", 70)]


def test_nationals_stuck_in_a_foreign_region_are_held_abroad():
    assert read("Selon leurs proches, 300 Marocains sont bloqués dans des camps du nord-est syrien.")[0][
        :2
    ] == (
        "fighters_detained_abroad",
        300,
    )


def test_stranded_in_the_country_named_before_are_held_abroad():
    body = (
        "Dozens of Moroccan families have relatives held in Syria. "
        "At least 410 Moroccans remain stranded in the north of the country, the group says."
    )
    assert read(body) == [("fighters_detained_abroad", 410, None)]


def test_a_part_of_the_persons_after_a_part_of_women_is_not_of_women():
    body = "Au cours de l'année, 70 personnes ont été arrêtées, dont 4 femmes. Moins de dix d'entre elles étaient revenues de Syrie."
    assert read(body)[-1][2] != "women"


def test_the_stranded_named_as_a_group_in_a_mission_s_remit_do_not_make_a_figure_held():
    body = "وخلص تقرير اللجنة المكلفة بأوضاع المغاربة العالقين في سوريا إلى أن 1500 مغربي التحقوا بالتنظيمات المتطرفة."
    assert [(m, v) for m, v, _s in read(body)] == [("fighters_joined", 1500)]
