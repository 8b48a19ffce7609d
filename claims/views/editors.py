"""Pages where editors write: the queue of findings and flags, flags, corrections, uploads.

Every view that changes something is `login_required` (anonymous people go to the log-in page)
and then checks a permission that only the editors' group holds (journalists get 403).
"""

from __future__ import annotations

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from claims import services
from claims.accounts import is_editor
from claims.filters_editors import FindingFilter, FlagFilter, queue_data
from claims.findings import refresh_findings_quietly
from claims.forms import (
    MAX_PASTE_BYTES,
    CloseFlagForm,
    ConfirmFindingForm,
    CorrectionForm,
    DismissFindingForm,
    FlagForm,
    PasteForm,
    UploadForm,
)
from claims.importer import MAX_FILE_BYTES, REJECTED, ImportOutcome, finish, import_bytes, record_outcome
from claims.models import Claim, Finding, Flag, ImportRun

# Editors change what claims say: the permission the editors' group holds and journalists do not.
EDIT_CLAIMS = "claims.change_claim"
ADD_ARTICLES = "claims.add_article"
# The queue shows this many of each; filters narrow it down.
QUEUE_LIMIT = 200


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
    findings = FindingFilter(data, queryset=Finding.objects.for_queue())
    flags = FlagFilter(data, queryset=Flag.objects.for_queue().order_by("-created_at", "-id"))
    return render(
        request,
        "claims/editors/queue.html",
        {
            "filter": findings,
            "findings": findings.qs[:QUEUE_LIMIT],
            "flags": flags.qs[:QUEUE_LIMIT],
            "limit": QUEUE_LIMIT,
        },
        status=200 if findings.is_valid() and flags.is_valid() else 400,
    )


@require_safe
@editor_only()
def finding_detail(request, pk):
    finding = get_object_or_404(Finding.objects.for_queue(), pk=pk)
    return _render_finding(request, finding)


def _render_finding(request, finding, *, confirm_form=None, dismiss_form=None, status=200):
    return render(
        request,
        "claims/editors/finding.html",
        {
            "finding": finding,
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
    return render(
        request,
        "claims/editors/flag.html",
        {"flag": flag, "close_form": form or CloseFlagForm()},
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


@require_http_methods(["GET", "HEAD", "POST"])
@editor_only()
def claim_correct(request, pk):
    claim = get_object_or_404(Claim.objects.for_listing().with_editorial(), pk=pk)
    if request.method == "POST":
        form = CorrectionForm(request.POST)
        if form.is_valid():
            try:
                services.correct_claim(
                    claim=claim,
                    editor=request.user,
                    value=form.cleaned_data["value"],
                    metric=form.cleaned_data["metric"] or None,
                    note=form.cleaned_data["note"],
                )
            except services.EditorialError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Correction saved; the original stays beside it."))
                return redirect("editors:claim_history", pk=claim.pk)
        status = 400
    else:
        form = CorrectionForm()
        status = 200
    return render(request, "claims/editors/correct.html", {"claim": claim, "form": form}, status=status)


@require_safe
@login_required
def claim_history(request, pk):
    """Readable by every signed-in user: journalists see what editors did, and cannot change it."""
    claim = get_object_or_404(Claim.objects.for_listing().with_editorial(), pk=pk)
    events = claim.events.select_related("editor")
    flags = claim.flags.select_related("created_by", "closed_by")
    return render(
        request,
        "claims/editors/history.html",
        {"claim": claim, "events": events, "flags": flags, "can_edit": is_editor(request.user)},
    )


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
            "rejected": REJECTED,
            "max_mb": MAX_FILE_BYTES // (1024 * 1024),
            "paste_max_mb": MAX_PASTE_BYTES // (1024 * 1024),
        },
        status=status,
    )


def _import_pasted(data) -> list[ImportOutcome]:
    raw = data["text"].encode("utf-8")
    name = f"pasted-{data['published']:%Y-%m-%d}-{hashlib.sha256(raw).hexdigest()[:10]}.txt"
    overrides = {key: data[key] for key in ("outlet", "published", "url", "title")}
    return _run_import([name], [lambda: import_bytes(raw, name, overrides=overrides)])


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
