"""What the fresh development corpora (tests/corpus_voices, desk, wire, ledger, probe) share: the page layouts
their articles are printed in, the gold's record builders (periods, attributions, claims, traps, metadata) and
the resolution of cross-file groups to claim ids, the check of a built corpus and the build command line. Each
corpus's build.py holds its articles and its README."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

NBSP = "\u00a0"

# ---------------------------------------------------------------- layouts

BYLINE = {
    "ar": "نشر في {outlet} يوم {d} - {m} - {y}",
    "fr": "Publié dans {outlet} le {d} - {m} - {y}",
    "en": "Published in {outlet} on {d} - {m} - {y}",
}
REPORT = {
    "ar": ["شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص."],
    "fr": ["Merci pour votre signalement !", "Cette image sera automatiquement bloquée après signalement."],
    "en": [
        "Thanks for reporting!",
        "This image will be blocked automatically once several people report it.",
    ],
}
SOURCE = {
    "ar": "انقر هنا لقراءة الخبر من مصدره.",
    "fr": "Cliquez ici pour lire l'article depuis sa source.",
    "en": "Click here to read the story from its source.",
}


def aggregator(lang, sidebar_heads, title, outlet, date, body):
    """An aggregator dump: one line of other stories' headlines, the report notice, title, byline, body."""
    first = ""
    for i, headline in enumerate(sidebar_heads):
        first += ("" if i == 0 else NBSP * 4) + headline
    y, m, d = date.split("-")
    lines = [first, "", "", *REPORT[lang], "", title, BYLINE[lang].format(outlet=outlet, d=d, m=m, y=y), ""]
    lines += body + ["", SOURCE[lang]]
    return "\n".join(lines) + "\n"


RELATED = {"ar": "مقالات ذات صلة", "fr": "Articles similaires", "en": "Related Articles"}
COMMENT = {
    "ar": ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني."],
    "fr": ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."],
    "en": ["Leave a Reply", "Your email address will not be published."],
}


def wordpress(lang, site, crumbs, title, meta_line, body, related):
    """A WordPress page saved as text: site, breadcrumb, title, a meta line with the date, body, related, form."""
    lines = [site, "", crumbs, "", title, "", meta_line, ""]
    for block in body:
        lines += [block, ""]
    lines += [RELATED[lang], ""]
    for headline in related:
        lines += [headline, ""]
    lines += COMMENT[lang]
    return "\n".join(lines) + "\n"


def clean(title, date_line, body):
    """A clean article: title, a date line, then paragraphs."""
    return "\n".join([title, date_line, *body]) + "\n"


def html(lang, title, outlet, date, body, *, time_tag=True, jsonld=True, aside=(), publisher=None, title_tail=None,
         sep=" | ", clock="09:30:00+01:00", byline=None):  # fmt: skip
    """A saved HTML page; the date in <time datetime> and/or JSON-LD datePublished (at `clock`). `outlet` is the
    og:site_name; the JSON-LD publisher (`publisher`) and the <title>'s suffix after `sep` (`title_tail`) default
    to it; an optional visible byline (which may show an update date) follows the time tag."""
    direction = "rtl" if lang == "ar" else "ltr"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" dir="{direction}">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{title}{sep}{title_tail or outlet}</title>",
        f'  <meta property="og:site_name" content="{outlet}">',
    ]
    if jsonld:
        head.append(
            '  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"headline":"{title}","datePublished":"{date}T{clock}",'
            f'"publisher":{{"@type":"Organization","name":"{publisher or outlet}"}}}}</script>'
        )
    head += ["</head>", "<body>", "  <article>", f"    <h1>{title}</h1>"]
    if time_tag:
        head.append(f'    <time datetime="{date}T{clock}">{date}</time>')
    if byline:
        head.append(f'    <p class="byline">{byline}</p>')
    paras = [f"    <p>{p}</p>" for p in body]
    tail = ["  </article>"]
    if aside:
        tail += ["  <aside>", *[f"    <h3>{a}</h3>" for a in aside], "  </aside>"]
    tail += ["</body>", "</html>"]
    return "\n".join(head + paras + tail) + "\n"


# ---------------------------------------------------------------- gold helpers


def P(type_, start=None, end=None, text=None, n=None):
    period = {"type": type_, "start": start, "end": end, "text": text}
    if n is not None:
        period["n"] = n
    return period


def since(start, end, text):
    return P("since", start, end, text)


def yr(year, text):
    return P("year", year, year, text)


def rng(start, end, text):
    return P("range", start, end, text)


def ytd(pub, text):
    return P("year_to_date", pub[:4], pub, text)


def lastn(n, pub, text):
    return P("last_n_years", str(int(pub[:4]) - n), pub, text, n=n)


def cumul(end, text=None):
    return P("cumulative_unspecified", None, end, text)


def unspec(text=None):
    return P("unspecified", None, None, text)


def A(org, raw=None, person=None):
    return {"org": org, "person": person, "raw": raw}


def C(
    metric,
    value,
    value_text,
    sentence,
    period,
    attribution,
    *,
    q="exact",
    qt=None,
    subset=None,
    notes=None,
    as_of=None,
):
    claim = {
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": q,
        "qualifier_text": qt,
        "unit": "count",
        "scope": "national",
        "period": period,
        "as_of": as_of,
        "attribution": attribution,
        "sentence": sentence,
    }
    if notes:
        claim["notes"] = notes
    return claim


def T(text, reason):
    return {"text": text, "reason": reason}


SIDEBAR_RULE = T(
    "<any headline in the first line (sidebar)>",
    "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
)


def meta(title, outlet, alias, date, *, fictional=False, city=None):
    return dict(title=title, outlet=outlet, outlet_alias=alias, outlet_fictional=fictional, date=date,
                dateline_city=city)  # fmt: skip


def claim_ref(entries, key, metric, value, subset=None, nth=0):
    entry = next(e for e in entries if e["key"] == key)
    found = [c for c in entry["claims"] if (c["metric"], c["value"], c["subset"]) == (metric, value, subset)]
    assert len(found) > nth, (key, metric, value, subset)
    return f"{key}.{found[nth]['id']}"


def resolve(entries, groups):
    out = []
    for group in groups:
        rest = {k: v for k, v in group.items() if k not in ("refs", "id", "kind")}
        head = {k: group[k] for k in ("id", "kind") if k in group}
        out.append({**head, "claims": [claim_ref(entries, *ref) for ref in group["refs"]], **rest})
    return out


LANG_NAMES = {"ar": "Arabic", "fr": "French", "en": "English"}


def verify(gold, out_dir):
    """Problems of a built corpus: sizes, and every gold string (sentence, value, period, source, trap) in its text."""
    out_dir = Path(out_dir)
    problems = []
    for f in gold["files"]:
        raw = (out_dir / f["file"]).read_bytes()
        if len(raw) != f["bytes"]:
            problems.append(f"{f['key']}: size")
        text = raw.decode("utf-8")
        for field in ("title", "outlet", "dateline_city"):
            value = f["metadata"][field]
            if value and value not in text:
                problems.append(f"{f['key']}: metadata {field} not in text")
        for c in f["claims"] + f["optional_claims"]:
            where = f"{f['key']}.{c['id']}"
            if text.count(c["sentence"]) != 1:
                problems.append(f"{where}: sentence found {text.count(c['sentence'])} times")
            for label in ("value_text", "qualifier_text"):
                if c[label] and c[label] not in c["sentence"]:
                    problems.append(f"{where}: {label} not in sentence")
            if c["period"]["text"] and c["period"]["text"] not in c["sentence"]:
                problems.append(f"{where}: period text not in sentence")
            for label in ("raw", "person"):
                if c["attribution"][label] and c["attribution"][label] not in text:
                    problems.append(f"{where}: attribution {label} not in text")
        for t in f["must_not_extract"]:
            if not t["text"].startswith("<") and t["text"] not in text:
                problems.append(f"{f['key']}: trap {t['text']!r} not in text")
        for np_ in f["countries_not_partners"]:
            if np_["text"] not in text:
                problems.append(f"{f['key']}: non-partner text {np_['text']!r} not in text")
    return problems


def write_corpus(out_dir, articles, *, description, inconsistencies, must_not_flag, readme):
    """Writes each article's file, expected.json (the seeds' schema) and README.md into out_dir; returns the gold.

    `articles` are functions returning a page spec (key, file, format, language, text, metadata, claims,
    optional_claims, must_not_extract, countries_cited, countries_not_partners, summary); the groups are
    resolved to claim ids; `readme(gold, summaries)` writes the README's text."""
    import json

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, summaries = [], {}
    for make in articles:
        spec = make()
        data = spec["text"].encode("utf-8")
        (out_dir / spec["file"]).write_bytes(data)
        entries.append(
            {
                "key": spec["key"],
                "file": spec["file"],
                "bytes": len(data),
                "format": spec["format"],
                "language": spec["language"],
                "encoding": "utf-8",
                "line_endings": "LF",
                "expected_status": "ok",
                "metadata": spec["metadata"],
                "claims": [{"id": f"c{i}", **c} for i, c in enumerate(spec["claims"], 1)],
                "optional_claims": [{"id": f"o{i}", **c} for i, c in enumerate(spec["optional_claims"], 1)],
                "must_not_extract": spec["must_not_extract"],
                "countries_cited": spec["countries_cited"],
                "countries_not_partners": spec["countries_not_partners"],
                "flags": [],
            }
        )
        summaries[spec["key"]] = spec["summary"]
    gold = {
        "schema_version": "heldout-1",
        "description": description,
        "files_dir": ".",
        "files": entries,
        "inconsistencies": resolve(entries, inconsistencies),
        "must_not_flag": resolve(entries, must_not_flag),
        "rejections": [],
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "README.md").write_text(readme(gold, summaries), encoding="utf-8")
    return gold


def run_build(doc, here, build):
    """The command line of a corpus' build.py: build into --out (the corpus folder by default), verify, summarise."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--out", default=str(here))
    args = parser.parse_args()
    built = build(args.out)
    found = verify(built, args.out)
    for problem in found:
        print("PROBLEM", problem)
    n_claims = sum(len(f["claims"]) for f in built["files"])
    n_opt = sum(len(f["optional_claims"]) for f in built["files"])
    n_traps = sum(len(f["must_not_extract"]) for f in built["files"])
    print(
        f"{len(built['files'])} files, {n_claims} claims (+{n_opt} optional), {n_traps} traps, "
        f"{len(built['inconsistencies'])} inconsistencies, {len(built['must_not_flag'])} must_not_flag groups, "
        f"{len(found)} problems"
    )
    return 1 if found else 0


# The corpora's shared builders of an article spec (abroad, courts, voice2, review, foreign, regions had each
# copied them from corpus_abroad).
DAYS = {"الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}  # fmt: skip


def event(pub, text):
    """An event on the weekday the text names: the last such day on or before the byline."""
    wd = DAYS[text.lower().split()[-1]]
    d = date.fromisoformat(pub)
    day = (d - timedelta(days=(d.weekday() - wd) % 7)).isoformat()
    return P("event", day, day, text)


def NP(code, text, reason):
    return {"country": code, "text": text, "reason": reason}


def spec(key, fmt, lang, text, md, claims, traps, *, partners=(), not_partners=(), optional=(), summary=""):
    ext = "html" if fmt == "html" else "txt"
    return dict(key=key, file=f"{key}.{ext}", format=fmt, language=lang, text=text, metadata=md, claims=claims,
                optional_claims=list(optional), must_not_extract=traps, countries_cited=list(partners),
                countries_not_partners=list(not_partners), summary=summary)  # fmt: skip


def para(*sentences):
    return " ".join(sentences)


def readme_sections(gold, summaries, conventions, how):
    """A corpus README's lines from its file table on: the files with what each tests, the planted
    inconsistencies, the compatible groups, the conventions and how it was made."""
    lines = ["## Files", "", "| key | file | tests |", "|---|---|---|"]
    lines += [f"| {f['key']} | `{f['file']}` | {summaries[f['key']]} |" for f in gold["files"]]
    lines += ["", "## Planted inconsistencies", ""]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']}: {inc['explanation']} ({', '.join(inc['claims'])})")
    lines += ["", "## Compatible groups (must not be flagged)", ""]
    lines += [f"- {', '.join(g['claims'])}: {g['reason']}" for g in gold["must_not_flag"]]
    return [*lines, "", "## Conventions", "", conventions, "## How it was made", "", how]
