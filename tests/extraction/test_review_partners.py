"""Partners in reviews (corpus_review round): work done jointly with a country as a practice."""

from claims.extraction.countries import find_countries

from .helpers import body_document


def partners(body):
    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_joint_work_with_a_country_s_service_makes_it_a_partner():
    body = "Years of joint work with Belgium's federal police have paid off, the bureau's director said.\n"
    assert partners(body) == ["BE"]


def test_joint_work_in_arabic_makes_the_country_a_partner():
    body = "وأثمر العمل المشترك مع هولندا عن تفكيك عدة شبكات خلال السنوات الأخيرة.\n"
    assert partners(body) == ["NL"]
