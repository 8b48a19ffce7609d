"""The "meta" development corpus gold (tests/corpus_meta/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_meta_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks, on the publication metadata: the date read from every shape of date line (Maghreb and
Mashriq months, Arabic-Indic digits, numeric dates, an update beside the publication), the place each layout prints
it, the site line's shapes, and the outlet's three names in saved HTML.
"""

import json
import re
from datetime import date

from tests.corpus_gold_checks import (  # noqa: F401  the shared checks, run here for this corpus
    Corpus,
    corpus,
    pytest_generate_tests,
    test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency,
    test_an_article_gives_two_speakers_with_different_figures_for_one_metric,
    test_an_event_on_a_named_weekday_is_the_last_such_day_on_or_before_the_byline,
    test_build_py_regenerates_exactly_the_committed_files,
    test_claim_ids_are_unique_within_each_file,
    test_claims_use_the_contract_vocabulary,
    test_every_claim_sentence_occurs_exactly_once_in_its_file,
    test_every_file_exists_with_its_byte_size_a_known_layout_and_a_publication_date,
    test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it,
    test_every_group_names_existing_required_claims_at_least_two_and_distinct,
    test_every_layout_occurs_in_every_language,
    test_groups_share_a_metric_unless_the_reason_says_the_metrics_differ,
    test_inconsistencies_are_of_contract_kinds_with_ids_and_explanations_naming_the_values,
    test_keys_are_contiguous_and_languages_run_arabic_then_french_then_english,
    test_many_series_are_told_by_several_outlets,
    test_must_not_flag_groups_are_compatible_under_the_readme_conventions,
    test_must_not_flag_groups_are_many_and_each_has_a_reason,
    test_new_subsets_are_only_the_declared_ones,
    test_no_trap_text_is_a_claim_value_and_every_file_has_a_claim,
    test_no_trap_text_lies_inside_a_claim_sentence,
    test_partner_countries_and_mere_mentions_both_occur,
    test_partners_are_cited_somewhere,
    test_periods_are_iso_and_resolved_from_the_publication_date_or_the_as_of_date,
    test_relative_periods_occur_in_arabic_and_english_and_make_a_disagreement,
    test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both,
    test_the_attribution_and_the_person_occur_in_the_article,
    test_the_attributions_cover_every_kind_of_voice_the_corpus_is_for,
    test_the_cumulative_decrease_of_a_running_total_falls_at_its_latest_date,
    test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs,
    test_the_gold_has_the_seed_schema_top_level_keys,
    test_the_implausible_value_is_an_order_of_magnitude_off_its_series,
    test_the_internal_arithmetic_breakdown_of_one_period_does_not_add_up_to_its_total,
    test_the_partial_exceeds_the_whole_of_the_same_year_and_source,
    test_the_printed_value_equals_the_gold_value,
    test_the_readme_describes_every_file_and_the_measuring_command,
    test_the_same_period_disagreement_has_two_values_for_one_period_from_two_files,
    test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one_of_its_series,
    test_value_qualifier_and_period_text_occur_in_the_sentence,
)

CORPUS = Corpus(
    "meta",
    key_prefix="n",
    words={"ar": {}, "fr": {}, "en": {"one": 1}},  # every figure in digits but n22's optional "One suspect"
    relative_years={"السنة الماضية": -1, "l'année dernière": -1, "last year": -1},
    relative_to_date=("depuis le début de l'année", "depuis janvier", "so far this year"),
    # 24 files: ten Arabic, eight French, six English
    language_counts_ok=lambda counts, n_files: counts == [10, 8, 6] and n_files == 24,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={
        "BCIJ",
        "DGST",
        "DGSN",
        "MOI",
        "GOV",
        "PARLIAMENT",
        "MFA",
        "official_unspecified",
        "analyst",
        "unspecified",
    },  # fmt: skip
    must_not_flag_at_least=8,
    series_outlets=2,
    series_told_at_least=5,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files

# ---------------------------------------------------------------- reading a printed date

MAGHREB = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]
MASHRIQ = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
           "تشرين الثاني", "كانون الأول"]  # fmt: skip
FRENCH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]  # fmt: skip
ENGLISH = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]  # fmt: skip
MONTHS = {name: i for names in (MAGHREB, MASHRIQ, FRENCH, ENGLISH) for i, name in enumerate(names, 1)}
MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
WEEKDAYS = {"الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}  # fmt: skip
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# Clean pages whose second line carries no date, and where they print it instead.
DATE_ELSEWHERE = {"n21": "last line", "n23": "a line of the body"}


def western(line):
    return line.translate(INDIC)


def dates_in(line):
    """Every full date printed in a line: '12 شتنبر 2024', '6 كانون الثاني 2025', '27 دجنبر، 2024', '١٢ مارس
    ٢٠٢٥', '20 mars 2025', 'March 3, 2024', '26/02/2024'."""
    text, found = western(line).lower(), []
    for d, m, y in re.findall(rf"(?<!\d)(\d{{1,2}})\s+({MONTH_RE})\s*[،,]?\s*(\d{{4}})", text):
        found.append(
            (re.search(rf"(?<!\d){d}\s+{re.escape(m)}", text).start(), date(int(y), MONTHS[m], int(d)))
        )
    for m, d, y in re.findall(rf"({MONTH_RE})\s+(\d{{1,2}}),\s*(\d{{4}})", text):
        found.append((text.index(f"{m} {d},"), date(int(y), MONTHS[m], int(d))))
    for match in re.finditer(r"(?<!\d)(\d{2})/(\d{2})/(\d{4})(?!\d)", text):
        d, m, y = match.groups()
        found.append((match.start(), date(int(y), int(m), int(d))))
    return [d for _, d in sorted(found)]


def date_line(entry):
    """The line a WordPress or clean page prints its publication date on."""
    lines = CORPUS.text_of(entry).splitlines()
    if entry["key"] in DATE_ELSEWHERE:
        return next(line for line in lines[2:] if dates_in(line))
    return lines[6 if entry["format"] == "wordpress" else 1]


def test_the_reader_of_printed_dates_knows_every_shape():
    assert dates_in("الخميس 12 شتنبر 2024 - 10:45") == [date(2024, 9, 12)]
    assert dates_in("27 دجنبر، 2018") == [date(2018, 12, 27)]
    assert dates_in("الإثنين ٦ كانون الثاني ٢٠٢٥") == [date(2025, 1, 6)]
    assert dates_in("Publié le 3 mars 2023 à 14h02") == [date(2023, 3, 3)]
    assert dates_in("Par Rédaction | 03/03/2023") == [date(2023, 3, 3)]
    assert dates_in("Posted on March 3, 2023 by Staff") == [date(2023, 3, 3)]
    assert dates_in("depuis sa création en mars 2015") == []


def test_the_publication_date_is_printed_in_the_layouts_own_place(entry):
    text, pub = CORPUS.text_of(entry), entry["metadata"]["date"]
    y, m, d = pub.split("-")
    lines = text.splitlines()
    if entry["format"] == "aggregator":
        assert f"{d} - {m} - {y}" in lines[lines.index(entry["metadata"]["title"], 6) + 1]
    elif entry["format"] == "html":
        assert f'<time datetime="{pub}' in text or f'"datePublished":"{pub}' in text
    else:  # WordPress and clean: the date line names the day, month and year of the publication
        assert date.fromisoformat(pub) in dates_in(date_line(entry)), entry["key"]


def test_beside_an_update_the_gold_date_is_the_first_publication(entry):
    if entry["format"] not in ("wordpress", "clean"):
        return
    printed = dates_in(date_line(entry))
    assert min(printed) == date.fromisoformat(entry["metadata"]["date"])
    if len(printed) > 1:
        assert re.search(r"تحديث|Mis à jour|Updated", date_line(entry))


def test_update_dates_beside_the_publication_occur_in_every_language():
    def has_update(f):
        if f["format"] == "html":
            byline = re.search(r'<p class="byline">(.*)</p>', CORPUS.text_of(f))
            return bool(byline) and date.fromisoformat(f["metadata"]["date"]) not in dates_in(byline.group(1))
        return f["format"] in ("wordpress", "clean") and len(dates_in(date_line(f))) > 1

    updated = [f for f in FILES if has_update(f)]
    assert {f["language"] for f in updated} == {"ar", "fr", "en"}
    assert {f["format"] for f in updated} == {"wordpress", "html"}
    # one page prints the update before the first publication ("Updated: ... | First published: ...")
    assert any(dates_in(date_line(f))[0] > date.fromisoformat(f["metadata"]["date"]) for f in updated
               if f["format"] == "wordpress")  # fmt: skip


def test_a_visible_html_byline_with_an_update_is_not_the_gold_date():
    shown = []
    for f in FILES:
        byline = (
            re.search(r'<p class="byline">(.*)</p>', CORPUS.text_of(f)) if f["format"] == "html" else None
        )
        if byline:
            printed = dates_in(byline.group(1))
            assert printed and all(d > date.fromisoformat(f["metadata"]["date"]) for d in printed), f["key"]
            assert any(t["text"] in byline.group(1) for t in f["must_not_extract"]), f["key"]
            shown.append(f["language"])
    assert {"ar", "en"} <= set(shown)


def test_arabic_date_lines_use_maghreb_and_mashriq_months_and_arabic_indic_digits():
    lines = [date_line(f) for f in FILES if f["language"] == "ar" and f["format"] in ("wordpress", "clean")]
    assert any(m in line for line in lines for m in ("ماي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"))
    assert any(m in line for line in lines for m in MASHRIQ)
    assert any(re.search("[٠-٩]{4}", line) for line in lines)
    assert any("،" in line for line in lines)  # "27 دجنبر، 2024"


def test_a_weekday_printed_with_the_date_is_the_dates_weekday(entry):
    if entry["format"] not in ("wordpress", "clean"):
        return
    line = date_line(entry)
    for word, weekday in WEEKDAYS.items():
        if re.search(rf"(?<!\w){word}(?!\w)", line, flags=re.IGNORECASE):
            assert date.fromisoformat(entry["metadata"]["date"]).weekday() == weekday, (entry["key"], word)


def test_clean_pages_print_a_dateline_an_outlet_with_its_date_and_a_date_elsewhere():
    shapes = set()
    for f in FILES:
        if f["format"] != "clean":
            continue
        lines = CORPUS.text_of(f).splitlines()
        md = f["metadata"]
        if f["key"] in DATE_ELSEWHERE:
            assert not dates_in(lines[1]) and not re.search(r"\d{4}", western(lines[1]))
            shapes.add("elsewhere")
        if md["dateline_city"]:
            assert lines[1].startswith(md["dateline_city"])
            shapes.add("dateline")
        elif md["outlet"] in lines[1] and dates_in(lines[1]):
            shapes.add("outlet and date")
    assert shapes == {"dateline", "outlet and date", "elsewhere"}
    assert [f["key"] for f in FILES if f["key"] in DATE_ELSEWHERE and f["format"] == "clean"] == list(
        DATE_ELSEWHERE
    )


def test_footer_and_source_lines_name_the_outlet():
    lasts = [CORPUS.text_of(f).splitlines()[-1] for f in FILES if f["format"] == "clean"]
    assert any(re.match(r"© \d{4} ", line) for line in lasts)
    assert any(line.startswith("Source : ") for line in lasts)


def test_wordpress_site_lines_take_every_shape():
    shapes = set()
    for f in FILES:
        if f["format"] != "wordpress":
            continue
        lines, outlet = CORPUS.text_of(f).splitlines(), f["metadata"]["outlet"]
        site = lines[0]
        if site == outlet:
            shapes.add("name alone")
        elif re.match(rf"{re.escape(outlet)} [-—] \S", site):
            shapes.add("name and tagline")
        elif site == outlet.upper() and f["language"] == "ar":
            shapes.add("Latin name on an Arabic site")
        elif "»" in site and lines[2].startswith(outlet):
            shapes.add("breadcrumbs first")
        else:
            raise AssertionError(f["key"])
    assert shapes == {"name alone", "name and tagline", "Latin name on an Arabic site", "breadcrumbs first"}


def test_the_title_is_printed_in_the_layouts_own_place(entry):
    lines, title = CORPUS.text_of(entry).splitlines(), entry["metadata"]["title"]
    if entry["format"] == "aggregator":
        assert lines[lines.index(title, 6)] == title and lines[0] != title
    elif entry["format"] == "wordpress":
        assert lines[4] == title
    elif entry["format"] == "clean":
        assert lines[0] == title
    else:
        assert f"    <h1>{title}</h1>" in lines


def html_names(text):
    og = re.search(r'<meta property="og:site_name" content="([^"]+)">', text).group(1)
    title = re.search(r"<title>(.*)</title>", text).group(1)
    tail = title.rsplit(" | " if " | " in title else " - ", 1)[1]
    ld = re.search(r'<script type="application/ld\+json">(.*)</script>', text)
    publisher = json.loads(ld.group(1))["publisher"]["name"] if ld else None
    return og, tail, publisher


def test_the_html_outlet_is_og_site_name_unless_that_is_the_latin_form_of_an_arabic_site(entry):
    if entry["format"] != "html":
        return
    text, md = CORPUS.text_of(entry), entry["metadata"]
    og, tail, publisher = html_names(text)
    assert entry["metadata"]["title"] in re.search(r"<title>(.*)</title>", text).group(1)
    if entry["language"] == "ar" and re.fullmatch(r"[A-Za-z ]+", og):
        assert md["outlet"] == tail == publisher and md["outlet_alias"] == og
    else:
        assert md["outlet"] == og


def test_saved_html_pages_name_their_outlet_three_ways_and_sometimes_differently():
    names = [html_names(CORPUS.text_of(f)) for f in FILES if f["format"] == "html"]
    assert any(len({n for n in triple if n}) == 3 for triple in names)  # og, <title>, publisher all differ
    assert any(len(set(triple)) == 1 for triple in names)  # all three agree
    seps = {" - " if " - " in re.search(r"<title>(.*)</title>", CORPUS.text_of(f)).group(1) else " | "
            for f in FILES if f["format"] == "html"}  # fmt: skip
    assert seps == {" - ", " | "}


def test_every_outlet_is_invented_and_has_an_alias():
    assert all(f["metadata"]["outlet_fictional"] and f["metadata"]["outlet_alias"] for f in FILES)


def test_byline_times_and_copyright_years_are_traps():
    traps = {t["text"] for f in FILES for t in f["must_not_extract"]}
    assert {"10:45", "14h02", "© 2025", "© 2024"} <= traps
