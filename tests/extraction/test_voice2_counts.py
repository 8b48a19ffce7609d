"""Round voice2: what a figure counts when its sentence points back, and partner cues. Returnees "among them"
arrested are returnees arrested; the dead "of them" after a count of fighters are fighters killed; people who
"went" after a count of returnees joined; an answer reads the figure before its question; a country that
refuses an exchange is not a partner, services that work with a country make it one. Sentences written for
the test."""

from datetime import date

from claims.extraction.claims import find_claims
from claims.extraction.countries import find_countries
from claims.extraction.records import Document

from .helpers import body_document, claims_of


def counts(body: str):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_people_arrested_among_the_returnees_of_the_sentence_before_are_returnees_arrested():
    assert counts(
        "About 240 fighters have come back from Iraq. Of these, 120 were detained as soon as they landed."
    ) == [
        ("returnees", 240),
        ("returnees_arrested", 120),
    ]


def test_arabic_arrested_among_these_returnees_are_returnees_arrested():
    assert counts("وعاد 230 مقاتلا إلى المغرب. ومن بين هؤلاء، اعتقل 110 فور نزولهم بالمطار.") == [
        ("returnees", 230),
        ("returnees_arrested", 110),
    ]


def test_the_dead_of_them_after_a_count_of_fighters_are_fighters_killed():
    assert counts(
        "التحق نحو 1500 مغربي بالجماعات المسلحة في سوريا. وتحصي المعطيات الرسمية 600 قتيل منهم."
    ) == [
        ("fighters_joined", 1500),
        ("fighters_killed", 600),
    ]


def test_people_who_went_after_a_count_of_returnees_joined():
    assert counts(
        "Official data put the number of returnees at 250. I believe about 1,500 Moroccans went, and most stayed there."
    ) == [("returnees", 250), ("fighters_joined", 1500)]


def test_went_up_is_no_departure():
    assert counts(
        "Official data put the number of returnees at 250. Then the price of bread went up by 2 dirhams."
    ) == [("returnees", 250)]


def test_an_answer_reads_the_figure_before_its_question():
    body = (
        "استضافت الجريدة الباحثة في شؤون التطرف نوال البقالي.\n"
        "س: كم عدد المغاربة الذين غادروا؟\n"
        "ج: التحق نحو 1600 مغربي بالتنظيمات المسلحة في سوريا.\n"
        "س: وكم بقي منهم على قيد الحياة؟\n"
        "ج: سقط 700 قتيل منهم حسب تقديري.\n"
    )
    document = Document(body, "حوار مع باحثة", None, date(2022, 3, 1), None, "ar", 0, len(body), "clean")
    assert [(c.metric, c.value) for c in find_claims(document)] == [
        ("fighters_joined", 1600),
        ("fighters_killed", 700),
    ]


def partners(body):
    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_a_country_that_refused_any_exchange_of_intelligence_is_not_a_partner():
    assert (
        partners("Selon le ministre, la Mauritanie continue de refuser tout échange de renseignements.") == []
    )


def test_services_working_with_a_country_make_it_a_partner():
    assert partners("Moroccan services work hand in hand with Italy on every file.") == ["IT"]
