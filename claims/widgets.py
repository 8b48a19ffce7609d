"""Form widgets for the readers' filter forms, written out in Python instead of through templates.

Django renders each widget, and each <option> of a select, through its template engine: the claims
filter form (17 fields, about 60 options) cost 5.7 ms that way, a tenth of a claims page built from
scratch. These produce the same HTML as Django's templates (django/forms/widgets/input.html,
select.html, select_option.html and attrs.html) with format_html, from the same context.
"""

from __future__ import annotations

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


def _input(widget: dict):
    value = widget["value"]
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        format_html(' value="{}"', str(value)) if value is not None else "",
        flatatt(widget["attrs"]),
    )


class QuickInputMixin:
    def render(self, name, value, attrs=None, renderer=None):
        return _input(self.get_context(name, value, attrs)["widget"])


class TextInput(QuickInputMixin, forms.TextInput):
    pass


class NumberInput(QuickInputMixin, forms.NumberInput):
    pass


class DateInput(QuickInputMixin, forms.DateInput):
    pass


class Select(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        if any(group for group, _options, _index in widget["optgroups"]):
            return super().render(name, value, attrs, renderer)  # <optgroup>s: Django's own template
        options = format_html_join(
            "",
            '\n  <option value="{}"{}>{}</option>',
            (
                (str(option["value"]), flatatt(option["attrs"]), option["label"])
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}\n</select>', widget["name"], flatatt(widget["attrs"]), options
        )
