"""The Arabic and French interfaces are complete: every message translated, none left fuzzy, the
placeholders kept, Arabic written with Arabic punctuation; and the compiled catalogues are current."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ["ar", "fr"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|%\(\w+\)0\d[sdi]|\{\w*\}|%%")
# A Latin comma, semicolon or question mark touching Arabic text ("، ؛ ؟" are the Arabic ones).
LATIN_PUNCTUATION_IN_ARABIC = re.compile(r"[\u0600-\u06ff][)»]?\s*[,;?]|[,;?]\s*[\u0600-\u06ff]")


def catalogue(language: str):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=language)


def translations(message) -> tuple:
    return message.string if isinstance(message.string, tuple) else (message.string,)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    untranslated = [m.id for m in catalogue(language) if m.id and not all(translations(m))]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_left_fuzzy(language):
    assert [m.id for m in catalogue(language) if m.id and m.fuzzy] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = []
    for message in catalogue(language):
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


def test_arabic_is_punctuated_with_arabic_marks():
    latin = [
        (m.id, text)
        for m in catalogue("ar")
        if m.id
        for text in translations(m)
        if LATIN_PUNCTUATION_IN_ARABIC.search(text)
    ]
    assert latin == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_holds_every_translation(language):
    def key(message):
        return tuple(message.id) if isinstance(message.id, list | tuple) else message.id

    def value(message):
        return tuple(message.string) if isinstance(message.string, list | tuple) else message.string

    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as mo:
        compiled = {key(m): value(m) for m in read_mo(mo) if m.id}
    source = {key(m): value(m) for m in catalogue(language) if m.id}
    assert {k: v for k, v in source.items() if compiled.get(k) != v} == {}


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_msgfmt_finds_no_error(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    done = subprocess.run(
        ["msgfmt", "--check-format", "-o", "/dev/null", str(po)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
