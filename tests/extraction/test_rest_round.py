"""engine-rest round: the remaining misses of the development corpora, each by a general mechanism, tested in
other words than the corpus sentences."""

from .helpers import claims_of


def figures(body):
    return [(c.metric, c.value, c.subset, c.period.type) for c in claims_of(body)]


def test_operations_carried_out_with_a_partner_service_are_joint_operations():
    found = figures(
        "وأعلنت السلطات تفكيك 95 خلية متطرفة منذ 2010. وتمت 17 من تلك العمليات بالتنسيق مع أجهزة أمنية أوروبية."
    )
    assert ("joint_operations", 17, None, "since") in found
    found = figures(
        "La police a démantelé 95 cellules extrémistes depuis 2010. Dix-sept de ces opérations ont été conduites "
        "en étroite collaboration avec des services étrangers."
    )
    assert ("joint_operations", 17, None, "since") in found
    found = figures(
        "Police have broken up 95 extremist cells since 2010. Seventeen of those operations were conducted in "
        "coordination with European agencies."
    )
    assert ("joint_operations", 17, None, "since") in found


def test_arrests_after_a_run_of_terrorism_figures_are_counted_in_their_frame():
    # the sentence of the arrests names no terrorism, nor does the one before it; the one before that does
    found = figures(
        "كشفت مصادر أمنية أن 64 شبكة جهادية فككت منذ عام 2008. وأضافت أن 12 من هذه العمليات تمت بتعاون مع "
        "شركاء أجانب. وأوقفت الشرطة يوم الجمعة ثلاثة أشخاص بمدينة طنجة."
    )
    assert [f[:2] for f in found] == [
        ("cells_dismantled", 64),
        ("joint_operations", 12),
        ("persons_arrested", 3),
    ]


def test_arrests_far_from_any_terrorism_figure_stay_outside_the_frame():
    found = figures(
        "كشفت مصادر أمنية أن 64 شبكة جهادية فككت منذ عام 2008. وتحدث التقرير عن الطقس. ثم عن الرياضة. "
        "وأوقفت الشرطة يوم الجمعة ثلاثة أشخاص بمدينة طنجة."
    )
    assert [f[:2] for f in found] == [("cells_dismantled", 64)]


def test_a_bare_answer_counts_what_the_question_asked():
    found = figures(
        "Entretien avec un chercheur.\nQuel est le bilan des départs ?\nPrès de 1500 jeunes sont partis combattre "
        "en Syrie.\nEt combien sont rentrés au pays ?\nUne centaine à peine, dont huit femmes."
    )
    assert ("returnees", 100) in [f[:2] for f in found]
    assert ("returnees", 8, "women", "cumulative_unspecified") in found
    found = figures(
        "Interview with a researcher.\nHow many Moroccans joined jihadist groups abroad?\nAbout 1,500 over a "
        "decade.\nHow many have returned?\nAt least 200."
    )
    assert ("returnees", 200) in [f[:2] for f in found]


def test_a_question_that_asks_no_count_gives_a_bare_figure_no_noun():
    found = figures(
        "Entretien avec un chercheur.\nPrès de 1500 combattants marocains ont rejoint la Syrie.\n"
        "Depuis quand suivez-vous ce dossier ?\nDepuis 2014, soit dix ans."
    )
    assert [f[:2] for f in found] == [("fighters_joined", 1500)]


def test_departures_after_a_fighters_figure_count_fighters_without_placing_them_abroad():
    found = figures(
        "Près de 1500 combattants marocains ont rejoint la Syrie depuis 2012, selon le chercheur.\n"
        "Il suit ce dossier depuis longtemps.\nLes autorités évoquent pour leur part 1620 départs."
    )
    assert ("fighters_joined", 1620) in [f[:2] for f in found]


def test_an_analyst_who_put_the_figure_at_a_value_speaks_for_it():
    from claims.extraction.attribution import find_attribution
    from claims.extraction.normalize import FoldedText

    found = find_attribution(
        FoldedText("Researcher Nadia Lamrani put the number of returnees at roughly 300 last year.")
    )
    assert found is not None and found.org == "analyst"


def test_an_operation_done_with_a_foreign_service_s_help_makes_a_partner():
    from claims.extraction.countries import find_countries

    from .helpers import body_document

    def roles(body):
        return [(m.code, m.role) for m in find_countries(body_document(body))]

    assert roles("Police broke up a cell in Nador with the assistance of French intelligence.") == [
        ("FR", "partner")
    ]
    assert roles("La cellule a été démantelée avec l'aide des services belges.") == [("BE", "partner")]


def test_young_people_who_left_after_a_count_of_fighters_are_fighters_who_joined():
    found = figures(
        "Selon le ministère, 240 combattants sont revenus au Maroc.\n"
        "Une association évoque 1800 jeunes partis depuis 2014."
    )
    assert ("fighters_joined", 1800) in [f[:2] for f in found]
    # with no fighters before, young people who left are no count of fighters
    found = figures("Une association évoque 1800 jeunes partis depuis 2014 vers l'Europe.")
    assert found == []


def test_a_figure_set_against_the_one_before_counts_what_it_counts():
    found = figures(
        "Le rythme a ralenti : une vingtaine de cellules terroristes ont été démantelées ces deux dernières "
        "années, contre près de 80 entre 2014 et 2017."
    )
    assert ("cells_dismantled", 80, None, "range") in found
    found = figures("Only 12 terrorist cells were dismantled in 2023, against more than 40 in 2016.")
    assert ("cells_dismantled", 40, None, "year") in found


def test_the_arrests_as_the_subject_of_the_number_count_people_arrested():
    found = figures(
        "Police dismantled 64 terrorist cells over the decade. Arrests tied to these investigations topped 900 "
        "over the same period, officials said."
    )
    assert ("persons_arrested", 900) in [f[:2] for f in found]
    assert [
        c.qualifier
        for c in claims_of(
            "La police a démantelé 64 cellules terroristes. Les interpellations liées à ces enquêtes ont dépassé 900."
        )
        if c.value == 900
    ] == ["more_than"]


def test_the_rest_of_a_split_whole_counts_what_its_parts_count():
    found = figures(
        "Police dismantled 91 terrorist cells since 2015. 85 of them were linked to Islamic State, the other six "
        "to smaller groups."
    )
    assert ("cells_dismantled", 6) in [f[:2] for f in found]
    found = figures(
        "La police a démantelé 40 cellules terroristes depuis 2015. 31 d'entre elles étaient liées à Daech, "
        "les neuf autres à des groupes locaux."
    )
    assert ("cells_dismantled", 9) in [f[:2] for f in found]
