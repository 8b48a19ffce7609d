"""A work budget for reading one file: past it, the file is refused with a reason, not left to a killed worker.

Reading is linear in the text (sentences are bounded, see sentences.py), but a file of many megabytes
still takes seconds, and a web worker or a job has a deadline of its own. The budget counts work, not
time: each sentence examined costs its length in characters (once for the claims, once for the
countries), each number considered in it a fixed amount more (a number's look-ups, noun, metric,
period, source, cost about as much as 80 characters of prose). So the same file is read, or refused, whatever else the machine is doing: a wall clock made
a 50 KB paste import on a quiet machine and fail on a loaded one.

The default is about twice the work of a 1 MB paragraph of figures with no full stop (the densest text
the engine is built for, bench/paragraph.py: ~2.3 million units, ~2-3 s of CPU); a 2.5 MB article of
prose is refused; real articles cost a few thousand units (a 50 KB one, under 150,000). A wall-clock guard far above it (WALL_GUARD_S) remains, only as a last resort
against a cost this count fails to see.
"""

from __future__ import annotations

import time

from claims.extraction.records import RejectedFile

NUMBER_COST = 80  # units per number considered, in characters of prose of the same cost
DEFAULT_WORK_BUDGET = 5_000_000  # units: ~2.5 MB of prose, ~2 MB of the densest paragraph of figures
WALL_GUARD_S = 120.0  # last resort only: ~5 s of CPU is what the work budget allows on a quiet machine
TOO_LONG = "too long to read: split it into smaller articles"


class WorkBudget:
    """`spend(units)` raises RejectedFile(TOO_LONG) once more than `units` have been spent in all (None: never).

    The wall-clock guard (`wall_s` seconds after the budget was made) is checked on each spend too.
    """

    def __init__(self, units: int | None = DEFAULT_WORK_BUDGET, wall_s: float | None = WALL_GUARD_S):
        self._left = units
        self._at = None if wall_s is None else time.monotonic() + wall_s
        self.spent = 0

    def spend(self, units: int) -> None:
        self.spent += units
        if self._left is not None:
            self._left -= units
            if self._left < 0:
                raise RejectedFile(TOO_LONG)
        if self._at is not None and time.monotonic() > self._at:
            raise RejectedFile(TOO_LONG)

    def can_afford(self, units: int) -> bool:
        """Whether `units` more can be spent without going over the budget (always, with no limit)."""
        return self._left is None or self._left >= units

    def spend_text(self, characters: int, numbers: int = 0) -> None:
        self.spend(characters + NUMBER_COST * numbers)


class _NoBudget(WorkBudget):
    def spend(self, units: int) -> None:  # shared by every caller that sets no limit: counts nothing
        return None


NO_BUDGET = _NoBudget(None, None)
