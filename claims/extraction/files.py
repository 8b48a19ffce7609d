"""Which files a batch holds, and reading one: shared by extract_claims and the importer."""

from __future__ import annotations

import os

from claims.extraction.records import RejectedFile

# An article file bigger than this is not an article; refusing it early keeps memory bounded.
MAX_FILE_BYTES = 20 * 1024 * 1024

# Folders of articles often hold their gold, notes or build scripts beside them: those are not articles.
# A file named explicitly is always read, whatever its name.
NOT_ARTICLES = {".json", ".py", ".pyc", ".md", ".yml", ".yaml", ".toml", ".csv", ".cfg", ".ini"}
# Data files (a gold `truth.jsonl` imported as an article) and the assets a browser saves beside a page.
NOT_ARTICLES |= {".jsonl", ".ndjson", ".tsv", ".sql", ".sqlite3", ".db", ".sh", ".log", ".js", ".css", ".map"}
NOT_ARTICLES |= {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".woff", ".woff2", ".ttf"}


def article_files(paths: list[str | os.PathLike]) -> list[str]:
    """Files as given, then every article file under each folder (recursively, sorted, hidden skipped)."""
    expanded: list[str] = []
    for path in map(os.fspath, paths):
        if not os.path.isdir(path):
            expanded.append(path)
            continue
        found = []
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith((".", "__")))
            found.extend(
                os.path.join(folder, name)
                for name in names
                if not name.startswith(".") and os.path.splitext(name)[1].lower() not in NOT_ARTICLES
            )
        expanded.extend(sorted(found))
    return expanded


def read_file_bytes(path: str | os.PathLike) -> bytes:
    """The file's bytes, or RejectedFile with a reason a journalist understands."""
    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise RejectedFile(f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise RejectedFile("file not found") from None
    except IsADirectoryError:
        raise RejectedFile("is a folder, not a file") from None
    except PermissionError:
        raise RejectedFile("file not readable (permission denied)") from None
    except OSError as error:
        raise RejectedFile(f"file not readable ({error.strerror or error})") from None
