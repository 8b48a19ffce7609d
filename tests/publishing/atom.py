"""Reading an Atom feed as a feed reader must: well-formed XML, and what RFC 4287 requires of it."""

from __future__ import annotations

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_atom(content: bytes) -> etree._Element:
    """The feed element, after checking the elements RFC 4287 requires (4.1.1, 4.1.2): a feed and each
    entry have exactly one id, title and updated; each entry links to its page."""
    feed = etree.fromstring(content)  # raises on anything that is not well-formed XML
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
