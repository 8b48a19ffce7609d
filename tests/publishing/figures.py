"""A figure repeated across outlets, as the claim-page tests need it: real Arabic reports of the
BCIJ's running total of cells dismantled since 2002."""

from __future__ import annotations

from datetime import date

from tests.views.builders import article, claim, outlet

REPORT = (
    "الرباط - أعلن المكتب المركزي للأبحاث القضائية عن حصيلة جديدة.\n"
    "وأوضح المصدر أن المصالح الأمنية فككت أكثر من 200 خلية إرهابية منذ سنة 2002، "
    "وأحبطت مخططات تستهدف منشآت حيوية.\n"
    "وأضاف البلاغ أن التنسيق مع الشركاء الدوليين مستمر."
)


def cells_report(outlet_name: str, published: date | None, *, value: str = "200", title: str = ""):
    """One article printing "more than <value> cells since 2002" (the BCIJ's words), and its claim."""
    body = REPORT.replace("200", value)
    story = article(
        body,
        title=title or f"حصيلة تفكيك الخلايا الإرهابية ({outlet_name})",
        source=outlet(outlet_name),
        published=published,
    )
    return claim(
        story,
        value,
        qualifier="more_than",
        qualifier_text="أكثر من",
        period_type="since",
        period_start="2002",
        period_end=published.isoformat() if published else "",
        period_text="منذ سنة 2002",
        org="BCIJ",
        attribution_raw="المكتب المركزي للأبحاث القضائية",
    )
