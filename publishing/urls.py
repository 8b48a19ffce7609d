"""Published surfaces. These URLs are stable: newsrooms link to claim pages, subscribe to feeds and
embed charts."""

from django.urls import path

from publishing.views import api_docs

urlpatterns = [
    path("api/schema/", api_docs.api_schema, name="api_schema"),
    path("api/docs/", api_docs.api_docs, name="api_docs"),
]
