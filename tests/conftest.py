"""Shared fixtures: the personas (an editor, a journalist) and a real browser."""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

# Playwright's sync API runs an event loop in the test thread; Django's ORM must be told it's fine.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def editor(db, django_user_model):
    from claims.accounts import EDITORS, ensure_groups

    ensure_groups()
    user = django_user_model.objects.create_user("nadia", password="editor-pass-Δ-2026")
    user.groups.add(EDITORS.group())
    return user


@pytest.fixture
def journalist(db, django_user_model):
    from claims.accounts import JOURNALISTS, ensure_groups

    ensure_groups()
    user = django_user_model.objects.create_user("karim", password="journalist-pass-Δ-2026")
    user.groups.add(JOURNALISTS.group())
    return user


@pytest.fixture
def seeded(db):
    """The five seed articles, imported."""
    from claims.importer import import_paths

    import_paths([SEEDS])


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        message = "Debian's chromium is not installed (apt-get install -y chromium): browser tests skipped"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="ar")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def jobs_run_inline(request):
    """Import jobs run inline (the immediate backend), whatever DEBUG and the database say: a test that
    needs the queue sets the database backend itself, or starts real `db_worker` processes. Without
    pytest-django (`-p no:django`, the gold tests) there are no settings to change."""
    if not request.config.pluginmanager.hasplugin("django"):
        return
    settings = request.getfixturevalue("settings")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
