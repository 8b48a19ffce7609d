"""In a real browser (Debian's chromium): an editor's word reaches every reader.

nadia corrects a claim's value, period and attribution; the API, the CSV, the chart and the home page
then give the corrected reading and the original; karim, a journalist, reads the correction in
/corrections/ and sees no internal note anywhere; an anonymous reader finds no link that leads to a
log-in page. nadia also verifies, rejects and adds claims on an article by selecting a figure.

Set SAVE_SCREENSHOTS=1 to refresh docs/screenshots/editors-*.png (Arabic) from these very pages.
"""

import csv
import io
import os
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.extraction.engine import extract
from claims.findings import refresh_findings
from claims.importer import save_extraction, stored_document
from claims.models import Claim, Finding
from claims.services import correct_claim, flag_claims

from .articles import DATED_2023, DATED_2025
from .factories import cells_total, make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EDITOR_PASSWORD = "editor-pass-Δ-2026"
JOURNALIST_PASSWORD = "journalist-pass-Δ-2026"
INTERNAL = "ملاحظة داخلية: اتصلنا بخلية التواصل في المكتب المركزي"
PUBLIC = "نشرنا أن عدد الخلايا 2009، والصحيح 209 خلايا ما بين 2002 و2020 حسب المديرية العامة لمراقبة التراب الوطني."
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def screenshot(page, name: str) -> None:
    if os.environ.get("SAVE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()


@pytest.fixture
def misprint():
    """Running totals since 2002: 207 (Nov 2020), "2009" (June 2021), 210 (Jan 2022), 212 (Mar 2022):
    2009 is a misprint the engine finds. Two outlets also give the total for 2002–2020 (208, 209), which
    is what the misprinted article really reported: its correction moves it to that period."""
    cells_total("agora-2020.txt", 207, date(2020, 11, 17), outlet="أكورا بريس", org="DGST")
    spike = cells_total("h-2021.txt", 2009, date(2021, 6, 1), outlet="هسبريس")
    cells_total("le360-2022.txt", 210, date(2022, 1, 10), outlet="Le360")
    cells_total("barlamane-2022.txt", 212, date(2022, 3, 1), outlet="برلمان")
    for name, value, published, outlet in (
        ("map-2021.txt", 209, date(2021, 1, 4), "MAP"),
        ("alyaoum24-2021.txt", 208, date(2021, 2, 1), "اليوم 24"),
    ):
        cells_total(name, value, published, outlet=outlet, org="DGST", period_type="range", period_end="2020")
    refresh_findings()
    return spike


def test_an_editors_correction_reaches_the_api_the_csv_the_chart_the_home_page_and_the_log(
    live_server, browser, page, editor, journalist, misprint
):
    base = live_server.url
    log_in(page, base, "nadia", EDITOR_PASSWORD)
    page.goto(f"{base}/claims/{misprint.pk}/correct/")
    page.fill("#id_value", "209")
    page.select_option("#id_period_type", "range")
    page.fill("#id_period_start", "2002")
    page.fill("#id_period_end", "2020")
    page.select_option("#id_org", "DGST")
    page.fill("#id_note", INTERNAL)
    page.fill("#id_public_note", PUBLIC)
    page.click("form.correction button[type=submit]")
    page.wait_for_url(f"{base}/claims/{misprint.pk}/history/")
    screenshot(page, "editors-history-ar")

    reader = browser.new_context(locale="ar", extra_http_headers={"Accept-Language": "en"}).new_page()
    api = reader.request.get(f"{base}/api/claims/?metric=cells_dismantled").json()
    (result,) = [r for r in api["results"] if r["id"] == misprint.pk]
    assert (result["value"], result["period"]["type"], result["attribution"]["org"]) == (209, "range", "DGST")
    original = result["editorial"]["original"]
    assert (original["value"], original["period"]["type"], original["attribution"]["org"]) == (
        2009,
        "since",
        "BCIJ",
    )

    exported = reader.request.get(f"{base}/claims/export.csv").text()
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(exported.lstrip("\ufeff")))}
    row = rows[str(misprint.pk)]
    assert (row["value"], row["org"], row["period_start"], row["period_end"], row["editorial_state"]) == (
        "209",
        "DGST",
        "2002",
        "2020",
        "corrected",
    )
    assert row["original_value"] == "2009" and "org: BCIJ" in row["original_reading"]

    reader.goto(f"{base}/metrics/cells_dismantled/")
    # Drawn among the 2002–2020 totals (three figures: a chart, not the compact table), no longer among
    # the running totals since 2002, whose axis the misprint stretched to 2,500.
    mark = reader.locator(f"section.comparison svg a.mark[data-claim-id='{misprint.pk}']")
    assert (mark.get_attribute("data-value"), mark.get_attribute("data-original-value")) == ("209", "2009")
    hover = mark.locator("title").text_content()  # what a reader's pointer shows: 209 (corrected from 2009)
    assert hover.index("209") < hover.index("2009"), hover
    ticks = reader.eval_on_selector_all("svg.timeline text.tick", "ts => ts.map(t => t.textContent)")
    assert "2500" not in ticks

    reader.goto(f"{base}/")
    latest = reader.locator(f"li[data-claim-id='{misprint.pk}']").first
    assert latest.locator(".value.corrected").inner_text() == "209"
    assert latest.locator(".original-value").inner_text() == "2009"
    reader.context.close()

    karim = browser.new_context(locale="ar").new_page()
    log_in(karim, base, "karim", JOURNALIST_PASSWORD)
    for path in (
        "/corrections/",
        f"/claims/{misprint.pk}/history/",
        "/claims/",
        f"/articles/{misprint.article_id}/",
        "/",
    ):
        karim.goto(f"{base}{path}")
        assert INTERNAL not in karim.content(), path  # nowhere: not in text, tooltips or attributes
    karim.goto(f"{base}/corrections/")
    assert PUBLIC in karim.inner_text("main")
    karim.context.close()


def test_an_anonymous_reader_finds_no_link_that_leads_to_a_log_in_page(
    live_server, browser, editor, misprint
):
    correct_claim(claim=misprint, editor=editor, value=209, note=INTERNAL)
    flag_claims(claims=[misprint], editor=editor, reason="misprint", note=INTERNAL)
    base = live_server.url
    anonymous = browser.new_context(locale="ar").new_page()
    for path in (
        "/claims/",
        f"/articles/{misprint.article_id}/",
        "/metrics/cells_dismantled/",
        "/corrections/",
    ):
        anonymous.goto(f"{base}{path}")
        links = anonymous.eval_on_selector_all(
            "main a[href^='/']", "as => as.map(a => a.getAttribute('href'))"
        )
        for href in sorted(set(links)):
            response = anonymous.request.get(f"{base}{href}", max_redirects=0)
            assert response.status == 200, (path, href, response.status)
        assert INTERNAL not in anonymous.content()
    anonymous.context.close()


def test_confirming_a_stale_figure_in_the_browser_flags_only_the_stale_claim(live_server, page, editor):
    """190 (2020), overtaken by 210 (2022) and 215 (2023), printed again in 2024: a stale figure (a
    190 never printed before would be a running total going down, which accuses all three)."""
    cells_total("first.txt", 190, date(2020, 11, 17), outlet="أكورا بريس")
    cells_total("a.txt", 210, date(2022, 1, 10))
    cells_total("b.txt", 215, date(2023, 1, 10))
    stale = cells_total("c.txt", 190, date(2024, 6, 1), outlet="برلمان")
    refresh_findings()
    base = live_server.url
    log_in(page, base, "nadia", EDITOR_PASSWORD)
    page.goto(f"{base}/flags/")
    roles = page.eval_on_selector_all("article.finding li[data-role]", "ls => ls.map(l => l.dataset.role)")
    assert sorted(roles) == ["accused", "evidence", "evidence"]
    screenshot(page, "editors-flags-ar")
    page.click("article.finding button[name=confirm]")
    page.wait_for_url(f"{base}/flags/*/")
    flagged = page.eval_on_selector_all(
        "li.role-accused .claim-summary", "cs => cs.map(c => +c.dataset.claimId)"
    )
    assert flagged == [stale.pk]
    evidence = page.eval_on_selector_all(
        "li.role-evidence .claim-summary", "cs => cs.map(c => +c.dataset.claimId)"
    )
    assert len(evidence) == 2
    assert Finding.objects.get().status == "confirmed"


def test_an_editor_verifies_rejects_corrects_and_adds_claims_on_an_article(live_server, page, editor):
    body = (
        "📌 أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 215 خلية إرهابية منذ سنة 2002، وتوقيف أكثر من 3500 شخص. "
        "وصدر قانون 03.03 سنة 2003. وتجدر الإشارة إلى أن 16 من بين هؤلاء سبق أن قاتلوا في سوريا."
    )
    article = make_article("review.txt", published=date(2023, 11, 1), body=body)
    document = stored_document(article)
    save_extraction(article, document, extract(document))
    by_text = {claim.value_text: claim for claim in Claim.objects.filter(article=article)}
    assert {"215", "3500"} <= set(by_text)
    base = live_server.url
    log_in(page, base, "nadia", EDITOR_PASSWORD)
    review = f"{base}/articles/{article.pk}/review/"

    page.goto(review)
    page.click(f"#row-{by_text['215'].pk} button[name=verify]")
    page.wait_for_load_state()
    page.goto(f"{base}/claims/{by_text['3500'].pk}/correct/")
    page.fill("#id_value", "3400")
    page.fill("#id_note", "قراءة خاطئة")
    page.click("form.correction button[type=submit]")
    page.wait_for_url(f"{base}/claims/{by_text['3500'].pk}/history/")
    for text in set(by_text) - {"215", "3500"}:  # anything else the engine read here is not a claim
        page.goto(f"{base}/claims/{by_text[text].pk}/reject/")
        page.fill("#id_note", "ليس رقما")
        page.click("form.reject button[name=reject]")
        page.wait_for_load_state()

    page.goto(review)
    # Select "16" in the article's text, as an editor does with the mouse, after an emoji (two UTF-16 units).
    page.evaluate(
        """() => {
            const text = document.getElementById('article-text');
            const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf('16 من');
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + 3);  // "16 " with its space: the selection is trimmed
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
        }"""
    )
    assert page.input_value("#id_value_text") == "16" and page.input_value("#id_value") == "16"
    page.select_option("#id_metric", "returnees")
    page.fill("#id_note", "فات المحرك")
    screenshot(page, "editors-article-review-ar")
    page.click("form.add-claim button[type=submit]")
    page.wait_for_load_state()
    added = Claim.objects.get(article=article, added_by=editor)
    assert article.body[added.start : added.end] == "16"

    states = dict(Claim.objects.filter(article=article).values_list("value_text", "review_state"))
    assert states["215"] == "verified" and states["3500"] == "corrected" and states["16"] == "verified"
    out = StringIO()
    call_command("evaluate_extraction", "--reviewed", stdout=out)
    assert "reviewed claims P=" in out.getvalue() and " R=" in out.getvalue()


def test_an_upload_result_in_arabic_names_each_file_and_links_to_what_it_became(
    live_server, page, editor, tmp_path
):
    base = live_server.url
    log_in(page, base, "nadia", EDITOR_PASSWORD)
    files = {
        "h07.txt": DATED_2023.encode(),
        "h12.txt": DATED_2025.encode(),
        "empty.txt": b"",
        "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    page.goto(f"{base}/articles/add/")
    page.set_input_files("form.upload input[type=file]", [str(tmp_path / name) for name in files])
    page.click("form.upload button[type=submit]")
    page.wait_for_url(f"{base}/jobs/*/")
    page.wait_for_load_state()
    items = page.locator("table.items tr.item")
    statuses = sorted(items.evaluate_all("rows => rows.map(r => r.className.replace('item ', ''))"))
    assert statuses == ["new", "new", "rejected", "rejected"]
    assert "ملف فارغ" in page.inner_text("table.items")
    assert page.locator("table.items a[href^='/findings/']").count() >= 1
    assert page.locator("table.items a[href$='/review/']").count() == 2
    screenshot(page, "editors-upload-ar")
