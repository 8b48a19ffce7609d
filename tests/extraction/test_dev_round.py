"""Dev round: mechanisms for figures whose noun or frame lies outside their own clause."""

from datetime import date

from claims.extraction.claims import find_claims
from claims.extraction.records import Document

PUBLISHED = date(2024, 3, 14)


def _document(body: str, language: str) -> Document:
    return Document(
        text=body,
        title="Entretien",
        outlet=None,
        published=PUBLISHED,
        dateline=None,
        language=language,
        body_start=0,
        body_end=len(body),
        layout="clean",
    )


def test_an_answer_counts_what_the_question_asked_about():
    # "départs" counts fighters only where fighters or their zones are spoken of: here, in the question
    body = (
        "Karim Bennani suit les filières djihadistes depuis quinze ans.\n"
        "Q : Combien de cellules ont été démantelées ?\n"
        "R : Une quarantaine de cellules en trois ans.\n"
        "Q : Et les départs vers la Syrie ?\n"
        "R : Selon mes calculs, près de 1 500 départs, pas davantage.\n"
    )
    found = [(c.metric, c.value) for c in find_claims(_document(body, "fr"))]
    assert ("fighters_joined", 1500) in found
