"""Who gets what: every route × anonymous / journalist / editor, with the expected answer.

LOGIN means a 302 to the log-in page. POST routes are tried with an empty form (what a forged or
careless request sends): the editor's answer is then the form again (200), a redirect after doing
nothing harmful (302), or 400. Journalists' pages are public: the figures come from published news.
A route missing from this table fails `test_every_route_is_classified`: classify new views here.
The admin site (`admin:` namespace) checks staff status itself; its index stands for all its pages.
"""

from __future__ import annotations

from dataclasses import dataclass

LOGIN = "login"
ADMIN_LOGIN = "admin-login"  # 302 to the admin's own log-in page


@dataclass(frozen=True)
class Access:
    anonymous: int | str
    journalist: int | str
    editor: int | str


@dataclass(frozen=True)
class Rule:
    method: str
    access: Access


PUBLIC = Access(200, 200, 200)
EDITORS_ONLY = Access(LOGIN, 403, 200)


def editors_post(editor_answer: int) -> Access:
    return Access(LOGIN, 403, editor_answer)


PERMISSIONS: dict[str, Rule] = {
    # System and accounts
    "healthz": Rule("GET", PUBLIC),
    "login": Rule("GET", PUBLIC),
    "logout": Rule("POST", Access(302, 302, 302)),
    "set_language": Rule("POST", Access(302, 302, 302)),
    "admin:index": Rule("GET", Access(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN)),
    # Journalists read (public)
    "home": Rule("GET", PUBLIC),
    "claim_list": Rule("GET", PUBLIC),
    "claims_csv": Rule("GET", PUBLIC),
    "api_claims": Rule("GET", PUBLIC),
    "article_list": Rule("GET", PUBLIC),
    "article_detail": Rule("GET", PUBLIC),
    "metric_detail": Rule("GET", PUBLIC),
    "source_detail": Rule("GET", PUBLIC),
    "country_detail": Rule("GET", PUBLIC),
    "metric_index": Rule("GET", PUBLIC),
    "source_index": Rule("GET", PUBLIC),
    "country_index": Rule("GET", PUBLIC),
    "reader_names": Rule("GET", PUBLIC),  # the filter boxes' suggestions (JSON)
    # Editors write
    "editors:queue": Rule("GET", EDITORS_ONLY),
    "editors:flag_new": Rule("GET", EDITORS_ONLY),
    "editors:flag": Rule("GET", EDITORS_ONLY),
    "editors:flag_resolve": Rule("POST", editors_post(400)),
    "editors:flag_dismiss": Rule("POST", editors_post(400)),
    "editors:finding": Rule("GET", EDITORS_ONLY),
    "editors:finding_confirm": Rule("POST", editors_post(302)),
    "editors:finding_dismiss": Rule("POST", editors_post(400)),
    "editors:claim_correct": Rule("GET", EDITORS_ONLY),
    # Public: readers see its public part (no editor's note), editors the whole history.
    "editors:claim_history": Rule("GET", PUBLIC),
    "editors:article_add": Rule("GET", EDITORS_ONLY),
    "editors:review": Rule("GET", EDITORS_ONLY),
    "editors:claims_verify": Rule("POST", editors_post(302)),  # no claim chosen: back, with a message
    "editors:claim_verify": Rule("POST", editors_post(302)),
    "editors:claim_reject": Rule("GET", EDITORS_ONLY),
    "editors:claim_restore": Rule("POST", editors_post(302)),  # no reason given: back, with a message
    "editors:article_review": Rule("GET", EDITORS_ONLY),
    "editors:claim_add": Rule("POST", editors_post(400)),
    "editors:article_correct": Rule("GET", EDITORS_ONLY),
    # The corrections log is public, as a newsroom's.
    "corrections": Rule("GET", PUBLIC),
    # Import jobs and feeds (ingest/): editors only
    "ingest:article_add": Rule("GET", EDITORS_ONLY),
    "ingest:jobs": Rule("GET", EDITORS_ONLY),
    "ingest:job": Rule("GET", EDITORS_ONLY),
    "ingest:job_progress": Rule("GET", EDITORS_ONLY),
    "ingest:job_retry": Rule("POST", editors_post(302)),
    "ingest:job_resume": Rule("POST", editors_post(302)),
    "ingest:reextract_all": Rule("POST", editors_post(302)),
    "ingest:feeds": Rule("GET", EDITORS_ONLY),
    "ingest:feed_poll": Rule("POST", editors_post(302)),
    # Publishing: published pages are public; saved searches are their owner's (another reader's
    # search answers 404: tests/publishing/test_saved_searches.py), the feed's token is its key
    "claim_page": Rule("GET", PUBLIC),
    "claims_feed": Rule("GET", PUBLIC),
    "api_schema": Rule("GET", PUBLIC),
    "api_docs": Rule("GET", PUBLIC),
    "chart_svg": Rule("GET", PUBLIC),
    "chart_embed": Rule("GET", PUBLIC),
    "chart_share": Rule("GET", PUBLIC),
    "saved_searches": Rule("GET", Access(LOGIN, 200, 200)),
    "saved_search_new": Rule("GET", Access(LOGIN, 200, 200)),
    "saved_search_edit": Rule("GET", Access(LOGIN, 200, 200)),
    "saved_search_delete": Rule("POST", Access(LOGIN, 302, 302)),
    "saved_search_new_secret": Rule("POST", Access(LOGIN, 302, 302)),
    "saved_search_feed": Rule("GET", PUBLIC),
}
