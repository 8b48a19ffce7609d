"""Attribution: a speaker who relays another body's figures ("according to the figures of the bureau") gives
way to that body; a writer's own view or estimate ("in my view", "à mon avis", "في تقديري") is an analyst's."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2023, 5, 4)


def test_speaker_relaying_a_bodys_figures_gives_way_to_that_body_in_arabic():
    [claim] = claims_of(
        "وأكد الوكيل العام للملك أن السلطات فككت، حسب معطيات المديرية العامة لمراقبة التراب الوطني، "
        "250 خلية إرهابية منذ 2002.",
        PUBLISHED,
    )
    assert claim.attribution.org == "DGST"


def test_speaker_relaying_a_bodys_figures_gives_way_to_that_body_in_french():
    [claim] = claims_of(
        "Le procureur du Roi a rappelé que 300 personnes avaient été interpellées depuis 2015 pour terrorisme, "
        "selon les chiffres de la DGSN.",
        PUBLISHED,
    )
    assert claim.attribution.org == "DGSN"


def test_writers_own_view_is_an_analysts_not_the_official_figures_before():
    claims = claims_of(
        "Les chiffres officiels évoquent 1 500 départs vers les zones de conflit. "
        "À mon avis, près de 400 Marocains y combattent encore.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [
        (1500, "official_unspecified"),
        (400, "analyst"),
    ]


def test_writers_own_estimate_in_english_is_an_analysts():
    claims = claims_of(
        "Official figures put the number of Moroccans who joined militant groups at 1,600. "
        "In my view, around 1,800 joined in all.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [
        (1600, "official_unspecified"),
        (1800, "analyst"),
    ]
