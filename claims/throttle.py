"""Login throttling against password guessing.

After MAX_FAILURES failed log-ins for one username, or from one address, within WINDOW seconds, the
next attempts are answered 429 with the form's error *without checking the password*, until the
window (counted from the first failure) has passed. A successful log-in clears its username's count.

Counts live in Django's cache, which settings.CACHES points at the database: every gunicorn worker
sees the same counts (a per-process locmem cache would give each worker its own five guesses), and
no extra service is needed. Two workers counting the same failure at the same instant can lose one
increment; an attacker gains at most a guess or two per window, which is acceptable here.

The address is REMOTE_ADDR: behind a reverse proxy that is the proxy's, so then the username count
is what protects; X-Forwarded-For is not trusted because a client can write it.
"""

from __future__ import annotations

import hashlib
import time

from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.utils.translation import gettext as _

MAX_FAILURES = 5
WINDOW = 15 * 60  # seconds
THROTTLED_STATUS = 429


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode("utf-8", "replace")).hexdigest()[:40]
    return f"login-failures:{kind}:{digest}"


def _keys(username: str, address: str) -> list[str]:
    return [_key("user", username), _key("address", address)]


def _count(key: str, now: float) -> int:
    entry = cache.get(key)
    if not entry or entry["until"] <= now:
        return 0
    return entry["count"]


def is_throttled(username: str, address: str) -> bool:
    now = time.time()
    return any(_count(key, now) >= MAX_FAILURES for key in _keys(username, address))


def record_failure(username: str, address: str) -> None:
    now = time.time()
    for key in _keys(username, address):
        entry = cache.get(key)
        if not entry or entry["until"] <= now:
            entry = {"count": 0, "until": now + WINDOW}
        entry["count"] += 1
        # The expiry stays where the first failure put it: the window does not slide with each guess.
        cache.set(key, entry, timeout=max(1, int(entry["until"] - now) + 1))


def clear_username(username: str) -> None:
    cache.delete(_key("user", username))


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


class ThrottledLoginView(LoginView):
    """Django's LoginView, refusing to check passwords while a username or an address is throttled."""

    def post(self, request, *args, **kwargs):
        username = str(request.POST.get("username", ""))[:300]
        if is_throttled(username, client_address(request)):
            return self.throttled(request)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        record_failure(str(self.request.POST.get("username", ""))[:300], client_address(self.request))
        return super().form_invalid(form)

    def form_valid(self, form):
        clear_username(form.get_user().get_username())
        return super().form_valid(form)

    def throttled(self, request):
        form = self.get_form()
        # Mark the form as already validated so rendering it never runs authenticate().
        form._errors = ErrorDict()
        form.cleaned_data = {}
        form.add_error(
            None,
            _("Too many failed log-in attempts. Wait %(minutes)d minutes, then try again.")
            % {"minutes": WINDOW // 60},
        )
        return self.render_to_response(self.get_context_data(form=form), status=THROTTLED_STATUS)
