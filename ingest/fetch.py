"""Fetching a web page for the importer, safely: the only place ctfacts opens a connection outward.

- only http and https, at most MAX_REDIRECTS redirects, each one checked again;
- connect and read timeouts, an overall deadline, and a size cap read as a stream (a page that does
  not end costs MAX_PAGE_BYTES, not memory without bound);
- no private, loopback, link-local or otherwise non-public address, unless CTFACTS_ALLOW_PRIVATE_URLS:
  the check is made on the address actually connected to, at connect time, for every connection
  (each redirect too), so a name that resolves to 127.0.0.1, or re-resolves to it after a first
  check (DNS rebinding), is refused before a byte is sent;
- no proxy from the environment (it would connect for us, past the check).

`polite_fetch` adds what a crawler owes a site: its robots.txt, and a delay between two requests to the
same host shared by every worker (FetchHost rows).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_ROBOTS_BYTES = 512 * 1024
TIMEOUT = httpx.Timeout(connect=5.0, read=10.0, write=10.0, pool=5.0)
DEADLINE_SECONDS = 30.0
ROBOTS_MAX_AGE = timedelta(hours=24)
USER_AGENT = "ctfacts/1.0 (newsroom archive of published figures)"


class FetchError(Exception):
    """The page could not be had; `reason` says why, for the editor."""

    def __init__(self, reason: str, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status  # the HTTP status, when the server answered


class AddressRefused(FetchError):
    pass


@dataclass
class Page:
    url: str  # after redirects
    status: int
    content: bytes = b""
    headers: dict = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def allow_private() -> bool:
    return bool(getattr(settings, "CTFACTS_ALLOW_PRIVATE_URLS", False))


def address_refusal(address: str) -> str:
    """Why an IP address may not be fetched from ("" when it is a public address)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return _("a loopback address")
    if ip.is_link_local:
        return _("a link-local address")
    if ip.is_private or ip.is_reserved or ip.is_unspecified or ip.is_multicast or not ip.is_global:
        return _("a private or reserved address")
    return ""


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses `address_refusal` accepts."""

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror:
            raise FetchError(_("the host name %(host)s does not resolve") % {"host": host}) from None
        refusal = ""
        for family, kind, proto, _name, address in infos:
            refusal = "" if allow_private() else address_refusal(address[0])
            if refusal:
                continue
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                sock.connect(address)
            except TimeoutError:
                sock.close()
                raise httpcore.ConnectTimeout(f"connecting to {host}") from None
            except OSError:
                sock.close()
                continue
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return httpcore._backends.sync.SyncStream(sock)
        if refusal:
            raise AddressRefused(
                _("%(host)s is %(what)s: not fetched (CTFACTS_ALLOW_PRIVATE_URLS=1 allows it)")
                % {"host": host, "what": refusal}
            )
        raise httpcore.ConnectError(f"could not connect to {host}")


class GuardedTransport(httpx.HTTPTransport):
    def __init__(self):
        super().__init__(retries=0)
        # httpx builds its pool with the default backend; the same pool, with the guarded one.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=GuardedBackend(), retries=0
        )


def client() -> httpx.Client:
    return httpx.Client(
        transport=GuardedTransport(),
        timeout=TIMEOUT,
        follow_redirects=False,  # followed by hand, each hop checked
        trust_env=False,  # no proxy from the environment
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
    )


def check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(_("not a web address (http:// or https://): %(url)s") % {"url": url[:200]})


def fetch(url: str, *, headers: dict | None = None, max_bytes: int | None = None) -> Page:
    """GET `url`, following up to MAX_REDIRECTS redirects; a 304 is returned, any other non-2xx refused."""
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    deadline = time.monotonic() + DEADLINE_SECONDS
    with client() as http:
        for _hop in range(MAX_REDIRECTS + 1):
            check_scheme(url)
            try:
                with http.stream("GET", url, headers=headers or {}) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code == 304:
                        return Page(url, 304, headers=dict(response.headers))
                    if response.status_code >= 400 or response.status_code < 200:
                        raise FetchError(
                            _("the server answered %(status)d") % {"status": response.status_code},
                            status=response.status_code,
                        )
                    content = _read_capped(response, max_bytes, deadline)
                    return Page(url, response.status_code, content, dict(response.headers))
            except httpx.TimeoutException:
                raise FetchError(_("the server did not answer in time")) from None
            except httpx.HTTPError as exc:
                raise FetchError(
                    _("could not fetch the page (%(error)s)") % {"error": type(exc).__name__}
                ) from None
    raise FetchError(_("more than %(n)d redirects") % {"n": MAX_REDIRECTS})


def _read_capped(response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(_("page too large (over %(mb)d MB)") % {"mb": max(1, max_bytes // (1024 * 1024))})
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(
                _("page too large (over %(mb)d MB)") % {"mb": max(1, max_bytes // (1024 * 1024))}
            )
        if time.monotonic() > deadline:
            raise FetchError(_("the page took too long to download"))
        chunks.append(chunk)
    return b"".join(chunks)


# --- a polite crawler -----------------------------------------------------------------------------


def host_delay() -> float:
    return float(getattr(settings, "INGEST_HOST_DELAY_SECONDS", 2.0))


def wait_for_turn(host: str) -> None:
    """Reserve the next slot for `host` (shared by every worker through its FetchHost row), then wait."""
    from ingest.models import FetchHost

    with transaction.atomic():
        FetchHost.objects.get_or_create(host=host)
        row = FetchHost.objects.select_for_update().get(host=host)
        now = timezone.now()
        turn = max(now, row.next_fetch_at)
        row.next_fetch_at = turn + timedelta(seconds=host_delay())
        row.save(update_fields=["next_fetch_at"])
    pause = (turn - now).total_seconds()
    if pause > 0:
        time.sleep(pause)


def robots_for(url: str) -> RobotFileParser:
    """The host's robots.txt, fetched at most once a day for all workers (FetchHost.robots_txt)."""
    from ingest.models import FetchHost

    parts = urlsplit(url)
    host = parts.netloc.lower()
    row, _created = FetchHost.objects.get_or_create(host=host)
    if row.robots_fetched_at is None or timezone.now() - row.robots_fetched_at > ROBOTS_MAX_AGE:
        wait_for_turn(host)
        try:
            row.robots_txt = _download_robots(f"{parts.scheme}://{parts.netloc}/robots.txt")
        finally:
            _rest_after(host)
        row.robots_fetched_at = timezone.now()
        FetchHost.objects.filter(pk=row.pk).update(
            robots_txt=row.robots_txt, robots_fetched_at=row.robots_fetched_at
        )
    parser = RobotFileParser()
    parser.parse(row.robots_txt.splitlines())
    return parser


DISALLOW_ALL = "User-agent: *\nDisallow: /\n"


def _download_robots(robots_url: str) -> str:
    """As urllib.robotparser reads it: 401/403 forbid everything, another 4xx allows everything."""
    try:
        return fetch(robots_url, max_bytes=MAX_ROBOTS_BYTES).content.decode("utf-8", "replace")
    except AddressRefused:
        raise
    except FetchError as exc:
        if exc.status in (401, 403):
            return DISALLOW_ALL
        if exc.status is not None and 400 <= exc.status < 500:
            return ""
        # The site is down or answers 5xx: ask again next time, fetch nothing meanwhile.
        raise


def polite_fetch(url: str, *, headers: dict | None = None) -> Page:
    """`fetch` as a crawler: robots.txt obeyed, one request per host every INGEST_HOST_DELAY_SECONDS."""
    check_scheme(url)
    if not robots_for(url).can_fetch(USER_AGENT, url):
        raise FetchError(_("the site's robots.txt does not allow fetching this page"))
    host = urlsplit(url).netloc.lower()
    wait_for_turn(host)
    try:
        return fetch(url, headers=headers)
    finally:
        _rest_after(host)


def _rest_after(host: str) -> None:
    """The delay also runs from the end of a request: a slow answer is not followed by an immediate one."""
    from ingest.models import FetchHost

    rested = timezone.now() + timedelta(seconds=host_delay())
    FetchHost.objects.filter(host=host, next_fetch_at__lt=rested).update(next_fetch_at=rested)
