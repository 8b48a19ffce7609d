"""A regex alternation of literal words, written as a trie.

"form1|form2|..." with the longest forms first makes the regex engine try every form, one after the
other, at each position of a text. The trie ("ال(?:عراق|م(?:غرب|انيا))") tests one character per
branch instead. Where several forms match at a position it still tries them from the longest to the
shortest (a form that ends where longer ones go on is a greedy optional group), so it matches exactly
what the longest-first alternation matches, in any context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(forms: Iterable[str]) -> str:
    """A pattern matching any of `forms` (literal text), preferring the longest where several match."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern
