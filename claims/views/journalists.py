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
from django.db.models import Count, F, Q, Window, prefetch_related_objects
from django.db.models.functions import ExtractYear, RowNumber
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from claims import facet_cache, page_cache
from claims import vocabulary as vocab
from claims.charts import ChartPoint, comparable_period, legend_items, series_colours, timeline_svg
from claims.filters import ARTICLE_TEXT, ArticleFilter, ClaimFilter, claim_facets
from claims.highlight import claim_span, country_span, highlighted_body
from claims.history import readable_changes
from claims.models import Article, ArticleCountry, Claim, Country, Source
from claims.models.articles import open_flags

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
EDITORS_BADGE = "claims/editors/_badge.html"
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


def country_name(row_or_country) -> str:
    """The country's name in the reader's language."""
    get = row_or_country.get if isinstance(row_or_country, dict) else None
    if get:
        return get("country__name_ar") if get_language() == "ar" else get("country__name_en")
    return row_or_country.name_ar if get_language() == "ar" else row_or_country.name_en


def rendered_badge(claim) -> SafeString:
    # Template output is escaped already; str.strip() would drop its safe mark and escape it twice.
    return mark_safe(render_to_string(EDITORS_BADGE, {"claim": claim}).strip())  # noqa: S308


def has_editors_badge() -> bool:
    try:
        get_template(EDITORS_BADGE)
    except TemplateDoesNotExist:
        return False
    return True


def shown_value(claim) -> str:
    """The figure as printed, or the editor's value beside the engine's when an editor corrected it."""
    if claim.original_value is None:
        return claim.value_text
    return _("%(value)s (corrected from %(original)s)") % {
        "value": claim.display_value,
        "original": claim.original_value,
    }


def annotate_rows(claims) -> list:
    """Attach what rows show beside the model fields: the metric in words and the period."""
    for claim in claims:
        claim.metric_label = vocab.metric_label(claim.metric)
        claim.period_label = comparable_period(claim).label
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


def claims_facets(claims, query, version: str):
    """The claims page's facets, counted once per filters, language and data version."""
    return facet_cache.cached(
        "facets", query, version, lambda: claim_facets(claims, country_label=country_name)
    )


def latest_figures_cached(version: str) -> list:
    return facet_cache.cached("latest", QueryDict(), version, latest_figures, translated=False)


@require_safe
def home(request):
    return cached_page(request, "home", "claims/home.html", lambda version: home_content(request, version))


def home_content(request, version: str) -> str:
    articles = with_claim_counts(list(Article.objects.select_related("source").newest_first()[:10]))
    claims = annotate_rows(
        list(Claim.objects.public().for_listing().defer(*ARTICLE_TEXT).newest_first()[:15])
    )
    latest = latest_figures_cached(version)
    by_metric: dict[str, list] = defaultdict(list)
    for claim in annotate_rows(latest):
        by_metric[claim.metric].append(claim)
    metrics = [
        {"slug": slug, "label": vocab.metric_label(slug), "latest": rows} for slug, rows in by_metric.items()
    ]
    return render_to_string(
        "claims/_home_content.html", {"articles": articles, "claims": claims, "metrics": metrics}, request
    )


def latest_figures() -> list:
    """The newest figure of each metric per outlet and comparable period (6 s of SQL at 1M claims:
    cached under the data version and computed by `warm_caches` after each import)."""
    latest = (
        Claim.objects.public()
        .select_related("article", "article__source")
        .defer(*ARTICLE_TEXT)
        .annotate(
            rank=Window(
                RowNumber(),
                # one row per outlet and comparable period: "207 since 2002" and "32 in three years"
                # from the same outlet are different figures, both worth seeing
                partition_by=[F("metric"), F("article__source"), F("period_type"), F("period_start")],
                order_by=[F("article__published").desc(nulls_last=True), F("id").desc()],
            )
        )
        .filter(rank=1)
        .order_by("metric", "period_type", "period_start", "article__source__name")
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
    facets with no filter, in each language, the home page's latest figures, and each metric's
    comparison page. Seconds per part."""
    version = facet_cache.data_version()
    empty = QueryDict()
    claims = ClaimFilter(empty, queryset=Claim.objects.public().for_listing().defer(*ARTICLE_TEXT)).qs
    timings = {}

    def timed(name, compute):
        started = time.perf_counter()
        compute()
        timings[name] = time.perf_counter() - started

    timed("claims total", lambda: claims_total(claims, empty, version))
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            timed(f"claims facets ({language})", lambda: claims_facets(claims, empty, version))
    timed("latest figures", lambda: latest_figures_cached(version))
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
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.public().for_listing().defer(*ARTICLE_TEXT))
    if not filterset.is_valid():
        return bad_request(request, filterset.form, _("claims"))
    claims = filterset.qs
    try:
        page = page_of(
            editorial(claims),
            request.GET.get("page"),
            count=lambda: claims_total(claims, request.GET, version),
        )
    except BadPage as exc:
        filterset.form.add_error(None, str(exc))
        return bad_request(request, filterset.form, _("claims"))
    annotate_rows(page.items)
    facets = claims_facets(claims, request.GET, version)
    for group in (facets.years, facets.months, facets.metrics, facets.outlets, facets.countries):
        for value in group:
            value.href = query_with(request, **value.params)
    current_sort = request.GET.get("sort", "")
    sort_links = {
        name: query_with(request, sort=name if current_sort != name else f"-{name}")
        for name in ("published", "value", "metric", "outlet")
    }
    active = [
        {"name": name, "value": value, "href": query_with(request, drop=("page", name))}
        for name, value in request.GET.items()
        if name not in ("page", "sort") and value
    ]
    return render_to_string(
        "claims/_claim_list_content.html",
        {
            "filter": filterset,
            "page": page,
            "facets": facets,
            "sort_links": sort_links,
            "active": active,
            "csv_href": reverse("claims_csv") + query_with(request),
            "api_href": reverse("api_claims") + query_with(request),
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
            "show_badge": has_editors_badge(),
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
    if not filterset.is_valid():
        return bad_request(request, filterset.form, _("articles"))
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
        return bad_request(request, filterset.form, _("articles"))
    with_claim_counts(page.items)
    return render_to_string(
        "claims/_article_list_content.html",
        {
            "filter": filterset,
            "page": page,
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
        },
        request,
    )


@require_safe
def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    claims = annotate_rows(list(editorial(Claim.objects.public().filter(article=article)).order_by("start")))
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
    colours = series_colours([c.series for c in claims], no_outlet=no_outlet)
    groups: dict[tuple, ComparisonGroup] = {}
    for claim in claims:
        period = comparable_period(claim)
        groups.setdefault(period.key, ComparisonGroup(period.label)).claims.append(claim)
    label = vocab.metric_label(slug)
    ordered = sorted(groups.values(), key=lambda g: -len(g.claims))
    # The largest periods get a chart, a table and first appearances; the others one line each with
    # a link to their claims: 171 charts made a 1.8 MB page nobody could read (bench/README.md).
    in_full, in_brief = ordered[:MAX_GROUPS_IN_FULL], ordered[MAX_GROUPS_IN_FULL:]
    # get_qualifier_display() hashes every (lazy) label of the choices on each call: 2,000 marks
    # cost 16,000 translations that way, a fifth of the page (bench/README.md).
    qualifier_words = {slug: str(words) for slug, words in vocab.QUALIFIERS}
    for group in in_full:
        points = [
            ChartPoint(
                claim_id=c.pk,
                published=c.article.published,
                value=float(c.value),
                qualifier=c.qualifier,
                series=c.series,
                label=f"{qualifier_words.get(c.qualifier, c.qualifier)} {shown_value(c)} — {c.series}, "
                f"{c.article.published.isoformat() if c.article.published else _('no date')}",
                original="" if c.original_value is None else str(c.original_value),
            )
            for c in group.claims
        ]
        group.svg = timeline_svg(
            points, colours=colours, title=f"{label} · {group.label}", undated_label=_("no date")
        )
        group.first_appearances = first_appearances(group.claims)
    budget = MAX_LISTED_IN_ALL
    for group in in_full:
        shown = min(len(group.claims), MAX_LISTED, budget)
        group.listed = group.claims[len(group.claims) - shown :]
        budget -= shown
    if has_editors_badge():
        prefetch_related_objects([c for group in in_full for c in group.listed], open_flags())
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
            "legend": legend_items(colours),
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
    newest = Claim.objects.public().for_listing().defer(*ARTICLE_TEXT).of_metric(slug)
    newest = newest.order_by(F("article__published").desc(nulls_last=True), "article_id", "start", "id")
    claims = list(newest[: MAX_DRAWN + 1])
    total = len(claims)
    if total > MAX_DRAWN:
        claims = claims[:MAX_DRAWN]
        total = Claim.objects.public().of_metric(slug).count()
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
    source = get_object_or_404(Source, slug=slug)
    claims = (
        Claim.objects.public()
        .for_listing()
        .defer(*ARTICLE_TEXT)
        .filter(article__source=source)
        .newest_first()
    )
    try:
        page = page_of(editorial(claims), request.GET.get("page"))
    except BadPage as exc:
        return render(request, "claims/bad_request.html", {"message": str(exc)}, status=400)
    annotate_rows(page.items)
    metrics = (
        Claim.objects.public()
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
    highest = max((row["n"] for row in years), default=1)
    for row in years:
        row["width"] = round(100 * row["n"] / highest)
    return render(
        request,
        "claims/country_detail.html",
        {
            "country": country,
            "name": country_name(country),
            "articles": articles,
            "years": years,
            "partner_articles": sum(1 for a in articles if a.as_partner),
        },
    )
