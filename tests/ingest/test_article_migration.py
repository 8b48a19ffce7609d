"""Adding Article.copy_of and the url index left the articles table's data-version triggers in place
(a rebuilt SQLite table loses them, and every cached page would then go stale)."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_the_articles_table_still_bumps_the_data_version():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claims_article'"
            )
            expected = {f"claims_article_data_version_{event}" for event in ("insert", "update", "delete")}
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'claims_article'::regclass")
            expected = {"claims_article_data_version"}
        assert expected <= {row[0] for row in cursor.fetchall()}
