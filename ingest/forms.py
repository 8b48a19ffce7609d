"""Editors' forms for ingest: upload (files and archives), addresses, feeds. Each rule in its `clean_<field>`."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from claims import forms as claims_forms
from claims.forms import MAX_UPLOAD_FILES, MultipleFileField
from ingest.models import Feed

# Addresses in one request: more is a feed's or an archive's job.
MAX_URLS = 200
_http_url = URLValidator(schemes=["http", "https"])


def clean_web_address(value: str) -> str:
    value = (value or "").strip()
    try:
        _http_url(value)
    except forms.ValidationError:
        raise forms.ValidationError(
            _("Not a web address (http:// or https://): %(value)s"), params={"value": value[:200]}
        ) from None
    if len(value) > 2000:
        raise forms.ValidationError(_("This address is too long."))
    return value


class UploadForm(claims_forms.UploadForm):
    """claims' upload form (its `replace` choice too), taking archives: each counts as one file here."""

    files = MultipleFileField(label=_("Article files, or archives of them (.zip, .tar.gz)"))

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if not files:
            raise forms.ValidationError(_("Choose at least one file."))
        if len(files) > MAX_UPLOAD_FILES:
            raise forms.ValidationError(
                _("At most %(n)d files at once; put more in one archive (.zip or .tar.gz).")
                % {"n": MAX_UPLOAD_FILES}
            )
        return files


class UrlForm(forms.Form):
    urls = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5, "dir": "ltr", "placeholder": "https://"}),
        label=_("Article addresses (one a line)"),
    )

    def clean_urls(self):
        lines = [line.strip() for line in (self.cleaned_data.get("urls") or "").splitlines()]
        urls = list(dict.fromkeys(line for line in lines if line))
        if not urls:
            raise forms.ValidationError(_("Give at least one address."))
        if len(urls) > MAX_URLS:
            raise forms.ValidationError(_("At most %(n)d addresses at once.") % {"n": MAX_URLS})
        return [clean_web_address(url) for url in urls]


class FeedForm(forms.ModelForm):
    url = forms.CharField(
        max_length=2000, label=_("Feed or sitemap address"), widget=forms.URLInput(attrs={"dir": "ltr"})
    )

    class Meta:
        model = Feed
        fields = ["url", "outlet", "interval_minutes"]
        labels = {
            "outlet": _("Outlet"),
            "interval_minutes": _("Poll every (minutes)"),
        }
        widgets = {"outlet": forms.TextInput(attrs={"dir": "auto"})}

    def clean_url(self):
        return clean_web_address(self.cleaned_data.get("url"))

    def clean_outlet(self):
        return " ".join((self.cleaned_data.get("outlet") or "").split())

    def clean_interval_minutes(self):
        minutes = self.cleaned_data.get("interval_minutes")
        if minutes is None or minutes < 5:
            raise forms.ValidationError(_("At least every 5 minutes: outlets are polled politely."))
        return minutes
