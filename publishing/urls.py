"""Published surfaces. These URLs are stable: newsrooms link to claim pages, subscribe to feeds and
embed charts."""

from django.urls import path
from django.views.decorators.http import require_safe

from publishing import feeds
from publishing.views import api_docs, claims

urlpatterns = [
    path("api/schema/", api_docs.api_schema, name="api_schema"),
    path("api/docs/", api_docs.api_docs, name="api_docs"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim_page"),
    path("claims/feed/", require_safe(feeds.ClaimsFeed()), name="claims_feed"),
]
