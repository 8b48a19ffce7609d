"""Dates and numbers as each interface language writes them (FORMAT_MODULE_PATH in settings)."""
