"""`manage.py generate_corpus`: synthetic articles for benchmarks, in the seed layouts, reproducible."""

import json
import re
import time
from io import StringIO

from django.core.management import call_command

from claims.extraction.decode import decode_bytes
from claims.extraction.layouts import parse_document
from claims.management.commands.generate_corpus import build_article, generate


def run_generate(out, articles, seed=7):
    call_command(
        "generate_corpus",
        "--articles",
        str(articles),
        "--out",
        str(out),
        "--seed",
        str(seed),
        stdout=StringIO(),
    )
    return sorted(out.glob("*.txt"))


def truth_of(out):
    return [json.loads(line) for line in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


def test_it_writes_as_many_articles_as_asked_with_one_truth_line_each(tmp_path):
    files = run_generate(tmp_path, 25)
    assert len(files) == 25
    assert [t["file"] for t in truth_of(tmp_path)] == [f.name for f in files]


def test_the_same_seed_writes_the_same_corpus(tmp_path):
    first = run_generate(tmp_path / "a", 10, seed=3)
    second = run_generate(tmp_path / "b", 10, seed=3)
    assert [f.read_bytes() for f in first] == [f.read_bytes() for f in second]


def test_another_seed_writes_another_corpus(tmp_path):
    first = run_generate(tmp_path / "a", 10, seed=3)
    second = run_generate(tmp_path / "b", 10, seed=4)
    assert [f.read_bytes() for f in first] != [f.read_bytes() for f in second]


def test_an_aggregator_page_has_a_sidebar_a_byline_and_the_source_link():
    text, truth = next(
        build_article(i, 7) for i in range(100) if build_article(i, 7)[1]["layout"] == "aggregator"
    )
    first_line = text.splitlines()[0]
    assert len(re.split(r" {4,}", first_line.strip())) >= 5  # other sites' headlines glued by spaces
    assert re.search(r"^نشر في .+ يوم \d\d - \d\d - \d{4}$", text, re.MULTILINE)
    assert text.rstrip().endswith("انقر هنا لقراءة الخبر من مصدره.")


def test_a_wordpress_page_has_a_breadcrumb_and_the_comment_form():
    text, _truth = next(
        build_article(i, 7) for i in range(100) if build_article(i, 7)[1]["layout"] == "wordpress"
    )
    assert "اترك تعليقاً" in text
    assert "لن يتم نشر عنوان بريدك الإلكتروني" in text


def test_a_clean_article_opens_its_body_with_a_dateline():
    text, _truth = next(
        build_article(i, 7) for i in range(100) if build_article(i, 7)[1]["layout"] == "clean"
    )
    assert re.match(r"^[^\n]+\n[^\W\d_][^\n-]* - ", text)


def test_the_layout_reader_finds_the_outlet_and_date_the_generator_wrote():
    for index in range(40):
        text, truth = build_article(index, 7)
        if truth["layout"] != "aggregator":
            continue
        document = parse_document(decode_bytes(text.encode()).text, "x.txt")
        assert document.outlet == truth["outlet"]
        assert document.published.isoformat() == truth["published"]


def test_truth_offsets_point_at_each_figure_inside_its_sentence():
    for index in range(50):
        text, truth = build_article(index, 7)
        for claim in truth["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["value_text"]
            sentence = text[claim["sentence_start"] : claim["sentence_end"]]
            assert claim["value_text"] in sentence and sentence.endswith(".")
        for country in truth["countries"]:
            assert text[country["start"] :].startswith(country["text"])


def test_figures_use_the_contract_vocabulary():
    metrics = {
        "cells_dismantled",
        "persons_arrested",
        "plots_foiled",
        "terrorist_attacks",
        "fighters_joined",
        "fighters_killed",
        "returnees",
        "returnees_arrested",
        "joint_operations",
    }
    claims = [c for i in range(200) for c in build_article(i, 7)[1]["claims"]]
    assert {c["metric"] for c in claims} == metrics
    assert {c["qualifier"] for c in claims} == {"exact", "more_than", "about", "at_least"}
    assert {"since", "year", "range", "year_to_date", "last_n_years", "unspecified"} == {
        c["period"]["type"] for c in claims
    }


def test_it_states_about_ten_figures_per_article_like_the_full_scale_target(tmp_path):
    generate(tmp_path, 200, 7)
    claims = sum(len(t["claims"]) for t in truth_of(tmp_path))
    assert 7 * 200 < claims < 13 * 200


def test_it_writes_thousands_of_articles_per_second(tmp_path):
    started = time.perf_counter()
    generate(tmp_path, 2000, 7)
    # 100,000 files in well under a few minutes, even on a busy machine.
    assert time.perf_counter() - started < 20
