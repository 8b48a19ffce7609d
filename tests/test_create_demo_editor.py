"""`manage.py create_demo_editor`: a development login, printed, never a fixed password."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.accounts import is_editor

pytestmark = pytest.mark.django_db


def test_it_prints_a_working_editor_login(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("create_demo_editor", stdout=out)
    username, password = out.getvalue().strip().rsplit(": ", 1)[1].split(" / ")
    user = authenticate(username=username, password=password)
    assert user is not None and is_editor(user)


def test_each_run_gives_a_new_password(settings):
    settings.DEBUG = True
    first, second = StringIO(), StringIO()
    call_command("create_demo_editor", stdout=first)
    call_command("create_demo_editor", stdout=second)
    assert first.getvalue() != second.getvalue()


def test_it_refuses_to_run_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_demo_editor", stdout=StringIO())
