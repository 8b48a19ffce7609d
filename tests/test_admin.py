"""The back office: every model is registered and its list opens for a staff editor."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_ctfacts_model_is_in_the_admin():
    missing = [
        m.__name__ for m in apps.get_app_config("claims").get_models() if not admin.site.is_registered(m)
    ]
    assert missing == []


@pytest.mark.parametrize("model", list(apps.get_app_config("claims").get_models()), ids=lambda m: m.__name__)
def test_each_admin_list_opens_for_a_superuser(client, django_user_model, seeded, model):
    boss = django_user_model.objects.create_superuser("salma", password="admin-pass-Δ-2026")
    client.force_login(boss)
    url = reverse(f"admin:claims_{model._meta.model_name}_changelist")
    assert client.get(url).status_code == 200


def test_the_history_cannot_be_edited_from_the_admin(client, django_user_model):
    from claims.models import ClaimEvent

    boss = django_user_model.objects.create_superuser("salma", password="admin-pass-Δ-2026")
    client.force_login(boss)
    assert client.get(reverse("admin:claims_claimevent_add")).status_code == 403
    assert not admin.site._registry[ClaimEvent].has_delete_permission(None)
