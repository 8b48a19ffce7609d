"""Arabic text folding for matching, keeping a map back to the original offsets.

Matching must not care about hamza, alef maqsura, taa marbuta, tashkeel, tatweel or
Arabic-Indic digits; the stored text and every offset stay those of the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "\u066c": ",",  # Arabic thousands separator
        "\u066b": ".",  # Arabic decimal separator
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",  # thin space ("4 200")
        "\u2007": " ",  # figure space
        "\u200f": " ",
        "\u200e": " ",
        "’": "'",
    }
)
# The same table as (character, replacement) pairs: `_translate` replaces each character the text holds with
# str.replace, which runs through the text in C, instead of str.translate's lookup per character (2x faster on
# a sentence, 8x on an article). Same result: no replacement is itself a character of the table.
_FOLD_PAIRS = tuple((chr(code), replacement) for code, replacement in _FOLD.items())
assert not {replacement for _, replacement in _FOLD_PAIRS} & {character for character, _ in _FOLD_PAIRS}


def _translate(text: str) -> str:
    """text.translate(_FOLD)."""
    for character, replacement in _FOLD_PAIRS:
        if character in text:
            text = text.replace(character, replacement)
    return text


def _fold_char(ch: str) -> str:
    """One character in, one character out, so offset maps stay aligned ("İ".lower() is two)."""
    folded = ch.translate(_FOLD).lower()
    return folded if len(folded) == 1 else ch.translate(_FOLD)


def _fold_chars(text: str) -> str:
    """`_fold_char` over every character, done on the whole string when that gives the same result.

    `str.lower` on a whole string equals lowering each character alone unless a character lowers
    to several (then the lengths differ) or a capital sigma is lowered by its place in a word.
    """
    translated = _translate(text)
    lowered = translated.lower()
    if len(lowered) == len(translated) and "Σ" not in translated:
        return lowered
    return "".join(_fold_char(ch) for ch in text)


# A word hyphenated across a line break (text converted from a PDF: "com-\nbattants", "syro-ira-\nkien"): the
# hyphen and the break are left out of the folded text, which reads the word whole
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")


def _hyphen_breaks(text: str) -> list[tuple[int, int]]:
    if "-\n" not in text and "- \n" not in text:
        return []  # most texts have none: no regex pass over them
    return [match.span() for match in _HYPHEN_BREAK.finditer(text)]


def fold(text: str) -> str:
    """Folded form for comparisons; length may shrink (tashkeel and tatweel removed, words hyphenated across a
    line break joined)."""
    if _hyphen_breaks(text):
        text = _HYPHEN_BREAK.sub("", text)
    return _fold_chars(_TASHKEEL.sub("", text))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in `text`.

    A match at folded[i:j] covers text[index[i] : index[j - 1] + 1].
    """
    breaks = _hyphen_breaks(text)
    if not breaks and _TASHKEEL.search(text) is None:
        return _fold_chars(text), list(range(len(text)))
    if not breaks:
        # every index but the tashkeel's (one character each): the runs between them, each extended in C
        index: list[int] = []
        kept_from = 0
        for mark in _TASHKEEL.finditer(text):
            index.extend(range(kept_from, mark.start()))
            kept_from = mark.end()
        index.extend(range(kept_from, len(text)))
        return _fold_chars(_TASHKEEL.sub("", text)), index
    dropped = {i for start, end in breaks for i in range(start, end)}
    index = [i for i, ch in enumerate(text) if i not in dropped and not _TASHKEEL.match(ch)]
    return _fold_chars("".join(text[i] for i in index)), index


def original_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of folded text back to the original text."""
    return index[start], index[end - 1] + 1


class FoldedText:
    """A text with its folded form; spans found in `folded` map back to `original`."""

    def __init__(self, original: str):
        self.original = original
        self.folded, self._index = fold_with_map(original)

    @classmethod
    def within(cls, original: str, start: int, folded: str, index: list[int]) -> FoldedText:
        """`FoldedText(original)`, taken from the fold of a text holding `original` at `start` (`folded`,
        `index` = fold_with_map of that text) instead of folding again. The same: folding maps each kept
        character to one character whatever is around it, and drops the same characters (see _fold_chars)."""
        end = start + len(original)
        low, high = bisect_left(index, start), bisect_left(index, end)
        text = cls.__new__(cls)
        text.original, text.folded = original, folded[low:high]
        # (no character dropped in this part: the offsets are 0, 1, 2, …)
        text._index = (
            list(range(len(original)))
            if high - low == len(original)
            else [i - start for i in index[low:high]]
        )
        return text

    @property
    def index(self) -> list[int]:
        """For each folded character, its index in `original` (fold_with_map); not to be changed."""
        return self._index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a folded [start, end) span (end may equal len(folded))."""
        if start >= len(self._index):
            return len(self.original), len(self.original)
        return original_span(self._index, start, max(end, start + 1))

    def original_of(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]
