"""A paste too long to be an article is refused by the form, in the editor's language, with the text
kept in the box; a body larger than the server reads at all gets a page saying so, never Django's bare
English "Bad Request (400)". The requests are encoded as the page's paste form declares."""

import re
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.urls import reverse

from claims.models import Article, ImportRun

pytestmark = pytest.mark.django_db

PARAGRAPH = (
    "الرباط - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 215 خلية إرهابية منذ سنة 2002، "
    "وتوقيف أكثر من 4300 شخص، بتنسيق مع السلطات الإسبانية والفرنسية. "
)
MB = 1024 * 1024


def arabic_text(megabytes: float) -> str:
    unit = PARAGRAPH.encode("utf-8")
    return PARAGRAPH * (int(megabytes * MB) // len(unit) + 1)


def post_paste_as_the_page_does(client, text: str):
    """What a browser sends for the paste form: its fields, encoded as its enctype says."""
    page = client.get(reverse("editors:article_add")).content.decode()
    form = re.search(r"<form[^>]*class=\"paste\"[^>]*>", page).group(0)
    fields = {
        "action": "paste",
        "text": text,
        "outlet": "هسبريس",
        "published": "2024-03-05",
        "title": "حصيلة",
        "url": "",
    }
    if 'enctype="multipart/form-data"' in form:
        return client.post(reverse("editors:article_add"), fields)
    return client.post(
        reverse("editors:article_add"), urlencode(fields), content_type="application/x-www-form-urlencoded"
    )


def test_a_10_mb_paste_is_refused_by_the_form_in_arabic_and_the_text_is_kept(client, editor):
    client.force_login(editor)
    text = arabic_text(10)
    assert len(text.encode("utf-8")) > 10 * MB

    response = post_paste_as_the_page_does(client, text)

    assert response.status_code == 400
    form = response.context["paste_form"]
    assert "مقال" in " ".join(form.errors["text"])  # the form's own message, in Arabic
    assert form["text"].value() == text  # the box still holds every character pasted
    assert text[-200:] in response.content.decode()
    assert not Article.objects.exists() and not ImportRun.objects.exists()


def test_a_long_article_pasted_is_imported(client, editor):
    client.force_login(editor)
    text = arabic_text(0.05)  # 50 KB: the longest news articles
    response = post_paste_as_the_page_does(client, text)
    assert response.status_code == 200
    assert [outcome.status for outcome in response.context["outcomes"]] == ["new"]


def test_a_body_over_what_the_server_reads_gets_a_page_in_the_readers_language(client, editor):
    client.force_login(editor)
    text = arabic_text(settings.DATA_UPLOAD_MAX_MEMORY_SIZE / MB + 1)

    response = post_paste_as_the_page_does(client, text)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Bad Request" not in page
    assert 'lang="ar"' in page and "ميغابايت" in page


def test_a_one_paragraph_paste_with_its_title_in_its_box_keeps_its_figures(client, editor):
    client.force_login(editor)
    response = post_paste_as_the_page_does(client, PARAGRAPH.strip())
    assert response.status_code == 200
    [outcome] = response.context["outcomes"]
    assert outcome.status == "new" and outcome.claims >= 1
