"""In a real browser, in Arabic: the findings queue (/flags/) reads as Arabic. Outlet names, figures
and dates sit in <bdi>, so Latin outlet names do not scramble the parentheses around them, and no
English sentence shows (the engine's own English words stay on each finding's page).

SAVE_SCREENSHOTS=1 refreshes docs/screenshots/flags-ar.png from this very page."""

import os
import re
from datetime import date
from pathlib import Path

import pytest

from claims.findings import refresh_findings
from claims.models import Finding

from .factories import arrests_with_women, cells_total, make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EDITOR_PASSWORD = "editor-pass-Δ-2026"
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "flags-ar.png"
IN_2019 = {"period_type": "year", "period_start": "2019", "period_end": "2019"}


@pytest.fixture
def findings():
    """Latin and Arabic outlets on every kind of sentence the queue words."""
    cells_total("leSiteinfo-2020.txt", 12, date(2020, 1, 20), outlet="Le Site info", **IN_2019)
    cells_total("nap-2020.txt", 14, date(2020, 10, 5), outlet="The North Africa Post", **IN_2019)
    cells_total("agora-2020.txt", 207, date(2020, 11, 17), outlet="أكورا بريس")
    cells_total("telquel-2021.txt", 210, date(2021, 3, 1), outlet="TelQuel")
    cells_total("medias24-2023.txt", 215, date(2023, 11, 1), outlet="Médias24", qualifier="more_than")
    cells_total("lemonde-2024.txt", 207, date(2024, 5, 2), outlet="Le Monde")
    arrests_with_women(
        make_article("ahdath-2023.txt", outlet="الأحداث المغربية", published=date(2023, 5, 2)), 100, 150
    )
    refresh_findings()
    assert Finding.objects.count() >= 3


def log_in(page, base_url):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", "nadia")
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()


# Text of the findings outside every <bdi> (outlets, figures, dates, file names) and outside the
# quoted sentences (the articles' own words, in their own language).
OUTSIDE_ISOLATES = """section => {
  const copy = section.cloneNode(true);
  copy.querySelectorAll('bdi, blockquote.sentence, select, option').forEach(node => node.remove());
  return copy.innerText;
}"""

# For each outlet cited in parentheses in an explanation: where "(" and ")" are drawn, and the outlet.
PARENTHESES = """paragraphs => paragraphs.flatMap(p => {
  const found = [];
  p.querySelectorAll('bdi').forEach(bdi => {
    const before = bdi.previousSibling, after = bdi.nextSibling;
    if (!before || before.nodeType !== 3 || !before.textContent.endsWith('(')) return;
    if (!after || after.nodeType !== 3 || !after.textContent.includes(')')) return;
    const open = document.createRange();
    open.setStart(before, before.textContent.length - 1); open.setEnd(before, before.textContent.length);
    const close = document.createRange();
    const at = after.textContent.indexOf(')');
    close.setStart(after, at); close.setEnd(after, at + 1);
    const o = open.getBoundingClientRect(), c = close.getBoundingClientRect(), b = bdi.getBoundingClientRect();
    if (Math.abs(o.top - b.top) > 4 || Math.abs(c.top - b.top) > 4) return;  // wrapped lines: skip
    found.push({outlet: bdi.innerText, open: [o.left, o.right], close: [c.left, c.right], bdi: [b.left, b.right]});
  });
  return found;
})"""


def test_the_arabic_queue_shows_no_english_sentence_and_no_scrambled_parentheses(
    live_server, page, editor, findings
):
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/flags/")
    assert page.get_attribute("html", "dir") == "rtl"

    words = page.eval_on_selector("#findings", OUTSIDE_ISOLATES)
    assert not re.search(r"[A-Za-z]{2,}", words), words

    cited = page.eval_on_selector_all("p.finding-words", PARENTHESES)
    assert {c["outlet"] for c in cited} >= {"Le Site info", "The North Africa Post", "TelQuel", "Le Monde"}
    for c in cited:  # right to left: "(" on the right of the outlet, ")" on the left of what follows
        assert c["open"][0] >= c["bdi"][1] - 1, c
        assert c["close"][1] <= c["bdi"][0] + 1, c

    if os.environ.get("SAVE_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
