"""Every route answers each persona as the permissions table says; every route is in the table."""

import pytest
from django.urls import reverse

from tests.reliability.counts import count
from tests.reliability.permissions import ADMIN_LOGIN, LOGIN, PERMISSIONS
from tests.reliability.routes import all_routes
from tests.reliability.world import route_kwargs


def test_every_route_is_classified():
    unclassified = [
        route.name
        for route in all_routes()
        if route.name not in PERMISSIONS and not route.name.startswith("admin:")
    ]
    assert unclassified == [], f"add these routes to tests/reliability/permissions.py: {unclassified}"


def test_the_table_names_only_routes_that_exist():
    existing = {route.name for route in all_routes()}
    assert sorted(set(PERMISSIONS) - existing) == []


@pytest.mark.parametrize("name", sorted(PERMISSIONS))
def test_each_route_answers_each_persona_as_the_table_says(name, client, journalist, editor, world):
    rule = PERMISSIONS[name]
    kwargs = route_kwargs(name, world)
    if kwargs is None:
        pytest.skip(f"{name} needs an object this world does not have yet")
    url = reverse(name, kwargs=kwargs)
    wrong = []
    for persona, user in (("anonymous", None), ("journalist", journalist), ("editor", editor)):
        client.logout()
        if user is not None:
            client.force_login(user)
        count("requests tried")
        response = client.post(url, {}) if rule.method == "POST" else client.get(url)
        expected = getattr(rule.access, persona)
        answer = response.status_code
        if expected in (LOGIN, ADMIN_LOGIN):
            login = reverse("login" if expected == LOGIN else "admin:login")
            if answer != 302 or not response["Location"].startswith(login):
                wrong.append(f"{persona}: expected a redirect to {login}, got {answer}")
        elif answer != expected:
            wrong.append(f"{persona}: expected {expected}, got {answer}")
    assert wrong == [], f"{rule.method} {url}: " + "; ".join(wrong)
