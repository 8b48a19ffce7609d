"""What the importer takes for an article, and what it refuses to take as one: data files in a folder,
a page whose markup yields no readable text, a publication date later than today."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from claims.models import Article, ImportRun

pytestmark = pytest.mark.django_db

ARTICLE = """تفكيك خلية إرهابية بطنجة
طنجة - أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك 12 خلية إرهابية خلال سنة 2023 بتنسيق مع إسبانيا.
"""
# An aggregator's page as saved: the byline gives the outlet and the date.
FAR_FUTURE = """المغرب يواصل تفكيك الخلايا الإرهابية
نشر في Le360 يوم 31 - 12 - 9999
الرباط - قال المكتب المركزي للأبحاث القضائية إنه فكك 150 خلية إرهابية منذ سنة 2002.
"""
NESTED_DEPTH = 100_000


def nested_page() -> str:
    """An article inside 100,000 nested <div>s: deeper than any HTML parser builds a tree."""
    figure = "<p>أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 215 خلية إرهابية منذ سنة 2002.</p>"
    return (
        "<html><head><title>تفكيك خلية</title></head><body>"
        + "<div>" * NESTED_DEPTH
        + figure
        + "</div>" * NESTED_DEPTH
        + "</body></html>"
    )


def command(*args) -> str:
    out = StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=StringIO())
    except SystemExit:
        pass
    return out.getvalue()


def test_a_folder_import_skips_data_files_and_saved_page_assets(tmp_path):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "truth.jsonl").write_text('{"file": "story.txt", "claims": [{"value": 12}]}\n' * 3)
    (tmp_path / "scores.tsv").write_text("file\tf1\nstory.txt\t1.0\n")
    assets = tmp_path / "story_files"
    assets.mkdir()
    (assets / "jquery.js").write_text("var x = 12; // 215 cells")
    (assets / "style.css").write_text("body { margin: 0 }")
    out = command(tmp_path)
    assert Article.objects.count() == 1 and Article.objects.get().file_name == "story.txt"
    assert "truth.jsonl" not in out and "jquery.js" not in out
    assert ImportRun.objects.get().rejected == 0


@pytest.mark.parametrize("bulk", [False, True], ids=["per-file", "bulk"])
def test_a_page_in_100k_nested_divs_is_rejected_as_unreadable_and_the_rest_imports(tmp_path, bulk):
    (tmp_path / "nested.html").write_text(nested_page(), encoding="utf-8")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    out = command(tmp_path, *(["--bulk"] if bulk else []))
    assert "nested.html: rejected: no readable text" in out
    assert list(Article.objects.values_list("file_name", flat=True)) == ["story.txt"]
    assert ImportRun.objects.get().rejections[0]["file"] == "nested.html"


@pytest.mark.parametrize("bulk", [False, True], ids=["per-file", "bulk"])
def test_a_publication_date_of_9999_12_31_is_dropped_with_a_warning(tmp_path, bulk):
    (tmp_path / "future.txt").write_text(FAR_FUTURE, encoding="utf-8")
    out = command(tmp_path, *(["--bulk"] if bulk else []))
    article = Article.objects.get()
    assert article.published is None
    assert article.claims.exists()  # the text and its figures are kept
    assert "9999-12-31 is later than today" in out
    assert ImportRun.objects.get().warnings == [
        {
            "file": "future.txt",
            "warning": "publication date 9999-12-31 is later than today: dropped, the article is undated",
        }
    ]


def test_todays_and_tomorrows_dates_are_kept(tmp_path):
    tomorrow = timezone.localdate() + timedelta(days=1)
    text = FAR_FUTURE.replace("31 - 12 - 9999", f"{tomorrow:%d - %m - %Y}")
    (tmp_path / "tomorrow.txt").write_text(text, encoding="utf-8")
    command(tmp_path)
    assert Article.objects.get().published == tomorrow


def test_the_paste_form_refuses_a_date_later_than_today(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("editors:article_add"),
        {"action": "paste", "text": ARTICLE, "outlet": "هسبريس", "published": date(2099, 1, 1).isoformat()},
    )
    assert response.status_code == 400
    assert response.context["paste_form"].errors["published"]
    assert not Article.objects.exists()


def test_a_one_line_file_is_rejected_with_what_to_do(tmp_path):
    (tmp_path / "one-line.txt").write_text(ARTICLE.splitlines()[1], encoding="utf-8")
    out = command(tmp_path)
    assert "one-line.txt: rejected: no article text: the file is one line, read as the title" in out
    assert not Article.objects.exists()
