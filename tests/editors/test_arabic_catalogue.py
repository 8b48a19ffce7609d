"""The Arabic catalogue is whole, and the editors' pages speak Arabic in the Arabic interface.

The first test fails on any message of locale/ar without its translation (an empty msgstr, or an
empty plural form) and on any fuzzy entry (a guess makemessages left for a translator to check).
"""

import gettext
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from claims.findings import refresh_findings
from claims.models import Finding
from claims.services import confirm_finding, correct_claim, reject_claim

from .factories import cells_total

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "ar" / "LC_MESSAGES"


def catalogue():
    with open(LOCALE / "django.po", "rb") as handle:
        return read_po(handle, locale="ar")


def test_every_message_of_the_arabic_catalogue_has_its_translation():
    untranslated = [
        message.id
        for message in catalogue()
        if message.id and (not message.string if isinstance(message.string, str) else not all(message.string))
    ]
    assert untranslated == []


def test_no_message_of_the_arabic_catalogue_is_fuzzy():
    assert [message.id for message in catalogue() if message.id and message.fuzzy] == []


def test_the_compiled_catalogue_holds_every_translation():
    with open(LOCALE / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for message in catalogue():
        if not message.id or isinstance(message.id, tuple):
            continue
        if compiled.gettext(message.id) != message.string:
            stale.append(message.id)
    assert stale == [], "run manage.py compilemessages"


# Latin words an Arabic page may show: values, not interface words.
ALLOWED = {
    "zip",
    "tar",
    "ctfacts",
    "nadia",
    "Africa",
    "Casablanca",
    "UTC",
    "URL",
    "JSON",
    "CSV",
    "DGST",
    "BCIJ",
    "DGSN",
}


# Elements whose text is a value, not interface words: isolated values, code, form fields, the article's
# text and its sentences, left-to-right or auto-direction runs, and the engine's English explanation.
VALUE_TAGS = {"bdi", "code", "textarea", "select", "option", "blockquote", "script", "style", "title"}
VALUE_CLASSES = {"explanation", "body"}
VOID_TAGS = {"input", "br", "img", "meta", "link", "hr", "source", "wbr"}


class InterfaceText(HTMLParser):
    """The text of <main> outside the elements that hold values."""

    def __init__(self):
        super().__init__()
        self.stack: list[bool] = []  # for each open element: does it (or an ancestor) hold a value?
        self.in_main = 0
        self.words: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        attrs = dict(attrs)
        value = (
            tag in VALUE_TAGS
            or attrs.get("dir") in ("ltr", "auto")
            or bool(VALUE_CLASSES & set((attrs.get("class") or "").split()))
        )
        self.stack.append(value or (bool(self.stack) and self.stack[-1]))
        self.in_main += tag == "main"

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or not self.stack:
            return
        self.stack.pop()
        self.in_main -= tag == "main"

    def handle_data(self, data):
        if self.in_main and not (self.stack and self.stack[-1]):
            self.words += re.findall(r"[A-Za-z]{3,}", data)


def english_words(page: str) -> list[str]:
    """Latin words in the interface text of a page's <main>."""
    parser = InterfaceText()
    parser.feed(page)
    return sorted({word for word in parser.words if word not in ALLOWED})


@pytest.fixture
def worked(editor):
    cells_total("a.txt", 210, date(2022, 1, 10))
    cells_total("b.txt", 215, date(2023, 1, 10))
    stale = cells_total("c.txt", 190, date(2024, 6, 1))
    spike = cells_total("d.txt", 2009, date(2021, 6, 1))
    refresh_findings()
    for finding in Finding.objects.all():
        confirm_finding(finding=finding, editor=editor, note="ملاحظة")
    correct_claim(claim=spike, editor=editor, value=209, org="DGST", note="خطأ مطبعي", public_note="صُحّح")
    reject_claim(claim=stale, editor=editor, note="ليس رقما", public_note="سُحب")
    return spike


@pytest.mark.django_db
def test_the_editors_pages_have_no_english_words_in_arabic(editor, worked):
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(editor)
    pages = [
        reverse("editors:queue") + "?status=",
        reverse("editors:review") + "?state=",
        reverse("editors:claim_history", args=[worked.pk]),
        reverse("editors:claim_correct", args=[worked.pk]),
        reverse("editors:claim_reject", args=[worked.pk]),
        reverse("editors:article_review", args=[worked.article_id]),
        reverse("editors:article_correct", args=[worked.article_id]),
        reverse("editors:flag", args=[Finding.objects.first().flags.get().pk]),
        reverse("editors:finding", args=[Finding.objects.first().pk]),
        reverse("editors:article_add"),
        reverse("corrections"),
    ]
    found = {url: english_words(client.get(url).content.decode()) for url in pages}
    assert {url: words for url, words in found.items() if words} == {}


@pytest.mark.django_db
def test_an_upload_result_names_each_file_and_its_reason_in_arabic(editor):
    """The upload's result is its import job's page (ingest/): each file's reason in Arabic."""
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(editor)
    response = client.post(
        reverse("editors:article_add"),
        {
            "action": "upload",
            "files": [SimpleUploadedFile("empty.txt", b""), SimpleUploadedFile("b.txt", b"\x00\x01" * 50)],
        },
        follow=True,
    )
    page = response.content.decode()
    assert '<bdi class="reason">ملف فارغ</bdi>' in page
    assert '<bdi class="reason">ليس ملفا نصيا (بيانات ثنائية)</bdi>' in page
