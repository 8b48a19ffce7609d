"""The consistency engine: which printed figures cannot all be right. Pure Python, no Django.

    from claims.consistency.rules import find_inconsistencies
    findings = find_inconsistencies(claim_records)      # list[records.Finding]
    report_json(findings, {r.id: r for r in claim_records})   # CONTRACT.md part 2

Modules, one idea each: `records` (ClaimRecord, Finding, finding_key), `intervals` (a printed
figure as the interval of values it allows), `periods` (what stretch of time a figure counts and
as of when), `series` (which figures belong to one running total), `rules` (one function per kind),
`wording` (explanations), `report` (the JSON document), `offline` (the engine over JSON files).

Choices a journalist may ask about, with the constant that holds each:
- Figures are intervals: "more than 200" is (200, ∞), "about 185" is 185 ± max(10%, 5), an exact
  200 may be rounded (190..210), 207 is taken as printed. Bounds and roundings are never findings.
- Running totals are figures "since <year>" of a count of events (not of people held abroad
  today): one series per metric, subset, unit and start year; a year's count so far ("depuis le
  début de l'année", "in 2024" printed while 2024 runs: `periods.so_far_start`) is the series from
  that January; undated figures stay out, except those of the Syria-Iraq wave (fighters who left,
  and who came back: `series.WAVE_METRICS`) and a total naming no start that is within 10% of one
  series' figures of the three years around it (`rules.read_misread_periods`).
- Figures printed within SAME_MOMENT_DAYS (7) of each other speak for the same moment; further
  apart a lower later total is a cumulative_decrease, or a stale_figure when at least two other
  articles had printed a higher total at least STALE_AFTER_DAYS (90) before. A round figure printed
  between the two ends of a drop ("97", then "100", then "96") is pinned by the earlier total (after
  97, the 100 stands for 97..105) and joins the decrease (`rules._pinned_drops`): never a finding alone.
- implausible_value: a running total SPIKE_FACTOR (3) times above or below the other sources' figures
  around it (one other source is enough), or a latest one whose jump outruns the series' own pace
  threefold; unsupported by any figure within SUPPORT_FACTOR (1.5) of it. A count for a closed year,
  month or range more than SPIKE_FACTOR times what at least CALENDAR_SPIKE_MIN_SOURCES (2) other
  sources give for it.
- internal_arithmetic only where no reading can fit: a part above its total, disjoint parts adding
  up to more, a stated split ("موزعة بين") or a named total ("soit un total de", after its parts)
  that does not add up.
- same_period_disagreement between sources: two articles, or one article quoting two named bodies
  for one closed year.
- partial_exceeds_whole only within one source: the same outlet, or the same named organisation
  whichever outlets relay it (never a vague attribution).
"""
