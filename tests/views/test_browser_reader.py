"""A reporter in a real browser (Debian's chromium) on issue 18's pages: typing names as she knows them,
reading a chart with a misprint in it, telling 15 outlets apart, and reading the list on a phone.

Set SAVE_SCREENSHOTS=1 to refresh docs/screenshots/ (home, claims, comparison; Arabic, French and
English; 1366 and 390 px wide) from these very pages.
"""

import os
from datetime import date
from pathlib import Path

import pytest

from tests.views.builders import article, cites, claim, outlet

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
OUTLETS = [
    "هسبريس", "برلمان", "أكورا بريس", "اليوم 24", "الأحداث المغربية", "هبة بريس", "العمق المغربي", "مدار21",
    "فبراير", "الصحراء المغربية", "كفى بريس", "Le360", "Médias24", "Le Matin", "TelQuel",
]  # fmt: skip
# Values near 210 and one misprint: 2009 for 209.
FIGURES = [207, 210, 212, 215, 209, 2009, 211, 214, 216, 213, 208, 217, 218, 219, 220]


@pytest.fixture
def newsroom(transactional_db):
    """15 outlets reporting cells dismantled since 2002 over five years, one of them misprinting it,
    Spain cited by some; and a few other figures."""
    made = {}
    for i, (name, figure) in enumerate(zip(OUTLETS, FIGURES, strict=True)):
        body = f"أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك {figure} خلية إرهابية منذ سنة 2002"
        body += "، بتنسيق مع إسبانيا." if i % 3 == 0 else "."
        story = article(
            body,
            title=f"حصيلة تفكيك الخلايا {i}",
            source=outlet(name),
            published=date(2020 + i % 5, 1 + i % 12, 3),
        )
        if i % 3 == 0:
            cites(story, "إسبانيا", "ES")
        made[name] = claim(story, str(figure))
    arrests = article(
        "وبلغ عدد الموقوفين منذ سنة 2016 نحو 650 شخصا.", source=outlet("هسبريس"), published=date(2024, 2, 1)
    )
    made["arrests"] = claim(arrests, "650", metric="persons_arrested", qualifier="about", period_start="2016")
    return made


def screenshot(page, name: str) -> None:
    if os.environ.get("SAVE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def listed_ids(page) -> list[str]:
    return page.locator("table.claims tbody tr").evaluate_all("rows => rows.map(r => r.dataset.claimId)")


def filter_by(page, field: str, typed: str) -> None:
    page.locator("details.filters").evaluate("details => { details.open = true; }")
    page.fill(f"#id_{field}", typed)
    page.locator("form.filter-form button[type=submit]").click()
    page.wait_for_load_state()


def test_typing_an_outlet_in_arabic_in_latin_or_as_its_slug_gives_the_same_rows(page, live_server, newsroom):
    seen = []
    for typed in ("هسبريس", "Hespress", "hespress"):
        page.goto(f"{live_server.url}/claims/")
        filter_by(page, "outlet", typed)
        seen.append(listed_ids(page))
    assert seen[0] == seen[1] == seen[2]
    assert sorted(seen[0]) == sorted([str(newsroom["هسبريس"].pk), str(newsroom["arrests"].pk)])


def test_the_outlet_box_suggests_names_as_one_types(page, live_server, newsroom):
    page.goto(f"{live_server.url}/claims/")
    page.locator("details.filters").evaluate("details => { details.open = true; }")
    page.focus("#id_outlet")
    # A locator's wait (not a JavaScript string: the Content-Security-Policy forbids eval on the page).
    page.locator("datalist#outlet-names option").first.wait_for(state="attached")
    options = page.locator("datalist#outlet-names option").evaluate_all("os => os.map(o => o.value)")
    assert "هسبريس" in options and "Hespress" in options


def test_spain_in_arabic_or_in_french_filters_by_spain(page, live_server, newsroom):
    seen = []
    for typed in ("إسبانيا", "Espagne"):
        page.goto(f"{live_server.url}/claims/")
        filter_by(page, "country", typed)
        seen.append(sorted(listed_ids(page)))
    assert seen[0] == seen[1] and len(seen[0]) == 5
    chip = page.locator('.active-filters li[data-filter="country"]').inner_text()
    assert "إسبانيا" in chip


def test_a_value_and_a_value_range_filter_the_figures(page, live_server, newsroom):
    page.goto(f"{live_server.url}/claims/?value=207")
    assert listed_ids(page) == [str(newsroom["هسبريس"].pk)]
    page.goto(f"{live_server.url}/claims/")
    page.locator("details.filters").evaluate("details => { details.open = true; }")
    page.fill("#id_value_min", "215")
    page.fill("#id_value_max", "218")
    page.locator("form.filter-form button[type=submit]").click()
    page.wait_for_load_state()
    shown = page.locator("table.claims tbody tr .value").all_inner_texts()
    assert sorted(int(v) for v in shown) == [215, 216, 217, 218]


def test_a_misprint_does_not_flatten_the_chart(page, live_server, newsroom):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/metrics/cells_dismantled/")
    chart = page.locator("svg.timeline").first
    zero = chart.locator("line.baseline").bounding_box()
    near_210 = chart.locator('a.mark[data-value="210"] path.marker').bounding_box()
    assert zero["y"] - (near_210["y"] + near_210["height"] / 2) >= 100
    misprint = chart.locator('a.mark[data-value="2009"]')
    assert "outlier" in misprint.get_attribute("class")
    label = misprint.locator("text.outlier-label").text_content()  # 2 009 in Arabic and French
    assert "2009" in label.replace("\u202f", "").replace(",", "")


def test_fifteen_outlets_get_fifteen_distinct_marker_styles(page, live_server, newsroom):
    page.goto(f"{live_server.url}/metrics/cells_dismantled/")
    styles = (
        page.locator("svg.timeline")
        .first.locator("a.mark")
        .evaluate_all(
            "marks => marks.map(m => m.dataset.series + '|' + m.dataset.shape + '|' + m.dataset.colour)"
        )
    )
    by_outlet = {style.split("|")[0]: tuple(style.split("|")[1:]) for style in styles}
    assert len(by_outlet) == 15 and len(set(by_outlet.values())) == 15


def test_an_outlet_is_hidden_and_shown_again_from_the_legend(page, live_server, newsroom):
    page.goto(f"{live_server.url}/metrics/cells_dismantled/")
    button = page.locator("button.series-toggle", has_text="برلمان")
    key = button.get_attribute("data-series-key")
    mark = page.locator(f'svg.timeline a.mark[data-series-key="{key}"]').first
    assert mark.is_visible()
    button.click()
    assert not mark.is_visible() and button.get_attribute("aria-pressed") == "false"
    button.click()
    assert mark.is_visible()


def test_on_a_phone_the_first_claim_is_above_the_fold(browser, live_server, newsroom):
    for language in ("ar", "fr", "en"):
        context = browser.new_context(locale=language, viewport={"width": 390, "height": 844})
        phone = context.new_page()
        try:
            phone.goto(f"{live_server.url}/claims/")
            first = phone.locator("table.claims tbody tr").first.bounding_box()
            assert first["y"] < 844 - 100, (language, first)  # its top and a few lines of it show
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390
            header = phone.locator("header.site").bounding_box()
            assert header["height"] <= 110, (language, header)
            assert not phone.locator("details.facets").evaluate("d => d.open")  # folded at the top
        finally:
            context.close()


def test_on_a_wide_screen_the_facets_open_beside_the_list(page, live_server, newsroom):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/claims/")
    assert page.locator("details.facets").evaluate("d => d.open")
    facets, table = page.locator("details.facets").bounding_box(), page.locator("table.claims").bounding_box()
    assert facets["y"] < table["y"] + table["height"] and abs(facets["x"] - table["x"]) > 100


def test_the_language_menu_switches_as_soon_as_a_language_is_chosen(page, live_server, newsroom):
    page.goto(f"{live_server.url}/claims/")
    assert not page.locator("form.language button").is_visible()  # with JS, no button to press
    with page.expect_navigation():
        page.select_option("#language-select", "fr")
    assert page.evaluate("document.documentElement.lang") == "fr"
    page.goto(f"{live_server.url}/")
    assert page.evaluate("document.documentElement.lang") == "fr"  # remembered


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_screenshots_of_the_readers_pages(browser, live_server, newsroom, language):
    for width, height in ((1366, 900), (390, 844)):
        context = browser.new_context(locale=language, viewport={"width": width, "height": height})
        reader = context.new_page()
        errors = []  # a script or style the Content-Security-Policy refused, a failed fetch
        reader.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        reader.on("pageerror", lambda error: errors.append(str(error)))
        try:
            for name, path in (
                ("home", "/"),
                ("claims", "/claims/"),
                ("comparison", "/metrics/cells_dismantled/"),
            ):
                reader.goto(f"{live_server.url}{path}")
                assert reader.evaluate("document.documentElement.lang") == language
                assert reader.evaluate("document.documentElement.scrollWidth") <= width
                screenshot(reader, f"{name}-{language}-{width}")
            assert errors == []
        finally:
            context.close()
