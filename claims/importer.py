"""The only bridge from the extraction engine to the database.

Each file is read, extracted and saved in its own transaction: a bad file is reported by
name and the rest of the batch goes on; a crash leaves whole articles or nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import DataError, IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.utils import timezone

from claims.connections import is_lost_connection
from claims.extraction.engine import extract, read_article
from claims.extraction.files import MAX_FILE_BYTES, article_files, read_file_bytes  # noqa: F401 - re-exported for upload forms
from claims.extraction.records import Document, Extraction, RejectedFile
from claims.models import Article, ArticleCountry, Claim, Country, ImportRun, Source
from claims.models.articles import RUN_HEARTBEAT
from claims.signals import articles_imported

logger = logging.getLogger(__name__)

NEW, UNCHANGED, UPDATED, REJECTED = "new", "unchanged", "updated", "rejected"


# A publication date later than tomorrow is a misprint in the page's metadata (9999-12-31 was seen):
# the date is dropped and the article imported undated, with a warning, rather than the file refused:
# its text and figures are real, an undated claim is shown as undated, and a future date would put its
# figures ahead of every real one in each comparison. A day of slack: an outlet east of Casablanca
# may print tomorrow's date tonight.
FUTURE_DATE_SLACK = timedelta(days=1)


@dataclass
class ImportOutcome:
    file: str
    status: str
    reason: str = ""
    article: Article | None = None
    claims: int = 0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.status == REJECTED:
            return f"{self.file}: rejected: {self.reason}"
        return f"{self.file}: {self.status} ({self.claims} claims)" + "".join(f"; {w}" for w in self.warnings)


def check_readable(document: Document) -> None:
    """RejectedFile when the text read out of a file has no letter at all: importing it would say
    "new (0 claims)" and silently drop whatever the file holds (a page in 100,000 nested <div>s)."""
    if any(character.isalpha() for character in document.body):
        return
    if document.layout == "html":
        raise RejectedFile(
            "no readable text: the page's markup gives no article text (nested too deeply, or empty); "
            "save the article as plain text and import that"
        )
    if any(character.isalpha() for character in document.title or ""):
        raise RejectedFile("no article text: the file is one line, read as the title; put the text below it")
    raise RejectedFile("no readable text: the file holds no words")


def drop_future_date(document: Document) -> list[str]:
    """The warnings about the document's dates; a publication date later than tomorrow is dropped."""
    latest = timezone.localdate() + FUTURE_DATE_SLACK
    if document.published and document.published > latest:
        warning = f"publication date {document.published.isoformat()} is later than today: dropped, the article is undated"
        document.published = None
        return [warning]
    return []


def iter_article_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    return [Path(p) for p in article_files(list(paths))]


def import_file(path: Path, *, name: str | None = None, replace: bool = False) -> ImportOutcome:
    name = name or path.name
    try:
        raw = read_file_bytes(path)
    except RejectedFile as exc:
        return ImportOutcome(name, REJECTED, exc.reason)
    return import_bytes(raw, name, replace=replace)


def import_bytes(
    raw: bytes,
    name: str,
    *,
    overrides: dict | None = None,
    defaults: dict | None = None,
    replace: bool = False,
    whole_text: bool = False,
) -> ImportOutcome:
    """Import one article's bytes. `overrides` (outlet, published, url, title) come from an editor's form;
    `defaults` fill only what the file itself does not say (the host of a fetched page as its outlet);
    `whole_text`: the text has no title line (the editor typed the title), so its first line is body.

    An article is its content (the hash of its bytes), never its file name: other bytes under a name
    already imported are a new article (two editors' `index.html`, two folders' `truth.jsonl`), unless
    `replace` says they are a corrected version of the one article with that name, which is then
    updated in place (its claims re-matched, editors' work kept)."""
    content_hash = Article.hash_bytes(raw)
    if Article.objects.filter(content_hash=content_hash).exists():
        return ImportOutcome(name, UNCHANGED, article=Article.objects.get(content_hash=content_hash))
    try:
        decoded, document, extraction = read_article(raw, name)
    except RejectedFile as exc:
        return ImportOutcome(name, REJECTED, exc.reason)
    if overrides or whole_text:
        document, extraction = _as_the_editor_says(document, extraction, overrides or {}, whole_text)
    for key, value in (defaults or {}).items():
        if value and not getattr(document, key):
            setattr(document, key, value)
    try:
        check_readable(document)
    except RejectedFile as exc:
        return ImportOutcome(name, REJECTED, exc.reason)
    warnings = drop_future_date(document)
    try:
        with transaction.atomic():
            article, status = _save_article(name, content_hash, decoded.encoding, document, replace=replace)
            count = save_extraction(article, document, extraction)
    except RejectedFile as exc:
        # A figure the database cannot hold: nothing of the file is kept, and the reason is shown.
        return ImportOutcome(name, REJECTED, exc.reason)
    except (IntegrityError, DataError) as exc:
        # Another import saved the same bytes first: the unique hash decides, nothing is duplicated.
        existing = Article.objects.filter(content_hash=content_hash).first()
        if existing is None:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return ImportOutcome(name, REJECTED, f"could not be saved: {first_line[:300]}")
        return ImportOutcome(name, UNCHANGED, article=existing)
    return ImportOutcome(name, status, article=article, claims=count, warnings=warnings)


def reextract_article(article: Article) -> int:
    """Run the engine again over a stored article, in one transaction; the number of claims it holds."""
    document = stored_document(article)
    extraction = extract(document)
    with transaction.atomic():
        return save_extraction(article, document, extraction)


def _as_the_editor_says(
    document: Document, extraction: Extraction, overrides: dict, whole_text: bool
) -> tuple[Document, Extraction]:
    """The document with the details an editor typed (outlet, date, address, title), read again when
    they change what the engine reads: the publication date resolves "since 2002" and "in the last
    three years"; with `whole_text`, the body starts at the text's first line (the layout had taken
    it as the title)."""
    fields = ("outlet", "published", "url", "title")
    changes = {field: overrides[field] for field in fields if overrides.get(field)}
    if whole_text:
        first = len(document.text) - len(document.text.lstrip())
        if first < document.body_start:
            changes["body_start"] = first
    if not changes:
        return document, extraction
    reread = "body_start" in changes or changes.get("published", document.published) != document.published
    document = dataclasses.replace(document, **changes)
    return document, extract(document) if reread else extraction


def article_fields(content_hash: str, encoding: str, document: Document, *, source_for=None) -> dict:
    """The Article columns for a read document (also used by the bulk path, claims/importer_bulk.py,
    which passes a memoised `source_for` to save a query per article)."""
    return {
        "source": (Source.for_name if source_for is None else source_for)(document.outlet),
        "title": (document.title or "")[:1000],
        "published": document.published,
        "dateline": document.dateline or "",
        "language": document.language,
        "url": document.url or "",
        "body": document.body,
        "body_offset": document.body_start,
        "layout": document.layout,
        "content_hash": content_hash,
        "encoding": encoding,
        "search_text": Article.folded_search_text(document.title or "", document.body),
    }


def _save_article(
    name: str, content_hash: str, encoding: str, document: Document, *, replace: bool = False
) -> tuple[Article, str]:
    fields = article_fields(content_hash, encoding, document)
    previous = None
    if replace:
        # Asked for: the file is the same article, corrected at the source. Which one must be plain.
        named = list(Article.objects.select_for_update().filter(file_name=name).order_by("pk")[:2])
        if len(named) > 1:
            raise RejectedFile(
                f"several articles are named {name!r}: replace one from its page in the admin, "
                "or import this file without replacing"
            )
        previous = named[0] if named else None
    if previous is not None:
        corrected = {field: _detail(previous, field) for field in previous.corrected_details()}
        for key, value in fields.items():
            setattr(previous, key, value)
        if previous.machine_details is not None:
            # An editor corrected some details: the import's reading goes beside them, theirs stays.
            previous.machine_details = previous.details()
            for field, value in corrected.items():
                setattr(previous, "source" if field == "outlet" else field, value)
            previous.refresh_search_text()
        previous.save()
        return previous, UPDATED
    return Article.objects.create(file_name=name, **fields), NEW


def _detail(article: Article, field: str):
    return article.source if field == "outlet" else getattr(article, field)


def save_extraction(article: Article, document: Document, extraction: Extraction) -> int:
    """Replace what the engine said about an article, keeping claims whose identity is unchanged.

    Claims are matched by identity (content hash, span, metric), so a re-extraction updates
    them in place and whatever editors attached to them stays attached. A claim an editor reviewed
    (verified, corrected, rejected, added) keeps the editor's reading in its columns: only its
    `machine_reading` takes what the engine reads now. A claim an editor added stays whether or not
    the engine finds it.
    """
    wanted = wanted_claims(article, document, extraction)
    reanchor_worked_claims(article, wanted)
    existing = {c.identity: c for c in Claim.objects.filter(article=article)}
    stale = [c.pk for key, c in existing.items() if key not in wanted and not c.added_by_id]
    remove_vanished_claims(article, stale)
    to_update, to_create, reviewed, reread = [], [], [], []
    for identity, claim in wanted.items():
        old = existing.get(identity)
        if old is None:
            to_create.append(claim)
        elif old.review_state == Claim.MACHINE:
            claim.pk = old.pk
            to_update.append(claim)
        else:
            engine_now, engine_before = claim.reading(), old.machine or {}
            changed = [field for field in engine_now if engine_before.get(field) != engine_now[field]]
            if changed:
                reread.append(
                    (old, {f: engine_before.get(f) for f in changed}, {f: engine_now[f] for f in changed})
                )
            old.machine_reading = engine_now
            old.value_text, old.sentence = claim.value_text, claim.sentence
            reviewed.append(old)
    Claim.objects.bulk_create(to_create)
    if to_update:
        Claim.objects.bulk_update(to_update, UPDATABLE_CLAIM_FIELDS)
    if reviewed:
        Claim.objects.bulk_update(reviewed, ["machine_reading", "value_text", "sentence"])
    if reread:
        from claims.services import record_reread

        record_reread(reread)

    ArticleCountry.objects.filter(article=article).delete()
    ArticleCountry.objects.bulk_create(country_mentions(article, document, extraction))
    return len(wanted)


def wanted_claims(article: Article, document: Document, extraction: Extraction) -> dict[str, Claim]:
    """Unsaved Claim rows for what the engine found, by identity, with offsets relative to the body."""
    offset = document.body_start
    wanted: dict[str, Claim] = {}
    for found in extraction.claims:
        start, end = found.start - offset, found.end - offset
        identity = Claim.make_identity(article.content_hash, start, end, found.metric)
        if start < 0 or end <= start or identity in wanted:
            continue
        check_storable_value(found)
        wanted[identity] = Claim(
            article=article, identity=identity, start=start, end=end, **claim_fields(found)
        )
    return wanted


def country_mentions(
    article: Article, document: Document, extraction: Extraction, *, country_for=None
) -> list[ArticleCountry]:
    """Unsaved ArticleCountry rows, one per (span, country), offsets relative to the body."""
    country_for = Country.for_code if country_for is None else country_for
    offset = document.body_start
    mentions, seen = [], set()
    for mention in extraction.countries:
        start = mention.start - offset
        if start < 0 or (start, mention.code) in seen:
            continue
        seen.add((start, mention.code))
        mentions.append(
            ArticleCountry(
                article=article,
                country=country_for(mention.code),
                role=mention.role,
                text=mention.text[:200],
                start=start,
                end=mention.end - offset,
            )
        )
    return mentions


# Claim.value is DECIMAL(14, 2): PostgreSQL refuses a bigger figure, and SQLite stores it but then
# fails to read it back (every page listing it would crash), so such a figure is refused here on both.
_VALUE_FIELD = Claim._meta.get_field("value")
_VALUE_LIMIT = Decimal(10) ** (_VALUE_FIELD.max_digits - _VALUE_FIELD.decimal_places)


def check_storable_value(found) -> None:
    """Raise RejectedFile when a claim's figure cannot be stored (negative, not finite, too large)."""
    try:
        value = Decimal(str(found.value))
    except InvalidOperation:
        raise RejectedFile(f"a figure is not a number: {found.value_text!r}") from None
    if not value.is_finite() or value < 0 or value >= _VALUE_LIMIT:
        raise RejectedFile(f"a figure cannot be stored (negative or too large): {found.value_text!r}")


def reanchor_worked_claims(article: Article, wanted: dict[str, Claim]) -> None:
    """A claim editors worked on follows its figure when the file changed around it.

    Re-importing a file with other bytes changes the content hash, so every identity changes; a
    claim with a history whose figure is found again (same metric as the engine read it, same
    printed value, same sentence) takes the new identity and span, keeping its primary key and the
    editors' work. One the engine does not find (a figure an editor added) follows its sentence
    when the sentence, and the figure in it, occur once in the new text.
    """
    worked = (
        Claim.objects.filter(article=article, events__isnull=False)
        .exclude(identity__in=list(wanted))
        .distinct()
    )
    free = {(c.metric, c.value_text, c.sentence): identity for identity, c in wanted.items()}
    taken = set(Claim.objects.filter(identity__in=list(wanted)).values_list("identity", flat=True))
    moved = []
    for claim in worked:
        engine_metric = (claim.machine or claim.reading())["metric"]
        identity = free.pop((engine_metric, claim.value_text, claim.sentence), None)
        if identity is None or identity in taken:
            if _follow_sentence(article, claim):
                moved.append(claim.pk)
            continue
        target = wanted[identity]
        Claim.objects.filter(pk=claim.pk).update(identity=identity, start=target.start, end=target.end)
        moved.append(claim.pk)
    if moved:
        from claims.findings import rekey_findings

        rekey_findings(moved)


def _follow_sentence(article: Article, claim: Claim) -> bool:
    """Move a claim to its figure in the article's new text, when the place is beyond doubt."""
    body, sentence = article.body, claim.sentence
    at = body.find(sentence)
    if at < 0 or body.find(sentence, at + 1) >= 0 or sentence.count(claim.value_text) != 1:
        return False
    start = at + sentence.index(claim.value_text)
    end = start + len(claim.value_text)
    metric = claim.identity.rsplit(":", 1)[-1]
    identity = Claim.make_identity(article.content_hash, start, end, metric)
    if identity == claim.identity or Claim.objects.filter(identity=identity).exists():
        return False
    Claim.objects.filter(pk=claim.pk).update(identity=identity, start=start, end=end)
    return True


def remove_vanished_claims(article: Article, claim_ids: list[int]) -> None:
    """Claims the engine no longer finds go away, unless editors worked on them.

    Every editorial write leaves a history line (`ClaimEvent`), so a claim with a history is one
    whose flags, correction or dismissed findings must survive: it stays, with a note saying
    the engine no longer finds it.
    """
    if not claim_ids:
        return
    from claims.services import record_vanished

    vanished = Claim.objects.filter(pk__in=claim_ids)
    worked_on = vanished.filter(events__isnull=False).distinct()
    record_vanished(worked_on)
    vanished.exclude(pk__in=worked_on.values("pk")).delete()


UPDATABLE_CLAIM_FIELDS = [
    "subset",
    "value",
    "value_text",
    "qualifier",
    "qualifier_text",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "period_text",
    "period_year",
    "org",
    "person",
    "attribution_raw",
    "sentence",
    "confidence",
    "as_of",
]


def claim_fields(found) -> dict:
    period, attribution = found.period, found.attribution
    start_year = (period.start or "")[:4]
    return {
        "metric": found.metric,
        "subset": found.subset or "",
        "value": found.value,
        "value_text": found.value_text[:200],
        "qualifier": found.qualifier,
        "qualifier_text": (found.qualifier_text or "")[:100],
        "unit": found.unit,
        "period_type": period.type,
        "period_start": period.start or "",
        "period_end": period.end or "",
        "period_text": (period.text or "")[:300],
        "period_year": int(start_year) if start_year.isdigit() else None,
        "org": attribution.org,
        "person": (attribution.person or "")[:200],
        "attribution_raw": (attribution.raw or "")[:500],
        "sentence": found.sentence,
        "confidence": found.confidence,
        "as_of": found.as_of or "",
    }


def stored_document(article: Article) -> Document:
    """The article as the engine read it at import, rebuilt from what the database keeps (for
    `reextract` and `evaluate_extraction --reviewed`).

    Only the body is kept, so the rebuilt text is the body itself (body_start 0): claim offsets,
    and with them claim identities, come out relative to the body exactly as the importer stores them.
    """
    return Document(
        text=article.body,
        title=article.title or None,
        outlet=article.source.name if article.source_id else None,
        published=article.published,
        dateline=article.dateline or None,
        language=article.language,
        body_start=0,
        body_end=len(article.body),
        layout=article.layout,
        url=article.url or None,
    )


def import_paths(
    paths: Iterable[str | os.PathLike],
    *,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    files: list[Path] | None = None,
    bulk: bool = False,
    replace: bool = False,
) -> ImportRun:
    """Import files and folders, recording the run; one bad file never stops the others.

    `bulk=True` is for whole archives: extraction in a process pool, one transaction and a few
    queries per batch of files (claims/importer_bulk.py); same outcomes as the per-file path.
    `replace=True`: a file whose name one article has updates that article (see import_bytes).
    """
    paths = list(paths)
    run = ImportRun.objects.start("\n".join(str(p) for p in paths))
    files = files if files is not None else iter_article_files(paths)
    imported_ids: list[int] = []
    try:
        if bulk:
            from claims.importer_bulk import import_in_batches

            outcomes = import_in_batches(files, replace=replace)
        else:
            outcomes = (
                surviving_lost_connections(lambda p=path: import_file(p, replace=replace)) for path in files
            )
        for outcome in outcomes:
            record_outcome(run, outcome)
            if outcome.article is not None and outcome.status in (NEW, UPDATED):
                imported_ids.append(outcome.article.pk)
            if on_outcome:
                on_outcome(outcome)
    except Exception as exc:
        mark_failed(run, exc)
        raise
    surviving_lost_connections(lambda: finish(run))
    articles_imported.send(sender=import_paths, article_ids=imported_ids)
    refresh_findings_after_import()
    return run


# How often one step of an import is tried on a new connection when the database drops the one it had.
RECONNECT_ATTEMPTS = 3
RECONNECT_PAUSE_S = 0.5


def surviving_lost_connections(step: Callable):
    """step(), again on a new connection when the database dropped this one (a restart, a failover,
    pg_terminate_backend): an import of thousands of files goes on instead of stopping. Safe to repeat:
    a file is saved in one transaction, whole or not at all, and its bytes only once (the content hash
    is unique). A database that stays away still ends the import, with the command's clear error."""
    for attempt in range(1, RECONNECT_ATTEMPTS + 1):
        try:
            return step()
        except (OperationalError, InterfaceError) as error:
            lost = is_lost_connection(error, connection)
            if not lost or connection.in_atomic_block or attempt == RECONNECT_ATTEMPTS:
                raise
            logger.warning(
                "database connection lost during an import: reconnecting (attempt %d)", attempt + 1
            )
            connection.close()
            time.sleep(RECONNECT_PAUSE_S * attempt)


def refresh_findings_after_import() -> None:
    from claims.findings import refresh_findings_quietly

    refresh_findings_quietly()


def record_outcome(run: ImportRun, outcome: ImportOutcome) -> None:
    setattr(run, outcome.status, getattr(run, outcome.status) + 1)
    if outcome.status == REJECTED:
        run.rejections.append({"file": outcome.file, "reason": outcome.reason})
    for warning in outcome.warnings:
        run.warnings.append({"file": outcome.file, "warning": warning})
    now = timezone.now()
    if run.heartbeat_at is None or now - run.heartbeat_at >= RUN_HEARTBEAT:
        # A sign of life (and the counts so far): a run that stops beating was killed or timed out.
        run.heartbeat_at = now
        surviving_lost_connections(run.save)


def finish(run: ImportRun) -> None:
    run.status = ImportRun.FINISHED
    run.finished_at = timezone.now()
    run.save()


def mark_failed(run: ImportRun, exc: BaseException) -> None:
    """Record the failure when the database still answers; say so on stderr either way."""
    run.status = ImportRun.FAILED
    run.error = f"{type(exc).__name__}: {exc}"[:2000]
    run.finished_at = timezone.now()
    for attempt in (1, 2):
        try:
            run.save()
            return
        except Exception:  # noqa: BLE001 - the database itself may be what failed
            if attempt == 2 or connection.in_atomic_block:
                logger.exception("could not record the failed import run %s", run.pk)
                return
            # The connection the failure killed is unusable; a server that is back answers a new one.
            connection.close()
