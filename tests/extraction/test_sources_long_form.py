"""Sources in long-form reporting: relative clauses after a cue, dots inside names, bodies that report
their own operations, English descriptors of the bureau."""

from .helpers import claims_of


def orgs(text):
    return [(c.value, c.attribution.org) for c in claims_of(text)]


def test_a_relative_clause_after_according_to_the_figures_keeps_the_body_that_gave_them():
    assert orgs(
        "Depuis 2002, 190 cellules ont été démantelées, selon les données que la DGST a transmises au journal."
    ) == [(190, "DGST")]


def test_a_dot_inside_a_site_name_does_not_end_the_attributing_phrase():
    got = orgs(
        "وأفادت معطيات حصل عليها موقع «أخبار.كوم» من المديرية العامة لمراقبة التراب الوطني بتفكيك 230 خلية منذ 2002."
    )
    assert got == [(230, "DGST")]


def test_a_body_whose_operation_the_sentence_reports_with_no_one_cited_is_its_source():
    assert orgs("Le BCIJ a démantelé lundi une cellule terroriste de cinq membres à Nador.") == [(5, "BCIJ")]


def test_agents_of_a_body_named_in_the_field_do_not_make_it_the_source():
    assert orgs(
        "أوقفت عناصر المكتب المركزي للأبحاث القضائية أمس أربعة أشخاص بمدينة سلا للاشتباه في صلتهم بداعش."
    ) == [(4, "unspecified")]


def test_the_acting_body_speaks_for_its_own_sentence_only():
    got = orgs(
        "Le BCIJ a démantelé lundi une cellule de cinq membres à Nador. "
        "Depuis 2015, 20 cellules liées à Daech ont été démantelées dans le Rif."
    )
    assert got == [(5, "BCIJ"), (20, "unspecified")]


def test_the_english_descriptor_of_the_bureau_names_it():
    assert orgs(
        "Police arrested four suspected militants in Fez on Monday, the country's counter-terrorism bureau said."
    ) == [(4, "BCIJ")]
