"""A wire dateline before the first sentence ("Rabat – …") is no table header; the exact restatement of a round
word ("a dozen … The 12 suspects") is the figure; a court's verdict counts defendants, not arrests; "one of them"
told apart by its record is a count of one."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.subset, c.value, c.qualifier) for c in claims_of(body)]


def test_a_sentence_after_a_dateline_dash_is_read():
    body = "Casablanca – Moroccan police arrested six suspected militants loyal to the Islamic State group in Oujda."
    assert [value for _, _, value, _ in _read(body)] == [6]


def test_a_table_header_still_reads_its_rows():
    body = "السنة | الخلايا المفككة | الموقوفون\n2019 | 14 | 125\n"
    assert [value for _, _, value, _ in _read(body)] == [14, 125]


def test_the_exact_restatement_of_a_round_word_is_the_figure():
    body = (
        "Police arrested about a dozen people suspected of plotting attacks for the Islamic State group, officials "
        "said. The 12 suspects, aged 20 to 35, were detained in five cities."
    )
    assert _read(body) == [("persons_arrested", None, 12, "exact")]


def test_defendants_sentenced_by_a_court_are_no_arrest_figure():
    body = (
        "La chambre criminelle de Salé a condamné, mardi, les sept membres d'une cellule liée à Daech à des peines "
        "allant de cinq à douze ans de prison."
    )
    assert _read(body) == []


def test_one_of_them_told_apart_by_its_record_is_a_count_of_one():
    body = (
        "Moroccan police arrested five suspected Islamic State militants in Fez on Monday, the bureau said, adding "
        "that one of them had already served a prison term for terrorism."
    )
    assert _read(body)[1] == ("persons_arrested", "former_detainees", 1, "exact")


def test_one_of_the_cells_is_still_no_count():
    body = "The bureau said one of the cells dismantled this year was planning attacks in Rabat."
    assert _read(body) == []
