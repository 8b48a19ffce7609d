"""E-mail digests: one message per reader, listing what their saved searches raised since the last one.

Sent through Django's mail backend (settings.EMAIL_BACKEND): the console or files in development,
SMTP in production. An alert is marked e-mailed only once its message was handed to the backend, so
a failed send is tried again by the next `send_digests`.
"""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from publishing import words
from publishing.alerts import site_url
from publishing.models import Alert

logger = logging.getLogger(__name__)

MAX_ALERTS_PER_DIGEST = 500


def digest_lines(alerts) -> list[dict]:
    """Each alert as the message words it: a title and a link."""
    lines = []
    for alert in alerts:
        if alert.kind == Alert.CLAIM and alert.claim:
            title, link = words.headline(alert.claim), reverse("claim_page", args=[alert.claim_id])
        elif alert.kind == Alert.CLAIM:
            title = _("and %(count)s more claims") % {"count": alert.payload.get("more_claims", "")}
            link = alert.payload.get("list", reverse("claim_list"))
        elif alert.kind == Alert.FINDING:
            finding = alert.payload.get("finding", {})
            title = _("Finding: %(kind)s (%(metric)s)") % {
                "kind": finding.get("kind_label", ""),
                "metric": finding.get("metric_label", ""),
            }
            link = (finding.get("claims") or [reverse("claim_list")])[0]
        else:
            verdict = alert.payload.get("verdict", {})
            title = _("Editors' verdict: %(verdict)s — %(claim)s") % {
                "verdict": verdict.get("verdict_label", ""),
                "claim": words.headline(alert.claim) if alert.claim else "",
            }
            link = reverse("claim_page", args=[alert.claim_id]) if alert.claim_id else reverse("claim_list")
        lines.append({"kind": alert.get_kind_display(), "title": title, "link": site_url(link)})
    return lines


def send_digest(owner) -> int:
    """Send `owner` their digest; the number of alerts it carried (0: nothing new, nothing sent)."""
    searches = list(owner.saved_searches.filter(email_digest=True).order_by("name", "id"))
    if not searches or not owner.email:
        return 0
    alerts = list(
        Alert.objects.filter(saved_search__in=searches, emailed_at__isnull=True)
        .select_related("saved_search", "claim", "claim__article", "claim__article__source")
        .order_by("saved_search__name", "saved_search_id", "id")[:MAX_ALERTS_PER_DIGEST]
    )
    if not alerts:
        return 0
    with translation.override(searches[0].language):
        sections = []
        for saved in searches:
            mine = [alert for alert in alerts if alert.saved_search_id == saved.pk]
            if mine:
                sections.append({"search": saved, "lines": digest_lines(mine)})
        context = {
            "owner": owner,
            "sections": sections,
            "count": len(alerts),
            "manage": site_url(reverse("saved_searches")),
        }
        subject = _("ctfacts: %(count)s new in your saved searches") % {"count": len(alerts)}
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("publishing/email/digest.txt", context),
            to=[owner.email],
        )
        message.attach_alternative(render_to_string("publishing/email/digest.html", context), "text/html")
        message.send()
    Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(emailed_at=timezone.now())
    return len(alerts)


def send_digests() -> tuple[int, int]:
    """Every reader's digest: (messages sent, alerts they carried). A reader whose message fails is
    logged and tried again next time; the others still get theirs."""
    owners = get_user_model().objects.filter(saved_searches__email_digest=True).exclude(email="").distinct()
    messages, carried = 0, 0
    for owner in owners.order_by("pk"):
        try:
            sent = send_digest(owner)
        except Exception:  # noqa: BLE001 - one reader's mail server problem must not stop the others
            logger.exception("digest of user %s not sent", owner.pk)
            continue
        if sent:
            messages, carried = messages + 1, carried + sent
    return messages, carried
