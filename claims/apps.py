from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _create_groups(sender, **kwargs):
    from claims.accounts import ensure_groups

    ensure_groups()


def _create_cache_table(sender, using="default", **kwargs):
    # The shared caches live in database tables (settings.CACHES); `migrate` is what every deployment
    # runs, so the tables appear with it.
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


def _install_data_version_triggers(sender, using="default", **kwargs):
    from django.db import connections

    from claims.data_version import install_triggers

    install_triggers(connections[using])


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "ctfacts"

    def ready(self):
        from claims import throttle  # noqa: F401 - connects the login throttle's signal receivers

        post_migrate.connect(_create_groups, sender=self)
        post_migrate.connect(_create_cache_table, sender=self)
        post_migrate.connect(_install_data_version_triggers, sender=self)
