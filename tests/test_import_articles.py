"""`manage.py import_articles`: files and folders in, whole articles out, bad files named."""

import pytest
from django.core.management import call_command

from claims.models import Article, Claim, ImportRun, Source
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db

CLEAN_ARTICLE = (
    "تفكيك خلية إرهابية جديدة\n"
    "الرباط - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك خلية إرهابية تتكون من أربعة عناصر.\n"
    "وتم حجز أسلحة بيضاء ومعدات إلكترونية.\n"
)


def run_import(*paths):
    """Run the command; return (exit code, printed text)."""
    from io import StringIO

    out = StringIO()
    try:
        call_command("import_articles", *[str(p) for p in paths], stdout=out, stderr=StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()


def test_it_imports_the_five_seeds_with_their_outlets_and_dates():
    code, out = run_import(SEEDS)
    assert code == 0
    assert "5 new" in out
    agora = Article.objects.get(file_name="001_ac3f4d661c3c58c8.txt")
    assert agora.source.name == "أكورا بريس"
    assert agora.source.slug == "agora-press"
    assert agora.published.isoformat() == "2020-11-17"
    assert agora.title == "الاستباقية.. حجر الزاوية في المقاربة المغربية لمكافحة الإرهاب"


def test_it_keeps_the_sidebar_out_of_the_article():
    run_import(SEEDS)
    barlamane = Article.objects.get(file_name="000_ff5abce160ac591a.txt")
    assert "لبؤات الأطلس" not in barlamane.body
    assert "لبؤات الأطلس" not in barlamane.title
    assert "انقر هنا لقراءة الخبر من مصدره" not in barlamane.body


def test_it_reads_the_dateline_of_a_clean_article():
    run_import(SEEDS)
    article = Article.objects.get(file_name="003_26bc6d3920ec8b63.txt")
    assert article.dateline == "الرباط"
    assert article.source is None


def test_importing_the_same_bytes_again_changes_nothing():
    run_import(SEEDS)
    counts = (Article.objects.count(), Claim.objects.count(), Source.objects.count())
    code, out = run_import(SEEDS)
    assert code == 0
    assert "5 unchanged" in out
    assert (Article.objects.count(), Claim.objects.count(), Source.objects.count()) == counts


def test_it_rejects_an_empty_file_by_name_and_imports_the_rest(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    code, out = run_import(tmp_path)
    assert code == 1
    assert "empty.txt: rejected: empty file" in out
    assert Article.objects.filter(file_name="good.txt").exists()
    assert not Article.objects.filter(file_name="empty.txt").exists()


def test_it_rejects_a_binary_file_with_a_reason(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    code, out = run_import(tmp_path)
    assert code == 1
    assert "photo.txt: rejected: not a text file" in out
    assert Article.objects.count() == 0


def test_it_reports_a_missing_file_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    code, out = run_import(tmp_path / "missing.txt", tmp_path / "good.txt")
    assert code == 1
    assert "missing.txt: rejected: file not found" in out
    assert Article.objects.filter(file_name="good.txt").exists()


def test_it_reads_windows_1256_arabic(tmp_path):
    (tmp_path / "cp1256.txt").write_bytes(CLEAN_ARTICLE.encode("cp1256"))
    code, _out = run_import(tmp_path)
    assert code == 0
    article = Article.objects.get()
    assert article.encoding == "windows-1256"
    assert "المكتب المركزي للأبحاث القضائية" in article.body


def test_it_reads_utf16_with_a_bom(tmp_path):
    (tmp_path / "utf16.txt").write_bytes(CLEAN_ARTICLE.encode("utf-16"))
    code, _out = run_import(tmp_path)
    assert code == 0
    assert "المكتب المركزي" in Article.objects.get().body


def test_it_strips_the_utf8_bom_and_windows_line_endings(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + CLEAN_ARTICLE.replace("\n", "\r\n").encode())
    run_import(tmp_path)
    article = Article.objects.get()
    assert "\r" not in article.body
    assert article.title == "تفكيك خلية إرهابية جديدة"


def test_it_imports_folders_recursively(tmp_path):
    (tmp_path / "2024" / "09").mkdir(parents=True)
    (tmp_path / "2024" / "09" / "deep.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    code, _out = run_import(tmp_path)
    assert code == 0
    assert Article.objects.filter(file_name="deep.txt").exists()


def test_a_changed_file_imported_with_replace_updates_its_article_instead_of_duplicating_it(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(CLEAN_ARTICLE, encoding="utf-8")
    run_import(path)
    path.write_text(CLEAN_ARTICLE.replace("أربعة", "خمسة"), encoding="utf-8")
    code, out = run_import(path, "--replace")
    assert code == 0
    assert "1 updated" in out
    assert Article.objects.count() == 1
    assert "خمسة" in Article.objects.get().body


def test_each_run_is_recorded_with_counts_and_rejections(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "good.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    run_import(tmp_path)
    run = ImportRun.objects.get()
    assert (run.status, run.new, run.rejected) == ("finished", 1, 1)
    assert run.rejections == [{"file": "empty.txt", "reason": "empty file"}]


def test_each_claim_is_saved_with_the_engines_confidence(tmp_path):
    (tmp_path / "clean.txt").write_text(
        "حصيلة\nالرباط - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 84 خلية إرهابية منذ 2015.\n",
        encoding="utf-8",
    )
    run_import(tmp_path)
    claim = Claim.objects.get()
    assert 0.5 < claim.confidence <= 1
