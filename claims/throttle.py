"""Login throttling against password guessing, for every log-in form (the site's and /admin/login/).

Rules, counted in the database (claims.models.LoginFailures), never in a cache a page can evict:

- per user name *and* address: the first FREE_FAILURES failures cost nothing; then each failure
  blocks that pair for a delay that doubles (FIRST_DELAY, 2x, 4x... up to MAX_DELAY). The owner
  logging in from another address is never slowed by someone guessing elsewhere;
- per address, across user names: ADDRESS_FAILURES failures within ADDRESS_WINDOW block the address
  until the window ends (one machine trying many names: credential stuffing);
- a success clears its pair; a pair or address with no failure for FORGET_AFTER starts from zero.

While blocked, an attempt is refused *before any password is checked* (the backend below raises
PermissionDenied ahead of ModelBackend) and answered 429 with the form's message and Retry-After.

The user name is counted as Django checks it: NFKC-normalized (the full-width "ｋａｒｉｍ" is "karim"),
then case-folded, so no spelling of a name buys new guesses. The address is REMOTE_ADDR, or, when
REMOTE_ADDR is a proxy listed in settings.TRUSTED_PROXIES, the nearest untrusted address in the
proxy's X-Forwarded-For (a client writes that header too: it is only read from a trusted proxy).

Written here rather than taken from django-axes: axes compares every lockout parameter against one
failure limit (a per-address limit across names cannot be higher than the per-pair one) and locks
for a fixed cool-off, where this throttle needs a growing per-pair delay beside a wider address limit.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import wraps

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.contrib.auth.views import LoginView
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import LoginFailures

FREE_FAILURES = 5
FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=1)
ADDRESS_FAILURES = 30
ADDRESS_WINDOW = timedelta(minutes=15)
FORGET_AFTER = timedelta(days=1)
THROTTLED_STATUS = 429


@dataclass(frozen=True)
class Lockout:
    until: datetime

    def seconds_left(self, now: datetime | None = None) -> int:
        return max(1, math.ceil((self.until - (now or timezone.now())).total_seconds()))

    def minutes_left(self) -> int:
        return max(1, math.ceil(self.seconds_left() / 60))


def normalized_username(raw) -> str:
    return unicodedata.normalize("NFKC", str(raw or ""))[:300].strip().casefold()


def _key(kind: str, *values: str) -> str:
    return hashlib.sha256("\x1f".join((kind, *values)).encode("utf-8", "replace")).hexdigest()


def pair_key(username, address: str) -> str:
    return _key(LoginFailures.PAIR, normalized_username(username), address)


def address_key(address: str) -> str:
    return _key(LoginFailures.ADDRESS, address)


# --- the client's address ---------------------------------------------------------------------------


def _networks():
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXIES]


def _parse(address: str):
    try:
        return ipaddress.ip_address(address.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR") or ""
    networks = _networks()
    if not _trusted(_parse(remote), networks):
        return remote or "unknown"
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    # Right to left: each trusted proxy appended the address it was connected from.
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break  # a malformed entry: what lies left of it cannot be trusted either
        if not _trusted(address, networks):
            return str(address)
    return remote


# --- counting ---------------------------------------------------------------------------------------


def lockout_for(username, address: str, now: datetime | None = None) -> Lockout | None:
    now = now or timezone.now()
    until = (
        LoginFailures.objects.filter(key__in=[pair_key(username, address), address_key(address)])
        .filter(blocked_until__gt=now)
        .order_by("-blocked_until")
        .values_list("blocked_until", flat=True)
        .first()
    )
    return Lockout(until) if until else None


def _counted(key: str, kind: str, now: datetime) -> LoginFailures:
    """The row for `key`, locked for update, created on first failure."""
    try:
        with transaction.atomic():
            return LoginFailures.objects.select_for_update().get_or_create(
                key=key, defaults={"kind": kind, "first_failure_at": now, "last_failure_at": now}
            )[0]
    except IntegrityError:  # another worker created it this instant
        return LoginFailures.objects.select_for_update().get(key=key)


def record_failure(username, address: str, now: datetime | None = None) -> None:
    now = now or timezone.now()
    with transaction.atomic():
        pair = _counted(pair_key(username, address), LoginFailures.PAIR, now)
        if pair.last_failure_at < now - FORGET_AFTER:
            pair.failures, pair.first_failure_at = 0, now
        pair.failures += 1
        pair.last_failure_at = now
        if pair.failures >= FREE_FAILURES:
            delay = min(FIRST_DELAY * 2 ** (pair.failures - FREE_FAILURES), MAX_DELAY)
            pair.blocked_until = now + delay
        pair.save()

        seen = _counted(address_key(address), LoginFailures.ADDRESS, now)
        if seen.first_failure_at < now - ADDRESS_WINDOW:
            seen.failures, seen.first_failure_at = 0, now
        seen.failures += 1
        seen.last_failure_at = now
        if seen.failures >= ADDRESS_FAILURES:
            seen.blocked_until = seen.first_failure_at + ADDRESS_WINDOW
        seen.save()
    # Forget what no longer counts, so guessing random names cannot grow the table without bound.
    LoginFailures.objects.filter(last_failure_at__lt=now - FORGET_AFTER).delete()


def clear_pair(username, address: str) -> None:
    LoginFailures.objects.filter(key=pair_key(username, address)).delete()


# --- wiring: one backend, two signals, the forms, the views -------------------------------------------


class LoginThrottleBackend:
    """First in AUTHENTICATION_BACKENDS: refuses a throttled attempt before any backend checks a password.

    Every authenticate() with a request goes through it, whichever form or view called it."""

    def authenticate(self, request, username=None, **credentials):
        if request is None:
            return None
        if username is None:
            username = credentials.get(get_user_model().USERNAME_FIELD)
        lockout = lockout_for(username, client_address(request))
        if lockout is not None:
            request.login_lockout = lockout
            raise PermissionDenied("login throttled")
        return None

    # No get_user: this backend never logs anyone in (and Django's test client skips a backend
    # without one when it picks the backend for force_login).


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    if request is None or getattr(request, "login_lockout", None) is not None:
        return  # refused unchecked: not a guess
    record_failure(credentials.get(get_user_model().USERNAME_FIELD), client_address(request))


@receiver(user_logged_in)
def forget_failures(sender, request, user, **kwargs):
    if request is not None:
        clear_pair(user.get_username(), client_address(request))


def throttled_error(request) -> ValidationError:
    lockout = request.login_lockout
    return ValidationError(
        _("Too many failed log-in attempts. Wait %(minutes)d minutes, then try again.")
        % {"minutes": lockout.minutes_left()},
        code="throttled",
    )


class ThrottledAuthenticationForm(AuthenticationForm):
    def get_invalid_login_error(self):
        if self.request is not None and getattr(self.request, "login_lockout", None) is not None:
            return throttled_error(self.request)
        return super().get_invalid_login_error()


class ThrottledAdminAuthenticationForm(AdminAuthenticationForm):
    def get_invalid_login_error(self):
        if self.request is not None and getattr(self.request, "login_lockout", None) is not None:
            return throttled_error(self.request)
        return super().get_invalid_login_error()


def throttled_status(view):
    """A refused attempt is answered 429 with Retry-After (the page itself is the form and its message)."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        lockout = getattr(request, "login_lockout", None)
        if lockout is not None and response.status_code == 200:
            response.status_code = THROTTLED_STATUS
            response["Retry-After"] = str(lockout.seconds_left())
        return response

    return answer


login = throttled_status(LoginView.as_view(authentication_form=ThrottledAuthenticationForm))


def admin_login(request, *args, **kwargs):
    from django.contrib import admin

    return throttled_status(admin.site.login)(request, *args, **kwargs)
