"""/claims/<id>/history/: every step on a claim for editors (who, when, notes); its public part for
everyone else, with no editor's note and no link to a log-in page."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from claims.services import correct_claim, flag_claims, resolve_flag

from .factories import cells_total

pytestmark = pytest.mark.django_db

INTERNAL = "ملاحظة داخلية: اتصلنا بمكتب الخيام"
PUBLIC = "نشرنا 2009 خلية والصحيح 209 كما في بلاغ المكتب المركزي."


@pytest.fixture
def worked_claim(editor):
    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    flag = flag_claims(claims=[claim], editor=editor, reason="misprint", note=INTERNAL)
    correct_claim(claim=claim, editor=editor, value=209, org="DGST", note=INTERNAL, public_note=PUBLIC)
    resolve_flag(flag=flag, editor=editor, comment="صُحّح")
    return claim


def history(client, claim, language="en"):
    return client.get(reverse("editors:claim_history", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE=language)


def test_an_editor_sees_each_step_who_did_it_and_the_internal_notes(client, editor, worked_claim):
    client.force_login(editor)
    response = history(client, worked_claim)
    assert [e.action for e in response.context["events"]] == ["flagged", "corrected", "flag_resolved"]
    page = response.content.decode()
    assert "nadia" in page and INTERNAL in page and PUBLIC in page


def test_changes_are_worded_with_labels_and_values_not_slugs(client, editor, worked_claim):
    client.force_login(editor)
    page = history(client, worked_claim).content.decode()
    assert '<li data-field="value">value: <bdi class="before">2009</bdi>' in page
    assert "DGST (territorial surveillance)" in page and "BCIJ (judicial investigations bureau)" in page
    assert "flag:" not in page and 'data-field="flag"' not in page and 'data-field="note"' not in page


def test_in_arabic_the_arrow_points_the_way_the_line_reads(client, editor, worked_claim):
    client.force_login(editor)
    page = history(client, worked_claim, "ar").content.decode()
    with translation.override("ar"):
        value = str(translation.gettext("value"))
    change = page[page.index('<li data-field="value">') :]
    change = change[: change.index("</li>")]
    assert change.startswith(f'<li data-field="value">{value}: <bdi class="before">2009</bdi>')
    assert "←" in change and "→" not in change


def test_each_step_says_when_with_its_time_zone(client, editor, worked_claim):
    client.force_login(editor)
    page = history(client, worked_claim).content.decode()
    assert "Africa/Casablanca" in page


def test_a_journalist_sees_the_public_part_without_notes_or_names(client, journalist, worked_claim):
    client.force_login(journalist)
    response = history(client, worked_claim)
    page = response.content.decode()
    assert PUBLIC in page and INTERNAL not in page and "nadia" not in page
    assert reverse("editors:claim_correct", args=[worked_claim.pk]) not in page


def test_an_anonymous_reader_reads_the_public_history_without_being_sent_to_log_in(client, worked_claim):
    response = history(client, worked_claim)
    assert response.status_code == 200
    page = response.content.decode()
    assert PUBLIC in page and INTERNAL not in page
    main = page[page.index("<main") :]
    assert reverse("login") not in main


def test_the_public_history_shows_the_editors_reading_beside_the_machines(client, worked_claim):
    rows = {row.field: row for row in history(client, worked_claim).context["reading_rows"]}
    assert (rows["value"].reading, rows["value"].machine) == ("209", "2009")
    assert rows["org"].differs and not rows["metric"].differs


def test_an_editor_sees_links_to_flag_and_correct(client, editor, worked_claim):
    client.force_login(editor)
    page = history(client, worked_claim).content.decode()
    assert reverse("editors:claim_correct", args=[worked_claim.pk]) in page


def test_the_history_links_to_the_claims_sentence_in_the_article(client, worked_claim):
    page = history(client, worked_claim).content.decode()
    assert f"{reverse('article_detail', args=[worked_claim.article_id])}#claim-{worked_claim.pk}" in page


def test_a_period_corrected_to_a_range_reads_with_both_its_years(client, editor):
    claim = cells_total("b.txt", 2009, date(2021, 6, 1))
    correct_claim(claim=claim, editor=editor, period_type="range", period_start="2002", period_end="2020")
    client.force_login(editor)
    page = history(client, claim).content.decode()
    summary = page[page.index('<span class="claim-summary"') :]
    summary = summary[: summary.index("</span>")]
    assert "<bdi>2002–2020</bdi>" in summary
