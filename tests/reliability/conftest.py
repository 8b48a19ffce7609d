"""Fixtures for the reliability suite, and a summary line with what it tried."""

import json
from pathlib import Path

import pytest

from tests.reliability.counts import tried
from tests.reliability.world import world  # noqa: F401 - a fixture for every request test

ROOT = Path(__file__).resolve().parents[2]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not tried:
        return
    line = ", ".join(f"{kind}: {n}" for kind, n in sorted(tried.items()))
    terminalreporter.write_sep("-", f"reliability: {line}")
    out = ROOT / "var" / "reliability-counts.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(dict(sorted(tried.items())), indent=2) + "\n")


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """The personas' passwords hashed quickly: these tests are about who gets in, not the hasher's cost."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
