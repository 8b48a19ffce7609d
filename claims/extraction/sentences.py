"""Split a body into sentences, keeping exact offsets into the document text.

A sentence ends at a newline, or at . ! ? ؟ followed by a space or the end (so "2.720", "03.03" and
"1,5" never split). Closing quotes and brackets right after the stop stay with their sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STOP = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s|$)|\n")
_TRIM = " \t\u00a0\u200f\u200e"


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
        piece_end = stop.start() if stop.group() == "\n" else stop.end()
        _append(sentences, text, cursor, piece_end, paragraph)
        if stop.group() == "\n":
            paragraph += 1
        cursor = stop.end()
    _append(sentences, text, cursor, end, paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and (text[start] in _TRIM or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "\n"):
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph))
