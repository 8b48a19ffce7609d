"""corpus_foreign round: number grammar, splits of the figure before, the DGST's operations, figures another
country's record owns, foreign ministers, relayed speakers and tallies dated with a possessive. Every sentence
here is written for the test."""

from datetime import date

from claims.extraction.countries import find_countries

from .helpers import body_document, claims_of, only_claim


def test_a_thin_space_separates_thousands():
    claim = only_claim("Selon la DGSN, 3\u2009150 personnes ont été arrêtées depuis 2002 pour terrorisme.")
    assert (claim.metric, claim.value) == ("persons_arrested", 3150)


def test_a_dated_opening_on_those_arrested_splits_the_figure_before():
    found = [
        (c.value, c.subset)
        for c in claims_of(
            "The BCIJ said 31 suspects were detained on terrorism charges in 2023. "
            "Of those detained in 2023, 25 were adults and 6 were minors."
        )
    ]
    assert found == [(31, None), (25, None), (6, "minors")]


def test_men_named_by_the_copula_are_the_men_subset():
    found = [
        (c.value, c.subset)
        for c in claims_of(
            "Le BCIJ a interpellé 40 personnes en 2022. Parmi eux, 33 étaient des hommes et 7 des femmes."
        )
    ]
    assert found == [(40, None), (33, "men"), (7, "women")]


def test_people_arrested_in_a_dgst_operation_count_without_a_terror_word():
    claims = claims_of(
        "Les agents de la DGST ont conduit une opération contre un réseau soupçonné de recruter pour des groupes armés. "
        "Quatre suspects ont été interpellés jeudi à Oujda."
    )
    assert [(c.metric, c.value) for c in claims] == [("persons_arrested", 4)]


def test_the_dgst_does_not_make_a_drug_arrest_a_terrorism_one():
    assert claims_of("La DGST a permis l'arrestation de 6 trafiquants de drogue à Nador.") == []


def test_a_figure_said_to_belong_to_another_country_s_record_is_no_claim():
    assert (
        claims_of(
            "Des renseignements marocains ont permis d'interpeller 5 jihadistes présumés à Anvers, "
            "un chiffre qui s'ajoute au bilan belge."
        )
        == []
    )


def test_a_figure_another_country_s_record_is_said_not_to_own_stays():
    claim = only_claim("وفككت المصالح المغربية 6 خلايا إرهابية هذه السنة، وهو رقم يخص الحصيلة المغربية.")
    assert claim.value == 6


def test_a_foreign_interior_minister_in_the_masculine_is_no_moroccan_ministry():
    claim = only_claim(
        "وأكد وزير الداخلية البلجيكي أن البلدين نفذا 4 عمليات مشتركة ضد الشبكات الإرهابية سنة 2022."
    )
    assert (claim.metric, claim.attribution.org) == ("joint_operations", "unspecified")


def test_a_moroccan_body_speaking_inside_a_relayed_clause_is_the_source():
    claims = claims_of(
        "وحسب دراسة لمعهد هولندي، فكك المغرب 11 خلية إرهابية سنة 2021. وأشارت الدراسة إلى أن المديرية العامة "
        "للأمن الوطني كانت قد أكدت أن 96 خلية إرهابية فككت بين 2015 و2020."
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(11, "analyst"), (96, "DGSN")]


def test_a_tally_dated_with_a_possessive_gives_the_figure_its_date():
    claim = only_claim(
        "وأوردت المديرية العامة للأمن الوطني في حصيلتها لسنة 2021 أن 1670 مغربيا التحقوا بالجماعات الإرهابية."
    )
    assert (claim.as_of, claim.period.type) == ("2021", "cumulative_unspecified")


def test_an_operation_coordinated_with_a_police_makes_its_country_a_partner():
    document = body_document(
        "نفذت المصالح الأمنية المغربية حملة منسقة مع الشرطة الفرنسية ضد خلية إرهابية.", date(2024, 3, 5)
    )
    assert {(c.code, c.role) for c in find_countries(document)} == {("FR", "partner")}
