"""Uploads on /articles/add/ become an import job: files and archives, every member through the importer.

The suite runs jobs with the immediate backend (inline, as `make run` does): the upload returns once the
job is done and redirects to its page.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article
from ingest.models import ImportItem, ImportJob
from tests.editors.articles import ARTICLE_2023, ARTICLE_2025

from .archives import articles, tar_gz_bytes, zip_bytes

pytestmark = pytest.mark.django_db
URL = "/articles/add/"


def upload(client, *files):
    return client.post(URL, {"action": "upload", "files": list(files)})


def test_uploading_two_files_makes_a_job_and_redirects_to_its_page(client, editor):
    client.force_login(editor)
    response = upload(
        client,
        SimpleUploadedFile("h07.txt", ARTICLE_2023.encode()),
        SimpleUploadedFile("h12.txt", ARTICLE_2025.encode()),
    )
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("ingest:job", args=[job.pk])
    assert (job.state, job.total, job.done, job.new, job.created_by) == ("finished", 2, 2, 2, editor)
    assert set(Article.objects.values_list("file_name", flat=True)) == {"h07.txt", "h12.txt"}


def test_a_zip_archive_imports_every_member_named_inside_the_archive(client, editor, tmp_path):
    members = articles(12, tmp_path)
    client.force_login(editor)
    upload(
        client, SimpleUploadedFile("batch.zip", zip_bytes({f"week1/{n}": raw for n, raw in members.items()}))
    )
    job = ImportJob.objects.get()
    assert (job.total, job.new, job.rejected) == (12, 12, 0)
    assert Article.objects.filter(file_name="batch.zip!week1/article_000.txt").exists()


def test_a_tar_gz_archive_imports_every_member(client, editor, tmp_path):
    members = articles(5, tmp_path)
    client.force_login(editor)
    upload(client, SimpleUploadedFile("batch.tar.gz", tar_gz_bytes(members)))
    assert ImportJob.objects.get().new == 5
    assert Article.objects.filter(file_name="batch.tar.gz!article_004.txt").exists()


def test_a_bad_member_is_named_with_its_reason_and_the_rest_of_the_archive_imports(client, editor):
    client.force_login(editor)
    archive = zip_bytes(
        {
            "ok.txt": ARTICLE_2023.encode(),
            "empty.txt": b"",
            "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        }
    )
    upload(client, SimpleUploadedFile("mixed.zip", archive))
    items = {item.name: (item.status, item.reason) for item in ImportItem.objects.all()}
    assert items["mixed.zip!ok.txt"] == ("new", "")
    assert items["mixed.zip!empty.txt"][0] == "rejected" and items["mixed.zip!empty.txt"][1]
    assert items["mixed.zip!photo.txt"][0] == "rejected"
    assert ImportJob.objects.get().rejected == 2


def test_notes_and_hidden_files_in_an_archive_are_not_articles(client, editor):
    client.force_login(editor)
    archive = zip_bytes(
        {
            "a.txt": ARTICLE_2023.encode(),
            "README.md": b"# notes",
            "__MACOSX/._a.txt": b"\x00\x05",
            ".DS_Store": b"\x00",
        }
    )
    upload(client, SimpleUploadedFile("mac.zip", archive))
    assert list(ImportItem.objects.values_list("name", flat=True)) == ["mac.zip!a.txt"]


def test_the_same_archive_uploaded_twice_is_unchanged_the_second_time(client, editor, tmp_path):
    archive = zip_bytes(articles(4, tmp_path))
    client.force_login(editor)
    upload(client, SimpleUploadedFile("again.zip", archive))
    upload(client, SimpleUploadedFile("again.zip", archive))
    second = ImportJob.objects.order_by("pk").last()
    assert (second.new, second.unchanged) == (0, 4)
    assert Article.objects.count() == 4


def test_the_job_page_lists_each_item_with_its_status_reason_and_article_link(client, editor):
    client.force_login(editor)
    upload(client, SimpleUploadedFile("h07.txt", ARTICLE_2023.encode()), SimpleUploadedFile("empty.txt", b""))
    job = ImportJob.objects.get()
    page = client.get(reverse("ingest:job", args=[job.pk])).content.decode()
    article = Article.objects.get()
    assert reverse("article_detail", args=[article.pk]) in page
    assert "empty.txt" in page and 'max="100"' in page and "ingest/job.js" in page
    assert "<script>" not in page  # no inline script: the page must work under a strict CSP


def test_the_progress_endpoint_says_how_far_the_job_is(client, editor):
    client.force_login(editor)
    upload(client, SimpleUploadedFile("h07.txt", ARTICLE_2023.encode()))
    job = ImportJob.objects.get()
    progress = client.get(reverse("ingest:job_progress", args=[job.pk])).json()
    assert progress["percent"] == 100 and progress["finished"] and progress["new"] == 1
    assert progress["stalled"] is False


def test_a_journalist_cannot_see_or_start_jobs(client, journalist, editor):
    client.force_login(editor)
    upload(client, SimpleUploadedFile("h07.txt", ARTICLE_2023.encode()))
    job = ImportJob.objects.get()
    client.force_login(journalist)
    assert client.get(reverse("ingest:job", args=[job.pk])).status_code == 403
    assert client.get(reverse("ingest:job_progress", args=[job.pk])).status_code == 403
    assert upload(client, SimpleUploadedFile("x.txt", ARTICLE_2025.encode())).status_code == 403


def test_an_arabic_speaking_editor_reads_the_reasons_in_arabic(client, editor):
    client.force_login(editor)
    client.post(
        URL,
        {"action": "upload", "files": [SimpleUploadedFile("big.zip", zip_bytes({"../x.txt": b"x"}))]},
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    assert ImportItem.objects.get().reason == "مسار يخرج من الأرشيف (..)"
