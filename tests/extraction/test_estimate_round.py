"""Estimates round: the subject of an estimating verb ("قدّر", "estime … à", "puts the number at") gives its own
figure; a body named after the verb as the owner of what is counted ("حصيلة المديرية", "le bilan du BCIJ", "the
bureau's tally") is its object, not the source (one behaviour per test, in other words than the corpus)."""

from datetime import date

from .helpers import claims_of


def orgs(body, published=date(2024, 6, 3)):
    return [(c.value, c.attribution.org) for c in claims_of(body, published)]


def test_an_arabic_researcher_estimating_a_bodys_toll_is_the_source():
    assert orgs(
        "وفي حوار مع الموقع، قدّر الخبير في الجماعات المتطرفة يوسف الإدريسي حصيلة المديرية العامة لمراقبة التراب "
        "الوطني بـ230 خلية إرهابية منذ سنة 2002."
    ) == [(230, "analyst")]


def test_a_french_researcher_estimating_a_bodys_tally_is_the_source():
    assert orgs(
        "Le chercheur Samir Bennani estime le bilan du BCIJ à 95 cellules démantelées depuis sa création en 2015."
    ) == [(95, "analyst")]


def test_an_english_analyst_putting_the_number_higher_is_the_source():
    assert orgs(
        "The interior ministry said on Monday that 1,600 Moroccans had joined jihadist groups abroad. "
        "Researcher Leila Amrani, of the Casablanca Institute for Strategic Studies, puts the true number "
        "of Moroccan fighters abroad at about 1,800."
    ) == [(1600, "MOI"), (1800, "analyst")]


def test_an_english_analyst_putting_a_bodys_tally_higher_is_the_source():
    assert orgs(
        "The bureau has dismantled 90 cells since 2015, the DGSN said. "
        "Analyst Omar Tazi puts the bureau's true tally closer to 100 cells."
    ) == [(90, "DGSN"), (100, "analyst")]


def test_a_body_estimating_its_own_tally_stays_the_source():
    assert orgs("The DGST estimates its own tally at 220 cells dismantled since 2002.") == [(220, "DGST")]
