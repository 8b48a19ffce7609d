"""What the login throttle remembers (claims/throttle.py): failed log-ins per user-and-address pair and
per address, in a table of their own, so nothing a page cache does can evict them."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class LoginFailures(models.Model):
    PAIR, ADDRESS = "pair", "address"
    KINDS = [(PAIR, "user name and address"), (ADDRESS, "address")]

    # sha256 of the kind and the normalized user name and/or address: neither a typed user name (which
    # may be a password typed in the wrong box) nor an address is kept in clear.
    key = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=10, choices=KINDS)
    failures = models.PositiveIntegerField(default=0)
    first_failure_at = models.DateTimeField()
    last_failure_at = models.DateTimeField(db_index=True)
    blocked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "login failures"
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["pair", "address"]), name="login_failures_kind_known"
            )
        ]

    def __str__(self):
        return f"{self.kind}: {self.failures} failures"
