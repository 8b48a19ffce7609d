"""Text converted from a PDF: lines broken inside sentences, words hyphenated across lines."""

from claims.extraction.normalize import FoldedText, fold
from claims.extraction.sentences import split_sentences

from .helpers import claims_of


def test_a_line_broken_before_a_small_letter_goes_on_in_the_same_sentence():
    text = "Le rapport recense 52 cellules démantelées\nentre 2016 et 2020 dans le pays."
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_line_break_before_a_capital_still_ends_the_line():
    text = "Rapport annuel 2021\nLe BCIJ a démantelé 8 cellules."
    assert len(split_sentences(text)) == 2


def test_an_arabic_line_break_still_ends_the_line():
    text = "حصيلة السنة\nفككت المصالح الأمنية 8 خلايا."
    assert len(split_sentences(text)) == 2


def test_a_word_hyphenated_across_a_line_is_read_whole():
    assert fold("les djiha-\ndistes") == "les djihadistes"


def test_the_whole_word_maps_back_to_the_printed_text():
    text = FoldedText("des djiha-\ndistes")
    start = text.folded.index("djihadistes")
    assert text.original_of(start, start + len("djihadistes")) == "djiha-\ndistes"


def test_a_figure_whose_noun_is_hyphenated_across_a_line_is_read():
    claims = claims_of("Selon le rapport, 410 djiha-\ndistes marocains ont été tués en Syrie.")
    assert [(c.metric, c.value) for c in claims] == [("fighters_killed", 410)]
    assert claims[0].sentence == "Selon le rapport, 410 djiha-\ndistes marocains ont été tués en Syrie."
