"""/articles/add/: editors upload files or paste text; the importer decides, file by file."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article, Finding

from .articles import ARTICLE_2023, ARTICLE_2025, DATED_2023, DATED_2025

pytestmark = pytest.mark.django_db
URL = "/articles/add/"


def upload(*files):
    return {"action": "upload", "files": list(files)}


def test_the_page_has_an_upload_form_and_a_paste_form_with_csrf(client, editor):
    client.force_login(editor)
    page = client.get(reverse("editors:article_add")).content.decode()
    assert page.count("csrfmiddlewaretoken") >= 2 and 'name="files"' in page and 'name="text"' in page


def items_of_last_job():
    from ingest.models import ImportJob

    job = ImportJob.objects.order_by("pk").last()
    return job, {item.name: item.status for item in job.items.all()}


def test_uploading_two_articles_imports_both(client, editor):
    client.force_login(editor)
    response = client.post(
        URL,
        upload(
            SimpleUploadedFile("h07.txt", ARTICLE_2023.encode()),
            SimpleUploadedFile("h12.txt", ARTICLE_2025.encode()),
        ),
    )
    job, statuses = items_of_last_job()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    assert statuses == {"h07.txt": "new", "h12.txt": "new"}
    assert set(Article.objects.values_list("file_name", flat=True)) == {"h07.txt", "h12.txt"}
    assert job.new == 2


def test_a_bad_file_is_reported_by_name_and_the_others_still_import(client, editor):
    client.force_login(editor)
    response = client.post(
        URL,
        upload(
            SimpleUploadedFile("empty.txt", b""),
            SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
            SimpleUploadedFile("h07.txt", ARTICLE_2023.encode()),
        ),
        follow=True,
    )
    job, statuses = items_of_last_job()
    assert statuses == {"empty.txt": "rejected", "photo.txt": "rejected", "h07.txt": "new"}
    page = response.content.decode()
    assert "empty.txt" in page and "photo.txt" in page
    assert job.rejected == 2


def test_uploading_the_same_file_again_says_unchanged(client, editor):
    client.force_login(editor)
    client.post(URL, upload(SimpleUploadedFile("h07.txt", ARTICLE_2023.encode())))
    client.post(URL, upload(SimpleUploadedFile("h07.txt", ARTICLE_2023.encode())))
    assert items_of_last_job()[1] == {"h07.txt": "unchanged"}


def test_an_upload_without_files_is_refused(client, editor):
    client.force_login(editor)
    assert client.post(URL, {"action": "upload"}).status_code == 400


def test_pasted_text_is_imported_with_its_outlet_date_and_address(client, editor):
    client.force_login(editor)
    response = client.post(
        URL,
        {
            "action": "paste",
            "text": ARTICLE_2025,
            "outlet": "Le360",
            "published": "2025-01-10",
            "url": "https://le360.ma/societe/cellules-2025",
        },
    )
    (outcome,) = response.context["outcomes"]
    assert outcome.status == "new"
    article = Article.objects.get()
    assert (article.source.name, article.published, article.url) == (
        "Le360",
        date(2025, 1, 10),
        "https://le360.ma/societe/cellules-2025",
    )
    assert article.file_name.startswith("pasted-2025-01-10-")


@pytest.mark.parametrize(
    "field, value",
    [
        ("text", "   "),
        ("outlet", ""),
        ("published", "10/01/2025 ثلاثاء"),
        ("published", "1920-01-01"),
        ("url", "javascript:alert(1)"),
    ],
)
def test_pasted_text_with_a_bad_field_is_refused_with_its_error(client, editor, field, value):
    data = {"action": "paste", "text": ARTICLE_2025, "outlet": "Le360", "published": "2025-01-10", "url": ""}
    data[field] = value
    client.force_login(editor)
    response = client.post(URL, data)
    assert response.status_code == 400
    assert field in response.context["paste_form"].errors
    assert not Article.objects.exists()


def test_pasting_with_a_title_keeps_the_first_line_and_its_figure(client, editor):
    """The opening sentence is the article's, not its title, when the editor types the title."""
    client.force_login(editor)
    text = (
        "أعلن المكتب المركزي للأبحاث القضائية أنه فكك 215 خلية إرهابية منذ سنة 2002.\n"
        "وأكد المصدر ذاته أن المقاربة الاستباقية مكنت من إحباط عدد من المخططات.\n"
    )
    client.post(
        URL,
        {
            "action": "paste",
            "text": text,
            "title": "حصيلة مكافحة الإرهاب",
            "outlet": "هسبريس",
            "published": "2023-11-01",
        },
    )
    article = Article.objects.get()
    assert article.title == "حصيلة مكافحة الإرهاب"
    assert article.body.startswith("أعلن المكتب المركزي")
    assert list(article.claims.values_list("value_text", flat=True)) == ["215"]


def test_pasting_without_a_title_takes_the_first_line_as_the_title(client, editor):
    client.force_login(editor)
    data = {"action": "paste", "text": ARTICLE_2025, "outlet": "Le360", "published": "2025-01-10"}
    client.post(URL, data)
    assert Article.objects.get().title == "المغرب يواصل تفكيك الخلايا الإرهابية"


def test_the_result_links_each_file_to_its_article_its_claims_and_its_findings(client, editor):
    """The upload's result is its import job's page (ingest/): each file with its status and reason,
    linked to its article, the article's claims and review page, and the findings it raised."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    client.force_login(editor)
    client.post(URL, upload(SimpleUploadedFile("h07.txt", DATED_2023.encode())))
    response = client.post(
        URL,
        upload(SimpleUploadedFile("h12.txt", DATED_2025.encode()), SimpleUploadedFile("empty.txt", b"")),
        follow=True,
    )
    job, _statuses = items_of_last_job()
    by_file = {item.name: item for item in job.items.all()}
    new = by_file["h12.txt"]
    page = response.content.decode()
    assert (new.status, new.claims) == ("new", 1)
    assert reverse("article_detail", args=[new.article.pk]) in page
    assert reverse("editors:article_review", args=[new.article.pk]) in page
    (finding,) = [f for f in Finding.objects.filter(claims__article=new.article).distinct()]
    assert finding.kind == "cumulative_decrease"  # 150 after "more than 215": the running total went down
    assert reverse("editors:finding", args=[finding.pk]) in page
    assert by_file["empty.txt"].reason == "empty file" and "empty.txt" in page
