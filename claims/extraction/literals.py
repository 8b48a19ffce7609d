"""The literal pieces every match of a pattern contains: a substring test that can rule a regex out.

`required_literals(pattern)` is a set of strings, none holding white space, such that every match of the
pattern contains at least one of them (or None when the pattern is not simple enough to tell). So when
none of them occurs in a text, the pattern matches nowhere in the text nor in any string made of slices
of it joined by white space (a figure's scope: the words before it, a space, the words after it): a
piece without white space that occurs in such a string lies within one slice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # the regex parser's opcodes
from re import _parser


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
    """False only when `pattern` can match nowhere in `text` (nor in slices of it joined by white space)."""
    literals = required_literals(pattern)
    return literals is None or any(literal in text for literal in literals)
