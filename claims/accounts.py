"""Who may do what: editors write (flags, corrections, uploads), journalists read."""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission


@dataclass(frozen=True)
class Role:
    name: str
    permissions: tuple[str, ...]  # "app_label.codename"

    def group(self) -> Group:
        return Group.objects.get(name=self.name)


EDITORS = Role(
    "editors",
    (
        "claims.view_article",
        "claims.add_article",
        "claims.change_article",
        "claims.view_claim",
        "claims.change_claim",
        "claims.view_source",
        "claims.change_source",
        "claims.view_country",
        "claims.view_articlecountry",
        "claims.view_importrun",
    ),
)
JOURNALISTS = Role("journalists", ("claims.view_article", "claims.view_claim", "claims.view_source"))


def ensure_groups() -> None:
    """Create the groups and give them their permissions (idempotent)."""
    for role in (EDITORS, JOURNALISTS):
        group, _ = Group.objects.get_or_create(name=role.name)
        perms = []
        for dotted in role.permissions:
            app_label, codename = dotted.split(".")
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm:
                perms.append(perm)
        group.permissions.add(*perms)


def is_editor(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=EDITORS.name).exists())
