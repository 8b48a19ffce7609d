import pytest

from claims.extraction.normalize import fold
from claims.extraction.qualifiers import find_qualifier, find_qualifier_after

from .helpers import claims_of


def qualifier(text: str, number: str):
    folded = fold(text)
    start = folded.index(number)
    found = find_qualifier(folded, start, start + len(number))
    return found.kind, (folded[found.fstart : found.fend] if found.fstart is not None else None)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("تفكيك أكثر من 200 خلية", "more_than"),
        ("تفكيك أزيد من 200 خلية", "more_than"),
        ("ما يزيد عن 200 خلية", "more_than"),
        ("ما يزيد على 200 خلية", "more_than"),
        ("ما يفوق 200 خلية", "more_than"),
        ("plus de 200 cellules", "more_than"),
        ("نحو 200 خلية", "about"),
        ("حوالي 200 خلية", "about"),
        ("قرابة 200 خلية", "about"),
        ("زهاء 200 خلية", "about"),
        ("ما يقارب 200 خلية", "about"),
        ("environ 200 cellules", "about"),
        ("ما لا يقل عن 200 خلية", "at_least"),
        ("au moins 200 cellules", "at_least"),
        ("أقل من 200 خلية", "less_than"),
        ("moins de 200 cellules", "less_than"),
        ("لا يتجاوز 200 خلية", "at_most"),
        ("تفكيك 200 خلية", "exact"),
    ],
)
def test_it_reads_the_qualifier_before_a_number(text, kind):
    assert qualifier(text, "200")[0] == kind


def test_at_least_is_not_read_as_less_than():
    assert qualifier("ما لا يقل عن 30 شخصا", "30") == ("at_least", fold("ما لا يقل عن"))


def test_the_qualifier_text_is_the_qualifying_words():
    assert qualifier("حيث بلغ عدد الموقوفين نحو 650 شخصا", "650") == ("about", "نحو")


def test_pas_moins_de_is_at_least():
    assert qualifier("pas moins de 30 personnes", "30")[0] == "at_least"


def test_a_qualifier_after_the_noun_counts():
    folded = fold("توقيف 20 شخصا على الأقل")
    assert find_qualifier_after(folded, folded.index("شخصا") + 4).kind == "at_least"


def test_a_verb_whose_subject_is_the_number_of_something_qualifies_it():
    from claims.extraction.qualifiers import find_qualifier_verb

    folded = fold("لم يتجاوز عدد الأجانب الموقوفين في قضايا الإرهاب خلال سنة 2023 سبعة أشخاص")
    found = find_qualifier_verb(folded, folded.index("سبعه"))
    assert (found.kind, folded[found.fstart : found.fend]) == ("at_most", "لم يتجاوز")


@pytest.mark.parametrize(
    "body, qualifier",
    [
        (
            "Selon le rapport, plus d'un millier de Marocains ont rejoint les rangs de Daech en Syrie.",
            "more_than",
        ),
        ("Moins d'une dizaine de cellules terroristes ont été démantelées en 2021.", "less_than"),
        (
            "Selon le rapport, près d'un millier de Marocains ont rejoint les rangs de Daech en Syrie.",
            "about",
        ),
    ],
)
def test_a_bound_before_a_round_figure_is_its_qualifier(body, qualifier):
    [claim] = claims_of(body)
    assert claim.qualifier == qualifier
