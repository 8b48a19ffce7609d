"""Outlets' Latin slugs and the other names readers know them by.

A slug is what a URL carries (`/sources/hespress/`): an outlet's own Latin name when it has one,
else a readable transliteration of its Arabic name ("الواحة نيوز" -> `al-waha-niwz`, where a
letter-by-letter transliteration gave `lwh-nywz`). The same outlet prints its name in Arabic on one
site and in Latin letters on another ("هسبريس" / "Hespress"): both are its names, and a reader may
type either, in any case, with or without hamza (claims/reader_names.py).
"""

from __future__ import annotations

import re
import unicodedata

from django.utils.text import slugify
from unidecode import unidecode

from claims.extraction.normalize import fold

# (slug, the names the outlet prints or is known by): Moroccan and international outlets that
# report on Morocco's security record, each under its own Latin name.
KNOWN_OUTLETS: list[tuple[str, tuple[str, ...]]] = [
    ("hespress", ("هسبريس", "Hespress", "Hespress.com")),
    ("hespress-fr", ("Hespress FR", "هسبريس فرانكفونية", "Hespress Français")),
    ("hespress-en", ("Hespress English", "هسبريس الإنجليزية")),
    ("barlamane", ("برلمان", "Barlamane", "برلمان كوم", "Barlamane.com")),
    ("le360", ("Le360", "لو360", "Le 360", "Le360.ma")),
    ("medias24", ("Médias24", "Medias24", "ميدياس 24")),
    ("agora-press", ("أكورا بريس", "Agora Press", "Agorapress")),
    ("alyaoum24", ("اليوم 24", "Alyaoum24", "Alyaoum 24")),
    ("alayam24", ("الأيام 24", "Alayam24", "Alayam 24")),
    ("assabah", ("الصباح", "Assabah")),
    ("almassae", ("المساء", "Almassae", "Al Massae")),
    ("ahdath-info", ("الأحداث المغربية", "Al Ahdath Al Maghribia", "Ahdath Info", "أحداث أنفو")),
    ("al3omk", ("العمق المغربي", "Al3omk", "Alomk")),
    ("goud", ("كود", "Goud")),
    ("madar21", ("مدار21", "مدار 21", "Madar21")),
    ("hibapress", ("هبة بريس", "Hibapress", "Hiba Press")),
    ("chouftv", ("شوف تي في", "شوف تيفي", "Chouf TV", "ChoufTV")),
    ("aljarida24", ("الجريدة 24", "Aljarida24")),
    ("febrayer", ("فبراير", "فبرايركوم", "فبراير كوم", "Febrayer")),
    ("rue20", ("زنقة 20", "Rue20", "Rue 20")),
    ("assahra", ("الصحراء المغربية", "Assahra Al Maghribia", "Le Matin du Sahara")),
    ("kafapress", ("كفى بريس", "Kafapress")),
    ("rissalat-al-oumma", ("رسالة الأمة", "Rissalat Al Oumma")),
    ("almaghrib-alan", ("المغرب الآن", "Al Maghrib Al An")),
    ("almaghrib-alan24", ("المغرب الآن 24", "Al Maghrib Al An 24")),
    ("akhbarona", ("أخبارنا", "Akhbarona")),
    ("lematin", ("Le Matin", "لوماتان")),
    ("telquel", ("TelQuel", "تيل كيل")),
    ("yabiladi", ("Yabiladi", "يابلادي")),
    ("h24info", ("H24info", "H24")),
    ("lopinion", ("L'Opinion", "لوبينيون")),
    ("ledesk", ("Le Desk", "لوديسك")),
    ("morocco-world-news", ("Morocco World News", "موروكو وورلد نيوز")),
    ("north-africa-post", ("The North Africa Post", "North Africa Post")),
    ("map", ("MAP", "لاماب", "وكالة المغرب العربي للأنباء", "Maghreb Arabe Presse")),
    ("afp", ("AFP", "وكالة الأنباء الفرنسية", "Agence France-Presse")),
    ("efe", ("EFE", "وكالة إيفي", "Agencia EFE")),
    ("reuters", ("Reuters", "رويترز")),
]


def name_key(name: str) -> str:
    """What two spellings of one name share: folded (hamza, case, Arabic-Indic digits), accents off,
    spaces and punctuation dropped ("Le 360" and "le360", "هبة بريس" and "هبه بريس")."""
    return "".join(ch for ch in _strip_accents(fold(name)) if ch.isalnum())


def _strip_accents(text: str) -> str:
    # NFKD splits "é" into "e" and a combining accent; Arabic letters decompose to themselves
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_KNOWN_BY_KEY: dict[str, tuple[str, tuple[str, ...]]] = {
    name_key(name): (slug, names) for slug, names in KNOWN_OUTLETS for name in names
}


def known_outlet(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(slug, names) of a known outlet called `name` in any of its spellings, else None."""
    return _KNOWN_BY_KEY.get(name_key(name))


# A transliteration that keeps long vowels (ا و ي) and the article, so a slug can be read aloud.
_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "ch", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "dh", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a", "ء": "", "ئ": "i", "ؤ": "ou", "پ": "p",
    "ڤ": "v", "گ": "g", "ڭ": "g",
}  # fmt: skip
_VOWEL_LETTERS = set("اأإآى")
_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def _transliterate_word(word: str) -> str:
    out, previous = [], ""
    if word.startswith("ال") and len(word) > 3:
        out.append("al-")
        word = word[2:]
    for i, ch in enumerate(word):
        if ch in "وي":
            at_start = i == 0 or previous in _VOWEL_LETTERS
            out.append(("w" if ch == "و" else "y") if at_start else ("ou" if ch == "و" else "i"))
        elif ch in _LETTERS:
            out.append(_LETTERS[ch])
        else:
            out.append(unidecode(ch))
        previous = ch
    return "".join(out)


def transliterated(name: str) -> str:
    """A readable Latin form of an Arabic name ("الواحة نيوز" -> "al-waha niwz")."""
    return " ".join(_transliterate_word(word) for word in _TASHKEEL.sub("", name).split())


def latin_slug(name: str) -> str:
    known = known_outlet(name)
    if known:
        return known[0]
    return slugify(transliterated(name))[:190]
