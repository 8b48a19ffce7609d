"""Folding for matching keeps a one-to-one map back to the original text."""

from claims.extraction.normalize import fold, fold_with_map, original_span


def test_it_folds_hamza_forms_and_arabic_indic_digits():
    assert fold("إسبانيا ٢٠٧") == "اسبانيا 207"


def test_it_maps_a_folded_match_back_to_the_original_spelling():
    text = "زودت دولاً كفرنسا وإسبانيا"
    folded, index = fold_with_map(text)
    start = folded.find("اسبانيا")
    begin, end = original_span(index, start, start + len("اسبانيا"))
    assert text[begin:end] == "إسبانيا"


def test_a_letter_whose_lowercase_is_two_letters_keeps_the_map_aligned():
    folded, index = fold_with_map("İstanbul فرنسا")
    assert len(folded) == len(index)
    assert fold("İstanbul فرنسا") == folded
