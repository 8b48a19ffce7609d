from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _create_groups(sender, **kwargs):
    from claims.accounts import ensure_groups

    ensure_groups()


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "ctfacts"

    def ready(self):
        post_migrate.connect(_create_groups, sender=self)
