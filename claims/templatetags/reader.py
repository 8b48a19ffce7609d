"""Filters for readers' pages: figures, labels and punctuation in the reader's language."""

from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, gettext, gettext_lazy

from claims import vocabulary as vocab
from claims.charts import number_text

register = template.Library()


@register.filter
def figure(value) -> str:
    """207, 1 357 or 1,357 (as the language groups digits), 1,5 or 1.5."""
    if value is None or value == "":
        return ""
    return number_text(float(value))


@register.filter
def subset_label(slug: str) -> str:
    return vocab.subset_label(slug or "")


@register.simple_tag
def comma() -> str:
    """The list separator of the reader's language: "، " in Arabic, ", " otherwise."""
    return "، " if get_language() == "ar" else ", "


@register.filter
def url_label(url: str) -> str:
    """An article's address as a reader reads it: the site and the path, without the scheme."""
    parts = urlsplit(url or "")
    if not parts.netloc:
        return url or ""
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    shown = f"{host}{path}"
    return shown if len(shown) <= 70 else shown[:69] + "…"


@register.simple_tag
def datalist(list_id: str, values) -> str:
    """<datalist id=...> with an <option> per value: the suggestions of a filter box."""
    options = format_html_join("", '<option value="{}">', ((value,) for value in values or ()))
    return format_html('<datalist id="{}">{}</datalist>', list_id, options)


@register.simple_tag(takes_context=True)
def claim_rows(context, claims, selectable=False):
    """The <tr>s of a claims table (claims/rows.py); editors' badges when the page shows them."""
    from claims.rows import RowWriter

    return RowWriter(selectable=bool(selectable), show_badge=bool(context.get("show_badge"))).rows(claims)


READER_PAGES = (
    ("claim_list", gettext_lazy("Claims")),
    ("article_list", gettext_lazy("Articles")),
    ("corrections", gettext_lazy("Corrections")),  # what editors corrected, for readers (editors' page)
    ("metric_index", gettext_lazy("Metrics")),
    ("source_index", gettext_lazy("Outlets")),
    ("country_index", gettext_lazy("Countries")),
)


@register.simple_tag
def reader_nav() -> str:
    """The menu's links to readers' pages, built once per language: every page's header carries them,
    and a page served from the cache is little more than its header (claims/page_cache.py)."""
    return _reader_nav(get_language())


@lru_cache(maxsize=8)
def _reader_nav(language: str) -> str:
    return format_html_join(
        "\n    ", '<a href="{}">{}</a>', ((reverse(name), label) for name, label in READER_PAGES)
    )


@register.filter
def article_title(article) -> str:
    """An article's title; without one, its address; without either, "Untitled article"."""
    if article.title:
        return article.title
    return url_label(article.url) if article.url else gettext("Untitled article")
