"""Published surfaces. These URLs are stable: newsrooms link to claim pages, subscribe to feeds and
embed charts."""

from django.urls import path
from django.views.decorators.http import require_safe

from publishing import feeds
from publishing.views import api_docs, claims, embeds, searches

urlpatterns = [
    path("api/schema/", api_docs.api_schema, name="api_schema"),
    path("api/docs/", api_docs.api_docs, name="api_docs"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim_page"),
    path("claims/feed/", require_safe(feeds.ClaimsFeed()), name="claims_feed"),
    path("metrics/<slug:slug>/chart.svg", embeds.chart_svg, name="chart_svg"),
    path("metrics/<slug:slug>/embed/", embeds.chart_embed, name="chart_embed"),
    path("metrics/<slug:slug>/share/", embeds.chart_share, name="chart_share"),
    path("searches/", searches.saved_searches, name="saved_searches"),
    path("searches/new/", searches.saved_search_new, name="saved_search_new"),
    path("searches/<int:pk>/", searches.saved_search_edit, name="saved_search_edit"),
    path("searches/<int:pk>/delete/", searches.saved_search_delete, name="saved_search_delete"),
    path("searches/<int:pk>/secret/", searches.saved_search_new_secret, name="saved_search_new_secret"),
    path("searches/<slug:token>/feed/", require_safe(feeds.SavedSearchFeed()), name="saved_search_feed"),
]
