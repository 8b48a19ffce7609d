"""What a folder import takes for an article, and what it refuses to take as one."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Article, ImportRun

pytestmark = pytest.mark.django_db

ARTICLE = """تفكيك خلية إرهابية بطنجة
طنجة - أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك 12 خلية إرهابية خلال سنة 2023 بتنسيق مع إسبانيا.
"""


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
