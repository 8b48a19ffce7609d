"""Filters for the editors' templates."""

from django import template
from django.utils.translation import get_language_bidi

from claims import history
from claims import vocabulary as vocab

register = template.Library()


@register.filter
def metric_label(slug: str) -> str:
    """'cells_dismantled' → 'Terrorist cells dismantled' (translated), any other slug in words."""
    return vocab.metric_label(slug or "")


@register.filter
def subset_label(slug: str) -> str:
    """'isis_linked' → 'linked to ISIS' (translated), any other slug in words."""
    return vocab.subset_label(slug or "")


@register.filter
def corrected_parts(claim) -> str:
    """The parts of the claim an editor corrected ("value, period"), in the interface language."""
    separator = "، " if get_language_bidi() else ", "
    return separator.join(history.corrected_parts(claim))


@register.filter
def state_words(claim) -> str:
    """The claim's review state in words."""
    return str(dict(claim.REVIEW_STATES).get(claim.review_state, claim.review_state))


@register.filter
def explained(finding) -> str:
    """The finding explained in the interface language (claims/explanations.py)."""
    from claims.explanations import explain

    return explain(finding)
