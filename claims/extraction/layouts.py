"""Text to Document: recognise how a saved article is laid out and find its title, outlet, date and body.

Layouts seen in the wild:
- aggregator dump: a first line of other sites' headlines glued by runs of (no-break) spaces (the
  sidebar), page chrome, the title, a byline "نشر في <outlet> يوم DD - MM - YYYY" (French "Publié
  dans <outlet> le DD - MM - YYYY"), the body, then "انقر هنا لقراءة الخبر من مصدره";
- WordPress dump: a breadcrumb line (category links glued together), the title, the body, then the
  related-posts and comment-form boilerplate;
- clean article: the title line, then a body opening with a dateline "<city> - ";
- saved HTML page: main text and metadata through trafilatura.
The body span excludes everything that is not the article's own prose, so claims never come from a
sidebar, a title or a comment form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from html import unescape

from claims.extraction.bylines import (
    author_outlet,
    byline_date,
    byline_outlet,
    copyright_outlet,
    dateline_date,
    dateline_outlet,
    first_date,
    is_author_line,
    is_name_line,
    is_place,
    is_read_time,
    is_relative_date,
    site_name,
    source_outlet,
    wire_agency,
    wire_dateline,
)
from claims.extraction.literals import guarded  # the same matches, found faster
from claims.extraction.normalize import fold
from claims.extraction.records import Document

_NBSP_RUN = re.compile(r"[\u00a0\u202f]{2,}|[ \u00a0]{4,}")
_BYLINE = re.compile(
    r"^\s*(?:نشر في|Publié dans|Publie dans|Published in)\s+(?P<outlet>.+?)\s+(?:يوم|le|on)\s+"
    r"(?P<day>\d{1,2})\s*[-/.]\s*(?P<month>\d{1,2})\s*[-/.]\s*(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<city>[^\W\d_][^\s\-–—:،,.]*(?:\s+[^\W\d_][^\s\-–—:،,.]*){0,2})\s*(?:\([^)]{1,20}\)\s*)?[-–—]\s+\S"
)

# Page chrome that sits between the sidebar and the title, or just after the byline.
_CHROME_LINES = {
    fold(s)
    for s in (
        "شكرا على الإبلاغ!",
        "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
        "الخط :",
        "الخط:",
        "إستمع للمقال",
        "استمع للمقال",
        "Merci pour le signalement !",
        "Écouter l'article",
        "Thank you for reporting!",
        "This image will be automatically blocked after it is reported by several people.",
        "Listen to the article",
    )
}
# Lines where the article's own text ends (source link, tags, related posts, comment form).
_BODY_END_MARKERS = tuple(
    fold(s)
    for s in (
        "انقر هنا لقراءة الخبر من مصدره",
        "الوسوم",
        "مقالات ذات صلة",
        "اترك تعليقا",
        "اترك تعليقاً",
        "أضف تعليق",
        "لن يتم نشر عنوان بريدك الإلكتروني",
        "زر الذهاب إلى الأعلى",
        "Cliquez ici pour lire l'article depuis sa source",
        "Articles similaires",
        "Articles liés",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée",
        "Mots-clés",
        "Click here to read the story from its source",
        "Keywords",
        "Related articles",
        "Leave a Reply",
        "Leave a comment",
        "Save my name, email, and website",
        "Back to top",
        "Enregistrer mon nom",
        "Retour en haut",
    )
)


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip(" \t\u00a0\u200f\u200e\ufeff")  # (a byte-order mark opens some saved pages)

    @cached_property
    def folded(self) -> str:
        """fold(stripped): asked of each line several times (chrome? end of the body?), folded once."""
        return fold(self.stripped)


def parse_document(text: str, filename: str | None = None) -> Document:
    """Find title, outlet, date, dateline and the body span of a decoded article."""
    if _looks_like_html(text):
        return _parse_html(text)
    lines = _split_lines(text)
    return _parse_aggregator(text, lines) or _parse_plain(text, lines)


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def date_of_line(text: str) -> date | None:
    """The date a byline line gives ("27 دجنبر، 2018", "Published on June 2, 2022 · 3 min read"), or None."""
    return byline_date(text)


def _is_sidebar(line: _Line) -> bool:
    return len(_NBSP_RUN.findall(line.text)) >= 2


_READ_ALSO = re.compile(
    r"^(?:lire\s+aussi|voir\s+aussi|read\s+(?:also|more)|see\s+also|اقرا\s+ايضا|اقرا\s+كذلك)\s*[:：-]?", re.I
)


def _is_chrome(line: _Line) -> bool:
    """Page furniture: a chrome line, or a "Lire aussi : …" link to another story inside the body."""
    return line.folded in _CHROME_LINES or bool(_READ_ALSO.match(line.folded))


def _is_body_end(line: _Line) -> bool:
    folded = line.folded.rstrip(" .:!")
    return folded.startswith(_BODY_END_MARKERS)  # (a tuple: every marker tried, in C)


def _parse_aggregator(text: str, lines: list[_Line]) -> Document | None:
    byline_index = next((i for i, line in enumerate(lines) if _BYLINE.match(line.text)), None)
    if byline_index is None:
        worded = next((i for i, line in enumerate(lines[:40]) if _worded_byline(line.text)), None)
        if worded is not None:
            outlet, published = _worded_byline(lines[worded].text)
            title_line = _previous_content(lines, worded)
            title = title_line.stripped if title_line else None
            return _document(text, lines, worded + 1, title, outlet, published, "aggregator")
    if byline_index is None:
        if not lines or not _is_sidebar(lines[0]):
            return None
        first_content = _next_content(lines, 1)
        if first_content is None:
            return None
        title_line = lines[first_content]
        body_from = first_content + 1
        outlet = published = None
    else:
        match = _BYLINE.match(lines[byline_index].text)
        outlet = match["outlet"].strip()
        published = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        title_line = _previous_content(lines, byline_index)
        body_from = byline_index + 1
    title = title_line.stripped if title_line else None
    return _document(text, lines, body_from, title, outlet, published, "aggregator")


_WORDED_BYLINE = re.compile(
    r"^\s*(?:نشر في|Publié dans|Publie dans|Published in)\s+(?P<outlet>.+?)\s+(?:يوم|le|on)\s+(?P<rest>.{6,60})$",
    re.IGNORECASE,
)


def _worded_byline(line: str) -> tuple[str, date] | None:
    """ "نشر في هسبريس يوم 12 ماي 2023": an aggregator byline whose date is written with a month name."""
    match = _WORDED_BYLINE.match(line)
    if not match:
        return None
    found = byline_date(match["rest"])
    return (match["outlet"].strip(), found) if found else None


def _parse_plain(text: str, lines: list[_Line]) -> Document:
    content = [i for i, line in enumerate(lines) if line.stripped and not _is_chrome(line)]
    if not content:
        return _document(text, lines, 0, None, None, None, "clean")
    layout = "wordpress" if any(_is_body_end(line) for line in lines) else "clean"
    position, outlet = 0, None
    # "Le Site info" / "AccueilMarocSécurité" / title: the site's name above the breadcrumb
    if (
        len(content) > 2
        and (_is_glued(lines[content[1]]) or _is_trail(lines[content[1]]))
        and not _is_glued(lines[content[0]])
        and not _is_trail(lines[content[0]])
        and _is_site_name(lines[content[0]].stripped)
    ):
        outlet, position = lines[content[0]].stripped, 1
    header_outlet = None
    if position == 0 and len(content) > 3:
        header_outlet = _site_header(lines, content)
        if header_outlet is not None:
            position = 1
    if position == 0 and header_outlet is None:
        found = _site_line(lines, content)
        if found is not None:
            outlet, position = found
            layout = "wordpress"
    if (
        len(content) > position + 1
        and (_is_breadcrumb(lines[content[position]]) or _is_trail(lines[content[position]]))
        and _is_heading(lines[content[position + 1]])
        and not _is_byline(lines[content[position + 1]].stripped)  # "By …" under a short title is no title
        and (
            not _DATELINE.match(lines[content[position + 1]].stripped)
            or _is_glued(
                lines[content[position]]
            )  # "AccueilOpinions" then "Tribune — …": a heading, no dateline
        )
    ):
        position, layout = position + 1, "wordpress"
    title = lines[content[position]].stripped
    position += 1
    # the byline block under the title: outlet, author, date, reading time, in any order
    published = dateline_city = None
    while position < len(content) and position < len(content) - 1:
        line = lines[content[position]]
        wire = wire_dateline(line.text)
        when = byline_date(line.text) if wire is None else None
        if wire is not None:
            # "CASABLANCA (Atlas Wire) —", "RABAT, 2 septembre 2025 (Atlas Presse)" on a line of its own
            dateline_city = dateline_city or wire[0]
            outlet = outlet or wire[1]
            published = published or wire[2]
        elif when is not None:
            published = published or when
            name = byline_outlet(line.stripped)
            if name is not None and is_place(name):
                dateline_city = dateline_city or name  # "طنجة - 14 يونيو 2023": a dateline, not an outlet
            else:
                outlet = outlet or name
        elif is_author_line(line.stripped):
            outlet = outlet or author_outlet(line.stripped)
        elif is_read_time(line.stripped) or is_relative_date(line.stripped):
            pass
        elif (
            outlet is None
            and published is None
            and is_name_line(line.stripped)
            and not _DATELINE.match(line.stripped)
        ):
            outlet = line.stripped
        else:
            break
        position += 1
    body_from = content[position] if position < len(content) else len(lines)
    return _document(text, lines, body_from, title, outlet, published, layout, header_outlet, dateline_city)


# "Accueil > Sécurité", "Home › World", "الرئيسية / سياسة": a breadcrumb trail with its separators printed
_TRAIL_SEPARATOR = re.compile(r"\s+[>›»/]\s+")


def _is_trail(line: _Line) -> bool:
    parts = _TRAIL_SEPARATOR.split(line.stripped)
    return 2 <= len(parts) <= 5 and len(line.stripped) <= 60 and all(_is_breadcrumb_part(p) for p in parts)


def _is_breadcrumb_part(part: str) -> bool:
    return 0 < len(part.split()) <= 3 and not re.search(r"[.!?؟،,:«»\"]", part)


_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:ma|com|fr|net|org|info|press|news|tv)$", re.IGNORECASE)


def _is_site_name(text: str) -> bool:
    """A site's name heading its page: "Le Matin", "مدار21", or its address "Parlement.ma"."""
    return is_name_line(text) or bool(_DOMAIN_NAME.match(text))


# "Le Site Info - Actualités", "موقع الخبر | الأخبار": the site's name and its section heading the page
_HEADER_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_SITE_WORD = re.compile(r"^(?:موقع|site)\s+", re.IGNORECASE)


def _site_header(lines: list[_Line], content: list[int]) -> str | None:
    """The site's name when the page opens on a header line "Name | Section" above the title, and the title
    is followed by its byline (an author, a date, a relative date); None when the first line is the title."""
    first, title, byline = (lines[i].stripped for i in content[:3])
    parts = _HEADER_SEPARATOR.split(first)
    if len(parts) != 2 or len(first) > 60 or not all(_is_breadcrumb_part(p) for p in parts):
        return None
    if not _is_heading(lines[content[1]]) or len(title) <= len(first):
        return None
    if not (
        is_author_line(byline) or byline_date(byline) or is_relative_date(byline) or is_read_time(byline)
    ):
        return None
    return _SITE_WORD.sub("", parts[0].strip()) or None


# "La Vigie | Toute l'actualité du Souss", "نبض الشمال – صوت الجهة الشرقية": a site's name and its slogan
_TAGLINE_MAX_WORDS = 6


# a site's name ending in its number: "سوس 36", "Le360", "مدار21" (a title opens on its figure: "5 cellules …")
_NAME_DIGITS = re.compile(r"[^\W\d_]\s?\d{1,4}$")


def _site_line(lines: list[_Line], content: list[int]) -> tuple[str, int] | None:
    """The site's name, and where the title is, when the page opens on a site line "Name | slogan" (crumbs
    above or below it) and the title below is followed by its byline (a date, an author). The structure
    decides: the slogan is the part of the line that is neither the title nor a byline."""
    position, outlet = 0, None
    while position < min(3, len(content) - 2):
        line = lines[content[position]]
        if _is_trail(line) or _is_glued(line):
            position += 1
            continue
        if outlet is not None:
            break
        outlet = _name_before_slogan(line.stripped)
        if outlet is None and position > 0 and position + 1 < len(content):
            # crumbs, then the site's name alone, then the title: a name marked as a site's (its digits,
            # "سوس 36", or its address) above a title of six words or more; a short title above an outlet
            # line ("Alerte au port" / "La Gazette du Littoral Nord") keeps its place
            following = lines[content[position + 1]].stripped
            name = line.stripped
            if (
                _is_site_name(name)
                and len(name.split()) <= 3
                and len(following) > len(name)
                and (_NAME_DIGITS.search(name) or _DOMAIN_NAME.match(name) or len(following.split()) >= 6)
            ):
                outlet = name
        if outlet is None:
            return None
        position += 1
    if outlet is None or position + 1 >= len(content):
        return None
    title, byline = lines[content[position]], lines[content[position + 1]].stripped
    if not _is_heading(title) or _is_byline(title.stripped) or not _is_byline(byline):
        return None
    return outlet, position


def _name_before_slogan(text: str) -> str | None:
    parts = _HEADER_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2 or len(text) > 80:
        return None
    name, slogan = parts[0].strip(), parts[1].strip()
    if not _is_site_name(name) or len(name.split()) > 4 or _HEADER_SEPARATOR.search(slogan):
        return None
    words = slogan.split()
    if not 0 < len(words) <= _TAGLINE_MAX_WORDS or any(ch.isdigit() for ch in slogan):
        return None
    if re.search(r"[.!?؟:;«»\"]", slogan) or byline_date(slogan) or is_author_line(slogan):
        return None
    return _SITE_WORD.sub("", name) or None


def _is_byline(text: str) -> bool:
    return bool(is_author_line(text) or byline_date(text) or is_relative_date(text) or is_read_time(text))


def _is_breadcrumb(line: _Line) -> bool:
    """Category links glued together ("العالمالمغرب"): short, no sentence punctuation."""
    words = line.stripped.split()
    return 0 < len(words) <= 4 and len(line.stripped) <= 40 and not re.search(r"[.!?؟،,:]", line.stripped)


_GLUED = re.compile(
    r"[a-zàâçéèêëîïôûùüÿœ][A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸ]|ة[\u0621-\u064a]|[\u0621-\u064a]{3,}ال[\u0621-\u064a]{2,}"
)


def _is_glued(line: _Line) -> bool:
    """A breadcrumb whose links were glued when the page was saved: "AccueilMarocSécurité", "الرئيسيةتقارير"."""
    return _is_breadcrumb(line) and bool(_GLUED.search(line.stripped))


def _is_heading(line: _Line) -> bool:
    return len(line.stripped) <= 200 and not line.stripped.endswith((".", "،"))


def _document(
    text, lines, body_from, title, outlet, published, layout, header_outlet=None, dateline=None
) -> Document:
    body_lines = []
    for line in lines[body_from:]:
        if _is_body_end(line):
            break
        if _is_chrome(line):
            continue
        body_lines.append(line)
    content = [line for line in body_lines if line.stripped]
    if published is None:
        published, content = _date_line(lines[:body_from], content)
    content, footer_outlet = _without_footer(content, lines[body_from:])
    if content and layout != "aggregator":
        published = published or dateline_date(content[0].text)
        outlet = (
            outlet
            or footer_outlet
            or wire_agency(content[0].text)
            or dateline_outlet(content[0].text)
            or header_outlet
        )
    if content:
        body_start, body_end = content[0].start, content[-1].end
    else:
        body_start = body_end = len(text)
    body = text[body_start:body_end]
    if content and dateline is None:
        match = _DATELINE.match(content[0].stripped)
        if match and len(match["city"]) <= 30:
            dateline = match["city"]
    return Document(
        text=text,
        title=title or None,
        outlet=outlet or None,
        published=published,
        dateline=dateline,
        language=detect_language(body or text),
        body_start=body_start,
        body_end=body_end,
        layout=layout,
    )


def _without_footer(content: list[_Line], rest: list[_Line]) -> tuple[list[_Line], str | None]:
    """The body without its copyright line ("© 2024 Maghreb Daily Monitor") or a bare outlet name
    closing it, and the outlet that line names; the foot of the whole page is searched too."""
    outlet = None
    for line in reversed([line for line in rest if line.stripped][-6:]):
        outlet = _footer_name(line.stripped)
        if outlet:
            break
    while content and (_footer_name(content[-1].stripped) or _CREDIT.match(content[-1].stripped)):
        outlet = outlet or _footer_name(content[-1].stripped)
        content = content[:-1]
    if (
        outlet is None
        and len(content) > 2
        and is_name_line(content[-1].stripped)
        and not any(ch.isdigit() for ch in content[-1].stripped)
    ):
        outlet, content = content[-1].stripped, content[:-1]  # "Asharq Al-Awsat English" closing the text
    return content, outlet


def _footer_name(line: str) -> str | None:
    """The outlet a footer line names: its copyright ("© 2024 …") or its source ("Source : …")."""
    return copyright_outlet(line) or source_outlet(line)


_CREDIT = re.compile(r"^\((?:writing|reporting|editing|additional reporting)\s+by\b", re.IGNORECASE)


def _date_line(head: list[_Line], content: list[_Line]) -> tuple[date | None, list[_Line]]:
    """A byline date printed on a line of its own: in the lines before the body (the WordPress dump's
    "27 دجنبر، 2018"), or among the first lines of the body, which then lose it."""
    for line in reversed(head[-6:]):
        found = date_of_line(line.text) if line.stripped else None
        if found:
            return found, content
    for index, line in enumerate(content[:5]):
        found = date_of_line(line.text)
        if found:
            return found, content[:index] + content[index + 1 :]
    return None, content


def _next_content(lines: list[_Line], start: int) -> int | None:
    for i in range(start, len(lines)):
        if lines[i].stripped and not _is_chrome(lines[i]) and not _is_sidebar(lines[i]):
            return i
    return None


def _previous_content(lines: list[_Line], before: int) -> _Line | None:
    for i in range(before - 1, -1, -1):
        line = lines[i]
        if line.stripped and not _is_chrome(line) and not _is_sidebar(line):
            return line
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LATIN_LETTER_BYTES = bytes(
    [*range(ord("A"), ord("Z") + 1), *range(ord("a"), ord("z") + 1), *range(0xC0, 0x100)]
)


_ENGLISH_WORDS = guarded(r"\b(?:the|of|and|to|was|were|has|have|had|said|which|with|from|that|by|its|this)\b")
_FRENCH_WORDS = guarded(r"\b(?:le|la|les|des|du|et|une|est|sont|ont|été|selon|qui|dans|par|au|aux|sur)\b")


def detect_language(text: str) -> str:
    """ "ar" when the text has at least as many characters of U+0600-U+06FF as Latin letters
    ([A-Za-zÀ-ÿ]); otherwise "en" or "fr", whichever has more of its common function words."""
    if _latin_letters_win(text):
        sample = text[:20000].lower()
        english = len(_ENGLISH_WORDS.findall(sample))
        french = len(_FRENCH_WORDS.findall(sample))
        return "en" if english > french else "fr"
    return "ar"


def _latin_letters_win(text: str) -> bool:
    # Counted in C rather than with findall (a string object per letter): the characters up to U+00FF
    # are the bytes of its Latin-1 encoding (the others dropped), and in UTF-16-LE a character of
    # U+0600-U+06FF, and only such a character, has 0x06 as its second byte.
    latin_1 = text.encode("latin-1", "ignore")
    latin = len(latin_1) - len(latin_1.translate(None, _LATIN_LETTER_BYTES))
    arabic = text.encode("utf-16-le", "surrogatepass")[1::2].count(0x06)
    return latin > arabic


# ---- HTML ----------------------------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype", "<html")) or "<body" in text[:20000].lower()


_BARE_DATE_LINE = re.compile(r"\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:+.-]+)?\s*")
_GLUED_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:+.-]+)?\s+")


_BLOCK_TAGS = frozenset("p li h1 h2 h3 h4 h5 h6 td th dt dd blockquote pre figcaption tr".split())
_SPACES = re.compile(r"\s+")
_BLOCK_WINDOW = 400  # how far past the text already placed a block's text may begin


def _block_texts(html: str) -> list[str]:
    """The text of each block element of the page's body (<p>, <li>, <h2>, <td>…), in order, spaces collapsed."""
    from html.parser import HTMLParser

    blocks: list[str] = []
    parts: list[str] = []
    depth = {"skip": 0}

    class _Blocks(HTMLParser):
        def flush(self) -> None:
            text = _SPACES.sub(" ", "".join(parts)).strip()
            if text:
                blocks.append(text)
            parts.clear()

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "head", "noscript"):
                depth["skip"] += 1
            elif tag in _BLOCK_TAGS or tag == "br":
                self.flush()

        def handle_endtag(self, tag):
            if tag in ("script", "style", "head", "noscript"):
                depth["skip"] = max(0, depth["skip"] - 1)
            elif tag in _BLOCK_TAGS:
                self.flush()

        def handle_data(self, data):
            if not depth["skip"]:
                parts.append(data)

    parser = _Blocks(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    parser.flush()
    return blocks


def _restore_block_breaks(body: str, html: str) -> str:
    """trafilatura's fallback extraction returns a short page's text on one line ("Chiffres clés de la DGST : 2019 : 14
    cellules 2020 : 8 2021 : 13"): each block of the page (a paragraph, a list item, a table row) starts a line again,
    so that a key-figure box's lines stay lines. One pass: each block is looked for just after the one before."""
    if "\n" in body or not body:
        return body
    pieces: list[str] = []
    cursor = 0
    for block in _block_texts(html):
        at = body.find(block, cursor, cursor + len(block) + _BLOCK_WINDOW)
        if at < 0:
            continue
        if at > 0 and body[at - 1] == " ":
            pieces.append(body[cursor : at - 1])
            pieces.append("\n")
            cursor = at
        cursor_end = at + len(block)
        pieces.append(body[cursor:cursor_end])
        cursor = cursor_end
    pieces.append(body[cursor:])
    return "".join(pieces)


def _parse_html(html: str) -> Document:
    from trafilatura import bare_extraction  # imported here: slow to load and only needed for HTML

    extracted = bare_extraction(html, with_metadata=True)
    title = _attr(extracted, "title")
    body = _restore_block_breaks(_attr(extracted, "text") or "", html)
    lines = [line for line in body.split("\n")]
    if title and lines and fold(lines[0].strip()) == fold(title.strip()):
        lines = lines[1:]  # trafilatura repeats the <h1> as the first line of the text
    elif (
        title
        and lines
        and len(lines[0]) > len(title.strip())
        and fold(lines[0].lstrip()).startswith(fold(title.strip()) + " ")
    ):
        # the <h1> and a bare <time> glued to the first paragraph ("Fez: … raid 2026-02-11 Three suspects …"): the
        # title is the title, its date the byline's, the body starts after them
        rest = lines[0].lstrip()[len(title.strip()) :]
        lines[0] = _GLUED_DATE.sub("", rest, count=1).strip()
    if lines and _BARE_DATE_LINE.fullmatch(lines[0]):
        lines = lines[1:]  # the <time> of the byline on a line of its own, under the <h1>
    body = "\n".join(lines).strip()
    prefix = f"{title}\n\n" if title else ""
    text = prefix + body
    published = None
    raw_date = (
        _html_date(html)
        or _labelled_publication(html)
        or _attr(extracted, "date")
        or _page_date(html)
        or _text_byline_date(body)
    )
    if raw_date and raw_date.endswith(
        "-01-01"
    ):  # a year-only guess (often the footer's ©): the byline knows better
        raw_date = _visible_byline_date(html) or _text_byline_date(body) or raw_date
    if raw_date:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw_date)
        if match:
            published = _safe_date(int(match[1]), int(match[2]), int(match[3]))
    dateline_match = _DATELINE.match(body)
    return Document(
        text=text,
        title=title or None,
        outlet=_agreed_outlet(html, title) or site_name(_attr(extracted, "sitename")) or _html_outlet(html),
        published=published,
        dateline=dateline_match["city"] if dateline_match else None,
        language=detect_language(body or text),
        body_start=len(prefix),
        body_end=len(text),
        layout="html",
        url=_attr(extracted, "url") or None,
    )


# Where a saved page states its date when trafilatura finds none: JSON-LD, Open Graph, <time datetime>.
_HTML_DATES = (
    re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})'),
    re.compile(r'(?:article:published_time|pubdate|publishdate|date)"\s+content="(\d{4}-\d{2}-\d{2})', re.I),
    re.compile(r'"(?:dateCreated|uploadDate|dateModified)"\s*:\s*"(\d{4}-\d{2}-\d{2})'),
)
_TIME_DATETIME = re.compile(r"<time(?P<attrs>[^>]*)\sdatetime=[\"']?(?P<date>\d{4}-\d{2}-\d{2})", re.I)
# a <time> that stamps an update: class="updated", itemprop="dateModified", or "Mis à jour le" printed before it
_UPDATED_TIME = re.compile(
    r"updated|modified|update|mise?\s+[àa]\s+jour|modifi[ée]|actualis[ée]|تحديث|عدل", re.I
)


def _time_datetime(html: str) -> str | None:
    """The first publication a page's <time datetime> tags give: an update's tag is passed over when
    another tag dates the page ("Mis à jour le <time …>9 mai</time> · Publié le <time …>7 mai</time>")."""
    update = None
    for match in _TIME_DATETIME.finditer(html):
        before = _TAG.sub(" ", html[max(0, match.start() - 60) : match.start()])
        if _UPDATED_TIME.search(match["attrs"]) or _UPDATED_TIME.search(before[-30:]):
            update = update or match["date"]
            continue
        return match["date"]
    return update


# Any <meta> whose name, property or itemprop speaks of publication, in any attribute order:
# <meta content="2023-09-18T…" property="article:published_time">, itemprop="datePublished", name="DC.date.issued"
_META = re.compile(r"<meta\s[^>]*>", re.I)
_META_NAME = re.compile(
    r"(?:name|property|itemprop)\s*=\s*[\"']?[^\"'>]*(?:publish|pubdate|pub-date|issued|created|\bdate\b)[^\"'>]*",
    re.I,
)
_META_CONTENT = re.compile(r"content\s*=\s*[\"']\s*(\d{4})[-/](\d{2})[-/](\d{2})", re.I)
# A date in the page's own address: /2023/09/18/, /2023-09-18-
_URL_DATE = re.compile(
    r"(?:canonical\"[^>]*href|og:url\"[^>]*content)\s*=\s*\"https?://[^\"]*?/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)[/-]",
    re.I,
)
# Elements that print the byline's date in words: <time>18 septembre 2023</time>, class="entry-date", "posted-on"
_TIME_TEXT = re.compile(r"<time[^>]*>(.*?)</time>", re.I | re.S)


_TAG = re.compile(r"<[^>]+>")
_BYLINE_BLOCK = re.compile(
    r"<[^>]+class=\"[^\"]*(?:byline|date|time|meta|top-bar|posted|publish|author|dateline|timestamp)[^\"]*\"[^>]*>(.*?)</",
    re.I | re.S,
)


def _labelled_publication(html: str) -> str | None:
    """A byline that prints an update before the first publication ("Mis à jour le 9 mai 2023 | Publié le 7 mai
    2023"): the publication, which the extractor's own guess (the first or the latest date) would miss."""
    for block in _BYLINE_BLOCK.finditer(html[:200_000]):  # (a byline sits at the top of the page)
        text = _TAG.sub(" ", block.group(1))
        if not _UPDATED_TIME.search(text):
            continue
        printed, first = byline_date(text), first_date(fold(text))
        if printed and first and printed != first[0]:
            return printed.isoformat()
    return None


def _visible_byline_date(html: str) -> str | None:
    """The first full date printed in an element whose class says byline, date or time, or in a <time>."""
    for pattern in (_BYLINE_BLOCK, _TIME_TEXT):
        for block in pattern.finditer(html):
            text = _TAG.sub(" ", block.group(1))
            printed = byline_date(text)  # "Mis à jour le … | Publié le …": the publication
            if printed:
                return printed.isoformat()
            found = first_date(fold(text))
            if found:
                return found[0].isoformat()
    return None


_PUBLISHER_NAME = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,60})"')
_SITE_NAME_META = re.compile(
    r'<meta[^>]*(?:property|name)\s*=\s*["\'](?:og:site_name|application-name)["\'][^>]*>', re.I
)
_META_CONTENT_TEXT = re.compile(r'content\s*=\s*["\']([^"\']{2,60})["\']', re.I)
_COPYRIGHT_TEXT = re.compile(r"(?:©|&copy;|&#169;)[^<>\n]{0,80}")


def _html_outlet(html: str) -> str | None:
    """The publication a saved page names when the extractor finds none: its JSON-LD publisher, its Open
    Graph site name, else its copyright line ("© Le Matin 2021")."""
    match = _PUBLISHER_NAME.search(html)
    if match:
        return site_name(match.group(1))
    for tag in _SITE_NAME_META.finditer(html):
        content = _META_CONTENT_TEXT.search(tag.group())
        if content:
            return site_name(content.group(1))
    for match in _COPYRIGHT_TEXT.finditer(html):
        name = copyright_outlet(match.group().replace("&copy;", "©").replace("&#169;", "©"))
        if name:
            return name
    return None


_QUOTED_CONTENT = re.compile(
    r"""content\s*=\s*(?P<quote>["'])(?P<text>(?:(?!(?P=quote)).){2,60})(?P=quote)""", re.I
)
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+")


def _agreed_outlet(html: str, headline: str | None) -> str | None:
    """The name two of the page's three names for itself agree on: og:site_name, the <title> suffix ("Title |
    Le Veilleur.ma", its domain ending dropped) and the JSON-LD publisher. A parent company as publisher
    ("Groupe … Médias") or a Latin og:site_name on a page whose <title> and publisher print the Arabic name
    lose the vote; with no agreement, None (the caller's order decides)."""
    names = []
    tag = next(_SITE_NAME_META.finditer(html[:200_000]), None)
    content = _QUOTED_CONTENT.search(tag.group()) if tag else None
    og_name = site_name(unescape(content["text"])) if content else None
    names.append(og_name)
    publisher = _PUBLISHER_NAME.search(html[:200_000])
    if publisher:
        names.append(site_name(publisher.group(1)))
    suffix = _title_suffix(html, headline)
    if suffix:
        names.append(site_name(suffix))
    votes: dict[str, list[str]] = {}
    for name in names:
        if name:
            votes.setdefault(fold(name).lower(), []).append(name)
    best = max(votes.values(), key=len, default=[])
    if len(best) >= 2:
        return best[0]
    # no two agree: the site's own names (og:site_name, then the <title> suffix) before a publisher
    if og_name or suffix:
        return og_name or site_name(suffix)
    return None


def _title_suffix(html: str, headline: str | None) -> str | None:
    match = _TITLE_TAG.search(html[:200_000])
    if not match:
        return None
    whole = unescape(match.group(1)).strip()
    parts = _TITLE_SUFFIX.split(whole)
    if len(parts) < 2:
        return None
    suffix = site_name(parts[-1].strip())
    if headline and fold(suffix) in fold(headline):
        return None  # the headline's own dash, no site name after it
    return suffix if is_name_line(suffix) else None


def _html_date(html: str) -> str | None:
    for index, pattern in enumerate(_HTML_DATES):
        if index == 2:  # after JSON-LD and the publication metas, before dateCreated/dateModified
            found = _time_datetime(html)
            if found:
                return found
        match = pattern.search(html)
        if match:
            return match.group(1)
    for tag in _META.finditer(html):
        if _META_NAME.search(tag.group()):
            content = _META_CONTENT.search(tag.group())
            if content:
                return "-".join(content.groups())
    return None


def _page_date(html: str) -> str | None:
    """When neither the metadata nor the extractor dates the page: a byline date it prints, else its address's."""
    visible = _visible_byline_date(html)
    if visible:
        return visible
    match = _URL_DATE.search(html)
    return "-".join(match.groups()) if match else None


def _text_byline_date(body: str) -> str | None:
    """A byline line among the first lines of the extracted text ("نشر في 18 شتنبر 2023 - 10:42")."""
    for line in body.split("\n")[:6]:
        found = date_of_line(line)
        if found:
            return found.isoformat()
    return None


def _attr(extracted, name: str):
    if extracted is None:
        return None
    if isinstance(extracted, dict):
        return extracted.get(name)
    return getattr(extracted, name, None)
