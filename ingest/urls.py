"""Ingest's pages (the `ingest:` namespace). Its `articles/add/` comes before claims' in ctfacts/urls.py:
uploads and addresses posted there become jobs; the paste is handed to claims' view."""

from django.urls import path

from ingest import views

app_name = "ingest"

urlpatterns = [
    path("articles/add/", views.article_add, name="article_add"),
    path("jobs/", views.job_list, name="jobs"),
    path("jobs/reextract/", views.reextract_all, name="reextract_all"),
    path("jobs/<int:pk>/", views.job_detail, name="job"),
    path("jobs/<int:pk>/progress.json", views.job_progress, name="job_progress"),
    path("jobs/<int:pk>/retry/", views.job_retry, name="job_retry"),
    path("jobs/<int:pk>/resume/", views.job_resume, name="job_resume"),
    path("feeds/", views.feed_list, name="feeds"),
    path("feeds/<int:pk>/poll/", views.feed_poll, name="feed_poll"),
]
