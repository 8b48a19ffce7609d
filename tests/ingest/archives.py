"""Real archives for the tests, built in memory: zip and tar.gz, honest and hostile."""

import io
import tarfile
import zipfile

from tests.reliability.articles import write_articles


def articles(count: int, tmp_path) -> dict[str, bytes]:
    """`count` generated Arabic articles (tests/reliability/articles.py), by file name."""
    return write_articles(tmp_path / f"articles-{count}", count=count)


def zip_bytes(members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, raw in members.items():
            archive.writestr(name, raw)
    return buffer.getvalue()


def zip_with_symlink(link_name: str, target: str, others: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo(link_name)
        info.external_attr = 0o120777 << 16  # S_IFLNK | rwxrwxrwx, as `zip --symlinks` writes it
        archive.writestr(info, target)
        for name, raw in others.items():
            archive.writestr(name, raw)
    return buffer.getvalue()


def tar_gz_bytes(members: dict[str, bytes], *, links: dict[str, str] | None = None, hardlinks=None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, raw in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            archive.addfile(info, io.BytesIO(raw))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            archive.addfile(info)
        for name, target in (hardlinks or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.LNKTYPE
            info.linkname = target
            archive.addfile(info)
    return buffer.getvalue()


def zip_bomb(size: int) -> bytes:
    """One member of `size` zero bytes: deflate packs it about a thousand to one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("report.txt", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def zip_with_lying_header(real_size: int) -> bytes:
    """A zip whose central directory claims a tiny member that in fact inflates to `real_size` bytes."""
    raw = bytearray(zip_bomb(real_size))
    # Patch the uncompressed size in the central directory entry (offset 24 from its signature).
    at = raw.rfind(b"PK\x01\x02")
    raw[at + 24 : at + 28] = (1000).to_bytes(4, "little")
    return bytes(raw)
