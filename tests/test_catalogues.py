"""The Arabic and French interfaces are complete: every message of every catalogue (the project's
locale/ and each app's own, publishing/locale/) translated, none left fuzzy, the placeholders kept,
Arabic written with Arabic punctuation; and the compiled catalogues are current."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["ar", "fr"]
CATALOGUES = [
    pytest.param(po, language, id=f"{po.relative_to(ROOT).parts[0]}-{language}")
    for language in LANGUAGES
    for po in [ROOT / "locale" / language / "LC_MESSAGES" / "django.po"]
    + sorted(ROOT.glob(f"*/locale/{language}/LC_MESSAGES/django.po"))
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|%\(\w+\)0\d[sdi]|%\(\w+\)\.\df|\{\w*\}|%%")
# A Latin comma, semicolon or question mark touching Arabic text ("، ؛ ؟" are the Arabic ones).
LATIN_PUNCTUATION_IN_ARABIC = re.compile(r"[\u0600-\u06ff][)»]?\s*[,;?]|[,;?]\s*[\u0600-\u06ff]")


def catalogue(po: Path, language: str):
    with open(po, "rb") as source:
        return read_po(source, locale=language)


def translations(message) -> tuple:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_french_has_a_catalogue_wherever_arabic_has_one():
    arabic = {po.parent.parent.parent for po in ROOT.glob("*/locale/ar/LC_MESSAGES/django.po")}
    french = {po.parent.parent.parent for po in ROOT.glob("*/locale/fr/LC_MESSAGES/django.po")}
    assert arabic == french


@pytest.mark.parametrize(("po", "language"), CATALOGUES)
def test_every_message_is_translated(po, language):
    untranslated = [m.id for m in catalogue(po, language) if m.id and not all(translations(m))]
    assert untranslated == []


@pytest.mark.parametrize(("po", "language"), CATALOGUES)
def test_no_translation_is_left_fuzzy(po, language):
    assert [m.id for m in catalogue(po, language) if m.id and m.fuzzy] == []


@pytest.mark.parametrize(("po", "language"), CATALOGUES)
def test_translations_keep_the_placeholders(po, language):
    wrong = []
    for message in catalogue(po, language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        for text in translations(message):
            # a plural form may leave the count out ("صفحة واحدة"), never add an unknown placeholder
            found = set(PLACEHOLDER.findall(text))
            if not found <= wanted or (len(ids) == 1 and found != wanted):
                wrong.append((message.id, text))
    assert wrong == []


@pytest.mark.parametrize("po", [p.values[0] for p in CATALOGUES if p.values[1] == "ar"])
def test_arabic_is_punctuated_with_arabic_marks(po):
    latin = [
        (m.id, text)
        for m in catalogue(po, "ar")
        if m.id
        for text in translations(m)
        if LATIN_PUNCTUATION_IN_ARABIC.search(text)
    ]
    assert latin == []


@pytest.mark.parametrize(("po", "language"), CATALOGUES)
def test_the_compiled_catalogue_holds_every_translation(po, language):
    def key(message):
        return tuple(message.id) if isinstance(message.id, list | tuple) else message.id

    def value(message):
        return tuple(message.string) if isinstance(message.string, list | tuple) else message.string

    with open(po.with_suffix(".mo"), "rb") as mo:
        compiled = {key(m): value(m) for m in read_mo(mo) if m.id}
    source = {key(m): value(m) for m in catalogue(po, language) if m.id}
    assert {k: v for k, v in source.items() if compiled.get(k) != v} == {}


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize(("po", "language"), CATALOGUES)
def test_msgfmt_finds_no_error(po, language):
    done = subprocess.run(
        ["msgfmt", "--check-format", "-o", "/dev/null", str(po)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
