"""Bytes to text: decide the encoding of an article file, or reject it with a reason a journalist reads.

Policy (in this order, because each step is more of a guess than the previous one):
1. empty or whitespace-only files are rejected;
2. a BOM decides (UTF-8 or UTF-16);
3. UTF-16 without a BOM is recognised by its shape (every other byte is 0x00 or 0x06);
4. NUL bytes, control characters and known binary signatures mean "not a text file";
5. strict UTF-8;
6. charset-normalizer, accepted only for clear single-byte encodings (Arabic windows-1256, Latin
   cp1252 family) with little chaos; anything else is rejected, naming what it looks like.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from claims.extraction.records import Decoded, RejectedFile

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x1f\x8b": "a gzip archive",
}

# charset-normalizer's codec name -> the name a journalist (and the contract) uses.
_ACCEPTED_SINGLE_BYTE = {
    "cp1256": "windows-1256",
    "windows-1256": "windows-1256",
    "iso8859_6": "iso-8859-6",
    "cp1252": "windows-1252",
    "cp1250": "windows-1252",  # French text is often detected as cp1250; cp1252 reads it the same
    "latin_1": "windows-1252",
    "iso8859_15": "windows-1252",
    "iso8859_1": "windows-1252",
    "mac_roman": "mac-roman",
}
_LATIN_FAMILY = {"windows-1252"}
_MAX_CHAOS = 0.15
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
# Control bytes counted as binary data (ESC, 0x1B, is not counted).
_CONTROL_BYTES = bytes(b for b in range(0x20) if chr(b) not in _ALLOWED_CONTROLS and b != 0x1B)
# The characters of category Cc other than the allowed ones (\t \n \v \f \r are 0x09-0x0D). Unicode
# never changes the Cc set (U+0000-U+001F, U+007F-U+009F), so this class counts what a loop over
# `unicodedata.category` would, without a Python call per character.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode_bytes(raw: bytes) -> Decoded:
    """Decode an article file; raise RejectedFile(reason) when it cannot be read as text."""
    if not raw or not raw.strip():
        raise RejectedFile("empty file")

    decoded = _decode_with_bom(raw) or _decode_bomless_utf16(raw)
    if decoded is None:
        _reject_binary(raw)
        decoded = _decode_utf8(raw) or _decode_detected(raw)

    text = _normalise_newlines(decoded.text.lstrip("\ufeff"))
    if not text.strip(" \t\n\u00a0\u200f\u200e\ufeff"):
        raise RejectedFile("empty file")
    if _control_ratio(text) > 0.01:
        raise RejectedFile("not a text file (binary data)")
    return Decoded(text=text, encoding=decoded.encoding, warnings=decoded.warnings)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_with_bom(raw: bytes) -> Decoded | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return Decoded(raw[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            raise RejectedFile("not UTF-8: starts with a UTF-8 mark but the bytes are damaged") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(raw.decode("utf-16"), "utf-16", ["decoded as utf-16"])
        except UnicodeDecodeError:
            raise RejectedFile("not UTF-8: starts with a UTF-16 mark but the bytes are damaged") from None
    return None


def _decode_bomless_utf16(raw: bytes) -> Decoded | None:
    """UTF-16 without a BOM: Arabic and ASCII put 0x06 or 0x00 in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]

    def high_byte_share(half: bytes) -> float:
        return (half.count(0x00) + half.count(0x06)) / len(half)

    for codec, high_half in (("utf-16-le", odd), ("utf-16-be", even)):
        if high_byte_share(high_half) < 0.9:
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible_text_share(text) > 0.95:
            return Decoded(text, codec, [f"decoded as {codec}"])
    return None


def _plausible_text_share(text: str) -> float:
    good = 0
    for ch in text:
        if ch in _ALLOWED_CONTROLS or ch.isprintable() and not "\u0700" <= ch <= "\u1dff":
            good += 1
    return good / max(1, len(text))


def _reject_binary(raw: bytes) -> None:
    for signature, what in _BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise RejectedFile(f"not a text file (binary data: looks like {what})")
    if b"\x00" in raw:
        raise RejectedFile("not a text file (binary data)")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))  # C speed, not a Python loop
    if controls / len(raw) > 0.01:
        raise RejectedFile("not a text file (binary data)")


TRUNCATED_WARNING = "the file ends in the middle of a character (cut short?): its last bytes were left out"


def _decode_utf8(raw: bytes) -> Decoded | None:
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        # A file cut inside its last character (a download or copy cut short) is UTF-8 all the same:
        # everything before the cut is read, and the cut is said.
        if error.reason == "unexpected end of data" and error.start >= len(raw) - 3:
            try:
                return Decoded(raw[: error.start].decode("utf-8"), "utf-8", [TRUNCATED_WARNING])
            except UnicodeDecodeError:
                return None
        return None


def _decode_detected(raw: bytes) -> Decoded:
    best = from_bytes(raw).best()
    if best is None:
        raise RejectedFile(
            "not UTF-8, and not in any text encoding we can recognise (garbled or binary data)"
        )
    codec = best.encoding
    name = _ACCEPTED_SINGLE_BYTE.get(codec)
    if name is None:
        raise RejectedFile(f"not UTF-8: looks like {codec.replace('_', '-')}, which we do not read")
    if best.chaos > _MAX_CHAOS:
        raise RejectedFile(f"not UTF-8: looks like {name}, but too garbled to read safely")
    text = raw.decode("cp1252" if name in _LATIN_FAMILY and _cp1252_ok(raw) else codec)
    if name in _LATIN_FAMILY and _letter_share(text, "LATIN") < 0.5:
        raise RejectedFile(f"not UTF-8: looks like {name}, but the letters are not French or Arabic")
    return Decoded(text, name, [f"decoded as {name}"])


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


_LETTER = re.compile(r"[^\W\d_]")


def _letter_share(text: str, script: str) -> float:
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for ch in letters if unicodedata.name(ch, "").startswith(script)) / len(letters)


def _control_ratio(text: str) -> float:
    return len(_CONTROL_CHARS.findall(text)) / max(1, len(text))
