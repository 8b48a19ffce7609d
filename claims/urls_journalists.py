"""Pages journalists read. These URLs are stable: people bookmark and share them."""

from django.urls import path, register_converter

from claims.converters import Iso2Converter
from claims.views import api, corrections, exports, journalists

register_converter(Iso2Converter, "iso2")

urlpatterns = [
    path("", journalists.home, name="home"),
    path("claims/", journalists.claim_list, name="claim_list"),
    path("claims/export.csv", exports.claims_csv, name="claims_csv"),
    path("api/claims/", api.claims, name="api_claims"),
    path("articles/", journalists.article_list, name="article_list"),
    path("articles/<int:pk>/", journalists.article_detail, name="article_detail"),
    path("metrics/<slug:slug>/", journalists.metric_detail, name="metric_detail"),
    path("sources/<slug:slug>/", journalists.source_detail, name="source_detail"),
    path("countries/<iso2:code>/", journalists.country_detail, name="country_detail"),
    path("corrections/", corrections.corrections_log, name="corrections"),
]
