"""Pages journalists read: what is new, claims, articles, comparisons, outlets and countries.

Every list runs a fixed number of queries whatever its length (tests/views check it), and a
filter value that cannot mean anything answers 400 with the form's message, never 500.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, Window, prefetch_related_objects
from django.db.models.functions import ExtractYear, RowNumber
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import formats, translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from claims import facet_cache, page_cache
from claims import vocabulary as vocab
from claims.charts import (
    ChartPoint,
    comparable_period,
    legend_items,
    number_text,
    scale_limit,
    series_styles,
    timeline_svg,
)
from claims.filters import (
    ARTICLE_TEXT,
    ArticleFilter,
    ClaimFilter,
    DateSpan,
    Named,
    claim_facets,
)
from claims.highlight import claim_span, country_span, highlighted_body
from claims.history import readable_changes
from claims.models import Article, ArticleCountry, Claim, Country, RetiredSourceSlug, Source
from claims.models.articles import open_flags
from claims.models.editorial import Finding, Flag
from claims.reader_names import country_name as cldr_country_name

PAGE_SIZE = 50
# Lists page by OFFSET, whose cost grows with the depth: page 19,000 of the unfiltered claims took
# 1.1 s of SQL at full scale, page 200 26 ms. Deeper than this, a reader narrows the filters or
# downloads the CSV, which streams every row (bench/README.md).
MAX_PAGE = 200
# A metric page draws and lists at most this many claims, the newest: drawing all 109,640
# claims of a common metric took two minutes (bench/README.md) and no reader scrolls them.
MAX_DRAWN = 2000
# Its tables list the newest claims of each period, at most MAX_LISTED per period and
# MAX_LISTED_IN_ALL on the page: rendering 2,000 rows took 5 s, 300 rows still 350 ms; the chart
# draws them all and the claims list, filtered by metric, pages through every one.
MAX_LISTED = 20
MAX_LISTED_IN_ALL = 120
# Periods drawn in full (chart, table, first appearances); the rest are summed up in a line each.
MAX_GROUPS_IN_FULL = 12
# Figures per period in the first-appearances table (the most repeated), and articles named as
# repeating each one (the rest are counted: "and 40 more").
MAX_FIGURES = 15
MAX_REPEATS_NAMED = 10
# A period with this many claims or fewer gets no chart: its figures go in one compact table.
MAX_IN_COMPACT_TABLE = 2
# The home page's card of a metric names this many outlets' latest figures, the newest.
MAX_LATEST_PER_METRIC = 10
# Below this confidence (CONTRACT.md: 0 to 1, calibrated by `make eval`) a figure no editor has
# reviewed is shown as uncertain: the engine gives its reading less than even odds (a period and a
# source both guessed come to 0.52). Claims read before the engine gave confidences hold 0.5.
LOW_CONFIDENCE = 0.5
EDITORS_BADGE = "claims/editors/_badge.html"
# A browser keeps the filter boxes' suggestions this long (they change only when outlets are added).
SUGGESTIONS_MAX_AGE_S = 300
# An article's claims as readers count them: rejected ones are not claims.
PUBLIC_CLAIM_COUNT = Count("claims", filter=~Q(claims__review_state="rejected"))
# The query parameters each cached list reads; any other is dropped before the page cache's key.
CLAIM_LIST_PARAMS = (*ClaimFilter.base_filters, "page")
ARTICLE_LIST_PARAMS = (*ArticleFilter.base_filters, "page")


class BadPage(ValueError):
    pass


@dataclass
class PageOf:
    """One page of a list; a page past the end is an empty page, not an error."""

    items: list
    number: int
    count: int
    num_pages: int
    has_next: bool = False
    has_previous: bool = False
    start_index: int = 0

    @property
    def stops_early(self) -> bool:
        """The last page a reader can open, while the list goes on (MAX_PAGE)."""
        return self.number == MAX_PAGE and self.num_pages > MAX_PAGE


def page_of(queryset, raw_page: str | None, per_page: int = PAGE_SIZE, count=None) -> PageOf:
    """Two queries: the count and the page. Raises BadPage for "abc", "0", "-3", and for a page
    deeper than MAX_PAGE that holds rows.

    `count`, when given, is a callable returning the total (a cached one): no COUNT query then.
    """
    raw = (raw_page or "1").strip()
    if not raw.isdigit() or len(raw) > 12 or int(raw) < 1:
        raise BadPage(_("The page number must be a whole number from 1."))
    number = int(raw)
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count()  # Paginator.count is a cached_property: set, it is not queried
    if MAX_PAGE < number <= paginator.num_pages:
        raise BadPage(
            _(
                "Lists stop at page %(max_page)s. Narrow the filters (a year, an outlet, a metric) "
                "or download the CSV, which holds every row."
            )
            % {"max_page": MAX_PAGE}
        )
    try:
        page = paginator.page(number)
    except EmptyPage:
        return PageOf([], number, paginator.count, paginator.num_pages, has_previous=paginator.count > 0)
    return PageOf(
        list(page.object_list),
        number,
        paginator.count,
        paginator.num_pages,
        page.has_next() and number < MAX_PAGE,
        page.has_previous(),
        page.start_index(),
    )


def query_with(request, drop=("page",), **params) -> str:
    """The current query string with `params` set (and the page reset): links that narrow a list."""
    query = request.GET.copy()
    for key in drop:
        query.pop(key, None)
    for key, value in params.items():
        query[key] = value
    return "?" + query.urlencode()


def bad_request(request, form, what: str):
    return render(request, "claims/bad_request.html", {"form": form, "what": what}, status=400)


def invalid_filters(request, template: str, content_template: str, context: dict) -> HttpResponse:
    """A list's page whose filters cannot be used: 400, the form with what was typed and each field's
    message in the reader's language, and no rows."""
    content = render_to_string(content_template, {**context, "invalid": True}, request)
    return render(request, template, {"content": content}, status=400)


def public_claims():
    """The claims readers see: editors' rejected readings left out (their effective readings in the
    claims' own columns)."""
    return Claim.objects.public()


def country_name(row_or_country) -> str:
    """The country's name in the reader's language."""
    language = get_language() if get_language() in ("ar", "fr") else "en"
    if isinstance(row_or_country, dict):
        return row_or_country.get(f"country__name_{language}") or row_or_country.get("country__name_en")
    return getattr(row_or_country, f"name_{language}") or row_or_country.name_en


def rendered_badge(claim) -> SafeString:
    # Template output is escaped already; str.strip() would drop its safe mark and escape it twice.
    return mark_safe(render_to_string(EDITORS_BADGE, {"claim": claim}).strip())  # noqa: S308


def has_editors_badge() -> bool:
    try:
        get_template(EDITORS_BADGE)
    except TemplateDoesNotExist:
        return False
    return True


def is_uncertain(claim) -> bool:
    """Machine-read (no editor reviewed it) and read with low confidence by the engine."""
    confidence = getattr(claim, "confidence", None)
    if confidence is None or getattr(claim, "review_state", "machine") != "machine":
        return False
    return confidence < LOW_CONFIDENCE


def shown_value(claim) -> str:
    """The figure as printed, or the editor's value beside the engine's when an editor corrected it."""
    if claim.original_value is None:
        return claim.value_text
    return _("%(value)s (corrected from %(original)s)") % {
        "value": claim.display_value,
        "original": claim.original_value,
    }


def annotate_rows(claims) -> list:
    """Attach what rows show beside the model fields: metric, sub-set and period in words, and
    whether the figure is an uncertain machine reading."""
    for claim in claims:
        claim.metric_label = vocab.metric_label(claim.metric)
        claim.subset_label = vocab.subset_label(claim.subset)
        claim.period_label = comparable_period(claim).label
        claim.uncertain = is_uncertain(claim)
    return claims


def editorial(queryset):
    # Editors (issue 6) annotate claims with their flags and corrections for the badge.
    with_editorial = getattr(queryset, "with_editorial", None)
    return with_editorial() if with_editorial and has_editors_badge() else queryset


def cached_page(request, what: str, template: str, build, params=()):
    """The page `template` around its content: from the page cache, else build(version), a str, or
    the response build() returned instead (a 400 for bad filters, never cached). Only the query
    parameters in `params` are kept (claims/page_cache.py): the content is built from them alone."""
    page_cache.normalize_query(request, params)
    version = facet_cache.data_version()
    content = page_cache.cached_content(request, what, version, lambda: build(version))
    if isinstance(content, HttpResponse):
        return content
    return render(request, template, {"content": content})


def claims_total(claims, query, version: str) -> int:
    """The number of claims of a filtered list, counted once per filters and data version."""
    return facet_cache.cached("count", query, version, claims.order_by().count, translated=False)


def claims_facets(filterset, query, version: str):
    """The claims page's facets, counted once per filters and data version, worded in the reader's
    language (one count serves the three languages)."""
    facets = facet_cache.cached("facets", query, version, lambda: claim_facets(filterset), translated=False)
    language = get_language() if get_language() in ("ar", "fr") else "en"
    for value in facets.metrics:
        value.label = vocab.metric_label(value.params["metric"])
    for value in facets.countries:
        value.label = (value.names or {}).get(language) or value.label
    return facets


def suggestions(version: str) -> dict:
    """What the outlet and country boxes suggest as one types: every outlet's names in both scripts,
    and the countries cited, in the reader's language (two small queries, cached per data version)."""

    def compute():
        names = Source.objects.values_list("name", "aliases")
        outlets = {name for name, aliases in names for name in [name, *aliases]}
        language = get_language() if get_language() in ("ar", "fr") else "en"
        countries = set(Country.objects.values_list(f"name_{language}", flat=True))
        return {"outlets": sorted(outlets), "countries": sorted(countries)}

    return facet_cache.cached("suggestions", QueryDict(), version, compute, shared=False)


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
@cache_control(private=True, max_age=SUGGESTIONS_MAX_AGE_S)
def names(request):
    """The suggestions of the filter boxes as JSON, fetched by static/claims/site.js when a box is
    first focused: pages carry an empty <datalist> instead of every outlet's and country's name."""
    return JsonResponse(suggestions(facet_cache.data_version()), json_dumps_params={"ensure_ascii": False})


def chosen_filters(request, filterset) -> list[dict]:
    """The filters in use, each in words (labels, never slugs) with a link removing it."""
    chips = []
    for name, value in filterset.form.cleaned_data.items():
        if name == "sort" or value in (None, "", [], ()):
            continue
        field = filterset.form.fields[name]
        note = ""
        if isinstance(value, Named):
            if name == "country":
                text = cldr_country_name(value.keys[0])
            else:
                text = ("، " if get_language() == "ar" else ", ").join(value.labels) or value.typed
        elif isinstance(value, DateSpan):
            text = value.label()
            if value.day_first:
                note = _("read day first")
        elif name == "metric":
            text = vocab.metric_label(value)
        elif hasattr(field, "choices"):
            text = str(dict(field.choices).get(value, value))
        elif name in ("value", "value_min", "value_max"):
            text = number_text(float(value))
        else:
            text = str(value)
        chips.append(
            {
                "name": name,
                "label": field.label,
                "value": text,
                "note": note,
                "href": query_with(request, drop=("page", name)),
            }
        )
    return chips


def latest_figures_cached(version: str) -> list:
    return facet_cache.cached("latest", QueryDict(), version, latest_figures, translated=False)


@require_safe
def home(request):
    return cached_page(request, "home", "claims/home.html", lambda version: home_content(request, version))


def home_content(request, version: str) -> str:
    articles = with_claim_counts(list(Article.objects.select_related("source").newest_first()[:10]))
    claims = annotate_rows(list(public_claims().for_listing().defer(*ARTICLE_TEXT).newest_first()[:15]))
    by_metric: dict[str, list] = defaultdict(list)
    for claim in annotate_rows(latest_figures_cached(version)):
        by_metric[claim.metric].append(claim)
    order = {slug: i for i, (slug, _label) in enumerate(vocab.METRICS)}
    metrics = [
        {
            "slug": slug,
            "label": vocab.metric_label(slug),
            "latest": rows[:MAX_LATEST_PER_METRIC],
            "more": max(0, len(rows) - MAX_LATEST_PER_METRIC),
        }
        for slug, rows in sorted(
            by_metric.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
        )
    ]
    return render_to_string(
        "claims/_home_content.html", {"articles": articles, "claims": claims, "metrics": metrics}, request
    )


def readable_claims():
    """Public claims no open flag holds in doubt: what the home page may call a current figure."""
    flagged = Flag.claims.through.objects.filter(flag__status=Flag.OPEN).values("claim_id")
    return public_claims().exclude(pk__in=flagged)


def latest_figures() -> list:
    """The newest figure of each metric from each outlet, newest first: one per outlet, flagged and
    rejected readings left out, and marked `questioned` when the consistency check holds it in an
    open finding (a misprint, a stale figure) that no editor has decided yet (6 s of SQL at 1M
    claims: cached under the data version and computed by `warm_caches` after each import)."""
    in_open_finding = Finding.claims.through.objects.filter(
        claim_id=OuterRef("pk"), finding__status=Finding.OPEN
    )
    latest = (
        readable_claims()
        .select_related("article", "article__source")
        .defer(*ARTICLE_TEXT)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("metric"), F("article__source")],
                order_by=[F("article__published").desc(nulls_last=True), F("id").desc()],
            )
        )
        .filter(rank=1)
        .annotate(questioned=Exists(in_open_finding))
        .order_by("metric", F("article__published").desc(nulls_last=True), "-id")
    )
    return list(latest[:500])


def with_claim_counts(articles: list) -> list:
    """Each article's number of claims, counted for these articles only (one query)."""
    counts = dict(
        Claim.objects.public()
        .filter(article_id__in=[a.pk for a in articles])
        .values_list("article_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    for article in articles:
        article.claim_count = counts.get(article.pk, 0)
    return articles


def warm_caches() -> dict[str, float]:
    """Compute what the first readers after an import would wait for: the claims page's total and
    facets with no filter, the home page's
    latest figures, the index pages' rows, and each metric's comparison page. Seconds per part."""
    version = facet_cache.data_version()
    empty = QueryDict()
    filterset = ClaimFilter(empty, queryset=public_claims().for_listing().defer(*ARTICLE_TEXT))
    filterset.is_valid()
    claims = filterset.qs
    timings = {}

    def timed(name, compute):
        started = time.perf_counter()
        compute()
        timings[name] = time.perf_counter() - started

    timed("claims total", lambda: claims_total(claims, empty, version))
    timed("claims facets", lambda: claims_facets(filterset, empty, version))
    timed("latest figures", lambda: latest_figures_cached(version))
    for what in INDEXES:
        timed(f"{what} index", lambda what=what: index_data(what, version))
    # Each metric's comparison page, as a reader who is not an editor sees it, in each language.
    reader = HttpRequest()
    reader.method, reader.user = "GET", AnonymousUser()
    started, pages = time.perf_counter(), 0
    for slug in Claim.objects.public().order_by().values_list("metric", flat=True).distinct():
        reader.path = reader.path_info = reverse("metric_detail", args=[slug])
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                metric_page_content(reader, slug, version)
                pages += 1
    timings[f"{pages} metric pages"] = time.perf_counter() - started
    return timings


@require_safe
def claim_list(request):
    return cached_page(
        request,
        "claim_list",
        "claims/claim_list.html",
        lambda version: claim_list_content(request, version),
        params=CLAIM_LIST_PARAMS,
    )


def claim_list_content(request, version: str) -> str | HttpResponse:
    """The claims page inside <main> (claims/page_cache.py), or the 400 page for bad filters."""
    filterset = ClaimFilter(request.GET, queryset=public_claims().for_listing().defer(*ARTICLE_TEXT))
    context = {"filter": filterset, "show_badge": has_editors_badge()}
    if not filterset.is_valid():
        return invalid_filters(request, "claims/claim_list.html", "claims/_claim_list_content.html", context)
    claims = filterset.qs
    try:
        page = page_of(
            editorial(claims),
            request.GET.get("page"),
            count=lambda: claims_total(claims, request.GET, version),
        )
    except BadPage as exc:
        filterset.form.add_error(None, str(exc))
        return invalid_filters(request, "claims/claim_list.html", "claims/_claim_list_content.html", context)
    annotate_rows(page.items)
    facets = claims_facets(filterset, request.GET, version)
    for group in facets.groups():
        for value in group:
            if value.selected:
                value.href = query_with(request, drop=("page", *value.params))
            else:
                value.href = query_with(request, **value.params)
    current_sort = request.GET.get("sort", "")
    sort_links = {
        name: query_with(request, sort=name if current_sort != name else f"-{name}")
        for name in ("published", "value", "metric", "outlet")
    }
    return render_to_string(
        "claims/_claim_list_content.html",
        {
            **context,
            "page": page,
            "facets": facets,
            "sort_links": sort_links,
            "active": chosen_filters(request, filterset),
            "periods": [value.label for value in (*facets.years, *facets.months)],
            "csv_href": reverse("claims_csv") + query_with(request),
            "api_href": reverse("api_claims") + query_with(request),
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
            "last_href": query_with(request, drop=(), page=page.num_pages) if page.num_pages else "",
        },
        request,
    )


@require_safe
def article_list(request):
    return cached_page(
        request,
        "article_list",
        "claims/article_list.html",
        lambda version: article_list_content(request, version),
        params=ARTICLE_LIST_PARAMS,
    )


def article_list_content(request, version: str) -> str | HttpResponse:
    """The articles page inside <main> (claims/page_cache.py), or the 400 page for bad filters."""
    # No claim count in the listing query: counting the claims of every matching article before
    # keeping 50 made a common search word cost 44 s at full scale; the page's 50 are counted below.
    queryset = Article.objects.select_related("source").defer("body", "search_text").newest_first()
    filterset = ArticleFilter(request.GET, queryset=queryset)
    context = {"filter": filterset}
    if not filterset.is_valid():
        return invalid_filters(
            request, "claims/article_list.html", "claims/_article_list_content.html", context
        )
    articles = filterset.qs.order_by(*filterset.qs.query.order_by, "-id")
    try:
        page = page_of(
            articles,
            request.GET.get("page"),
            count=lambda: facet_cache.cached(
                "articles", request.GET, version, articles.order_by().count, translated=False
            ),
        )
    except BadPage as exc:
        filterset.form.add_error(None, str(exc))
        return invalid_filters(
            request, "claims/article_list.html", "claims/_article_list_content.html", context
        )
    with_claim_counts(page.items)
    return render_to_string(
        "claims/_article_list_content.html",
        {
            **context,
            "page": page,
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
            "last_href": query_with(request, drop=(), page=page.num_pages) if page.num_pages else "",
        },
        request,
    )


@require_safe
def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    claims = annotate_rows(list(editorial(public_claims().filter(article=article)).order_by("start")))
    for claim in claims:
        claim.article = article  # rows show its outlet and date: no query per claim
    mentions = list(
        ArticleCountry.objects.filter(article=article).select_related("country").order_by("start")
    )
    show_badge = has_editors_badge()
    spans = [claim_span(claim, rendered_badge(claim) if show_badge else "") for claim in claims]
    spans += [country_span(mention, country_name(mention.country)) for mention in mentions]
    partners = {m.country.code: m.country for m in mentions if m.role == ArticleCountry.PARTNER}
    corrections = list(article.events.order_by("-at", "-id"))  # editors' corrections of its details
    for event in corrections:
        event.readable = readable_changes(event, public=True)
    return render(
        request,
        "claims/article_detail.html",
        {
            "article": article,
            "corrections": corrections,
            "body": highlighted_body(article.body, spans),
            "claims": claims,
            "partners": [
                {"code": code, "name": country_name(country)} for code, country in sorted(partners.items())
            ],
            "show_badge": show_badge,
        },
    )


@dataclass
class ComparisonGroup:
    label: str
    claims: list = field(default_factory=list)
    listed: list = field(default_factory=list)
    svg: str = ""
    first_appearances: list = field(default_factory=list)


@require_safe
def metric_detail(request, slug: str):
    if len(slug) > 60:
        raise Http404
    page_cache.normalize_query(request, ())  # the comparison reads no parameter
    return render(
        request,
        "claims/metric_detail.html",
        {
            "content": metric_page_content(request, slug, facet_cache.data_version()),
            "label": vocab.metric_label(slug),
        },
    )


def metric_page_content(request, slug: str, version: str) -> str:
    """The comparison page's content, kept in the shared cache too (warm_caches renders each)."""
    return page_cache.cached_content(
        request, f"metric:{slug}", version, lambda: metric_content(request, slug), shared=True
    )


def metric_content(request, slug: str) -> str:
    """The comparison page inside <main>; Http404 for a metric nobody used and the vocabulary lacks."""
    claims, total = newest_claims_of(slug)
    known = slug in vocab.METRIC_LABELS
    if not claims and not known:
        raise Http404(_("No claim has this metric."))
    annotate_rows(claims)
    no_outlet = _("no outlet")
    for claim in claims:
        claim.series = claim.article.source.name if claim.article.source else no_outlet
    styles = series_styles([c.series for c in claims], no_outlet=no_outlet)
    groups: dict[tuple, ComparisonGroup] = {}
    for claim in claims:
        period = comparable_period(claim)
        groups.setdefault(period.key, ComparisonGroup(period.label)).claims.append(claim)
    label = vocab.metric_label(slug)
    ordered = sorted(groups.values(), key=lambda g: -len(g.claims))
    # A period with one or two figures is a line of a compact table, not a chart with one dot: the
    # page of a common metric was 13,600 px tall with them. The largest periods get a chart, a
    # table and first appearances; the others one line each with a link to their claims: 171
    # charts made a 1.8 MB page nobody could read (bench/README.md).
    charted = [g for g in ordered if len(g.claims) > MAX_IN_COMPACT_TABLE]
    compact = [g for g in ordered if len(g.claims) <= MAX_IN_COMPACT_TABLE]
    in_full, in_brief = charted[:MAX_GROUPS_IN_FULL], charted[MAX_GROUPS_IN_FULL:]
    compact_rows = sorted(
        (claim for group in compact for claim in group.claims),
        key=lambda c: (c.period_label, c.article.published is None, c.article.published or date.min),
    )
    # get_qualifier_display() hashes every (lazy) label of the choices on each call: 2,000 marks
    # cost 16,000 translations that way, a fifth of the page (bench/README.md).
    qualifier_words = {slug: str(words) for slug, words in vocab.QUALIFIERS}
    separator = "، " if get_language() == "ar" else ", "  # the list comma of the page's language
    no_date = _("no date")
    for group in in_full:
        points = [
            ChartPoint(
                claim_id=c.pk,
                published=c.article.published,
                value=float(c.value),
                qualifier=c.qualifier,
                series=c.series,
                label=f"{qualifier_words.get(c.qualifier, c.qualifier)} {number_text(float(c.value)) if c.original_value is None else shown_value(c)} — {c.series}{separator}"
                f"{formats.date_format(c.article.published) if c.article.published else no_date}",
                original="" if c.original_value is None else str(c.original_value),
            )
            for c in group.claims
        ]
        group.svg = timeline_svg(
            points,
            styles=styles,
            title=f"{label} · {group.label}",
            undated_label=_("no date"),
            whole=group.claims[0].unit != "percent",
        )
        limit = scale_limit([point.value for point in points])
        group.off_scale = [c for c in group.claims if limit is not None and float(c.value) > limit]
        group.first_appearances = first_appearances(group.claims)
    budget = MAX_LISTED_IN_ALL
    for group in in_full:
        shown = min(len(group.claims), MAX_LISTED, budget)
        group.listed = group.claims[len(group.claims) - shown :]
        budget -= shown
    if has_editors_badge():
        listed = [c for group in in_full for c in group.listed] + compact_rows
        prefetch_related_objects(listed, open_flags())
    for group in in_brief:
        values = [c.display_value for c in group.claims]
        group.lowest, group.highest = min(values), max(values)
        group.outlets = len({c.series for c in group.claims})
    return render_to_string(
        "claims/_metric_detail_content.html",
        {
            "slug": slug,
            "label": label,
            "groups": in_full,
            "other_groups": in_brief,
            "compact_rows": compact_rows,
            "legend": legend_items({c.series: styles[c.series] for c in claims}),
            "count": total,
            "drawn": len(claims),
            "capped": total > len(claims),
            "show_badge": has_editors_badge(),
        },
        request,
    )


def newest_claims_of(slug: str) -> tuple[list, int]:
    """The newest MAX_DRAWN claims of a metric in publication order (undated last), and how many
    the metric has in all."""
    # The newest MAX_DRAWN claims: dated ones newest first, undated ones only when there is room
    # (with undated first, a full-scale archive drew 2,000 claims in the "no date" lane and nothing
    # on the timeline). The order follows the article_newest_first index, so the database reads
    # about MAX_DRAWN rows, not every claim of the metric. One more tells whether there are more.
    # Editors' readings are the claims' columns; open flags are fetched later for the rows listed only.
    newest = public_claims().for_listing().defer(*ARTICLE_TEXT).of_metric(slug)
    newest = newest.order_by(F("article__published").desc(nulls_last=True), "article_id", "start", "id")
    claims = list(newest[: MAX_DRAWN + 1])
    total = len(claims)
    if total > MAX_DRAWN:
        claims = claims[:MAX_DRAWN]
        total = public_claims().of_metric(slug).count()
    claims.sort(
        key=lambda c: (
            c.article.published is None,
            c.article.published or date.min,
            c.article_id,
            c.start,
            c.pk,
        )
    )
    return claims, total


def first_appearances(claims) -> list[dict]:
    """For each figure (value and qualifier), the article that printed it first and who repeated it;
    the MAX_FIGURES most repeated figures when there are more."""
    by_figure: dict[tuple, list] = defaultdict(list)
    for claim in claims:  # already in publication order, undated last
        by_figure[(claim.value, claim.qualifier)].append(claim)
    # the most repeated figures, in order of value: a stale figure is one that keeps coming back
    most_repeated = sorted(by_figure.values(), key=lambda rows: -len(rows))[:MAX_FIGURES]
    return [
        {
            "first": repeats[0],
            "repeated_by": repeats[1 : 1 + MAX_REPEATS_NAMED],
            "more_repeats": max(0, len(repeats) - 1 - MAX_REPEATS_NAMED),
        }
        for repeats in sorted(most_repeated, key=lambda rows: rows[0].value)
    ]


@require_safe
def source_detail(request, slug: str):
    source = Source.objects.filter(slug=slug).first()
    if source is None:
        retired = get_object_or_404(RetiredSourceSlug.objects.select_related("source"), slug=slug)
        return redirect("source_detail", retired.source.slug, permanent=True)
    claims = public_claims().for_listing().defer(*ARTICLE_TEXT).filter(article__source=source).newest_first()
    try:
        page = page_of(editorial(claims), request.GET.get("page"))
    except BadPage as exc:
        return render(request, "claims/bad_request.html", {"message": str(exc)}, status=400)
    annotate_rows(page.items)
    metrics = (
        public_claims()
        .filter(article__source=source)
        .values("metric")
        .annotate(n=Count("id"))
        .order_by("-n", "metric")
    )
    articles = (
        Article.objects.filter(source=source).annotate(claim_count=PUBLIC_CLAIM_COUNT).newest_first()[:50]
    )
    return render(
        request,
        "claims/source_detail.html",
        {
            "source": source,
            "page": page,
            "metrics": [
                {"slug": m["metric"], "label": vocab.metric_label(m["metric"]), "n": m["n"]} for m in metrics
            ],
            "articles": articles,
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
            "show_badge": has_editors_badge(),
        },
    )


@require_safe
def country_detail(request, code: str):
    country = get_object_or_404(Country, code=code.upper())
    mentions = (
        ArticleCountry.objects.filter(country=country)
        .values("article_id")
        .annotate(
            partner=Count("id", filter=Q(role=ArticleCountry.PARTNER)),
            mentioned=Count("id", filter=Q(role=ArticleCountry.MENTIONED)),
        )
    )
    roles = {row["article_id"]: row for row in mentions}
    articles = list(
        Article.objects.filter(pk__in=roles.keys())
        .select_related("source")
        .annotate(claim_count=PUBLIC_CLAIM_COUNT)
        .newest_first()[:200]
    )
    for article in articles:
        article.as_partner = roles[article.pk]["partner"] > 0
    per_year = (
        Article.objects.filter(
            country_mentions__country=country, country_mentions__role=ArticleCountry.PARTNER
        )
        .annotate(year=ExtractYear("published"))
        .values("year")
        .annotate(n=Count("id", distinct=True))
        .order_by("year")
    )
    years = list(per_year)
    return render(
        request,
        "claims/country_detail.html",
        {
            "country": country,
            "name": country_name(country),
            "articles": articles,
            "years": years,
            "highest": max((row["n"] for row in years), default=1),
            "partner_articles": sum(1 for a in articles if a.as_partner),
        },
    )


# Index pages: every outlet, country and metric with its counts and its first and latest figure.
# Each is a few aggregate queries over every claim (about a second at a million claims): computed
# once per data version into the shared cache, by `warm_caches` after each import.


def figure_of(claim) -> dict:
    """What an index row shows of a figure: plain values, worded in the reader's language later."""
    return {
        "claim_id": claim.pk,
        "article_id": claim.article_id,
        "metric": claim.metric,
        "value": claim.display_value,
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "outlet": claim.article.source.name if claim.article.source else "",
        "published": claim.article.published,
    }


def _figures_on(rows: list[dict], key: str, lookup: str) -> None:
    """Set rows' "first" and "latest" figures: each row's claims published on its first and last
    day, one query for all rows (an OR of (key, day) pairs, each served by an index)."""
    for when, day in (("first", "first_day"), ("latest", "last_day")):
        wanted = Q()
        for row in rows:
            if row[day]:
                wanted |= Q(**{lookup: row[key], "article__published": row[day]})
        found: dict = {}
        if wanted:
            matches = (
                public_claims()
                .filter(wanted)
                .select_related("article__source")
                .defer(*ARTICLE_TEXT)
                .order_by("article_id", "start", "id")
            )
            for claim in matches:
                holder = claim.article.source_id if key == "source_id" else claim.metric
                found.setdefault((holder, claim.article.published), figure_of(claim))
        for row in rows:
            row[when] = found.get((row[key], row[day]))


def sources_index_data() -> list[dict]:
    articles = {
        row["source_id"]: row
        for row in Article.objects.filter(source__isnull=False)
        .values("source_id")
        .annotate(articles=Count("id"), first_day=Min("published"), last_day=Max("published"))
        .order_by()
    }
    claims = dict(
        public_claims()
        .filter(article__source__isnull=False)
        .values_list("article__source_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    rows = []
    for source in Source.objects.order_by("name"):
        row = articles.get(source.pk, {"articles": 0, "first_day": None, "last_day": None})
        rows.append(
            {
                "source_id": source.pk,
                "name": source.name,
                "slug": source.slug,
                "aliases": source.other_names(),
                "articles": row["articles"],
                "claims": claims.get(source.pk, 0),
                "first_day": row["first_day"],
                "last_day": row["last_day"],
            }
        )
    _figures_on(rows, "source_id", "article__source_id")
    return rows


def metrics_index_data() -> list[dict]:
    rows = list(
        public_claims()
        .values("metric")
        .annotate(
            claims=Count("id"),
            outlets=Count("article__source", distinct=True),
            first_day=Min("article__published"),
            last_day=Max("article__published"),
        )
        .order_by()
    )
    order = {slug: i for i, (slug, _label) in enumerate(vocab.METRICS)}
    rows.sort(key=lambda row: (order.get(row["metric"], len(order)), row["metric"]))
    _figures_on(rows, "metric", "metric")
    return rows


def countries_index_data() -> list[dict]:
    partner = ArticleCountry.objects.filter(role=ArticleCountry.PARTNER)
    rows = list(
        partner.values("country__code", "country__name_ar", "country__name_en", "country__name_fr")
        .annotate(
            articles=Count("article", distinct=True),
            first_day=Min("article__published"),
            last_day=Max("article__published"),
        )
        .order_by("-articles", "country__code")
    )
    claims = dict(
        public_claims()
        .filter(article__country_mentions__role=ArticleCountry.PARTNER)
        .values_list("article__country_mentions__country__code")
        .annotate(n=Count("id", distinct=True))
        .order_by()
    )
    for when, day in (("first", "first_day"), ("latest", "last_day")):
        wanted = Q()
        for row in rows:
            if row[day]:
                wanted |= Q(
                    article__published=row[day],
                    article__country_mentions__country__code=row["country__code"],
                    article__country_mentions__role=ArticleCountry.PARTNER,
                )
        found: dict = {}
        if wanted:
            matches = (
                public_claims()
                .filter(wanted)
                .annotate(code=F("article__country_mentions__country__code"))
                .select_related("article__source")
                .defer(*ARTICLE_TEXT)
                .order_by("article_id", "start", "id")
            )
            for claim in matches:
                found.setdefault((claim.code, claim.article.published), figure_of(claim))
        for row in rows:
            row[when] = found.get((row["country__code"], row[day]))
            row["claims"] = claims.get(row["country__code"], 0)
    return rows


INDEXES = {
    "sources": sources_index_data,
    "metrics": metrics_index_data,
    "countries": countries_index_data,
}


def index_data(what: str, version: str) -> list[dict]:
    return facet_cache.cached(f"index:{what}", QueryDict(), version, INDEXES[what], translated=False)


def worded(figure: dict | None) -> dict | None:
    """An index row's figure with its words in the reader's language."""
    if not figure:
        return None
    return {
        **figure,
        "metric_label": vocab.metric_label(figure["metric"]),
        "qualifier_label": vocab.qualifier_label(figure["qualifier"]),
    }


def index_page(request, what: str, template: str):
    def build(version):
        rows = [dict(row) for row in index_data(what, version)]
        for row in rows:
            row["first"], row["latest"] = worded(row.get("first")), worded(row.get("latest"))
            if what == "metrics":
                row["label"] = vocab.metric_label(row["metric"])
            if what == "countries":
                row["name"] = country_name(row)
        if what == "countries":
            rows.sort(key=lambda row: (-row["articles"], row["name"]))
        return render_to_string(template, {"rows": rows}, request)

    return cached_page(request, f"index:{what}", f"claims/{what}_index.html", build)


@require_safe
def source_index(request):
    return index_page(request, "sources", "claims/_source_index_content.html")


@require_safe
def metric_index(request):
    return index_page(request, "metrics", "claims/_metric_index_content.html")


@require_safe
def country_index(request):
    return index_page(request, "countries", "claims/_country_index_content.html")
