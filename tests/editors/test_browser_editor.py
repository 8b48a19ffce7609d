"""In a real browser: an editor turns a finding into a flag, corrects the value and resolves the flag;
the claim's history shows each step; a journalist sees the correction's badge and cannot edit."""

from datetime import date

import pytest

from claims.findings import refresh_findings
from claims.models import Finding

from .factories import cells_total

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EDITOR_PASSWORD = "editor-pass-Δ-2026"
JOURNALIST_PASSWORD = "journalist-pass-Δ-2026"


@pytest.fixture
def misprint():
    """207 (Nov 2020), "2009" (June 2021), 210 (Jan 2022): the engine finds an implausible value."""
    cells_total("agora-2020.txt", 207, date(2020, 11, 17), outlet="أكورا بريس", org="DGST")
    spike = cells_total("h-2021.txt", 2009, date(2021, 6, 1), outlet="هسبريس")
    cells_total("le360-2022.txt", 210, date(2022, 1, 10), outlet="Le360")
    refresh_findings()
    assert Finding.objects.get().kind == "implausible_value"
    return spike


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()


def test_an_editor_confirms_corrects_and_resolves_and_a_journalist_only_reads(
    live_server, browser, page, editor, journalist, misprint
):
    base = live_server.url
    log_in(page, base, "nadia", EDITOR_PASSWORD)

    page.goto(f"{base}/flags/")
    page.click("article.finding button[name=confirm]")
    page.wait_for_url(f"{base}/flags/*/")
    flag_url = page.url

    page.click(f"a.correct[href='/claims/{misprint.pk}/correct/']")
    page.fill("#id_value", "209")
    page.fill("#id_note", "خطأ مطبعي: 209 خلايا وليس 2009")
    page.click("form.correction button[type=submit]")
    page.wait_for_url(f"{base}/claims/{misprint.pk}/history/")

    page.goto(flag_url)
    page.fill("#id_comment", "صُحّح الرقم إلى 209")
    page.click("button[name=resolve]")
    page.wait_for_url(flag_url)
    assert page.get_attribute(".status", "data-status") == "resolved"

    page.goto(f"{base}/claims/{misprint.pk}/history/")
    actions = page.eval_on_selector_all("tr.event", "rows => rows.map(r => r.dataset.action)")
    assert actions == ["finding_confirmed", "flagged", "corrected", "flag_resolved"]
    assert "nadia" in page.inner_text("table.history")

    reader = browser.new_context(locale="ar").new_page()
    log_in(reader, base, "karim", JOURNALIST_PASSWORD)
    reader.goto(f"{base}/articles/{misprint.article_id}/")
    badge = reader.inner_text(".editorial-badge.correction")
    assert "209" in badge and "2009" in badge
    assert reader.goto(f"{base}/claims/{misprint.pk}/correct/").status == 403
    assert reader.goto(f"{base}/flags/").status == 403
    reader.context.close()
