"""Password guessing, on every log-in form: each user-and-address pair gets FREE_FAILURES guesses, then a
delay that doubles with each failure; one address gets ADDRESS_FAILURES failures across all names per
window. While blocked, attempts are answered 429 without the password being checked. The owner logging
in from elsewhere is never slowed, behind a trusted proxy each client is counted by its own address, and
the counts live where no page cache can evict them."""

from datetime import timedelta

import pytest
from django.contrib.auth.backends import ModelBackend
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

from claims import throttle
from claims.models import LoginFailures
from tests.reliability.counts import count

KARIM_PASSWORD = "journalist-pass-Δ-2026"  # the personas' passwords, from tests/conftest.py
NADIA_PASSWORD = "editor-pass-Δ-2026"
HOME = "203.0.113.7"
ELSEWHERE = "198.51.100.2"
PROXY = "192.0.2.10"

pytestmark = pytest.mark.django_db


def log_in(client, username, password, address=HOME, url=None, **headers):
    count("login attempts")
    client.logout()
    return client.post(
        url or reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def guess(client, username, times, address=HOME, url=None, **headers):
    for n in range(times):
        response = log_in(client, username, f"guess-{n}", address, url, **headers)
        assert response.status_code == 200, f"guess {n + 1} was not checked"  # the form again, with its error


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def later(monkeypatch, delta: timedelta):
    moment = timezone.now() + delta
    monkeypatch.setattr(throttle.timezone, "now", lambda: moment)


# --- one pair ---------------------------------------------------------------------------------------


def test_five_wrong_passwords_from_one_address_throttle_the_sixth_attempt(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES)
    assert log_in(client, "karim", "guess-6").status_code == 429


def test_a_throttled_pair_is_refused_even_with_the_right_password(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES)
    response = log_in(client, "karim", KARIM_PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


def test_a_throttled_attempt_never_checks_the_password(client, journalist, monkeypatch):
    guess(client, "karim", throttle.FREE_FAILURES)
    checked = []
    real = ModelBackend.authenticate

    def recording(self, request, **credentials):
        checked.append(credentials.get("username"))
        return real(self, request, **credentials)

    monkeypatch.setattr(ModelBackend, "authenticate", recording)
    log_in(client, "karim", "guess-again")
    assert checked == []


def test_the_throttled_page_says_why_and_when_to_try_again(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES)
    response = log_in(client, "karim", "guess-6")
    assert response.context["form"].non_field_errors()
    assert "دقيقة" in response.content.decode() or "minute" in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= throttle.FIRST_DELAY.total_seconds()


def test_four_failures_then_the_right_password_logs_in_and_clears_the_pair(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES - 1)
    assert log_in(client, "karim", KARIM_PASSWORD).status_code == 302
    guess(client, "karim", throttle.FREE_FAILURES - 1)
    assert log_in(client, "karim", KARIM_PASSWORD).status_code == 302


def test_the_block_lifts_when_its_delay_has_passed(client, journalist, monkeypatch):
    guess(client, "karim", throttle.FREE_FAILURES)
    later(monkeypatch, throttle.FIRST_DELAY + timedelta(seconds=1))
    assert log_in(client, "karim", KARIM_PASSWORD).status_code == 302


def test_each_failure_after_the_free_ones_doubles_the_delay(client, journalist, monkeypatch):
    guess(client, "karim", throttle.FREE_FAILURES)
    waits = []
    elapsed = timedelta(0)
    for _ in range(4):
        response = log_in(client, "karim", "guess")
        assert response.status_code == 429
        waits.append(int(response["Retry-After"]))
        elapsed += timedelta(seconds=waits[-1] + 1)
        later(monkeypatch, elapsed)
        assert log_in(client, "karim", "another-guess").status_code == 200  # checked, and counted
    assert [round(w / 60) for w in waits] == [1, 2, 4, 8]


# --- the owner and the attacker are not the same pair (row 6) ---------------------------------------


def test_guessing_a_named_editors_password_never_locks_her_out_from_her_own_address(client, editor):
    guess(client, "nadia", throttle.FREE_FAILURES, address=ELSEWHERE)
    assert log_in(client, "nadia", "guess", address=ELSEWHERE).status_code == 429
    response = log_in(client, "nadia", NADIA_PASSWORD, address=HOME)
    assert response.status_code == 302 and logged_in(client)


def test_behind_the_trusted_proxy_one_clients_failures_never_block_another(
    client, journalist, editor, settings
):
    settings.TRUSTED_PROXIES = [PROXY]
    attacker = {"HTTP_X_FORWARDED_FOR": "203.0.113.66"}
    guess(client, "anyone", throttle.FREE_FAILURES, address=PROXY, **attacker)
    guess(client, "karim", throttle.FREE_FAILURES, address=PROXY, **attacker)
    assert log_in(client, "karim", KARIM_PASSWORD, address=PROXY, **attacker).status_code == 429
    for client_address, user, password in (
        ("198.51.100.20", "karim", KARIM_PASSWORD),
        ("198.51.100.21", "nadia", NADIA_PASSWORD),
    ):
        response = log_in(client, user, password, address=PROXY, HTTP_X_FORWARDED_FOR=client_address)
        assert response.status_code == 302, f"{user} behind the proxy was blocked by another client's guesses"


def test_a_forwarded_for_header_from_an_untrusted_address_is_ignored(client, journalist, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    for n in range(throttle.FREE_FAILURES):
        # Each guess claims another client address: without a trusted proxy, the header counts for nothing.
        log_in(client, "karim", f"guess-{n}", address=HOME, HTTP_X_FORWARDED_FOR=f"198.51.100.{n + 1}")
    assert (
        log_in(
            client, "karim", KARIM_PASSWORD, address=HOME, HTTP_X_FORWARDED_FOR="198.51.100.99"
        ).status_code
        == 429
    )


def test_only_the_hops_the_trusted_proxies_appended_are_believed(client, journalist, settings):
    settings.TRUSTED_PROXIES = [PROXY, "192.0.2.11"]
    # The client wrote a different first hop each time; the outer proxy appended the address it saw
    # (the attacker's, always the same), then the inner proxy appended the outer one.
    for n in range(throttle.FREE_FAILURES):
        forged = f"198.51.100.{n + 1}, 203.0.113.66, 192.0.2.11"
        log_in(client, "karim", f"guess-{n}", address=PROXY, HTTP_X_FORWARDED_FOR=forged)
    again = "198.51.100.99, 203.0.113.66, 192.0.2.11"
    assert (
        log_in(client, "karim", KARIM_PASSWORD, address=PROXY, HTTP_X_FORWARDED_FOR=again).status_code == 429
    )


def test_one_address_guessing_many_names_is_throttled_for_every_name(client, journalist):
    for n in range(throttle.ADDRESS_FAILURES):
        log_in(client, f"user{n}", "wrong", address="192.0.2.50")
    assert log_in(client, "karim", KARIM_PASSWORD, address="192.0.2.50").status_code == 429
    assert log_in(client, "karim", KARIM_PASSWORD, address=HOME).status_code == 302


# --- the name as Django checks it (row 4) -----------------------------------------------------------


def test_the_full_width_spelling_of_a_throttled_name_is_the_same_name(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES)
    full_width = "ｋａｒｉｍ"  # NFKC makes it "karim", as Django's log-in form does before checking
    response = log_in(client, full_width, KARIM_PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


def test_guesses_spelled_in_full_width_count_for_the_name(client, journalist):
    guess(client, "ｋａｒｉｍ", throttle.FREE_FAILURES)
    assert log_in(client, "karim", KARIM_PASSWORD).status_code == 429


# --- the admin's log-in form is the same throttle (row 3) -------------------------------------------


@pytest.fixture
def staff_editor(editor):
    editor.is_staff = True
    editor.save()
    return editor


def test_ten_wrong_passwords_on_the_admin_log_in_then_the_right_one_does_not_log_in(client, staff_editor):
    admin_login = reverse("admin:login")
    for n in range(10):
        assert log_in(client, "nadia", f"guess-{n}", url=admin_login).status_code in (200, 429)
    response = log_in(client, "nadia", NADIA_PASSWORD, url=admin_login)
    assert response.status_code == 429
    assert not logged_in(client)
    assert response.context["form"].non_field_errors()


def test_on_the_admin_log_in_the_full_width_spelling_of_a_throttled_name_is_the_same_name(
    client, staff_editor
):
    guess(client, "nadia", throttle.FREE_FAILURES, url=reverse("admin:login"))
    response = log_in(client, "ｎａｄｉａ", NADIA_PASSWORD, url=reverse("admin:login"))
    assert response.status_code == 429 and not logged_in(client)


def test_guesses_on_the_site_log_in_count_on_the_admin_log_in(client, staff_editor):
    guess(client, "nadia", throttle.FREE_FAILURES)
    response = log_in(client, "nadia", NADIA_PASSWORD, url=reverse("admin:login"))
    assert response.status_code == 429 and not logged_in(client)


def test_the_admin_log_in_still_works_for_staff(client, staff_editor):
    response = log_in(client, "nadia", NADIA_PASSWORD, url=reverse("admin:login"))
    assert response.status_code == 302 and logged_in(client)


# --- stored where no page cache can evict it (row 5) ------------------------------------------------


def test_a_flood_of_distinct_page_requests_does_not_free_a_throttled_name(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES)
    # What the outside test sent: each ?v=N was a new entry in the shared cache, whose culling
    # dropped the throttle's counts with the pages' entries.
    for n in range(450):
        assert client.get("/metrics/cells_dismantled/", {"v": n}).status_code == 200
    assert log_in(client, "karim", KARIM_PASSWORD).status_code == 429


def test_clearing_every_cache_does_not_free_a_throttled_name(client, journalist, settings):
    guess(client, "karim", throttle.FREE_FAILURES)
    for alias in settings.CACHES:
        caches[alias].clear()
    assert log_in(client, "karim", KARIM_PASSWORD).status_code == 429


def test_what_is_kept_names_no_user_and_no_address(client, journalist):
    guess(client, "karim", throttle.FREE_FAILURES)
    stored = " ".join(" ".join(str(v) for v in row) for row in LoginFailures.objects.values_list())
    assert "karim" not in stored and HOME not in stored
