"""The engine's measured quality does not regress: floors on the seeds, the development corpora and the
blind sets.

The floors sit under the figures of the engine's last report (docs/engine-log.md): a rule change that
costs more than a few claims fails here, with the scorer's own figures in the message. The blind sets'
floors guard against a regression only; they are never a target to tune on.
"""

import pytest

from claims.extraction.evaluation import evaluate
from tests.conftest import ROOT

FLOORS = {
    "tests/gold/seeds.json": 0.95,
    "tests/corpus/expected.json": 0.95,
    "tests/corpus_ar/expected.json": 0.96,
    "tests/corpus_fren/expected.json": 0.92,
    "tests/corpus_mix/expected.json": 0.89,
    "tests/corpus_voices/expected.json": 0.94,
    "tests/corpus_desk/expected.json": 0.92,
    "tests/corpus_wire/expected.json": 0.95,
    # seventh round (issues 15 and 16): corpus_probe read F1 0.896 with 4 traps untuned, 0.986 with none after
    "tests/corpus_probe/expected.json": 0.95,
    # forum round: corpus_forum read F1 0.948 with 3 traps untuned, 1.0 with none after
    "tests/corpus_forum/expected.json": 0.97,
    # eighth session: corpus_chron (chronologies, key-figure boxes, PDF text, written blind) read F1 0.82 untuned,
    # 0.975 after the chron round (year-labelled lines, PDF line breaks, arrests as nouns)
    "tests/corpus_chron/expected.json": 0.95,
    # eighth session: corpus_abroad (fighters, camps, returnees, partners; written blind) read F1 0.854 untuned,
    # 0.968 with 2 traps after the engine-abroad round
    "tests/corpus_abroad/expected.json": 0.94,
    # eighth session: corpus_beat (the security beat, written blind) read F1 0.977 with 3 traps untuned; 0.992
    # with 1 trap after the beat round
    "tests/corpus_beat/expected.json": 0.97,
    # ninth session: three corpora written blind, then tuned on. courts (justice) read F1 0.871 with 2 traps
    # untuned, 1.0 after; voice2 (who speaks) 0.947, 1.0 after; review (year-end reviews, indices) 0.975 with 4
    # traps, 1.0 after
    "tests/corpus_courts/expected.json": 0.97,
    "tests/corpus_voice2/expected.json": 0.97,
    "tests/corpus_review/expected.json": 0.97,
    # ninth session: corpus_regions (regional coverage of single operations) read F1 0.854 untuned, 1.0 after
    "tests/corpus_regions/expected.json": 0.97,
    # ninth session: corpus_foreign (Morocco seen from abroad, joint operations) read F1 0.933 untuned, 1.0 after
    "tests/corpus_foreign/expected.json": 0.97,
    # ninth session: corpus_dates (every period type, sources in every position) read F1 0.962 untuned, 0.972 after
    "tests/corpus_dates/expected.json": 0.95,
    # tenth session, three corpora written by fresh hands, then tuned on: lists (enumerations, breakdowns, number
    # words) read F1 0.932 untuned, 1.0 after; speakers (who said it) 0.894, 0.945 after; meta (where pages print
    # outlet, date and title) 0.925, 0.985 after
    "tests/corpus_lists/expected.json": 0.97,
    "tests/corpus_speakers/expected.json": 0.92,
    "tests/corpus_meta/expected.json": 0.95,
    # tenth session: corpus_comms (official communiqués and their relays, written by a fresh hand) read F1 1.0
    # untuned, org 0.939
    "tests/corpus_comms/expected.json": 0.97,
    # eleventh session: corpus_anniv (anniversaries, year-end reviews, budget debates; a fresh hand) read F1 0.981
    # untuned (period type 0.941, org 0.922), 1.0 after the engine-anniv round
    "tests/corpus_anniv/expected.json": 0.97,
    # twelfth session: corpus_parl (parliament and government voices) and corpus_oped (op-eds, columns; fresh
    # hands) read F1 0.925 and 0.968 untuned (org 0.811 and 0.9); 1.0 and 1.0 after the engine-parl round (org
    # 0.974 and 1.0)
    "tests/corpus_parl/expected.json": 0.97,
    "tests/corpus_oped/expected.json": 0.97,
    # twelfth session: corpus_factcheck (fact-checks, explainers, press reviews; a fresh hand) read F1 0.947 untuned
    # (org 0.795, partners P 0.941 R 0.842), 1.0 after the engine-factcheck round
    "tests/corpus_factcheck/expected.json": 0.97,
    # twelfth session: corpus_wire2 (English-language outlets, wire copy) and corpus_arpress (the Arabic daily
    # press; fresh hands) read F1 0.96 and 0.949 untuned (org 0.944 and 0.973); 1.0 and 1.0 after the
    # engine-wire2 round (org 0.973 and 0.975)
    "tests/corpus_wire2/expected.json": 0.97,
    "tests/corpus_arpress/expected.json": 0.97,
    "tests/holdout/expected.json": 0.88,
    "tests/blind/expected.json": 0.91,
    # seventh round: a blind set written by a fresh hand before the round's rule changes; read F1 0.914 then
    "tests/blind_round7/expected.json": 0.88,
    # eighth session: a blind set written by a fresh hand at the session's start; read F1 0.912 then
    "tests/blind_round8/expected.json": 0.88,
    # ninth session: a blind set written by a fresh hand before the session's engine rounds; read F1 0.965 then
    "tests/blind_round9/expected.json": 0.92,
    # tenth session: a blind set written by a fresh hand at the session's start; read F1 0.956 then
    "tests/blind_round10/expected.json": 0.92,
}
# Sidebar and trap figures extracted at most (the new corpora plant many on purpose).
TRAPS_AT_MOST = {
    "tests/corpus_ar/expected.json": 3,
    "tests/corpus_fren/expected.json": 3,
    "tests/corpus_mix/expected.json": 3,
    "tests/corpus_desk/expected.json": 3,
    "tests/blind/expected.json": 3,
    "tests/corpus_chron/expected.json": 2,
    "tests/corpus_abroad/expected.json": 2,
    "tests/corpus_beat/expected.json": 1,  # 3 untuned, 1 after the beat round
}
# Period type and attribution on the development corpora (fifth round: corpus_voices and corpus_desk, written
# by hands that never read the engine, then tuned on): floors a few claims under the last report.
ATTRIBUTE_FLOORS = {
    "tests/corpus_ar/expected.json": {"period_type": 0.88, "org": 0.96},
    "tests/corpus_fren/expected.json": {"period_type": 0.93, "org": 0.95},
    "tests/corpus_mix/expected.json": {"period_type": 0.92, "org": 0.93},
    "tests/corpus_voices/expected.json": {"period_type": 0.89, "org": 0.92},
    "tests/corpus_desk/expected.json": {"period_type": 0.86, "org": 0.93},
    # sixth round (issue 15): corpus_wire, who gives the figure, read 0.717 org untuned; 1.0 after the offices
    "tests/corpus_wire/expected.json": {"period_type": 0.91, "org": 0.95},
    # seventh round: corpus_probe read period type 0.969, org 0.969 untuned; 0.944 and 0.944 after (more claims)
    "tests/corpus_probe/expected.json": {"period_type": 0.91, "org": 0.91},
    # forum round: corpus_forum read period type 0.945, org 0.782 untuned; 0.948 and 1.0 after
    "tests/corpus_forum/expected.json": {"period_type": 0.91, "org": 0.95},
    # eighth session: corpus_chron read period type 0.945, org 0.849 untuned; 0.97 and 0.929 after the chron round
    "tests/corpus_chron/expected.json": {"period_type": 0.94, "org": 0.90},
    # eighth session: corpus_abroad read period type 0.94, org 0.86 untuned; 0.951 and 0.934 after engine-abroad
    "tests/corpus_abroad/expected.json": {"period_type": 0.92, "org": 0.90},
    # eighth session: corpus_beat read period type 0.937, org 0.921 untuned; 0.984 and 1.0 after the beat round
    "tests/corpus_beat/expected.json": {"period_type": 0.95, "org": 0.96},
    # ninth session: org read 0.955 (courts), 0.796 (voice2), 0.831 (review) untuned; 1.0, 0.983, 1.0 after
    "tests/corpus_courts/expected.json": {"period_type": 0.95, "org": 0.95},
    "tests/corpus_voice2/expected.json": {"period_type": 0.95, "org": 0.94},
    "tests/corpus_review/expected.json": {"period_type": 0.95, "org": 0.95},
    # corpus_regions read org 0.829 untuned; 1.0 after (and the gold's security sources put right)
    "tests/corpus_regions/expected.json": {"period_type": 0.95, "org": 0.95},
    # corpus_foreign read period type 0.971, org 0.943 untuned; 1.0 and 1.0 after
    "tests/corpus_foreign/expected.json": {"period_type": 0.95, "org": 0.95},
    # corpus_dates read period type 0.961, org 0.902 untuned; 1.0 and 0.942 after
    "tests/corpus_dates/expected.json": {"period_type": 0.95, "org": 0.91},
    # tenth session: corpus_lists read period type 0.973, org 0.907 untuned; corpus_speakers 0.945 and 0.836;
    # corpus_meta 1.0 and 0.968
    "tests/corpus_lists/expected.json": {"period_type": 0.96, "org": 0.95},
    "tests/corpus_speakers/expected.json": {"period_type": 0.95, "org": 0.95},
    "tests/corpus_meta/expected.json": {"period_type": 0.95, "org": 0.93},
    "tests/corpus_comms/expected.json": {"period_type": 0.95, "org": 0.9},
    "tests/corpus_anniv/expected.json": {"period_type": 0.96, "org": 0.95},
    "tests/corpus_parl/expected.json": {"period_type": 0.97, "org": 0.95},
    "tests/corpus_oped/expected.json": {"period_type": 0.96, "org": 0.96},
    "tests/corpus_factcheck/expected.json": {"period_type": 0.96, "org": 0.95},
    "tests/corpus_wire2/expected.json": {"period_type": 0.97, "org": 0.95},
    "tests/corpus_arpress/expected.json": {"period_type": 0.97, "org": 0.95},
}


@pytest.mark.parametrize(("gold", "floor"), FLOORS.items())
def test_claims_f1_stays_above_its_floor(gold, floor):
    result = evaluate(str(ROOT / gold))
    assert result["claims"]["f1"] >= floor, result["claims"]


@pytest.mark.parametrize("gold", FLOORS)
def test_no_sidebar_or_trap_figure_becomes_a_claim_beyond_one(gold):
    result = evaluate(str(ROOT / gold))
    assert result["claims"]["traps_extracted"] <= TRAPS_AT_MOST.get(gold, 1), result["claims"]


@pytest.mark.parametrize("gold", FLOORS)
def test_every_file_gets_its_expected_status(gold):
    status = evaluate(str(ROOT / gold))["status"]
    assert status["right"] == status["total"]


@pytest.mark.parametrize(("gold", "floors"), ATTRIBUTE_FLOORS.items())
def test_period_type_and_organisation_stay_above_their_floors(gold, floors):
    attributes = evaluate(str(ROOT / gold))["attributes"]
    for name, floor in floors.items():
        assert attributes[name] >= floor, (name, attributes)


# Page metadata on the development corpora: an outlet read from a date line ("27 دجنبر، 2018" taken for an
# outlet named "27 دجنبر") cost eight corpora 3-7% of their outlets at once in the eighth session, unnoticed by
# the floors above; a floor a file or two under each corpus's last figure catches such a slip.
METADATA_FLOORS = {
    "tests/corpus/expected.json": 0.97,
    "tests/corpus_ar/expected.json": 0.97,
    "tests/corpus_fren/expected.json": 0.95,
    "tests/corpus_mix/expected.json": 0.86,
    "tests/corpus_voices/expected.json": 0.93,
    "tests/corpus_desk/expected.json": 0.96,
    "tests/corpus_wire/expected.json": 0.96,
    "tests/corpus_ledger/expected.json": 0.96,
    "tests/corpus_probe/expected.json": 0.96,
    "tests/corpus_forum/expected.json": 0.96,
    "tests/corpus_beat/expected.json": 0.96,
    "tests/corpus_chron/expected.json": 0.96,
    "tests/corpus_abroad/expected.json": 0.96,
    "tests/corpus_courts/expected.json": 0.96,
    "tests/corpus_voice2/expected.json": 0.96,
    "tests/corpus_review/expected.json": 0.96,
    "tests/corpus_regions/expected.json": 0.96,
    "tests/corpus_foreign/expected.json": 0.96,
    "tests/corpus_dates/expected.json": 0.96,
    "tests/corpus_lists/expected.json": 0.96,
    "tests/corpus_speakers/expected.json": 0.96,
    # corpus_meta (site lines with slogans, datelines with agencies, update dates) read title 0.792, outlet 0.625,
    # date 0.958 untuned; 1.0 after the metadata round
    "tests/corpus_meta/expected.json": 0.96,
    "tests/corpus_comms/expected.json": 0.96,
    "tests/corpus_anniv/expected.json": 0.96,
    "tests/corpus_parl/expected.json": 0.96,
    "tests/corpus_oped/expected.json": 0.96,
    "tests/corpus_factcheck/expected.json": 0.96,
    "tests/corpus_wire2/expected.json": 0.96,
    "tests/corpus_arpress/expected.json": 0.96,
}


@pytest.mark.parametrize(("gold", "floor"), METADATA_FLOORS.items())
def test_title_outlet_and_date_stay_above_their_floor(gold, floor):
    metadata = evaluate(str(ROOT / gold))["metadata"]
    assert min(metadata["title"], metadata["outlet"], metadata["date"]) >= floor, metadata
