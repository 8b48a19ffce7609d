"""No secret is committed: no private key, no hard-coded production SECRET_KEY, no credentials in URLs."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET_PATTERNS = {
    "a private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    "a hard-coded SECRET_KEY": re.compile(r"""SECRET_KEY\s*=\s*["'][^"'\s]{20,}["']"""),
    "a password in a database URL": re.compile(r"postgres(?:ql)?://[^:/@\s]+:(?P<password>[^@\s]+)@"),
    "an AWS access key": re.compile(r"AKIA[0-9A-Z]{16}"),
}


# Documentation shows where a password goes without giving one: postgres://ctfacts:…@db:5432/ctfacts
PLACEHOLDER = re.compile(r"^(?:…|\.\.\.|<[^>]*>|\$\{?\w+\}?|\*+|x+|password|secret|changeme)$", re.IGNORECASE)


def is_placeholder(match: re.Match) -> bool:
    password = match.groupdict().get("password")
    return password is not None and bool(PLACEHOLDER.match(password))


def tracked_files() -> list[Path]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(
        b"\0"
    )
    return [ROOT / name.decode() for name in names if name]


def test_no_tracked_file_holds_a_secret():
    found = []
    for path in tracked_files():
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text("utf-8", errors="ignore")
        for what, pattern in SECRET_PATTERNS.items():
            if any(not is_placeholder(match) for match in pattern.finditer(text)):
                found.append(f"{path.relative_to(ROOT)}: {what}")
    assert found == []


def test_the_development_key_and_databases_stay_out_of_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "var/dev-secret-key", "var/ctfacts.sqlite3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert ignored == ["var/dev-secret-key", "var/ctfacts.sqlite3"]
