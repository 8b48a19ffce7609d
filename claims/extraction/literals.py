"""The literal pieces every match of a pattern contains: a substring test that can rule a regex out.

`required_literals(pattern)` is a set of strings, none holding white space, such that every match of the
pattern contains at least one of them (or None when the pattern is not simple enough to tell). So when
none of them occurs in a text, the pattern matches nowhere in the text nor in any string made of slices
of it joined by white space (a figure's scope: the words before it, a space, the words after it): a
piece without white space that occurs in such a string lies within one slice.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from re import _compiler, _parser
from re import _constants as C  # the regex parser's opcodes

import ahocorasick


@lru_cache(maxsize=256)
def required_literals(pattern: str) -> frozenset[str] | None:
    compiled = re.compile(pattern)
    if compiled.flags & re.IGNORECASE:
        return None
    return _of_sequence(_parser.parse(pattern))


def _of_sequence(items) -> frozenset[str] | None:
    """One set of literals the sequence surely contains one of, the one whose shortest literal is longest."""
    choices: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL and not chr(av).isspace():
            run.append(chr(av))
            continue
        if run:
            choices.append(frozenset(["".join(run)]))
            run = []
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:  # (group, flags added, flags removed, items)
            found = _of_sequence(av[-1])
            if found:
                choices.append(found)
        elif op is C.BRANCH:
            alternatives = [_of_sequence(alternative) for alternative in av[1]]
            if all(alternatives):
                choices.append(frozenset().union(*alternatives))
        # anything else (a class, a repeat, an assertion) is not a sure literal: it only ends the run
    if run:
        choices.append(frozenset(["".join(run)]))
    if not choices:
        return None
    return max(choices, key=lambda literals: min(map(len, literals)))


@lru_cache(maxsize=64)
def may_match(pattern: str, text: str) -> bool:
    """False only when `pattern` can match nowhere in `text` (nor in slices of it joined by white space):
    whether `text` holds one of `required_literals(pattern)`.

    A sentence is asked about ~13 patterns (and windows of it about more): the literals of every pattern
    asked about so far are looked for in it in one pass (`_guards_in`), each pattern then only compares
    sets."""
    ids = _guard_ids(pattern)
    if ids is None:
        return True
    return not ids.isdisjoint(_guards_in(text, _guards[0]))


# The literals of the patterns may_match was asked about, each with its position in the list; the Vocabulary of
# all of them (replaced by a larger one when a pattern brings new literals: the positions stay).
_guard_positions: dict[str, int] = {}
_guards: list[Vocabulary] = []
_guard_ids_of: dict[str, frozenset[int] | None] = {}
_guard_lock = threading.Lock()


def _guard_ids(pattern: str) -> frozenset[int] | None:
    """The positions of `required_literals(pattern)` among the guards (None: the pattern has none), the
    pattern's literals added to the guards when first asked about."""
    try:
        return _guard_ids_of[pattern]
    except KeyError:
        pass
    with _guard_lock:
        literals = required_literals(pattern)
        if literals is not None:
            new = sorted(literal for literal in literals if literal not in _guard_positions)
            for literal in new:
                _guard_positions[literal] = len(_guard_positions)
            if new or not _guards:
                _guards[:] = [Vocabulary(_guard_positions)]  # (a dict's keys keep their order: the positions)
        ids = None if literals is None else frozenset(_guard_positions[literal] for literal in literals)
        _guard_ids_of[pattern] = ids
        return ids


@lru_cache(maxsize=16)
def _guards_in(text: str, guards: Vocabulary) -> set[int]:
    """The positions of the guards `text` holds (the Vocabulary passed along: a cached answer of a smaller
    one is never taken for the larger one's)."""
    return guards.positions_in(text)


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """`pattern.search(text)`, without the search when a literal every match holds is not in `text`: for the
    patterns most sentences hold no word of (a regex tries its alternatives at every position; the
    substring tests run in C)."""
    return pattern.search(text) if may_match(pattern.pattern, text) else None


class Vocabulary:
    """Which of a fixed list of words (any strings, not empty) occur in a text: one pass over the text in C
    (an Aho-Corasick automaton, pyahocorasick) instead of one `word in text` scan per word, each of which
    runs through the whole text when the word is not there (most of them, in most sentences)."""

    def __init__(self, words):
        self.words = tuple(words)
        self._automaton = ahocorasick.Automaton()
        for position, word in enumerate(self.words):
            assert word, "an empty word occurs everywhere"
            self._automaton.add_word(word, position)
        if self.words:
            self._automaton.make_automaton()

    def positions_in(self, text: str) -> set[int]:
        """The positions in `words` of the words `text` holds (`{i for i, w in enumerate(words) if w in text}`)."""
        if not self.words:
            return set()
        return {position for _end, position in self._automaton.iter(text)}

    def present_in(self, text: str) -> set[str]:
        """The words `text` holds, as a set."""
        return {self.words[position] for position in self.positions_in(text)}

    def found_in(self, text: str) -> list[str]:
        """The words `text` holds, in their order in `words` (`[w for w in words if w in text]`)."""
        return [self.words[position] for position in sorted(self.positions_in(text))]


_LATIN_LOWER = re.compile("[a-z]")


@lru_cache(maxsize=256)
def _literals_by_script(pattern: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """`required_literals(pattern)`, and those of them with no Latin letter (the same set when all are).

    Most sentences are Arabic, and most patterns alternate Arabic, French and English words: looking for a
    French or English literal in an Arabic sentence costs as much as for one that is there, and never finds it.
    """
    literals = required_literals(pattern)
    if literals is None:
        return None, None
    without_latin = frozenset(literal for literal in literals if _LATIN_LOWER.search(literal) is None)
    return literals, literals if without_latin == literals else without_latin


@lru_cache(maxsize=32)
def has_latin(text: str) -> bool:
    """Whether `text` holds a letter a-z (the Latin letters of a folded text but accented ones). Asked about
    the same sentence by every pass (numbers, periods, sources, each pattern's literals): in an Arabic
    sentence the answer takes a scan of the whole of it, made once."""
    return _LATIN_LOWER.search(text) is not None


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@lru_cache(maxsize=32)
def has_arabic(text: str) -> bool:
    """Whether `text` holds an Arabic letter (ء to ي): scanned once per text, as `has_latin`."""
    return _ARABIC_LETTER.search(text) is not None


def guarded(pattern: str) -> re.Pattern:
    """`pattern` compiled with a look-ahead on the characters its matches can start with, when they can be
    told: the same matches, but the regex engine leaves most positions after one character test instead of
    trying every alternative there (Python's engine does this by itself only for a plain alternation).
    A pattern the engine already skips through by itself (see _engine_skips) is compiled as it is: the
    look-ahead would hide its literal prefix or first characters from the engine and slow it down."""
    first = _first_class(_parser.parse(pattern))
    if first is None or first[1] or not first[0] or re.compile(pattern).flags & re.IGNORECASE:
        return re.compile(pattern)  # (a pattern that may match the empty string has no first character)
    if _engine_skips(pattern):
        return re.compile(pattern)
    return re.compile(f"(?=[{first[0]}])(?:{pattern})")


def _engine_skips(pattern: str) -> bool:
    """Whether the regex compiler found a literal prefix or a set of first characters for `pattern` (the
    INFO block it writes ahead of the code), with which the engine skips the positions no match starts at;
    it finds none when the pattern opens on an optional group or a look-behind."""
    code = _compiler._code(_parser.parse(pattern), 0)
    return code[0] == C.INFO and bool(code[2] & (C.SRE_INFO_PREFIX | C.SRE_INFO_CHARSET))


_CATEGORIES = {C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s", C.CATEGORY_DIGIT: r"\d"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _first_class(items) -> tuple[str, bool] | None:
    """(the inside of a character class holding every first character of a match of `items`, whether
    `items` can match the empty string), or None when that cannot be told."""
    parts: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes after it
        if op is C.LITERAL:
            return "".join(parts) + re.escape(chr(av)), False
        if op is C.IN:
            inside = _class_of(av)
            return None if inside is None else ("".join(parts) + inside, False)
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            found = _first_class(av[-1])
        elif op is C.BRANCH:
            alternatives = [_first_class(alternative) for alternative in av[1]]
            if any(alternative is None for alternative in alternatives):
                return None
            found = "".join(a[0] for a in alternatives), any(a[1] for a in alternatives)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, item = av
            inner = _first_class(item)
            if inner is None:
                return None
            found = inner[0], inner[1] or low == 0
        else:
            return None  # any character, a back reference…: not told
        if found is None:
            return None
        parts.append(found[0])
        if not found[1]:
            return "".join(parts), False
    return "".join(parts), True


def _class_of(items) -> str | None:
    inside = []
    for op, av in items:
        if op is C.LITERAL:
            inside.append(re.escape(chr(av)))
        elif op is C.RANGE:
            inside.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            inside.append(_CATEGORIES[av])
        else:
            return None  # a negated class or another category
    return "".join(inside)
