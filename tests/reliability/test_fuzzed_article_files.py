"""Whatever bytes arrive as an article file, the engine and the importer either read them or reject them
with a reason; never another exception, never a half-written article.

FUZZ_EXAMPLES sets hypothesis' max_examples per property (60 by default, so `make test` stays quick;
`FUZZ_EXAMPLES=2000 make test PYTEST_ARGS=tests/reliability` for a long run).
"""

import os
from pathlib import Path

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction.engine import read_article
from claims.extraction.records import RejectedFile
from claims.importer import REJECTED, import_bytes
from claims.models import Article, ArticleCountry, Claim
from tests.reliability.counts import count
from tests.reliability.wholeness import expected_identities, saved_identities

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_BYTES = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))

ARABIC_SENTENCE = "فككت المصالح الأمنية 12 خلية إرهابية سنة 2024، حسب المكتب المركزي للأبحاث القضائية."
SIDEBAR_LINE = "    ".join(
    ["لفتيت يكشف أرقاماً صادمة عن الجريمة بالمغرب", "النيجيريات يهزمن التونسيات بالبيضاء", "لشكر: المعارضة"]
)
DIRECTION_MARKS = ["\u200f", "\u200e", "\u202b", "\u202a", "\u202e", "\u202c", "\u2067", "\u2069", "\u061c"]

fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    derandomize=False,
)


# --- strategies: each one is a family of files seen (or feared) in the wild -------------------------


@st.composite
def mutated_seed(draw):
    """A real article with bytes flipped, cut, or with NULs and direction marks pushed in."""
    raw = bytearray(draw(st.sampled_from(SEED_BYTES)))
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["flip", "truncate", "nul", "mark", "cp1256", "delete"]))
        at = draw(st.integers(0, max(0, len(raw) - 1)))
        if kind == "flip":
            raw[at] ^= draw(st.integers(1, 255))
        elif kind == "truncate":
            del raw[at:]
        elif kind == "nul":
            raw[at:at] = b"\x00" * draw(st.integers(1, 4))
        elif kind == "mark":
            raw[at:at] = draw(st.sampled_from(DIRECTION_MARKS)).encode()
        elif kind == "cp1256":
            raw[at:at] = ARABIC_SENTENCE.encode("cp1256")
        elif kind == "delete":
            del raw[at : at + draw(st.integers(1, 200))]
        if not raw:
            break
    return bytes(raw)


@st.composite
def encoded_text(draw):
    """Arabic, French or any text, in the encodings articles come in, sometimes two glued together."""
    text = draw(
        st.one_of(
            st.text(max_size=400),
            st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=400),
            st.lists(
                st.sampled_from([ARABIC_SENTENCE, SIDEBAR_LINE, *DIRECTION_MARKS, "\n", " 2002 "]),
                max_size=30,
            ).map("".join),
        )
    )
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "cp1252"])
    )
    raw = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        other = draw(st.sampled_from(["utf-8", "cp1256", "utf-16-le"]))
        raw += ARABIC_SENTENCE.encode(other)
    if draw(st.booleans()) and raw:
        raw = raw[: draw(st.integers(0, len(raw)))]  # cut, perhaps inside a character
    return raw


article_files = st.one_of(
    st.binary(max_size=4000),
    encoded_text(),
    mutated_seed(),
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩ \n", max_size=3000).map(str.encode),
    st.integers(1, 40).map(lambda n: (SIDEBAR_LINE + "    ") * n).map(str.encode),
)


# --- the properties ------------------------------------------------------------------------------------


def assert_read_or_rejected(raw: bytes, name: str = "fuzzed.txt"):
    try:
        decoded, document, extraction = read_article(raw, name)
    except RejectedFile as exc:
        assert isinstance(exc.reason, str) and exc.reason.strip(), "a rejection must say why"
        return None
    assert 0 <= document.body_start <= document.body_end <= len(document.text)
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= len(document.text)
    return document


def assert_imported_whole_or_rejected(raw: bytes, name: str):
    claims_before, mentions_before = Claim.objects.count(), ArticleCountry.objects.count()
    outcome = import_bytes(raw, name)
    content_hash = Article.hash_bytes(raw)
    if outcome.status == REJECTED:
        assert outcome.reason.strip(), "a rejection must say why"
        assert not Article.objects.filter(content_hash=content_hash).exists()
        assert Claim.objects.count() == claims_before
        assert ArticleCountry.objects.count() == mentions_before
        return
    article = Article.objects.get(content_hash=content_hash)
    assert saved_identities(article) == expected_identities(raw, name)
    assert Claim.objects.filter(article=article).count() == outcome.claims


@fuzz_settings
@given(raw=article_files)
def test_the_engine_reads_or_rejects_any_bytes(raw):
    count("inputs fuzzed (engine)")
    assert_read_or_rejected(raw)


@pytest.mark.django_db
@fuzz_settings
@given(raw=article_files)
def test_the_importer_saves_whole_articles_or_rejects_with_a_reason(raw):
    count("inputs fuzzed (importer)")
    # Each example in its own rolled-back transaction, so examples never see each other's articles.
    with transaction.atomic():
        assert_imported_whole_or_rejected(raw, "fuzzed.txt")
        transaction.set_rollback(True)


# --- the hand-picked extremes, each named -------------------------------------------------------------


def arabic_line_of(size: int) -> bytes:
    sentence = (ARABIC_SENTENCE + " ").encode()
    return sentence * (size // len(sentence))


EXTREMES = {
    "ten_megabytes_on_one_line": arabic_line_of(10 * 1024 * 1024),
    "utf8_cut_inside_a_character": ARABIC_SENTENCE.encode()[:-1],
    "a_nul_byte_in_arabic_text": ARABIC_SENTENCE.encode() + b"\x00" + ARABIC_SENTENCE.encode(),
    "utf8_and_windows_1256_mixed": ARABIC_SENTENCE.encode() + b"\n" + ARABIC_SENTENCE.encode("cp1256"),
    "only_direction_marks": "".join(DIRECTION_MARKS * 20).encode(),
    "direction_marks_around_every_word": "\u200f".join(ARABIC_SENTENCE.split()).encode(),
    "only_digits": b"2002" * 500,
    "only_arabic_indic_digits": "٢٠٠٢ ١٢ ".encode() * 300,
    "only_a_sidebar_line": SIDEBAR_LINE.encode(),
    "only_whitespace": b" \n\t\r\n" * 10,
    "an_empty_file": b"",
    "a_bom_and_nothing_else": b"\xef\xbb\xbf",
    "a_utf16_bom_and_an_odd_byte": b"\xff\xfe\x41",
    "a_pdf": b"%PDF-1.7\n" + bytes(range(256)) * 4,
    "html_with_a_script_only": b"<html><script>alert(1)</script></html>",
    "a_title_line_then_nothing": "تفكيك خلية إرهابية\n".encode(),
}


@pytest.mark.parametrize("raw", EXTREMES.values(), ids=EXTREMES.keys())
def test_the_engine_reads_or_rejects_an_extreme_file(raw):
    count("inputs fuzzed (engine)")
    assert_read_or_rejected(raw)


@pytest.mark.django_db
@pytest.mark.parametrize("raw", EXTREMES.values(), ids=EXTREMES.keys())
def test_the_importer_saves_an_extreme_file_whole_or_rejects_it(raw):
    count("inputs fuzzed (importer)")
    assert_imported_whole_or_rejected(raw, "extreme.txt")


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_rejected_before_it_is_read(tmp_path):
    from claims.importer import import_file

    try:
        from claims.extraction.files import MAX_FILE_BYTES
    except ImportError:  # before the file reading moved out of the importer
        from claims.importer import MAX_FILE_BYTES

    count("inputs fuzzed (importer)")
    big = tmp_path / "huge.txt"
    big.write_bytes(arabic_line_of(MAX_FILE_BYTES + 1024))
    outcome = import_file(big)
    assert outcome.status == REJECTED and "too large" in outcome.reason
    assert not Article.objects.exists()
