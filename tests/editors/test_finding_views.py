"""Confirming a finding into a flag, or dismissing it, from the browser's forms."""

from datetime import date

import pytest
from django.urls import reverse

from claims.findings import refresh_findings
from claims.models import Finding, Flag

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def finding():
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    return Finding.objects.get()


def test_the_finding_page_shows_its_explanation_and_claims(client, editor, finding):
    client.force_login(editor)
    page = client.get(reverse("editors:finding", args=[finding.pk])).content.decode()
    assert finding.explanation.split(":")[0] in page
    assert "a.txt" in page and "b.txt" in page


def test_confirming_a_finding_redirects_to_its_new_flag(client, editor, finding):
    client.force_login(editor)
    response = client.post(reverse("editors:finding_confirm", args=[finding.pk]), {"note": "تراجع غير مبرر"})
    flag = Flag.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("editors:flag", args=[flag.pk])
    assert (flag.finding, flag.note) == (finding, "تراجع غير مبرر")


def test_dismissing_a_finding_needs_a_comment(client, editor, finding):
    client.force_login(editor)
    response = client.post(reverse("editors:finding_dismiss", args=[finding.pk]), {"comment": "  "})
    assert response.status_code == 400
    assert Finding.objects.get().status == "open"


def test_dismissing_a_finding_with_a_comment_closes_it(client, editor, finding):
    client.force_login(editor)
    client.post(reverse("editors:finding_dismiss", args=[finding.pk]), {"comment": "رقمان لسلسلتين مختلفتين"})
    finding.refresh_from_db()
    assert (finding.status, finding.comment) == ("dismissed", "رقمان لسلسلتين مختلفتين")


def test_confirming_twice_says_it_is_already_confirmed(client, editor, finding):
    client.force_login(editor)
    client.post(reverse("editors:finding_confirm", args=[finding.pk]))
    response = client.post(
        reverse("editors:finding_confirm", args=[finding.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert Flag.objects.count() == 1
    assert "already" in response.content.decode()


def test_a_redirect_back_never_leaves_the_site(client, editor, finding):
    client.force_login(editor)
    response = client.post(
        reverse("editors:finding_dismiss", args=[finding.pk]),
        {"comment": "مقبول", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("editors:queue")


def test_a_finding_is_explained_in_arabic_in_the_arabic_interface(editor):
    from datetime import date

    from django.test import Client

    from claims.findings import refresh_findings

    from .factories import cells_total

    cells_total("first.txt", 190, date(2020, 11, 17), outlet="أكورا بريس")
    cells_total("a.txt", 210, date(2022, 1, 10))
    cells_total("b.txt", 215, date(2023, 1, 10))
    cells_total("c.txt", 190, date(2024, 6, 1), outlet="برلمان")
    refresh_findings()
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(editor)
    page = client.get(reverse("editors:queue")).content.decode()
    words = page[page.index('<p class="finding-words">') :]
    words = words[: words.index("</p>")]
    assert "يكرر رقما تجاوزته الأحداث" in words
    assert "<bdi>190</bdi> (<bdi>برلمان</bdi>، يونيو 2024)" in words
    assert 'class="explanation"' not in page  # no English sentence in the Arabic queue
    finding = Finding.objects.get()
    detail = client.get(reverse("editors:finding", args=[finding.pk])).content.decode()
    assert (
        'lang="en" dir="ltr"' in detail
    )  # the engine's own words, on the finding's page, isolated as English
