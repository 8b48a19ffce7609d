"""One paragraph of figures with no full stop, of a given size: the worst case for a sentence-based reader.

Issue 14 (row 1): extraction cost grew with the square of a sentence's length, so a pasted paragraph of
numbers with no stop took down a web worker. Used by `bench/run.py` (the per-KB time of 8 KB and 1 MB
in the same run) and by tests/extraction/test_linear_cost.py.
"""

from __future__ import annotations

# Clauses as a long Arabic run-on paragraph reads: cells, arrests, plots, fighters, years, sources and
# partner countries, each with its own figure, joined by commas and "و" and never by a full stop.
_CLAUSES = (
    "فككت الأجهزة الأمنية {n} خلية إرهابية سنة {year}",
    "وأوقفت {m} شخصا للاشتباه في صلتهم بتنظيم داعش بحسب المكتب المركزي للأبحاث القضائية",
    "وأحبطت {k} مخططا إرهابيا بتنسيق مع إسبانيا وفرنسا",
    "فيما التحق {m} مقاتلا مغربيا ببؤر التوتر في سوريا والعراق منذ {year}",
    "وعاد {k} منهم إلى المغرب خلال الفترة ذاتها",
)


def paragraph_of_figures(size_bytes: int) -> bytes:
    """A clean article (title, dateline) whose body is one paragraph of `size_bytes` or a little more."""
    parts = ["حصيلة مكافحة الإرهاب\nالرباط - "]
    size, index = len(parts[0].encode()), 0
    while size < size_bytes:
        clause = _CLAUSES[index % len(_CLAUSES)].format(
            n=10 + index % 90, m=100 + index % 900, k=2 + index % 40, year=2002 + index % 23
        )
        piece = clause + "، "
        parts.append(piece)
        size += len(piece.encode())
        index += 1
    return "".join(parts).encode()


def best_cpu_seconds(raw: bytes, runs: int = 3) -> float:
    """The least CPU time (`time.process_time()`) of `runs` reads of `raw`, with no work budget."""
    import time

    from claims.extraction.engine import read_article

    times = []
    for _ in range(runs):
        started = time.process_time()
        read_article(raw, "paragraph.txt", work_budget=None)
        times.append(time.process_time() - started)
    return min(times)


if __name__ == "__main__":  # python -m bench.paragraph: the 1 MB and 8 KB figures of issue 14, row 1
    large = best_cpu_seconds(paragraph_of_figures(1024 * 1024))
    small = best_cpu_seconds(paragraph_of_figures(8 * 1024), runs=20)
    print(f"1 MB: {large:.3f} s CPU, {large * 1000 / 1024:.2f} ms/KB (best of 3)")
    print(f"8 KB: {small * 1000:.2f} ms CPU, {small * 1000 / 8:.2f} ms/KB (best of 20)")
    print(f"per-KB ratio 1 MB / 8 KB: {(large / 1024) / (small / 8):.2f}")
