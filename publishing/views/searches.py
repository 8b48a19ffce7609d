"""Saved searches: a signed-in reader keeps a /claims/ filter, and follows it by feed, e-mail or webhook.

Each reader sees and changes only their own searches (another's is a 404, not a 403: its existence
is not told). Every write is a POST.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from publishing import alerts
from publishing.feeds import describe_filters
from publishing.forms import SavedSearchForm
from publishing.models import SavedSearch, new_secret
from publishing.reading import filter_query, filtered_claims

RECENT_ALERTS = 20


@require_safe
@login_required
def saved_searches(request):
    searches = list(SavedSearch.objects.filter(owner=request.user).order_by("name", "id"))
    for saved in searches:
        filterset = filtered_claims(saved.query_dict())
        saved.described = describe_filters(filterset) if filterset.is_valid() else saved.query
        saved.recent = list(saved.alerts.order_by("-id")[:RECENT_ALERTS])
    return render(request, "publishing/saved_searches.html", {"searches": searches})


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def saved_search_new(request):
    """GET /searches/new/?<filters>: the form, named after the filters; POST saves it."""
    # The form carries the filters it was opened with as one hidden query string.
    query = filter_query(
        QueryDict(request.POST.get("query", "")) if request.method == "POST" else request.GET
    )
    filterset = filtered_claims(query)
    if not filterset.is_valid():
        return render(
            request, "claims/bad_request.html", {"form": filterset.form, "what": _("claims")}, status=400
        )
    described = describe_filters(filterset)
    if request.method == "POST":
        form = SavedSearchForm(request.POST)
        if form.is_valid():
            saved = form.save(commit=False)
            saved.owner, saved.query, saved.language = request.user, query.urlencode(), get_language()
            alerts.start_following(saved)
            try:
                with transaction.atomic():
                    saved.save()
            except IntegrityError:
                form.add_error(None, _("You already follow a search with these filters."))
            else:
                messages.success(
                    request, _("Saved. New claims, findings and verdicts will reach you from now on.")
                )
                return HttpResponseRedirect(reverse("saved_searches") + f"#search-{saved.pk}")
    else:
        form = SavedSearchForm(initial={"name": described or _("All claims")})
    return render(
        request,
        "publishing/saved_search_form.html",
        {"form": form, "query": query.urlencode(), "described": described},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def saved_search_edit(request, pk: int):
    saved = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
    form = SavedSearchForm(request.POST or None, instance=saved)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return HttpResponseRedirect(reverse("saved_searches") + f"#search-{saved.pk}")
    filterset = filtered_claims(saved.query_dict())
    return render(
        request,
        "publishing/saved_search_form.html",
        {
            "form": form,
            "saved": saved,
            "query": saved.query,
            "described": describe_filters(filterset) if filterset.is_valid() else saved.query,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def saved_search_delete(request, pk: int):
    saved = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
    saved.delete()
    messages.success(request, _("No longer followed."))
    return HttpResponseRedirect(reverse("saved_searches"))


@require_POST
@login_required
def saved_search_new_secret(request, pk: int):
    """A new webhook secret (the old one leaked, or a colleague left): signatures change at once."""
    saved = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
    saved.webhook_secret = new_secret()
    saved.save(update_fields=["webhook_secret"])
    messages.success(request, _("A new secret signs this search's webhooks from now on."))
    return HttpResponseRedirect(reverse("saved_searches") + f"#search-{saved.pk}")
