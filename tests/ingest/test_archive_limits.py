"""Archives are read bounded: no zip bomb, no path outside the archive, no links; each refusal has a reason."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.models import Article
from ingest import archives
from ingest.archives import ArchiveRefused, read_archive
from ingest.models import ImportItem, ImportJob
from tests.editors.articles import ARTICLE_2023, ARTICLE_2025

from .archives import tar_gz_bytes, zip_bomb, zip_bytes, zip_with_lying_header, zip_with_symlink


def members(name: str, raw: bytes) -> dict[str, tuple[bytes | None, str]]:
    return {m.name: (m.content, m.reason) for m in read_archive(name, io.BytesIO(raw), len(raw))}


def test_a_member_compressed_a_thousand_to_one_is_refused_as_a_zip_bomb():
    bomb = zip_bomb(8 * 1024 * 1024)  # 8 MB of zeros: under the per-file limit, not under the ratio
    assert len(bomb) < 100 * 1024
    content, reason = members("bomb.zip", bomb)["bomb.zip!report.txt"]
    assert content is None and "zip bomb" in reason


def test_a_zip_whose_headers_understate_a_member_is_refused_without_inflating_the_rest():
    liar = zip_with_lying_header(16 * 1024 * 1024)  # says 1,000 bytes, would inflate to 16 MB
    content, reason = members("liar.zip", liar)["liar.zip!report.txt"]
    # zipfile stops at the size the header states; the checksum then shows the member is not what it says.
    assert content is None and "damaged" in reason


def test_an_archive_that_expands_past_the_total_limit_is_refused_whole(monkeypatch):
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 40 * 1024)
    big = zip_bytes({f"a{n}.txt": ARTICLE_2023.encode() * 20 for n in range(10)})  # ~10 x 11 KB
    with pytest.raises(ArchiveRefused, match="zip bomb"):
        members("big.zip", big)


def test_a_tar_gz_bomb_stops_at_the_ratio_limit_before_it_is_inflated(monkeypatch):
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 4 * 1024 * 1024)
    bomb = tar_gz_bytes({"zeros.txt": b"\x00" * (32 * 1024 * 1024)})
    with pytest.raises(ArchiveRefused, match="zip bomb"):
        members("bomb.tar.gz", bomb)


def test_too_many_files_in_one_archive_is_refused(monkeypatch):
    monkeypatch.setattr(archives, "MAX_MEMBERS", 3)
    with pytest.raises(ArchiveRefused, match="more than 3 files"):
        members("many.zip", zip_bytes({f"{n}.txt": b"x" for n in range(4)}))


@pytest.mark.parametrize(
    "path", ["../../etc/cron.d/evil.txt", "/etc/passwd", "a/../../b.txt", "C:\\evil.txt"]
)
def test_a_zip_member_whose_path_leaves_the_archive_is_refused_and_the_others_read(path):
    found = members("x.zip", zip_bytes({path: b"root:x:0:0", "ok.txt": ARTICLE_2023.encode()}))
    assert found[f"x.zip!{path}"][0] is None and found[f"x.zip!{path}"][1]
    assert found["x.zip!ok.txt"][0] == ARTICLE_2023.encode()


def test_a_tar_member_whose_path_leaves_the_archive_is_refused():
    found = members("x.tar.gz", tar_gz_bytes({"../outside.txt": b"x", "ok.txt": ARTICLE_2025.encode()}))
    assert "leaves the archive" in found["x.tar.gz!../outside.txt"][1]
    assert found["x.tar.gz!ok.txt"][0] == ARTICLE_2025.encode()


def test_symlinks_and_hardlinks_are_refused_in_tar_and_zip():
    tar = members(
        "l.tar.gz",
        tar_gz_bytes({"ok.txt": b"x"}, links={"passwd.txt": "/etc/passwd"}, hardlinks={"hard.txt": "ok.txt"}),
    )
    assert tar["l.tar.gz!passwd.txt"][0] is None and "link" in tar["l.tar.gz!passwd.txt"][1]
    assert tar["l.tar.gz!hard.txt"][0] is None and "link" in tar["l.tar.gz!hard.txt"][1]
    zipped = members("l.zip", zip_with_symlink("passwd.txt", "/etc/passwd", {"ok.txt": b"x"}))
    assert zipped["l.zip!passwd.txt"][0] is None and "link" in zipped["l.zip!passwd.txt"][1]


def test_a_file_named_zip_that_is_not_an_archive_is_refused_with_a_reason():
    with pytest.raises(ArchiveRefused, match="damaged or not a ZIP"):
        members("fake.zip", b"PK\x03\x04 this is not really a zip archive")


@pytest.mark.django_db
def test_an_uploaded_zip_bomb_and_a_traversal_member_are_refused_by_name_on_the_job(client, editor):
    client.force_login(editor)
    traversal = zip_bytes({"../../etc/passwd.txt": b"root:x:0:0", "ok.txt": ARTICLE_2023.encode()})
    client.post(
        "/articles/add/",
        {
            "action": "upload",
            "files": [
                SimpleUploadedFile("bomb.zip", zip_bomb(8 * 1024 * 1024)),
                SimpleUploadedFile("t.zip", traversal),
            ],
        },
        HTTP_ACCEPT_LANGUAGE="en",  # reasons are worded in the editor's language
    )
    job = ImportJob.objects.get()
    reasons = dict(ImportItem.objects.filter(status="rejected").values_list("name", "reason"))
    assert "zip bomb" in reasons["bomb.zip!report.txt"]
    assert "leaves the archive" in reasons["t.zip!../../etc/passwd.txt"]
    assert (job.new, job.rejected) == (1, 2)
    assert list(Article.objects.values_list("file_name", flat=True)) == ["t.zip!ok.txt"]
