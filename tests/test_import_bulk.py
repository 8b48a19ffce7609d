"""`import_paths(..., bulk=True)` / `import_articles --bulk`: the archive path gives the per-file outcomes."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.importer import import_paths
from claims.importer_bulk import import_in_batches
from claims.management.commands.generate_corpus import generate
from claims.models import Article, ArticleCountry, Claim

pytestmark = pytest.mark.django_db

CLEAN_ARTICLE = (
    "حصيلة جديدة للأجهزة الأمنية\n"
    "الرباط - وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 207 خلايا إرهابية "
    "بالمغرب منذ سنة 2002.\n"
)


@pytest.fixture
def archive(tmp_path):
    generate(tmp_path, 12, 11)
    (tmp_path / "truth.jsonl").unlink()  # not an article
    return tmp_path


def snapshot():
    return {
        article.file_name: (
            article.title,
            article.published,
            article.source.name if article.source else None,
            sorted(Claim.objects.filter(article=article).values_list("identity", "value", "period_type")),
            sorted(ArticleCountry.objects.filter(article=article).values_list("country__code", "start")),
        )
        for article in Article.objects.select_related("source")
    }


def statuses(files, **options):
    return sorted((o.file, o.status) for o in import_in_batches(files, workers=1, **options))


def test_bulk_import_stores_the_same_rows_as_the_per_file_path(archive):
    import_paths([archive], bulk=True)
    bulk = snapshot()
    Article.objects.all().delete()
    import_paths([archive])
    assert snapshot() == bulk
    assert len(bulk) == 12


def test_bulk_import_extracts_in_a_pool_of_processes(archive):
    outcomes = list(import_in_batches(sorted(archive.iterdir()), workers=2, batch_size=5))
    assert [o.status for o in outcomes] == ["new"] * 12
    assert Article.objects.count() == 12


def test_importing_the_same_archive_again_changes_nothing(archive):
    files = sorted(archive.iterdir())
    statuses(files)
    claims = Claim.objects.count()
    assert {status for _, status in statuses(files)} == {"unchanged"}
    assert Claim.objects.count() == claims


def test_bad_files_are_rejected_by_name_and_the_rest_imported(archive):
    (archive / "empty.txt").write_bytes(b"")
    (archive / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    outcomes = {o.file: o for o in import_in_batches(sorted(archive.iterdir()), workers=1, batch_size=4)}
    assert outcomes["empty.txt"].status == "rejected" and "empty" in outcomes["empty.txt"].reason
    assert outcomes["photo.txt"].status == "rejected"
    assert Article.objects.count() == 12


def test_a_missing_file_is_reported_and_the_batch_goes_on(archive):
    files = [*sorted(archive.iterdir()), archive / "gone.txt"]
    outcomes = {o.file: o.status for o in import_in_batches(files, workers=1)}
    assert outcomes["gone.txt"] == "rejected"
    assert Article.objects.count() == 12


def test_a_changed_file_replacing_its_article_updates_it_instead_of_duplicating_it(tmp_path):
    path = tmp_path / "rabat.txt"
    path.write_text(CLEAN_ARTICLE, encoding="utf-8")
    statuses([path])
    path.write_text(CLEAN_ARTICLE.replace("207", "215"), encoding="utf-8")
    assert statuses([path], replace=True) == [("rabat.txt", "updated")]
    assert Article.objects.filter(file_name="rabat.txt").count() == 1


def test_another_file_with_a_known_name_is_a_new_article_and_the_first_stays(tmp_path):
    first, second = tmp_path / "gen1000b" / "index.txt", tmp_path / "gen2000" / "index.txt"
    for path, text in ((first, CLEAN_ARTICLE), (second, CLEAN_ARTICLE.replace("207", "215"))):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    assert statuses([first]) == [("index.txt", "new")]
    assert statuses([second]) == [("index.txt", "new")]
    assert Article.objects.filter(file_name="index.txt").count() == 2


def test_two_files_with_one_name_in_one_batch_are_two_articles(tmp_path):
    for folder, figure in (("a", "207"), ("b", "215")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_text(CLEAN_ARTICLE.replace("207", figure), encoding="utf-8")
    files = [tmp_path / "a" / "index.txt", tmp_path / "b" / "index.txt"]
    assert statuses(files) == [("index.txt", "new"), ("index.txt", "new")]
    assert Article.objects.count() == 2


def test_the_same_bytes_twice_in_one_run_are_saved_once(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    (tmp_path / "copy-of-a.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    assert statuses(sorted(tmp_path.iterdir())) == [("a.txt", "new"), ("copy-of-a.txt", "unchanged")]
    assert Article.objects.count() == 1


def test_the_import_command_takes_a_bulk_flag(archive):
    out = StringIO()
    call_command("import_articles", str(archive), "--bulk", "--quiet", stdout=out, stderr=StringIO())
    assert "12 new" in out.getvalue()
