"""In a real browser: an editor uploads an archive, watches the job's progress bar reach 100% while a
worker imports it, and opens the resulting articles."""

import threading
import zipfile

import pytest

from tests.reliability.articles import write_articles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EDITOR_PASSWORD = "editor-pass-Δ-2026"
FILES = 30


def log_in(page, base_url):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", "nadia")
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()


def run_queued_tasks():
    """What `manage.py db_worker --batch` does: take the queued tasks and run them, then stop."""
    from django_tasks_db.management.commands.db_worker import Worker

    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="browser-test-worker",
        excluded_queue_names=[],
    ).run()


def test_an_editor_uploads_an_archive_watches_the_progress_bar_reach_100_and_opens_the_articles(
    live_server, browser, page, editor, settings, tmp_path
):
    # The database backend: the upload only queues the job, and a worker (below) does the work.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    files = write_articles(tmp_path / "articles", count=FILES)
    archive = tmp_path / "week-12.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, raw in files.items():
            zipped.writestr(name, raw)
    base = live_server.url
    log_in(page, base)

    page.goto(f"{base}/articles/add/")
    page.set_input_files("form.upload input[name=files]", str(archive))
    page.click("form.upload button[type=submit]")
    page.wait_for_url(f"{base}/jobs/*/")
    bar = page.locator("#job-progress")
    assert bar.get_attribute("value") == "0"
    assert page.text_content("#job-total") == str(FILES)

    worker = threading.Thread(target=run_queued_tasks)
    worker.start()
    try:
        # The page polls its progress: the bar moves, reaches 100%, then the page lists the articles.
        # A CSS selector, not a script: the Content-Security-Policy forbids evaluating strings.
        page.wait_for_selector("#job-progress:not([value='0'])", timeout=30_000)
        page.wait_for_selector("a.article-link", timeout=60_000)
    finally:
        worker.join(timeout=120)
    assert page.locator("#job-progress").get_attribute("value") == "100"
    assert page.text_content("#job-new") == str(FILES)
    assert page.locator("a.article-link").count() == FILES

    page.locator("a.article-link").first.click()
    page.wait_for_url(f"{base}/articles/*/")
    assert "تفكيك خلية إرهابية رقم" in page.text_content("h1")
