"""Arabic first and English on request: direction, words and dates follow the reader's language."""

import re
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


def test_french_is_the_third_language_of_the_switcher(db):
    from django.test import Client

    html = Client().get(reverse("claim_list")).content.decode()
    assert '<option value="fr" lang="fr">Français</option>' in html


def test_a_first_visit_follows_the_browsers_preferred_language(db):
    from django.test import Client

    french = (
        Client(HTTP_ACCEPT_LANGUAGE="fr-MA,fr;q=0.9,en;q=0.5").get(reverse("claim_list")).content.decode()
    )
    assert '<html lang="fr" dir="ltr">' in french and "Chiffres</h1>" in french
    english = Client(HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8").get(reverse("claim_list")).content.decode()
    assert '<html lang="en" dir="ltr">' in english


def test_the_choice_made_in_the_switcher_wins_over_the_browsers_preference(db):
    from django.test import Client

    reader = Client(HTTP_ACCEPT_LANGUAGE="ar")
    reader.post("/i18n/setlang/", {"language": "fr", "next": "/claims/"})
    assert '<html lang="fr" dir="ltr">' in reader.get(reverse("claim_list")).content.decode()
    assert reader.cookies["django_language"].value == "fr"


def test_french_pages_say_things_in_french_with_french_dates_and_numbers(cells):
    from django.test import Client

    claim(
        article("Plus de 1 357 personnes arrêtées.", source=outlet("Le360"), published=date(2021, 3, 4)),
        "1 357",
        value=1357,
        metric="persons_arrested",
        qualifier="more_than",
    )
    reader = Client(HTTP_ACCEPT_LANGUAGE="fr")
    html = reader.get(reverse("claim_list")).content.decode()
    assert "Cellules terroristes démantelées" in html and "depuis 2002" in html and "17 novembre 2020" in html
    assert "Personnes arrêtées" in html and "plus de" in html
    home = reader.get(reverse("home")).content.decode()
    assert "1\u202f357" in home  # the normalised figure, grouped as French writes it


def test_arabic_pages_join_words_with_the_arabic_comma(arabic_client, cells):
    html = arabic_client.get(reverse("home")).content.decode()
    main = html.split('<main id="content">', 1)[1]
    text = re.sub(r"<[^>]+>", " ", main)
    assert "،" in text
    assert not re.search(r"[\u0600-\u06ff]\s*,\s*[\u0600-\u06ff]", text)


def test_dates_on_pages_follow_one_format_per_language(client, arabic_client, cells):
    from django.test import Client

    for reader, day in ((client, "17 November 2020"), (arabic_client, "17 نوفمبر 2020")):
        assert day in reader.get(reverse("article_detail", args=[cells.article_id])).content.decode()
    french = Client(HTTP_ACCEPT_LANGUAGE="fr").get(reverse("article_detail", args=[cells.article_id]))
    assert "17 novembre 2020" in french.content.decode()


def test_times_carry_the_time_zone():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import formats, translation

    moment = datetime(2026, 11, 30, 9, 5, tzinfo=ZoneInfo("Africa/Casablanca"))
    for language, expected in (("ar", "30 نوفمبر 2026، 09:05 +01"), ("fr", "30 novembre 2026 à 09:05 +01")):
        with translation.override(language):
            assert formats.date_format(moment, "DATETIME_FORMAT") == expected
