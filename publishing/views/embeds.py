"""A metric's comparison chart for a newsroom's CMS: /metrics/<slug>/chart.svg and /metrics/<slug>/embed/.

These two answers, and only these, may be shown inside another site's page: they are exempt from
X-Frame-Options and their Content-Security-Policy names EMBED_FRAME_ANCESTORS as frame-ancestors.
They carry no form, no session and no link that acts, so being framed can trick nobody into a click.
The rendered chart is kept in the page cache per data version, like the metric page.
"""

from __future__ import annotations

from csp.constants import NONE, SELF
from csp.decorators import csp, csp_replace
from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language_bidi
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from claims import facet_cache, page_cache
from publishing import embeds

FRAME_ANCESTORS = list(settings.EMBED_FRAME_ANCESTORS)


def _chart(request, slug: str):
    if len(slug) > 60:
        raise Http404
    chart = embeds.chart_of(
        slug,
        request.GET.get("period") or None,
        link=lambda pk: request.build_absolute_uri(reverse("claim_page", args=[pk])),
    )
    if chart is None:
        raise Http404
    return chart


def _cached(request, what: str, render_content):
    page_cache.normalize_query(request, ["period"])
    return page_cache.cached_content(request, what, facet_cache.data_version(), render_content)


@require_safe
@xframe_options_exempt
@csp(
    {
        "default-src": [NONE],
        "style-src": [embeds.SVG_STYLE_HASH],
        "img-src": [SELF],
        "frame-ancestors": FRAME_ANCESTORS,
    }
)
def chart_svg(request, slug: str):
    def render_svg():
        chart = _chart(request, slug)
        url = request.build_absolute_uri(reverse("metric_detail", args=[slug]))
        return embeds.standalone_svg(chart, url, get_language_bidi())

    response = HttpResponse(_cached(request, f"embed-svg:{slug}", render_svg), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_safe
@xframe_options_exempt
@csp_replace({"frame-ancestors": FRAME_ANCESTORS})
def chart_embed(request, slug: str):
    def render_page():
        chart = _chart(request, slug)
        metric_url = request.build_absolute_uri(reverse("metric_detail", args=[slug]))
        svg_url = request.build_absolute_uri(reverse("chart_svg", args=[slug]) + f"?period={chart.token}")
        embed_url = request.build_absolute_uri(reverse("chart_embed", args=[slug]) + f"?period={chart.token}")
        return render(
            request,
            "publishing/embed.html",
            {"chart": chart, "metric_url": metric_url, "svg_url": svg_url, "embed_url": embed_url},
        ).content.decode()

    return HttpResponse(_cached(request, f"embed:{slug}", render_page))


@require_safe
def chart_share(request, slug: str):
    """Every period's chart of a metric with the code a newsroom pastes to embed it."""
    chart = _chart(request, slug)
    periods = []
    for token, label, count in chart.periods:
        query = f"?period={token}"
        periods.append(
            {
                "token": token,
                "label": label,
                "count": count,
                "svg_url": request.build_absolute_uri(reverse("chart_svg", args=[slug]) + query),
                "embed_url": request.build_absolute_uri(reverse("chart_embed", args=[slug]) + query),
            }
        )
    return render(
        request, "publishing/chart_share.html", {"label": chart.label, "slug": slug, "periods": periods}
    )
