"""Password guessing: after 5 failed log-ins for a username or from an address within 15 minutes,
further attempts get 429 without the password being checked."""

import pytest
from django.contrib.auth.signals import user_login_failed
from django.urls import reverse

from claims import throttle
from tests.reliability.counts import count

PASSWORD = "journalist-pass-Δ-2026"  # the karim persona's, from tests/conftest.py


@pytest.fixture(autouse=True)
def clean_cache(settings):
    from django.core.cache import cache

    # Fifty log-ins with the production hasher take most of a minute; the throttle is what is tested.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    cache.clear()
    yield
    cache.clear()


def log_in(client, username, password, address="203.0.113.7"):
    count("login attempts")
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def guess(client, username, times, address="203.0.113.7"):
    for n in range(times):
        response = log_in(client, username, f"guess-{n}", address)
        assert response.status_code == 200  # the form again, with its error


@pytest.mark.django_db
def test_five_wrong_passwords_for_a_username_throttle_the_sixth_attempt(client, journalist):
    guess(client, "karim", throttle.MAX_FAILURES)
    response = log_in(client, "karim", "guess-6")
    assert response.status_code == 429


@pytest.mark.django_db
def test_a_throttled_username_is_refused_even_with_the_right_password(client, journalist):
    guess(client, "karim", throttle.MAX_FAILURES, address="198.51.100.1")
    response = log_in(client, "karim", PASSWORD, address="198.51.100.2")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_throttled_attempt_never_checks_the_password(client, journalist):
    guess(client, "karim", throttle.MAX_FAILURES)
    checked = []

    def on_failure(sender, **kwargs):
        checked.append(kwargs)

    user_login_failed.connect(on_failure)
    try:
        log_in(client, "karim", "guess-again")
    finally:
        user_login_failed.disconnect(on_failure)
    assert checked == []


@pytest.mark.django_db
def test_the_throttled_page_says_why_in_the_form(client, journalist):
    guess(client, "karim", throttle.MAX_FAILURES)
    response = log_in(client, "karim", "guess-6")
    assert "15" in response.content.decode()
    assert response.context["form"].non_field_errors()


@pytest.mark.django_db
def test_one_address_guessing_many_usernames_is_throttled(client, journalist):
    for n in range(throttle.MAX_FAILURES):
        log_in(client, f"user{n}", "wrong", address="192.0.2.50")
    assert log_in(client, "karim", PASSWORD, address="192.0.2.50").status_code == 429


@pytest.mark.django_db
def test_another_user_from_another_address_is_not_throttled(client, journalist, editor):
    guess(client, "karim", throttle.MAX_FAILURES)
    response = log_in(client, "nadia", "editor-pass-Δ-2026", address="198.51.100.9")
    assert response.status_code == 302


@pytest.mark.django_db
def test_four_failures_then_the_right_password_logs_in_and_clears_the_count(client, journalist):
    guess(client, "karim", throttle.MAX_FAILURES - 1)
    assert log_in(client, "karim", PASSWORD).status_code == 302
    client.logout()
    guess(client, "karim", throttle.MAX_FAILURES - 1, address="198.51.100.3")
    assert log_in(client, "karim", PASSWORD, address="198.51.100.3").status_code == 302


@pytest.mark.django_db
def test_the_throttle_lifts_when_the_window_has_passed(client, journalist, monkeypatch):
    guess(client, "karim", throttle.MAX_FAILURES)
    later = throttle.time.time() + throttle.WINDOW + 1
    monkeypatch.setattr(throttle.time, "time", lambda: later)
    assert log_in(client, "karim", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_failures_are_counted_in_the_database_cache_shared_by_every_worker(settings):
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
