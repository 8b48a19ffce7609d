"""In Chromium: a newsroom's page on another origin frames the chart and shows it, while the same
page cannot frame a claim page (X-Frame-Options DENY, frame-ancestors 'none')."""

import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claims.charts import WIDTH
from tests.publishing.figures import cells_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsroom_site():
    """Another origin (127.0.0.1 on a port of its own) serving the page a CMS would publish."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield pages, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_another_site_frames_the_chart_but_not_a_claim_page(page, live_server, newsroom_site):
    made = cells_report("هسبريس", date(2024, 5, 2))
    cells_report("برلمان", date(2023, 1, 15), value="190")
    pages, origin = newsroom_site
    base = live_server.url  # localhost: another origin than 127.0.0.1 on the newsroom's port
    pages["/story.html"] = (
        "<!doctype html><html><body><h1>Our story</h1>"
        f'<iframe id="chart" src="{base}/metrics/cells_dismantled/embed/" width="740" height="470"></iframe>'
        f'<iframe id="claim" src="{base}/claims/{made.pk}/" width="740" height="300"></iframe>'
        f'<img id="svg" src="{base}/metrics/cells_dismantled/chart.svg">'
        "</body></html>"
    )
    page.goto(f"{origin}/story.html")
    chart = page.frame_locator("#chart")
    chart.locator("svg.timeline").wait_for()
    assert chart.locator("svg.timeline a.mark").count() == 2
    assert "ctfacts" in chart.locator("p.cite").inner_text()
    page.wait_for_function("document.getElementById('svg').complete")
    assert page.evaluate("document.getElementById('svg').naturalWidth") == WIDTH  # the chart's own size

    page.wait_for_load_state("load")  # every frame has loaded, or been refused
    assert page.frame_locator("#claim").locator("article.claim-page").count() == 0
