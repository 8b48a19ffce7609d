"""Filters for the editors' templates."""

from django import template

from claims import vocabulary as vocab

register = template.Library()


@register.filter
def metric_label(slug: str) -> str:
    """'cells_dismantled' → 'Terrorist cells dismantled' (translated), any other slug in words."""
    return vocab.metric_label(slug or "")
