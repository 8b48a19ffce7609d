"""A journalist in a real browser (Debian's chromium): filter, search, read an article, compare.

Set SAVE_SCREENSHOTS=1 to refresh docs/screenshots/*.png from these very pages.
"""

import os
from datetime import date
from pathlib import Path

import pytest

from claims.importer import import_paths
from tests.conftest import SEEDS
from tests.views.builders import article, cites, claim, outlet

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def screenshot(page, name: str) -> None:
    if os.environ.get("SAVE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def newsroom(transactional_db):
    """The seeds, plus a few articles written here so every page has something to show."""
    import_paths([SEEDS])
    hespress, barlamane = outlet("هسبريس"), outlet("برلمان")
    story = article(
        "أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك 215 خلية إرهابية منذ سنة 2002، "
        "وذلك بتنسيق وثيق مع إسبانيا وفرنسا.",
        title="حصيلة جديدة لتفكيك الخلايا الإرهابية",
        source=hespress,
        published=date(2023, 11, 1),
    )
    cites(story, "إسبانيا", "ES")
    cites(story, "فرنسا", "FR")
    claim(story, "215")
    about = article(
        "وأوضح المصدر أن نحو 210 خلايا فككت منذ عام 2002.",
        title="أرقام مكافحة الإرهاب",
        source=barlamane,
        published=date(2022, 5, 16),
    )
    claim(about, "210", qualifier="about", qualifier_text="نحو")
    return {"story": story}


def test_a_journalist_narrows_the_claims_with_a_facet_and_the_form(page, live_server, newsroom):
    page.goto(f"{live_server.url}/claims/")
    everything = page.locator("table.claims tbody tr").count()
    page.locator('.facets a[href*="metric=cells_dismantled"]').first.click()
    page.wait_for_url("**metric=cells_dismantled**")
    cells = page.locator("table.claims tbody tr").count()
    assert 0 < cells <= everything
    page.locator("details.filters").evaluate("details => { details.open = true; }")
    page.select_option("#id_qualifier", "about")
    page.locator("form.filter-form button[type=submit]").click()
    page.wait_for_url("**qualifier=about**")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() >= 1
    assert "metric=cells_dismantled" in page.url
    screenshot(page, "claims")


def test_a_journalist_finds_spain_written_without_hamza(page, live_server, newsroom):
    page.goto(f"{live_server.url}/articles/")
    page.fill("#id_q", "إسبانيا")
    page.locator("form.inline-search button[type=submit]").click()
    page.wait_for_url("**q=**")
    titles = page.locator("ul.articles li a[dir=auto]").all_inner_texts()
    assert "المقاربة الاستباقية للأمن المغربي: منظومة متطورة لمواجهة التهديدات المعاصرة" in titles
    screenshot(page, "search")


def test_focusing_a_highlighted_figure_shows_the_claim(page, live_server, newsroom):
    story = newsroom["story"]
    page.goto(f"{live_server.url}/articles/{story.pk}/")
    figure = page.locator(".body mark.claim").first
    popover = figure.locator(".popover")
    assert not popover.is_visible()
    figure.focus()
    assert popover.is_visible()
    assert "2002" in popover.inner_text()
    assert page.locator('mark.country.partner[data-country="ES"]').count() == 1
    screenshot(page, "article")


def test_hovering_a_country_shows_its_role(page, live_server, newsroom):
    page.goto(f"{live_server.url}/articles/{newsroom['story'].pk}/")
    country = page.locator('mark.country[data-country="FR"]')
    country.hover()
    assert country.locator(".popover").is_visible()


def test_a_link_to_a_claim_lands_on_its_sentence(page, live_server, newsroom):
    story = newsroom["story"]
    claim_id = story.claims.get().pk
    page.goto(f"{live_server.url}/articles/{story.pk}/#claim-{claim_id}")
    assert page.evaluate("document.querySelector(':target').id") == f"claim-{claim_id}"


def test_the_comparison_chart_draws_points_bounds_and_bands(page, live_server, newsroom):
    page.goto(f"{live_server.url}/metrics/cells_dismantled/")
    chart = page.locator("svg.timeline").first
    assert chart.is_visible()
    assert chart.locator("a.mark.point").count() >= 1
    assert chart.locator("a.mark.band").count() >= 1
    assert page.locator("svg.timeline a.mark.bound").count() >= 1
    box = chart.bounding_box()
    assert box["width"] > 300
    screenshot(page, "comparison")


def test_home_reads_on_a_phone(browser, live_server, newsroom):
    context = browser.new_context(locale="ar", viewport={"width": 390, "height": 844}, device_scale_factor=1)
    phone = context.new_page()
    try:
        phone.goto(f"{live_server.url}/")
        assert phone.evaluate("document.documentElement.dir") == "rtl"
        # nothing wider than the screen: no sideways scrolling on a phone
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(phone, "home-phone")
        phone.goto(f"{live_server.url}/claims/?metric=cells_dismantled")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(phone, "claims-phone")
    finally:
        context.close()


def test_english_readers_switch_language(page, live_server, newsroom):
    page.goto(f"{live_server.url}/")
    # the menu switches as soon as a language is chosen (static/claims/site.js)
    with page.expect_navigation():
        page.select_option("#language-select", "en")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.documentElement.dir") == "ltr"
    screenshot(page, "home-en")
