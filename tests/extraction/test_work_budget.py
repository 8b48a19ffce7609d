"""Issue 14, row 1, made deterministic: a file is read or refused by the work it needs (characters of its
sentences, numbers considered), never by how busy the machine is. The wall clock remains only as a
last resort far above the work budget."""

import pytest

from bench.paragraph import paragraph_of_figures
from claims.extraction import budget as budget_module
from claims.extraction.budget import DEFAULT_WORK_BUDGET, TOO_LONG, WALL_GUARD_S, WorkBudget
from claims.extraction.claims import find_claims
from claims.extraction.countries import find_countries
from claims.extraction.decode import decode_bytes
from claims.extraction.engine import read_article
from claims.extraction.layouts import parse_document
from claims.extraction.records import RejectedFile

ONE_MB = 1024 * 1024
NEWS_SENTENCE = (
    "وأعلن المكتب المركزي للأبحاث القضائية عن تفكيك {n} خلية إرهابية منذ سنة 2015، "
    "وتوقيف {m} شخصا للاشتباه في صلتهم بتنظيم داعش، بحسب ما أفاد به مصدر أمني. "
)


def long_article(size_bytes: int) -> bytes:
    parts, size, n = ["حصيلة سنوات من العمل الأمني\n"], 0, 0
    while size < size_bytes:
        sentence = NEWS_SENTENCE.format(n=10 + n % 80, m=100 + n % 700)
        parts.append(sentence + ("\n" if n % 5 == 4 else ""))
        size += len(sentence.encode())
        n += 1
    return "".join(parts).encode()


def work_of(raw: bytes) -> int:
    document = parse_document(decode_bytes(raw).text, "a.txt")
    counting = WorkBudget(units=10**12, wall_s=None)
    find_claims(document, counting)
    find_countries(document, counting)
    return counting.spent


def test_the_work_a_file_needs_is_a_property_of_its_text():
    raw = long_article(50 * 1024)
    assert work_of(raw) == work_of(raw) > 0


def test_a_fifty_kilobyte_article_needs_a_small_share_of_the_budget():
    assert work_of(long_article(50 * 1024)) < DEFAULT_WORK_BUDGET / 20


def test_a_fifty_kilobyte_article_is_read_on_a_machine_so_loaded_that_it_takes_a_minute(monkeypatch):
    """The old 20 s wall-clock budget refused such a paste on a busy machine; the work budget never does."""
    clock = iter(range(10**6))
    # 0.05 s of wall clock between two of its ~1,200 checks: the old 20 s budget refused it
    monkeypatch.setattr(budget_module.time, "monotonic", lambda: next(clock) * 0.05)
    _decoded, _document, extraction = read_article(long_article(50 * 1024), "paste.txt")
    assert len(extraction.claims) > 20


def test_the_one_megabyte_paragraph_of_figures_is_read_within_the_default_budget():
    raw = paragraph_of_figures(ONE_MB)
    assert work_of(raw) < DEFAULT_WORK_BUDGET / 1.5
    _decoded, _document, extraction = read_article(raw, "paragraph.txt")
    assert len(extraction.claims) > 1000


def test_a_file_over_its_work_budget_is_refused_with_a_reason_every_time():
    raw = paragraph_of_figures(ONE_MB)
    for _ in range(2):
        with pytest.raises(RejectedFile) as refused:
            read_article(raw, "paste.txt", work_budget=work_of(raw) // 2)
        assert refused.value.reason == TOO_LONG
    assert "split it" in TOO_LONG


def test_an_article_of_prose_over_the_budget_is_refused_before_it_is_read_to_the_end():
    with pytest.raises(RejectedFile) as refused:
        read_article(long_article(3 * ONE_MB), "huge.txt")
    assert refused.value.reason == TOO_LONG


def test_the_wall_clock_guard_remains_as_a_last_resort(monkeypatch):
    assert WALL_GUARD_S >= 60
    guard = WorkBudget(units=None, wall_s=WALL_GUARD_S)
    now = budget_module.time.monotonic()
    monkeypatch.setattr(budget_module.time, "monotonic", lambda: now + WALL_GUARD_S + 1)
    with pytest.raises(RejectedFile) as refused:
        guard.spend(1)
    assert refused.value.reason == TOO_LONG
