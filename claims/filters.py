"""FilterSets shared by the claims page, its CSV export and the JSON API.

A value that cannot mean anything (a malformed date, an unknown qualifier, a 300-character
search) makes the form invalid and the view answers 400 with the form's message; a well-formed
value that matches nothing (an unknown metric or outlet) simply gives an empty list.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Count, F
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.translation import gettext_lazy as _

from claims import vocabulary as vocab
from claims.models import Article, ArticleCountry, Claim
from claims.search import MAX_QUERY_LENGTH, search_articles

SLUG = RegexValidator(r"^[-a-zA-Z0-9_]+$", _("Use letters, digits, hyphens and underscores only."))
# Lists never show an article's text: leave its body and search document (~5 KB a row) in the
# database (at a million claims they were most of the bytes the listings fetched).
ARTICLE_TEXT = ("article__body", "article__search_text")
ISO2 = RegexValidator(r"^[A-Za-z]{2}$", _("Use a two-letter country code such as FR or ES."))


class SearchField(forms.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        super().__init__(*args, **kwargs)


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


def _filter_search(queryset, name, value, *, prefix):
    return search_articles(queryset, value, prefix=prefix) if value else queryset


class ClaimFilter(django_filters.FilterSet):
    # Any slug is accepted (the engine may add metrics); the menu offers the vocabulary's.
    metric = django_filters.CharFilter(
        field_name="metric",
        max_length=60,
        validators=[SLUG],
        label=_("Metric"),
        widget=forms.Select(choices=[("", "---------"), *vocab.METRICS]),
    )
    outlet = django_filters.CharFilter(
        field_name="article__source__slug", max_length=200, validators=[SLUG], label=_("Outlet")
    )
    country = django_filters.CharFilter(
        method="filter_partner_country", max_length=2, validators=[ISO2], label=_("Partner country")
    )
    qualifier = django_filters.ChoiceFilter(choices=vocab.QUALIFIERS, label=_("Qualifier"))
    org = django_filters.ChoiceFilter(choices=vocab.ORGS, label=_("Attributed to"))
    published_after = django_filters.DateFilter(
        field_name="article__published", lookup_expr="gte", label=_("Published on or after")
    )
    published_before = django_filters.DateFilter(
        field_name="article__published", lookup_expr="lte", label=_("Published on or before")
    )
    period_year = django_filters.NumberFilter(
        field_name="period_year", min_value=1900, max_value=2100, label=_("Period starting in")
    )
    q = SearchFilter(method="filter_search", label=_("Search"))
    sort = django_filters.OrderingFilter(
        fields=(
            ("article__published", "published"),
            ("value", "value"),
            ("metric", "metric"),
            ("article__source__name", "outlet"),
        ),
        field_labels={
            "article__published": _("Publication date"),
            "value": _("Value"),
            "metric": _("Metric"),
            "article__source__name": _("Outlet"),
        },
        label=_("Sort by"),
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_partner_country(self, queryset, name, value):
        partners = ArticleCountry.objects.filter(
            role=ArticleCountry.PARTNER, country__code=value.upper()
        ).values("article_id")
        return queryset.filter(article_id__in=partners)

    def filter_search(self, queryset, name, value):
        return _filter_search(queryset, name, value, prefix="article__")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("sort"):
            queryset = queryset.order_by(F("article__published").desc(nulls_last=True), "article_id", "start")
        # A stable tie-break, so pages never repeat or skip a claim.
        return queryset.order_by(*queryset.query.order_by, "id")


class ArticleFilter(django_filters.FilterSet):
    q = SearchFilter(method="filter_search", label=_("Search"))
    outlet = django_filters.CharFilter(
        field_name="source__slug", max_length=200, validators=[SLUG], label=_("Outlet")
    )
    published_after = django_filters.DateFilter(
        field_name="published", lookup_expr="gte", label=_("Published on or after")
    )
    published_before = django_filters.DateFilter(
        field_name="published", lookup_expr="lte", label=_("Published on or before")
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_search(self, queryset, name, value):
        return _filter_search(queryset, name, value, prefix="")


@dataclass
class FacetValue:
    label: str
    count: int
    params: dict[str, str]  # the filters a click on it sets
    when: date | None = None  # for the month facet, shown in the reader's language
    href: str = ""  # set by the view: the current query narrowed by `params`


@dataclass
class ClaimFacets:
    years: list[FacetValue] = field(default_factory=list)
    months: list[FacetValue] = field(default_factory=list)
    metrics: list[FacetValue] = field(default_factory=list)
    outlets: list[FacetValue] = field(default_factory=list)
    countries: list[FacetValue] = field(default_factory=list)


def claim_facets(claims, *, country_label) -> ClaimFacets:
    """Counts by publication year and month, metric, outlet and partner country of a filtered set.

    Two queries whatever the size: one GROUP BY over (year, month, metric, outlet) whose rows are
    summed here into four facets, and one over partner countries (a join the first must not pay).
    """
    claims = claims.order_by()
    rows = claims.values("metric", "article__source__slug", "article__source__name").annotate(
        year=ExtractYear("article__published"), month=ExtractMonth("article__published"), n=Count("id")
    )
    years, months, metrics, outlets = Counter(), Counter(), Counter(), Counter()
    outlet_names = {}
    for row in rows:
        if row["year"]:
            years[row["year"]] += row["n"]
            months[(row["year"], row["month"])] += row["n"]
        metrics[row["metric"]] += row["n"]
        if row["article__source__slug"]:
            outlets[row["article__source__slug"]] += row["n"]
            outlet_names[row["article__source__slug"]] = row["article__source__name"]
    facets = ClaimFacets()
    for year, n in sorted(years.items(), reverse=True):
        facets.years.append(
            FacetValue(
                str(year), n, {"published_after": f"{year}-01-01", "published_before": f"{year}-12-31"}
            )
        )
    for (year, month), n in sorted(months.items(), reverse=True):
        last = calendar.monthrange(year, month)[1]
        facets.months.append(
            FacetValue(
                f"{year}-{month:02d}",
                n,
                {
                    "published_after": f"{year}-{month:02d}-01",
                    "published_before": f"{year}-{month:02d}-{last}",
                },
                when=date(year, month, 1),
            )
        )
    for metric, n in metrics.most_common():
        facets.metrics.append(FacetValue(vocab.metric_label(metric), n, {"metric": metric}))
    for slug, n in outlets.most_common():
        facets.outlets.append(FacetValue(outlet_names[slug], n, {"outlet": slug}))
    partner_rows = (
        ArticleCountry.objects.filter(role=ArticleCountry.PARTNER, article__claims__in=claims)
        .values("country__code", "country__name_ar", "country__name_en")
        .annotate(n=Count("article__claims", distinct=True))
        .order_by("-n", "country__code")
    )
    for row in partner_rows:
        facets.countries.append(FacetValue(country_label(row), row["n"], {"country": row["country__code"]}))
    return facets
