"""Plain records the consistency engine reads and writes (no Django here).

The Django side turns its `Claim` rows into `ClaimRecord`s, calls `rules.find_inconsistencies`
and stores each `Finding` under its `key`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# The foreign fighters' own zone: a figure that names it and one that names no zone count the same people.
WAVE_ZONE = "syria_iraq_linked"
WAVE_ZONE_METRICS = frozenset({"fighters_joined", "fighters_killed"})


@dataclass(frozen=True)
class ClaimRecord:
    id: int
    file: str  # file name the article was imported from
    outlet: str | None  # source name as printed, None when the page names none
    published: date | None  # article publication date
    metric: str
    subset: str | None
    value: float  # normalized value
    qualifier: str  # exact | more_than | about | at_least | less_than | at_most
    unit: str  # count | percent
    period_type: str  # since | year | range | year_to_date | month | last_n_years | event | ...
    period_start: str | None  # ISO at text precision: "2002", "2024-09", "2025-07-03"
    period_end: str | None
    org: str  # attribution org
    article_id: int
    sentence: str = ""
    start: int = 0  # value offset in the article text (orders claims inside one article)
    value_text: str = ""  # the figure as printed ("207", "مائتين وأربع عشرة"): places it in its sentence
    confidence: float = 1.0  # how sure the reading is, 0-1 (an editor's reading is 1.0)
    stated_as_of: str | None = None  # the date the text gives the figure itself ("2020-11"), ISO
    source_id: int | None = None  # the independent source: the original of a wire copy, else article_id
    title: str = ""  # the article's title ("حصيلة سنة 2022": the figures below it are that year's review)

    def __post_init__(self) -> None:
        if self.subset == WAVE_ZONE and self.metric in WAVE_ZONE_METRICS:
            # fighters who went to (or died in) Syria and Iraq are the wave every undated fighters figure counts:
            # one series with the figures that name no zone (the extraction keeps the zone on the claim)
            object.__setattr__(self, "subset", None)

    @property
    def independent_source(self) -> int:
        """Copies of one dispatch are one source: they share the original article's id."""
        return self.source_id if self.source_id is not None else self.article_id


@dataclass(frozen=True)
class Finding:
    kind: str  # same_period_disagreement | cumulative_decrease | internal_arithmetic | implausible_value
    #            | stale_figure | partial_exceeds_whole
    metric: str
    claim_ids: tuple[int, ...]  # reading order: the figure at issue first; a drop in time order
    explanation: str  # one sentence a journalist can read
    key: str  # stable identity, see finding_key
    score: float = 1.0  # how much an editor should trust it, 0-1 (severity.score); the queue's order


def finding_key(kind: str, metric: str, claim_keys: Iterable[str]) -> str:
    """Stable identity of a finding: the same kind, metric and claims always give the same key.

    The claim keys are sorted, so the order the rules list claims in does not matter. The engine
    passes claim ids; the Django side may pass any stable claim identity (e.g. file + offset) so
    that a finding keeps its key, and the editors' notes on it, across re-imports.
    """
    text = "\x1f".join([kind, metric, *sorted(str(k) for k in claim_keys)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
