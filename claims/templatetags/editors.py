"""Filters for the editors' templates."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from claims import history
from claims import vocabulary as vocab

register = template.Library()


@register.filter
def metric_label(slug: str) -> str:
    """'cells_dismantled' → 'Terrorist cells dismantled' (translated), any other slug in words."""
    return vocab.metric_label(slug or "")


@register.filter
def reason_words(reason: str) -> str:
    """Why a file was rejected, in the interface language (claims/reasons.py)."""
    from claims.reasons import reason_words as words

    return words(reason or "")


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
def period_words(claim) -> str:
    """The claim's period as readers' pages word it: "since 2002", "2002–2020", "March 2021"."""
    from claims.charts import period_label

    return period_label(claim.period_type, claim.period_start or "", claim.period_end or "")


@register.filter
def state_words(claim) -> str:
    """The claim's review state in words."""
    return str(dict(claim.REVIEW_STATES).get(claim.review_state, claim.review_state))


@register.filter
def explained(finding) -> str:
    """The finding explained in the interface language (claims/explanations.py)."""
    from claims.explanations import explain

    return explain(finding)


# The two marks below are built in Python, not by including a template: a list of 900 claims
# rendered 2,700 small templates, and each rendering has a cost (a context, a signal) of its own.


@register.simple_tag
def claim_value(claim) -> SafeString:
    """The figure as printed, or the editor's value with the machine's beside it ("209 (corrected
    from 2009)")."""
    original = claim.original_value
    if original is None:
        return format_html('<bdi class="value">{}</bdi>', claim.value_text)
    return format_html(
        '<bdi class="value corrected">{}</bdi> <span class="original">({} <bdi class="original-value">{}</bdi>)</span>',
        claim.display_value,
        _("corrected from"),
        original,
    )


@register.simple_tag
def editorial_badge(claim) -> SafeString:
    """Editors' marks on one claim: its open flags' reasons and its review state. Public: never an
    editor's note (no title, no data attribute holds one). Needs `Claim.objects.with_editorial()`."""
    flags = format_html_join(
        "",
        '<span class="editorial-badge flag" data-reason="{}">⚑ {}: {}</span>',
        ((flag.reason, _("flagged"), flag.get_reason_display()) for flag in getattr(claim, "open_flags", [])),
    )
    state = claim.review_state
    if state == claim.CORRECTED:
        parts = corrected_parts(claim)
        original = claim.original_value
        mark = format_html(
            '<span class="editorial-badge correction">✎ {}{}{}</span>',
            _("corrected by an editor"),
            format_html(": {}", parts) if parts else "",
            format_html(
                ' · <bdi class="corrected-value">{}</bdi> ({} <bdi class="original-value">{}</bdi>)',
                claim.display_value,
                _("machine read"),
                original,
            )
            if original is not None
            else "",
        )
    elif state == claim.VERIFIED:
        words = _("added by an editor") if claim.added_by_id else _("verified by an editor")
        mark = format_html('<span class="editorial-badge verified">✓ {}</span>', words)
    elif state == claim.REJECTED:
        mark = format_html('<span class="editorial-badge rejected">✕ {}</span>', _("rejected: not a claim"))
    else:
        mark = ""
    return mark_safe(flags + mark)  # noqa: S308 - both built by format_html
