"""Webhooks: each alert of a saved search POSTed to the address its owner gave, signed, retried.

The request (documented in README.md, "Webhooks"):

    POST <webhook address>
    Content-Type: application/json
    X-Ctfacts-Event: claim | finding | verdict
    X-Ctfacts-Delivery: <alert id>          (the same on every retry: deduplicate on it)
    X-Ctfacts-Timestamp: <unix seconds>
    X-Ctfacts-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + body)>

The secret is the saved search's, shown to its owner on /searches/. A receiver recomputes the HMAC
over the timestamp, a dot and the raw body, compares in constant time, and refuses a timestamp
older than a few minutes (a replayed request). Any 2xx answer delivers; anything else (another
status, a refused or timed-out connection) is tried again by the job queue after a back-off that
doubles from WEBHOOK_RETRY_SECONDS, up to MAX_ATTEMPTS tries; then the alert is marked failed.

Addresses are checked where the connection is made, not only when saved: a name that resolves to
a loopback, private or link-local address is refused unless CTFACTS_ALLOW_PRIVATE_URLS is set (a
webhook must not make ctfacts a way into the network it runs in), and the request goes to the very
address that was checked (no second lookup for a DNS answer to change).
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import socket
import ssl
import time
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from publishing.models import Alert

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# A try in flight holds the alert this long: another worker does not send it twice meanwhile.
LEASE_SECONDS = 60
MAX_BACKOFF = timedelta(hours=6)
TIMEOUT_SECONDS = 10
SIGNATURE_HEADER = "X-Ctfacts-Signature"
TIMESTAMP_HEADER = "X-Ctfacts-Timestamp"
USER_AGENT = "ctfacts-webhooks/1"


class RefusedAddress(ValueError):
    """The address may not be posted to; the message says why."""


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Ctfacts-Signature value of a body sent at `timestamp`."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, header: str) -> bool:
    """What a receiver does (in any language): recompute, compare in constant time."""
    return hmac.compare_digest(signature(secret, timestamp, body), header)


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed try: base, 2×base, 4×base… capped at six hours."""
    base = timedelta(seconds=settings.WEBHOOK_RETRY_SECONDS)
    return min(base * (2 ** max(0, attempts - 1)), MAX_BACKOFF)


def allow_private() -> bool:
    return bool(getattr(settings, "CTFACTS_ALLOW_PRIVATE_URLS", False))


def refusal(address: str) -> str:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_global and not ip.is_multicast:
        return ""
    return _("a loopback, private or reserved address")


def resolve(url: str) -> tuple[str, int, str]:
    """(host, port, checked address) of a webhook URL; RefusedAddress when it may not be used."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RefusedAddress(_("not an http:// or https:// address"))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise RefusedAddress(_("%(host)s does not resolve") % {"host": parts.hostname}) from exc
    reasons = []
    for _family, _kind, _proto, _name, sockaddr in infos:
        why = "" if allow_private() else refusal(sockaddr[0])
        if not why:
            return parts.hostname, port, sockaddr[0]
        reasons.append(why)
    raise RefusedAddress(
        _("%(host)s is %(what)s (CTFACTS_ALLOW_PRIVATE_URLS=1 allows it)")
        % {"host": parts.hostname, "what": reasons[0]}
    )


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address already checked, whatever the host name resolves to now."""

    def __init__(self, host, port, address, **kwargs):
        super().__init__(host, port, **kwargs)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, **kwargs):
        super().__init__(host, port, context=ssl.create_default_context(), **kwargs)
        self._address = address

    def connect(self):
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # certificate of the name


def post(url: str, body: bytes, headers: dict) -> int:
    """POST once, no redirect followed; the status code. OSError or RefusedAddress when it failed."""
    host, port, address = resolve(url)
    parts = urlsplit(url)
    kind = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = kind(host, port, address, timeout=TIMEOUT_SECONDS)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(64 * 1024)  # a receiver's answer is not ours to keep
        return response.status
    finally:
        connection.close()


def envelope(alert: Alert) -> dict:
    from publishing.alerts import site_url

    saved = alert.saved_search
    return {
        "delivery": alert.pk,
        "event": alert.kind,
        "created_at": alert.created_at.isoformat(),
        "saved_search": {
            "id": saved.pk,
            "name": saved.name,
            "filters": saved.query,
            "claims": site_url(f"/claims/?{saved.query}" if saved.query else "/claims/"),
        },
        "data": alert.payload,
    }


def deliver(alert_id: int) -> str:
    """Try one delivery of the alert, if it is due; schedules the next try when it fails. Returns the
    alert's delivery state afterwards.

    The try is claimed in a short transaction (a lease: no other worker takes it meanwhile), the POST
    is made outside any transaction (a slow receiver never holds a lock on the database), and its
    outcome is written in another.
    """
    now = timezone.now()
    with transaction.atomic():
        alert = Alert.objects.select_for_update().select_related("saved_search").filter(pk=alert_id).first()
        if alert is None:
            return "gone"
        if alert.delivery != Alert.PENDING or (alert.next_attempt_at and alert.next_attempt_at > now):
            return alert.delivery
        saved = alert.saved_search
        if not saved.webhook_url:  # the owner removed the webhook meanwhile
            alert.delivery = Alert.NONE
            alert.save(update_fields=["delivery"])
            return alert.delivery
        alert.attempts += 1
        alert.next_attempt_at = now + timedelta(seconds=LEASE_SECONDS)
        alert.save(update_fields=["attempts", "next_attempt_at"])
    body = json.dumps(envelope(alert), ensure_ascii=False, sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Ctfacts-Event": alert.kind,
        "X-Ctfacts-Delivery": str(alert.pk),
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: signature(saved.webhook_secret, timestamp, body),
    }
    try:
        status = post(saved.webhook_url, body, headers)
        error = "" if 200 <= status < 300 else f"answered {status}"
    except (OSError, RefusedAddress, http.client.HTTPException) as exc:
        status, error = None, (str(exc) or type(exc).__name__)[:500]
    now = timezone.now()
    alert.last_status, alert.last_error = status, error
    if not error:
        alert.delivery, alert.delivered_at, alert.next_attempt_at = Alert.DELIVERED, now, None
    elif alert.attempts >= MAX_ATTEMPTS:
        alert.delivery, alert.next_attempt_at = Alert.FAILED, None
        logger.warning("webhook of saved search %s failed %s times: %s", saved.pk, alert.attempts, error)
    else:
        alert.next_attempt_at = now + backoff(alert.attempts)
    Alert.objects.filter(pk=alert.pk).update(
        delivery=alert.delivery,
        delivered_at=alert.delivered_at,
        next_attempt_at=alert.next_attempt_at,
        last_status=alert.last_status,
        last_error=alert.last_error,
    )
    if alert.delivery == Alert.PENDING:
        send_later(alert)
    return alert.delivery


def send_soon(alert: Alert) -> None:
    """Queue the first try (after the alert's transaction commits)."""
    from publishing.tasks import deliver_alert

    transaction.on_commit(lambda: deliver_alert.enqueue(alert.pk))


def send_later(alert: Alert) -> None:
    """Queue the next try at its time, when the queue can wait (the database backend); otherwise
    `manage.py follow_searches` sends it once it is due (the immediate backend of development)."""
    from publishing.tasks import deliver_alert

    if deliver_alert.get_backend().supports_defer:
        deliver_alert.using(run_after=alert.next_attempt_at).enqueue(alert.pk)


def send_due() -> int:
    """Send every retry whose time has come, when the queue cannot wait by itself (the immediate
    backend: `follow_searches` calls this each run); the number queued. With the database backend the
    retries are already queued at their time, and this does nothing."""
    from publishing.tasks import deliver_alert

    if deliver_alert.get_backend().supports_defer:
        return 0
    due = list(
        Alert.objects.filter(delivery=Alert.PENDING, next_attempt_at__lte=timezone.now()).values_list(
            "pk", flat=True
        )
    )
    for pk in due:
        deliver_alert.enqueue(pk)
    return len(due)
