"""Reading `.zip` and `.tar.gz` archives of articles, bounded, without writing anything to disk.

Every member is read into memory through a bounded read (never more than its limit plus one byte is
decompressed), so a zip bomb costs at most the limits below, whatever its headers claim. A member
that is not a plain file (link, device), whose path leaves the archive (absolute, `..`), too large or
compressed too well is refused by name; the archive as a whole is refused when it is not an archive,
holds too many files, or would expand past the total limit. Members are named
`archive.zip!path/inside.txt`, the name every reason and every article keeps.
"""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.utils.translation import gettext as _

from claims.extraction.files import MAX_FILE_BYTES, NOT_ARTICLES

MAX_ARCHIVE_BYTES = 200 * 1024 * 1024  # the archive as uploaded
MAX_MEMBERS = 5000  # files in one archive
MAX_MEMBER_BYTES = MAX_FILE_BYTES  # one article, as for a single upload
MAX_TOTAL_BYTES = (
    200 * 1024 * 1024
)  # everything the archive expands to (held in memory while the job is written)
MAX_RATIO = 100  # uncompressed / compressed: text compresses 3-10x; a bomb, thousands of times


class ArchiveRefused(Exception):
    """The archive as a whole cannot be read; `reason` says why, for the editor."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Member:
    name: str  # archive.zip!path/inside.txt
    content: bytes | None = None
    reason: str = ""  # why it is refused (content is None)


def archive_kind(name: str, head: bytes) -> str | None:
    """ "zip" or "tar.gz" when the upload is an archive (by its name and its first bytes), else None."""
    lowered = name.lower()
    if lowered.endswith(".zip") or head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if lowered.endswith((".tar.gz", ".tgz")) or head.startswith(b"\x1f\x8b"):
        return "tar.gz"
    return None


def read_archive(name: str, fileobj, size: int) -> Iterator[Member]:
    """The members of an uploaded archive, each with its bytes or the reason it is refused."""
    if size > MAX_ARCHIVE_BYTES:
        raise ArchiveRefused(
            _("archive too large (over %(mb)d MB)") % {"mb": MAX_ARCHIVE_BYTES // (1024 * 1024)}
        )
    head = fileobj.read(4)
    fileobj.seek(0)
    kind = archive_kind(name, head)
    if kind == "zip":
        yield from _read_zip(name, fileobj)
    elif kind == "tar.gz":
        yield from _read_tar_gz(name, fileobj, size)
    else:
        raise ArchiveRefused(_("not a .zip or .tar.gz archive"))


def unsafe_path_reason(path: str) -> str:
    """Why a member's path is refused ("" when it is a plain relative path inside the archive)."""
    if not path or "\x00" in path:
        return _("member without a usable name")
    if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        return _("absolute path outside the archive")
    if ".." in PurePosixPath(path.replace("\\", "/")).parts:
        return _("path leaves the archive (..)")
    return ""


def _skipped(path: str) -> bool:
    """Folders' furniture, as a folder import skips it: hidden files, macOS forks, notes and scripts."""
    parts = PurePosixPath(path).parts
    if any(part.startswith((".", "__")) for part in parts):
        return True
    return PurePosixPath(path).suffix.lower() in NOT_ARTICLES


class _Budget:
    """Counts members and expanded bytes across the archive; refuses it past the limits."""

    def __init__(self):
        self.members = 0
        self.bytes = 0

    def count_member(self):
        self.members += 1
        if self.members > MAX_MEMBERS:
            raise ArchiveRefused(_("more than %(n)d files in one archive") % {"n": MAX_MEMBERS})

    def spend(self, n: int):
        self.bytes += n
        if self.bytes > MAX_TOTAL_BYTES:
            raise ArchiveRefused(
                _("the archive expands to over %(mb)d MB (a zip bomb?)")
                % {"mb": MAX_TOTAL_BYTES // (1024 * 1024)}
            )


def _too_large() -> str:
    return _("file too large (over %(mb)d MB)") % {"mb": MAX_MEMBER_BYTES // (1024 * 1024)}


def _too_compressed() -> str:
    return _("compressed more than %(ratio)d to 1 (a zip bomb?)") % {"ratio": MAX_RATIO}


def _read_zip(name: str, fileobj) -> Iterator[Member]:
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArchiveRefused(_("damaged or not a ZIP archive")) from None
    budget = _Budget()
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ArchiveRefused(_("more than %(n)d files in one archive") % {"n": MAX_MEMBERS})
        # The headers' own claim first: a bomb that admits its size is refused before any inflating.
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            budget.spend(MAX_TOTAL_BYTES + 1)
        for info in infos:
            path = info.filename
            if info.is_dir():
                continue
            member = f"{name}!{path}"
            if reason := unsafe_path_reason(path):
                yield Member(member, reason=reason)
                continue
            if _skipped(path):
                continue
            budget.count_member()
            # Unix type bits, when the archiver wrote them (many write permissions only).
            file_type = stat.S_IFMT(info.external_attr >> 16)
            if file_type and file_type != stat.S_IFREG:
                yield Member(member, reason=_("a link or special file, not a file"))
                continue
            if info.flag_bits & 0x1:
                yield Member(member, reason=_("encrypted member"))
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                yield Member(member, reason=_too_large())
                continue
            if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1024 * 1024:
                yield Member(member, reason=_too_compressed())
                continue
            try:
                with archive.open(info) as handle:
                    content = handle.read(MAX_MEMBER_BYTES + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
                yield Member(member, reason=_("damaged member (it cannot be decompressed)"))
                continue
            # Headers can lie: what was actually inflated decides.
            budget.spend(len(content))
            if len(content) > MAX_MEMBER_BYTES:
                yield Member(member, reason=_too_large())
            elif len(content) > MAX_RATIO * max(info.compress_size, 1) and len(content) > 1024 * 1024:
                yield Member(member, reason=_too_compressed())
            else:
                yield Member(member, content=content)


class _BoundedStream(io.RawIOBase):
    """The decompressed tar stream, refusing the archive once it has given MAX_TOTAL_BYTES or more
    than MAX_RATIO times the archive's own size: a tar bomb stops there, whatever it holds."""

    def __init__(self, raw, compressed_size: int):
        self.raw = raw
        self.given = 0
        self.limit = min(MAX_TOTAL_BYTES, MAX_RATIO * max(compressed_size, 1024 * 1024))

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.raw.read(len(buffer))
        self.given += len(data)
        if self.given > self.limit:
            raise ArchiveRefused(
                _("the archive expands to over %(mb)d MB (a zip bomb?)") % {"mb": self.limit // (1024 * 1024)}
            )
        buffer[: len(data)] = data
        return len(data)


def _read_tar_gz(name: str, fileobj, size: int) -> Iterator[Member]:
    import gzip

    stream = io.BufferedReader(_BoundedStream(gzip.GzipFile(fileobj=fileobj, mode="rb"), size))
    budget = _Budget()
    try:
        # "r|": a stream, member after member; nothing is ever written to disk.
        archive = tarfile.open(fileobj=stream, mode="r|")
        for info in archive:
            path = info.name
            if info.isdir():
                continue
            member = f"{name}!{path}"
            if reason := unsafe_path_reason(path):
                yield Member(member, reason=reason)
                continue
            if info.issym() or info.islnk():
                yield Member(member, reason=_("a link, not a file"))
                continue
            if not info.isreg():
                yield Member(member, reason=_("a link or special file, not a file"))
                continue
            if _skipped(path):
                continue
            budget.count_member()
            if info.size > MAX_MEMBER_BYTES:
                yield Member(member, reason=_too_large())
                continue
            handle = archive.extractfile(info)
            content = handle.read(MAX_MEMBER_BYTES + 1) if handle else b""
            budget.spend(len(content))
            yield Member(member, content=content)
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile, OSError):
        raise ArchiveRefused(_("damaged or not a .tar.gz archive")) from None
