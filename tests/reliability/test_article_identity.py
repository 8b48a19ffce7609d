"""An article is its content, never its bare file name: a different file with a known name is a new
article and the first one stays; a file replaces the article of the same name only when asked
(the upload form's box, `import_articles --replace`)."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims.models import Article, Flag
from claims.services import flag_claims

pytestmark = pytest.mark.django_db

RABAT = """تفكيك خلية إرهابية بالرباط
الرباط - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 207 خلية إرهابية منذ سنة 2002، وتوقيف أكثر من 3500 شخص.
"""
TANGIER = """تفكيك خلية إرهابية بطنجة
طنجة - أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك 12 خلية إرهابية خلال سنة 2023 بتنسيق مع إسبانيا.
"""


def upload(client, name, text, replace=False):
    data = {"action": "upload", "files": [SimpleUploadedFile(name, text.encode())]}
    if replace:
        data["replace"] = "on"
    return client.post(reverse("editors:article_add"), data)


def outcomes(response):
    """The items of the import job the upload became (its page is where the response redirects)."""
    from ingest.models import ImportJob

    job = ImportJob.objects.order_by("pk").last()
    assert response["Location"] == job.get_absolute_url()
    return list(job.items.order_by("position"))


def command(*args) -> str:
    out = StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=StringIO())
    except SystemExit:
        pass
    return out.getvalue()


def test_two_editors_uploading_different_index_html_keep_both_articles(client, editor):
    client.force_login(editor)
    assert [o.status for o in outcomes(upload(client, "index.html", RABAT))] == ["new"]
    rabat = Article.objects.get()
    assert [o.status for o in outcomes(upload(client, "index.html", TANGIER))] == ["new"]
    assert Article.objects.count() == 2
    rabat.refresh_from_db()
    assert "207" in rabat.body  # article A is still article A


def test_same_named_files_from_two_folders_are_two_articles(tmp_path, db):
    for folder, text in (("gen1000b", RABAT), ("gen2000", TANGIER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    command(tmp_path / "gen1000b")
    out = command(tmp_path / "gen2000")
    assert "story.txt: new" in out
    assert sorted("207" in a.body for a in Article.objects.all()) == [False, True]


def test_the_upload_box_replace_updates_the_article_and_its_flag_follows_the_figure(client, editor):
    client.force_login(editor)
    upload(client, "rabat.txt", RABAT)
    article = Article.objects.get()
    figure = article.claims.get(value=207)
    flag_claims(claims=[figure], editor=editor, reason="stale", note="رقم قديم")

    corrected = RABAT.replace("أكثر من 3500", "أكثر من 3600")
    response = upload(client, "rabat.txt", corrected, replace=True)

    assert [o.status for o in outcomes(response)] == ["updated"]
    assert Article.objects.get().pk == article.pk and "3600" in Article.objects.get().body
    assert Flag.objects.get().claims.get().pk == figure.pk


def test_import_articles_replace_updates_the_article_of_that_name(tmp_path, db):
    path = tmp_path / "rabat.txt"
    path.write_text(RABAT, encoding="utf-8")
    command(path)
    path.write_text(RABAT.replace("3500", "3600"), encoding="utf-8")
    assert "rabat.txt: updated" in command(path, "--replace")
    assert Article.objects.count() == 1 and "3600" in Article.objects.get().body


def test_replacing_a_name_two_articles_share_is_refused_with_its_reason(tmp_path, db):
    for folder, text in (("a", RABAT), ("b", TANGIER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
        command(tmp_path / folder)
    third = tmp_path / "story.txt"
    third.write_text(RABAT.replace("207", "215"), encoding="utf-8")
    out = command(third, "--replace")
    assert "story.txt: rejected: several articles are named 'story.txt'" in out
    assert sorted(a.body.count("215") for a in Article.objects.all()) == [0, 0]


def test_the_same_bytes_under_another_name_are_the_same_article(client, editor):
    client.force_login(editor)
    upload(client, "rabat.txt", RABAT)
    assert [o.status for o in outcomes(upload(client, "copy-of-rabat.txt", RABAT))] == ["unchanged"]
    assert Article.objects.count() == 1
