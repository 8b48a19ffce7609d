"""The vocabulary of ../shared/CONTRACT.md, for the gold tests of every development corpus.

Copied here once (not imported from claims/): these tests check the gold files against the contract
itself and must not import Django or the engine they measure.
"""

import re

METRICS = {
    "cells_dismantled", "persons_arrested", "plots_foiled", "terrorist_attacks", "fighters_joined",
    "fighters_killed", "fighters_detained_abroad", "returnees", "returnees_arrested", "joint_operations",
}  # fmt: skip
QUALIFIERS = {"exact", "more_than", "about", "at_least", "less_than", "at_most"}
UNITS = {"count", "percent"}
PERIOD_TYPES = {
    "since", "year", "range", "year_to_date", "month", "last_n_years", "event", "cumulative_unspecified",
    "unspecified",
}  # fmt: skip
ORGS = {
    "DGST", "BCIJ", "DGSN", "MOI", "PARLIAMENT", "GOV", "MFA", "official_unspecified", "analyst", "unspecified",
}  # fmt: skip
FINDING_KINDS = {
    "same_period_disagreement", "cumulative_decrease", "internal_arithmetic", "implausible_value",
    "stale_figure", "partial_exceeds_whole",
}  # fmt: skip
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
