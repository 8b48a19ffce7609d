"""Forms of saved searches: a name, the digest, a webhook address checked before it is kept."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from publishing.models import SavedSearch
from publishing.webhooks import RefusedAddress, resolve


class SavedSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name", "email_digest", "webhook_url"]
        help_texts = {
            "email_digest": gettext_lazy(
                "New claims, findings and verdicts once a day, to your account's e-mail."
            ),
            "webhook_url": gettext_lazy(
                "ctfacts POSTs each new claim, finding or verdict here as JSON, signed with this search's secret."
            ),
        }

    def clean_webhook_url(self):
        url = self.cleaned_data["webhook_url"].strip()
        if not url:
            return url
        try:
            resolve(url)
        except RefusedAddress as exc:
            raise forms.ValidationError(
                _("This address cannot receive webhooks: %(reason)s.") % {"reason": exc}
            ) from None
        return url
