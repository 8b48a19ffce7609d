"""Reading an Atom feed as a feed reader must: well-formed XML, valid against RFC 4287's schema."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"


@cache
def atom_schema() -> etree.RelaxNG:
    """RFC 4287's RELAX NG schema (Appendix B), in XML syntax: tests/publishing/atom.rng."""
    return etree.RelaxNG(etree.parse(str(Path(__file__).with_name("atom.rng"))))


def validate_atom(feed: etree._Element) -> None:
    schema = atom_schema()
    assert schema.validate(feed), str(schema.error_log)
    # The appendix's two Schematron rules: an author on the feed or on every entry (4.1.1), and an
    # alternate link on every entry without content (4.1.2).
    entries = feed.findall(f"{ATOM}entry")
    assert feed.find(f"{ATOM}author") is not None or all(e.find(f"{ATOM}author") is not None for e in entries)
    for entry in entries:
        assert (
            entry.find(f"{ATOM}content") is not None
            or entry.find(f"{ATOM}link[@rel='alternate']") is not None
        )


def parse_atom(content: bytes) -> etree._Element:
    """The feed element, after checking it against RFC 4287's schema and what the RFC requires
    (4.1.1, 4.1.2): a feed and each entry have exactly one id, title and updated; each entry links to
    its page."""
    feed = etree.fromstring(content)  # raises on anything that is not well-formed XML
    validate_atom(feed)
    assert feed.tag == f"{ATOM}feed", feed.tag
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1, f"feed/{name}"
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, f"entry/{name}"
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    return feed


def entry_links(feed) -> list[str]:
    return [entry.find(f"{ATOM}link[@rel='alternate']").get("href") for entry in feed.findall(f"{ATOM}entry")]


def entry_titles(feed) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
