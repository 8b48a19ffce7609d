"""View tests read English by default (assertions on words); Arabic pages have their own tests."""

import pytest
from django.test import Client


@pytest.fixture
def client():
    return Client(HTTP_ACCEPT_LANGUAGE="en")


@pytest.fixture
def arabic_client():
    return Client(HTTP_ACCEPT_LANGUAGE="ar")
