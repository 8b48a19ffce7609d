"""A finding explained in the reader's language, from what it holds: its kind, the claims it accuses
and the claims that are its evidence.

The consistency engine (claims/consistency, no Django) words its explanation in English; the
editors' pages show this one, in Arabic or English, and keep the engine's own words beside it.
"""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_bidi, gettext_lazy
from django.utils.translation import gettext as _

from claims.models.editorial import FindingClaim

# The sentence for each kind: %(accused)s and %(evidence)s are lists of cited figures, %(all)s all of
# a finding's figures in publication order.
SENTENCES = {
    "stale_figure": gettext_lazy(
        "%(accused)s repeats an outdated figure: %(evidence)s had already been reported."
    ),
    "implausible_value": gettext_lazy(
        "%(accused)s is out of line with %(evidence)s, and no other source comes close: probably a misprint."
    ),
    "cumulative_decrease": gettext_lazy("%(all)s: a running total cannot go down."),
    "same_period_disagreement": gettext_lazy("%(all)s: sources disagree on the same period."),
    "internal_arithmetic": gettext_lazy(
        "%(all)s: a total disagrees with its own breakdown in the same article."
    ),
    "partial_exceeds_whole": gettext_lazy(
        "%(all)s: a full-year figure is below the same source's earlier part-year figure."
    ),
}


def _comma() -> str:
    return "، " if get_language_bidi() else ", "


def cite(claim) -> SafeString:
    """ "190 (برلمان، June 2024)": the figure, its outlet and its month, each isolated for direction."""
    article = claim.article
    outlet = article.source.name if article.source_id else _("no outlet")
    when = date_format(article.published, "F Y") if article.published else _("no date")
    return format_html("<bdi>{}</bdi> (<bdi>{}</bdi>{}{})", claim.display_value, outlet, _comma(), when)


def cite_all(claims) -> SafeString:
    cited = [cite(claim) for claim in claims]
    if len(cited) <= 1:
        return mark_safe("".join(cited))  # noqa: S308 - each built by format_html
    words = conditional_escape(_("%(first)s and %(last)s"))
    return mark_safe(words % {"first": mark_safe(_comma().join(cited[:-1])), "last": cited[-1]})  # noqa: S308


def explain(finding) -> SafeString:
    """The finding in the interface language; the engine's words when its kind is one we do not know.

    Reads `finding.links` (prefetch them with `Finding.objects.for_queue()`)."""
    sentence = SENTENCES.get(finding.kind)
    links = list(finding.links.all())
    if sentence is None or not links:
        return conditional_escape(finding.explanation)
    accused = [link.claim for link in links if link.role == FindingClaim.ACCUSED]
    evidence = [link.claim for link in links if link.role == FindingClaim.EVIDENCE]
    in_order = sorted((link.claim for link in links), key=_published)
    # The sentence is escaped before the cited figures, built by format_html, go into it.
    return mark_safe(  # noqa: S308
        conditional_escape(str(sentence))
        % {"accused": cite_all(accused), "evidence": cite_all(evidence), "all": cite_all(in_order)}
    )


def _published(claim):
    published = claim.article.published
    return (published is None, published.toordinal() if published else 0, claim.pk)
