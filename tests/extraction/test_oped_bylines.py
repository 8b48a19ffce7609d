"""corpus_oped round (bylines): a sentence opening on "By" is no author line, and a page's rubric before the
paper's name is not part of the name (in other words than the corpus)."""

from claims.extraction.bylines import byline_outlet, is_author_line


def test_a_sentence_opening_on_by_is_no_author_line():
    assert not is_author_line("By our reckoning, 90 people were arrested in terrorism cases last year.")
    assert not is_author_line("Par ailleurs, les services ont interpellé 12 suspects à Tanger.")
    assert is_author_line("By Karim Alaoui | The Atlas Review")
    assert is_author_line("Par la rédaction")


def test_a_rubric_before_the_papers_name_is_taken_off():
    assert byline_outlet("Chronique — Le Quotidien du Nord | 4 mai 2025") == "Le Quotidien du Nord"
    assert byline_outlet("ركن «بصراحة» — يومية الأفق | الخميس 3 أبريل 2025") == "يومية الأفق"
    assert byline_outlet("افتتاحية صوت الشمال — الأحد 6 أبريل 2025") == "صوت الشمال"
    assert byline_outlet("October 2, 2025 | Editorial Board") is None


def test_a_papers_name_opening_on_a_rubric_word_is_kept():
    assert byline_outlet("Tribune du Détroit | 12 mars 2025") == "Tribune du Détroit"
