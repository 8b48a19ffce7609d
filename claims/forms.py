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


# Period kinds that need a start (a year, a month or a date), and those that need an end too.
PERIOD_NEEDS_START = {"since", "year", "range", "year_to_date", "month", "last_n_years"}
PERIOD_NEEDS_END = {"range"}
ISO_PRECISION = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SUBSET_SLUG = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
VALUE_LIMIT = Decimal(10) ** 12


def _metric_choices(current: str = ""):
    choices = list(vocab.METRICS)
    if current and current not in dict(choices):
        choices.append((current, current.replace("_", " ")))
    return choices


class ReadingForm(forms.Form):
    """A claim's reading as an editor states it: value, metric, qualifier, period, attribution, subset."""

    value = forms.DecimalField(max_digits=14, decimal_places=2, label=_("Value"), localize=False)
    metric = forms.ChoiceField(choices=vocab.METRICS, label=_("Metric"))
    subset = forms.ChoiceField(choices=[("", _("(none)")), *vocab.SUBSETS], required=False, label=_("Subset"))
    qualifier = forms.ChoiceField(choices=vocab.QUALIFIERS, label=_("Qualifier"))
    unit = forms.ChoiceField(choices=vocab.UNITS, label=_("Unit"))
    period_type = forms.ChoiceField(choices=vocab.PERIOD_TYPES, label=_("Kind of period"))
    period_start = forms.CharField(
        max_length=10, required=False, label=_("Period start"), help_text=_("2002, 2024-09 or 2025-07-03")
    )
    period_end = forms.CharField(max_length=10, required=False, label=_("Period end"))
    org = forms.ChoiceField(choices=vocab.ORGS, label=_("Said by"))
    person = forms.CharField(max_length=200, required=False, label=_("Person quoted"))
    as_of = forms.CharField(
        max_length=10,
        required=False,
        label=_("Figure dated"),
        help_text=_("When the text dates the figure itself (the November 2020 figures); else empty."),
    )

    READING = (
        "value",
        "metric",
        "subset",
        "qualifier",
        "unit",
        "period_type",
        "period_start",
        "period_end",
        "org",
        "person",
        "as_of",
    )

    def __init__(self, *args, current_metric: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["metric"].choices = _metric_choices(current_metric or self.initial.get("metric", ""))
        current_subset = self.initial.get("subset", "")
        if current_subset and current_subset not in vocab.SUBSET_LABELS:
            self.fields["subset"].choices += [(current_subset, vocab.subset_label(current_subset))]
        for name in ("period_start", "period_end", "person", "as_of"):
            self.fields[name].widget.attrs["dir"] = "auto"

    def clean_value(self):
        value = self.cleaned_data.get("value")
        if value is not None and value < Decimal(0):
            raise forms.ValidationError(_("A figure cannot be negative."))
        if value is not None and value >= VALUE_LIMIT:
            raise forms.ValidationError(_("This figure is too large to be a count."))
        return value

    def clean_metric(self):
        metric = (self.cleaned_data.get("metric") or "").strip()
        if not METRIC_SLUG.match(metric):
            raise forms.ValidationError(_("Not a metric."))
        return metric

    def clean_subset(self):
        subset = (self.cleaned_data.get("subset") or "").strip()
        if subset and not SUBSET_SLUG.match(subset):
            raise forms.ValidationError(
                _("Use lower-case Latin letters, digits and underscores (women, isis_linked).")
            )
        return subset

    def clean_period_start(self):
        return self._clean_period_bound("period_start")

    def clean_period_end(self):
        return self._clean_period_bound("period_end")

    def clean_as_of(self):
        return self._clean_period_bound("as_of")

    def _clean_period_bound(self, name):
        value = (self.cleaned_data.get(name) or "").strip()
        if value and not ISO_PRECISION.match(value):
            raise forms.ValidationError(_("Write a year, a month or a date: 2002, 2024-09 or 2025-07-03."))
        return value

    def clean_person(self):
        return " ".join((self.cleaned_data.get("person") or "").split())

    def clean(self):
        cleaned = super().clean()
        kind, start, end = cleaned.get("period_type"), cleaned.get("period_start"), cleaned.get("period_end")
        if kind in PERIOD_NEEDS_START and "period_start" not in self.errors and not start:
            self.add_error("period_start", _("This kind of period needs its start."))
        if kind in PERIOD_NEEDS_END and "period_end" not in self.errors and not end:
            self.add_error("period_end", _("A range needs its end."))
        if start and end and end < start:
            self.add_error("period_end", _("A period cannot end before it starts."))
        return cleaned

    def reading(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.READING}


class CorrectionForm(ReadingForm):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        label=_("Why (for editors only)"),
    )
    public_note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        required=False,
        label=_("Correction notice for readers (public)"),
        help_text=_("Shown in the corrections log and the claim's public history."),
    )

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"), required=True)

    def clean_public_note(self):
        return _clean_text(self.cleaned_data.get("public_note"))


class AddClaimForm(ReadingForm):
    """A figure the engine missed: its place in the text (selected with the mouse, or typed as printed)
    and the editor's reading of it."""

    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)
    value_text = forms.CharField(
        max_length=200,
        label=_("The figure as printed"),
        help_text=_("Select it in the article's text above, or type it as printed."),
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        required=False,
        label=_("Note (for editors only)"),
    )

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.fields["value_text"].widget.attrs["dir"] = "auto"

    def clean_value_text(self):
        text = (self.cleaned_data.get("value_text") or "").strip()
        if not text:
            raise forms.ValidationError(_("Select the figure in the article's text."))
        return text

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"))

    def clean(self):
        cleaned = super().clean()
        text, start, end = cleaned.get("value_text"), cleaned.get("start"), cleaned.get("end")
        body = self.article.body
        if not text:
            return cleaned
        if start is not None and end is not None and 0 <= start < end <= len(body):
            if body[start:end].strip() != text:
                self.add_error("value_text", _("The selection and the figure typed differ; select it again."))
            return cleaned
        first = body.find(text)
        if first < 0:
            self.add_error("value_text", _("This text is not in the article."))
        elif body.find(text, first + 1) >= 0:
            self.add_error(
                "value_text",
                _("The article prints this more than once: select the one you mean in the text."),
            )
        else:
            cleaned["start"], cleaned["end"] = first, first + len(text)
        return cleaned


class RejectForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        label=_("Why is this not a claim? (for editors only)"),
    )
    public_note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        required=False,
        label=_("Correction notice for readers (public)"),
    )

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"), required=True)

    def clean_public_note(self):
        return _clean_text(self.cleaned_data.get("public_note"))


class RestoreForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        label=_("Why go back to the machine's reading? (for editors only)"),
    )

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"), required=True)


class VerifyForm(forms.Form):
    """Bulk verify: the selected claims read right as the engine read them."""

    claims = ClaimIdsField(queryset=Claim.objects.all(), widget=forms.MultipleHiddenInput, label=_("Claims"))

    def clean_claims(self):
        claims = self.cleaned_data["claims"]
        if not claims:
            raise forms.ValidationError(_("Choose at least one claim."))
        return claims


class ArticleCorrectionForm(forms.Form):
    title = forms.CharField(max_length=1000, required=False, label=_("Title"))
    outlet = forms.CharField(max_length=200, required=False, label=_("Outlet"))
    published = forms.DateField(
        required=False, label=_("Publication date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    dateline = forms.CharField(max_length=200, required=False, label=_("Dateline"))
    url = forms.CharField(max_length=2000, required=False, label=_("Original address (URL)"))
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}), label=_("Why (for editors only)")
    )
    public_note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        required=False,
        label=_("Correction notice for readers (public)"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title", "outlet", "dateline"):
            self.fields[name].widget.attrs["dir"] = "auto"

    def clean_title(self):
        return " ".join((self.cleaned_data.get("title") or "").split())

    def clean_outlet(self):
        return " ".join((self.cleaned_data.get("outlet") or "").split())

    def clean_published(self):
        published = self.cleaned_data.get("published")
        if published and published.year < 1990:
            raise forms.ValidationError(_("This date is before any outlet we track."))
        return published

    def clean_dateline(self):
        return " ".join((self.cleaned_data.get("dateline") or "").split())

    def clean_url(self):
        return _clean_url(self.cleaned_data.get("url"))

    def clean_note(self):
        return _clean_text(self.cleaned_data.get("note"), required=True)

    def clean_public_note(self):
        return _clean_text(self.cleaned_data.get("public_note"))

    def details(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("title", "outlet", "published", "dateline", "url")}


def _clean_url(value) -> str:
    url = (value or "").strip()
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except forms.ValidationError as exc:
            raise forms.ValidationError(_("Not a web address (http:// or https://).")) from exc
    return url


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
    title = forms.CharField(
        max_length=1000,
        required=False,
        label=_("Title"),
        help_text=_("Without a title, the text's first line is taken as its title."),
    )
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
        return _clean_url(self.cleaned_data.get("url"))
