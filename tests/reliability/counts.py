"""What the reliability suite tried, counted so the summary (and the note) can report it.

Counters live in this process; the session summary prints them and writes var/reliability-counts.json.
"""

from collections import Counter

tried: Counter[str] = Counter()


def count(kind: str, n: int = 1) -> None:
    tried[kind] += n
