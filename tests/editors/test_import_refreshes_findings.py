"""Findings follow imports: `import_paths` (the import command) and the editors' upload refresh them."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.importer import import_paths
from claims.models import Finding

from .articles import DATED_2023, DATED_2025

pytestmark = pytest.mark.django_db


def test_importing_files_stores_the_findings_among_them(tmp_path):
    (tmp_path / "h07.txt").write_text(DATED_2023, encoding="utf-8")
    (tmp_path / "le360-12.txt").write_text(DATED_2025, encoding="utf-8")
    import_paths([tmp_path])
    assert list(Finding.objects.values_list("kind", "status")) == [("cumulative_decrease", "open")]


def test_uploading_an_article_stores_the_findings_it_causes(client, editor, tmp_path):
    (tmp_path / "h07.txt").write_text(DATED_2023, encoding="utf-8")
    import_paths([tmp_path])
    client.force_login(editor)
    client.post(
        reverse("editors:article_add"),
        {"action": "upload", "files": [SimpleUploadedFile("le360-12.txt", DATED_2025.encode())]},
    )
    assert list(Finding.objects.values_list("kind", flat=True)) == ["cumulative_decrease"]


def test_an_engine_failure_after_import_keeps_the_imported_articles(tmp_path, monkeypatch):
    def broken(claims):
        raise RuntimeError("engine bug")

    monkeypatch.setattr("claims.findings.find_inconsistencies", broken)
    (tmp_path / "h07.txt").write_text(DATED_2023, encoding="utf-8")
    run = import_paths([tmp_path])
    assert (run.new, run.status) == (1, "finished")
    assert not Finding.objects.exists()
