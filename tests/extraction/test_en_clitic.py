"""The French clitic "en" before a verb stands for the noun of the clause before; the number counts it."""

import dataclasses

from claims.extraction.claims import find_claims

from .helpers import body_document


def _claims(body: str):
    document = dataclasses.replace(body_document(body), language="fr")
    return [(c.metric, c.value) for c in find_claims(document)]


def test_en_before_the_participle_counts_the_noun_fronted_in_the_sentence():
    body = "Quant aux cellules jihadistes, la police en a démantelé 7 depuis le début de l'année 2023."
    assert ("cells_dismantled", 7) in _claims(body)


def test_en_counts_the_noun_asked_about_in_the_question_before():
    body = "Les partisans de Daech ? Nos services en ont interpellé 45 depuis janvier 2024."
    assert ("persons_arrested", 45) in _claims(body)


def test_en_counts_those_who_came_back_named_by_a_pronoun():
    body = "Ceux qui reviennent des zones de conflit passent devant un juge : nous en avons poursuivi 62 en 2023."
    assert ("returnees_arrested", 62) in _claims(body)


def test_en_after_the_number_counts_the_fighters_before():
    body = "S'agissant des combattants partis en Irak, 90 en sont revenus depuis 2016, selon la DGST."
    assert ("returnees", 90) in _claims(body)


def test_the_head_noun_not_its_adjective_is_the_antecedent():
    body = "Les cellules terroristes ? Les services en ont neutralisé 11 au cours de l'année 2022."
    assert _claims(body) == [("cells_dismantled", 11)]


def test_the_figures_of_the_bureau_named_before_are_its_own():
    body = (
        "Le Bureau central d'investigations judiciaires (BCIJ) a arrêté trois suspects à Fès. "
        "Il s'agit de la sixième cellule neutralisée cette année-là, une année qui en a compté 9, "
        "selon les chiffres du bureau."
    )
    document = dataclasses.replace(body_document(body), language="fr")
    orgs = {(c.metric, c.value): c.attribution.org for c in find_claims(document)}
    assert orgs[("cells_dismantled", 9)] == "BCIJ"
