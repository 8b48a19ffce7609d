"""A real HTTP server for URL and feed tests: http.server in a thread on 127.0.0.1, port 0.

`site.route(path, body, status=200, headers={...})` serves a page; a callable body receives the request
handler and returns (status, headers, body) itself. Every request is kept in `site.requests`
(path and headers), so a test can see what was asked and how (a conditional GET, robots.txt first).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Request:
    path: str
    headers: dict
    at: float = 0.0  # time.monotonic() when it arrived


@dataclass
class Site:
    base: str = ""
    routes: dict = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)

    def route(self, path: str, body, *, status: int = 200, headers: dict | None = None) -> str:
        self.routes[path] = (status, headers or {"Content-Type": "text/html; charset=utf-8"}, body)
        return self.base + path

    def asked(self, path: str) -> list[Request]:
        return [request for request in self.requests if request.path == path]


def serve(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            site.requests.append(
                Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            )
            status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
            if callable(body):
                status, headers, body = body(self)
            if isinstance(body, str):
                body = body.encode("utf-8")
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def site(settings):
    """A local site, and fetching from loopback allowed for it (CTFACTS_ALLOW_PRIVATE_URLS), no delay."""
    settings.CTFACTS_ALLOW_PRIVATE_URLS = True
    settings.INGEST_HOST_DELAY_SECONDS = 0
    local = Site()
    server, thread = serve(local)
    yield local
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(autouse=True)
def english(settings):
    """Reasons are worded in the editor's language (Arabic by default); these tests read them in English.
    tests/ingest/test_upload_jobs.py checks that an Arabic-speaking editor reads them in Arabic."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
