"""Filters for readers' pages: figures, labels and punctuation in the reader's language."""

from urllib.parse import urlsplit

from django import template
from django.utils.translation import get_language

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
