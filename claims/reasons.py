"""Import statuses and the reasons a file is rejected, in the reader's language.

The engine (claims/extraction, no Django) and the importer give reasons as fixed English
sentences, some with a detail (a size, an encoding, a figure as printed); each known form is
matched here and worded through gettext, with its detail kept as printed. A reason of an unknown
form is shown as it is.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext_lazy as _

STATUS_WORDS = {
    "new": _("new"),
    "updated": _("updated (the file had changed)"),
    "unchanged": _("unchanged (already imported)"),
    "rejected": _("rejected"),
}

# (pattern of the English reason, its wording with the pattern's named groups)
REASONS = [
    (r"empty file", _("empty file")),
    (r"file not found", _("file not found")),
    (r"is a folder, not a file", _("a folder, not a file")),
    (r"file not readable \(permission denied\)", _("file not readable (permission denied)")),
    (r"file not readable \((?P<detail>.+)\)", _("file not readable (%(detail)s)")),
    (r"file too large \(over (?P<size>\d+) MB\)", _("file too large (over %(size)s MB)")),
    (r"not a text file \(binary data\)", _("not a text file (binary data)")),
    (r"not a text file \(binary data: looks like (?P<what>.+)\)", _("not a text file (looks like %(what)s)")),
    (
        r"not UTF-8: starts with a UTF-8 mark but the bytes are damaged",
        _("not UTF-8: starts with a UTF-8 mark but the bytes are damaged"),
    ),
    (
        r"not UTF-8: starts with a UTF-16 mark but the bytes are damaged",
        _("not UTF-8: starts with a UTF-16 mark but the bytes are damaged"),
    ),
    (
        r"not UTF-8: looks like (?P<codec>\S+), which we do not read",
        _("not UTF-8: looks like %(codec)s, which we do not read"),
    ),
    (
        r"not UTF-8: looks like (?P<codec>\S+), but too garbled to read safely",
        _("not UTF-8: looks like %(codec)s, but too garbled to read safely"),
    ),
    (
        r"not UTF-8: looks like (?P<codec>\S+), but the letters are not French or Arabic",
        _("not UTF-8: looks like %(codec)s, but the letters are not French or Arabic"),
    ),
    (r"a figure is not a number: (?P<figure>.+)", _("a figure is not a number: %(figure)s")),
    (
        r"a figure cannot be stored \(negative or too large\): (?P<figure>.+)",
        _("a figure cannot be stored (negative or too large): %(figure)s"),
    ),
    (r"could not be saved: (?P<detail>.+)", _("could not be saved: %(detail)s")),
]
_COMPILED = [(re.compile(pattern + r"\Z", re.DOTALL), words) for pattern, words in REASONS]
# What a binary file looks like (claims/extraction/decode.py), in words.
KINDS_OF_FILE = {
    "a PDF": _("a PDF"),
    "a PNG image": _("a PNG image"),
    "a GIF image": _("a GIF image"),
    "a JPEG image": _("a JPEG image"),
    "a ZIP archive (or a Word/Excel document)": _("a ZIP archive (or a Word/Excel document)"),
    "an old Office document": _("an old Office document"),
    "a gzip archive": _("a gzip archive"),
}


def status_words(status: str) -> str:
    return str(STATUS_WORDS.get(status, status))


def reason_words(reason: str) -> str:
    """The reason in the interface language when its form is known, else as given."""
    for pattern, words in _COMPILED:
        match = pattern.match(reason or "")
        if match:
            details = {key: str(KINDS_OF_FILE.get(value, value)) for key, value in match.groupdict().items()}
            return str(words) % details if details else str(words)
    return reason
