"""FilterSets shared by the claims page, its CSV export and the JSON API.

Filters take values as people type them: an outlet or a country by name in Arabic, French or
English, in any spelling ("هسبريس", "Hespress", "hespress"; "إسبانيا", "اسبانيا", "Espagne", "ES");
a date as a year, a month or a day, day first when written with slashes; a value with Arabic-Indic
digits. A value that cannot mean anything (a malformed date, a country nobody is called, an unknown
qualifier, a 300-character search) makes the form invalid and the view answers 400 with the form,
what was typed and the message, in the reader's language; a well-formed value that matches nothing
(an unknown metric or outlet) simply gives an empty list.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db.models import Count, F
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from claims import vocabulary as vocab
from claims import widgets
from claims.extraction.normalize import fold
from claims.extraction.periods import MONTHS
from claims.models import Article, ArticleCountry, Claim, Source
from claims.models.editorial import Flag
from claims.reader_names import country_code, matching_sources
from claims.search import MAX_QUERY_LENGTH, search_articles

SLUG = RegexValidator(r"^[-a-zA-Z0-9_]+$", _("Use letters, digits, hyphens and underscores only."))
# Names of outlets and countries: letters of any script, digits, spaces and the marks names carry
# ("L'Opinion", "Le360.ma", "Guinée-Bissau"); never a slash, a quote or a control character.
NAME = RegexValidator(
    r"^[\w\s.'’&-]+$", _("Type a name with letters, digits, spaces and hyphens only."), flags=re.UNICODE
)
# Lists never show an article's text: leave its body and search document (~5 KB a row) in the
# database (at a million claims they were most of the bytes the listings fetched).
ARTICLE_TEXT = ("article__body", "article__search_text")
LANGUAGES = [("ar", _("Arabic")), ("fr", _("French")), ("en", _("English"))]

# Editorial state: the claim's review state (a rejected claim is never listed: readers see the public
# claims), or an open flag on it.
REVIEW_STATES = [
    ("machine", _("machine-read, not reviewed")),
    ("verified", _("verified by an editor")),
    ("corrected", _("corrected by an editor")),
    ("flagged", _("flagged by an editor")),
]


# Dates ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateSpan:
    """What a reader meant by a date: a whole year, a whole month or one day."""

    first: date
    last: date
    precision: str  # "year", "month" or "day"
    day_first: bool = False  # typed with slashes: 06/01/2024 is read as 6 January 2024

    def __str__(self) -> str:
        return self.label()

    def label(self) -> str:
        if self.precision == "year":
            return str(self.first.year)
        if self.precision == "month":
            return formats.date_format(self.first, "YEAR_MONTH_FORMAT")
        return formats.date_format(self.first, "DATE_FORMAT")


ENGLISH_MONTHS = {
    fold(name): number
    for number, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september"]
        + ["october", "november", "december"],
        1,
    )
}
ALL_MONTHS = {**MONTHS, **ENGLISH_MONTHS, **{name[:3]: n for name, n in ENGLISH_MONTHS.items()}}
_SEP = r"\s*[-/.]\s*"
_YEAR_FIRST = re.compile(rf"^(?P<y>\d{{4}})(?:{_SEP}(?P<m>\d{{1,2}})(?:{_SEP}(?P<d>\d{{1,2}}))?)?$")
_DAY_FIRST = re.compile(rf"^(?:(?P<d>\d{{1,2}}){_SEP})?(?P<m>\d{{1,2}}){_SEP}(?P<y>\d{{4}})$")
_WORDS = re.compile(r"^(?:(?P<d>\d{1,2})\s+)?(?P<month>[^\d\s].*?)\s+(?P<y>\d{4})$")
DATE_HELP = _(
    "A year (2024), a month (2024-03 or March 2024) or a day (2024-03-15, or 15/03/2024: day first)."
)


def parse_date_span(text: str) -> DateSpan:
    """A year, a month or a day, as typed; never month-first: "06/01/2024" is 6 January 2024."""
    typed = fold(text).strip().replace("\u200f", "").replace("\u200e", "")
    if match := _YEAR_FIRST.match(typed):
        return _span(match["y"], match["m"], match["d"], day_first=False)
    if match := _DAY_FIRST.match(typed):
        return _span(match["y"], match["m"], match["d"], day_first=match["d"] is not None)
    if (match := _WORDS.match(typed)) and (month := ALL_MONTHS.get(match["month"].strip(" .,،"))):
        return _span(match["y"], str(month), match["d"], day_first=False)
    raise ValidationError(
        _(
            "“%(typed)s” is not a date. Write a year (2024), a month (2024-03) or a day (2024-03-15, or 15/03/2024: day first)."
        ),
        code="invalid",
        params={"typed": text},
    )


def _span(year: str, month: str | None, day: str | None, *, day_first: bool) -> DateSpan:
    y = int(year)
    if y < 1000:
        raise ValidationError(_("Write the year in full, with four digits."), code="invalid")
    if month is None:
        return DateSpan(date(y, 1, 1), date(y, 12, 31), "year")
    m = int(month)
    if not 1 <= m <= 12:
        raise ValidationError(
            _("There is no month %(month)s: dates are read day first (15/03/2024 is 15 March 2024)."),
            code="invalid",
            params={"month": m},
        )
    last_day = calendar.monthrange(y, m)[1]
    if day is None:
        return DateSpan(date(y, m, 1), date(y, m, last_day), "month")
    d = int(day)
    if not 1 <= d <= last_day:
        raise ValidationError(
            _("%(year)s-%(month)02d has no day %(day)s."),
            code="invalid",
            params={"year": y, "month": m, "day": d},
        )
    return DateSpan(date(y, m, d), date(y, m, d), "day", day_first=day_first)


class DateOrPickerInput(widgets.DateInput):
    """A date picker (type="date") whose value, when it is not an ISO date (a year or a month typed
    in the address bar, or a mistake shown back with its message), is shown as typed in a text box."""

    input_type = "date"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            context["widget"]["type"] = "text"
        return context

    def format_value(self, value):
        return value if isinstance(value, str) else super().format_value(value)


class TypedTextField(forms.CharField):
    """Text that becomes a value (a date span, a number): the length is checked on the text, before
    it is read; max_length is kept off the field, whose validators would measure the value."""

    longest = 40

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        if len(text) > self.longest:
            raise ValidationError(
                _("Ensure this value has at most %(limit_value)d characters (it has %(show_value)d)."),
                code="max_length",
                params={"limit_value": self.longest, "show_value": len(text)},
            )
        return self.read(text)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "maxlength": str(self.longest)}


class DateSpanField(TypedTextField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", DATE_HELP)
        super().__init__(*args, **kwargs)

    def read(self, text):
        return parse_date_span(text)


class DateSpanFilter(django_filters.Filter):
    """`part` "all" keeps the whole span, "first" claims from its first day, "last" up to its last."""

    field_class = DateSpanField

    def __init__(self, *args, part: str = "all", **kwargs):
        self.part = part
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        if self.part == "first":
            return qs.filter(**{f"{self.field_name}__gte": value.first})
        if self.part == "last":
            return qs.filter(**{f"{self.field_name}__lte": value.last})
        return qs.filter(**{f"{self.field_name}__range": (value.first, value.last)})


# Numbers ----------------------------------------------------------------------------------------

_GROUPED = re.compile(r"^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$")
_PLAIN = re.compile(r"^\d+(?:[.,]\d+)?$")


def parse_number(text: str) -> Decimal:
    """207, ٢٠٧, 1,357, 1 357, 1.5 or 1,5 (a comma before one or two digits is a decimal comma)."""
    typed = fold(text).strip().replace("\u066b", ".")
    if _GROUPED.match(typed):
        typed = typed.replace(",", "").replace(" ", "")
    elif _PLAIN.match(typed):
        typed = typed.replace(",", ".")
    else:
        raise ValidationError(
            _("“%(typed)s” is not a number. Write digits, such as 207 or 1.5."),
            code="invalid",
            params={"typed": text},
        )
    try:
        number = Decimal(typed)
    except InvalidOperation as exc:
        raise ValidationError(_("Write digits, such as 207 or 1.5."), code="invalid") from exc
    if number >= Decimal("1e12"):
        raise ValidationError(_("No figure is that large."), code="invalid")
    return number


class ReaderNumberField(TypedTextField):
    longest = 30

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", widgets.TextInput(attrs={"inputmode": "decimal", "size": 8}))
        super().__init__(*args, **kwargs)

    def read(self, text):
        return parse_number(text)


class ReaderNumberFilter(django_filters.Filter):
    field_class = ReaderNumberField


# Outlets and countries by name ------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    """A name as typed and what it resolved to (outlet ids, or one country code)."""

    typed: str
    keys: tuple = ()
    labels: tuple = ()

    def __str__(self) -> str:
        return ", ".join(self.labels) or self.typed


class OutletField(forms.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("validators", [NAME])
        kwargs.setdefault(
            "widget", widgets.TextInput(attrs={"list": "outlet-names", "autocomplete": "off", "dir": "auto"})
        )
        kwargs.setdefault("help_text", _("Its name in Arabic or Latin letters, e.g. هسبريس or Hespress."))
        super().__init__(*args, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        sources = matching_sources(text, Source.objects.only("id", "name", "slug", "aliases"))
        return Named(text, tuple(s.pk for s in sources), tuple(s.name for s in sources))


class CountryField(forms.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("validators", [NAME])
        kwargs.setdefault(
            "widget", widgets.TextInput(attrs={"list": "country-names", "autocomplete": "off", "dir": "auto"})
        )
        kwargs.setdefault(
            "help_text", _("Its name in Arabic, French or English, or its code: إسبانيا, Espagne, ES.")
        )
        super().__init__(*args, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        code = country_code(text)
        if code is None:
            raise ValidationError(
                _(
                    "No country is called “%(typed)s”. Type its name in Arabic, French or English, or its two-letter code."
                ),
                code="unknown_country",
                params={"typed": text},
            )
        return Named(text, (code,))


class NamedFilter(django_filters.Filter):
    def __init__(self, *args, field_class=None, **kwargs):
        self.field_class = field_class
        super().__init__(*args, **kwargs)


class SearchField(forms.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        kwargs.setdefault("widget", widgets.TextInput(attrs={"type": "search", "dir": "auto"}))
        super().__init__(*args, **kwargs)


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


def _filter_search(queryset, name, value, *, prefix):
    return search_articles(queryset, value, prefix=prefix) if value else queryset


class ClaimFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("value_min"), cleaned.get("value_max")
        if low is not None and high is not None and low > high:
            self.add_error("value_max", _("The highest value is below the lowest."))
        after, before = cleaned.get("published_after"), cleaned.get("published_before")
        if after and before and after.first > before.last:
            self.add_error("published_before", _("This date is before the “from” date."))
        return cleaned


# Newest first; claims of one article in the order the text gives them.
DEFAULT_CLAIM_ORDER = (F("article__published").desc(nulls_last=True), "article_id", "start")


class ClaimFilter(django_filters.FilterSet):
    q = SearchFilter(method="filter_search", label=_("Search"))
    # Any slug is accepted (the engine may add metrics); the menu offers the vocabulary's.
    metric = django_filters.CharFilter(
        field_name="metric",
        max_length=60,
        validators=[SLUG],
        label=_("Metric"),
        widget=widgets.Select(choices=[("", "---------"), *vocab.METRICS]),
    )
    outlet = NamedFilter(method="filter_outlet", field_class=OutletField, label=_("Outlet"))
    country = NamedFilter(
        method="filter_partner_country", field_class=CountryField, label=_("Partner country")
    )
    published = DateSpanFilter(
        field_name="article__published",
        label=_("Published in"),
        widget=widgets.TextInput(attrs={"list": "publication-periods", "size": 12, "dir": "ltr"}),
    )
    published_after = DateSpanFilter(
        field_name="article__published", part="first", label=_("Published from"), widget=DateOrPickerInput
    )
    published_before = DateSpanFilter(
        field_name="article__published", part="last", label=_("Published until"), widget=DateOrPickerInput
    )
    value = ReaderNumberFilter(field_name="value", label=_("Value"))
    value_min = ReaderNumberFilter(field_name="value", lookup_expr="gte", label=_("Value from"))
    value_max = ReaderNumberFilter(field_name="value", lookup_expr="lte", label=_("Value up to"))
    qualifier = django_filters.ChoiceFilter(
        choices=vocab.QUALIFIERS, label=_("Qualifier"), widget=widgets.Select
    )
    period_type = django_filters.ChoiceFilter(
        choices=vocab.PERIOD_TYPES, label=_("Kind of period"), widget=widgets.Select
    )
    period_year = django_filters.NumberFilter(
        field_name="period_year",
        min_value=1900,
        max_value=2100,
        label=_("Period starting in"),
        widget=widgets.NumberInput,
    )
    org = django_filters.ChoiceFilter(choices=vocab.ORGS, label=_("Attributed to"), widget=widgets.Select)
    state = django_filters.ChoiceFilter(
        choices=REVIEW_STATES, method="filter_state", label=_("Editorial state"), widget=widgets.Select
    )
    language = django_filters.ChoiceFilter(
        field_name="article__language",
        choices=LANGUAGES,
        label=_("Language of the article"),
        widget=widgets.Select,
    )
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
        widget=widgets.Select,
    )

    class Meta:
        model = Claim
        fields: list[str] = []
        form = ClaimFilterForm

    def filter_outlet(self, queryset, name, value: Named):
        return queryset.filter(article__source_id__in=value.keys)

    def filter_partner_country(self, queryset, name, value: Named):
        partners = ArticleCountry.objects.filter(
            role=ArticleCountry.PARTNER, country__code__in=value.keys
        ).values("article_id")
        return queryset.filter(article_id__in=partners)

    def filter_search(self, queryset, name, value):
        return _filter_search(queryset, name, value, prefix="article__")

    def filter_state(self, queryset, name, value):
        if value == "flagged":
            flagged = Flag.claims.through.objects.filter(flag__status=Flag.OPEN).values("claim_id")
            return queryset.filter(pk__in=flagged)
        return queryset.filter(review_state=value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return self.ordered(queryset)

    def ordered(self, queryset):
        if not self.form.cleaned_data.get("sort"):
            queryset = queryset.order_by(*DEFAULT_CLAIM_ORDER)
        # A stable tie-break, so pages never repeat or skip a claim.
        return queryset.order_by(*queryset.query.order_by, "id")

    @classmethod
    def unfiltered(cls, queryset):
        """What `qs` gives for a query with none of the filters (the default order and its tie-break),
        without building and validating the form: ~2 ms a list's first reading need not spend."""
        return queryset.order_by(*DEFAULT_CLAIM_ORDER, "id")

    @classmethod
    def filters_in(cls, query) -> bool:
        """Whether `query` (a normalized request.GET: no empty value) sets any of the filters."""
        return any(name in query for name in cls.base_filters)

    def qs_without(self, *names: str):
        """The claims under every filter but `names` (the facets of those filters count these)."""
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in names and name != "sort":
                queryset = self.filters[name].filter(queryset, value)
        return queryset


class ArticleFilter(django_filters.FilterSet):
    q = SearchFilter(method="filter_search", label=_("Search"))
    outlet = NamedFilter(method="filter_outlet", field_class=OutletField, label=_("Outlet"))
    published_after = DateSpanFilter(
        field_name="published", part="first", label=_("Published from"), widget=DateOrPickerInput
    )
    published_before = DateSpanFilter(
        field_name="published", part="last", label=_("Published until"), widget=DateOrPickerInput
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_search(self, queryset, name, value):
        return _filter_search(queryset, name, value, prefix="")

    def filter_outlet(self, queryset, name, value: Named):
        return queryset.filter(source_id__in=value.keys)


# Facets -----------------------------------------------------------------------------------------


@dataclass
class FacetValue:
    label: str
    count: int
    params: dict[str, str]  # the filters a click on it sets
    when: date | None = None  # for the month facet, shown in the reader's language
    selected: bool = False  # the value the list is filtered by: shown with a link removing it
    names: dict[str, str] | None = None  # a country's name in each language, worded by the view
    href: str = ""  # set by the view: the current query narrowed by `params` (or without it)


@dataclass
class ClaimFacets:
    years: list[FacetValue] = field(default_factory=list)
    months: list[FacetValue] = field(default_factory=list)
    metrics: list[FacetValue] = field(default_factory=list)
    outlets: list[FacetValue] = field(default_factory=list)
    countries: list[FacetValue] = field(default_factory=list)

    def groups(self):
        return (self.years, self.months, self.metrics, self.outlets, self.countries)


# Each facet and the filters that choose one of its values: a facet's counts are those of the
# list under every other filter (as in Datasette), so choosing a metric keeps the other metrics'
# counts beside it, and the choice is shown with a link removing it.
FACET_PARAMS = {"metric": ("metric",), "outlet": ("outlet",), "country": ("country",), "when": ("published",)}


def _grouped(claims):
    return (
        claims.order_by()
        .values("metric", "article__source__slug", "article__source__name")
        .annotate(
            year=ExtractYear("article__published"), month=ExtractMonth("article__published"), n=Count("id")
        )
    )


def _partner_counts(claims):
    return (
        ArticleCountry.objects.filter(role=ArticleCountry.PARTNER, article__claims__in=claims.order_by())
        .values("country__code", "country__name_ar", "country__name_en", "country__name_fr")
        .annotate(n=Count("article__claims", distinct=True))
        .order_by("-n", "country__code")
    )


def claim_facets(filterset: ClaimFilter) -> ClaimFacets:
    """Counts by publication year and month, metric, outlet and partner country.

    Two queries when no facet value is chosen: one GROUP BY over (year, month, metric, outlet) whose
    rows are summed here into four facets, and one over partner countries (a join the first must not
    pay); one more per chosen facet, counted without its own filter. The same in every language:
    metrics and countries are labelled by the view (`label` holds the slug or code until then).
    """
    chosen = filterset.form.cleaned_data
    claims = filterset.qs_without()
    years, months, metrics, outlets = Counter(), Counter(), Counter(), Counter()
    outlet_names: dict[str, str] = {}
    outlet_names_chosen = set(chosen["outlet"].labels) if chosen.get("outlet") else set()
    span = chosen.get("published")

    def add(rows, *, want):
        for row in rows:
            if "when" in want and row["year"]:
                years[row["year"]] += row["n"]
                if span is None or row["year"] == span.first.year:
                    months[(row["year"], row["month"])] += row["n"]
            if "metric" in want:
                metrics[row["metric"]] += row["n"]
            if "outlet" in want and row["article__source__slug"]:
                outlets[row["article__source__slug"]] += row["n"]
                outlet_names[row["article__source__slug"]] = row["article__source__name"]

    chosen_facets = {name for name, params in FACET_PARAMS.items() if any(chosen.get(p) for p in params)}
    add(_grouped(claims), want={"when", "metric", "outlet"} - chosen_facets)
    for name in chosen_facets - {"country"}:
        add(_grouped(filterset.qs_without(*FACET_PARAMS[name])), want={name})

    facets = ClaimFacets()
    for year, n in sorted(years.items(), reverse=True):
        selected = bool(span) and span.precision == "year" and span.first.year == year
        facets.years.append(FacetValue(str(year), n, {"published": str(year)}, selected=selected))
    for (year, month), n in sorted(months.items(), reverse=True):
        selected = (
            bool(span) and span.precision == "month" and (span.first.year, span.first.month) == (year, month)
        )
        facets.months.append(
            FacetValue(
                f"{year}-{month:02d}",
                n,
                {"published": f"{year}-{month:02d}"},
                when=date(year, month, 1),
                selected=selected,
            )
        )
    chosen_metric = chosen.get("metric") or ""
    for metric, n in metrics.most_common():
        facets.metrics.append(FacetValue(metric, n, {"metric": metric}, selected=metric == chosen_metric))
    if chosen_metric and chosen_metric not in metrics:
        facets.metrics.insert(0, FacetValue(chosen_metric, 0, {"metric": chosen_metric}, selected=True))
    for slug, n in outlets.most_common():
        name = outlet_names[slug]
        facets.outlets.append(FacetValue(name, n, {"outlet": slug}, selected=name in outlet_names_chosen))
    chosen_country = chosen["country"].keys[0] if chosen.get("country") else ""
    partner_claims = filterset.qs_without("country") if chosen_country else claims
    for row in _partner_counts(partner_claims):
        code = row["country__code"]
        names = {language: row[f"country__name_{language}"] for language in ("ar", "fr", "en")}
        facets.countries.append(
            FacetValue(code, row["n"], {"country": code}, selected=code == chosen_country, names=names)
        )
    return facets
