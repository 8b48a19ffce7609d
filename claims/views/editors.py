"""Pages where editors write: the queue of findings and flags, the review of machine readings
(verify, correct, reject, restore, add a missed figure), article corrections, uploads.

Every view that changes something is `login_required` (anonymous people go to the log-in page)
and then checks a permission that only the editors' group holds (journalists get 403).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from claims import facet_cache, services
from claims.filters import ARTICLE_TEXT
from claims.filters_editors import FindingFilter, FlagFilter, ReviewFilter, queue_data
from claims.findings import refresh_findings_quietly
from claims.forms import (
    MAX_PASTE_BYTES,
    AddClaimForm,
    ArticleCorrectionForm,
    CloseFlagForm,
    ConfirmFindingForm,
    CorrectionForm,
    DismissFindingForm,
    FlagForm,
    PasteForm,
    RejectForm,
    RestoreForm,
    UploadForm,
    VerifyForm,
)
from claims.highlight import claim_span, highlighted_body
from claims.history import readable_changes
from claims.importer import MAX_FILE_BYTES, REJECTED, ImportOutcome, finish, import_bytes, record_outcome
from claims.models import Article, Claim, Finding, Flag, ImportRun
from claims.reasons import reason_words, status_words
from claims.views.journalists import MAX_PAGE, PAGE_SIZE, BadPage, annotate_rows, page_of, query_with

# Editors change what claims say: the permission the editors' group holds and journalists do not.
EDIT_CLAIMS = "claims.change_claim"
EDIT_ARTICLES = "claims.change_article"
ADD_ARTICLES = "claims.add_article"
# The queue shows this many of each; filters narrow it down.
QUEUE_LIMIT = 200
# The review queue orders at most this many claims (its 200 pages); filters narrow it down.
QUEUE_DEPTH = MAX_PAGE * PAGE_SIZE


def editor_only(permission: str = EDIT_CLAIMS):
    def decorate(view):
        return login_required(permission_required(permission, raise_exception=True)(view))

    return decorate


def _back(request, default: str):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        # Not redirect(target): it would try a string that is no URL as a view name and fail with a 500.
        return HttpResponseRedirect(target)
    return redirect(default)


@require_safe
@editor_only()
def queue(request):
    data = queue_data(request.GET)
    # Most trustworthy first; findings under the threshold only on demand (?hidden=1).
    show_hidden = bool(request.GET.get("hidden"))
    findings = FindingFilter(data, queryset=Finding.objects.for_queue())
    flags = FlagFilter(data, queryset=Flag.objects.for_queue().order_by("-created_at", "-id"))
    shown = findings.qs if show_hidden else findings.qs.visible()
    hidden_count = 0 if show_hidden or not findings.is_valid() else findings.qs.hidden().count()
    query = request.GET.copy()
    query.pop("hidden", None)
    without_hidden = query.urlencode()
    query["hidden"] = "1"
    return render(
        request,
        "claims/editors/queue.html",
        {
            "filter": findings,
            "findings": shown[:QUEUE_LIMIT],
            "flags": flags.qs[:QUEUE_LIMIT],
            "limit": QUEUE_LIMIT,
            "show_hidden": show_hidden,
            "hidden_count": hidden_count,
            "with_hidden": query.urlencode(),
            "without_hidden": without_hidden,
        },
        status=200 if findings.is_valid() and flags.is_valid() else 400,
    )


@require_safe
@editor_only()
def finding_detail(request, pk):
    finding = get_object_or_404(Finding.objects.for_queue(), pk=pk)
    return _render_finding(request, finding)


def _render_finding(request, finding, *, confirm_form=None, dismiss_form=None, status=200):
    from claims.consistency.severity import THRESHOLD

    return render(
        request,
        "claims/editors/finding.html",
        {
            "finding": finding,
            "threshold": THRESHOLD,
            "confirm_form": confirm_form or ConfirmFindingForm(),
            "dismiss_form": dismiss_form or DismissFindingForm(),
        },
        status=status,
    )


@require_POST
@editor_only()
def finding_confirm(request, pk):
    finding = get_object_or_404(Finding, pk=pk)
    form = ConfirmFindingForm(request.POST)
    if not form.is_valid():
        return _render_finding(request, finding, confirm_form=form, status=400)
    try:
        flag = services.confirm_finding(finding=finding, editor=request.user, note=form.cleaned_data["note"])
    except services.EditorialError as exc:
        messages.error(request, str(exc))
        return redirect("editors:finding", pk=finding.pk)
    messages.success(request, _("Finding confirmed: it is now a flag."))
    return _back(request, flag_url(flag))


@require_POST
@editor_only()
def finding_dismiss(request, pk):
    finding = get_object_or_404(Finding, pk=pk)
    form = DismissFindingForm(request.POST)
    if not form.is_valid():
        return _render_finding(request, finding, dismiss_form=form, status=400)
    try:
        services.dismiss_finding(finding=finding, editor=request.user, comment=form.cleaned_data["comment"])
    except services.EditorialError as exc:
        messages.error(request, str(exc))
        return redirect("editors:finding", pk=finding.pk)
    messages.success(request, _("Finding dismissed; it will not come back."))
    return _back(request, "editors:queue")


def flag_url(flag):
    return reverse("editors:flag", args=[flag.pk])


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only()
def flag_new(request):
    if request.method == "POST":
        form = FlagForm(request.POST)
        if form.is_valid():
            flag = services.flag_claims(
                claims=form.cleaned_data["claims"],
                editor=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
            messages.success(request, _("Flag saved."))
            return redirect("editors:flag", pk=flag.pk)
        status = 400
    else:
        form = FlagForm(initial={"claims": request.GET.getlist("claims")})
        status = 200
    chosen = _chosen_claims(form)
    return render(request, "claims/editors/flag_new.html", {"form": form, "claims": chosen}, status=status)


def _chosen_claims(form):
    ids = form.data.getlist("claims") if form.is_bound else form.initial.get("claims", [])
    # An id longer than any database integer would overflow SQLite's driver: such an id is no claim.
    ids = [i for i in ids if str(i).isdigit() and len(str(i)) <= 18]
    return Claim.objects.for_listing().with_editorial().filter(pk__in=ids)


@require_safe
@editor_only()
def flag_detail(request, pk):
    flag = get_object_or_404(Flag.objects.for_queue(), pk=pk)
    return _render_flag(request, flag)


def _render_flag(request, flag, *, form=None, status=200):
    evidence = []
    if flag.finding_id:
        flagged = {claim.pk for claim in flag.claims.all()}
        evidence = [
            claim
            for claim in Claim.objects.for_listing()
            .filter(findings=flag.finding_id)
            .order_by("article__published")
            if claim.pk not in flagged
        ]
    return render(
        request,
        "claims/editors/flag.html",
        {"flag": flag, "evidence": evidence, "close_form": form or CloseFlagForm()},
        status=status,
    )


def _close_flag(request, pk, close, done_message):
    flag = get_object_or_404(Flag, pk=pk)
    form = CloseFlagForm(request.POST)
    if not form.is_valid():
        return _render_flag(request, flag, form=form, status=400)
    try:
        close(flag=flag, editor=request.user, comment=form.cleaned_data["comment"])
    except services.EditorialError as exc:
        messages.error(request, str(exc))
        return redirect("editors:flag", pk=flag.pk)
    messages.success(request, done_message)
    return _back(request, flag_url(flag))


@require_POST
@editor_only()
def flag_resolve(request, pk):
    return _close_flag(request, pk, services.resolve_flag, _("Flag resolved."))


@require_POST
@editor_only()
def flag_dismiss(request, pk):
    return _close_flag(request, pk, services.dismiss_flag, _("Flag dismissed."))


# --- review of machine readings ------------------------------------------------------------------


@require_safe
@editor_only()
def review_queue(request):
    """Claims to review, the most consequential first: inside an open finding, then the engine's least
    sure readings, then the figures repeated most; with bulk verify."""
    data = ReviewFilter.with_defaults(request.GET)
    filterset = ReviewFilter(data, queryset=Claim.objects.all())
    if not filterset.is_valid():
        return render(request, "claims/bad_request.html", {"form": filterset.form}, status=400)
    order = review_order(filterset.qs, data, facet_cache.data_version())
    try:
        page = page_of(order, request.GET.get("page"))
    except BadPage as exc:
        return render(request, "claims/bad_request.html", {"message": str(exc)}, status=400)
    page.items = review_rows(page.items)
    return render(
        request,
        "claims/editors/review_queue.html",
        {
            "filter": filterset,
            "page": page,
            "capped": len(order) == QUEUE_DEPTH,
            "depth": QUEUE_DEPTH,
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
        },
    )


def review_order(candidates, query_dict, version: str) -> list[tuple[int, bool, int]]:
    """(id, in an open finding, times printed) of the first QUEUE_DEPTH claims by impact.

    Ordering by how often each figure is printed is a window over every candidate: seconds at a
    million claims, so the order is computed once per filters and data version, in the shared cache.
    """
    return facet_cache.cached(
        "review-order",
        query_dict,
        version,
        lambda: list(
            candidates.by_review_impact().values_list("id", "in_open_finding", "repeats")[:QUEUE_DEPTH]
        ),
        translated=False,
    )


def review_rows(order: list[tuple[int, bool, int]]) -> list:
    """The page's claims, in the queue's order, each with why it comes where it does."""
    ids = [pk for pk, _in_finding, _repeats in order]
    claims = Claim.objects.for_listing().defer(*ARTICLE_TEXT).with_editorial().in_bulk(ids)
    rows = []
    for pk, in_open_finding, repeats in order:
        claim = claims.get(pk)
        if claim is None:  # gone since the order was computed
            continue
        claim.in_open_finding, claim.repeats = in_open_finding, repeats
        rows.append(claim)
    return annotate_rows(rows)


@require_POST
@editor_only()
def claims_verify(request):
    form = VerifyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose at least one claim to verify."))
        return _back(request, "editors:review")
    count = services.verify_claims(claims=form.cleaned_data["claims"], editor=request.user)
    messages.success(
        request,
        ngettext("%(count)d claim verified.", "%(count)d claims verified.", count) % {"count": count},
    )
    return _back(request, "editors:review")


@require_POST
@editor_only()
def claim_verify(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    if services.verify_claims(claims=[claim], editor=request.user):
        messages.success(request, _("Claim verified: its reading is now an editor's."))
    else:
        messages.error(request, _("This claim was already reviewed."))
    return _back(request, review_url(claim))


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only()
def claim_reject(request, pk):
    claim = get_object_or_404(Claim.objects.for_listing().with_editorial(), pk=pk)
    form = RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reject_claim(claim=claim, editor=request.user, **form.cleaned_data)
        except services.EditorialError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Rejected: it no longer shows to readers, and stays in the history."))
            return _back(request, review_url(claim))
    status = 400 if request.method == "POST" else 200
    return render(request, "claims/editors/reject.html", {"claim": claim, "form": form}, status=status)


@require_POST
@editor_only()
def claim_restore(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    form = RestoreForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the machine's reading should come back."))
        return redirect("editors:claim_history", pk=claim.pk)
    try:
        services.restore_machine_reading(claim=claim, editor=request.user, note=form.cleaned_data["note"])
    except services.EditorialError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The machine's reading is back."))
    return redirect("editors:claim_history", pk=claim.pk)


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only()
def claim_correct(request, pk):
    claim = get_object_or_404(Claim.objects.for_listing().with_editorial(), pk=pk)
    initial = {name: getattr(claim, name) for name in CorrectionForm.READING}
    if request.method == "POST":
        form = CorrectionForm(request.POST, initial=initial, current_metric=claim.metric)
        if form.is_valid():
            try:
                services.correct_claim(
                    claim=claim,
                    editor=request.user,
                    note=form.cleaned_data["note"],
                    public_note=form.cleaned_data["public_note"],
                    **form.reading(),
                )
            except services.EditorialError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Correction saved; the machine's reading stays beside it."))
                return redirect("editors:claim_history", pk=claim.pk)
        status = 400
    else:
        form = CorrectionForm(initial=initial, current_metric=claim.metric)
        status = 200
    return render(request, "claims/editors/correct.html", {"claim": claim, "form": form}, status=status)


def review_url(claim) -> str:
    return reverse("editors:article_review", args=[claim.article_id]) + f"#claim-{claim.pk}"


@require_safe
@editor_only()
def article_review(request, pk):
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    return _render_article_review(request, article, AddClaimForm(article=article, initial=_add_initial()))


def _add_initial() -> dict:
    return {"qualifier": "exact", "unit": "count", "period_type": "unspecified", "org": "unspecified"}


def _render_article_review(request, article, add_form, status=200):
    claims = annotate_rows(list(Claim.objects.filter(article=article).with_editorial().order_by("start")))
    for claim in claims:
        claim.article = article
    # Marks without popovers: the text a selection measures must be the article's text, character
    # for character, so that static/claims/select_figure.js finds the figure's offsets.
    spans = [claim_span(claim, popover=False) for claim in claims if claim.is_public]
    events = list(article.events.select_related("editor"))
    for event in events:
        event.readable = readable_changes(event)
    return render(
        request,
        "claims/editors/article_review.html",
        {
            "article": article,
            "body": highlighted_body(article.body, spans),
            "claims": claims,
            "add_form": add_form,
            "events": events,
        },
        status=status,
    )


@require_POST
@editor_only()
def claim_add(request, pk):
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    form = AddClaimForm(request.POST, article=article)
    if form.is_valid():
        try:
            claim = services.add_claim(
                article=article,
                editor=request.user,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                note=form.cleaned_data["note"],
                **form.reading(),
            )
        except services.EditorialError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Claim added."))
            return HttpResponseRedirect(review_url(claim))
    return _render_article_review(request, article, form, status=400)


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only(EDIT_ARTICLES)
def article_correct(request, pk):
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    initial = {**article.details(), "published": article.published}
    if request.method == "POST":
        form = ArticleCorrectionForm(request.POST, initial=initial)
        if form.is_valid():
            try:
                services.correct_article(
                    article=article,
                    editor=request.user,
                    note=form.cleaned_data["note"],
                    public_note=form.cleaned_data["public_note"],
                    **form.details(),
                )
            except services.EditorialError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Article corrected; the imported details stay in its history."))
                return redirect("editors:article_review", pk=article.pk)
        status = 400
    else:
        form = ArticleCorrectionForm(initial=initial)
        status = 200
    return render(
        request, "claims/editors/article_correct.html", {"article": article, "form": form}, status=status
    )


# --- uploads -------------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only(ADD_ARTICLES)
def article_add(request):
    """The paste form. Uploads and addresses posted to /articles/add/ are import jobs: ingest's view
    (ingest.views.article_add) takes them and hands the paste, and the page, to this view."""
    upload_form, paste_form = UploadForm(), PasteForm()
    outcomes, status = [], 200
    if request.method == "POST":
        paste_form = PasteForm(request.POST)
        if paste_form.is_valid():
            outcomes = _import_pasted(paste_form.cleaned_data)
        else:
            status = 400
    return render(
        request,
        "claims/editors/article_add.html",
        {
            "upload_form": upload_form,
            "paste_form": paste_form,
            "outcomes": outcomes,
            "results": upload_results(outcomes),
            "max_mb": MAX_FILE_BYTES // (1024 * 1024),
            "paste_max_mb": MAX_PASTE_BYTES // (1024 * 1024),
        },
        status=status,
    )


@dataclass
class UploadResult:
    """One file of an upload as the result page names it: status and reason in the reader's language,
    the article it became, its claims, and the findings it raised."""

    file: str
    status: str
    status_words: str
    reason: str = ""
    article: Article | None = None
    claims: int = 0
    findings: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return self.status == REJECTED


def upload_results(outcomes: list[ImportOutcome]) -> list[UploadResult]:
    article_ids = [o.article.pk for o in outcomes if o.article is not None]
    findings: dict[int, list] = {}
    if article_ids:
        raised = Finding.objects.open().filter(claims__article_id__in=article_ids).distinct()
        for finding in raised.prefetch_related("claims"):
            for article_id in {c.article_id for c in finding.claims.all()} & set(article_ids):
                findings.setdefault(article_id, []).append(finding)
    counts = dict(
        Claim.objects.public()
        .filter(article_id__in=article_ids)
        .values_list("article_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    return [
        UploadResult(
            file=o.file,
            status=o.status,
            status_words=status_words(o.status),
            reason=reason_words(o.reason) if o.reason else "",
            article=o.article,
            claims=counts.get(o.article.pk, 0) if o.article is not None else 0,
            findings=findings.get(o.article.pk, []) if o.article is not None else [],
            warnings=[reason_words(warning) for warning in getattr(o, "warnings", [])],
        )
        for o in outcomes
    ]


def _import_pasted(data) -> list[ImportOutcome]:
    raw = data["text"].encode("utf-8")
    name = f"pasted-{data['published']:%Y-%m-%d}-{hashlib.sha256(raw).hexdigest()[:10]}.txt"
    overrides = {key: data[key] for key in ("outlet", "published", "url", "title")}
    # With a title typed in, every line of the text is the article's: none is taken as its title.
    whole_text = bool(data["title"])
    return _run_import([name], [lambda: import_bytes(raw, name, overrides=overrides, whole_text=whole_text)])


def _run_import(names, steps) -> list[ImportOutcome]:
    """Like `import_paths`: a recorded run, one file's failure never stops the others, then findings."""
    run = ImportRun.objects.start("\n".join(f"upload:{name}" for name in names))
    outcomes = []
    for step in steps:
        outcome = step()
        record_outcome(run, outcome)
        outcomes.append(outcome)
    finish(run)
    refresh_findings_quietly()
    return outcomes
