"""Split a body into sentences, keeping exact offsets into the document text.

A sentence ends at a newline, or at . ! ? ؟ followed by a space or the end (so "2.720", "03.03" and
"1,5" never split). Closing quotes and brackets right after the stop stay with their sentence.

A sentence is at most MAX_SENTENCE_CHARS long: a longer run without a stop (a pasted table, a paragraph
of figures with no full stop) is cut at its last clause break (، , ؛ ;) or space before the limit. Every
look-up the engine makes per figure is bounded by its sentence, so this bound keeps the cost of reading
a text linear in its length; real sentences of the press stay far below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STOP = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s|$)|\n")
_TRIM = " \t\u00a0\u200f\u200e"
MAX_SENTENCE_CHARS = 1200
# Where an over-long sentence is best cut: after a clause break, else after a space.
_CLAUSE_BREAKS = ("،", ",", "؛", ";")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the document text
    end: int
    text: str
    paragraph: int  # sentences of the same paragraph (no newline between them) share this number


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], each with offsets into `text`."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    paragraph = 0
    cursor = start
    for stop in _STOP.finditer(text, start, end):
        if stop.group() == "\n" and _soft_wrap(text, stop.start(), end):
            continue  # a line broken inside its sentence (text converted from a PDF): the sentence goes on
        piece_end = stop.start() if stop.group() == "\n" else stop.end()
        _append(sentences, text, cursor, piece_end, paragraph)
        if stop.group() == "\n":
            paragraph += 1
        cursor = stop.end()
    _append(sentences, text, cursor, end, paragraph)
    return sentences


# A line that a sentence goes on after ends on a letter, a digit, a comma or a word's hyphen (not a stop, a colon
# or a closing bracket), and the next line opens on a small letter ("… détenus dans des\ncamps et prisons").
# Arabic script has no small letters: an Arabic line break is kept as a stop.
_WRAP_SPACES = " \t"


def _soft_wrap(text: str, newline: int, end: int) -> bool:
    """Whether the newline at `newline` only wraps a line inside a sentence (its neighbours decide; O(1))."""
    before = newline
    while before > 0 and text[before - 1] in _WRAP_SPACES:
        before -= 1
    after = newline + 1
    while after < end and text[after] in _WRAP_SPACES:
        after += 1
    if before == 0 or after >= end:
        return False
    last = text[before - 1]
    return text[after].islower() and (last.isalnum() or last in ",،-")


def bounded_pieces(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most `limit` characters, at clause breaks or spaces when possible."""
    pieces = []
    while end - start > limit:
        window_end = start + limit
        cut = max(text.rfind(mark, start + limit // 2, window_end) for mark in _CLAUSE_BREAKS)
        if cut < 0:
            cut = text.rfind(" ", start + limit // 2, window_end)
        cut = window_end if cut < 0 else cut + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    for piece_start, piece_end in bounded_pieces(text, start, end):
        _append_piece(sentences, text, piece_start, piece_end, paragraph)


def _append_piece(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and (text[start] in _TRIM or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "\n"):
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph))
