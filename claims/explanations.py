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


# A bound as the reader's language words it: "more than 200", "أكثر من 200".
QUALIFIED = {
    "more_than": gettext_lazy("more than %(figure)s"),
    "at_least": gettext_lazy("at least %(figure)s"),
    "about": gettext_lazy("about %(figure)s"),
    "less_than": gettext_lazy("fewer than %(figure)s"),
    "at_most": gettext_lazy("at most %(figure)s"),
}


def figure(claim) -> SafeString:
    """The value isolated for direction, with its bound in words ("أكثر من <bdi>200</bdi>") and its unit."""
    value = format_html("<bdi>{}{}</bdi>", claim.display_value, "%" if claim.unit == "percent" else "")
    words = QUALIFIED.get(claim.qualifier)
    if words is None:
        return value
    return mark_safe(conditional_escape(str(words)) % {"figure": value})  # noqa: S308 - escaped, then format_html


def source(claim) -> SafeString:
    """ "<bdi>برلمان</bdi>، June 2024": the outlet isolated for direction, and its month."""
    article = claim.article
    outlet = article.source.name if article.source_id else _("no outlet")
    when = date_format(article.published, "F Y") if article.published else _("no date")
    return format_html("<bdi>{}</bdi>{}{}", outlet, _comma(), when)


def cite(claim) -> SafeString:
    """ "190 (برلمان، June 2024)": the figure, its outlet and its month, each isolated for direction."""
    return format_html("{} ({})", figure(claim), source(claim))


def cite_sides(claims) -> SafeString:
    """Every figure once, with every source that printed it: "21 (Le360، 2016؛ Médias24، 2018) and 96 (…)"."""
    sides: dict[tuple, list] = {}
    for claim in claims:
        sides.setdefault((claim.value, claim.qualifier, claim.unit), []).append(claim)
    separator = "؛ " if get_language_bidi() else "; "
    cited = [
        format_html(
            "{} ({})",
            figure(side[0]),
            mark_safe(separator.join(source(c) for c in side)),  # noqa: S308
        )
        for _key, side in sorted(sides.items(), key=lambda item: item[0][0])
    ]
    return _and_list(cited)


def cite_all(claims) -> SafeString:
    return _and_list([cite(claim) for claim in claims])


def _and_list(cited) -> SafeString:
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
    # One conflict over one period names each figure once, with all its sources.
    everything = cite_sides(in_order) if finding.kind == "same_period_disagreement" else cite_all(in_order)
    # The sentence is escaped before the cited figures, built by format_html, go into it.
    return mark_safe(  # noqa: S308
        conditional_escape(str(sentence))
        % {"accused": cite_all(accused), "evidence": cite_all(evidence), "all": everything}
    )


def _published(claim):
    published = claim.article.published
    return (published is None, published.toordinal() if published else 0, claim.pk)
