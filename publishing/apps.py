from django.apps import AppConfig


class PublishingConfig(AppConfig):
    """What ctfacts publishes outward: claim pages with ClaimReview, feeds, saved searches and their
    alerts (e-mail digests, webhooks), the API's schema and embeddable charts. It reads `claims`;
    `claims` never imports it."""

    name = "publishing"
    verbose_name = "ctfacts publishing"
