"""Outlets and countries as readers type them: any of the three languages, any spelling.

"هسبريس", "Hespress" and "hespress" name one outlet; "إسبانيا", "اسبانيا", "Espagne", "Spain" and "es"
one country. Names are compared by `claims.slugs.name_key` (folded: hamza, alef maqsura, taa
marbuta, case, accents, spaces and punctuation never decide).
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale
from django.utils.translation import get_language

from claims.extraction.country_names import ARABIC_EXTRA_NAMES, EXCLUDED_CODES, FRENCH_EXTRA_NAMES
from claims.slugs import name_key

ISO2 = re.compile(r"^[A-Za-z]{2}$")
LANGUAGES = ("ar", "fr", "en")


def matching_sources(text: str, sources) -> list:
    """The outlets `text` names: those with that name, alias or slug in any spelling; failing that,
    those with a name containing it ("Hespress" finds "Hespress FR" only when no outlet is called
    "Hespress" itself)."""
    key = name_key(text)
    if not key:
        return []
    sources = list(sources)
    exact = [s for s in sources if key in {name_key(n) for n in (*s.names, s.slug)}]
    if exact:
        return exact
    return [s for s in sources if any(key in name_key(n) for n in (*s.names, s.slug))]


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Folded name -> ISO code, from CLDR's names in Arabic, French and English and the press's own
    spellings that the extraction engine knows (claims/extraction/country_names.py)."""
    index: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in EXCLUDED_CODES:
                index.setdefault(name_key(re.sub(r"\s*\(.*?\)", "", name)), code)
                index.setdefault(name_key(name), code)
    for extras in (ARABIC_EXTRA_NAMES, FRENCH_EXTRA_NAMES):
        for code, names in extras.items():
            for name in names:
                index.setdefault(name_key(name), code)
    index.pop("", None)
    return index


def country_code(text: str) -> str | None:
    """The ISO code of the country `text` names (a code such as "ES", or a name), else None."""
    text = text.strip()
    if ISO2.match(text):
        return text.upper()
    return _country_index().get(name_key(text))


def country_name(code: str, language: str | None = None) -> str:
    """CLDR's name of a country in the reader's language."""
    language = (language or get_language() or "ar")[:2]
    return Locale(language if language in LANGUAGES else "ar").territories.get(code, code)
