"""Interviews and transcripts: who speaks in each paragraph.

An interview prints turns: a question, marked "س:" / "Q:" / "Question :" or by the outlet's name
("Médias24 : …", "Hespress English: …") or by the host's role ("المذيعة:", "Le présentateur :", "Host:"),
then an answer, marked "ج:" / "R :" / "A:" or by the speaker's name ("Abdelhak Khiame : …"), or not
marked at all (the paragraphs after a question are the answer, until the next question). The figures of
an answer are its speaker's, even when the sentence names no one; the figures of a question are the
interviewer's premise (often another body's figure, put to the interviewee), not a claim of the article.

A transcript may have several guests: each labelled answer is its label's speaker's; a later label by
surname only ("الكتاني:" after "الأستاذ إدريس الكتاني:") is the same speaker; an unlabelled answer is the
speaker of the answer before. Outside interviews, a paragraph that opens on a name and a quotation
("Karim Benslimane : « … »") is that person's turn.

A speaker's body comes from the table of officials (attribution.py) when the label names one, else from
the office printed next to their name elsewhere in the article ("ضيفنا الباحث … إدريس الكتاني"), else
(for the interviewee) from the body the introduction or the title names ("Le directeur du Bureau central
…"), else from the office the sentence after the turn opens on ("Le chercheur compare …").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from claims.extraction.attribution import body_beside, first_named, opening_title, opens_on_report
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
# The one who asks, named by the role (folded): a host, a presenter, a journalist
_HOST = re.compile(
    r"(?:ال)?(?:مذيع|مذيعه|مقدم|مقدمه|محاور|محاوره|صحفي|صحفيه|صحافي|صحافيه|منشط|منشطه)"
    r"|(?:le\s+|la\s+|l')?(?:présentateur|présentatrice|animateur|animatrice|journaliste|intervieweur|intervieweuse)"
    r"|(?:the\s+)?(?:host|anchor|presenter|interviewer|moderator|reporter|journalist)"
)
# A label that opens a quotation: a turn outside an interview ("Karim Benslimane : « … »")
_QUOTE_AFTER_LABEL = re.compile(r"\s*[«“\"]")
# Courtesy titles before a name ("الأستاذ إدريس الكتاني", "Dr Leila Amrani"): not part of the name
_HONORIFICS = {
    "الاستاذ", "الاستاذه", "الدكتور", "الدكتوره", "السيد", "السيده", "m.", "m", "mme", "mlle", "dr", "dr.",
    "pr", "pr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor", "doctor",
}  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*$")


@dataclass(frozen=True)
class Interview:
    speaker: Attribution  # the interviewee (the first answer's speaker)
    roles: dict[int, str]  # paragraph number -> QUESTION | ANSWER
    speakers: dict[int, Attribution] = field(default_factory=dict)  # answer paragraph -> its speaker
    carries: bool = True  # whether the speaker goes on speaking after the turn (an interview: all turns)
    # answer paragraph -> where its text begins after its mark or label ("A: ", "ج: ", "Karim Benslimane : ")
    text_starts: dict[int, int] = field(default_factory=dict)
    # question paragraph -> where the answer printed in the same paragraph begins ("س: …؟ ج: …")
    answers_within: dict[int, int] = field(default_factory=dict)

    def role_of(self, sentence: Sentence) -> str | None:
        """The turn a sentence belongs to: its paragraph's, except the answer a question paragraph goes on to."""
        role = self.roles.get(sentence.paragraph)
        within = self.answers_within.get(sentence.paragraph)
        if role == QUESTION and within is not None and sentence.end > within:
            return ANSWER
        return role

    def speaker_of(self, paragraph: int) -> Attribution:
        return self.speakers.get(paragraph, self.speaker)

    def without_mark(self, sentence: Sentence) -> Sentence:
        """The sentence without the turn's mark or label it opens on: what the speaker says, read as a sentence
        ("A: Of those, 137 …" is "Of those, 137 …")."""
        start = self.text_starts.get(sentence.paragraph)
        if start is None or not sentence.start < start < sentence.end:
            return sentence
        return Sentence(start, sentence.end, sentence.text[start - sentence.start :], sentence.paragraph)


def read_interview(
    document: Document, sentences: list[Sentence], folded: Callable[[Sentence], str] | None = None
) -> Interview | None:
    """The turns of an interview and its interviewee, or None when the article is not an interview.

    `folded`: gives fold(sentence.text) (the claims pass takes it from the body's fold, made once)."""
    folded = folded or (lambda sentence: fold(sentence.text))
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    if len(paragraphs) < 2:
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
    if len(paragraphs) < 3:
        return _quoted_turns(document, sentences, paragraphs, labels, folded)
    interviewer = _interviewer_label(document, paragraphs, labels)
    questions = sum(1 for m in marks.values() if m == QUESTION)
    # "س: ما حجم الظاهرة؟ ج: …", "Q: And the returnees? A: …": the answer printed in the question's paragraph
    answers_within = {
        number: start
        for number in order
        if marks.get(number) == QUESTION
        for start in [_answer_within(paragraphs[number], folded)]
        if start is not None
    }
    if questions == 0 and interviewer is None:
        marks.update(_unmarked_questions(document, paragraphs, order, folded))
        questions = sum(1 for m in marks.values() if m == QUESTION)
    if interviewer is not None:
        for number, label in labels.items():
            marks[number] = QUESTION if label == interviewer else ANSWER
        questions = sum(1 for m in marks.values() if m == QUESTION)
    if questions < 2 or ANSWER not in marks.values() and not answers_within and questions < 3:
        return _quoted_turns(document, sentences, paragraphs, labels, folded)
    roles: dict[int, str] = {}
    state = None
    for number in order:
        state = marks.get(number) or (ANSWER if state is not None else None)
        if state is not None:
            roles[number] = state
    answer_label = next((labels[n] for n in order if n in labels and marks.get(n) == ANSWER), None)
    intro = [s for s in sentences if s.paragraph not in roles]
    interviewee = _interviewee(document, answer_label, intro, paragraphs, roles, sentences, folded)
    speakers: dict[int, Attribution] = {}
    known: dict[str, Attribution] = {}
    if answer_label is not None:
        known[answer_label] = interviewee
    current = interviewee
    for number in order:
        if roles.get(number) != ANSWER:
            continue
        label = labels.get(number) if marks.get(number) == ANSWER else None
        if label is not None:
            current = _label_speaker(label, paragraphs, number, sentences, known, folded)
        speakers[number] = current
    text_starts = _text_starts(paragraphs, speakers)
    for number, start in answers_within.items():
        mark = _ANSWER_MARK.match(_sentence_text_at(paragraphs[number], start))
        if mark is not None:
            text_starts[number] = start + mark.end()
    return Interview(interviewee, roles, speakers, text_starts=text_starts, answers_within=answers_within)


def _answer_within(paragraph: list[Sentence], folded) -> int | None:
    """Where the answer a question paragraph goes on to begins: the first sentence after the question that opens
    on an answer mark ("ج:", "A:", "R :"), or None."""
    for sentence in paragraph[1:]:
        if _ANSWER_MARK.match(folded(sentence).lower()):
            return sentence.start
    return None


def _sentence_text_at(paragraph: list[Sentence], start: int) -> str:
    """The lowered text of the paragraph's sentence that begins at `start`."""
    return next((s.text.lower() for s in paragraph if s.start == start), "")


# An article that says it is an interview ("Entretien avec …", "In an interview with …", "حوار مع …")
_INTERVIEW_WORD = re.compile(
    r"(?<![\w])(?:entretien|interview|interviewe|interviewee|q\s*&\s*a|حوار|حاورت|حاوره|حاورها|مقابله|لقاء\s+مع)(?![\w])"
)


def _unmarked_questions(document: Document, paragraphs, order: list[int], folded) -> dict[int, str]:
    """The turns of an interview printed without marks: one-sentence paragraphs ending in a question mark,
    each followed by a paragraph that is no question (its answer), when the title or the paragraphs before
    the first question say the article is an interview; none unless there are two questions."""
    turns: dict[int, str] = {}
    for index, number in enumerate(order[:-1]):
        answer = order[index + 1]
        if (
            len(paragraphs[number]) == 1
            and _ENDS_WITH_QUESTION.search(paragraphs[number][0].text)
            and not _ENDS_WITH_QUESTION.search(paragraphs[answer][-1].text)
        ):
            turns[number], turns[answer] = QUESTION, ANSWER
    questions = [number for number, turn in turns.items() if turn == QUESTION]
    if len(questions) < 2:
        return {}
    before = [fold(document.title or "").lower()] + [
        folded(sentence).lower()
        for number in order
        if number < questions[0]
        for sentence in paragraphs[number]
    ]
    if not any(_INTERVIEW_WORD.search(text) for text in before):
        return {}
    return turns


def _quoted_turns(document, sentences, paragraphs, labels, folded) -> Interview | None:
    """Outside an interview, the paragraphs that open on a speaker's name and a quotation ("Karim Benslimane :
    « … »"): each is its speaker's turn, and only that paragraph is (the narration resumes after it)."""
    speakers: dict[int, Attribution] = {}
    known: dict[str, Attribution] = {}
    for number, label in labels.items():
        first = folded(paragraphs[number][0]).lower()
        after = _LABEL.match(first)
        if (
            not _QUOTE_AFTER_LABEL.match(first, after.end())
            or _HOST.fullmatch(label)
            or opens_on_report(label)
        ):
            continue  # (not "وقال المسؤول الأمني: «…»": the reported words of someone the sentence introduces)
        words = [w for w in label.split() if w not in _HONORIFICS]
        named = first_named(FoldedText(_label_text(paragraphs[number][0].text)))
        if named is None and not (2 <= len(words) <= 4 and _is_name(paragraphs[number][0].text)):
            continue  # "Rabat : « … »": a dateline, a heading, not a speaker
        speakers[number] = _label_speaker(label, paragraphs, number, sentences, known, folded)
    if not speakers:
        return None
    first = speakers[min(speakers)]
    turns = dict.fromkeys(speakers, ANSWER)
    return Interview(first, turns, speakers, carries=False, text_starts=_text_starts(paragraphs, speakers))


_MARK_OR_LABEL = re.compile(
    r"\s*(?:(?:ج|جواب|الجواب|a|r|réponse|answer)\s*[:：.\-–—]|(?:[^\W\d][\w'’.-]*)(?:\s+[^\W\d][\w'’.-]*){0,3}\s*[:：])\s",
    re.IGNORECASE,
)


def _text_starts(paragraphs, answers) -> dict[int, int]:
    """Where each answer paragraph's text begins, after the mark or the label it opens on."""
    starts = {}
    for number in answers:
        first = paragraphs[number][0]
        found = _MARK_OR_LABEL.match(first.text)
        if found is not None and found.end() < len(first.text):
            starts[number] = first.start + found.end()
    return starts


def _label_text(text: str) -> str:
    return text.split(":", 1)[0].split("：", 1)[0].strip()


def _without_honorifics(name: str) -> str:
    """ "الأستاذ إدريس الكتاني" -> "إدريس الكتاني" (the name, without its courtesy title)."""
    return " ".join(w for w in name.split() if fold(w).lower() not in _HONORIFICS) or name


def _is_name(text: str) -> bool:
    """Whether a label, as printed, is a person's name: capitalised words in Latin script, any in Arabic."""
    words = [w for w in _label_text(text).split() if fold(w).lower() not in _HONORIFICS]
    return all(_NAME_WORD.match(w) and (not w.isascii() or w[:1].isupper()) for w in words)


def _label_speaker(
    label: str, paragraphs, number: int, sentences: list[Sentence], known: dict[str, Attribution], folded
) -> Attribution:
    """Who a label names: a label met before, or the same speaker by surname; else the table's official, the
    office printed next to the name in the article, or the office the sentence after the turn opens on."""
    if label in known:
        return known[label]
    words = [w for w in label.split() if w not in _HONORIFICS]
    for earlier, speaker in known.items():
        earlier_words = [w for w in earlier.split() if w not in _HONORIFICS]
        if words and len(words) < len(earlier_words) and earlier_words[-len(words) :] == words:
            known[label] = speaker  # "الكتاني" after "الأستاذ إدريس الكتاني": the same guest, by surname
            return speaker
    label_text = _label_text(paragraphs[number][0].text)
    person = _without_honorifics(label_text)
    found = first_named(FoldedText(label_text))
    if found is None and words:
        found = _office_beside_name(" ".join(words), sentences, paragraphs[number][0], folded)
    if found is None:
        after = next((paragraphs[n][0] for n in sorted(paragraphs) if n > number), None)
        found = opening_title(FoldedText(after.text)) if after is not None else None
    speaker = (
        Attribution(found.org, person, found.raw or label_text)
        if found is not None
        else Attribution("unspecified", person, label_text)
    )
    known[label] = speaker
    return speaker


def _office_beside_name(name: str, sentences: list[Sentence], own: Sentence, folded) -> Attribution | None:
    """The office printed next to the speaker's name (or surname) in another sentence of the article."""
    surname = name.split()[-1]
    for wanted in dict.fromkeys((name, surname)):
        if len(wanted) < 3:
            continue
        for sentence in sentences:
            if sentence is own or wanted not in folded(sentence).lower():
                continue
            text = FoldedText(sentence.text)
            at = text.folded.lower().find(wanted)
            found = body_beside(text, at, at + len(wanted))
            if found is not None:
                return found
    return None


def _interviewer_label(document: Document, paragraphs, labels: dict[int, str]) -> str | None:
    if not labels:
        return None
    hosts = Counter(label for label in labels.values() if _HOST.fullmatch(label))
    if hosts:
        return hosts.most_common(1)[0][0]  # "المذيعة:", "Le présentateur :": the one who asks
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


def _interviewee(
    document: Document, answer_label: str | None, intro, paragraphs, roles, sentences, folded
) -> Attribution:
    """The interviewee: the answers' label (a name) with the body the table, the office printed next to the
    name, the introduction or the title gives."""
    texts = [document.title or ""] + [s.text for s in intro]
    label_text = None
    if answer_label is not None:
        start = next(
            n for n in sorted(roles) if fold(paragraphs[n][0].text).lower().lstrip().startswith(answer_label)
        )
        label_text = _label_text(paragraphs[start][0].text)
        found = first_named(FoldedText(label_text))
        words = [w for w in answer_label.split() if w not in _HONORIFICS]
        if found is None and words:
            found = _office_beside_name(" ".join(words), sentences, paragraphs[start][0], folded)
        if found is not None:
            return Attribution(found.org, _without_honorifics(label_text), label_text)
    found = None
    for text in texts:
        found = first_named(FoldedText(text))
        if found is not None:
            break
    if found is None:
        return Attribution("unspecified", label_text, label_text)
    person = label_text or found.person
    return Attribution(found.org, person, person or found.raw)
