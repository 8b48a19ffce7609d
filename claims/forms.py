"""Editors' forms. Every input has its own `clean_<field>`, so each rule is stated once, by name."""

from __future__ import annotations

import re
from decimal import Decimal

from django import forms
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims import vocabulary as vocab
from claims.importer import FUTURE_DATE_SLACK
from claims.models import Claim
from claims.models.editorial import FLAG_REASONS

NOTE_MAX = 2000
# More files than this in one upload is a batch job: `manage.py import_articles` is the tool for it.
MAX_UPLOAD_FILES = 20
# A pasted article is read in the web request: a long news article is 50 KB; past 1 MB it is no
# article, and reading it would hold a worker (the engine's benchmark reads 1 MB in under 2 s). The
# page posts the paste as multipart, so a text up to DATA_UPLOAD_MAX_MEMORY_SIZE reaches this form and
# is refused here, with its own message and the text kept in the box.
MAX_PASTE_BYTES = 1024 * 1024
METRIC_SLUG = re.compile(r"^[a-z][a-z0-9_]{1,59}$")


def _clean_text(value: str, *, required: bool = False, limit: int = NOTE_MAX) -> str:
    value = (value or "").strip()
    if required and not value:
        raise forms.ValidationError(_("Please write a few words."))
    if len(value) > limit:
        raise forms.ValidationError(_("At most %(limit)d characters.") % {"limit": limit})
    return value


class ClaimIdsField(forms.ModelMultipleChoiceField):
    """Claim ids; one too long for a database integer is refused before the query (SQLite overflowed)."""

    def _check_values(self, value):
        for pk in value:
            if not str(pk).isdigit() or len(str(pk)) > 18:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)


class FlagForm(forms.Form):
    claims = ClaimIdsField(queryset=Claim.objects.all(), widget=forms.MultipleHiddenInput, label=_("Claims"))
    reason = forms.ChoiceField(choices=FLAG_REASONS, label=_("Reason"))
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, label=_("Note"))

    def clean_claims(self):
        claims = self.cleaned_data["claims"]
        if not claims:
            raise forms.ValidationError(_("Choose at least one claim."))
        return claims

    def clean_reason(self):
        reason = self.cleaned_data["reason"]
        if reason not in dict(FLAG_REASONS):
            raise forms.ValidationError(_("Unknown reason."))
        return reason

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"))


class CloseFlagForm(forms.Form):
    """Resolving or dismissing a flag says why."""

    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label=_("Comment"))

    def clean_comment(self):
        return _clean_text(self.cleaned_data.get("comment"), required=True)


class ConfirmFindingForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, label=_("Note"))

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"))


class DismissFindingForm(forms.Form):
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label=_("Why is this not a problem?"))

    def clean_comment(self):
        return _clean_text(self.cleaned_data.get("comment"), required=True)


class CorrectionForm(forms.Form):
    value = forms.DecimalField(
        max_digits=14, decimal_places=2, required=False, label=_("Correct value"), localize=False
    )
    metric = forms.ChoiceField(
        choices=[("", _("(keep the metric)")), *vocab.METRICS], required=False, label=_("Correct metric")
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label=_("Why"))

    def clean_value(self):
        value = self.cleaned_data.get("value")
        if value is not None and value < Decimal(0):
            raise forms.ValidationError(_("A figure cannot be negative."))
        return value

    def clean_metric(self):
        metric = (self.cleaned_data.get("metric") or "").strip()
        if metric and not METRIC_SLUG.match(metric):
            raise forms.ValidationError(_("Not a metric."))
        return metric

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"), required=True)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("value") is None and not cleaned.get("metric") and not self.errors:
            raise forms.ValidationError(_("Give the correct value, the correct metric, or both."))
        return cleaned


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django's documented way to accept several files in one field."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is the importer's to reject, by name, beside the files that import.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class UploadForm(forms.Form):
    files = MultipleFileField(label=_("Article files (text or saved web pages)"))
    # An article is its content, not its file name: another file with a known name is a new article,
    # unless the editor says it is a corrected version of that one.
    replace = forms.BooleanField(
        required=False,
        label=_("Replace the article that has the same file name"),
        help_text=_(
            "Only for a corrected version of that very article; otherwise each file is a new article."
        ),
    )

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if not files:
            raise forms.ValidationError(_("Choose at least one file."))
        if len(files) > MAX_UPLOAD_FILES:
            raise forms.ValidationError(
                _("At most %(n)d files at once; use the import command for more.") % {"n": MAX_UPLOAD_FILES}
            )
        # Too-big files are rejected one by one by the importer's rule, with the others imported.
        return files


class PasteForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}), label=_("Article text"))
    title = forms.CharField(max_length=1000, required=False, label=_("Title"))
    outlet = forms.CharField(max_length=200, label=_("Outlet"))
    published = forms.DateField(label=_("Publication date"), widget=forms.DateInput(attrs={"type": "date"}))
    url = forms.CharField(max_length=2000, required=False, label=_("Address (URL)"))

    def clean_text(self):
        text = (self.cleaned_data.get("text") or "").strip()
        if not text:
            raise forms.ValidationError(_("Paste the article's text."))
        size = len(text.encode("utf-8"))
        if size > MAX_PASTE_BYTES:
            raise forms.ValidationError(
                _(
                    "This text is %(size).1f MB; a pasted article can be at most %(limit)d MB. "
                    "Split it into articles, or paste only the article's own text."
                )
                % {"size": size / (1024 * 1024), "limit": MAX_PASTE_BYTES // (1024 * 1024)}
            )
        return text

    def clean_title(self):
        return " ".join((self.cleaned_data.get("title") or "").split())

    def clean_outlet(self):
        outlet = " ".join((self.cleaned_data.get("outlet") or "").split())
        if not outlet:
            raise forms.ValidationError(_("Name the outlet."))
        return outlet

    def clean_published(self):
        published = self.cleaned_data.get("published")
        if published and published.year < 1990:
            raise forms.ValidationError(_("This date is before any outlet we track."))
        if published and published > timezone.localdate() + FUTURE_DATE_SLACK:
            raise forms.ValidationError(_("This date is later than today."))
        return published

    def clean_url(self):
        url = (self.cleaned_data.get("url") or "").strip()
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except forms.ValidationError as exc:
                raise forms.ValidationError(_("Not a web address (http:// or https://).")) from exc
        return url
