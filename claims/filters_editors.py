"""The editors' queue filters: one query string (kind, metric, status) read by two FilterSets.

A finding's "kind" is what the engine found (cumulative_decrease...), a flag's is the reason an
editor gave (misprint...); the queue offers both in one list and each FilterSet answers for its
own, so choosing "misprint" lists flags and no finding.
"""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from claims import vocabulary as vocab
from claims.models import Claim, Finding, Flag
from claims.models.editorial import FINDING_KINDS, FLAG_REASONS

KIND_CHOICES = [(_("Findings"), FINDING_KINDS), (_("Flags"), FLAG_REASONS)]
STATUS_CHOICES = [
    ("open", _("open")),
    ("confirmed", _("confirmed")),
    ("resolved", _("resolved")),
    ("dismissed", _("dismissed")),
]
# The queue shows what still needs an editor unless asked otherwise.
DEFAULT_STATUS = "open"


def queue_data(query_dict):
    """The query string with the default status filled in (an explicit empty status means any)."""
    data = query_dict.copy()
    if "status" not in data:
        data["status"] = DEFAULT_STATUS
    return data


def _known_metric_choices():
    """The contract's metrics, and any other slug the engine has found inconsistencies in."""
    known = dict(vocab.METRICS)
    found = Finding.objects.order_by().values_list("metric", flat=True).distinct()
    return [*vocab.METRICS, *((slug, slug.replace("_", " ")) for slug in sorted(set(found) - set(known)))]


class FindingFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=KIND_CHOICES, method="filter_kind", label=_("Kind"))
    metric = django_filters.ChoiceFilter(choices=_known_metric_choices, label=_("Metric"))
    status = django_filters.ChoiceFilter(choices=STATUS_CHOICES, label=_("Status"))

    class Meta:
        model = Finding
        fields = ["kind", "metric", "status"]

    def filter_kind(self, queryset, name, value):
        return queryset.filter(kind=value)


class FlagFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=KIND_CHOICES, method="filter_kind", label=_("Kind"))
    metric = django_filters.ChoiceFilter(
        choices=_known_metric_choices, method="filter_metric", label=_("Metric")
    )
    status = django_filters.ChoiceFilter(choices=STATUS_CHOICES, label=_("Status"))

    class Meta:
        model = Flag
        fields = ["kind", "metric", "status"]

    def filter_kind(self, queryset, name, value):
        return queryset.filter(reason=value)

    def filter_metric(self, queryset, name, value):
        return queryset.filter(claims__metric=value).distinct()


class ReviewFilter(django_filters.FilterSet):
    """The review queue: machine readings by default; any state, metric, outlet or article on demand."""

    state = django_filters.ChoiceFilter(
        field_name="review_state", choices=Claim.REVIEW_STATES, empty_label=_("any"), label=_("Review")
    )
    metric = django_filters.ChoiceFilter(choices=vocab.METRICS, label=_("Metric"))
    outlet = django_filters.CharFilter(field_name="article__source__slug", max_length=200, label=_("Outlet"))
    article = django_filters.NumberFilter(field_name="article_id", min_value=1, label=_("Article"))

    class Meta:
        model = Claim
        fields = ["state", "metric", "outlet", "article"]

    @staticmethod
    def with_defaults(query_dict):
        """Machine readings unless a state is asked for (an explicit empty state means any)."""
        data = query_dict.copy()
        if "state" not in data:
            data["state"] = Claim.MACHINE
        return data
