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
