"""Path converters: a path argument that cannot name anything is a 404 before any view or query runs.

A NUL byte in a text argument reached PostgreSQL, which refuses it with a DataError (a 500): the
argument's shape is now checked by the URL pattern itself.
"""


class Iso2Converter:
    """A two-letter country code, either case (`/countries/es/` is Spain too)."""

    regex = "[A-Za-z]{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
