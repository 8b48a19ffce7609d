"""Plain records that flow out of the extraction engine (no Django here)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


class RejectedFile(Exception):
    """A file that cannot become an article; `reason` is shown to a journalist."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Decoded:
    text: str  # decoded, BOM stripped, CRLF/CR normalised to LF
    encoding: str  # e.g. "utf-8", "utf-8-sig", "windows-1256", "utf-16"
    warnings: list[str] = field(default_factory=list)


@dataclass
class Document:
    """An article as read from one file. Offsets in claims refer to `text`."""

    text: str  # the whole decoded text
    title: str | None
    outlet: str | None
    published: date | None
    dateline: str | None
    language: str  # "ar", "fr" or "en"
    body_start: int  # body == text[body_start:body_end]
    body_end: int
    layout: str  # "aggregator" | "wordpress" | "clean" | "html"
    url: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]


@dataclass
class Period:
    type: str  # since | year | range | year_to_date | month | last_n_years | event | cumulative_unspecified | unspecified
    start: str | None = None  # ISO 8601 at the text's precision: "2002", "2024-09", "2025-07-03"
    end: str | None = None
    text: str | None = None


@dataclass
class Attribution:
    org: str = "unspecified"  # DGST | BCIJ | DGSN | MOI | PARLIAMENT | GOV | MFA | official_unspecified | analyst | unspecified
    person: str | None = None
    raw: str | None = None


@dataclass
class ExtractedClaim:
    metric: str
    value: float | int
    value_text: str
    qualifier: str  # exact | more_than | about | at_least | less_than | at_most
    unit: str  # count | percent
    period: Period
    attribution: Attribution
    sentence: str
    start: int  # offsets of the value in Document.text
    end: int
    subset: str | None = None
    qualifier_text: str | None = None
    # How sure the engine is of value, metric, period and attribution together (0-1, calibrated on
    # the development corpora: `make eval` prints the share right per band). See confidence.py.
    confidence: float = 0.5
    # The date the text itself gives the figure ("the November 2020 figures spoke of 207"), ISO at the
    # text's precision; None: the figure is current on the publication date.
    as_of: str | None = None
    # Why the engine read the claim as it did (for confidence.py); not part of the contract.
    evidence: dict = field(default_factory=dict, repr=False, compare=False)

    def as_json(self) -> dict:
        data = asdict(self)
        del data["evidence"]
        return data


@dataclass
class CountryMention:
    code: str  # ISO 3166-1 alpha-2
    role: str  # partner | mentioned
    text: str
    start: int  # offset in Document.text
    end: int

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    claims: list[ExtractedClaim]
    countries: list[CountryMention]
    warnings: list[str] = field(default_factory=list)
