"""Editors' pages for ingest: add articles (upload, archives, addresses), watch jobs, register feeds.

Uploads and addresses become an ImportJob at once and the editor is sent to its page, which polls
`job_progress` (a small JSON) from static/ingest/job.js. Pasting stays the claims view's.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from claims.forms import MAX_PASTE_BYTES, PasteForm
from claims.importer import MAX_FILE_BYTES
from claims.models import Article, Finding
from claims.views import editors as claims_editors
from claims.views.editors import ADD_ARTICLES, editor_only
from ingest import jobs
from ingest.feeds import due_feed_ids
from ingest.forms import FeedForm, UploadForm, UrlForm
from ingest.models import Feed, ImportJob

ITEMS_PER_PAGE = 200
JOBS_LISTED = 50


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only(ADD_ARTICLES)
def article_add(request):
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "paste":
        return claims_editors.article_add(request)
    upload_form, url_form, status = UploadForm(), UrlForm(), 200
    if action == "url":
        url_form = UrlForm(request.POST)
        if url_form.is_valid():
            job = jobs.start_url_job(request.user, url_form.cleaned_data["urls"])
            return redirect(job)
        status = 400
    elif request.method == "POST":
        upload_form = UploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            data = upload_form.cleaned_data
            job = jobs.start_upload_job(request.user, data["files"], replace=data["replace"])
            return redirect(job)
        status = 400
    context = {
        "upload_form": upload_form,
        "url_form": url_form,
        "paste_form": PasteForm(),
        "outcomes": [],
        "max_mb": MAX_FILE_BYTES // (1024 * 1024),
        "paste_max_mb": MAX_PASTE_BYTES // (1024 * 1024),
    }
    return render(request, "claims/editors/article_add.html", context, status=status)


@require_safe
@editor_only(ADD_ARTICLES)
def job_list(request):
    recent = ImportJob.objects.select_related("created_by")[:JOBS_LISTED]
    return render(request, "ingest/job_list.html", {"jobs": recent})


@require_safe
@editor_only(ADD_ARTICLES)
def job_detail(request, pk):
    job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=pk)
    items = job.items.select_related("article", "article__source").defer("content", "article__body")
    page = Paginator(items.order_by("position"), ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    attach_findings(page.object_list)
    return render(
        request,
        "ingest/job_detail.html",
        {"job": job, "page": page, "stalled": job.is_stalled(), "progress": job.progress()},
    )


def attach_findings(items) -> None:
    """Each imported item's open findings, as `item.findings` (one query for the page)."""
    article_ids = [item.article_id for item in items if item.article_id]
    findings: dict[int, list] = {}
    rows = (
        Finding.objects.filter(claims__article_id__in=article_ids, status=Finding.OPEN)
        .values_list("claims__article_id", "pk")
        .distinct()
    )
    for article_id, finding_id in rows:
        findings.setdefault(article_id, []).append(finding_id)
    for item in items:
        item.findings = sorted(findings.get(item.article_id, []))


@never_cache
@require_safe
@editor_only(ADD_ARTICLES)
def job_progress(request, pk):
    job = get_object_or_404(ImportJob, pk=pk)
    return JsonResponse({**job.progress(), "stalled": job.is_stalled()})


@require_POST
@editor_only(ADD_ARTICLES)
def job_retry(request, pk):
    job = get_object_or_404(ImportJob, pk=pk)
    count = jobs.retry_failed(job)
    if count:
        messages.success(request, _("%(n)d failed items queued again.") % {"n": count})
    else:
        messages.info(request, _("No failed item to retry."))
    return redirect(job)


@require_POST
@editor_only(ADD_ARTICLES)
def reextract_all(request):
    """Run the extraction engine again over every article, as a job (editors' work on claims is kept)."""
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    if not ids:
        messages.info(request, _("No article to re-extract."))
        return redirect("ingest:jobs")
    return redirect(jobs.start_reextract_job(request.user, ids))


@require_POST
@editor_only(ADD_ARTICLES)
def job_resume(request, pk):
    job = get_object_or_404(ImportJob, pk=pk)
    if job.is_stalled():
        jobs.resume(job)
        messages.success(request, _("The job was handed to another worker."))
    else:
        messages.info(request, _("The job is not stalled."))
    return redirect(job)


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only(ADD_ARTICLES)
def feed_list(request):
    form, status = FeedForm(), 200
    if request.method == "POST":
        form = FeedForm(request.POST)
        if form.is_valid():
            feed = form.save(commit=False)
            feed.created_by = request.user
            feed.save()
            messages.success(request, _("Feed registered; it is polled within minutes."))
            return redirect("ingest:feeds")
        status = 400
    feeds = Feed.objects.annotate(entry_count=Count("entries"))
    return render(request, "ingest/feed_list.html", {"form": form, "feeds": feeds}, status=status)


@require_POST
@editor_only(ADD_ARTICLES)
def feed_poll(request, pk):
    """Poll now: the feed is made due and handed to the queue like a scheduled poll."""
    from django.utils import timezone

    from ingest.tasks import poll_feed

    Feed.objects.filter(pk=pk).update(next_poll_at=timezone.now())
    for feed_id in due_feed_ids():
        poll_feed.enqueue(feed_id)
    messages.success(request, _("Feed polled."))
    return redirect("ingest:feeds")
