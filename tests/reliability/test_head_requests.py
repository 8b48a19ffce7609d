"""HEAD, which link checkers, feed readers and monitors send, answers as GET does, without the body."""

import pytest
from django.urls import reverse

from tests.reliability.counts import count
from tests.reliability.permissions import PERMISSIONS
from tests.reliability.world import route_kwargs

GET_ROUTES = sorted(
    name
    for name, rule in PERMISSIONS.items()
    if rule.method == "GET" and ":" not in name and rule.access.anonymous == 200
)
# A signed-in reader's own pages (saved searches): anonymous readers are sent to the log-in page.
READERS_OWN_GET_ROUTES = sorted(
    name
    for name, rule in PERMISSIONS.items()
    if rule.method == "GET"
    and ":" not in name
    and rule.access.anonymous != 200
    and rule.access.journalist == 200
)
EDITORS_GET_ROUTES = sorted(
    name for name, rule in PERMISSIONS.items() if rule.method == "GET" and name.startswith("editors:")
)


def assert_head_answers_as_get(client, name, world):
    kwargs = route_kwargs(name, world)
    if kwargs is None:
        pytest.skip(f"{name} needs an object this world does not have")
    url = reverse(name, kwargs=kwargs)
    count("requests tried")
    got = client.get(url)
    head = client.head(url)
    assert head.status_code == got.status_code == 200, f"HEAD {url}: {head.status_code}"
    assert (b"".join(head.streaming_content) if head.streaming else head.content) == b""
    assert head["Content-Type"] == got["Content-Type"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", GET_ROUTES)
def test_head_on_a_readers_page_answers_200_without_a_body(name, client, world):
    assert_head_answers_as_get(client, name, world)


@pytest.mark.django_db
@pytest.mark.parametrize("name", READERS_OWN_GET_ROUTES)
def test_head_on_a_signed_in_readers_own_page_answers_200_without_a_body(name, client, journalist, world):
    client.force_login(journalist)
    assert_head_answers_as_get(client, name, world)


@pytest.mark.django_db
@pytest.mark.parametrize("name", EDITORS_GET_ROUTES)
def test_head_on_an_editors_page_answers_200_without_a_body(name, client, editor, world):
    client.force_login(editor)
    assert_head_answers_as_get(client, name, world)
