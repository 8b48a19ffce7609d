"""In a real browser (Debian's chromium), the README's "How a newsroom follows one figure" and
"Embedding a chart", step by step.

karim, a journalist, filters the claims to one figure and follows that search with a daily e-mail;
a feed reader (no session, only the address /searches/ gave him) then finds the new figure in the
search's private feed, and his digest names it. He then takes a chart's frame code from the share
page, and the address in that code shows the chart with its citation line.
"""

import re
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse
from lxml import html as lxml_html

from tests.publishing.atom import entry_links, parse_atom
from tests.publishing.figures import cells_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JOURNALIST_PASSWORD = "journalist-pass-Δ-2026"


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()


def test_a_journalist_follows_one_figure_and_reads_the_new_claim_in_the_feed_and_the_digest(
    live_server, browser, page, journalist, mailoutbox
):
    journalist.email = "karim@example.ma"
    journalist.save()
    before = cells_report("برلمان", date(2023, 1, 15), value="210")
    base = live_server.url
    log_in(page, base, "karim", JOURNALIST_PASSWORD)

    # 1. Filter the claims to the figure and choose "Follow this search".
    page.goto(f"{base}/claims/?metric=cells_dismantled")
    page.click(f"main a[href^='{reverse('saved_search_new')}?']")
    page.wait_for_url(f"{base}{reverse('saved_search_new')}?*")
    page.fill("#id_name", "الخلايا المفككة منذ 2002")
    page.check("#id_email_digest")
    page.click("form.filter-form button[type=submit]")
    page.wait_for_url(re.compile(re.escape(f"{base}{reverse('saved_searches')}") + r"(#search-\d+)?$"))

    # 2. The private feed's address, as /searches/ gives it, read by a feed reader without a session.
    feed_url = page.get_attribute("main a[type='application/atom+xml']", "href")
    assert re.fullmatch(r"/searches/[^/]+/feed/", feed_url), feed_url
    reader = browser.new_context()
    try:
        already = entry_links(parse_atom(reader.request.get(f"{base}{feed_url}").body()))
        assert all(link.endswith(f"/claims/{before.pk}/") for link in already)
        # 3. A new figure comes in; the cron job follows the searches.
        made = cells_report("هسبريس", date(2024, 5, 2), value="215")
        call_command("follow_searches")
        response = reader.request.get(f"{base}{feed_url}")
        assert response.status == 200 and response.headers["content-type"].startswith("application/atom+xml")
        links = entry_links(parse_atom(response.body()))  # valid Atom (RFC 4287's schema)
        assert links[0].endswith(f"/claims/{made.pk}/")
    finally:
        reader.close()

    # ... and the daily digest names it.
    call_command("send_digests")
    (message,) = mailoutbox
    assert message.to == ["karim@example.ma"] and f"/claims/{made.pk}/" in message.body


def test_a_newsroom_embeds_a_chart_from_the_code_the_share_page_gives(live_server, page):
    for outlet_name, value, published in (
        ("برلمان", "207", date(2022, 3, 1)),
        ("هسبريس", "210", date(2023, 1, 15)),
        ("Le360", "215", date(2024, 5, 2)),
    ):
        cells_report(outlet_name, published, value=value)
    base = live_server.url
    page.goto(f"{base}/metrics/cells_dismantled/")
    page.click(f"main a[href='{reverse('chart_share', args=['cells_dismantled'])}']")
    page.wait_for_load_state()
    code = page.input_value("textarea#iframe-1")
    (src,) = lxml_html.fragment_fromstring(code).xpath("//iframe/@src")
    assert src.startswith(("http://", "https://")) and "/metrics/cells_dismantled/embed/" in src

    # What the newsroom's CMS shows: the chart, its three figures and the citation line.
    page.goto(src)
    assert page.locator("figure.embedded-chart svg a.mark").count() == 3
    assert "ctfacts" in page.inner_text("p.cite")
