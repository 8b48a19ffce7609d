import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims.accounts import EDITORS, ensure_groups


class Command(BaseCommand):
    help = "Development only: create (or reset) the demo editor account with a fresh random password and print it."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("The demo editor exists for development only (DEBUG is off).")
        ensure_groups()
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.is_staff = True
        user.save()
        user.groups.add(EDITORS.group())
        self.stdout.write(f"Demo editor login: {username} / {password}")
