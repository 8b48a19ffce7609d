"""Arabic first and English on request: direction, words and dates follow the reader's language."""

from datetime import date

import pytest
from django.urls import reverse

from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def cells():
    return claim(
        article("تفكيك 207 خلية منذ 2002.", source=outlet("أكورا بريس"), published=date(2020, 11, 17)), "207"
    )


def test_without_a_preference_the_site_is_arabic_and_right_to_left(db):
    from django.test import Client

    html = Client().get(reverse("claim_list")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_arabic_pages_say_things_in_arabic(arabic_client, cells):
    html = arabic_client.get(reverse("claim_list")).content.decode()
    assert "الأرقام المعلنة" in html and "الخلايا الإرهابية المفككة" in html and "منذ 2002" in html


def test_dates_are_written_in_the_readers_language(client, arabic_client, cells):
    assert "17 نوفمبر 2020" in arabic_client.get(reverse("claim_list")).content.decode()
    assert "17 November 2020" in client.get(reverse("claim_list")).content.decode()


def test_english_pages_are_left_to_right(client, cells):
    html = client.get(reverse("metric_detail", args=["cells_dismantled"])).content.decode()
    assert '<html lang="en" dir="ltr">' in html and "since 2002" in html


def test_the_article_stays_right_to_left_inside_an_english_page(client, cells):
    html = client.get(reverse("article_detail", args=[cells.article_id])).content.decode()
    assert 'lang="ar" dir="rtl"' in html


def test_the_language_switcher_posts_to_set_language_and_remembers_the_choice(db):
    from django.test import Client

    reader = Client()
    page = reader.get(reverse("claim_list")).content.decode()
    assert 'action="/i18n/setlang/"' in page and 'name="language"' in page
    response = reader.post("/i18n/setlang/", {"language": "en", "next": "/claims/"})
    assert response.status_code == 302 and response["Location"] == "/claims/"
    assert '<html lang="en" dir="ltr">' in reader.get(reverse("claim_list")).content.decode()


def test_pages_fit_a_phone(client, cells):
    html = client.get(reverse("home")).content.decode()
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html


def test_editors_see_their_pages_in_the_menu_and_journalists_do_not(client, editor, journalist):
    client.force_login(journalist)
    assert "/flags/" not in client.get(reverse("home")).content.decode()
    client.force_login(editor)
    assert 'href="/flags/"' in client.get(reverse("home")).content.decode()
