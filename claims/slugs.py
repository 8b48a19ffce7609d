"""Latin slugs for outlet names printed in Arabic, for stable, shareable URLs."""

from django.utils.text import slugify
from unidecode import unidecode

from claims.extraction.normalize import fold

# Outlets whose own Latin name differs from a letter-by-letter transliteration.
KNOWN_OUTLETS = {
    "برلمان": "barlamane",
    "اكورا بريس": "agora-press",
    "هسبريس": "hespress",
    "هسبريس فرانكفونية": "hespress-fr",
    "اليوم 24": "alyaoum24",
    "الصباح": "assabah",
    "المساء": "almassae",
    "الاحداث المغربيه": "ahdath-info",
    "العمق المغربي": "al3omk",
    "كود": "goud",
    "لو360": "le360",
    "مدار21": "madar21",
    "هبه بريس": "hibapress",
    "شوف تي في": "chouftv",
    "الجريده 24": "aljarida24",
    "فبرايركوم": "febrayer",
    "زنقه 20": "rue20",
}


def latin_slug(name: str) -> str:
    known = KNOWN_OUTLETS.get(fold(name).strip())
    if known:
        return known
    return slugify(unidecode(name))[:190]
