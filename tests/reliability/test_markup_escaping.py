"""Script and event-handler markup inside an article is shown as text on every page, and spreadsheet
formulas inside claims are neutralized in the CSV export."""

import csv
import io
import re

import pytest
from django.urls import reverse

from tests.reliability.counts import count
from tests.reliability.permissions import PERMISSIONS
from tests.reliability.world import FORMULAS, IMG, SCRIPT, build_world, route_kwargs

LIVE_EVENT_HANDLER = re.compile(r"<img\b[^>]*\bonerror", re.IGNORECASE)
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
PAGES_SHOWING_THE_ARTICLE_TEXT = ["article_detail"]
# A metric's page is a compact table of figures, outlets and dates (no title, no sentence): it is covered by
# test_no_page_carries_the_article_markup_live like every other page.
PAGES_SHOWING_ITS_TITLE_OR_SENTENCE = ["home", "claim_list", "article_list", "source_detail"]


def html_of(client, name, world):
    kwargs = route_kwargs(name, world)
    if kwargs is None:
        pytest.skip(f"{name} needs an object the world lacks")
    response = client.get(reverse(name, kwargs=kwargs))
    count("requests tried")
    assert response.status_code == 200, name
    return response.content.decode()


@pytest.mark.parametrize("name", sorted(n for n, r in PERMISSIONS.items() if r.method == "GET"))
def test_no_page_carries_the_article_markup_live(name, world, client, editor):
    client.force_login(editor)
    kwargs = route_kwargs(name, world)
    if kwargs is None:
        pytest.skip(f"{name} needs an object the world lacks")
    response = client.get(reverse(name, kwargs=kwargs))
    count("requests tried")
    if not response["Content-Type"].startswith("text/html"):
        return  # CSV and JSON carry the text as data; their own tests below
    body = response.content.decode("utf-8", "replace")
    assert SCRIPT not in body
    assert not LIVE_EVENT_HANDLER.search(body)


@pytest.mark.parametrize("name", PAGES_SHOWING_THE_ARTICLE_TEXT + PAGES_SHOWING_ITS_TITLE_OR_SENTENCE)
def test_the_markup_is_shown_as_text(name, world, client):
    body = html_of(client, name, world)
    assert ESCAPED_SCRIPT in body or "&lt;img src=x onerror=alert(1)&gt;" in body, name


@pytest.mark.django_db
def test_the_csv_export_neutralizes_cells_that_start_like_formulas(world, client):
    response = client.get(reverse("claims_csv"))
    count("requests tried")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows, "the export lists the world's claim"
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [c for c in cells if c[0] in "=+-@"], "a cell would run as a formula"
    for formula in FORMULAS.values():
        assert "'" + formula in cells, formula


@pytest.mark.django_db
def test_the_csv_export_keeps_the_markup_as_plain_text(world, client):
    response = client.get(reverse("claims_csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert SCRIPT in text  # text for a spreadsheet, never HTML


@pytest.mark.django_db
def test_the_json_api_is_served_as_json_not_html(world, client):
    response = client.get(reverse("api_claims"))
    count("requests tried")
    assert response["Content-Type"].startswith("application/json")
    assert any(
        SCRIPT in (r["article"]["title"] or "") or IMG in r["sentence"] for r in response.json()["results"]
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_browser_runs_none_of_the_article_markup(live_server, page, django_user_model):
    from claims.accounts import EDITORS, ensure_groups

    ensure_groups()
    editor = django_user_model.objects.create_user("salma", password="x")
    editor.groups.add(EDITORS.group())
    world = build_world(editor)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for name in ["article_detail", *PAGES_SHOWING_ITS_TITLE_OR_SENTENCE]:
        kwargs = route_kwargs(name, world)
        page.goto(live_server.url + reverse(name, kwargs=kwargs))
        count("requests tried")
    page.goto(live_server.url + reverse("article_detail", args=[world.article.pk]))
    assert "<script>alert(1)</script>" in page.inner_text("body")
    assert dialogs == []
