"""corpus_wire2 / corpus_arpress round: wire copy and the Arabic daily press. An answer printed in its question's
paragraph, a year after a month, unnamed sources carried past the acting body, "closer to", partners (links to other
articles, a foreign country's own foiling, agreements, work done jointly), operations done jointly, fighters other
countries sent, one person singled out by a participle (one behaviour per test, in other words than the corpora)."""

from datetime import date

from claims.extraction.countries import find_countries

from .helpers import body_document, claims_of


def metrics(body, published=date(2025, 3, 5)):
    return [(c.metric, c.value) for c in claims_of(body, published)]


def roles(body):
    return [(m.code, m.role) for m in find_countries(body_document(body))]


def test_an_answer_printed_in_its_question_paragraph_is_read():
    body = (
        "يتحدث الخبير سعيد الناصري في هذا اللقاء عن حصيلة المصالح الأمنية.\n"
        "س: كم عدد الخلايا المفككة؟ ج: فككت المصالح الأمنية 97 خلية إرهابية منذ سنة 2015.\n"
        "س: وماذا عن العائدين؟ ج: عاد 260 مقاتلا من سوريا والعراق إلى المغرب.\n"
        "س: كلمة أخيرة؟ ج: اليقظة ضرورية."
    )
    assert sorted(metrics(body)) == [("cells_dismantled", 97), ("returnees", 260)]


def test_a_question_in_its_paragraph_stays_the_interviewers_premise():
    body = (
        "The researcher talks about the figures.\n"
        "Q: Some say 500 cells were dismantled since 2002, is that right? A: I would not say so.\n"
        "Q: And the returnees? A: About 260 fighters came back from Syria and Iraq.\n"
        "Q: Anything else? A: No."
    )
    assert metrics(body) == [("returnees", 260)]


def test_a_year_after_a_month_and_its_day_is_a_date():
    assert metrics("Paris remembered on Sunday the November 13, 2015 attacks that killed 130 people.") == []
    assert metrics("La ville a commémoré les attentats du 13 novembre 2015 dimanche.") == []


def test_unnamed_sources_carry_to_the_operation_the_next_sentence_tells_without_a_source():
    # the source decides, not the body acting (docs/conventions.md, "Who speaks")
    [first, second] = claims_of(
        "D'après des sources sécuritaires, 300 Marocains sont détenus en Syrie. Mardi, la DGST a arrêté trois "
        "suspects à Oujda.",
        date(2025, 3, 5),
    )
    assert first.attribution.org == "official_unspecified"
    assert (second.metric, second.value, second.attribution.org) == (
        "persons_arrested",
        3,
        "official_unspecified",
    )


def test_a_body_named_after_the_figures_does_not_take_them_from_unnamed_sources():
    claims = claims_of(
        "وحسب مصادر أمنية، فإن 300 مغربي محتجزون في سوريا. وعاد منهم 120، وكلهم مروا من عند البسيج.",
        date(2025, 3, 5),
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "official_unspecified"]


def test_closer_to_qualifies_the_figure_as_approximate():
    [claim] = claims_of("An independent researcher said the toll is closer to 230 cells since 2002.")
    assert (claim.value, claim.qualifier) == (230, "about")


def test_a_link_to_another_article_names_no_partner():
    assert (
        roles(
            "The bureau arrested five suspects.\n"
            "Read also: Morocco and Belgium sign a joint security agreement\n"
            "The suspects were referred to the prosecutor."
        )
        == []
    )


def test_a_foreign_officials_own_foiling_makes_no_partner():
    assert roles("Germany's interior minister said his country had foiled 4 plots this year.") == [
        ("DE", "mentioned")
    ]


def test_a_security_memorandum_signed_with_a_capital_makes_a_partner():
    assert roles("Madrid and Rabat signed a security memorandum last spring.") == [("ES", "partner")]


def test_work_done_jointly_with_a_foreign_service_makes_a_partner():
    assert roles("Three arrests were made jointly with the Netherlands' national police.") == [
        ("NL", "partner")
    ]


def test_operations_carried_out_jointly_with_a_partner_are_joint_operations():
    assert metrics("Cette année, quatre opérations ont été menées conjointement avec la police belge.") == [
        ("joint_operations", 4)
    ]
    assert metrics("In 2024, three operations were conducted jointly with the Italian police.") == [
        ("joint_operations", 3)
    ]


def test_fighters_another_country_or_europe_sent_are_not_moroccos():
    body = (
        "L'institut évalue à 1 500 le nombre de Marocains partis en Syrie. Il évalue par ailleurs à 4 000 le "
        "nombre de combattants venus d'Europe."
    )
    assert metrics(body) == [("fighters_joined", 1500)]
    body = "The institute puts at 1,500 the Moroccans who went to Syria. Some 900 fighters came from Belgium."
    assert metrics(body) == [("fighters_joined", 1500)]


def test_one_person_singled_out_by_an_arrest_participle_is_no_count():
    body = (
        "Police arrested six suspects in terrorism cases on Thursday, the DGSN said. One man detained in Safi "
        "had travelled to Libya twice, the statement added."
    )
    assert metrics(body) == [("persons_arrested", 6)]
