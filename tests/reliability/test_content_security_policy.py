"""Every response carries a Content-Security-Policy without inline script or style, and every page of
templates/ still works under it in Chromium: no violation is reported on the readers' pages, the
editors' pages, the log-in forms and the admin, with flags and corrections shown."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Flag
from claims.services import correct_claim, flag_claims
from tests.reliability.world import build_world

BOSS_PASSWORD = "admin-pass-Δ-2026"


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = [part.strip().split() for part in header.split(";") if part.strip()]
    return {name: values for name, *values in directives}


@pytest.mark.django_db
def test_every_page_carries_a_policy_without_inline_script_or_style(client, world):
    for url in ("/", "/claims/", f"/articles/{world.article.pk}/", "/accounts/login/", "/api/claims/"):
        directives = policy(client.get(url))
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in " ".join(v for values in directives.values() for v in values)


@pytest.mark.django_db
def test_no_template_uses_inline_script_or_style():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = [
        str(path.relative_to(root))
        for path in (root / "templates").rglob("*.html")
        if "<script>" in path.read_text() or " style=" in path.read_text()
    ]
    assert offenders == []


@pytest.fixture
def newsroom(transactional_db, editor, django_user_model):
    world = build_world(editor)
    boss = django_user_model.objects.create_superuser("salma", password=BOSS_PASSWORD)
    claim = world.claim
    correct_claim(claim=claim, editor=editor, value=208, note="خطأ مطبعي")
    flag_claims(claims=[claim], editor=editor, reason="stale", note="رقم قديم")
    return {"world": world, "boss": boss}


def readers_pages(world) -> list[str]:
    return [
        "/",
        "/claims/",
        "/claims/?metric=cells_dismantled&sort=-published",
        "/claims/?published_after=not-a-date",  # the 400 page
        "/articles/",
        f"/articles/{world.article.pk}/",
        f"/metrics/{world.claim.metric}/",
        f"/sources/{world.article.source.slug}/",
        f"/countries/{world.country.code}/",
        "/accounts/login/",
        "/admin/login/",
    ]


def editors_pages(world) -> list[str]:
    claim = world.claim
    return [
        reverse("editors:queue"),
        reverse("editors:flag", args=[Flag.objects.order_by("-pk").first().pk]),
        reverse("editors:finding", args=[world.finding.pk]),
        reverse("editors:claim_correct", args=[claim.pk]),
        reverse("editors:claim_history", args=[claim.pk]),
        reverse("editors:flag_new") + f"?claims={claim.pk}",
        reverse("editors:article_add"),
        reverse("admin:index"),
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[claim.pk]),
    ]


def visit_all(page, base: str, urls: list[str]) -> list[str]:
    """Each page loaded; what Chromium reported as a CSP violation, with the page it happened on."""
    reported: list[str] = []
    current = {"url": ""}

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            reported.append(f"{current['url']}: {message.text[:300]}")

    page.on("console", on_console)
    for url in urls:
        current["url"] = url
        response = page.goto(base + url)
        assert response.status in (200, 400), f"{url}: {response.status}"
        assert page.evaluate("document.styleSheets.length") >= 1, f"{url}: no style sheet applied"
    return reported


@pytest.mark.browser
def test_readers_pages_report_no_policy_violation_in_chromium(page, live_server, newsroom):
    assert visit_all(page, live_server.url, readers_pages(newsroom["world"])) == []


@pytest.mark.browser
def test_editors_pages_and_the_admin_report_no_policy_violation_in_chromium(page, live_server, newsroom):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", "salma")
    page.fill("#id_password", BOSS_PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    assert visit_all(page, live_server.url, editors_pages(newsroom["world"])) == []


@pytest.mark.browser
def test_the_editors_marks_keep_their_colours_from_the_style_sheet(page, live_server, newsroom):
    world = newsroom["world"]
    page.goto(f"{live_server.url}/articles/{world.article.pk}/")
    flag_colour = page.locator(".editorial-badge.flag").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    corrected = page.locator(".editorial-badge.correction").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert flag_colour == "rgb(253, 232, 232)" and corrected == "rgb(232, 244, 234)"


def test_an_anonymous_client_sees_the_policy_on_a_404_too(db):
    response = Client().get("/countries/zz/")
    assert response.status_code == 404 and "Content-Security-Policy" in response
