"""A time budget for reading one file: past it, the file is refused with a reason, not left to a killed worker.

Reading is linear in the text (sentences are bounded, see sentences.py), but a file of many megabytes
still takes seconds; a web worker or a job has a deadline of its own. The engine checks the budget
between sentences and raises RejectedFile, which every caller already reports by name.
"""

from __future__ import annotations

import time

from claims.extraction.records import RejectedFile

# Under gunicorn's 30 s worker timeout (gunicorn.conf.py), with room for decoding and saving.
DEFAULT_BUDGET_S = 20.0
TOO_LONG = "too long to read in the time allowed: split it into smaller articles"


class Deadline:
    """`check()` raises RejectedFile(TOO_LONG) once `seconds` have passed since it was made (None: never)."""

    def __init__(self, seconds: float | None = DEFAULT_BUDGET_S):
        self._at = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self._at is not None and time.monotonic() > self._at:
            raise RejectedFile(TOO_LONG)


NO_DEADLINE = Deadline(None)
