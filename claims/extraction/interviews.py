"""Interviews: who speaks in each paragraph.

An interview prints turns: a question, marked "س:" / "Q:" / "Question :" or by the outlet's name
("Médias24 : …", "Hespress English: …"), then an answer, marked "ج:" / "R :" / "A:" or by the
interviewee's name ("Abdelhak Khiame : …"), or not marked at all (the paragraphs after a question
are the answer, until the next question). The figures of an answer are the interviewee's, even when the
sentence names no one; the figures of a question are the interviewer's premise (often another body's
figure, put to the interviewee), not a claim of the article.

The interviewee's body comes from the table of officials (attribution.py) when the name is known,
else from the body the introduction or the title names ("Le directeur du Bureau central …", "directs
the Rabat Center for Security Studies").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from claims.extraction.attribution import first_named
from claims.extraction.normalize import FoldedText, fold
from claims.extraction.records import Attribution, Document
from claims.extraction.sentences import Sentence

QUESTION = "question"
ANSWER = "answer"

_QUESTION_MARK = re.compile(r"\s*(?:س|سوال|q|question|السوال)\s*[:：.\-–—]\s")
_ANSWER_MARK = re.compile(r"\s*(?:ج|جواب|a|r|réponse|answer|الجواب)\s*[:：.\-–—]\s")
# A speaker's label: one to four words (a name, an outlet) and a colon at the start of a paragraph.
_LABEL = re.compile(r"\s*((?:[^\W\d][\w'’.-]*)(?:\s+[^\W\d][\w'’.-]*){0,3})\s*[:：]\s")
_ENDS_WITH_QUESTION = re.compile(r"[?؟]\s*[\"'»”]?\s*$")


@dataclass(frozen=True)
class Interview:
    speaker: Attribution
    roles: dict[int, str]  # paragraph number -> QUESTION | ANSWER


def read_interview(
    document: Document, sentences: list[Sentence], folded: Callable[[Sentence], str] | None = None
) -> Interview | None:
    """The turns of an interview and its interviewee, or None when the article is not an interview.

    `folded`: gives fold(sentence.text) (the claims pass takes it from the body's fold, made once)."""
    folded = folded or (lambda sentence: fold(sentence.text))
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    if len(paragraphs) < 3:
        return None
    order = sorted(paragraphs)
    marks: dict[int, str] = {}
    labels: dict[int, str] = {}
    for number in order:
        first = folded(paragraphs[number][0]).lower()
        if _QUESTION_MARK.match(first):
            marks[number] = QUESTION
        elif _ANSWER_MARK.match(first):
            marks[number] = ANSWER
        else:
            label = _LABEL.match(first)
            if label:
                labels[number] = label.group(1)
    interviewer = _interviewer_label(document, paragraphs, labels)
    questions = sum(1 for m in marks.values() if m == QUESTION)
    if interviewer is not None:
        for number, label in labels.items():
            marks[number] = QUESTION if label == interviewer else ANSWER
        questions = sum(1 for m in marks.values() if m == QUESTION)
    if questions < 2 or ANSWER not in marks.values() and questions < 3:
        return None
    roles: dict[int, str] = {}
    state = None
    for number in order:
        state = marks.get(number) or (ANSWER if state is not None else None)
        if state is not None:
            roles[number] = state
    answer_label = next((labels[n] for n in order if n in labels and marks.get(n) == ANSWER), None)
    intro = [s for s in sentences if s.paragraph not in roles]
    return Interview(_interviewee(document, answer_label, intro, paragraphs, roles), roles)


def _interviewer_label(document: Document, paragraphs, labels: dict[int, str]) -> str | None:
    if not labels:
        return None
    outlet = fold(document.outlet or "").lower()
    asking = Counter(
        label
        for number, label in labels.items()
        if _ENDS_WITH_QUESTION.search(paragraphs[number][-1].text)
        or outlet
        and (label in outlet or outlet in label)
    )
    if not asking:
        return None
    label, count = asking.most_common(1)[0]
    return label if count >= 2 else None


def _interviewee(document: Document, answer_label: str | None, intro, paragraphs, roles) -> Attribution:
    """The interviewee: the answers' label (a name) with the body the table or the introduction gives."""
    texts = [document.title or ""] + [s.text for s in intro]
    if answer_label is not None:
        start = next(
            n for n in sorted(roles) if fold(paragraphs[n][0].text).lower().lstrip().startswith(answer_label)
        )
        label_text = paragraphs[start][0].text.split(":", 1)[0].split("：", 1)[0].strip()
        texts.insert(0, label_text)
    else:
        label_text = None
    found = None
    for text in texts:
        found = first_named(FoldedText(text))
        if found is not None:
            break
    if found is None:
        return Attribution("unspecified", label_text, label_text)
    person = label_text or found.person
    return Attribution(found.org, person, person or found.raw)
