"""The engine's fast paths give the results of the plain forms they replace.

Each shortcut taken for speed (a trie instead of a sorted alternation, a substring test before a
regex, a character class instead of unicodedata, a list instead of a dict for str.translate) is
checked here against the straightforward form it stands for.
"""

import random
import re
import sys
import unicodedata
from re import _constants as C  # the regex parser's opcodes, to generate texts a pattern matches
from re import _parser

import pytest

from claims.extraction import attribution, claims, countries, decode, layouts, metrics, normalize, periods
from claims.extraction.alternation import longest_first
from claims.extraction.literals import _engine_skips


def _sorted_alternation(forms) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


@pytest.mark.parametrize(
    "context",
    [
        r"(?<!\w)(?:{})(?!\w)",  # country names
        r"(?P<m>{})\s*(?:من\s+)?(?:سنه\s+)?(?P<y>\d\d)",  # month names before a year
        r"[وف]?(?:{})x",
    ],
)
def test_a_trie_matches_what_the_longest_first_alternation_matches(context):
    rng = random.Random(7)
    alphabet = ["ا", "ل", "م", "غ", "ر", "ب", " ", "و", "x"]
    for _ in range(300):
        forms = {"".join(rng.choice(alphabet[:7]) for _ in range(rng.randint(1, 6))) for _ in range(12)}
        # and forms that are prefixes of others
        forms |= {form[: rng.randint(1, len(form))] for form in list(forms)}
        plain = re.compile(context.format(_sorted_alternation(forms)))
        trie = re.compile(context.format(longest_first(forms)))
        for _ in range(20):
            text = "".join(rng.choice(alphabet + ["12", "سنه", "من", "،"]) for _ in range(40))
            assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == [
                (m.span(), m.groupdict()) for m in trie.finditer(text)
            ]


def _example(parsed, rng: random.Random) -> str:
    """A random text built along the pattern (lookarounds ignored: the caller keeps those that match)."""
    out = []
    for op, av in parsed:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append("x" if chr(av) != "x" else "y")
        elif op is C.ANY:
            out.append("x")
        elif op is C.IN:
            out.append(_char_of(av, rng))
        elif op is C.BRANCH:
            out.append(_example(rng.choice(av[1]), rng))
        elif op is C.SUBPATTERN:
            out.append(_example(av[3], rng))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, item = av
            out.extend(_example(item, rng) for _ in range(rng.randint(low, min(high, low + 3))))
    return "".join(out)


def _char_of(items, rng: random.Random) -> str:
    choices = []
    for op, av in items:
        if op is C.NEGATE:
            return rng.choice(["x", " ", "ب", "1"])
        if op is C.LITERAL:
            choices.append(chr(av))
        elif op is C.RANGE:
            choices.append(chr(rng.randint(*av)))
        elif op is C.CATEGORY:
            choices.append({C.CATEGORY_DIGIT: "7", C.CATEGORY_SPACE: " "}.get(av, "x"))
    return rng.choice(choices)


@pytest.mark.parametrize("rule", range(len(periods._COMPILED)))
def test_every_text_a_period_rule_matches_has_what_the_rule_needs(rule):
    """find_periods skips a rule when the sentence lacks its words (or a year): no match may be lost."""
    _, needs, pattern, month, weekday = periods._COMPILED[rule]
    parsed = _parser.parse(pattern.pattern)
    rng = random.Random(rule)
    matched = 0
    for _ in range(3000):
        text = _example(parsed, rng)
        if pattern.search(text):
            matched += 1
            assert needs.met_by(text, periods._ANY_YEAR.search(text) is not None), text
            if (
                month
            ):  # a month name, not glued to the letters before it (a word of its own, or after و/ف/ب/ل)
                found = pattern.search(text)
                if periods._on_word_boundaries(text, found.start(), found.end()):
                    assert periods._ANY_MONTH.search(text), text
            if weekday:
                assert periods._ANY_WEEKDAY.search(text), text
    assert matched > 300  # the generator does reach the rule's matches


def test_period_rules_give_what_they_gave_without_the_shortcut():
    texts = [
        "منذ سنة 2002 تم تفكيك 200 خلية",
        "خلال السنوات الثلاث الماضية",
        "في شتنبر 2024 وفي 3 ماي 2023 وخلال الفترة ذاتها",
        "ما بين 2015 و2020، ومن 2002 إلى غاية 2019، entre 2010 et 2012",
        "خلال شهر أيلول الماضي، في السنة التي قبلها، صباح اليوم، أمس",
        "depuis le début de l'année, au cours des trois dernières années, l'année dernière",
        "منذ بداية السنة الجارية، منذ مطلع سنة 2024، حتى الآن، إلى حدود اليوم",
        "منذ إحداثه سنة 2015، في العامين الماضيين، في الآونة الأخيرة، هذا العام",
    ]
    for text in texts:
        folded = normalize.fold(text)
        plain = []
        for kind, _, pattern, _month, _weekday in periods._COMPILED:
            for match in pattern.finditer(folded):
                if not periods._on_word_boundaries(folded, match.start(), match.end()):
                    continue
                if any(match.start() < other.fend and other.fstart < match.end() for other in plain):
                    continue
                plain.append(periods._resolve(kind, match, None))
        assert periods.find_periods(folded, None) == sorted(plain, key=lambda p: p.fstart)


def test_the_control_character_class_is_category_cc():
    by_category = {
        chr(i)
        for i in range(sys.maxunicode + 1)
        if unicodedata.category(chr(i)) == "Cc" and chr(i) not in decode._ALLOWED_CONTROLS
    }
    by_class = {chr(i) for i in range(0x3000) if decode._CONTROL_CHARS.match(chr(i))}
    assert by_class == by_category
    assert set(decode._CONTROL_BYTES) == {
        b for b in range(0x20) if chr(b) not in decode._ALLOWED_CONTROLS and b != 0x1B
    }


def test_the_fold_replacements_translate_as_the_dict():
    text = "".join(map(chr, range(0x3000)))
    assert normalize._translate(text) == text.translate(normalize._FOLD)
    for sample in ("أإآٱىةؤئ ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ١٬٢٣٤٫٥ ’", "abc", "", "ةة"):
        assert normalize._translate(sample) == sample.translate(normalize._FOLD)


def test_accents_are_stripped_as_character_by_character():
    text = "".join(map(chr, range(0x300))) + "Écouter l'étranger, à Genève — الإرهاب"
    assert countries._strip_accents(text) == "".join(countries._strip_accent(ch) for ch in text)


def test_the_word_before_is_the_last_word_as_the_forward_search_finds_it():
    forward = re.compile(r"(\w+)\s*$")
    rng = random.Random(3)
    pieces = ["a", "ب", " ", "\t", "\n", ",", "_", "1", "ال", "و", "،", "\u00a0", "é", "\u2003", "\x1c"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = forward.search(text)
        expected = countries._word_variants(found.group(1)) if found else set()
        assert countries._word_before(text, len(text)) == expected, repr(text)


def test_language_counts_are_the_regex_counts():
    rng = random.Random(5)
    pieces = [
        "a",
        "Z",
        "é",
        "ÿ",
        "×",
        "ب",
        "٣",
        "،",
        "\u06ff",
        "\u0700",
        "\u05ff",
        " ",
        "Ā",
        "😀",
        "\ud800",
        "1",
    ]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        latin = len(re.findall(r"[A-Za-zÀ-ÿ]", text))
        arabic = len(re.findall(r"[\u0600-\u06ff]", text))
        assert layouts.detect_language(text) == ("fr" if latin > arabic else "ar"), repr(text)


def _names(matches) -> list[tuple]:
    return [(m.code, m.start, m.end, m.full_start) for m in matches]


def _document(text: str):
    from claims.extraction.records import Document

    return Document(
        text=text, title="العنوان", outlet=None, published=None, dateline=None, language="ar",
        body_start=8, body_end=len(text), layout="clean",
    )  # fmt: skip


def test_a_sentences_names_taken_from_the_body_are_its_own_names():
    from claims.extraction.sentences import split_sentences

    rng = random.Random(11)
    # names of two words (cut apart where a long run without a clause break is cut at a space), a region
    # word after a name across a line break ("أمريكا\nالشمالية"), Latin names, clitics, stops
    words = [
        "فرنسا",
        "وإسبانيا",
        "بالمغرب",
        "للعراق",
        "أمريكا",
        "الشمالية",
        "الولايات المتحدة",
        "مع",
        "تعاون",
    ]
    words += ["France", "l'Espagne", "Burkina Faso", "Maroc", "the", "US", "12", "خلية", "،", ".", "\n", "؟"]
    taken = cut = 0
    for _ in range(400):
        pieces = [rng.choice(words) for _ in range(rng.randint(5, 60))]
        if rng.random() < 0.5:  # a long run with spaces and no stop or clause break: cut at a space
            pieces += [
                rng.choice(["الولايات المتحدة", "Burkina Faso", "أمريكا", "فرنسا", "تعاون"])
                for _ in range(160)
            ]
        body = " ".join(pieces).replace(" \n ", rng.choice(["\n", " \n", "\n "]))
        text = "العنوان\n" + body
        names = countries.BodyNames(_document(text))
        for sentence in split_sentences(text, 8, len(text)):
            folded, index = countries._fold_for_matching(sentence.text)
            own = countries._raw_matches(folded, index, sentence.text)
            from_body = names.sentence_matches(sentence.start, sentence.end, folded)
            if from_body is None:
                cut += 1
            else:
                taken += 1
                assert _names(from_body) == _names(own), sentence.text
    assert taken > 1000 and cut > 10  # both ways were tried


def test_a_sentence_cut_inside_a_word_matches_its_names_itself():
    from claims.extraction.sentences import split_sentences

    text = "العنوان\n" + "فرنساوإسبانيا" * 120 + " سوريا"
    names = countries.BodyNames(_document(text))
    first = split_sentences(text, 8, len(text))[0]
    assert names.sentence_matches(first.start, first.end, countries._fold_for_matching(first.text)[0]) is None


def test_a_dated_figure_before_a_number_is_found_only_where_the_sentence_has_one_or_a_year_touches_it():
    from claims.extraction import claims

    rng = random.Random(5)
    words = [
        "ارقام",
        "chiffres",
        "de",
        "the",
        "2020",
        "1999",
        "figures",
        "report",
        "a",
        "نونبر",
        "12",
        "7",
        "x",
        " ",
    ]
    for _ in range(2000):
        folded = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        if claims._DATED_FIGURES.search(folded):
            continue
        for b in range(len(folded) + 1):
            touching = claims._DIGIT.match(folded, b) and claims._YEAR.fullmatch(folded, max(0, b - 4), b)
            if not touching:
                assert not list(claims._DATED_FIGURES.finditer(folded, max(0, b - 80), b)), (folded, b)


_CUE_PATTERNS = [
    metrics._SUBSET_PATTERN.pattern,
    metrics._AFFILIATION_PATTERN.pattern,
    *(
        getattr(metrics, name)
        for name in ("_ARREST", "_RETURN", "_KILLED", "_JOINED", "_DETAINED", "_IN_ZONE", "_TERROR_WORDS")
    ),
    *(getattr(metrics, name) for name in ("_OTHER_CRIME", "_CARE_UNIT", "_FIGHTER_FRAME", "_REPATRIATED")),
    # searched through literals.search (a sentence's scope, a speaker referred to)
    *(
        getattr(countries, name).pattern
        for name in (
            "_MOROCCO_MARKERS",
            "_WORLD",
            "_REGION_OR_CITIZENS",
            "_FOREIGN_FIGHTERS",
            "_OWN_CITIZENS",
            "_WORLD_OPENING",
        )
    ),
    attribution._PRONOUN_REPORT.pattern,
    attribution._ANAPHOR.pattern,
    periods._ANY_WEEKDAY.pattern,
    # searched before a number only when the sentence holds one of their literals
    *(getattr(claims, name).pattern for name in ("_DERIVED", "_AVERAGE_BEFORE", "_DEMONSTRATIVE_BEFORE")),
    # searched through a sentence only when it holds one of their literals (a correction, an appointment)
    *(getattr(claims, name).pattern for name in ("_WITHDRAWN", "_TENURE_WORDS", "_RELATED_LINK")),
    attribution._COUNT_HEADS.pattern,
]


@pytest.mark.parametrize("pattern", range(len(_CUE_PATTERNS)))
def test_every_text_a_cue_matches_holds_one_of_its_required_literals(pattern):
    """metrics.py skips a cue's search when the sentence holds none of its literals: no match may be lost."""
    from claims.extraction.literals import required_literals

    source = _CUE_PATTERNS[pattern]
    literals = required_literals(source)
    assert literals and all(not any(ch.isspace() for ch in literal) for literal in literals)
    compiled, parsed, rng = re.compile(source), _parser.parse(source), random.Random(pattern)
    matched = 0
    for _ in range(3000):
        text = _example(parsed, rng)
        found = compiled.search(text)
        if found:
            matched += 1
            assert any(literal in found.group() for literal in literals), (found.group(), literals)
    assert matched > 300


def test_no_literal_is_required_where_a_part_may_be_left_out():
    from claims.extraction.literals import required_literals

    assert required_literals(r"(?:abc)?def|gh") == {"def", "gh"}
    assert required_literals(r"a?|bcd") is None
    assert required_literals(r"x[yz]+") == {"x"}
    assert required_literals(r"(?i:abc)") is None


@pytest.mark.parametrize("pattern", range(len(_CUE_PATTERNS)))
def test_a_guarded_cue_finds_what_the_plain_cue_finds(pattern):
    from claims.extraction.literals import guarded

    source = _CUE_PATTERNS[pattern]
    plain, fast, parsed, rng = (
        re.compile(source),
        guarded(source),
        _parser.parse(source),
        random.Random(pattern),
    )
    # a guard was put, unless the regex engine finds the first characters by itself (a plain alternation)
    assert fast.pattern != source or _engine_skips(source)
    for _ in range(500):
        text = " ".join(_example(parsed, rng) for _ in range(rng.randint(1, 4))) + rng.choice(["", " و", "x"])
        assert [(m.span(), m.lastgroup) for m in plain.finditer(text)] == [
            (m.span(), m.lastgroup) for m in fast.finditer(text)
        ]


def test_a_pattern_that_may_match_nothing_or_any_character_is_left_as_it_is():
    from claims.extraction.literals import guarded

    for source in (r"a?", r"(?:x|)", r".b", r"[^a]b", r"\bfoo|$"):
        assert guarded(source).pattern == source
    assert guarded(r"(?<!\w)[وف]?x|\s+y").pattern == r"(?=[وفx\s])(?:(?<!\w)[وف]?x|\s+y)"


def test_a_pattern_the_engine_skips_through_by_itself_is_left_as_it_is():
    from claims.extraction.literals import guarded

    for source in (r"abc|abd", r"foo(?:x|y)?", r"(?:منذ|depuis)\s+\d"):
        assert _engine_skips(source)
        assert guarded(source).pattern == source
    for source in (r"(?:في\s+)?سنه", r"(?<!\w)x|y"):
        assert not _engine_skips(source)
        assert guarded(source).pattern != source


@pytest.mark.parametrize("rule", range(len(periods._RULES)))
def test_a_guarded_period_rule_finds_what_the_plain_rule_finds(rule):
    source = periods._RULES[rule][2]
    plain, fast, parsed, rng = (
        re.compile(source),
        periods._COMPILED[rule][2],
        _parser.parse(source),
        random.Random(rule),
    )
    for _ in range(300):
        text = " ".join(_example(parsed, rng) for _ in range(rng.randint(1, 4))) + rng.choice(["", " و", "x"])
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


_GUARDED_SEARCHES = [
    ("attribution", "_PRONOUN_REPORT"),
    ("attribution", "_FOREIGN_BEFORE"),
    ("claims", "_THE_FIGURE"),
    ("claims", "_THEIR_NUMBER"),
    ("claims", "_YEARLY"),
    ("claims", "_DISTRIBUTION"),
    ("countries", "_PEOPLE_BEFORE_NAME"),
    ("countries", "_ALL_NATIONALITIES"),
    ("periods", "_OTHER_CLAUSE"),
    ("bylines", "_DATE"),
    ("layouts", "_FRENCH_WORDS"),
    ("layouts", "_ENGLISH_WORDS"),
]


@pytest.mark.parametrize("module, name", _GUARDED_SEARCHES)
def test_a_guarded_search_finds_what_the_plain_pattern_finds(module, name):
    """Patterns searched through sentences or windows, guarded by their first characters (literals.guarded)."""
    import importlib

    fast = getattr(importlib.import_module(f"claims.extraction.{module}"), name)
    assert fast.pattern.startswith("(?=[")  # a guard was put
    source = fast.pattern[fast.pattern.index("])(?:") + len("])(?:") : -1]
    plain, parsed, rng = re.compile(source), _parser.parse(source), random.Random(name)
    for _ in range(300):
        text = " ".join(_example(parsed, rng) for _ in range(rng.randint(1, 3))) + rng.choice(
            ["", " و", "x", "،"]
        )
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        assert [m.span() for m in plain.finditer(text, 1)] == [m.span() for m in fast.finditer(text, 1)]


def test_a_speaker_is_referred_to_where_the_single_pattern_found_one():
    """refers_to_a_speaker: the opening verb ("وأضاف") matched apart, the rest searched: the same answer as the
    one pattern it was, the opening as its last alternative anchored at the start."""
    from claims.extraction import attribution
    from claims.extraction.normalize import FoldedText

    fast = attribution._PRONOUN_REPORT.pattern
    source = fast[fast.index("])(?:") + len("])(?:") : -1] + "|^" + attribution._REPORT_VERB_OPENING.pattern
    plain, parsed, rng = re.compile(source), _parser.parse(source), random.Random("opening")
    for _ in range(600):
        text = (
            rng.choice(["", " ", "x ", "و"])
            + " ".join(_example(parsed, rng) for _ in range(rng.randint(1, 3)))
            + rng.choice(["", " و", "x", "،"])
        )
        folded = FoldedText(text)  # (what the engine searches: "على" is "علي" once folded)
        expected = plain.search(folded.folded) is not None
        assert attribution.refers_to_a_speaker(folded) == expected, text


def test_the_table_separator_test_answers_as_its_regex():
    """claims._has_table_separator: four characters tested before the regex; the same answer."""
    from claims.extraction.claims import _TABLE_SEPARATOR, _has_table_separator

    rng = random.Random("table")
    pieces = ["2015", " ", "\t", "|", "—", "–", "الخلايا", "x", "  ", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert _has_table_separator(text) == (_TABLE_SEPARATOR.search(text) is not None), repr(text)


def test_the_dated_figures_test_answers_as_its_regex():
    """claims._has_dated_figures: "19" or "20" tested before the regex (every match holds a year); the same
    answer, on texts made from the pattern itself and on those with one digit changed."""
    from claims.extraction.claims import _DATED_FIGURES, _has_dated_figures

    source = _DATED_FIGURES.pattern
    source = source[source.index("])(?:") + len("])(?:") : -1] if source.startswith("(?=[") else source
    parsed, rng = _parser.parse(source), random.Random("dated")
    for _ in range(600):
        text = " ".join(_example(parsed, rng) for _ in range(rng.randint(1, 2)))
        if rng.random() < 0.5:
            text = text.replace(rng.choice("0123456789"), rng.choice("0123456789"))
        assert _has_dated_figures(text) == (_DATED_FIGURES.search(text) is not None), text


def test_may_match_leaves_out_latin_literals_only_where_the_text_has_no_latin_letter():
    from claims.extraction.literals import may_match, required_literals

    patterns = [metrics._ARREST, metrics._JOINED, metrics._RETURN, metrics._FOIL, metrics._TERROR_FRAME]
    texts = [
        "وأوقفت المصالح الأمنية 12 شخصا",
        "عاد 270 مقاتلا إلى المغرب",
        "the police arrested 12 people",
        "arrêtés 12 personnes à Tanger",
        "وأوقفت 12 شخصا arrested",
        "",
    ]
    for pattern in patterns:
        literals = required_literals(pattern)
        for text in texts:
            folded = normalize.fold(text)
            plain = literals is None or any(literal in folded for literal in literals)
            assert may_match(pattern, folded) == plain


def test_the_body_cue_phrases_of_its_scripts_are_those_found_in_it():
    for text in (
        "بتنسيق مع السلطات الإسبانية",
        "en coopération avec l'Espagne",
        "in cooperation with Spain، بتنسيق",
    ):
        folded = countries._fold_word(text)
        assert countries._present_cues(folded, countries._cue_phrases_for(folded)) == countries._present_cues(
            folded
        )


def test_french_number_words_are_read_only_in_a_text_with_latin_letters():
    from claims.extraction import numbers

    assert numbers._french_word_mentions(normalize.fold("فككت الأجهزة الأمنية خلية من ثلاثة أفراد")) == []
    assert [m.value for m in numbers._french_word_mentions("trois cellules et une douzaine")] == [3, 12]


def test_a_nameless_example_sentence_hands_the_partner_cue_before_it_on():
    """find_countries reads a sentence with no name's cues only when a later sentence opening on an example
    asks: a chain of such sentences still carries the cue of the first."""
    from tests.extraction.test_countries import cited

    body = (
        "Le Maroc a renforcé sa coopération sécuritaire cette année. Parmi eux figurent plusieurs services "
        "européens. Notamment l'Espagne et la Belgique."
    )
    assert cited(body, "fr") == [("ES", "partner", "Espagne"), ("BE", "partner", "Belgique")]


def test_a_nameless_sentence_that_opens_on_no_example_breaks_the_chain():
    from tests.extraction.test_countries import cited

    body = (
        "وعززت الأجهزة الأمنية المغربية تعاونها الدولي في مجال مكافحة الإرهاب. وجرى ذلك في ظروف صعبة. "
        "ومنها إسبانيا وفرنسا."
    )
    assert [role for _, role, _ in cited(body)] == ["mentioned", "mentioned"]
    assert [role for _, role, _ in cited(body.replace("وجرى ذلك", "ومن بينها ما جرى"))] == [
        "partner",
        "partner",
    ]


def test_a_vocabulary_finds_the_words_a_substring_test_finds():
    """literals.Vocabulary (one Aho-Corasick pass) answers as `word in text` per word, overlapping words,
    words inside others and repeated words included."""
    from claims.extraction.literals import Vocabulary

    words = ["من", "منذ", "ذ", "سنه", "نه", "de", "depuis", "puis", "is", "السنه الماضيه", "ال"]
    vocabulary = Vocabulary(words)
    rng = random.Random(7)
    pieces = [*words, " ", "x", "ي", "e", "sinds"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert vocabulary.found_in(text) == [word for word in words if word in text], text
    assert Vocabulary([]).found_in("من سنه") == []


def test_a_sentence_folded_as_a_slice_of_the_body_is_the_sentence_folded():
    """find_claims takes each sentence's fold from the body's (FoldedText.within): the same folded text and
    offsets, with tashkeel and tatweel dropped, capital sigma, "İ" (two characters lowered) and digits."""
    from claims.extraction.normalize import FoldedText, fold_with_map

    pieces = ["مُحَمَّد", "ـ", "ΟΔΟΣ", "Σ", "İstanbul", "٢٠١٥", "أإآ", "ة", " ", "É", "x", ",", "ّ"]
    rng = random.Random(11)
    for _ in range(500):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        whole = fold_with_map(body)
        for start in range(len(body) + 1):
            end = rng.randint(start, len(body))
            sliced, plain = FoldedText.within(body[start:end], start, *whole), FoldedText(body[start:end])
            assert (sliced.folded, sliced.index) == (plain.folded, plain.index), (body, start, end)


def test_fold_with_map_keeps_the_offset_of_every_character_but_tashkeel():
    from claims.extraction.normalize import _TASHKEEL, fold_with_map

    rng = random.Random(5)
    pieces = ["مَ", "حْ", "ـ", "ّ", "ً", "ا", " ", "x", "ٰ"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert fold_with_map(text)[1] == [i for i, ch in enumerate(text) if not _TASHKEEL.match(ch)], text
