"""Writes the Arabic development corpus (tests/corpus_ar/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_ar/build.py [--out DIR]

Every article is written here from Python strings, so the gold cannot drift from the files: a claim's
`sentence` is the very string placed in the text, byte sizes are measured after writing, and
`verify()` re-reads every file from disk, decodes it the way the gold says, and checks each sentence,
value_text, qualifier_text, period text, attribution, trap and country text is really there.

The articles were written for this corpus after reading real Moroccan and pan-Arab reporting (the
`pages` corpus of the search tool): who speaks, which reporting verbs, how figures, periods, lists,
qualifiers and partners are phrased, and what page furniture surrounds them. No sentence is copied.
Figures follow the public orders of magnitude (about 170 cells since 2002 at the end of 2016, 200-odd
by 2020-2025, 90-odd BCIJ cells since 2015 by 2024, about 1,660 fighters, about 270 returnees, about
500 plots foiled, 3,000-4,500 arrests since 2002) and drift between outlets and years on purpose:
that drift is what ctfacts tracks. Outlets marked `outlet_fictional` do not exist; the articles
printed under real outlet names are invented too, and so are the think tanks and analysts.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP4 = "\u00a0" * 4
NNBSP = "\u202f"  # narrow no-break space, a thousands separator in some CMS exports

# ---------------------------------------------------------------- layouts


def aggregator(sidebar, title, outlet, date, paragraphs, *, tags=None, listen=False):
    """The maghress-style aggregator page, shaped like seeds 000/001/004 and tests/corpus."""
    d = date.split("-")
    first_line = ""
    for i, headline in enumerate(sidebar):
        sep = "" if i == 0 else (NBSP4 * 2 if i % 6 == 4 else NBSP4)
        first_line += sep + headline
    thanks = ["شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص."]
    lines = (
        [first_line] + [""] * 7 + thanks + [""] * 3 + [title, f"نشر في {outlet} يوم {d[2]} - {d[1]} - {d[0]}"]
    )
    lines += ["", "", "الخط :", "إستمع للمقال"] if listen else [""]
    lines += paragraphs + [""]
    if tags:
        lines += ["الوسوم", tags, ""]
    lines += ["", "انقر هنا لقراءة الخبر من مصدره."]
    return "\n".join(lines)


WP_COMMENT_FORM = [
    "اترك تعليقاً",
    "",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "",
    "التعليق *",
    "",
    "الاسم *",
    "",
    "البريد الإلكتروني *",
    "",
    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
    "",
    "زر الذهاب إلى الأعلى",
]


def wordpress(breadcrumb, title, blocks, related, *, meta_lines=(), footer=None):
    """A WordPress theme page as a text export: glued breadcrumb, title, the theme's meta lines (author,
    a date such as '27 دجنبر، 2018', a relative stamp, a view count), blank-separated blocks."""
    lines = [breadcrumb, "", title, ""]
    for meta in meta_lines:
        lines += [meta, ""]
    for block in blocks:
        lines += [block, ""]
    lines += ["مقالات ذات صلة", ""]
    for headline in related:
        lines += [headline, ""]
    lines += WP_COMMENT_FORM
    if footer:
        lines += ["", footer]
    return "\n".join(lines)


def clean(title, dateline, paragraphs, *, date_line=None):
    """Title, an optional printed date line, then '<dateline> - ' before the first paragraph."""
    head = [title] + ([date_line] if date_line else [])
    return "\n".join(head + [f"{dateline} - {paragraphs[0]}"] + paragraphs[1:])


def html_page(
    *,
    title,
    site,
    body,
    pub=None,
    date_mode="byline",
    byline_text=None,
    time_text=None,
    top_bar=None,
    nav=("الرئيسية", "سياسة", "مجتمع", "رياضة", "اقتصاد"),
    aside_title="الأكثر قراءة",
    aside=(),
    footer=None,
    lang_extra="",
    ld_extra="",
    ticker=None,
):
    """A saved article page. date_mode says where the publication date is:
    'byline' (visible text only), 'time' (only in <time datetime>), 'jsonld' (only in JSON-LD),
    'meta' (only in article:published_time)."""
    head = ["<!DOCTYPE html>", f'<html lang="ar" dir="rtl"{lang_extra}>', "<head>", '<meta charset="utf-8">']
    head.append(f"<title>{title} | {site}</title>")
    head.append(f'<meta property="og:site_name" content="{site}">')
    head.append(f'<meta property="og:title" content="{title}">')
    head.append('<meta property="og:type" content="article">')
    if date_mode == "meta":
        head.append(f'<meta property="article:published_time" content="{pub}T08:30:00+01:00">')
    head.append('<link rel="stylesheet" href="/static/css/app.min.css">')
    if date_mode == "jsonld":
        head.append(
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{title}", "datePublished": "{pub}T10:05:00+00:00", '
            f'"publisher": {{"@type": "Organization", "name": "{site}"}}{ld_extra}}}</script>'
        )
    head.append("</head>")
    out = head + ['<body class="single">']
    if top_bar:
        out.append(f'<div class="top-bar">{top_bar}</div>')
    out.append('<header class="site-header">')
    out.append(f'  <a class="logo" href="/">{site}</a>')
    out.append("  <nav><ul>" + "".join(f'<li><a href="#">{n}</a></li>' for n in nav) + "</ul></nav>")
    if ticker:
        out.append(f'  <div class="ticker"><span>عاجل</span> {ticker}</div>')
    out.append("</header>")
    out.append("<main>")
    out.append('  <article class="post">')
    out.append(f'    <h1 class="entry-title">{title}</h1>')
    if date_mode == "byline":
        out.append(f'    <div class="byline">{byline_text}</div>')
    elif date_mode == "time":
        out.append(
            f'    <div class="byline">{byline_text or ""} <time datetime="{pub}T11:20:00+01:00">{time_text}</time></div>'
        )
    elif byline_text:
        out.append(f'    <div class="byline">{byline_text}</div>')
    for block in body:
        if block.startswith("<"):
            out.append(f"    {block}")
        else:
            out.append(f"    <p>{block}</p>")
    out.append("  </article>")
    if aside:
        out.append('  <aside class="sidebar">')
        out.append(f"    <h3>{aside_title}</h3>")
        out.append("    <ul>" + "".join(f"<li>{a}</li>" for a in aside) + "</ul>")
        out.append("  </aside>")
    out.append("</main>")
    if footer:
        out.append(f'<footer class="site-footer"><p>{footer}</p></footer>')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- gold helpers


def P(type_, start=None, end=None, text=None, n=None):
    period = {"type": type_, "start": start, "end": end, "text": text}
    if n is not None:
        period["n"] = n
    return period


def since(start, end, text):
    return P("since", start, end, text)


def year(y, text):
    return P("year", y, y, text)


def ytd(pub, text):
    return P("year_to_date", pub[:4], pub, text)


def last_n(n, pub, text):
    return P("last_n_years", str(int(pub[:4]) - n), pub, text, n=n)


def month(ym, text):
    return P("month", ym, ym, text)


def rng(a, b, text):
    return P("range", a, b, text)


def cumul(pub, text=None):
    return P("cumulative_unspecified", None, pub, text)


def event(pub, text):
    return P("event", pub, pub, text)


def A(org, raw=None, person=None):
    return {"org": org, "person": person, "raw": raw}


def C(
    metric,
    value,
    value_text,
    sentence,
    *,
    period,
    attribution,
    qualifier="exact",
    qualifier_text=None,
    subset=None,
    unit="count",
    notes=None,
    as_of=None,
    scope="national",
):
    claim = {
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": qualifier,
        "qualifier_text": qualifier_text,
        "unit": unit,
        "scope": scope,
        "period": period,
        "as_of": as_of,
        "attribution": attribution,
        "sentence": sentence,
    }
    if notes:
        claim["notes"] = notes
    return claim


def T(text, reason):
    """A must_not_extract trap."""
    return {"text": text, "reason": reason}


def NP(country, text, reason):
    """A country mention that is not a partner."""
    return {"country": country, "text": text, "reason": reason}


SIDEBAR_RULE = T(
    "<any headline in the first line (sidebar)>",
    "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
)


def sidebar_traps(items):
    """items: headline strings, or (headline, trap_text, reason) for headlines carrying a number."""
    heads, traps = [], [SIDEBAR_RULE]
    for item in items:
        if isinstance(item, tuple):
            heads.append(item[0])
            traps.append(T(item[1], "sidebar: " + item[2]))
        else:
            heads.append(item)
    return heads, traps


def md(title, outlet, alias, date, *, fictional=False, dateline=None):
    return dict(
        title=title,
        outlet=outlet,
        outlet_alias=alias,
        outlet_fictional=fictional,
        date=date,
        dateline_city=dateline,
    )


ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


# ================================================================ the articles


@article
def a01():
    pub = "2017-01-05"
    heads, traps = sidebar_traps(
        [
            ("الوداد يفوز على الفتح الرباطي (2-0) ويستعيد الصدارة", "(2-0)", "football score"),
            ("الحكومة تفرج عن 3 ملايير درهم لفائدة الجماعات القروية", "3 ملايير درهم", "money"),
            "موجة برد قارس تجتاح مرتفعات الأطلس خلال الأيام المقبلة",
            ("فيديو الطفل المغني يتخطى 5 ملايين مشاهدة", "5 ملايين مشاهدة", "view count"),
            ("تونس: إحالة 12 عائدا من بؤر التوتر على القضاء", "12 عائدا", "another country's returnees"),
            "تأجيل مؤتمر حزب الاستقلال إلى موعد لاحق",
            ("المجلس العلمي: فاتح ربيع الثاني 1438 يوم السبت", "1438", "Hijri year"),
            (
                "مقتل 39 شخصا في هجوم على ملهى ليلي بإسطنبول",
                "مقتل 39 شخصا",
                "an attack abroad (39 also occurs in the body)",
            ),
        ]
    )
    title = "حصيلة 2016.. تفكيك 19 خلية إرهابية وعودة 47 مقاتلا من بؤر التوتر"
    s1 = (
        "وأفادت معطيات حصلت عليها هسبريس من المكتب المركزي للأبحاث القضائية بأن عدد الخلايا الإرهابية التي "
        "جرى تفكيكها خلال السنة المنصرمة بلغ 19 خلية، مقابل 21 خلية في السنة التي قبلها."
    )
    s2 = (
        "وارتبطت 18 خلية من خلايا السنة الماضية بتنظيم داعش، فيما كانت خلية واحدة تابعة لتيار الفيء "
        "والاستحلال الذي يستحل السرقة لتمويل أنشطته."
    )
    s3 = (
        "كما أوقفت المصالح الأمنية 244 شخصا في قضايا مرتبطة بالإرهاب خلال الفترة نفسها، بينما عاد 47 مقاتلا "
        "من بؤر التوتر، 39 منهم من الساحة السورية العراقية و8 من ليبيا."
    )
    s4 = (
        "وبذلك يرتفع عدد الخلايا التي فككتها الأجهزة الأمنية منذ سنة 2002 إلى غاية نهاية دجنبر 2016 إلى 170 "
        "خلية، حسب المصدر ذاته."
    )
    paragraphs = [
        "تظهر الأرقام المتعلقة بمكافحة الإرهاب بالمغرب خلال السنة التي ودعناها استمرار الضغط الأمني على "
        "الخلايا الموالية للتنظيمات المتطرفة، رغم التراجع النسبي لعدد العمليات مقارنة مع سنة 2015 التي شهدت "
        "إحداث المكتب المركزي للأبحاث القضائية.",
        f"{s1} {s2}",
        s3,
        "ويخضع جميع العائدين لأبحاث قضائية فور وصولهم إلى المطارات المغربية، طبقا لمقتضيات القانون رقم 86.14 "
        "الذي جرم الالتحاق أو محاولة الالتحاق بالتنظيمات الإرهابية خارج المملكة.",
        s4,
        "ويرى متتبعون أن تراجع أعداد المغادرين نحو سوريا خلال الأشهر الأخيرة يعكس صعوبة العبور عبر الحدود "
        "التركية، أكثر مما يعكس تراجع جاذبية الخطاب المتطرف لدى فئات من الشباب.",
    ]
    bcij = A("BCIJ", "معطيات حصلت عليها هسبريس من المكتب المركزي للأبحاث القضائية")
    y16 = year("2016", "خلال السنة المنصرمة")
    return dict(
        key="a01",
        file="a01_hespress_bilan_2016.txt",
        format="aggregator",
        text=aggregator(
            heads, title, "هسبريس", pub, paragraphs, tags="الإرهاب - المكتب المركزي للأبحاث القضائية"
        ),
        metadata=md(title, "هسبريس", "Hespress", pub),
        claims=[
            C(
                "cells_dismantled",
                19,
                "19",
                s1,
                period=y16,
                attribution=bcij,
                notes="'السنة المنصرمة' from the byline (January 2017) = 2016",
            ),
            C("cells_dismantled", 21, "21", s1, period=year("2015", "في السنة التي قبلها"), attribution=bcij),
            C(
                "cells_dismantled",
                18,
                "18",
                s2,
                subset="isis_linked",
                period=year("2016", "السنة الماضية"),
                attribution=bcij,
                notes="a part of the 19: subset from the breakdown",
            ),
            C(
                "persons_arrested",
                244,
                "244",
                s3,
                period=year("2016", "خلال الفترة نفسها"),
                attribution=bcij,
                notes="'the same period' = 2016 of the previous sentences",
            ),
            C(
                "returnees",
                47,
                "47",
                s3,
                period=year("2016", None),
                attribution=bcij,
                notes="same sentence, same period",
            ),
            C(
                "returnees",
                39,
                "39",
                s3,
                subset="syria_iraq_linked",
                period=year("2016", None),
                attribution=bcij,
                notes="list item with no noun: 'منهم' points to the 47 returnees",
            ),
            C(
                "returnees",
                8,
                "8",
                s3,
                subset="libya",
                period=year("2016", None),
                attribution=bcij,
                notes="list item with no noun",
            ),
            C(
                "cells_dismantled",
                170,
                "170",
                s4,
                period=since("2002", "2016-12", "منذ سنة 2002 إلى غاية نهاية دجنبر 2016"),
                as_of="2016-12",
                attribution=A("BCIJ", "المصدر ذاته"),
                notes="cumulative up to the end of December 2016 (not the month of December)",
            ),
        ],
        optional_claims=[
            C(
                "cells_dismantled",
                1,
                "خلية واحدة",
                s2,
                subset="istihlal_linked",
                period=year("2016", "السنة الماضية"),
                attribution=bcij,
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats both figures"),
            T("القانون رقم 86.14", "law number"),
            T("سنة 2015 التي شهدت", "bare year"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("LY", "من ليبيا", "conflict zone the returnees came from"),
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
            NP("IQ", "الساحة السورية العراقية", "conflict zone"),
            NP("TR", "الحدود التركية", "transit country, no cooperation stated"),
        ],
        flags=[
            "aggregator",
            "title_figure",
            "relative_period",
            "period_year",
            "until_end_of_month",
            "as_of",
            "list_no_noun",
            "verb_no_noun",
            "subset_isis_linked",
            "subset_zone",
            "inherited_period",
            "carried_attribution",
            "law_number_trap",
            "hijri_trap",
            "score_trap",
            "money_trap",
            "view_count_trap",
            "casualties_trap",
            "other_country_trap",
            "conflict_zone_mention",
            "org_BCIJ",
        ],
        covers="2016 review: 'السنة المنصرمة' / 'السنة التي قبلها' from the byline; 244 arrests 'خلال الفترة نفسها'; 47 returnees then '39 منهم … و8 من ليبيا' (no noun); 170 'منذ سنة 2002 إلى غاية نهاية دجنبر 2016' (as_of); sidebar 39 killed abroad, Hijri 1438, Tunisian returnees",
    )


@article
def a02():
    pub = "2018-01-10"
    heads, traps = sidebar_traps(
        [
            ("برشلونة يسحق إسبانيول في ديربي كتالونيا (4-1)", "(4-1)", "football score"),
            ("ارتفاع أسعار الخضر بنسبة 12 في المائة", "12 في المائة", "prices"),
            ("وفاة شاب عمره 19 سنة في حادث سير بالقنيطرة", "عمره 19 سنة", "age (19 also occurs in the body)"),
            "الحسيمة.. محاكمة معتقلي الحراك تدخل شهرها الخامس",
            ("الأرصاد: تساقطات ثلجية فوق 1200 متر", "1200 متر", "altitude"),
            "بوريطة يستقبل نظيره الموريتاني بالرباط",
        ]
    )
    title = "الخيام: 49 خلية إرهابية فككها البسيج في ثلاث سنوات"
    s1 = (
        "وحسب الأرقام التي كشف عنها عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية، فقد فكك المكتب 21 "
        "خلية سنة 2015 و19 سنة 2016 و9 سنة 2017، أي ما مجموعه 49 خلية منذ إحداثه."
    )
    s2 = "وأضاف الخيام أن هذه العمليات أسفرت عن توقيف 275 شخصا في السنة الأولى و244 في الثانية و186 في الثالثة."
    s3 = (
        "وبخصوص الملتحقين ببؤر التوتر، أوضح المسؤول الأمني أن 1,640 مغربيا غادروا نحو سوريا والعراق، لقي 558 "
        "منهم حتفهم هناك، في حين عاد 213 إلى أرض الوطن."
    )
    paragraphs = [
        "في حصيلة هي الأولى من نوعها منذ إحداثه، قدم المكتب المركزي للأبحاث القضائية معطيات مفصلة عن نشاطه "
        "في مجال مكافحة الإرهاب، خلال ندوة صحفية احتضنها مقره بمدينة سلا.",
        f"{s1} {s2}",
        s3,
        "وأشار إلى أن جميع العائدين أحيلوا على العدالة بمجرد وصولهم، طبقا لمقتضيات القانون رقم 86.14 الذي "
        "يعاقب على الالتحاق بالتنظيمات الإرهابية بالخارج.",
        "وأشاد المسؤول ذاته بالتعاون مع الأجهزة الأمنية الأوروبية، مذكرا بأن معلومات قدمتها المصالح المغربية "
        "لبلجيكا وفرنسا ساهمت في تحديد مكان العقل المدبر لهجمات باريس سنة 2015.",
        "كما لفت الخيام إلى أن المكتب يتدخل قبل انتقال المشتبه فيهم إلى مرحلة التنفيذ، بناء على المعلومات "
        "الدقيقة التي توفرها المديرية العامة لمراقبة التراب الوطني.",
    ]
    person = "عبد الحق الخيام"
    bcij = A("BCIJ", "عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية", person)
    bcij2 = A("BCIJ", "وأضاف الخيام", person)
    bcij3 = A("BCIJ", "المسؤول الأمني", person)
    cum = cumul(pub)
    return dict(
        key="a02",
        file="a02_alyaoum24_khiam_list.txt",
        format="aggregator",
        text=aggregator(heads, title, "اليوم 24", pub, paragraphs),
        metadata=md(title, "اليوم 24", "Alyaoum24", pub),
        claims=[
            C("cells_dismantled", 21, "21", s1, period=year("2015", "سنة 2015"), attribution=bcij),
            C(
                "cells_dismantled",
                19,
                "19",
                s1,
                period=year("2016", "سنة 2016"),
                attribution=bcij,
                notes="list item: the noun خلية is shared, the year follows the number",
            ),
            C(
                "cells_dismantled",
                9,
                "9",
                s1,
                period=year("2017", "سنة 2017"),
                attribution=bcij,
                notes="list item: noun shared, year after the number",
            ),
            C(
                "cells_dismantled",
                49,
                "49",
                s1,
                period=since("2015", pub, "منذ إحداثه"),
                attribution=bcij,
                notes="the BCIJ was created in March 2015; 21+19+9=49",
            ),
            C(
                "persons_arrested",
                275,
                "275",
                s2,
                period=year("2015", "في السنة الأولى"),
                attribution=bcij2,
                notes="'the first year' of the list above",
            ),
            C("persons_arrested", 244, "244", s2, period=year("2016", "في الثانية"), attribution=bcij2),
            C("persons_arrested", 186, "186", s2, period=year("2017", "في الثالثة"), attribution=bcij2),
            C(
                "fighters_joined",
                1640,
                "1,640",
                s3,
                period=cum,
                attribution=bcij3,
                notes="'غادروا نحو سوريا والعراق': the metric comes from the verb",
                subset="syria_iraq_linked",
            ),
            C("fighters_killed", 558, "558", s3, period=cum, attribution=bcij3, notes="'لقي … منهم حتفهم'"),
            C("returnees", 213, "213", s3, period=cum, attribution=bcij3, notes="'عاد 213' with no noun"),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats 49"),
            T("القانون رقم 86.14", "law number"),
            T("هجمات باريس سنة 2015", "year of an attack abroad"),
            T("ثلاث سنوات", "duration in the title"),
        ],
        countries_cited=["BE", "FR"],
        countries_not_partners=[
            NP("SY", "نحو سوريا والعراق", "conflict zone"),
            NP("IQ", "نحو سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "title_figure",
            "list_shared_noun",
            "list_year_after_number",
            "ordinal_period",
            "verb_no_noun",
            "named_person",
            "speaker_previous_sentence",
            "partner_clitic_li",
            "law_number_trap",
            "thousands_separator",
            "org_BCIJ",
            "conflict_zone_mention",
            "age_trap",
            "score_trap",
        ],
        covers="Khiam (BCIJ): '21 خلية سنة 2015 و19 سنة 2016 و9 سنة 2017' (shared noun, year after the number) = 49; '275 … في السنة الأولى و244 في الثانية و186 في الثالثة'; 1,640 'غادروا', 558 'لقي … حتفهم', 213 'عاد'; partners 'لبلجيكا وفرنسا'",
    )


@article
def a03():
    pub = "2021-05-18"
    heads, traps = sidebar_traps(
        [
            ("الرجاء يقصي بيراميدز ويبلغ نصف نهائي كأس الكاف (2-1)", "(2-1)", "football score"),
            (
                "تلقيح أزيد من 5 ملايين مغربي ضد كورونا",
                "أزيد من 5 ملايين مغربي",
                "vaccinations, with a qualifier",
            ),
            "سبتة.. آلاف المهاجرين يتدفقون على المدينة المحتلة",
            ("ذكرى غزوة بدر 17 رمضان 1442", "17 رمضان 1442", "Hijri date"),
            ("الحكومة تصادق على مرسوم بقيمة 800 مليون درهم", "800 مليون درهم", "money"),
        ]
    )
    title = "مسؤول أمني: 1659 مغربيا التحقوا بسوريا والعراق و270 عادوا إلى المملكة"
    s1 = (
        "وأفاد المسؤول ذاته بأن عدد المغاربة الذين التحقوا بالتنظيمات الإرهابية في سوريا والعراق بلغ 1659 "
        "شخصا، من بينهم 225 معتقلا سابقا في قضايا الإرهاب."
    )
    s2 = (
        "وأوضح أن 745 منهم لقوا حتفهم، أغلبهم في عمليات انتحارية، بينما عاد 270 إلى المغرب، أحيل 137 منهم على "
        "العدالة."
    )
    s3 = (
        "وبخصوص النساء، أشار المتحدث إلى أن حوالي 288 امرأة التحقن بمناطق النزاع عادت منهن 99، في حين بلغ عدد "
        "القاصرين 391 قاصرا لم يعد منهم سوى 82."
    )
    paragraphs = [
        "عاد ملف المقاتلين المغاربة في صفوف التنظيمات الإرهابية إلى الواجهة، بعد الأرقام التي قدمها مسؤول "
        "بالمكتب المركزي للأبحاث القضائية خلال لقاء نظم لفائدة وسائل الإعلام بمقر المكتب بمدينة سلا، أمس "
        "الاثنين.",
        f"{s1} {s2}",
        s3,
        "وتقود الولايات المتحدة منذ سقوط آخر معاقل داعش سنة 2019 دعوات إلى ترحيل المقاتلين الأجانب وعائلاتهم "
        "المحتجزين في مخيمات شمال شرق سوريا، بينما تتعامل دول عديدة بتحفظ مع هذه المطالب.",
        "وأكد المسؤول الأمني أن المغرب اعتمد مقاربة تجمع بين الحزم القضائي وبرامج إعادة الإدماج، من قبيل "
        "برنامج «مصالحة» الذي تشرف عليه المندوبية العامة لإدارة السجون منذ 2017.",
    ]
    cum = cumul(pub)
    b1 = A("BCIJ", "المسؤول ذاته")
    b3 = A("BCIJ", "المتحدث")
    return dict(
        key="a03",
        file="a03_hibapress_cp1256_fighters.txt",
        format="aggregator",
        encoding="windows-1256",
        text=aggregator(heads, title, "هبة بريس", pub, paragraphs),
        metadata=md(title, "هبة بريس", "Hibapress", pub),
        claims=[
            C(
                "fighters_joined",
                1659,
                "1659",
                s1,
                period=cum,
                attribution=b1,
                notes="the speaker ('مسؤول بالمكتب المركزي للأبحاث القضائية') is named in the previous paragraph",
                subset="syria_iraq_linked",
            ),
            C("fighters_joined", 225, "225", s1, subset="former_detainees", period=cum, attribution=b1),
            C(
                "fighters_killed",
                745,
                "745",
                s2,
                period=cum,
                attribution=b1,
                notes="'N منهم لقوا حتفهم': no counted noun",
            ),
            C("returnees", 270, "270", s2, period=cum, attribution=b1, notes="'عاد 270'"),
            C(
                "returnees_arrested",
                137,
                "137",
                s2,
                period=cum,
                attribution=b1,
                notes="'أحيل 137 منهم على العدالة' = returnees arrested, not returnees",
            ),
            C(
                "fighters_joined",
                288,
                "288",
                s3,
                subset="women",
                qualifier="about",
                qualifier_text="حوالي",
                period=cum,
                attribution=b3,
            ),
            C("returnees", 99, "99", s3, subset="women", period=cum, attribution=b3),
            C("fighters_joined", 391, "391", s3, subset="minors", period=cum, attribution=b3),
            C(
                "returnees",
                82,
                "82",
                s3,
                subset="minors",
                period=cum,
                attribution=b3,
                notes="'لم يعد منهم سوى 82': exact, 'only'",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats both figures"),
            T("أمس الاثنين", "relative date of the meeting"),
            T("سنة 2019", "year"),
            T("منذ 2017", "start of a rehabilitation programme, not a claim period"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("US", "الولايات المتحدة", "calls for repatriation; no cooperation with Morocco stated"),
            NP("SY", "شمال شرق سوريا", "conflict zone"),
            NP("IQ", "في سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "windows_1256",
            "title_figure",
            "verb_no_noun",
            "subset_women",
            "subset_minors",
            "subset_former_detainees",
            "returnees_arrested",
            "speaker_previous_sentence",
            "carried_attribution",
            "qualifier_about",
            "hijri_trap",
            "money_trap",
            "score_trap",
            "org_BCIJ",
            "conflict_zone_mention",
        ],
        covers="windows-1256: 1659 fighters (225 former detainees), '745 منهم لقوا حتفهم', 'عاد 270', 'أحيل 137 منهم على العدالة' (returnees_arrested); women 'حوالي 288' / 99 back, minors 391 / 82 back; speaker in the previous paragraph; US calls for repatriation (not a partner)",
    )


@article
def a04():
    pub = "2022-11-14"
    heads, traps = sidebar_traps(
        [
            "المنتخب المغربي يواجه كرواتيا في أولى مبارياته بالمونديال",
            ("أسود الأطلس يهزمون جورجيا وديا (3-0)", "(3-0)", "football score"),
            ("ارتفاع معدل التضخم إلى 8,1 في المائة", "8,1 في المائة", "inflation"),
            ("زلزال يضرب جزيرة جاوة الإندونيسية ويخلف 162 قتيلا", "162 قتيلا", "casualties abroad"),
            "مجلس المنافسة يفتح تحقيقا في أسعار المحروقات",
            ("جامعة محمد الخامس تحتفي بالذكرى 65 لتأسيسها", "الذكرى 65", "anniversary ordinal"),
        ]
    )
    title = "حبوب: المغرب فكك 213 خلية إرهابية منذ 2002 والتهديد ما يزال قائما"
    s1 = (
        "وكشف حبوب، في حوار أجرته معه وكالة الأنباء الإسبانية «إفي»، أن المصالح الأمنية المغربية فككت ما "
        "مجموعه 213 خلية إرهابية منذ سنة 2002."
    )
    s2 = (
        "وأضاف أن المكتب الذي يديره فكك لوحده 87 خلية منذ إحداثه في مارس 2015، وأوقف خلال الفترة ذاتها أزيد "
        "من 1400 شخص يشتبه في تورطهم في قضايا الإرهاب."
    )
    s3 = (
        "وأبرز المسؤول الأمني أن هذه العمليات مكنت من إحباط ما يربو على 500 مخطط إرهابي خلال العقدين "
        "الماضيين، كان بعضها في مراحل متقدمة من التحضير."
    )
    paragraphs = [
        "أكد الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية، أن التهديد الإرهابي الذي يواجه المملكة لم "
        "يتراجع، بل تغيرت أشكاله بفعل تمدد التنظيمات المتطرفة في منطقة الساحل وتنامي الاستقطاب عبر الإنترنت.",
        s1,
        f"{s2} {s3}",
        "وبخصوص التعاون الدولي، أوضح حبوب أن المعلومات التي قدمتها المديرية العامة لمراقبة التراب الوطني "
        "لنظيرتها الفرنسية مكنت في أكثر من مناسبة من إحباط هجمات فوق التراب الفرنسي.",
        "وشدد على أن التنظيمات الإرهابية باتت تراهن على ما يعرف بالذئاب المنفردة، مبرزا أن عددا من الموقوفين "
        "لا تتجاوز أعمارهم 18 سنة.",
    ]
    person = "الشرقاوي حبوب"
    p15 = since("2015-03", pub, "منذ إحداثه في مارس 2015")
    return dict(
        key="a04",
        file="a04_barlamane_habboub_213.txt",
        format="aggregator",
        text=aggregator(
            heads, title, "برلمان كوم", pub, paragraphs, listen=True, tags="حبوب - البسيج - الإرهاب"
        ),
        metadata=md(title, "برلمان كوم", "Barlamane", pub),
        claims=[
            C(
                "cells_dismantled",
                213,
                "213",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("BCIJ", "وكشف حبوب", person),
                notes="named official (BCIJ director) named in the first paragraph",
            ),
            C(
                "cells_dismantled",
                87,
                "87",
                s2,
                period=p15,
                attribution=A("BCIJ", "المكتب الذي يديره", person),
            ),
            C(
                "persons_arrested",
                1400,
                "1400",
                s2,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2015-03", pub, "خلال الفترة ذاتها"),
                attribution=A("BCIJ", "المكتب الذي يديره", person),
                notes="'the same period' points to 'منذ إحداثه في مارس 2015' earlier in the same sentence, not to 2002",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s3,
                qualifier="more_than",
                qualifier_text="ما يربو على",
                period=last_n(20, pub, "خلال العقدين الماضيين"),
                attribution=A("BCIJ", "المسؤول الأمني", person),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats 213"),
            T("18 سنة", "age"),
        ],
        countries_cited=["FR"],
        countries_not_partners=[
            NP(
                "ES",
                "وكالة الأنباء الإسبانية",
                "a country inside an organisation's name (the news agency EFE)",
            ),
        ],
        flags=[
            "aggregator",
            "listen_block",
            "title_figure",
            "named_person",
            "org_BCIJ",
            "since_creation_month",
            "same_period_antecedent_same_sentence",
            "last_two_decades",
            "qualifier_more_than",
            "partner_nazir",
            "country_in_org_name",
            "age_trap",
            "score_trap",
            "casualties_trap",
        ],
        covers="Habboub (BCIJ) to EFE: 213 since 2002; 87 'منذ إحداثه في مارس 2015' and 'أزيد من 1400' 'خلال الفترة ذاتها' (antecedent in the same sentence, not 2002); 'ما يربو على 500' plots 'خلال العقدين الماضيين'; 'لنظيرتها الفرنسية' partner; Spain only inside 'وكالة الأنباء الإسبانية'",
    )


@article
def a05():
    pub = "2020-02-03"
    heads, traps = sidebar_traps(
        [
            ("فيروس كورونا يودي بحياة 361 شخصا في الصين", "361 شخصا", "casualties abroad"),
            ("الوداد يتعادل مع صن داونز (0-0) في دوري الأبطال", "(0-0)", "football score"),
            "بنشعبون يدافع عن الإصلاح الضريبي أمام البرلمان",
            ("سعر صرف الدرهم يستقر عند 10,6 دراهم مقابل الأورو", "10,6 دراهم", "exchange rate"),
            "تساقطات مطرية مرتقبة بعدد من مناطق المملكة",
            ("أغنية مغربية جديدة تحصد 2 مليون مشاهدة في يومين", "2 مليون مشاهدة", "view count"),
        ]
    )
    title = "لفتيت يكشف حصيلة مكافحة الإرهاب خلال 2019"
    s1 = (
        "وأوضح عبد الوافي لفتيت، في جوابه على سؤال النائب البرلماني، أن المصالح الأمنية تمكنت خلال السنة "
        "الماضية من تفكيك 14 خلية إرهابية وتوقيف 76 شخصا يشتبه في ارتباطهم بها."
    )
    s2 = (
        "وأشار الوزير إلى أن عدد الخلايا المفككة منذ سنة 2002 بلغ ما يناهز مائتي خلية، مكنت من إحباط أزيد من "
        "500 مخطط تخريبي."
    )
    paragraphs = [
        "قدم وزير الداخلية معطيات جديدة حول جهود المملكة في التصدي للخطر الإرهابي، وذلك في جواب كتابي توصل به "
        "مجلس النواب، ردا على سؤال تقدم به أحد الفرق البرلمانية حول حصيلة المقاربة الأمنية.",
        s1,
        s2,
        "وأضاف لفتيت أن اليقظة تظل ضرورية في ظل تواجد مقاتلين مغاربة في صفوف فروع داعش بمنطقة الساحل، التي "
        "تعرف هشاشة أمنية متزايدة منذ سقوط نظام القذافي في ليبيا سنة 2011.",
        "وكان المغرب قد عزز ترسانته القانونية في أعقاب هجمات 11 شتنبر 2001 بالولايات المتحدة وتفجيرات الدار "
        "البيضاء سنة 2003، بإصدار القانون رقم 03.03 المتعلق بمكافحة الإرهاب.",
    ]
    person = "عبد الوافي لفتيت"
    y19 = year("2019", "خلال السنة الماضية")
    moi = A("MOI", "عبد الوافي لفتيت", person)
    return dict(
        key="a05",
        file="a05_alayam24_laftit_mps_2019.txt",
        format="aggregator",
        text=aggregator(heads, title, "الأيام 24", pub, paragraphs),
        metadata=md(title, "الأيام 24", "Alayam24", pub),
        claims=[
            C(
                "cells_dismantled",
                14,
                "14",
                s1,
                period=y19,
                attribution=moi,
                notes="a minister answering MPs is the ministry (MOI), not PARLIAMENT",
            ),
            C(
                "persons_arrested",
                76,
                "76",
                s1,
                period=y19,
                attribution=moi,
                notes="the period is shared by both figures of the clause",
            ),
            C(
                "cells_dismantled",
                200,
                "مائتي",
                s2,
                qualifier="about",
                qualifier_text="ما يناهز",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("MOI", "الوزير", person),
                notes="'مائتي' (genitive dual in construct) = 200",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s2,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("MOI", "الوزير", person),
                notes="shares the sentence's period",
            ),
        ],
        must_not_extract=traps
        + [
            T("11 شتنبر 2001", "date of an attack abroad"),
            T("القانون رقم 03.03", "law number"),
            T("سنة 2011", "year"),
            T("سنة 2003", "year"),
            T(title, "a bare year in the title"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("US", "بالولايات المتحدة", "place of the 9/11 attacks"),
            NP("LY", "في ليبيا", "a country named for its collapse, no cooperation"),
        ],
        flags=[
            "aggregator",
            "minister_answering_mps",
            "org_MOI",
            "named_person",
            "relative_period",
            "period_year",
            "number_words",
            "number_word_genitive",
            "qualifier_about",
            "qualifier_more_than",
            "shared_period",
            "attack_place_mention",
            "law_number_trap",
            "casualties_trap",
            "view_count_trap",
            "score_trap",
        ],
        covers="Laftit answering an MP (MOI, not PARLIAMENT): 14 cells and 76 arrests 'خلال السنة الماضية' (2019); 'ما يناهز مائتي خلية' since 2002; 'أزيد من 500' plots; 9/11 'بالولايات المتحدة' (place of an attack); law 03.03",
    )


@article
def a06():
    pub = "2020-01-14"
    heads, traps = sidebar_traps(
        [
            ("نهضة بركان يفوز على زيسكو (2-1) ويقترب من ربع النهائي", "(2-1)", "football score"),
            "وزارة التربية الوطنية تعلن مواعيد الامتحانات الإشهادية",
            ("حجز 3 أطنان من الشيرا بميناء طنجة المتوسط", "3 أطنان", "drug seizure"),
            ("الحكومة تخصص 2,5 مليار درهم لبرنامج تشغيل الشباب", "2,5 مليار درهم", "money"),
            "أستراليا.. الحرائق تلتهم ملايين الهكتارات",
            ("انطلاق الدورة 26 لمهرجان الفيلم بطنجة", "الدورة 26", "festival ordinal"),
        ]
    )
    title = "أرقام 2019.. 14 خلية إرهابية و67 موقوفا"
    s1 = (
        "وحسب معطيات رسمية اطلعت عليها «الصباح»، فقد أسفرت العمليات التي نفذتها الأجهزة الأمنية خلال 2019 عن "
        "تفكيك 14 خلية إرهابية وإيقاف 67 مشتبها فيه."
    )
    s2 = (
        "وشهد شهر دجنبر الماضي وحده تفكيك ثلاث خلايا، إحداها بتنسيق مع الشرطة الإسبانية، كانت تنشط بين "
        "مدينتي الناظور ومليلية المحتلة."
    )
    s3 = "وتفيد المعطيات ذاتها بأن نحو 70 في المائة من الموقوفين تقل أعمارهم عن 30 سنة."
    s4 = (
        "ويعتبر مراقبون أن هذه الحصيلة تبقى دون مستوى سنة 2015 التي شهدت تفكيك 21 خلية، وهي أعلى حصيلة سنوية "
        "منذ إحداث المكتب المركزي للأبحاث القضائية."
    )
    paragraphs = [
        "لم تكن سنة 2019 هادئة على الجبهة الأمنية، إذ واصلت الأجهزة المختصة تعقب الخلايا الموالية للتنظيمات "
        "الإرهابية في عدد من المدن، من الشمال إلى الجنوب.",
        f"{s1} {s2}",
        "وتبين من خلال الأبحاث أن عناصر إحدى هذه الخلايا اقتنوا قنينات غاز البوتان ومواد كيماوية لصناعة عبوات "
        "ناسفة، بينما كان آخرون يخططون للالتحاق بفرع داعش في منطقة الساحل.",
        s3,
        s4,
    ]
    official = A("official_unspecified", "معطيات رسمية اطلعت عليها «الصباح»")
    y19 = year("2019", "خلال 2019")
    return dict(
        key="a06",
        file="a06_assabah_2019_67.txt",
        format="aggregator",
        text=aggregator(heads, title, "الصباح", pub, paragraphs),
        metadata=md(title, "الصباح", "Assabah", pub),
        claims=[
            C("cells_dismantled", 14, "14", s1, period=y19, attribution=official),
            C(
                "persons_arrested",
                67,
                "67",
                s1,
                period=y19,
                attribution=official,
                notes="76 in the minister's answer (a05): same year, different value",
            ),
            C(
                "cells_dismantled",
                3,
                "ثلاث",
                s2,
                period=month("2019-12", "شهر دجنبر الماضي"),
                attribution=official,
                notes="'الماضي' from the byline (January 2020)",
            ),
            C(
                "cells_dismantled",
                21,
                "21",
                s4,
                period=year("2015", "سنة 2015"),
                attribution=A("analyst", "مراقبون"),
                notes="observers restating an earlier year's figure",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                70,
                "70",
                s3,
                subset="under_30",
                unit="percent",
                qualifier="about",
                qualifier_text="نحو",
                period=year("2019", None),
                attribution=A("official_unspecified", "المعطيات ذاتها"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats both figures"),
            T("تقل أعمارهم عن 30 سنة", "age threshold"),
            T("سنة 2019 هادئة", "bare year"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[
            NP("BT", "غاز البوتان", "'butane' contains the Arabic name of Bhutan"),
        ],
        flags=[
            "aggregator",
            "title_figure",
            "org_official_unspecified",
            "period_month",
            "relative_period",
            "number_words",
            "partner_cue_coordination",
            "substring_country",
            "percent",
            "age_trap",
            "analyst",
            "money_trap",
            "score_trap",
        ],
        covers="official data: 14 cells and 67 arrests 'خلال 2019' (the minister said 76: same_period_disagreement); 'ثلاث خلايا' in 'شهر دجنبر الماضي' (month from the byline); 'بتنسيق مع الشرطة الإسبانية' partner; 'غاز البوتان' (not Bhutan); observers' 21 in 2015",
    )


@article
def a07():
    pub = "2024-06-10"
    heads, traps = sidebar_traps(
        [
            ("أسود الأطلس يكتسحون الكونغو (6-0) في تصفيات المونديال", "(6-0)", "football score"),
            ("عيد الأضحى 1445: أسعار الأضاحي بين 3000 و5000 درهم", "بين 3000 و5000 درهم", "prices"),
            ("باكالوريا 2024: نسبة النجاح تبلغ 67 في المائة", "67 في المائة", "exam pass rate"),
            "موجة حر تضرب عددا من أقاليم المملكة",
            ("توقيف 27 مرشحا للهجرة السرية بالناظور", "27 مرشحا", "migration arrests, not terrorism"),
        ]
    )
    traps.append(T("1445", "sidebar: Hijri year"))
    title = "المغرب.. 218 خلية إرهابية مفككة في 22 سنة"
    s1 = (
        "وكشفت معطيات صادرة عن المديرية العامة لمراقبة التراب الوطني أن المصالح الأمنية فككت 218 خلية إرهابية "
        "منذ سنة 2002، وأوقفت ما يفوق 4500 شخص في قضايا مرتبطة بالإرهاب."
    )
    s2 = (
        "وتشير المعطيات ذاتها إلى أن أكثر من 90 من هذه الخلايا كانت على صلة بتنظيم داعش في الساحة السورية "
        "العراقية أو في منطقة الساحل."
    )
    paragraphs = [
        "تواصل الأجهزة الأمنية المغربية تحقيق نتائج لافتة في مواجهة التهديد الإرهابي، بعدما أجهضت خلال "
        "الأسابيع الأخيرة مشاريع تخريبية كانت في مراحل متقدمة من الإعداد.",
        f"{s1} {s2}",
        "وتقوم المقاربة المغربية على الاستباق وتبادل المعلومات مع الشركاء، إذ مكنت معطيات وفرتها المديرية "
        "العامة لمراقبة التراب الوطني للمصالح الألمانية والنمساوية من إحباط مخطط لاستهداف تجمع ديني بمدينة "
        "فيينا.",
        "ويرى مراقبون أن المملكة تدفع ثمن قربها من منطقة الساحل، التي سجلت أزيد من 3,000 قتيل في هجمات "
        "إرهابية خلال سنة 2023 وفق مؤشر الإرهاب العالمي.",
    ]
    dgst = A("DGST", "معطيات صادرة عن المديرية العامة لمراقبة التراب الوطني")
    p02 = since("2002", pub, "منذ سنة 2002")
    return dict(
        key="a07",
        file="a07_rue20_utf16_218.txt",
        format="aggregator",
        encoding="utf-16",
        text=aggregator(heads, title, "زنقة 20", pub, paragraphs),
        metadata=md(title, "زنقة 20", "Rue20", pub),
        claims=[
            C("cells_dismantled", 218, "218", s1, period=p02, attribution=dgst),
            C(
                "persons_arrested",
                4500,
                "4500",
                s1,
                qualifier="more_than",
                qualifier_text="ما يفوق",
                period=p02,
                attribution=dgst,
                notes="shares the clause's period",
            ),
            C(
                "cells_dismantled",
                90,
                "90",
                s2,
                subset="isis_linked",
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2002", pub, None),
                attribution=A("DGST", "المعطيات ذاتها"),
                notes="'أكثر من 90 من هذه الخلايا': subset from the breakdown's head, period inherited",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: 218 repeated by the body; '22 سنة' is a duration"),
            T(
                "أزيد من 3,000 قتيل",
                "casualties in the Sahel per an international index: not a Moroccan figure",
            ),
            T("سنة 2023", "year of the index"),
        ],
        countries_cited=["DE", "AT"],
        countries_not_partners=[
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
            NP("IQ", "الساحة السورية العراقية", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "utf16",
            "title_figure",
            "org_DGST",
            "subset_isis_linked",
            "qualifier_more_than",
            "inherited_period",
            "partner_adjective",
            "other_region_figure_trap",
            "hijri_trap",
            "duration_trap",
            "score_trap",
            "money_trap",
        ],
        covers="UTF-16 LE: DGST 218 cells and 'ما يفوق 4500' arrests since 2002 (a running total that later falls to 214 in a08); 'أكثر من 90 من هذه الخلايا' ISIS-linked; partners 'للمصالح الألمانية والنمساوية'; Sahel casualties of an international index (not a claim)",
    )


@article
def a08():
    pub = "2025-01-15"
    heads, traps = sidebar_traps(
        [
            ("حصيلة ثقيلة: 17 قتيلا في حوادث السير خلال أسبوع", "17 قتيلا", "road deaths"),
            "مدونة الأسرة.. المجلس العلمي الأعلى يبدي رأيه في المقترحات",
            ("الجيش الملكي ينتصر على الرجاء (2-0)", "(2-0)", "football score"),
            ("الحكومة ترفع الحد الأدنى للأجور بنسبة 5 في المائة", "5 في المائة", "wages"),
            "إنذار بتساقطات ثلجية بالأطلس المتوسط",
        ]
    )
    title = "مصادر أمنية: التنسيق المغربي الإسباني أجهض عشرات المخططات الإرهابية"
    s1 = (
        "وأفادت مصادر أمنية بأن الأجهزة المغربية تمكنت من تفكيك مائتين وأربع عشرة خلية إرهابية منذ سنة 2002، "
        "في إطار المقاربة الاستباقية التي تنهجها المملكة."
    )
    s2 = (
        "وأشارت المصادر ذاتها إلى أن 20 عملية مشتركة نفذت مع المصالح الإسبانية منذ سنة 2014، همت بالأساس "
        "خلايا موالية لداعش تنشط على ضفتي المضيق."
    )
    s3 = (
        "كما تم خلال السنوات الثلاث الأخيرة توقيف ما لا يقل عن 40 شخصا بسبب الترويج لداعش على الإنترنت، "
        "بعضهم كان ينشط في مجموعات مغلقة."
    )
    paragraphs = [
        "يشكل التعاون الأمني بين الرباط ومدريد واحدا من أنجح نماذج الشراكة في مجال مكافحة الإرهاب بالمنطقة "
        "المتوسطية، إذ بات تبادل المعلومات بين البلدين يتم بشكل يومي.",
        s1,
        f"{s2} {s3}",
        "وتتم العمليات المشتركة عادة بشكل متزامن على جانبي المضيق، وغالبا ما تنتهي في أقل من 24 ساعة، تفاديا "
        "لفرار المشتبه فيهم أو إتلاف الأدلة الرقمية.",
        "وتقرر للمرة الثانية على التوالي تنظيم المنتدى المغربي الإسباني حول الأمن بمدينة طنجة، بمشاركة "
        "عشرات الخبراء من البلدين.",
    ]
    official = A("official_unspecified", "مصادر أمنية")
    return dict(
        key="a08",
        file="a08_madar21_crlf_214_words.txt",
        format="aggregator",
        line_endings="CRLF",
        text=aggregator(heads, title, "مدار21", pub, paragraphs),
        metadata=md(title, "مدار21", "Madar21", pub),
        claims=[
            C(
                "cells_dismantled",
                214,
                "مائتين وأربع عشرة",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=official,
                notes="number words in the genitive; below the 218 published in June 2024 (a07)",
            ),
            C(
                "joint_operations",
                20,
                "20",
                s2,
                period=since("2014", pub, "منذ سنة 2014"),
                attribution=A("official_unspecified", "المصادر ذاتها"),
                scope="bilateral",
            ),
            C(
                "persons_arrested",
                40,
                "40",
                s3,
                subset="online_activity",
                qualifier="at_least",
                qualifier_text="ما لا يقل عن",
                period=last_n(3, pub, "خلال السنوات الثلاث الأخيرة"),
                attribution=A("official_unspecified", "المصادر ذاتها"),
            ),
        ],
        must_not_extract=traps
        + [
            T("أقل من 24 ساعة", "duration with a qualifier"),
            T("للمرة الثانية", "ordinal"),
            T("عشرات الخبراء", "vague count"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "crlf",
            "number_words",
            "number_word_genitive",
            "joint_operations",
            "qualifier_at_least",
            "relative_period",
            "last_n_years",
            "subset_online_activity",
            "partner_cue_joint",
            "duration_trap",
            "vague_count_trap",
            "org_official_unspecified",
            "score_trap",
        ],
        covers="CRLF: 'مائتين وأربع عشرة خلية' since 2002 (Jan 2025, below 218: cumulative_decrease); 20 joint operations with Spain since 2014; 'ما لا يقل عن 40' online-activity arrests 'خلال السنوات الثلاث الأخيرة'; 'أقل من 24 ساعة'",
    )


@article
def a09():
    pub = "2025-07-08"
    heads, traps = sidebar_traps(
        [
            ("موسم الاصطياف: 6 ملايين مصطاف متوقع بالشواطئ المغربية", "6 ملايين مصطاف", "holiday makers"),
            "عملية مرحبا 2025 تنطلق في ظروف جيدة",
            ("لبؤات الأطلس يفزن على زامبيا (2-1)", "(2-1)", "football score"),
            ("ارتفاع حصيلة ضحايا فيضانات تكساس إلى 104 قتلى", "104 قتلى", "casualties abroad"),
            "الحكومة تصادق على مشروع قانون المسطرة الجنائية",
        ]
    )
    title = "ثماني خلايا إرهابية مفككة منذ مطلع 2025.. البسيج يرفع درجة اليقظة"
    s1 = (
        "وأفادت مصادر من المكتب المركزي للأبحاث القضائية بأن المكتب فكك ثماني خلايا إرهابية منذ مطلع السنة "
        "الجارية، آخرها الخلية التي جرى تفكيكها الأسبوع الماضي بمدينة تطوان."
    )
    s2 = "وأوقفت المصالح الأمنية خلال الأشهر الستة الأولى من السنة 35 شخصا، من بينهم خمسة قاصرين وامرأتان."
    paragraphs = [
        "يواصل المكتب المركزي للأبحاث القضائية ضرباته الاستباقية ضد الخلايا الموالية للتنظيمات المتطرفة، "
        "في سياق يتسم بتصاعد الدعاية الرقمية لفرع داعش في منطقة الساحل.",
        f"{s1} {s2}",
        "وجرى تفكيك الخلية الأخيرة بناء على معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني، "
        "بتنسيق مع المصالح الأمنية البرتغالية التي أوقفت في اليوم ذاته عنصرا على صلة بالخلية في لشبونة.",
        "وفي سياق منفصل، فعلت السلطات المحلية بتطوان خلية اليقظة الخاصة بموسم الاصطياف، التي تضم 12 عضوا "
        "يمثلون المصالح الأمنية والصحية والوقاية المدنية.",
    ]
    bcij = A("BCIJ", "مصادر من المكتب المركزي للأبحاث القضائية")
    h1 = P("year_to_date", "2025", "2025-06", "خلال الأشهر الستة الأولى من السنة")
    return dict(
        key="a09",
        file="a09_alaoumk_ytd_8_cells.txt",
        format="aggregator",
        text=aggregator(heads, title, "العمق المغربي", pub, paragraphs),
        metadata=md(title, "العمق المغربي", "Al3omk", pub),
        claims=[
            C(
                "cells_dismantled",
                8,
                "ثماني",
                s1,
                period=ytd(pub, "منذ مطلع السنة الجارية"),
                attribution=bcij,
            ),
            C(
                "persons_arrested",
                35,
                "35",
                s2,
                period=h1,
                attribution=bcij,
                notes="the first six months: January to June 2025",
            ),
            C("persons_arrested", 5, "خمسة", s2, subset="minors", period=h1, attribution=bcij),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                2,
                "امرأتان",
                s2,
                subset="women",
                period=h1,
                attribution=bcij,
                notes="dual noun as a number",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("الأسبوع الماضي", "relative date of one operation"),
            T(
                "خلية اليقظة الخاصة بموسم الاصطياف، التي تضم 12 عضوا",
                "a 'cell' that is not a terror cell (a local vigilance committee)",
            ),
        ],
        countries_cited=["PT"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "title_figure",
            "year_to_date",
            "first_six_months",
            "number_words",
            "dual",
            "subset_minors",
            "partner_cue_coordination",
            "non_terror_cell",
            "org_BCIJ",
            "casualties_trap",
        ],
        covers="'ثماني خلايا' 'منذ مطلع السنة الجارية' (July 2025: the same outlet later gives 6 for the year, partial_exceeds_whole); 35 arrests in the first six months, 'خمسة قاصرين' and 'امرأتان'; Portugal partner; 'خلية اليقظة' of 12 members (not a terror cell)",
    )


@article
def a10():
    pub = "2026-01-12"
    heads, traps = sidebar_traps(
        [
            ("كأس إفريقيا: المنتخب الوطني يهزم تنزانيا (3-0)", "(3-0)", "football score"),
            ("التساقطات المطرية ترفع نسبة ملء السدود إلى 31 في المائة", "31 في المائة", "dam filling rate"),
            "وزارة الصحة تطلق حملة التلقيح ضد الأنفلونزا الموسمية",
            ("رأس السنة الأمازيغية 2976.. عطلة رسمية مؤدى عنها", "2976", "Amazigh year"),
            "البرلمان يصادق على قانون الإضراب في قراءة ثانية",
        ]
    )
    title = "حصيلة 2025: ست خلايا إرهابية مفككة وتراجع ملحوظ في الاستقطاب"
    s1 = (
        "وحسب المعطيات التي قدمها المكتب المركزي للأبحاث القضائية، فقد جرى خلال السنة المنصرمة تفكيك ست خلايا "
        "إرهابية، كانت أربع منها موالية لتنظيم داعش."
    )
    s2 = (
        "وبذلك يصل عدد الخلايا المفككة خلال السنوات الثلاث الأخيرة إلى 29 خلية، بعد 14 خلية سنة 2024 و9 خلايا "
        "سنة 2023."
    )
    s3 = "كما أحيل 41 شخصا على العدالة في قضايا إرهابية خلال السنة ذاتها، بعد انتهاء الأبحاث التي أجريت معهم."
    paragraphs = [
        "سجلت سنة 2025 تراجعا في عدد العمليات الأمنية المرتبطة بالإرهاب، وهو ما يعزوه متتبعون إلى نجاعة "
        "الضربات الاستباقية التي وجهتها الأجهزة المغربية للخلايا النائمة خلال السنوات السابقة.",
        f"{s1} {s2}",
        s3,
        "غير أن المسؤولين الأمنيين يحذرون من أن التراجع العددي لا يعني تراجع الخطر، في ظل تنامي نشاط فروع "
        "داعش في منطقة الساحل ومحاولاتها المتكررة لاستقطاب شباب مغاربة عبر الإنترنت.",
    ]
    bcij = A("BCIJ", "المعطيات التي قدمها المكتب المركزي للأبحاث القضائية")
    y25 = year("2025", "خلال السنة المنصرمة")
    return dict(
        key="a10",
        file="a10_alaoumk_2025_six_cells.txt",
        format="aggregator",
        text=aggregator(heads, title, "العمق المغربي", pub, paragraphs),
        metadata=md(title, "العمق المغربي", "Al3omk", pub),
        claims=[
            C(
                "cells_dismantled",
                6,
                "ست",
                s1,
                period=y25,
                attribution=bcij,
                notes="'السنة المنصرمة' from the byline (January 2026) = 2025; the same outlet said 8 by July 2025",
            ),
            C(
                "cells_dismantled",
                4,
                "أربع",
                s1,
                subset="isis_linked",
                period=y25,
                attribution=bcij,
                notes="'أربع منها': subset from the breakdown",
            ),
            C(
                "cells_dismantled",
                29,
                "29",
                s2,
                period=last_n(3, pub, "خلال السنوات الثلاث الأخيرة"),
                attribution=bcij,
                notes="6 + 14 + 9",
            ),
            C(
                "cells_dismantled",
                14,
                "14",
                s2,
                period=year("2024", "سنة 2024"),
                attribution=bcij,
                notes="list item, year after the noun",
            ),
            C(
                "cells_dismantled",
                9,
                "9",
                s2,
                period=year("2023", "سنة 2023"),
                attribution=bcij,
                notes="list item",
            ),
            C(
                "persons_arrested",
                41,
                "41",
                s3,
                period=year("2025", "خلال السنة ذاتها"),
                attribution=bcij,
                notes="'أحيل … على العدالة': referred to the courts after arrest",
            ),
        ],
        must_not_extract=traps
        + [T(title, "title: the body repeats the figure"), T("سنة 2025 تراجعا", "bare year")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "title_figure",
            "relative_period",
            "period_year",
            "last_n_years",
            "number_words",
            "subset_isis_linked",
            "list_year_after_number",
            "inherited_period",
            "org_BCIJ",
            "amazigh_year_trap",
        ],
        covers="'ست خلايا' 'خلال السنة المنصرمة' (2025, below the outlet's own 8 by July: partial_exceeds_whole); 'أربع منها' ISIS-linked; 29 'خلال السنوات الثلاث الأخيرة' = 6 + '14 خلية سنة 2024' + '9 خلايا سنة 2023'; 41 'أحيل … على العدالة' 'خلال السنة ذاتها'",
    )


@article
def a11():
    pub = "2019-03-20"
    heads, traps = sidebar_traps(
        [
            ("الوداد كلاصا الرجاء فالديربي (2-1)", "(2-1)", "football score"),
            "ها علاش طلعو أثمنة البنزين هاد السيمانة",
            ("البوليس شدو 14 واحد فحملة على الفراشة", "14 واحد", "arrests of street vendors"),
            ("ماتش الأسود مع مالاوي غادي يحضروه 45 ألف مشجع", "45 ألف مشجع", "attendance"),
            "مجلس الحكومة غادي يدوز مشروع قانون الإطار ديال التعليم",
        ]
    )
    title = "الأرقام الرسمية: كثر من 1600 مغربي مشاو لسوريا والعراق"
    s1 = (
        "وحسب معطيات رسمية، فإن عدد المغاربة الذين التحقوا بالتنظيمات الإرهابية في سوريا والعراق ما ينيف عن "
        "1600 شخص، مات منهم أكثر من 600."
    )
    s2 = "أما العائدون، فلم يتعد عددهم 250 شخصا إلى حدود الساعة، وكلهم تابعهم القضاء بموجب قانون الإرهاب."
    s3 = (
        "وكانت السلطات قد رحلت في الأسبوع الماضي 8 مغاربة كانوا في مناطق النزاع بسوريا، في عملية تمت بتنسيق مع "
        "الولايات المتحدة الأمريكية."
    )
    paragraphs = [
        "رجع ملف المغاربة اللي مشاو يقاتلو مع داعش للواجهة من جديد، بعد ما بدات الدول الغربية كتحط السؤال ديال "
        "شنو غادي تدير مع المقاتلين ديالها وعائلاتهم.",
        f"{s1} {s2}",
        s3,
        "هاد الشي كيبين بلي الدولة مافرطاتش فهاد الملف، وكل واحد رجع كيدوز من البسيج قبل ما يوصل لدارهم. ووزارة "
        "الخارجية كانت دارت خلية أزمة فيها 5 ديال الأطر باش تتبع وضعية المغاربة العالقين فالمخيمات.",
    ]
    official = A("official_unspecified", "معطيات رسمية")
    cum = cumul(pub)
    return dict(
        key="a11",
        file="a11_goud_darija_qualifiers.txt",
        format="aggregator",
        text=aggregator(heads, title, "كود", pub, paragraphs),
        metadata=md(title, "كود", "Goud", pub),
        claims=[
            C(
                "fighters_joined",
                1600,
                "1600",
                s1,
                qualifier="more_than",
                qualifier_text="ما ينيف عن",
                period=cum,
                attribution=official,
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                600,
                "600",
                s1,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=cum,
                attribution=official,
                notes="'مات منهم': the metric comes from the verb",
            ),
            C(
                "returnees",
                250,
                "250",
                s2,
                qualifier="at_most",
                qualifier_text="لم يتعد",
                period=cum,
                attribution=official,
            ),
            C(
                "returnees",
                8,
                "8",
                s3,
                subset="repatriated",
                period=P("event", None, None, "في الأسبوع الماضي"),
                attribution=A("official_unspecified", "معطيات رسمية"),
                notes="one repatriation operation, the week before the byline; attribution carried from the previous paragraph",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title in darija: the body repeats 1600"),
            T("خلية أزمة فيها 5 ديال الأطر", "a crisis 'cell' of officials, not a terror cell"),
        ],
        countries_cited=["US"],
        countries_not_partners=[
            NP("SY", "بسوريا", "conflict zone"),
            NP("IQ", "في سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "darija",
            "title_figure",
            "qualifier_more_than",
            "qualifier_at_most",
            "verb_no_noun",
            "subset_repatriated",
            "period_event",
            "partner_cue_coordination",
            "non_terror_cell",
            "org_official_unspecified",
            "score_trap",
        ],
        covers="Goud (darija furniture): 'ما ينيف عن 1600' fighters, 'مات منهم أكثر من 600', 'لم يتعد عددهم 250' returnees (at_most); 8 repatriated 'بتنسيق مع الولايات المتحدة'; a crisis 'خلية' of 5 officials",
    )


@article
def a12():
    pub = "2019-06-25"
    heads, traps = sidebar_traps(
        [
            ("كأس إفريقيا: المنتخب المغربي يفوز على ناميبيا (1-0)", "(1-0)", "football score"),
            "امتحانات الباكالوريا.. توقيف مشتبه فيهم بتسريب الأسئلة",
            ("موجة حر: درجات الحرارة تصل إلى 46 درجة", "46 درجة", "temperature"),
            ("مهرجان موازين يستقطب 2,5 مليون متفرج", "2,5 مليون متفرج", "attendance"),
        ]
    )
    title = "الخيام لـ«فبراير»: هكذا نفكك الخلايا الإرهابية"
    s1 = (
        "وقال الخيام، في حوار خص به موقع «فبراير»، إن المكتب فكك منذ إحداثه في مارس 2015 أربعا وستين خلية "
        "إرهابية، وأوقف ألفا ومائتي شخص."
    )
    s2 = "وأوضح أن من بين هذه الخلايا إحدى عشرة خلية فككت سنة 2018، وأربعا منذ مطلع السنة الجارية."
    paragraphs = [
        "في حوار مطول، كشف عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية، جوانب من طريقة اشتغال "
        "المكتب في تتبع المشتبه فيهم وتوقيفهم، مؤكدا أن التدخل يتم دائما تحت إشراف النيابة العامة المختصة.",
        f"{s1} {s2}",
        "وبخصوص أعمار الموقوفين، أشار الخيام إلى أنها تتراوح بين 18 و60 سنة، وأن فئة الشباب تظل الأكثر "
        "استهدافا بالدعاية المتطرفة على مواقع التواصل الاجتماعي.",
        "وتوقف الخيام عند جريمة إمليل التي راحت ضحيتها سائحتان إسكندنافيتان في دجنبر 2018، مؤكدا أن "
        "المتورطين فيها، ومن بينهم مواطن يحمل الجنسيتين الإسبانية والسويسرية، أحيلوا على العدالة في ظرف وجيز.",
        "وأكد أن المكتب يتبادل المعلومات بشكل منتظم مع نظرائه في هولندا وبلجيكا، وهو ما مكن من تفكيك شبكات "
        "لتجنيد المقاتلين تنشط على جانبي المتوسط.",
    ]
    person = "عبد الحق الخيام"
    bcij = A("BCIJ", "وقال الخيام", person)
    p15 = since("2015-03", pub, "منذ إحداثه في مارس 2015")
    return dict(
        key="a12",
        file="a12_febrayer_khiam_words.txt",
        format="aggregator",
        text=aggregator(heads, title, "فبراير", pub, paragraphs),
        metadata=md(title, "فبراير", "Febrayer", pub),
        claims=[
            C(
                "cells_dismantled",
                64,
                "أربعا وستين",
                s1,
                period=p15,
                attribution=bcij,
                notes="accusative number words",
            ),
            C(
                "persons_arrested",
                1200,
                "ألفا ومائتي",
                s1,
                period=p15,
                attribution=bcij,
                notes="'ألفا ومائتي' (accusative thousand, construct two hundred) = 1200; the clause shares the period",
            ),
            C(
                "cells_dismantled",
                11,
                "إحدى عشرة",
                s2,
                period=year("2018", "سنة 2018"),
                attribution=A("BCIJ", "وأوضح", person),
            ),
            C(
                "cells_dismantled",
                4,
                "أربعا",
                s2,
                period=ytd(pub, "منذ مطلع السنة الجارية"),
                attribution=A("BCIJ", "وأوضح", person),
                notes="list item with no noun",
            ),
        ],
        optional_claims=[
            C(
                "attack_victims",
                2,
                "سائحتان",
                "وتوقف الخيام عند جريمة إمليل التي راحت ضحيتها سائحتان إسكندنافيتان في دجنبر 2018، مؤكدا أن "
                "المتورطين فيها، ومن بينهم مواطن يحمل الجنسيتين الإسبانية والسويسرية، أحيلوا على العدالة في ظرف وجيز.",
                period=P("event", "2018-12", "2018-12", "في دجنبر 2018"),
                attribution=A("BCIJ", "وتوقف الخيام", person),
                notes="victims of one attack: outside the tracked metrics",
            ),
        ],
        must_not_extract=traps + [T("بين 18 و60 سنة", "ages")],
        countries_cited=["NL", "BE"],
        countries_not_partners=[
            NP("ES", "الجنسيتين الإسبانية والسويسرية", "nationality of a suspect"),
            NP("CH", "الجنسيتين الإسبانية والسويسرية", "nationality of a suspect"),
            NP(None, "سائحتان إسكندنافيتان", "nationality of victims"),
        ],
        flags=[
            "aggregator",
            "named_person",
            "org_BCIJ",
            "number_words",
            "number_word_accusative",
            "thousands_words",
            "since_creation_month",
            "year_to_date",
            "list_no_noun",
            "nationality_mention",
            "age_trap",
            "partner_cue_exchange",
            "score_trap",
        ],
        covers="Khiam to Febrayer: 'أربعا وستين خلية' and 'ألفا ومائتي شخص' since March 2015; 'إحدى عشرة خلية … سنة 2018، وأربعا منذ مطلع السنة الجارية' (no noun); Imlil victims optional; Spanish-Swiss suspect (nationality); NL/BE partners",
    )


@article
def a13():
    pub = "2018-03-28"
    heads, traps = sidebar_traps(
        [
            ("حسنية أكادير يتعادل مع الدفاع الجديدي (1-1)", "(1-1)", "football score"),
            "جرادة.. عودة الهدوء بعد أسابيع من الاحتجاجات",
            ("المغرب يترشح لتنظيم مونديال 2026", "مونديال 2026", "year"),
            ("ارتفاع عدد السياح بنسبة 15 في المائة", "15 في المائة", "tourism"),
        ]
    )
    title = "183 خلية إرهابية مفككة منذ 2002.. حصيلة ثقيلة للحرب على الإرهاب"
    s1 = (
        "وكشفت مصادر مطلعة لـ«المساء» أن الأجهزة الأمنية فككت 183 خلية إرهابية منذ سنة 2002، فيما تجاوز عدد "
        "الموقوفين في قضايا الإرهاب 3000 شخص خلال الفترة نفسها."
    )
    s2 = "وأوضحت المصادر أن 49 من هذه الخلايا تم تفكيكها منذ إحداث المكتب المركزي للأبحاث القضائية."
    s3 = (
        "وتشير المصادر ذاتها إلى أن 1,649 مغربيا غادروا المملكة نحو بؤر التوتر، لا يزال 1,003 منهم في المنطقة "
        "أو مجهولي المصير."
    )
    paragraphs = [
        "بعد مرور خمس عشرة سنة على تفجيرات الدار البيضاء، تكشف الأرقام حجم المجهود الذي بذلته الأجهزة الأمنية "
        "لتفادي تكرار تلك المأساة.",
        s1,
        f"{s2} {s3}",
        "وينتظر أن يناقش البرلمان خلال الدورة الربيعية مقترحات لتعديل القانون رقم 03.03، بما يسمح بتشديد "
        "العقوبات على الإشادة بالإرهاب عبر الإنترنت.",
    ]
    official = A("official_unspecified", "مصادر مطلعة")
    p02 = since("2002", pub, "منذ سنة 2002")
    return dict(
        key="a13",
        file="a13_almassae_cp1256_crlf_183.txt",
        format="aggregator",
        encoding="windows-1256",
        line_endings="CRLF",
        text=aggregator(heads, title, "المساء", pub, paragraphs),
        metadata=md(title, "المساء", "Al Massae", pub),
        claims=[
            C("cells_dismantled", 183, "183", s1, period=p02, attribution=official),
            C(
                "persons_arrested",
                3000,
                "3000",
                s1,
                qualifier="more_than",
                qualifier_text="تجاوز",
                period=since("2002", pub, "خلال الفترة نفسها"),
                attribution=official,
                notes="'تجاوز' (exceeded) = more than",
            ),
            C(
                "cells_dismantled",
                49,
                "49",
                s2,
                period=since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية"),
                attribution=A("official_unspecified", "المصادر"),
                notes="a part of the 183 but with its own period (since 2015), not a subset",
            ),
            C(
                "fighters_joined",
                1649,
                "1,649",
                s3,
                period=cumul(pub),
                attribution=A("official_unspecified", "المصادر ذاتها"),
                notes="'غادروا المملكة نحو بؤر التوتر'",
            ),
            C(
                "fighters_in_zone",
                1003,
                "1,003",
                s3,
                period=cumul(pub),
                attribution=A("official_unspecified", "المصادر ذاتها"),
                notes="new slug: fighters still in the zone or of unknown fate",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats 183"),
            T("خمس عشرة سنة", "duration in words"),
            T("القانون رقم 03.03", "law number"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "windows_1256",
            "crlf",
            "title_figure",
            "org_official_unspecified",
            "qualifier_more_than",
            "inherited_period",
            "since_creation",
            "verb_no_noun",
            "fighters_in_zone",
            "thousands_separator",
            "duration_trap",
            "law_number_trap",
            "score_trap",
        ],
        covers="windows-1256 + CRLF: 183 since 2002 and 'تجاوز … 3000' arrests 'خلال الفترة نفسها'; '49 من هذه الخلايا' since the BCIJ's creation (own period, not a subset); 1,649 'غادروا المملكة', 1,003 still in the zone or of unknown fate (new slug); 'خمس عشرة سنة' (duration)",
    )


@article
def a14():
    pub = "2023-05-16"
    heads, traps = sidebar_traps(
        [
            ("الوداد يبلغ نهائي عصبة الأبطال للمرة الرابعة", "للمرة الرابعة", "ordinal"),
            ("أسعار الأضاحي: الحكومة تستورد 200 ألف رأس", "200 ألف رأس", "imports"),
            "تقلبات جوية مرتقبة نهاية الأسبوع",
            ("حريق يأتي على 120 هكتارا من الغابات بشفشاون", "120 هكتارا", "forest fire"),
        ]
    )
    title = "الأمن الوطني يخلد ذكراه 67.. حصيلة وأرقام"
    s1 = (
        "وأحالت المصالح التابعة للمديرية العامة للأمن الوطني خلال السنة الماضية 58 شخصا على العدالة في قضايا "
        "الإشادة بالإرهاب والتحريض عليه، دون احتساب الخلايا التي فككها المكتب المركزي للأبحاث القضائية."
    )
    s2 = (
        "وبلغ عدد الأشخاص الذين أوقفتهم الفرقة الوطنية للشرطة القضائية في هذا النوع من القضايا خلال السنوات "
        "الخمس الأخيرة نحو 300 شخص، حسب المديرية."
    )
    paragraphs = [
        "تخلد أسرة الأمن الوطني، اليوم الثلاثاء، الذكرى 67 لتأسيس المديرية العامة للأمن الوطني في 16 ماي 1956، "
        "وسط حصيلة تعكس تنوع المهام الموكولة لمصالح الشرطة.",
        s1,
        s2,
        "وعلى المستوى الاجتماعي، تتوفر المديرية على 440 خلية للتكفل بالنساء والأطفال ضحايا العنف موزعة على "
        "مختلف الدوائر الأمنية، استقبلت آلاف الضحايا خلال السنة الماضية.",
        "كما وقعت المديرية مذكرة تعاون مع الشرطة الإماراتية في مجال تبادل الخبرات ومكافحة الجريمة العابرة "
        "للحدود والإرهاب.",
    ]
    dgsn = A("DGSN", "المصالح التابعة للمديرية العامة للأمن الوطني")
    return dict(
        key="a14",
        file="a14_ahdath_dgsn_women_cells.txt",
        format="aggregator",
        text=aggregator(heads, title, "الأحداث المغربية", pub, paragraphs),
        metadata=md(title, "الأحداث المغربية", "Al Ahdath Al Maghribia", pub),
        claims=[
            C(
                "persons_arrested",
                58,
                "58",
                s1,
                subset="incitement",
                period=year("2022", "خلال السنة الماضية"),
                attribution=dgsn,
                notes="referred to justice for glorifying/inciting terrorism, BCIJ cells excluded",
            ),
            C(
                "persons_arrested",
                300,
                "300",
                s2,
                subset="incitement",
                qualifier="about",
                qualifier_text="نحو",
                period=last_n(5, pub, "خلال السنوات الخمس الأخيرة"),
                attribution=A("DGSN", "المديرية"),
            ),
        ],
        must_not_extract=traps
        + [
            T("الذكرى 67", "anniversary ordinal"),
            T("16 ماي 1956", "date of creation"),
            T(
                "440 خلية للتكفل بالنساء والأطفال ضحايا العنف",
                "police units for victims of violence: not terror cells",
            ),
            T("آلاف الضحايا", "vague count"),
            T(title, "anniversary number in the title"),
        ],
        countries_cited=["AE"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "org_DGSN",
            "relative_period",
            "last_n_years",
            "qualifier_about",
            "subset_incitement",
            "non_terror_cell",
            "anniversary_trap",
            "vague_count_trap",
            "partner_adjective",
        ],
        covers="DGSN anniversary: 58 referred for glorifying terrorism 'خلال السنة الماضية' (2022); 'نحو 300' 'خلال السنوات الخمس الأخيرة'; '440 خلية للتكفل بالنساء والأطفال ضحايا العنف' (not terror cells); 'الذكرى 67'; UAE partner",
    )


MAP_94 = (
    "وأكد حموشي أن المصالح التي يشرف عليها فككت 94 خلية إرهابية منذ إحداث المكتب المركزي للأبحاث القضائية سنة "
    "2015، وأوقفت أكثر من 1,500 شخص يشتبه في تورطهم في مشاريع إرهابية."
)


@article
def a15():
    pub = "2024-05-20"
    heads, traps = sidebar_traps(
        [
            "جلالة الملك يعطي انطلاقة مشروع محطة تحلية مياه البحر بالدار البيضاء",
            ("المكتب الشريف للفوسفاط يرفع إنتاجه بنسبة 9 في المائة", "9 في المائة", "production"),
            ("انطلاق عملية مرحبا 2024 بمشاركة 3,5 مليون مسافر متوقع", "3,5 مليون مسافر", "travellers"),
            "بوريطة يتباحث مع نظيره الموريتاني",
        ]
    )
    title = "حموشي يترأس حفل تخرج أفواج جديدة من عناصر الأمن"
    s2 = (
        "وأوضح المدير العام أن هذا المجهود تم بتعاون وثيق مع مكتب التحقيقات الفيدرالي الأمريكي، الذي أشاد "
        "بالمعلومات الدقيقة التي وفرتها المصالح المغربية."
    )
    paragraphs = [
        "ترأس عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، اليوم الاثنين بمدينة "
        "إفران، حفل تخرج أفواج جديدة من حراس الأمن وضباط الشرطة، حيث قدم عرضا حول حصيلة مكافحة الإرهاب.",
        MAP_94,
        s2,
        "وحضر الحفل عدد من المسؤولين الأمنيين والسلطات المحلية، إلى جانب عائلات الخريجين الذين تلقوا تكوينا "
        "امتد لسنة كاملة.",
    ]
    person = "عبد اللطيف حموشي"
    dgst = A("DGST", "وأكد حموشي", person)
    return dict(
        key="a15",
        file="a15_map_hammouchi_94.txt",
        format="aggregator",
        text=aggregator(heads, title, "وكالة المغرب العربي للأنباء", pub, paragraphs),
        metadata=md(title, "وكالة المغرب العربي للأنباء", "MAP", pub),
        claims=[
            C(
                "cells_dismantled",
                94,
                "94",
                MAP_94,
                period=since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"),
                attribution=dgst,
                notes="Hammouchi, director general of DGSN and DGST, speaking of counter-terrorism: DGST",
            ),
            C(
                "persons_arrested",
                1500,
                "1,500",
                MAP_94,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"),
                attribution=dgst,
                notes="shares the clause's period",
            ),
        ],
        must_not_extract=traps + [T("لسنة كاملة", "duration"), T("اليوم الاثنين", "relative date")],
        countries_cited=["US"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "named_person",
            "org_DGST",
            "hammouchi",
            "since_creation",
            "qualifier_more_than",
            "thousands_separator",
            "partner_adjective",
            "syndicated_source",
            "duration_trap",
        ],
        covers="MAP: Hammouchi (DGST) '94 خلية … منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015', 'أكثر من 1,500' arrests; FBI 'مكتب التحقيقات الفيدرالي الأمريكي' partner; the dispatch a16 syndicates",
    )


@article
def a16():
    pub = "2024-05-21"
    heads, traps = sidebar_traps(
        [
            ("تراجع أسعار الغازوال بـ30 سنتيما", "30 سنتيما", "price"),
            "ساكنة دوار بإقليم أزيلال تطالب بفك العزلة",
            ("المغرب الفاسي يهزم اتحاد طنجة (3-2)", "(3-2)", "football score"),
            ("مقتل 5 أشخاص في هجوم مسلح بالنيجر", "مقتل 5 أشخاص", "casualties abroad"),
        ]
    )
    title = "94 خلية إرهابية مفككة منذ إحداث البسيج"
    s2 = (
        "وكان المكتب قد أعلن في نونبر 2022 عن تفكيك 87 خلية منذ إحداثه، ما يعني أن أزيد من سبع خلايا فككت خلال "
        "أقل من سنتين."
    )
    paragraphs = [
        "نقلت وكالة المغرب العربي للأنباء عن المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف "
        "حموشي، معطيات جديدة حول حصيلة المكتب المركزي للأبحاث القضائية، خلال حفل تخرج بإفران.",
        MAP_94,
        s2,
        "ويرى متتبعون أن وتيرة تفكيك الخلايا تراجعت مقارنة مع السنوات الأولى لإحداث المكتب، حين كان يفكك ما "
        "معدله عشرون خلية في السنة.",
    ]
    person = "عبد اللطيف حموشي"
    return dict(
        key="a16",
        file="a16_sawt_atlas_syndicated_94.txt",
        format="aggregator",
        text=aggregator(heads, title, "صوت الأطلس", pub, paragraphs),
        metadata=md(title, "صوت الأطلس", "Sawt Al Atlas", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                94,
                "94",
                MAP_94,
                period=since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"),
                attribution=A("DGST", "وأكد حموشي", person),
                notes="syndicated from MAP (a15)",
            ),
            C(
                "persons_arrested",
                1500,
                "1,500",
                MAP_94,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"),
                attribution=A("DGST", "وأكد حموشي", person),
            ),
            C(
                "cells_dismantled",
                87,
                "87",
                s2,
                period=since("2015", "2022-11", "منذ إحداثه"),
                as_of="2022-11",
                attribution=A("BCIJ", "المكتب"),
                notes="a figure the text dates itself (November 2022): compared at its own date",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats 94"),
            T("أزيد من سبع خلايا", "a difference computed by the writer, not a reported figure"),
            T("أقل من سنتين", "duration"),
            T("عشرون خلية في السنة", "an average, not a count"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "fictional_outlet",
            "syndicated_copy",
            "title_figure",
            "as_of",
            "named_person",
            "org_DGST",
            "org_BCIJ",
            "duration_trap",
            "computed_difference_trap",
            "casualties_trap",
        ],
        covers="fictional outlet syndicating a15 word for word (94 and 'أكثر من 1,500'); '87 خلية' dated by the text 'في نونبر 2022' (as_of); the writer's own difference 'أزيد من سبع خلايا' and an average (traps)",
    )


@article
def a17():
    pub = "2025-03-02"
    heads, traps = sidebar_traps(
        [
            ("رمضان 1446: مواقيت الصلاة بالمدن المغربية", "1446", "Hijri year"),
            ("أسعار الطماطم تقفز إلى 12 درهما للكيلوغرام", "12 درهما", "price"),
            "الحكومة تعلن عن إجراءات لمواجهة غلاء الأسعار خلال رمضان",
            ("المنتخب الوطني لأقل من 20 سنة يتأهل إلى نصف النهائي", "أقل من 20 سنة", "age category"),
        ]
    )
    title = "خليتان إرهابيتان في شهر واحد.. البسيج يواصل ضرباته الاستباقية"
    s1 = (
        "وكان المكتب قد فكك خلال شهر فبراير المنصرم خليتين إرهابيتين بكل من حد السوالم وتيفلت، أسفرتا عن توقيف "
        "ستة أشخاص، بينهم ثلاثة أشقاء."
    )
    s2 = (
        "ويذكر أن المكتب المركزي للأبحاث القضائية تمكن منذ إحداثه سنة 2015 من تفكيك 83 خلية إرهابية، وفق آخر "
        "الأرقام المتوفرة."
    )
    paragraphs = [
        "عاد المكتب المركزي للأبحاث القضائية إلى الواجهة بعد سلسلة من العمليات النوعية التي استهدفت عناصر "
        "موالية لتنظيم داعش، كان بعضها على تواصل مع قياديين في فرع التنظيم بمنطقة الساحل.",
        s1,
        "وأظهرت الأبحاث أن الموقوفين كانوا يعتزمون تنفيذ عمليات باستعمال مواد متفجرة، قبل الالتحاق بمعسكرات "
        "التنظيم في منطقة الساحل.",
        s2,
    ]
    m = month("2025-02", "خلال شهر فبراير المنصرم")
    return dict(
        key="a17",
        file="a17_maraya_stale_83.txt",
        format="aggregator",
        text=aggregator(heads, title, "مرايا بريس", pub, paragraphs),
        metadata=md(title, "مرايا بريس", "Maraya Press", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                2,
                "خليتين",
                s1,
                period=m,
                attribution=A("unspecified"),
                notes="dual noun as the number; the BCIJ is the actor, no source is cited",
            ),
            C("persons_arrested", 6, "ستة", s1, period=m, attribution=A("unspecified")),
            C(
                "cells_dismantled",
                83,
                "83",
                s2,
                period=since("2015", pub, "منذ إحداثه سنة 2015"),
                attribution=A("official_unspecified", "آخر الأرقام المتوفرة"),
                notes="the December 2020 figure repeated in March 2025, after 94 (May 2024): stale",
            ),
        ],
        optional_claims=[
            C("persons_arrested", 3, "ثلاثة", s1, subset="siblings", period=m, attribution=A("unspecified")),
        ],
        must_not_extract=traps + [T(title, "title: dual and 'one month' (duration)")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "fictional_outlet",
            "dual",
            "number_words",
            "period_month",
            "relative_period",
            "stale",
            "org_unspecified",
            "org_official_unspecified",
            "hijri_trap",
            "age_trap",
        ],
        covers="two cells ('خليتين', dual) and 'ستة أشخاص' 'خلال شهر فبراير المنصرم'; '83 خلية' since 2015 repeated in March 2025 after 94 (stale_figure); Hijri 1446; 'أقل من 20 سنة' age category",
    )


@article
def a18():
    pub = "2022-03-30"
    heads, traps = sidebar_traps(
        [
            ("أسود الأطلس يتأهلون إلى المونديال بعد الفوز على الكونغو (4-1)", "(4-1)", "football score"),
            ("أسعار المحروقات تتجاوز 14 درهما للتر", "14 درهما", "price"),
            "رمضان على الأبواب.. إقبال على الأسواق",
            ("أوكرانيا: أكثر من 4 ملايين لاجئ منذ بداية الحرب", "4 ملايين لاجئ", "refugees abroad"),
        ]
    )
    title = "مصدر أمني: الخطر الإرهابي ما يزال قائما رغم الضربات الاستباقية"
    s1 = (
        "وتمكنت الأجهزة الأمنية المغربية، حسب ما أكده مصدر أمني للموقع، من تفكيك أزيد من ألفي خلية إرهابية منذ "
        "سنة 2002."
    )
    s2 = (
        "وأوقفت خلال الفترة ذاتها ما يزيد عن ثلاثة آلاف وخمسمائة شخص، من بينهم أزيد من 300 من ذوي السوابق في "
        "قضايا الإرهاب."
    )
    paragraphs = [
        "حذر مصدر أمني من استمرار الخطر الإرهابي الذي يتهدد المملكة، في ظل تمدد فروع داعش والقاعدة في منطقة "
        "الساحل والصحراء واستغلالها للفراغ الأمني في عدد من دول المنطقة.",
        f"{s1} {s2}",
        "وتحتل تونس، حسب تقرير لمجموعة صوفان الأمريكية، المرتبة الأولى مغاربيا من حيث عدد المقاتلين الأجانب "
        "بحوالي 6000 مقاتل، متبوعة بالمغرب.",
        "ويرى المصدر ذاته أن التحدي الأكبر اليوم يتمثل في رصد الأشخاص الذين يتشبعون بالفكر المتطرف عبر "
        "الإنترنت دون أن تكون لهم صلات مباشرة بالتنظيمات.",
    ]
    official = A("official_unspecified", "مصدر أمني")
    return dict(
        key="a18",
        file="a18_rasd_implausible_2000.txt",
        format="aggregator",
        text=aggregator(heads, title, "الرصد المغاربي", pub, paragraphs),
        metadata=md(title, "الرصد المغاربي", "Al Rasd Al Maghribi", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                2000,
                "ألفي",
                s1,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=official,
                notes="'ألفي' (2,000) is ten times every other source: extracted as printed, implausible_value",
            ),
            C(
                "persons_arrested",
                3500,
                "ثلاثة آلاف وخمسمائة",
                s2,
                qualifier="more_than",
                qualifier_text="ما يزيد عن",
                period=since("2002", pub, "خلال الفترة ذاتها"),
                attribution=official,
            ),
            C(
                "persons_arrested",
                300,
                "300",
                s2,
                subset="former_detainees",
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "خلال الفترة ذاتها"),
                attribution=official,
                notes="'من بينهم': subset of the arrests",
            ),
        ],
        must_not_extract=traps
        + [T("بحوالي 6000 مقاتل", "another country's figure (Tunisia), from a foreign report")],
        countries_cited=[],
        countries_not_partners=[
            NP("TN", "وتحتل تونس", "another country's figure"),
            NP("US", "مجموعة صوفان الأمريكية", "nationality of a think tank"),
        ],
        flags=[
            "aggregator",
            "fictional_outlet",
            "implausible",
            "number_words",
            "thousands_words",
            "qualifier_more_than",
            "inherited_period",
            "subset_former_detainees",
            "other_country_trap",
            "org_official_unspecified",
            "score_trap",
        ],
        covers="'أزيد من ألفي خلية' since 2002 (implausible_value); 'ما يزيد عن ثلاثة آلاف وخمسمائة' arrests and 'أزيد من 300' former detainees 'خلال الفترة ذاتها'; Tunisia's 6000 in a Soufan report (another country)",
    )


# ---------------------------------------------------------------- WordPress exports


@article
def a19():
    pub = "2018-12-27"
    s1 = (
        "وتمكنت الأجهزة الأمنية هذه السنة من تفكيك إحدى عشرة خلية إرهابية، كان آخرها خلية إمليل التي تورط أفرادها "
        "في قتل سائحتين إسكندنافيتين بضواحي مراكش."
    )
    s2 = (
        "وحسب دراسة أعدها باحثون في مركز أمريكي متخصص في قضايا الأمن، فقد نجحت الأجهزة الأمنية المغربية في "
        "تفكيك 186 خلية إرهابية بين سنتي 2002 و2018، منها 65 خلية مرتبطة بتنظيم داعش."
    )
    s3 = "وأشارت الدراسة ذاتها إلى توقيف أكثر من 3000 مشتبه فيه خلال الفترة نفسها، من بينهم نحو 220 حالة عود."
    blocks = [
        "تودع المملكة سنة 2018 على وقع جريمة هزت الرأي العام الوطني والدولي، أعادت إلى الأذهان أن الخطر الإرهابي "
        "ما يزال قائما رغم الضربات الاستباقية التي توجهها المصالح الأمنية للخلايا المتطرفة.",
        s1,
        "دراسة أمريكية",
        f"{s2} {s3}",
        "ويرى معدو الدراسة أن ارتفاع نسبة العود يطرح أسئلة حول نجاعة برامج إعادة الإدماج داخل السجون، رغم "
        "الجهود التي بذلت في إطار برنامج «مصالحة».",
    ]
    related = ["تفكيك خلية إرهابية من 3 عناصر بالرشيدية", "الحكم بـ15 سنة سجنا في حق متهم بالإشادة بالإرهاب"]
    title = "سنة 2018.. حصيلة أمنية ثقيلة في مواجهة الإرهاب"
    study = A("analyst", "دراسة أعدها باحثون في مركز أمريكي متخصص في قضايا الأمن")
    r = rng("2002", "2018", "بين سنتي 2002 و2018")
    return dict(
        key="a19",
        file="a19_wordpress_date_line_2018.txt",
        format="wordpress",
        date_where="date line '27 دجنبر، 2018'",
        text=wordpress(
            "الرئيسيةوطنيأمن",
            title,
            blocks,
            related,
            meta_lines=["بواسطة هيئة التحرير", "27 دجنبر، 2018", "1245 مشاهدة"],
        ),
        metadata=md(title, None, None, pub),
        claims=[
            C(
                "cells_dismantled",
                11,
                "إحدى عشرة",
                s1,
                period=ytd(pub, "هذه السنة"),
                attribution=A("unspecified"),
                notes="'هذه السنة' resolved from the WordPress date line; the author's own assertion",
            ),
            C("cells_dismantled", 186, "186", s2, period=r, attribution=study),
            C("cells_dismantled", 65, "65", s2, subset="isis_linked", period=r, attribution=study),
            C(
                "persons_arrested",
                3000,
                "3000",
                s3,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=rng("2002", "2018", "خلال الفترة نفسها"),
                attribution=A("analyst", "الدراسة ذاتها"),
            ),
            C(
                "persons_arrested",
                220,
                "220",
                s3,
                subset="former_detainees",
                qualifier="about",
                qualifier_text="نحو",
                period=rng("2002", "2018", "خلال الفترة نفسها"),
                attribution=A("analyst", "الدراسة ذاتها"),
                notes="'حالة عود': repeat offenders among the arrested",
            ),
        ],
        must_not_extract=[
            T("الرئيسيةوطنيأمن", "breadcrumb"),
            T("27 دجنبر، 2018", "the WordPress date line: metadata, not a claim"),
            T("1245 مشاهدة", "view count"),
            T("سائحتين إسكندنافيتين", "victims of one attack (dual)"),
            T("تفكيك خلية إرهابية من 3 عناصر بالرشيدية", "related-articles block"),
            T("15 سنة سجنا", "related-articles block: prison term"),
            T(title, "a year in the title"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("US", "مركز أمريكي", "nationality of a research centre")],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "no_outlet",
            "relative_period",
            "year_to_date",
            "number_words",
            "paired_years",
            "analyst",
            "subset_isis_linked",
            "subset_former_detainees",
            "qualifier_more_than",
            "qualifier_about",
            "view_count_trap",
            "related_block_trap",
            "org_unspecified",
        ],
        covers="WordPress date line '27 دجنبر، 2018' (the publication date; 'هذه السنة' resolved from it): 'إحدى عشرة خلية'; an American study: 186 cells 'بين سنتي 2002 و2018' (65 ISIS-linked), 'أكثر من 3000' arrests and 'نحو 220' repeat offenders; view count",
    )


@article
def a20():
    pub = "2021-03-14"
    s1 = (
        "وكشف تقرير صادر عن «مركز الأطلس للدراسات الاستراتيجية» أن عدد العائدين من بؤر التوتر خلال سنتي 2019 "
        "و2020 لم يتجاوز 19 شخصا، بسبب إغلاق الحدود وتشديد المراقبة."
    )
    s2 = "وقدر التقرير عدد المغاربة المحتجزين في سجون ومخيمات شمال شرق سوريا بنحو 250 رجلا و138 امرأة و400 طفل."
    blocks = [
        "ما يزال ملف المغاربة العالقين في مناطق النزاع يراوح مكانه، رغم المناشدات المتكررة لعائلاتهم والتوصيات "
        "التي رفعتها هيئات حقوقية وبرلمانية.",
        s1,
        s2,
        "ودعا معدو التقرير إلى تفعيل توصيات المهمة الاستطلاعية حول المغاربة العالقين في سوريا والعراق، على غرار "
        "ما قامت به كازاخستان التي استعادت أكثر من 600 من مواطنيها.",
    ]
    related = ["عائلات المحتجزين في سوريا تطالب بترحيلهم", "مخيم الهول.. 60 ألف محتجز في ظروف مأساوية"]
    title = "تقرير: أقل من عشرين عائدا من بؤر التوتر في سنتين"
    atlas = A("analyst", "تقرير صادر عن «مركز الأطلس للدراسات الاستراتيجية»")
    return dict(
        key="a20",
        file="a20_wordpress_bom_footer_outlet.txt",
        format="wordpress",
        encoding="utf-8-sig",
        date_where="date line, outlet only in the footer",
        text=wordpress(
            "الرئيسيةتقارير",
            title,
            blocks,
            related,
            meta_lines=["14 مارس 2021"],
            footer="جميع الحقوق محفوظة © 2021 الأيام 24",
        ),
        metadata=md(title, "الأيام 24", "Alayam24", pub),
        claims=[
            C(
                "returnees",
                19,
                "19",
                s1,
                qualifier="at_most",
                qualifier_text="لم يتجاوز",
                period=rng("2019", "2020", "خلال سنتي 2019 و2020"),
                attribution=atlas,
                notes="paired years = a range",
            ),
            C(
                "fighters_detained_abroad",
                250,
                "250",
                s2,
                subset="men",
                qualifier="about",
                qualifier_text="بنحو",
                period=cumul(pub),
                attribution=A("analyst", "التقرير"),
                notes="a stock with no date of its own: cumulative_unspecified up to the byline, as_of null; the qualifier is shared by the list",
            ),
            C(
                "fighters_detained_abroad",
                138,
                "138",
                s2,
                subset="women",
                qualifier="about",
                qualifier_text="بنحو",
                period=cumul(pub),
                attribution=A("analyst", "التقرير"),
            ),
            C(
                "fighters_detained_abroad",
                400,
                "400",
                s2,
                subset="minors",
                qualifier="about",
                qualifier_text="بنحو",
                period=cumul(pub),
                attribution=A("analyst", "التقرير"),
            ),
        ],
        must_not_extract=[
            T("أكثر من 600 من مواطنيها", "another country's figure (Kazakhstan)"),
            T("60 ألف محتجز", "related block: a camp's population"),
            T(title, "title: 'أقل من عشرين' and 'سنتين' (duration)"),
            T("© 2021", "footer year"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP(
                "SY",
                "المهمة الاستطلاعية حول المغاربة العالقين في سوريا والعراق",
                "countries inside a committee's name",
            ),
            NP(
                "IQ",
                "المهمة الاستطلاعية حول المغاربة العالقين في سوريا والعراق",
                "countries inside a committee's name",
            ),
            NP("KZ", "كازاخستان", "a contrasting model with its own figure"),
        ],
        flags=[
            "wordpress",
            "utf8_bom",
            "outlet_in_footer",
            "paired_years",
            "analyst",
            "qualifier_at_most",
            "qualifier_about",
            "list_shared_qualifier",
            "subset_men",
            "subset_women",
            "subset_minors",
            "as_of",
            "country_in_org_name",
            "other_country_trap",
            "contrasting_model_mention",
        ],
        covers="UTF-8 BOM; outlet only in the footer; think tank: 'لم يتجاوز 19' returnees 'خلال سنتي 2019 و2020'; 'بنحو 250 رجلا و138 امرأة و400 طفل' held in Syria (qualifier shared by the list, a stock up to the byline); Syria and Iraq inside a committee's name; Kazakhstan's 600",
    )


@article
def a21():
    s1 = (
        "وأفادت معطيات رسمية بأن المحاكم المغربية أدانت خلال العام الماضي 42 عائدا من بؤر التوتر بعقوبات تراوحت "
        "بين خمس وعشر سنوات سجنا."
    )
    s2 = "ومن بين هؤلاء 9 نساء عدن من مخيمات شمال سوريا رفقة أطفالهن."
    s3 = "وكان 137 من العائدين قد أحيلوا على العدالة إلى حدود نهاية 2020، حسب المصدر نفسه."
    blocks = [
        "تواصل غرفة الجنايات المختصة في قضايا الإرهاب بملحقة محكمة الاستئناف بسلا النظر في ملفات العائدين من "
        "بؤر التوتر، وسط نقاش حقوقي حول ظروف عودتهم.",
        f"{s1} {s2}",
        s3,
        "ويطالب محامون بتمتيع العائدين الذين لم يتورطوا في أعمال قتالية بظروف التخفيف، خاصة النساء اللواتي "
        "رافقن أزواجهن دون اقتناع بالفكر المتطرف.",
    ]
    related = ["سلا.. الحكم بـ10 سنوات على عائد من سوريا", "عائلات العالقين تراسل رئيس الحكومة"]
    title = "العائدون من بؤر التوتر أمام القضاء"
    official = A("official_unspecified", "معطيات رسمية")
    return dict(
        key="a21",
        file="a21_wordpress_cp1256_no_date.txt",
        format="wordpress",
        encoding="windows-1256",
        text=wordpress("الرئيسيةقضايا", title, blocks, related),
        metadata=md(title, None, None, None),
        claims=[
            C(
                "returnees_arrested",
                42,
                "42",
                s1,
                subset="convicted",
                period=P("year", None, None, "خلال العام الماضي"),
                attribution=official,
                notes="no publication date: 'العام الماضي' cannot be resolved, the period keeps its type and text",
            ),
            C(
                "returnees_arrested",
                9,
                "9",
                s2,
                subset="women",
                period=P("year", None, None, None),
                attribution=official,
                notes="'من بين هؤلاء': a part of the 42",
            ),
            C(
                "returnees_arrested",
                137,
                "137",
                s3,
                period=P("cumulative_unspecified", None, "2020-12", "إلى حدود نهاية 2020"),
                as_of="2020-12",
                attribution=A("official_unspecified", "المصدر نفسه"),
                notes="'أحيلوا على العدالة' said of returnees; cumulative up to the end of 2020",
            ),
        ],
        must_not_extract=[
            T("بين خمس وعشر سنوات سجنا", "prison terms in words"),
            T("10 سنوات", "related block: prison term"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("SY", "شمال سوريا", "conflict zone")],
        flags=[
            "wordpress",
            "windows_1256",
            "no_date",
            "no_outlet",
            "relative_period_unresolved",
            "returnees_arrested",
            "verb_no_noun",
            "subset_women",
            "until_end_of_month",
            "as_of",
            "org_official_unspecified",
        ],
        covers="windows-1256, no date: 42 returnees convicted 'خلال العام الماضي' (unresolvable), '9 نساء' among them; '137 من العائدين قد أحيلوا على العدالة إلى حدود نهاية 2020' (returnees_arrested, as_of); prison terms in words",
    )


@article
def a22():
    pub = "2023-03-14"
    s1 = (
        "وأوضح الناطق الرسمي باسم الحكومة، في ندوة صحفية أعقبت اجتماع مجلس الحكومة، أن عدد الأشخاص الذين أوقفوا "
        f"في قضايا الإرهاب منذ سنة 2002 بلغ 4{NNBSP}380 شخصا."
    )
    s2 = "وأشار إلى أن أقل من 15 عائدا من بؤر التوتر سجلوا خلال السنة الماضية، أحيلوا جميعهم على القضاء."
    blocks = [
        "أكد مصطفى بايتاس، الوزير المنتدب المكلف بالعلاقات مع البرلمان الناطق الرسمي باسم الحكومة، أن المقاربة المغربية في "
        "مكافحة الإرهاب تقوم على التوازن بين البعد الأمني وإعادة الإدماج واحترام حقوق الإنسان.",
        s1,
        s2,
        "وأضاف أن الحكومة رصدت 300 مليون درهم لبرامج إعادة إدماج المعتقلين السابقين في قضايا الإرهاب خلال "
        "السنوات الخمس المقبلة.",
    ]
    related = ["بايتاس: الحكومة ماضية في تنزيل الحماية الاجتماعية", "مجلس الحكومة يصادق على 4 مشاريع مراسيم"]
    title = "الحكومة: أزيد من أربعة آلاف موقوف في قضايا الإرهاب منذ 2002"
    person = "مصطفى بايتاس"
    return dict(
        key="a22",
        file="a22_wordpress_crlf_gov_nnbsp.txt",
        format="wordpress",
        line_endings="CRLF",
        date_where="date line 'الثلاثاء 14 مارس 2023'",
        text=wordpress("الرئيسيةسياسة", title, blocks, related, meta_lines=["الثلاثاء 14 مارس 2023"]),
        metadata=md(title, None, None, pub),
        claims=[
            C(
                "persons_arrested",
                4380,
                f"4{NNBSP}380",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("GOV", "الناطق الرسمي باسم الحكومة", person),
                notes="thousands separated by a narrow no-break space (U+202F); the spokesman is named in the previous paragraph",
            ),
            C(
                "returnees",
                15,
                "15",
                s2,
                qualifier="less_than",
                qualifier_text="أقل من",
                period=year("2022", "خلال السنة الماضية"),
                attribution=A("GOV", "وأشار", person),
            ),
        ],
        must_not_extract=[
            T("300 مليون درهم", "money"),
            T("السنوات الخمس المقبلة", "future period"),
            T("4 مشاريع مراسيم", "related block"),
            T(title, "title: number words the body gives in digits"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wordpress",
            "crlf",
            "wordpress_date_line",
            "no_outlet",
            "org_GOV",
            "named_person",
            "speaker_previous_sentence",
            "narrow_nbsp_separator",
            "qualifier_less_than",
            "relative_period",
            "money_trap",
        ],
        covers="CRLF; date line 'الثلاثاء 14 مارس 2023'; the government spokesman (GOV, named in the previous paragraph): '4\u202f380' arrests since 2002 (narrow no-break space), 'أقل من 15' returnees 'خلال السنة الماضية'; 300 million dirhams",
    )


@article
def a23():
    s1 = (
        "والتحق ما لا يقل عن 1,600 مغربي بالتنظيمات المتطرفة منذ اندلاع النزاع السوري سنة 2011، حسب تقديرات "
        "المرصد المغاربي لدراسات التطرف."
    )
    s2 = "ويرجح المرصد أن أكثر من 40 في المائة منهم لقوا حتفهم في المعارك أو في عمليات انتحارية."
    blocks = [
        "بعد أكثر من عقد على موجة الالتحاق الكبرى ببؤر التوتر، تحاول مراكز البحث تقدير حجم الظاهرة ومآلاتها.",
        f"{s1} {s2}",
        "وتبقى هذه النسبة أقل مما سجل في بلجيكا، التي التحق أكثر من 400 من مواطنيها بالتنظيمات الإرهابية في "
        "سوريا، قتل نصفهم تقريبا.",
        "ويوصي المرصد بتوسيع برامج المواكبة النفسية للعائدين وأسرهم، مع إشراك الأئمة والمرشدات الدينيات.",
    ]
    related = ["باحث: جيل جديد من المتطرفين يتشكل على الإنترنت"]
    title = "مرصد: ما لا يقل عن 1600 مغربي التحقوا بالتنظيمات المتطرفة"
    observatory = A("analyst", "تقديرات المرصد المغاربي لدراسات التطرف")
    return dict(
        key="a23",
        file="a23_wordpress_relative_stamp_analyst.txt",
        format="wordpress",
        date_where="relative stamp 'منذ 3 أشهر' only (no date)",
        text=wordpress("الرئيسيةدراسات", title, blocks, related, meta_lines=["منذ 3 أشهر", "قراءة 4 دقائق"]),
        metadata=md(title, None, None, None),
        claims=[
            C(
                "fighters_joined",
                1600,
                "1,600",
                s1,
                qualifier="at_least",
                qualifier_text="ما لا يقل عن",
                period=since("2011", None, "منذ اندلاع النزاع السوري سنة 2011"),
                attribution=observatory,
                notes="attribution after the figure; no byline date, so the period has no end",
            ),
            C(
                "fighters_killed",
                40,
                "40",
                s2,
                unit="percent",
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2011", None, None),
                attribution=A("analyst", "ويرجح المرصد"),
                notes="a percentage of the fighters, verb 'لقوا حتفهم'",
            ),
        ],
        must_not_extract=[
            T("منذ 3 أشهر", "WordPress relative stamp: not a date, not a period"),
            T("قراءة 4 دقائق", "reading time"),
            T("أكثر من 400 من مواطنيها", "another country's figure (Belgium)"),
            T("أكثر من عقد", "duration"),
            T(title, "title: the body repeats the figure"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("BE", "بلجيكا", "a comparison with another country's figures"),
            NP("SY", "النزاع السوري", "conflict zone"),
        ],
        flags=[
            "wordpress",
            "no_date",
            "no_outlet",
            "relative_stamp_trap",
            "analyst",
            "attribution_after_figure",
            "qualifier_at_least",
            "qualifier_more_than",
            "percent",
            "verb_no_noun",
            "other_country_trap",
            "duration_trap",
        ],
        covers="WordPress with only 'منذ 3 أشهر' (no date, a trap); think tank, attribution after the figure: 'ما لا يقل عن 1,600' fighters 'منذ اندلاع النزاع السوري سنة 2011'; 'أكثر من 40 في المائة منهم لقوا حتفهم' (percent); Belgium's 400 (another country)",
    )


@article
def a24():
    pub = "2022-05-12"
    s1 = (
        "وأكد ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، أن المملكة فككت "
        "أزيد من 210 خلايا إرهابية منذ سنة 2002، وأحبطت أكثر من 500 مخطط كان يستهدف أراضيها."
    )
    s2 = (
        "وأوضح بوريطة أن الأجهزة المغربية نفذت خلال السنوات الخمس الماضية أكثر من 40 عملية مشتركة مع شركائها "
        "الأوروبيين والأفارقة."
    )
    blocks = [
        "احتضنت مدينة مراكش، أمس الأربعاء، الاجتماع الوزاري للتحالف الدولي ضد داعش، وهو أول اجتماع من نوعه ينظم "
        "على أرض إفريقية، بمشاركة وفود من أزيد من 80 بلدا ومنظمة.",
        s1,
        s2,
        "ودعا الوزير إلى تجفيف منابع الدعم المالي للجماعات الإرهابية في منطقة الساحل، التي أصبحت، حسب تعبيره، "
        "البؤرة الأولى للإرهاب في العالم.",
    ]
    related = ["بوريطة يتباحث مع نظيره الأمريكي بمراكش", "انطلاق الاجتماع الوزاري للتحالف الدولي ضد داعش"]
    title = "بوريطة أمام التحالف الدولي: المغرب فكك أزيد من 210 خلايا إرهابية"
    person = "ناصر بوريطة"
    return dict(
        key="a24",
        file="a24_wordpress_bourita_coalition.txt",
        format="wordpress",
        date_where="date line '12 ماي، 2022'",
        text=wordpress("الرئيسيةدوليات", title, blocks, related, meta_lines=["12 ماي، 2022"]),
        metadata=md(title, None, None, pub),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("MFA", "ناصر بوريطة، وزير الشؤون الخارجية", person),
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s1,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("MFA", "ناصر بوريطة، وزير الشؤون الخارجية", person),
                notes="shares the sentence's period",
            ),
            C(
                "joint_operations",
                40,
                "40",
                s2,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=last_n(5, pub, "خلال السنوات الخمس الماضية"),
                attribution=A("MFA", "وأوضح بوريطة", person),
                notes="partners named only by region: no country",
            ),
        ],
        must_not_extract=[
            T("أزيد من 80 بلدا ومنظمة", "participants"),
            T("أمس الأربعاء", "relative date"),
            T(title, "title: the body repeats the figure"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("ML", "الدعم المالي", "'المالي' (financial) is also the adjective of Mali")
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "no_outlet",
            "org_MFA",
            "named_person",
            "qualifier_more_than",
            "last_n_years",
            "relative_period",
            "joint_operations",
            "substring_country",
            "title_figure",
        ],
        covers="Bourita (MFA) at the anti-ISIS coalition in Marrakech: 'أزيد من 210' cells and 'أكثر من 500' plots since 2002; 'أكثر من 40' joint operations 'خلال السنوات الخمس الماضية' with partners named by region only; 'الدعم المالي' (not Mali)",
    )


@article
def a25():
    pub = "2020-07-05"
    s1 = (
        "وأفاد تقرير المهمة الاستطلاعية المؤقتة حول الأطفال والنساء المغاربة العالقين بسوريا والعراق بأن عدد "
        "المغاربة المحتجزين في البلدين يناهز 400 شخص، بينهم 250 طفلا."
    )
    s2 = "وسجل التقرير أن 97 امرأة و82 طفلا عادوا إلى المغرب منذ سنة 2014، في عمليات فردية في الغالب."
    blocks = [
        "صادقت لجنة الخارجية والدفاع الوطني والشؤون الإسلامية بمجلس النواب على التقرير الذي أعدته المهمة "
        "الاستطلاعية، بعد أشهر من الاستماع إلى المسؤولين الحكوميين وعائلات العالقين.",
        s1,
        s2,
        "وأوصى التقرير بإحداث خلية مركزية لتتبع وضعية العالقين تضم ممثلين عن القطاعات الحكومية المعنية، "
        "وبتسريع إجراءات الترحيل.",
    ]
    related = ["نواب يطالبون بترحيل الأطفال العالقين في مخيم الهول"]
    title = "تقرير برلماني يرصد أوضاع المغاربة العالقين في بؤر التوتر"
    parliament = A("PARLIAMENT", "تقرير المهمة الاستطلاعية المؤقتة")
    return dict(
        key="a25",
        file="a25_wordpress_parliament_mission.txt",
        format="wordpress",
        date_where="date line '5 يوليوز، 2020'",
        text=wordpress(
            "الرئيسيةالبرلمان", title, blocks, related, meta_lines=["بقلم: سعاد العلوي", "5 يوليوز، 2020"]
        ),
        metadata=md(title, None, None, pub),
        claims=[
            C(
                "fighters_detained_abroad",
                400,
                "400",
                s1,
                qualifier="about",
                qualifier_text="يناهز",
                period=cumul(pub),
                attribution=parliament,
                notes="'المحتجزين في البلدين': held in Syria and Iraq together, the whole stock (docs/conventions.md)",
            ),
            C(
                "fighters_detained_abroad",
                250,
                "250",
                s1,
                subset="minors",
                period=cumul(pub),
                attribution=parliament,
                notes="'بينهم': subset of the 400",
            ),
            C(
                "returnees",
                97,
                "97",
                s2,
                subset="women",
                period=since("2014", pub, "منذ سنة 2014"),
                attribution=A("PARLIAMENT", "التقرير"),
                notes="list of two nouns followed by the verb 'عادوا'",
            ),
            C(
                "returnees",
                82,
                "82",
                s2,
                subset="minors",
                period=since("2014", pub, "منذ سنة 2014"),
                attribution=A("PARLIAMENT", "التقرير"),
            ),
        ],
        must_not_extract=[
            T("خلية مركزية لتتبع وضعية العالقين", "a 'cell' that is an administrative unit"),
            T("5 يوليوز، 2020", "date line"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "العالقين بسوريا والعراق", "countries inside the mission's name"),
            NP("IQ", "العالقين بسوريا والعراق", "countries inside the mission's name"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "no_outlet",
            "org_PARLIAMENT",
            "subset_minors",
            "subset_women",
            "list_shared_verb",
            "as_of",
            "verb_no_noun",
            "qualifier_about",
            "country_in_org_name",
            "non_terror_cell",
        ],
        covers="parliamentary mission report (PARLIAMENT): 'يناهز 400' held in Syria and Iraq, 250 children among them (a stock up to the byline); '97 امرأة و82 طفلا عادوا' since 2014; Syria and Iraq inside the mission's name; a 'خلية مركزية' (administrative)",
    )


@article
def a26():
    pub = "2016-11-03"
    s1 = (
        "وحسب تقرير لمجموعة «صوفان» الأمريكية، فإن عدد المغاربة الموجودين في صفوف التنظيمات المتطرفة بسوريا "
        "والعراق بلغ حوالي 1,500 مقاتل، ما يضع المملكة في المرتبة الخامسة عالميا."
    )
    s2 = "وتصدرت تونس القائمة بحوالي 6000 مقاتل، متبوعة بالسعودية بـ2500 وروسيا بـ2400 والأردن بـ2000."
    s3 = (
        "في المقابل، تفيد الأرقام الرسمية المغربية بأن 1,623 مغربيا التحقوا بمناطق النزاع إلى حدود نهاية أكتوبر "
        "2016، عاد منهم 190."
    )
    blocks = [
        "عاد الجدل حول أعداد المقاتلين الأجانب في سوريا والعراق مع صدور تقارير دولية جديدة، تتباين أرقامها من "
        "مصدر إلى آخر.",
        s1,
        s2,
        s3,
        "ويعزو خبراء هذا التباين إلى اختلاف المنهجيات، إذ تعتمد بعض المراكز على مصادر مفتوحة، بينما تستند الأرقام "
        "الرسمية إلى معطيات الأجهزة الأمنية.",
    ]
    related = ["تونس تستعد لعودة مقاتليها من سوريا"]
    title = "المغاربة خامس جنسية في صفوف المقاتلين الأجانب"
    end = P("cumulative_unspecified", None, "2016-10", "إلى حدود نهاية أكتوبر 2016")
    return dict(
        key="a26",
        file="a26_wordpress_soufan_ranking.txt",
        format="wordpress",
        date_where="date line '3 نونبر، 2016'",
        text=wordpress("الرئيسيةدولي", title, blocks, related, meta_lines=["3 نونبر، 2016"]),
        metadata=md(title, None, None, pub),
        claims=[
            C(
                "fighters_joined",
                1500,
                "1,500",
                s1,
                qualifier="about",
                qualifier_text="حوالي",
                period=cumul(pub),
                attribution=A("analyst", "تقرير لمجموعة «صوفان» الأمريكية"),
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_joined",
                1623,
                "1,623",
                s3,
                period=end,
                as_of="2016-10",
                attribution=A("official_unspecified", "الأرقام الرسمية المغربية"),
                notes="cumulative up to the end of October 2016",
            ),
            C(
                "returnees",
                190,
                "190",
                s3,
                period=end,
                as_of="2016-10",
                attribution=A("official_unspecified", "الأرقام الرسمية المغربية"),
                notes="'عاد منهم 190': no noun",
            ),
        ],
        must_not_extract=[
            T("المرتبة الخامسة", "rank"),
            T("بحوالي 6000 مقاتل", "Tunisia's figure"),
            T("بـ2500", "Saudi Arabia's figure"),
            T("بـ2400", "Russia's figure"),
            T("بـ2000", "Jordan's figure"),
            T(title, "ordinal rank in the title"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("US", "«صوفان» الأمريكية", "nationality of a think tank"),
            NP("TN", "تونس", "ranked by a foreign study"),
            NP("SA", "بالسعودية", "ranked by a foreign study"),
            NP("RU", "وروسيا", "ranked by a foreign study"),
            NP("JO", "والأردن", "ranked by a foreign study"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "no_outlet",
            "analyst",
            "other_country_trap",
            "ordinal_trap",
            "until_end_of_month",
            "as_of",
            "verb_no_noun",
            "qualifier_about",
            "thousands_separator",
        ],
        covers="a Soufan ranking: Morocco 'حوالي 1,500' (analyst), Tunisia/Saudi/Russia/Jordan figures (traps, 'بـ2500 وروسيا بـ2400' list of other countries); official 1,623 'إلى حدود نهاية أكتوبر 2016' and 'عاد منهم 190' (as_of)",
    )


@article
def a27():
    pub = "2023-01-23"
    s1 = (
        "وحسب حصيلة المديرية العامة للأمن الوطني، فقد فككت الأجهزة الأمنية خلال السنة المنصرمة ١٢ خلية إرهابية، "
        "وأوقفت ١٨٥ شخصا يشتبه في ارتباطهم بتنظيمات متطرفة."
    )
    s2 = "ومنذ سنة ٢٠٠٢، بلغ عدد الموقوفين في قضايا الإرهاب ما مجموعه ٤٬٣٧٠ شخصا، وفق المصدر ذاته."
    blocks = [
        "كشفت الحصيلة السنوية للمديرية العامة للأمن الوطني عن استمرار الضغط الأمني على الخلايا المتطرفة، في سياق "
        "إقليمي يتسم بتدهور الأوضاع في منطقة الساحل.",
        s1,
        s2,
        "وأشارت الحصيلة إلى أن ٩٠٪ من الموقوفين تم رصدهم عبر نشاطهم على شبكات التواصل الاجتماعي.",
    ]
    related = ["٢٥ سنة سجنا لزعيم خلية إرهابية بطنجة"]
    title = "١٢ خلية إرهابية في سنة.. حصيلة ٢٠٢٢"
    dgsn = A("DGSN", "حصيلة المديرية العامة للأمن الوطني")
    y22 = year("2022", "خلال السنة المنصرمة")
    return dict(
        key="a27",
        file="a27_wordpress_arabic_indic.txt",
        format="wordpress",
        date_where="date line in Arabic-Indic digits '٢٣ يناير، ٢٠٢٣'",
        text=wordpress("الرئيسيةأمن", title, blocks, related, meta_lines=["٢٣ يناير، ٢٠٢٣"]),
        metadata=md(title, None, None, pub),
        claims=[
            C(
                "cells_dismantled",
                12,
                "١٢",
                s1,
                period=y22,
                attribution=dgsn,
                notes="'السنة المنصرمة' from a date line in Arabic-Indic digits",
            ),
            C("persons_arrested", 185, "١٨٥", s1, period=y22, attribution=dgsn),
            C(
                "persons_arrested",
                4370,
                "٤٬٣٧٠",
                s2,
                period=since("2002", pub, "منذ سنة ٢٠٠٢"),
                attribution=A("DGSN", "المصدر ذاته"),
                notes="Arabic thousands separator U+066C",
            ),
            C(
                "persons_arrested",
                90,
                "٩٠",
                "وأشارت الحصيلة إلى أن ٩٠٪ من الموقوفين تم رصدهم عبر نشاطهم على شبكات التواصل الاجتماعي.",
                subset="online_activity",
                unit="percent",
                period=year("2022", None),
                attribution=A("DGSN", "الحصيلة"),
                notes="a percentage of the year's arrests",
            ),
        ],
        must_not_extract=[
            T("٢٥ سنة سجنا", "related block: prison term"),
            T("٢٣ يناير، ٢٠٢٣", "date line"),
            T(title, "title: the body repeats 12"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "no_outlet",
            "arabic_indic_digits",
            "arabic_thousands_separator",
            "relative_period",
            "percent",
            "subset_online_activity",
            "org_DGSN",
            "title_figure",
        ],
        covers="Arabic-Indic digits everywhere, date line '٢٣ يناير، ٢٠٢٣': DGSN ١٢ cells and ١٨٥ arrests 'خلال السنة المنصرمة' (2022), '٤٬٣٧٠' since ٢٠٠٢ (U+066C separator), '٩٠٪' detected online",
    )


@article
def a28():
    pub = "2024-10-03"
    s1 = (
        "ويقدر الباحث في الشؤون الأمنية سعيد الإدريسي أن 31 خلية من أصل 52 خلية فككت منذ سنة 2020 كانت تتلقى "
        "تعليماتها من قياديين في فروع داعش بمنطقة الساحل."
    )
    s2 = "وسجلت منطقة الساحل أكثر من 2,500 هجوم إرهابي خلال سنة 2023 وحدها، معظمها في مالي وبوركينا فاسو والنيجر."
    s3 = "وأضاف الإدريسي أن المصالح الأمنية المغربية أحبطت في السنوات الأخيرة أزيد من 40 مخططا إرهابيا."
    blocks = [
        "تحولت منطقة الساحل خلال السنوات الأخيرة إلى المصدر الأول للتهديد الإرهابي الذي يواجه المغرب، بعدما "
        "تراجع نفوذ داعش في سوريا والعراق.",
        s1,
        s2,
        s3,
        "ودعا الإدريسي إلى تعزيز التنسيق الأمني مع موريتانيا والسنغال لرصد تنقلات العناصر المتطرفة عبر الحدود، "
        "معتبرا أن المقاربة الوطنية وحدها لم تعد كافية.",
    ]
    related = ["خبير: الساحل بؤرة الإرهاب الأولى في العالم"]
    title = "باحث: ثلاثة أخماس الخلايا المفككة مرتبطة بالساحل"
    analyst = A("analyst", "الباحث في الشؤون الأمنية سعيد الإدريسي", "سعيد الإدريسي")
    p20 = since("2020", pub, "منذ سنة 2020")
    return dict(
        key="a28",
        file="a28_wordpress_sahel_analyst.txt",
        format="wordpress",
        date_where="WordPress default date 'أكتوبر 3, 2024'; outlet in the footer",
        text=wordpress(
            "الرئيسيةرأي",
            title,
            blocks,
            related,
            meta_lines=["أكتوبر 3, 2024"],
            footer="جميع الحقوق محفوظة لموقع برلمان كوم © 2024",
        ),
        metadata=md(title, "برلمان كوم", "Barlamane", pub),
        claims=[
            C(
                "cells_dismantled",
                52,
                "52",
                s1,
                period=p20,
                attribution=analyst,
                notes="'من أصل 52': the whole of the breakdown",
            ),
            C("cells_dismantled", 31, "31", s1, subset="sahel_linked", period=p20, attribution=analyst),
            C(
                "plots_foiled",
                40,
                "40",
                s3,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=P("unspecified", None, None, "في السنوات الأخيرة"),
                attribution=A("analyst", "وأضاف الإدريسي", "سعيد الإدريسي"),
                notes="'in recent years': a period that cannot be resolved (unspecified, its words kept)",
            ),
        ],
        must_not_extract=[
            T("أكثر من 2,500 هجوم إرهابي", "another region's figure (the Sahel)"),
            T("سنة 2023", "year of another region's figure"),
            T(title, "a fraction in the title"),
            T("أكتوبر 3, 2024", "WordPress date line"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("ML", "في مالي وبوركينا فاسو والنيجر", "conflict zone"),
            NP("BF", "بوركينا فاسو", "conflict zone"),
            NP("NE", "والنيجر", "conflict zone"),
            NP("MR", "موريتانيا والسنغال", "a recommendation to cooperate, not cooperation"),
            NP("SN", "والسنغال", "a recommendation to cooperate, not cooperation"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "outlet_in_footer",
            "analyst",
            "named_person",
            "subset_zone",
            "other_region_figure_trap",
            "conflict_zone_mention",
        ],
        covers="WordPress default date 'أكتوبر 3, 2024', outlet in the footer; a named analyst: '31 خلية من أصل 52' since 2020 linked to the Sahel; Sahel attacks (another region); Mauritania/Senegal only recommended (not partners)",
    )


# ---------------------------------------------------------------- clean texts with datelines


@article
def a29():
    s1 = (
        "وأفاد بلاغ لوزارة الداخلية بأن المكتب المركزي للأبحاث القضائية تمكن، صباح اليوم الأربعاء، من تفكيك خلية "
        "إرهابية تتكون من أربعة عناصر موالين لتنظيم داعش، ينشطون بمدن الرباط وتمارة وسلا."
    )
    s2 = "ويعد هذا التفكيك الخامس من نوعه منذ مطلع السنة الجارية، حسب المصدر ذاته."
    paragraphs = [
        s1,
        "وتمت هذه العملية بتنسيق مع المصالح الأمنية الإسبانية، التي أوقفت في الوقت ذاته عنصرا خامسا بمدينة "
        "جيرونا، كان على تواصل مع أفراد الخلية عبر تطبيقات التراسل المشفرة.",
        "وتتراوح أعمار الموقوفين بين 19 و34 سنة، وقد أسفرت عمليات التفتيش عن حجز أجهزة إلكترونية وأسلحة بيضاء "
        "ومخطوطات تمجد الفكر المتطرف.",
        s2,
        "وسيتم تقديم المشتبه فيهم إلى العدالة فور انتهاء البحث الذي يجري معهم تحت إشراف النيابة العامة المختصة.",
    ]
    title = "تفكيك خلية إرهابية موالية لداعش بالرباط وتمارة وسلا"
    moi = A("MOI", "بلاغ لوزارة الداخلية")
    return dict(
        key="a29",
        file="a29_clean_rabat_moi_event.txt",
        format="clean",
        text=clean(title, "الرباط", paragraphs),
        metadata=md(title, None, None, None, dateline="الرباط"),
        claims=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                s1,
                period=P("event", None, None, "صباح اليوم الأربعاء"),
                attribution=moi,
                notes="one operation; no byline date",
            ),
        ],
        optional_claims=[
            C(
                "cells_dismantled",
                5,
                "الخامس",
                s2,
                period=P("year_to_date", None, None, "منذ مطلع السنة الجارية"),
                attribution=A("MOI", "المصدر ذاته"),
                notes="an ordinal that implies a count of five cells this year",
            ),
        ],
        must_not_extract=[
            T("عنصرا خامسا", "the fifth member, arrested by another country's police"),
            T("بين 19 و34 سنة", "ages"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "no_date",
            "no_outlet",
            "org_MOI",
            "period_event",
            "number_words",
            "partner_cue_coordination",
            "ordinal_count",
            "age_trap",
        ],
        covers="MOI communiqué: a cell of 'أربعة عناصر' (event); 'بتنسيق مع المصالح الأمنية الإسبانية' partner; the fifth member arrested in Girona (trap); 'التفكيك الخامس … منذ مطلع السنة' (an ordinal that implies a count: optional)",
    )


@article
def a30():
    pub = "2023-05-16"
    s1 = (
        "وحسب أرقام المديرية العامة لمراقبة التراب الوطني، فقد فككت الأجهزة الأمنية منذ سنة 2002 أزيد من 210 "
        "خلايا إرهابية، وأحبطت ما يفوق 500 مخطط."
    )
    s2 = (
        "وفي أعقاب التفجيرات، أوقفت السلطات خلال سنة 2003 وحدها أكثر من 2000 شخص للاشتباه في صلتهم بالتيار "
        "السلفي الجهادي، وهو ما انتقدته منظمات حقوقية آنذاك."
    )
    paragraphs = [
        "تحل اليوم الذكرى العشرون للتفجيرات الانتحارية التي استهدفت خمسة مواقع بوسط المدينة ليلة 16 ماي 2003، "
        "وخلفت 45 قتيلا بينهم 12 انتحاريا.",
        s2,
        "ومنذ تلك الليلة، تغيرت المقاربة الأمنية للمملكة جذريا، إذ صدر القانون رقم 03.03 المتعلق بمكافحة الإرهاب "
        "بعد أسبوعين فقط من الأحداث.",
        s1,
        "ويستحضر سكان حي سيدي مومن، الذي تحدر منه منفذو الهجمات، تلك الذكرى بكثير من الألم، رغم التحولات "
        "العمرانية والاجتماعية التي عرفها الحي خلال العشرين سنة الماضية.",
    ]
    title = "عشرون سنة على تفجيرات الدار البيضاء"
    dgst = A("DGST", "أرقام المديرية العامة لمراقبة التراب الوطني")
    p02 = since("2002", pub, "منذ سنة 2002")
    return dict(
        key="a30",
        file="a30_clean_utf16be_casablanca_anniversary.txt",
        format="clean",
        encoding="utf-16",
        byte_order="BE",
        date_where="date printed in the dateline",
        text=clean(title, "الدار البيضاء في 16 ماي 2023", paragraphs),
        metadata=md(title, None, None, pub, dateline="الدار البيضاء"),
        claims=[
            C(
                "persons_arrested",
                2000,
                "2000",
                s2,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=year("2003", "خلال سنة 2003"),
                attribution=A("unspecified"),
                notes="the authorities are the actor, not a source: the author's assertion",
            ),
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=p02,
                attribution=dgst,
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s1,
                qualifier="more_than",
                qualifier_text="ما يفوق",
                period=p02,
                attribution=dgst,
            ),
        ],
        optional_claims=[
            C(
                "attack_victims",
                45,
                "45",
                "تحل اليوم الذكرى العشرون للتفجيرات الانتحارية التي استهدفت خمسة مواقع بوسط المدينة ليلة 16 ماي 2003، "
                "وخلفت 45 قتيلا بينهم 12 انتحاريا.",
                period=P("event", "2003-05-16", "2003-05-16", "ليلة 16 ماي 2003"),
                attribution=A("unspecified"),
                notes="victims of one attack",
            ),
        ],
        must_not_extract=[
            T("الذكرى العشرون", "anniversary ordinal"),
            T("خمسة مواقع", "targets of one attack"),
            T("16 ماي 2003", "date of the attacks"),
            T("القانون رقم 03.03", "law number"),
            T("بعد أسبوعين", "duration"),
            T("العشرين سنة الماضية", "duration"),
            T(title, "duration in the title"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "utf16",
            "utf16_be",
            "date_line_in_clean",
            "dateline",
            "no_outlet",
            "org_DGST",
            "qualifier_more_than",
            "period_year",
            "shared_period",
            "anniversary_trap",
            "law_number_trap",
            "duration_trap",
        ],
        covers="UTF-16 big-endian; the date printed in the dateline ('الدار البيضاء في 16 ماي 2023'); 20th anniversary of the Casablanca bombings: 'أكثر من 2000' arrested 'خلال سنة 2003'; DGST 'أزيد من 210' cells and 'ما يفوق 500' plots since 2002; victims optional",
    )


@article
def a31():
    s1 = (
        "وأوقفت عناصر المكتب المركزي للأبحاث القضائية ثلاثة أشخاص بطنجة، في حين أوقفت الشرطة الإسبانية شخصين "
        "آخرين بمدينتي مدريد وملقة، في إطار عملية أمنية مشتركة بين البلدين."
    )
    paragraphs = [
        "نفذت المصالح الأمنية المغربية والإسبانية، فجر اليوم الثلاثاء، عملية متزامنة استهدفت شبكة لتجنيد "
        "المقاتلين لفائدة فرع داعش في منطقة الساحل.",
        s1,
        "وكشفت التحريات أن أفراد الشبكة كانوا يستقطبون شبابا عبر الإنترنت ويتكفلون بمصاريف سفرهم، التي قدرت "
        "بحوالي 20 ألف درهم للشخص الواحد.",
        "وأشاد وزير الداخلية الإسباني بمستوى التعاون مع المغرب، مؤكدا أن هذه العملية هي ثمرة شهور من العمل "
        "المشترك وتبادل المعلومات.",
    ]
    title = "عملية أمنية مغربية إسبانية تطيح بشبكة لتجنيد المقاتلين"
    return dict(
        key="a31",
        file="a31_clean_cp1256_tangier_joint.txt",
        format="clean",
        encoding="windows-1256",
        text=clean(title, "طنجة", paragraphs),
        metadata=md(title, None, None, None, dateline="طنجة"),
        claims=[
            C(
                "persons_arrested",
                3,
                "ثلاثة",
                s1,
                period=P("event", None, None, None),
                attribution=A("unspecified"),
                notes="one joint operation; the two arrested in Spain are Spain's arrests; the BCIJ is the actor, no source is cited",
            ),
        ],
        must_not_extract=[
            T("شخصين آخرين", "arrests by another country's police"),
            T("20 ألف درهم", "money"),
            T("فجر اليوم الثلاثاء", "relative date"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "clean",
            "windows_1256",
            "dateline",
            "no_date",
            "no_outlet",
            "period_event",
            "number_words",
            "partner_cue_joint",
            "other_country_trap",
            "money_trap",
            "org_unspecified",
        ],
        covers="windows-1256: a joint Moroccan-Spanish operation: 'ثلاثة أشخاص' arrested in Tangier (claim) and 'شخصين آخرين' in Spain (another country's arrests: trap); Spain partner; 20,000 dirhams",
    )


@article
def a32():
    pub = "2024-12-12"
    s1 = (
        "وأفاد بلاغ للمكتب المركزي للأبحاث القضائية بأن العمليات التي نفذها منذ مطلع السنة الجارية أسفرت عن "
        "توقيف 61 شخصا، بينهم ست عشرة امرأة وسبعة قاصرين."
    )
    s2 = "وتوزع الموقوفون على 13 خلية إرهابية، كانت تسع منها على صلة مباشرة بقياديين في فرع داعش بمنطقة الساحل."
    paragraphs = [
        "تمكن المكتب المركزي للأبحاث القضائية، بناء على معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب "
        "الوطني، من تفكيك خلية إرهابية جديدة تنشط بمدينة الراشيدية، تتكون من ثلاثة أشقاء.",
        s1,
        s2,
        "وأكد البلاغ أن ارتفاع عدد النساء الموقوفات يعكس تحولا في استراتيجية التنظيم، الذي بات يعتمد عليهن في "
        "الدعاية والتمويل.",
    ]
    title = "البسيج يفكك خلية إرهابية جديدة بالراشيدية"
    bcij = A("BCIJ", "بلاغ للمكتب المركزي للأبحاث القضائية")
    y = ytd(pub, "منذ مطلع السنة الجارية")
    return dict(
        key="a32",
        file="a32_clean_bom_map_dateline_date.txt",
        format="clean",
        encoding="utf-8-sig",
        date_where="MAP dateline with the date 'الرباط 12 دجنبر 2024 (ومع)'",
        text=clean(title, "الرباط 12 دجنبر 2024 (ومع)", paragraphs),
        metadata=md(title, None, None, pub, dateline="الرباط"),
        claims=[
            C("persons_arrested", 61, "61", s1, period=y, attribution=bcij),
            C(
                "persons_arrested",
                16,
                "ست عشرة",
                s1,
                subset="women",
                period=y,
                attribution=bcij,
                notes="'ست عشرة' with a feminine noun",
            ),
            C("persons_arrested", 7, "سبعة", s1, subset="minors", period=y, attribution=bcij),
            C(
                "cells_dismantled",
                13,
                "13",
                s2,
                period=P("year_to_date", "2024", pub, None),
                attribution=bcij,
                notes="period inherited; 13 by mid-December is below the 14 later given for the whole of 2024",
            ),
            C(
                "cells_dismantled",
                9,
                "تسع",
                s2,
                subset="sahel_linked",
                period=P("year_to_date", "2024", pub, None),
                attribution=bcij,
            ),
        ],
        must_not_extract=[
            T("ثلاثة أشقاء", "members of one cell"),
            T("12 دجنبر 2024", "the dateline's date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "utf8_bom",
            "date_line_in_clean",
            "dateline",
            "map_dateline",
            "org_BCIJ",
            "year_to_date",
            "number_words",
            "subset_women",
            "subset_minors",
            "subset_zone",
            "inherited_period",
        ],
        covers="UTF-8 BOM; MAP dateline carrying the date; BCIJ: 61 arrested 'منذ مطلع السنة الجارية', 'ست عشرة امرأة وسبعة قاصرين'; 13 cells, 'تسع منها' tied to the Sahel",
    )


@article
def a33():
    s1 = (
        "وحسب مصادر أمنية محلية، فقد جرى خلال العقدين الماضيين تفكيك 47 خلية إرهابية كانت تنشط بجهة فاس مكناس، "
        "وهي من أعلى الحصص على الصعيد الوطني."
    )
    paragraphs = [
        "أوقفت عناصر المكتب المركزي للأبحاث القضائية، أمس الخميس بمدينة فاس، خمسة أشخاص يشتبه في تخطيطهم لتنفيذ "
        "عمليات تخريبية تستهدف منشآت عمومية.",
        s1,
        "ويعزو باحثون هذا الوضع إلى الهشاشة الاجتماعية في بعض الأحياء الهامشية، وإلى نشاط شبكات الاستقطاب في "
        "صفوف الشباب العاطلين",
    ]
    title = "فاس.. توقيف خمسة أشخاص يشتبه في تخطيطهم لعمليات إرهابية"
    s0 = paragraphs[0]
    return dict(
        key="a33",
        file="a33_clean_fes_truncated_utf8.txt",
        format="clean",
        truncated=True,
        date_where="no date",
        text=clean(title, "فاس", paragraphs),
        metadata=md(title, None, None, None, dateline="فاس"),
        claims=[
            C(
                "persons_arrested",
                5,
                "خمسة",
                s0,
                period=P("event", None, None, "أمس الخميس"),
                attribution=A("unspecified"),
                notes="the BCIJ is the actor; the local sources are cited only for the next figure",
            ),
            C(
                "cells_dismantled",
                47,
                "47",
                s1,
                subset="fes_meknes",
                scope="regional",
                period=P("last_n_years", None, None, "خلال العقدين الماضيين", n=20),
                attribution=A("official_unspecified", "مصادر أمنية محلية"),
                notes="a regional figure; no byline date, so the twenty years have no dates",
            ),
        ],
        must_not_extract=[T("أمس الخميس", "relative date of the arrests")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "truncated",
            "dateline",
            "no_date",
            "no_outlet",
            "last_two_decades",
            "regional_scope",
            "period_event",
            "number_words",
            "org_official_unspecified",
            "org_unspecified",
        ],
        covers="UTF-8 cut inside its last character (ok, with a warning); 'خمسة أشخاص' (event); 47 cells in the Fes-Meknes region 'خلال العقدين الماضيين' (regional scope, no date to resolve the twenty years)",
    )


@article
def a34():
    pub = "2024-11-03"
    s1 = (
        "وأكد حموشي أن المعلومات التي وفرتها المصالح المغربية مكنت دولا شريكة، من بينها فرنسا وبلجيكا، من إحباط "
        "ما يناهز سبعا وخمسين عملية إرهابية خلال العقد الأخير."
    )
    s2 = (
        "وأضاف المدير العام أن الأجهزة المغربية أحبطت فوق التراب الوطني 53 مخططا إرهابيا خلال السنوات الخمس "
        "الأخيرة، كان بعضها في مرحلة متقدمة من التنفيذ."
    )
    paragraphs = [
        "افتتحت أمس بمدينة مراكش أشغال المؤتمر الإفريقي للأمن ومكافحة الإرهاب، بمشاركة مسؤولين أمنيين من أزيد من "
        "40 بلدا، وبحضور عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني.",
        s1,
        s2,
        "ودعا حموشي إلى إحداث آلية إفريقية لتبادل المعلومات في الزمن الحقيقي، مشيرا إلى أن التهديد الإرهابي لم "
        "يعد يعترف بالحدود.",
    ]
    title = "حموشي: معلومات مغربية أحبطت عشرات العمليات الإرهابية في الخارج"
    person = "عبد اللطيف حموشي"
    return dict(
        key="a34",
        file="a34_clean_crlf_marrakech_hammouchi.txt",
        format="clean",
        line_endings="CRLF",
        date_where="date printed in the dateline",
        text=clean(title, "مراكش في 3 نونبر 2024", paragraphs),
        metadata=md(title, None, None, pub, dateline="مراكش"),
        claims=[
            C(
                "plots_foiled",
                57,
                "سبعا وخمسين",
                s1,
                scope="abroad",
                qualifier="about",
                qualifier_text="ما يناهز",
                period=last_n(10, pub, "خلال العقد الأخير"),
                attribution=A("DGST", "وأكد حموشي", person),
                notes="plots foiled abroad thanks to Moroccan information; accusative number words",
            ),
            C(
                "plots_foiled",
                53,
                "53",
                s2,
                period=last_n(5, pub, "خلال السنوات الخمس الأخيرة"),
                attribution=A("DGST", "المدير العام", person),
            ),
        ],
        must_not_extract=[
            T("أزيد من 40 بلدا", "participants"),
            T(title, "vague count in the title"),
            T("3 نونبر 2024", "the dateline's date"),
        ],
        countries_cited=["FR", "BE"],
        countries_not_partners=[],
        flags=[
            "clean",
            "crlf",
            "date_line_in_clean",
            "dateline",
            "named_person",
            "hammouchi",
            "org_DGST",
            "number_words",
            "number_word_accusative",
            "qualifier_about",
            "last_n_years",
            "scope_abroad",
            "partner_cue_information",
            "speaker_previous_sentence",
        ],
        covers="CRLF; date in the dateline; Hammouchi (DGST): 'ما يناهز سبعا وخمسين' operations foiled abroad 'خلال العقد الأخير' (partners 'من بينها فرنسا وبلجيكا'), 53 plots at home 'خلال السنوات الخمس الأخيرة'",
    )


@article
def a35():
    pub = "2025-01-24"
    s1 = (
        "وأوضح حبوب أن المكتب فكك منذ إحداثه في مارس 2015 ما مجموعه 96 خلية إرهابية، وأوقف خلال الفترة ذاتها ما "
        "يزيد عن 1,600 شخص، من بينهم 88 قاصرا."
    )
    s2 = (
        "ومنذ تعيينه على رأس المكتب في دجنبر 2020، لم يفوت حبوب مناسبة للتذكير بأن 1,659 مغربيا التحقوا بالساحة "
        "السورية العراقية، لا يزال نحو 600 منهم في عداد المفقودين."
    )
    paragraphs = [
        "عقد الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية، ندوة صحفية بمقر المكتب، خصصت لتقديم تفاصيل "
        "الخلية الإرهابية التي جرى تفكيكها أمس بحد السوالم.",
        s1,
        s2,
        "وشدد حبوب على أن التهديد القادم من منطقة الساحل يظل الأخطر، بالنظر إلى تواجد مقاتلين مغاربة في صفوف "
        "فرع داعش هناك.",
    ]
    title = "حبوب: 96 خلية إرهابية فككها المكتب منذ إحداثه"
    person = "الشرقاوي حبوب"
    bcij = A("BCIJ", "وأوضح حبوب", person)
    p15 = since("2015-03", pub, "منذ إحداثه في مارس 2015")
    return dict(
        key="a35",
        file="a35_clean_sale_habboub_96.txt",
        format="clean",
        date_where="date line under the title",
        text=clean(title, "سلا", paragraphs, date_line="الجمعة 24 يناير 2025"),
        metadata=md(title, None, None, pub, dateline="سلا"),
        claims=[
            C("cells_dismantled", 96, "96", s1, period=p15, attribution=bcij),
            C(
                "persons_arrested",
                1600,
                "1,600",
                s1,
                qualifier="more_than",
                qualifier_text="ما يزيد عن",
                period=since("2015-03", pub, "خلال الفترة ذاتها"),
                attribution=bcij,
            ),
            C(
                "persons_arrested",
                88,
                "88",
                s1,
                subset="minors",
                period=since("2015-03", pub, "خلال الفترة ذاتها"),
                attribution=bcij,
            ),
            C(
                "fighters_joined",
                1659,
                "1,659",
                s2,
                period=cumul(pub),
                attribution=A("BCIJ", "حبوب", person),
                notes="'منذ تعيينه … في دجنبر 2020' is the period of another clause (his appointment), not of the figure",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_in_zone",
                600,
                "600",
                s2,
                qualifier="about",
                qualifier_text="نحو",
                period=cumul(pub),
                attribution=A("BCIJ", "حبوب", person),
                notes="missing or still in the zone (new slug)",
            ),
        ],
        must_not_extract=[
            T("في دجنبر 2020", "date of an appointment"),
            T(title, "title: the body repeats 96"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
            NP("IQ", "الساحة السورية العراقية", "conflict zone"),
        ],
        flags=[
            "clean",
            "date_line_in_clean",
            "dateline",
            "named_person",
            "org_BCIJ",
            "since_creation_month",
            "same_period_antecedent_same_sentence",
            "other_clause_period",
            "subset_minors",
            "fighters_in_zone",
            "qualifier_more_than",
            "qualifier_about",
            "thousands_separator",
            "title_figure",
        ],
        covers="Habboub (BCIJ) at Salé, date line under the title: 96 cells since March 2015, 'ما يزيد عن 1,600' arrested and 88 minors 'خلال الفترة ذاتها'; 'منذ تعيينه … في دجنبر 2020' belongs to another clause: 1,659 fighters, 'نحو 600' missing",
    )


@article
def a36():
    s1 = (
        "وكان المغرب قد فكك خلال سنتي 2015 و2016 أربعين خلية إرهابية، في أوج موجة الاستقطاب لفائدة داعش في "
        "أوروبا وشمال إفريقيا."
    )
    paragraphs = [
        "أشاد المدعي العام الفيدرالي البلجيكي بالتعاون مع المصالح الأمنية المغربية، مؤكدا أن المعلومات التي "
        "قدمتها الرباط ساهمت في تفكيك شبكات نشطة في حي مولنبيك ببروكسل.",
        "وأوضح المسؤول القضائي، في مؤتمر صحفي، أن بلاده أحصت 413 مقاتلا بلجيكيا في سوريا والعراق، عاد منهم نحو "
        "130، وهي أرقام جعلت بلجيكا من أكثر الدول الأوروبية تضررا من الظاهرة.",
        s1,
        "ويعود التعاون البلجيكي المغربي في هذا المجال إلى ما بعد هجمات باريس وبروكسل، حين تبين أن عددا من "
        "المنفذين من أصول مغربية.",
    ]
    title = "بروكسل تشيد بالتعاون الأمني مع الرباط"
    return dict(
        key="a36",
        file="a36_clean_brussels_foreign_dateline.txt",
        format="clean",
        text=clean(title, "بروكسل", paragraphs),
        metadata=md(title, None, None, None, dateline="بروكسل"),
        claims=[
            C(
                "cells_dismantled",
                40,
                "أربعين",
                s1,
                period=rng("2015", "2016", "خلال سنتي 2015 و2016"),
                attribution=A("unspecified"),
                notes="paired years = a range; the author's own assertion; 21 + 19",
            ),
        ],
        must_not_extract=[
            T("413 مقاتلا بلجيكيا", "another country's fighters"),
            T("نحو 130", "another country's returnees"),
        ],
        countries_cited=["BE"],
        countries_not_partners=[
            NP("FR", "هجمات باريس", "place of an attack"),
            NP("SY", "في سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "clean",
            "dateline",
            "foreign_dateline",
            "no_date",
            "no_outlet",
            "paired_years",
            "number_words",
            "org_unspecified",
            "other_country_trap",
            "attack_place_mention",
            "partner_cue_exchange",
        ],
        covers="foreign dateline (Brussels): Belgian prosecutor praises cooperation (BE partner); Belgium's 413 fighters and 'نحو 130' returnees (another country); 'أربعين خلية' 'خلال سنتي 2015 و2016'; Paris as the place of attacks",
    )


@article
def a37():
    pub = "2024-02-08"
    s1 = (
        "وحسب معطيات وزارة الداخلية الإسبانية، فقد نفذ البلدان 11 عملية مشتركة بين سنتي 2014 و2019، أسفرت عن "
        "توقيف عشرات المشتبه فيهم على ضفتي المتوسط."
    )
    paragraphs = [
        "كشفت وزارة الداخلية الإسبانية، في حصيلتها السنوية، أن قوات الأمن أوقفت 78 جهاديا خلال سنة 2023 فوق "
        "التراب الإسباني، وهو أعلى رقم منذ هجمات برشلونة.",
        s1,
        "وتعتبر مدريد التعاون مع المغرب ركيزة أساسية في استراتيجيتها لمكافحة الإرهاب، خاصة في ما يتعلق بمراقبة "
        "المقاتلين العائدين ومكافحة الاستقطاب في السجون.",
    ]
    title = "إسبانيا تسجل رقما قياسيا في توقيف الجهاديين"
    return dict(
        key="a37",
        file="a37_clean_madrid_spanish_figures.txt",
        format="clean",
        date_where="date line under the title",
        text=clean(title, "مدريد", paragraphs, date_line="8 فبراير 2024"),
        metadata=md(title, None, None, pub, dateline="مدريد"),
        claims=[
            C(
                "joint_operations",
                11,
                "11",
                s1,
                scope="bilateral",
                period=rng("2014", "2019", "بين سنتي 2014 و2019"),
                attribution=A("unspecified", "معطيات وزارة الداخلية الإسبانية"),
                notes="a foreign ministry's figure about joint operations with Morocco; 'official' but not a Moroccan body",
            ),
        ],
        must_not_extract=[
            T("78 جهاديا", "another country's arrests (Spain)"),
            T("سنة 2023", "year of another country's figure"),
            T("عشرات المشتبه فيهم", "vague count"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "foreign_dateline",
            "date_line_in_clean",
            "joint_operations",
            "paired_years",
            "other_country_trap",
            "vague_count_trap",
            "org_official_unspecified",
        ],
        covers="Madrid dateline, date line under the title: Spain's 78 jihadists arrested in 2023 (another country); '11 عملية مشتركة بين سنتي 2014 و2019' from the Spanish interior ministry; Spain partner",
    )


@article
def a38():
    pub = "2022-09-02"
    s1 = (
        f"وأحصى التقرير توقيف أزيد من 4{NNBSP}000 شخص في قضايا مرتبطة بالإرهاب خلال العقدين الماضيين، وتفكيك حوالي 210 "
        "خلايا خلال الفترة ذاتها."
    )
    s2 = "ويقدر معدو التقرير أن 80 في المائة من الخلايا المفككة منذ سنة 2014 كانت موالية لتنظيم داعش."
    paragraphs = [
        "أصدر «المعهد المغاربي لتحليل المخاطر الأمنية» تقريرا حول عشرين سنة من السياسات العمومية لمكافحة "
        "الإرهاب بالمغرب، خلص فيه إلى نجاعة المقاربة الاستباقية.",
        s1,
        s2,
        "ولاحظ التقرير أن التهديد انتقل من الخلايا المنظمة إلى الأفراد المعزولين، داعيا إلى تعزيز برامج الوقاية "
        "في المدارس والجامعات.",
    ]
    title = "تقرير: عشرون سنة من مكافحة الإرهاب في المغرب"
    institute = A("analyst", "«المعهد المغاربي لتحليل المخاطر الأمنية»")
    two_decades = last_n(20, pub, "خلال العقدين الماضيين")
    return dict(
        key="a38",
        file="a38_clean_rabat_think_tank_two_decades.txt",
        format="clean",
        date_where="date line under the title",
        text=clean(title, "الرباط", paragraphs, date_line="الجمعة 02 شتنبر 2022"),
        metadata=md(title, None, None, pub, dateline="الرباط"),
        claims=[
            C(
                "persons_arrested",
                4000,
                f"4{NNBSP}000",
                s1,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=two_decades,
                attribution=institute,
                notes="the institute is named in the previous paragraph",
            ),
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                qualifier="about",
                qualifier_text="حوالي",
                period=last_n(20, pub, "خلال الفترة ذاتها"),
                attribution=A("analyst", "التقرير"),
            ),
            C(
                "cells_dismantled",
                80,
                "80",
                s2,
                subset="isis_linked",
                unit="percent",
                period=since("2014", pub, "منذ سنة 2014"),
                attribution=A("analyst", "معدو التقرير"),
            ),
        ],
        must_not_extract=[T("عشرين سنة", "duration"), T(title, "duration in the title")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "analyst",
            "last_two_decades",
            "qualifier_more_than",
            "narrow_nbsp_separator",
            "qualifier_about",
            "percent",
            "subset_isis_linked",
            "inherited_period",
        ],
        covers="invented think tank (analyst), date line under the title: 'أزيد من 4\u202f000' arrests (narrow no-break space) 'خلال العقدين الماضيين' and 'حوالي 210' cells 'خلال الفترة ذاتها'; '80 في المائة' ISIS-linked since 2014",
    )


@article
def a39():
    pub = "2025-10-15"
    s1 = (
        "وأوضح المسؤول بالمديرية العامة لمراقبة التراب الوطني أن المصالح الأمنية أوقفت خلال الأشهر التسعة الأولى "
        "من السنة 39 شخصا يشتبه في ارتباطهم بتنظيمات إرهابية."
    )
    s2 = "وأضاف أن 23 من العائدين من منطقة الساحل أوقفوا منذ سنة 2019 فور وصولهم إلى التراب الوطني."
    paragraphs = [
        "احتضنت مدينة أكادير ندوة حول التهديدات الأمنية في منطقة الساحل والصحراء، شارك فيها مسؤولون أمنيون "
        "وخبراء وباحثون.",
        s1,
        s2,
        "وأكد المتدخلون أن فرع داعش في الصحراء الكبرى بات يستقطب شبابا من دول الجوار، مستغلا هشاشة الأوضاع "
        "الاقتصادية في المنطقة.",
    ]
    title = "أكادير.. ندوة حول التهديدات الأمنية في الساحل"
    dgst = A("DGST", "المسؤول بالمديرية العامة لمراقبة التراب الوطني")
    return dict(
        key="a39",
        file="a39_clean_agadir_nine_months.txt",
        format="clean",
        date_where="date printed in the dateline",
        text=clean(title, "أكادير في 15 أكتوبر 2025", paragraphs),
        metadata=md(title, None, None, pub, dateline="أكادير"),
        claims=[
            C(
                "persons_arrested",
                39,
                "39",
                s1,
                period=P("year_to_date", "2025", "2025-09", "خلال الأشهر التسعة الأولى من السنة"),
                attribution=dgst,
                notes="January to September 2025: between 35 (first half) and 41 (whole year)",
            ),
            C(
                "returnees_arrested",
                23,
                "23",
                s2,
                subset="sahel_linked",
                period=since("2019", pub, "منذ سنة 2019"),
                attribution=A("DGST", "وأضاف"),
                notes="'أوقف … من العائدين' = returnees arrested, not returnees",
            ),
        ],
        must_not_extract=[T("15 أكتوبر 2025", "the dateline's date")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "org_DGST",
            "year_to_date",
            "first_nine_months",
            "returnees_arrested",
            "subset_zone",
            "speaker_previous_sentence",
        ],
        covers="date in the dateline; DGST: 39 arrested 'خلال الأشهر التسعة الأولى من السنة' (between the first half's 35 and the year's 41); '23 من العائدين من منطقة الساحل أوقفوا' (returnees_arrested)",
    )


@article
def a40():
    s1 = (
        "ومنذ سنة 2015، لم يتعد عدد الموقوفين في قضايا الإرهاب بجهة الشرق 60 شخصا، حسب مصدر أمني، رغم قرب "
        "الجهة من الحدود."
    )
    paragraphs = [
        "تعيش المناطق الحدودية بجهة الشرق على وقع تشديد المراقبة الأمنية، في ظل استمرار إغلاق الحدود البرية مع "
        "الجزائر منذ سنة 1994.",
        s1,
        "وأكد المصدر ذاته أن غياب أي تنسيق أمني مع الجزائر يصعب مهمة تتبع تحركات العناصر المتطرفة وشبكات "
        "التهريب العابرة للحدود.",
        "وكانت السلطات قد أحبطت خلال الأشهر الماضية محاولات لتهريب أسلحة نارية عبر الشريط الحدودي، دون أن "
        "تكشف عن عددها.",
    ]
    title = "جهة الشرق.. يقظة أمنية على الحدود"
    return dict(
        key="a40",
        file="a40_clean_oujda_algeria_not_partner.txt",
        format="clean",
        text=clean(title, "وجدة", paragraphs),
        metadata=md(title, None, None, None, dateline="وجدة"),
        claims=[
            C(
                "persons_arrested",
                60,
                "60",
                s1,
                subset="oriental_region",
                scope="regional",
                qualifier="at_most",
                qualifier_text="لم يتعد",
                period=since("2015", None, "منذ سنة 2015"),
                attribution=A("official_unspecified", "مصدر أمني"),
                notes="attribution after the figure; no date, so the period has no end",
            ),
        ],
        must_not_extract=[T("منذ سنة 1994", "date the border was closed")],
        countries_cited=[],
        countries_not_partners=[NP("DZ", "مع الجزائر", "named as not cooperating")],
        flags=[
            "clean",
            "dateline",
            "no_date",
            "no_outlet",
            "qualifier_at_most",
            "regional_scope",
            "attribution_after_figure",
            "not_cooperating_mention",
            "org_official_unspecified",
        ],
        covers="Oujda: 'لم يتعد … 60 شخصا' since 2015 in the Oriental region (at_most, attribution after the figure); Algeria named as not cooperating; 1994 border closure",
    )


@article
def a41():
    pub = "2020-06-17"
    s1 = (
        "وأوضح لفتيت، في عرض قدمه أمام لجنة الداخلية والجماعات الترابية بمجلس النواب، أن المكتب المركزي للأبحاث "
        "القضائية أوقف منذ إحداثه ألفا وثلاثمائة شخص في قضايا مرتبطة بالإرهاب."
    )
    s2 = "كما جرى تفكيك 25 خلية خلال سنتي 2018 و2019، حسب الوزير، الذي أكد أن التهديد ما يزال مرتفعا."
    paragraphs = [
        "قدم وزير الداخلية، عبد الوافي لفتيت، عرضا حول الوضعية الأمنية بالمملكة في ظل جائحة كورونا، خلال اجتماع "
        "عقد عن بعد.",
        s1,
        s2,
        "وأشار الوزير إلى أن فترة الحجر الصحي عرفت ارتفاعا في نشاط الدعاية المتطرفة على الإنترنت، مستغلة بقاء "
        "الشباب في منازلهم لفترات طويلة.",
    ]
    title = "لفتيت أمام النواب: التهديد الإرهابي ما يزال مرتفعا"
    person = "عبد الوافي لفتيت"
    return dict(
        key="a41",
        file="a41_clean_laftit_committee_words.txt",
        format="clean",
        date_where="date printed in the dateline",
        text=clean(title, "الرباط في 17 يونيو 2020", paragraphs),
        metadata=md(title, None, None, pub, dateline="الرباط"),
        claims=[
            C(
                "persons_arrested",
                1300,
                "ألفا وثلاثمائة",
                s1,
                period=since("2015", pub, "منذ إحداثه"),
                attribution=A("MOI", "وأوضح لفتيت", person),
                notes="the minister before a parliamentary committee is MOI; accusative thousand",
            ),
            C(
                "cells_dismantled",
                25,
                "25",
                s2,
                period=rng("2018", "2019", "خلال سنتي 2018 و2019"),
                attribution=A("MOI", "الوزير", person),
                notes="attribution after the figure; 11 + 14",
            ),
        ],
        must_not_extract=[T("17 يونيو 2020", "the dateline's date")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "minister_answering_mps",
            "org_MOI",
            "named_person",
            "number_words",
            "number_word_accusative",
            "thousands_words",
            "paired_years",
            "attribution_after_figure",
        ],
        covers="Laftit before the interior committee (MOI, not PARLIAMENT): 'ألفا وثلاثمائة شخص' since the BCIJ's creation; '25 خلية خلال سنتي 2018 و2019' (attribution after: 'حسب الوزير')",
    )


@article
def a42():
    s1 = (
        "أفاد بلاغ للمديرية العامة لمراقبة التراب الوطني بأن المصالح الأمنية تمكنت، بتنسيق مع السلطات الموريتانية، "
        "من توقيف شخصين يشتبه في انتمائهما لفرع داعش في الصحراء الكبرى، أحدهما مواطن مالي."
    )
    s2 = (
        "وتعد هذه العملية الثالثة من نوعها بالأقاليم الجنوبية خلال السنة الجارية، بعد عمليتين أسفرتا عن توقيف "
        "سبعة أشخاص."
    )
    paragraphs = [
        s1,
        "وأوضح البلاغ أن الموقوفين كانا يخططان لاستقطاب شباب من المنطقة وتسهيل التحاقهم بمعسكرات التنظيم في شمال "
        "مالي.",
        s2,
        "ويأتي هذا في سياق تعزيز التعاون الأمني بين الرباط ونواكشوط، الذي تجسد في تبادل منتظم للمعلومات حول "
        "تحركات الجماعات المسلحة في المنطقة العازلة.",
    ]
    title = "العيون.. توقيف عنصرين مواليين لداعش بتنسيق مع موريتانيا"
    dgst = A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني")
    return dict(
        key="a42",
        file="a42_clean_laayoune_mauritania.txt",
        format="clean",
        text=clean(title, "العيون", paragraphs),
        metadata=md(title, None, None, None, dateline="العيون"),
        claims=[
            C(
                "persons_arrested",
                2,
                "شخصين",
                s1,
                period=P("event", None, None, None),
                attribution=dgst,
                notes="dual noun",
            ),
            C(
                "persons_arrested",
                7,
                "سبعة",
                s2,
                period=P("year_to_date", None, None, "خلال السنة الجارية"),
                attribution=A("DGST", "البلاغ"),
                notes="two earlier operations this year; no date to resolve 'السنة الجارية'; attribution carried",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                1,
                "أحدهما",
                s1,
                subset="foreigners",
                period=P("event", None, None, None),
                attribution=dgst,
                notes="one of the two is a Malian national",
            ),
        ],
        must_not_extract=[T("الثالثة من نوعها", "ordinal"), T("بعد عمليتين", "count of operations (dual)")],
        countries_cited=["MR"],
        countries_not_partners=[
            NP("ML", "مواطن مالي", "nationality"),
        ],
        flags=[
            "clean",
            "dateline",
            "no_date",
            "no_outlet",
            "dual",
            "number_words",
            "partner_cue_coordination",
            "nationality_mention",
            "carried_attribution",
            "org_DGST",
            "ordinal_trap",
        ],
        covers="Laayoune: two arrested ('شخصين', dual) 'بتنسيق مع السلطات الموريتانية' (partner), one a Malian national (mentioned); 'سبعة أشخاص' in two earlier operations 'خلال السنة الجارية' (no date); DGST communiqué",
    )


# ---------------------------------------------------------------- saved HTML pages


@article
def a43():
    pub = "2024-09-22"
    title = "المغرب: تفكيك 10 خلايا إرهابية منذ بداية العام"
    s1 = (
        "وأوضح مصدر أمني مغربي لـ«الشرق الأوسط» أن الأجهزة المختصة فككت منذ بداية العام الحالي 10 خلايا "
        "إرهابية، من بينها خليتان في آب (أغسطس) الماضي."
    )
    s2 = (
        "وبذلك يقترب عدد الخلايا التي جرى تفكيكها منذ عام 2002 من 220 خلية، وفق المصدر نفسه، الذي فضل عدم ذكر "
        "اسمه."
    )
    body = [
        "الرباط: «الشرق الأوسط»",
        "أعلنت السلطات المغربية، أول من أمس، تفكيك خلية إرهابية جديدة موالية لتنظيم «داعش» تنشط في مدينتي طنجة "
        "وتطوان، كان أفرادها يعتزمون استهداف منشآت سياحية.",
        s1,
        s2,
        "ويرى مراقبون أن وتيرة العمليات الأمنية تعكس تصاعد نشاط فرع التنظيم في منطقة الساحل، الذي بات يعتمد على "
        "الإنترنت لاستقطاب شباب من دول شمال أفريقيا.",
    ]
    text = html_page(
        title=title,
        site="الشرق الأوسط",
        body=body,
        date_mode="byline",
        byline_text="الأحد - 19 ربيع الأول 1446 هـ - 22 سبتمبر 2024 مـ رقم العدد [ 16734]",
        top_bar="الأحد 22 سبتمبر 2024 - لندن",
        nav=("أخبار", "العالم العربي", "الخليج", "اقتصاد", "رياضة"),
        aside=(
            "السودان: مقتل 40 مدنيا في قصف على سوق",
            "الدوري الإنجليزي: آرسنال يتعادل مع مانشستر سيتي 2-2",
        ),
        footer="© 2024 الشرق الأوسط - جميع الحقوق محفوظة",
    )
    source = A("official_unspecified", "مصدر أمني مغربي")
    return dict(
        key="a43",
        file="a43_asharq_alawsat_byline_hijri.html",
        format="html",
        date_where="date in the visible byline (with Hijri date and issue number)",
        text=text,
        metadata=md(title, "الشرق الأوسط", "Asharq Al-Awsat", pub),
        claims=[
            C(
                "cells_dismantled",
                10,
                "10",
                s1,
                period=ytd(pub, "منذ بداية العام الحالي"),
                attribution=source,
            ),
            C(
                "cells_dismantled",
                2,
                "خليتان",
                s1,
                period=month("2024-08", "في آب (أغسطس) الماضي"),
                attribution=source,
                notes="Mashriq month with the Gregorian name in brackets; 'الماضي' from the byline",
            ),
            C(
                "cells_dismantled",
                220,
                "220",
                s2,
                qualifier="about",
                qualifier_text="يقترب",
                period=since("2002", pub, "منذ عام 2002"),
                attribution=A("official_unspecified", "المصدر نفسه"),
                notes="'يقترب من' = approaching: about (a bound just under)",
            ),
        ],
        must_not_extract=[
            T("19 ربيع الأول 1446 هـ", "Hijri date in the byline"),
            T("[ 16734]", "issue number"),
            T("مقتل 40 مدنيا", "aside: casualties abroad"),
            T("2-2", "aside: football score"),
            T("أول من أمس", "relative date"),
            T(title, "title: the body repeats 10"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "html",
            "pan_arab",
            "date_in_byline",
            "hijri_trap",
            "issue_number_trap",
            "month_mashriq",
            "mashriq_alias_brackets",
            "relative_period",
            "year_to_date",
            "dual",
            "qualifier_about",
            "org_official_unspecified",
            "title_figure",
            "score_trap",
            "casualties_trap",
        ],
        covers="Asharq Al-Awsat page (byline with Hijri date and issue number): 10 cells 'منذ بداية العام الحالي', 'خليتان في آب (أغسطس) الماضي' (Mashriq month, alias in brackets), 'يقترب … من 220' since 2002",
    )


@article
def a44():
    pub = "2024-03-10"
    title = "المغرب يستعيد دفعة جديدة من مواطنيه العالقين في سورية"
    s1 = (
        "واستعاد المغرب في كانون الثاني/يناير الماضي 12 امرأة وطفلا من مخيم روج في شمال شرقي سورية، وفق معطيات "
        "حصل عليها «العربي الجديد» من مصادر رسمية."
    )
    s2 = "وبذلك يرتفع عدد من جرى ترحيلهم منذ آذار/مارس 2019 إلى 97 شخصا، غالبيتهم من النساء والأطفال."
    body = [
        "<h2>الرباط ــ العربي الجديد</h2>",
        "عاد ملف المغاربة العالقين في مخيمات شمال شرقي سورية إلى الواجهة، بعد عملية ترحيل جديدة أشرفت عليها "
        "السلطات المغربية بتنسيق مع التحالف الدولي.",
        s1,
        s2,
        "وتطالب عائلات المحتجزين بتسريع وتيرة الترحيل، مؤكدة أن عشرات الأطفال ما زالوا يعيشون في ظروف صعبة داخل "
        "المخيمات.",
    ]
    text = html_page(
        title=title,
        site="العربي الجديد",
        body=body,
        pub=pub,
        date_mode="time",
        time_text="منذ يومين",
        byline_text="آخر تحديث:",
        nav=("سياسة", "اقتصاد", "مجتمع", "ثقافة", "رياضة"),
        aside=("غزة: أكثر من 31 ألف شهيد منذ بدء العدوان", "رمضان 1445: مواعيد الإمساك والإفطار"),
        footer="© العربي الجديد 2024",
    )
    official = A("official_unspecified", "مصادر رسمية")
    return dict(
        key="a44",
        file="a44_alaraby_time_only_slash_months.html",
        format="html",
        date_where="date only in <time datetime> (visible 'منذ يومين')",
        text=text,
        metadata=md(title, "العربي الجديد", "Al-Araby Al-Jadeed", pub),
        claims=[
            C(
                "returnees",
                12,
                "12",
                s1,
                subset="repatriated",
                period=month("2024-01", "في كانون الثاني/يناير الماضي"),
                attribution=official,
                notes="Mashriq month with the Gregorian name after a slash; 'الماضي' from the datetime attribute; attribution after the figure",
            ),
            C(
                "returnees",
                97,
                "97",
                s2,
                subset="repatriated",
                period=since("2019-03", pub, "منذ آذار/مارس 2019"),
                attribution=A("official_unspecified", "مصادر رسمية"),
                notes="attribution carried",
            ),
        ],
        must_not_extract=[
            T("منذ يومين", "visible relative time: the date is only in the datetime attribute"),
            T("أكثر من 31 ألف شهيد", "aside: casualties abroad"),
            T("رمضان 1445", "aside: Hijri year"),
            T("عشرات الأطفال", "vague count"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("SY", "شمال شرقي سورية", "place of the camps")],
        flags=[
            "html",
            "pan_arab",
            "date_only_time",
            "month_mashriq",
            "mashriq_alias_slash",
            "relative_period",
            "subset_repatriated",
            "attribution_after_figure",
            "carried_attribution",
            "vague_count_trap",
            "hijri_trap",
            "org_official_unspecified",
        ],
        covers="Al-Araby page, date only in <time datetime> (visible 'منذ يومين'): 12 repatriated 'في كانون الثاني/يناير الماضي', 97 'منذ آذار/مارس 2019' (Mashriq months after a slash); Gaza aside",
    )


@article
def a45():
    pub = "2023-10-20"
    title = "خبراء: خطر الساحل يضع الأمن المغربي أمام اختبار جديد"
    s1 = (
        "وفككت السلطات المغربية بين كانون الثاني (يناير) وأيلول (سبتمبر) 2023 سبع خلايا إرهابية، معظمها على صلة "
        "بفرع تنظيم الدولة في منطقة الساحل."
    )
    s2 = (
        "ويقدر الباحث المغربي في الشؤون الأمنية يوسف الكتاني، في حديث للجزيرة نت، أن ما لا يقل عن 300 مغربي "
        "يقاتلون حاليا في صفوف الجماعات المسلحة بالساحل."
    )
    body = [
        "الرباط- تتزايد المخاوف في المغرب من تمدد الجماعات المسلحة في منطقة الساحل والصحراء، بعد الانقلابات "
        "العسكرية التي شهدتها عدة دول في المنطقة.",
        s1,
        s2,
        "ويضيف الكتاني أن هؤلاء المقاتلين يشكلون خطرا مضاعفا، لأنهم يملكون خبرة قتالية وشبكة علاقات داخل المغرب "
        "يمكن أن تستغل لتنفيذ عمليات.",
    ]
    text = html_page(
        title=title,
        site="الجزيرة نت",
        body=body,
        pub=pub,
        date_mode="jsonld",
        byline_text="مراسلو الجزيرة نت",
        nav=("الأخبار", "سياسة", "اقتصاد", "رياضة", "ميدان"),
        aside=("غزة: ارتفاع عدد الشهداء إلى 4137", "قمة القاهرة للسلام تنطلق السبت"),
        footer="جميع الحقوق محفوظة © 2023 شبكة الجزيرة الإعلامية",
    )
    return dict(
        key="a45",
        file="a45_aljazeera_net_jsonld_brackets.html",
        format="html",
        date_where="date only in JSON-LD",
        text=text,
        metadata=md(title, "الجزيرة نت", "Al Jazeera Net", pub),
        claims=[
            C(
                "cells_dismantled",
                7,
                "سبع",
                s1,
                period=rng("2023-01", "2023-09", "بين كانون الثاني (يناير) وأيلول (سبتمبر) 2023"),
                attribution=A("unspecified"),
                notes="a range of Mashriq months with their aliases in brackets; the authorities are the actor, no source is cited",
            ),
            C(
                "fighters_in_zone",
                300,
                "300",
                s2,
                subset="sahel_linked",
                qualifier="at_least",
                qualifier_text="ما لا يقل عن",
                period=cumul(pub),
                attribution=A("analyst", "الباحث المغربي في الشؤون الأمنية يوسف الكتاني", "يوسف الكتاني"),
                notes="fighters currently in the Sahel (a stock at a moment); named analyst (invented)",
            ),
        ],
        must_not_extract=[
            T("4137", "aside: casualties abroad"),
            T("© 2023", "footer year"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "html",
            "pan_arab",
            "date_only_jsonld",
            "month_mashriq",
            "mashriq_alias_brackets",
            "paired_months",
            "number_words",
            "analyst",
            "named_person",
            "fighters_in_zone",
            "qualifier_at_least",
            "as_of",
            "casualties_trap",
            "org_unspecified",
        ],
        covers="Al Jazeera Net page, date only in JSON-LD: 'سبع خلايا' 'بين كانون الثاني (يناير) وأيلول (سبتمبر) 2023' (range of Mashriq months); a named analyst: 'ما لا يقل عن 300' Moroccans fighting in the Sahel (as_of)",
    )


@article
def a46():
    pub = "2025-06-11"
    title = "المغرب.. تفكيك خلية إرهابية من 12 عنصرا مرتبطة بداعش"
    s1 = (
        "وأعلن المكتب المركزي للأبحاث القضائية، الأربعاء، تفكيك خلية إرهابية تضم 12 عنصرا ينشطون في 6 مدن، "
        "بتعاون مع المديرية العامة للأمن الداخلي الفرنسية."
    )
    s2 = "وكانت الرباط قد أعلنت في مايو (أيار) الماضي تفكيك خلية من 4 عناصر بمدينة الراشيدية."
    body = [
        "أبوظبي - سكاي نيوز عربية",
        s1,
        "وحسب البيان، فإن أفراد الخلية بايعوا زعيم التنظيم، وكانوا يخططون لاستهداف مقرات أمنية، وقد جرى حجز أسلحة "
        "بيضاء ومواد يشتبه في استعمالها لصنع متفجرات.",
        s2,
    ]
    text = html_page(
        title=title,
        site="سكاي نيوز عربية",
        body=body,
        pub=pub,
        date_mode="meta",
        nav=("الرئيسية", "العالم العربي", "العالم", "اقتصاد", "رياضة", "فيديو"),
        ticker="مجلس الأمن يعقد جلسة طارئة بشأن السودان",
        aside=("انخفاض أسعار النفط بنسبة 2 بالمئة", "ليفربول يتعاقد مع لاعب جديد مقابل 100 مليون يورو"),
        footer="سكاي نيوز عربية © 2025",
    )
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    return dict(
        key="a46",
        file="a46_skynews_arabia_meta_only.html",
        format="html",
        date_where="date only in article:published_time",
        text=text,
        metadata=md(title, "سكاي نيوز عربية", "Sky News Arabia", pub),
        claims=[
            C(
                "persons_arrested",
                12,
                "12",
                s1,
                period=event(pub, "الأربعاء"),
                attribution=bcij,
                notes="one operation, on the publication day",
            ),
            C(
                "persons_arrested",
                4,
                "4",
                s2,
                period=month("2025-05", "في مايو (أيار) الماضي"),
                attribution=A("official_unspecified", "الرباط"),
                notes="Gregorian month with the Mashriq alias in brackets; 'الماضي' from the meta date",
            ),
        ],
        must_not_extract=[
            T("6 مدن", "number of cities"),
            T("2 بالمئة", "aside: oil price"),
            T("100 مليون يورو", "aside: money"),
            T(title, "title: the body repeats 12"),
        ],
        countries_cited=["FR"],
        countries_not_partners=[],
        flags=[
            "html",
            "pan_arab",
            "date_only_meta",
            "period_event",
            "month_mashriq",
            "mashriq_alias_brackets",
            "relative_period",
            "partner_adjective",
            "org_BCIJ",
            "money_trap",
            "title_figure",
        ],
        covers="Sky News Arabia page, date only in article:published_time: 12 arrested (event) 'بتعاون مع المديرية العامة للأمن الداخلي الفرنسية' (partner); 4 'في مايو (أيار) الماضي'; '6 مدن'",
    )


@article
def a47():
    pub = "2023-02-15"
    title = "280 مقاتلا عادوا من بؤر التوتر إلى المغرب"
    s1 = (
        "وحسب معطيات رسمية حصلت عليها هسبريس، فقد عاد إلى المغرب 280 مقاتلا من بؤر التوتر، 241 منهم من الساحة "
        "السورية العراقية و36 من ليبيا."
    )
    s2 = "وأحيل 150 من هؤلاء العائدين على العدالة فور وصولهم، فيما استفاد آخرون من برامج المواكبة."
    body = [
        "يطرح ملف العائدين من بؤر التوتر تحديات أمنية واجتماعية متزايدة، في ظل صعوبة التحقق من الأدوار التي لعبها "
        "كل واحد منهم داخل التنظيمات الإرهابية.",
        s1,
        s2,
        "ويشير مختصون إلى أن المقاتلين العائدين من ليبيا يطرحون إشكالات خاصة، بالنظر إلى قرب هذا البلد وسهولة "
        "التنقل منه وإليه عبر دول الجوار.",
    ]
    text = html_page(
        title=title,
        site="هسبريس",
        body=body,
        date_mode="byline",
        byline_text="هسبريس - عبد الإله شبل الأربعاء 15 فبراير 2023 - 11:40",
        top_bar="الأربعاء 15 فبراير 2023 | 24 رجب 1444",
        aside=("الرجاء يسقط أمام فيتا كلوب 0-3", "ارتفاع أسعار الطماطم إلى 15 درهما"),
        footer="جميع الحقوق محفوظة © هسبريس 2023",
    )
    official = A("official_unspecified", "معطيات رسمية حصلت عليها هسبريس")
    return dict(
        key="a47",
        file="a47_hespress_bom_returnees_arithmetic.html",
        format="html",
        encoding="utf-8-sig",
        date_where="date in the visible byline",
        text=text,
        metadata=md(title, "هسبريس", "Hespress", pub),
        claims=[
            C("returnees", 280, "280", s1, period=cumul(pub), attribution=official),
            C(
                "returnees",
                241,
                "241",
                s1,
                subset="syria_iraq_linked",
                period=cumul(pub),
                attribution=official,
                notes="'241 منهم': breakdown of the 280",
            ),
            C(
                "returnees",
                36,
                "36",
                s1,
                subset="libya",
                period=cumul(pub),
                attribution=official,
                notes="list item with no noun; 241 + 36 = 277, not 280",
            ),
            C(
                "returnees_arrested",
                150,
                "150",
                s2,
                period=cumul(pub),
                attribution=official,
                notes="'أحيل … من هؤلاء العائدين على العدالة'",
            ),
        ],
        must_not_extract=[
            T("24 رجب 1444", "top bar: Hijri date"),
            T("0-3", "aside: football score"),
            T("15 درهما", "aside: price"),
            T(title, "title: the body repeats 280"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("LY", "من ليبيا", "conflict zone"),
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
        ],
        flags=[
            "html",
            "utf8_bom",
            "date_in_byline",
            "subset_zone",
            "list_no_noun",
            "returnees_arrested",
            "internal_arithmetic",
            "hijri_trap",
            "score_trap",
            "title_figure",
            "org_official_unspecified",
            "conflict_zone_mention",
        ],
        covers="Hespress page with a BOM, date in the byline: 280 returnees, '241 منهم من الساحة السورية العراقية و36 من ليبيا' (277: internal_arithmetic); 150 'أحيل … على العدالة' (returnees_arrested); Hijri top bar",
    )


@article
def a48():
    pub = "2023-06-28"
    title = "حموشي يستقبل مدير مكتب التحقيقات الفيدرالي الأمريكي"
    s1 = (
        "وأسفر التعاون بين المديرية العامة لمراقبة التراب الوطني ومكتب التحقيقات الفيدرالي عن تنفيذ 9 عمليات "
        "مشتركة خلال السنتين الأخيرتين، حسب بلاغ للمديرية."
    )
    body = [
        "استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، بمقر المديرية بالرباط، مدير "
        "مكتب التحقيقات الفيدرالي الأمريكي، الذي يقوم بزيارة عمل للمملكة.",
        s1,
        "وتناول اللقاء سبل تعزيز تبادل المعلومات حول التهديدات الإرهابية في منطقة الساحل، وتأمين التظاهرات "
        "الرياضية الكبرى التي يستعد المغرب لاحتضانها، ومنها كأس العالم 2030.",
    ]
    text = html_page(
        title=title,
        site="Le360",
        body=body,
        pub=pub,
        date_mode="jsonld",
        byline_text="Le360 - عربي",
        aside=("المغرب يصدر 3 ملايين طن من الفوسفاط", "عيد الأضحى: ارتفاع أسعار الأغنام"),
        footer="Le360 © 2023",
    )
    return dict(
        key="a48",
        file="a48_le360_jsonld_fbi_joint.html",
        format="html",
        date_where="date only in JSON-LD",
        text=text,
        metadata=md(title, "Le360", "Le360", pub),
        claims=[
            C(
                "joint_operations",
                9,
                "9",
                s1,
                scope="bilateral",
                period=last_n(2, pub, "خلال السنتين الأخيرتين"),
                attribution=A("DGST", "بلاغ للمديرية"),
                notes="'السنتين الأخيرتين' (dual) = the last two years; attribution after the figure",
            ),
        ],
        must_not_extract=[
            T("كأس العالم 2030", "a future event's year"),
            T("3 ملايين طن", "aside: exports"),
        ],
        countries_cited=["US"],
        countries_not_partners=[],
        flags=[
            "html",
            "date_only_jsonld",
            "joint_operations",
            "last_n_years",
            "relative_period",
            "attribution_after_figure",
            "org_DGST",
            "partner_adjective",
        ],
        covers="Le360 page, date only in JSON-LD: DGST-FBI '9 عمليات مشتركة خلال السنتين الأخيرتين' (dual relative period, attribution after); US partner; World Cup 2030",
    )


@article
def a49():
    pub = "2021-11-23"
    title = "لفتيت أمام المستشارين: المقاربة الأمنية جنبت المغرب مخاطر كبيرة"
    s1 = (
        "وقال عبد الوافي لفتيت، في جوابه على سؤال شفوي بمجلس المستشارين، إن المصالح الأمنية فككت ما يفوق مئتين "
        "وعشر خلايا إرهابية منذ سنة 2002."
    )
    s2 = "وأضاف الوزير أنه جرى توقيف 16 من العائدين من بؤر التوتر خلال السنة الجارية، بعد تحديد هوياتهم في المطارات."
    body = [
        "دافع وزير الداخلية عن المقاربة الأمنية التي تنهجها المملكة في مواجهة الإرهاب، معتبرا أنها مكنت من تجنيب "
        "البلاد مخاطر كبيرة.",
        s1,
        s2,
        "وجاء جواب الوزير ردا على سؤال تقدم به فريق برلماني حول تأثير الأوضاع في منطقة الساحل على الأمن الوطني.",
    ]
    text = html_page(
        title=title,
        site="اليوم 24",
        body=body,
        pub=pub,
        date_mode="time",
        time_text="منذ سنتين",
        aside=("المنتخب المحلي يفوز على فلسطين 4-0", "التساقطات المطرية تنعش آمال الفلاحين"),
        footer="اليوم 24 © 2021",
    )
    person = "عبد الوافي لفتيت"
    return dict(
        key="a49",
        file="a49_alyaoum24_time_laftit_councillors.html",
        format="html",
        date_where="date only in <time datetime> (visible 'منذ سنتين')",
        text=text,
        metadata=md(title, "اليوم 24", "Alyaoum24", pub),
        claims=[
            C(
                "cells_dismantled",
                210,
                "مئتين وعشر",
                s1,
                qualifier="more_than",
                qualifier_text="ما يفوق",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("MOI", "عبد الوافي لفتيت", person),
                notes="'مئتين' (genitive, hamza spelling); a minister answering councillors is MOI",
            ),
            C(
                "returnees_arrested",
                16,
                "16",
                s2,
                period=ytd(pub, "خلال السنة الجارية"),
                attribution=A("MOI", "الوزير", person),
                notes="'توقيف 16 من العائدين' = returnees arrested",
            ),
        ],
        must_not_extract=[
            T("منذ سنتين", "visible relative time"),
            T("4-0", "aside: football score"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "html",
            "date_only_time",
            "minister_answering_mps",
            "org_MOI",
            "named_person",
            "number_words",
            "number_word_genitive",
            "qualifier_more_than",
            "returnees_arrested",
            "year_to_date",
            "score_trap",
        ],
        covers="Al Yaoum 24 page, date only in <time datetime> (visible 'منذ سنتين'): Laftit answering councillors (MOI): 'ما يفوق مئتين وعشر خلايا' since 2002; 'توقيف 16 من العائدين' 'خلال السنة الجارية' (returnees_arrested)",
    )


@article
def a50():
    pub = "2023-11-14"
    title = "الداخلية المغربية: ثماني خلايا إرهابية مفككة منذ مطلع العام"
    s1 = (
        "وكشفت وزارة الداخلية المغربية أن أجهزتها فككت خلية واحدة خلال تشرين الأول/أكتوبر الماضي، أوقف على إثرها "
        "ثلاثة أشخاص."
    )
    s2 = "ليرتفع عدد الخلايا المفككة منذ كانون الثاني (يناير) الماضي إلى ثماني خلايا، حسب الوزارة."
    s3 = (
        "ومنذ عام ٢٠٠٢، فككت الأجهزة الأمنية المغربية أكثر من ٢١٠ خلايا، وأوقفت ما يزيد على ٤٬٠٠٠ شخص في قضايا "
        "مرتبطة بالإرهاب."
    )
    body = [
        "الرباط - المشرق اليوم",
        "تواصل السلطات المغربية ملاحقة الخلايا الموالية لتنظيم «داعش»، في وقت تتصاعد فيه التحذيرات من عودة "
        "التنظيم إلى النشاط في سورية والعراق ومنطقة الساحل.",
        s1,
        s2,
        s3,
        "وفي الجزائر المجاورة، أعلنت وزارة الدفاع الوطني تحييد 9 مسلحين خلال الشهر ذاته في عمليات متفرقة.",
    ]
    text = html_page(
        title=title,
        site="المشرق اليوم",
        body=body,
        date_mode="byline",
        byline_text="نُشر في 14 تشرين الثاني 2023",
        nav=("الرئيسية", "الشرق الأوسط", "المغرب العربي", "العالم", "منوعات"),
        aside=("لبنان: سقوط 3 قتلى في قصف على الجنوب", "أسعار الذهب ترتفع 1.5 بالمئة"),
        footer="© 2023 المشرق اليوم",
    )
    moi = A("MOI", "وزارة الداخلية المغربية")
    oct23 = month("2023-10", "خلال تشرين الأول/أكتوبر الماضي")
    return dict(
        key="a50",
        file="a50_mashriq_alyawm_byline_mashriq.html",
        format="html",
        date_where="date in the visible byline, Mashriq month ('14 تشرين الثاني 2023')",
        text=text,
        metadata=md(title, "المشرق اليوم", "Al Mashriq Al Yawm", pub, fictional=True),
        claims=[
            C("cells_dismantled", 1, "خلية واحدة", s1, period=oct23, attribution=moi),
            C(
                "persons_arrested",
                3,
                "ثلاثة",
                s1,
                period=oct23,
                attribution=moi,
                notes="shares the clause's month",
            ),
            C(
                "cells_dismantled",
                8,
                "ثماني",
                s2,
                period=ytd(pub, "منذ كانون الثاني (يناير) الماضي"),
                attribution=A("MOI", "الوزارة"),
                notes="'since last January' = the year so far; attribution after the figure",
            ),
            C(
                "cells_dismantled",
                210,
                "٢١٠",
                s3,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2002", pub, "منذ عام ٢٠٠٢"),
                attribution=A("MOI", "الوزارة"),
                notes="Arabic-Indic digits; attribution carried",
            ),
            C(
                "persons_arrested",
                4000,
                "٤٬٠٠٠",
                s3,
                qualifier="more_than",
                qualifier_text="ما يزيد على",
                period=since("2002", pub, "منذ عام ٢٠٠٢"),
                attribution=A("MOI", "الوزارة"),
                notes="Arabic thousands separator U+066C",
            ),
        ],
        must_not_extract=[
            T("تحييد 9 مسلحين", "another country's figure (Algeria)"),
            T("سقوط 3 قتلى", "aside: casualties abroad"),
            T("1.5 بالمئة", "aside: gold price"),
            T(title, "title: the body repeats the figure"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("DZ", "وفي الجزائر المجاورة", "another country's figure"),
            NP("SY", "في سورية والعراق", "conflict zone"),
        ],
        flags=[
            "html",
            "pan_arab",
            "fictional_outlet",
            "date_in_byline",
            "month_mashriq",
            "mashriq_alias_slash",
            "arabic_indic_digits",
            "arabic_thousands_separator",
            "qualifier_more_than",
            "carried_attribution",
            "mashriq_alias_brackets",
            "relative_period",
            "year_to_date",
            "number_words",
            "org_MOI",
            "attribution_after_figure",
            "other_country_trap",
            "title_figure",
        ],
        covers="fictional pan-Arab page, byline '14 تشرين الثاني 2023' (Mashriq month): 'خلية واحدة' and 'ثلاثة أشخاص' 'خلال تشرين الأول/أكتوبر الماضي'; 'ثماني خلايا' 'منذ كانون الثاني (يناير) الماضي'; 'أكثر من ٢١٠' cells and 'ما يزيد على ٤٬٠٠٠' arrests 'منذ عام ٢٠٠٢' (Arabic-Indic); Algeria's 9 (another country)",
    )


@article
def a51():
    pub = "2023-12-27"
    title = "حصيلة الأمن الوطني لسنة 2023: أرقام وتحديات"
    s1 = (
        "وأفادت المديرية العامة للأمن الوطني، في حصيلتها السنوية، بأن الفرقة الوطنية للشرطة القضائية أحالت هذه "
        "السنة على النيابة العامة 41 شخصا يشتبه في تورطهم في قضايا الإرهاب، دون احتساب الخلايا التي فككها المكتب "
        "المركزي للأبحاث القضائية."
    )
    s2 = (
        "وتوزع هؤلاء على الشكل التالي: 7 أشخاص من أجل الارتباط بخلية إرهابية، و27 من أجل تحريض الغير على الالتحاق "
        "بتنظيمات إرهابية بالخارج، و3 من أجل التخطيط لتنفيذ عمل إرهابي، و2 من أجل التهديد بارتكاب عمل إرهابي."
    )
    body = [
        s1,
        s2,
        "وفي مجال مكافحة المخدرات، تمكنت مصالح الأمن من حجز 1,4 طن من الكوكايين، في أكبر عملية من نوعها خلال "
        "العقد الأخير.",
        "كما عالجت خلايا التكفل بالنساء ضحايا العنف أكثر من 40 ألف شكاية خلال السنة ذاتها.",
    ]
    text = html_page(
        title=title,
        site="زنقة 20",
        body=body,
        pub=pub,
        date_mode="meta",
        aside=("أسود الأطلس في المجموعة السادسة لكأس إفريقيا", "ارتفاع عدد السياح إلى 14,5 مليون"),
        footer="Rue20 © 2023",
    )
    dgsn = A("DGSN", "المديرية العامة للأمن الوطني")
    y = ytd(pub, "هذه السنة")
    yi = P("year_to_date", "2023", pub, None)
    return dict(
        key="a51",
        file="a51_rue20_meta_dgsn_arithmetic.html",
        format="html",
        date_where="date only in article:published_time",
        text=text,
        metadata=md(title, "زنقة 20", "Rue20", pub),
        claims=[
            C(
                "persons_arrested",
                41,
                "41",
                s1,
                period=y,
                attribution=dgsn,
                notes="referred to the prosecutor by the national judicial police, BCIJ cells excluded",
            ),
            C("persons_arrested", 7, "7", s2, subset="cell_membership", period=yi, attribution=dgsn),
            C(
                "persons_arrested",
                27,
                "27",
                s2,
                subset="incitement",
                period=yi,
                attribution=dgsn,
                notes="list item with no noun",
            ),
            C("persons_arrested", 3, "3", s2, subset="plotting", period=yi, attribution=dgsn),
            C(
                "persons_arrested",
                2,
                "2",
                s2,
                subset="threats",
                period=yi,
                attribution=dgsn,
                notes="7 + 27 + 3 + 2 = 39, not 41",
            ),
        ],
        must_not_extract=[
            T("1,4 طن", "drug seizure"),
            T(
                "أكثر من 40 ألف شكاية",
                "complaints handled by units for women victims of violence ('خلايا' that are not terror cells)",
            ),
            T("14,5 مليون", "aside: tourists"),
            T(title, "a year in the title"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "html",
            "date_only_meta",
            "org_DGSN",
            "year_to_date",
            "relative_period",
            "list_no_noun",
            "internal_arithmetic",
            "subset_incitement",
            "non_terror_cell",
        ],
        covers="Rue20 page, date only in article:published_time: DGSN review: 41 referred 'هذه السنة', broken down as '7 … و27 … و3 … و2' (39: internal_arithmetic); 'خلايا التكفل بالنساء ضحايا العنف' (not terror cells); 1.4 t of cocaine",
    )


@article
def a52():
    pub = "2019-04-12"
    title = "جريمة إمليل.. أحكام ثقيلة في حق المتهمين"
    s1 = "ويذكر أن المكتب المركزي للأبحاث القضائية فكك 11 خلية إرهابية خلال سنة 2017، حسب أرقام رسمية."
    s2 = "ومنذ إحداثه، فكك المكتب ما مجموعه 61 خلية، وفق المصدر ذاته."
    s3 = "وتوبع في هذا الملف 24 متهما، من بينهم مواطن يحمل الجنسيتين الإسبانية والسويسرية."
    body = [
        "أسدلت غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب بملحقة محكمة الاستئناف بسلا الستار على ملف جريمة "
        "إمليل، بإصدار 3 أحكام بالإعدام في حق المتهمين الرئيسيين.",
        s3,
        "وتراوحت الأحكام الصادرة في حق باقي المتهمين بين 5 سنوات و30 سنة سجنا نافذا.",
        s1,
        s2,
    ]
    text = html_page(
        title=title,
        site="هبة بريس",
        body=body,
        date_mode="byline",
        byline_text="هبة بريس - الجمعة 12 أبريل 2019 - 18:22",
        aside=("حسنية أكادير يفوز على الرجاء 1-0", "أمطار غزيرة بعدد من المدن"),
        footer="هبة بريس © 2019",
    )
    official = A("official_unspecified", "أرقام رسمية")
    return dict(
        key="a52",
        file="a52_hibapress_byline_imlil_2017.html",
        format="html",
        date_where="date in the visible byline",
        text=text,
        metadata=md(title, "هبة بريس", "Hibapress", pub),
        claims=[
            C(
                "cells_dismantled",
                11,
                "11",
                s1,
                period=year("2017", "خلال سنة 2017"),
                attribution=official,
                notes="the BCIJ's director said 9 for 2017 (a02): same period, different value",
            ),
            C(
                "cells_dismantled",
                61,
                "61",
                s2,
                period=since("2015", pub, "منذ إحداثه"),
                attribution=A("official_unspecified", "المصدر ذاته"),
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                24,
                "24",
                s3,
                period=P("event", None, None, None),
                attribution=A("unspecified"),
                notes="defendants of one trial",
            ),
        ],
        must_not_extract=[
            T("3 أحكام بالإعدام", "sentences"),
            T("بين 5 سنوات و30 سنة سجنا", "prison terms"),
            T("1-0", "aside: football score"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("ES", "الجنسيتين الإسبانية والسويسرية", "nationality of a defendant"),
            NP("CH", "الجنسيتين الإسبانية والسويسرية", "nationality of a defendant"),
        ],
        flags=[
            "html",
            "date_in_byline",
            "period_year",
            "since_creation",
            "org_official_unspecified",
            "nationality_mention",
            "prison_term_trap",
            "score_trap",
        ],
        covers="Hibapress page, date in the byline: Imlil verdicts (death sentences, prison terms: traps); '11 خلية … خلال سنة 2017' (the BCIJ said 9: same_period_disagreement); 61 since the BCIJ's creation; 24 defendants optional",
    )


@article
def a53():
    pub = "2025-09-18"
    title = "القاصرون في مرمى الاستقطاب الإرهابي"
    s1 = (
        "وبلغ عدد القاصرين الموقوفين في قضايا الإرهاب منذ إحداث المكتب المركزي للأبحاث القضائية 95 قاصرا، "
        "حسب أرقام رسمية."
    )
    s2 = f"وتشير الأرقام ذاتها إلى أن 1{NNBSP}645 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق منذ سنة 2012."
    body = [
        "يثير تزايد أعداد القاصرين المتورطين في قضايا الإرهاب قلق المختصين، الذين يحذرون من أساليب الاستقطاب "
        "الجديدة عبر الألعاب الإلكترونية ومنصات التواصل.",
        s1,
        s2,
        "ولمواجهة الظاهرة، أحدثت وزارة التربية الوطنية خلايا للإنصات والوساطة في 300 مؤسسة تعليمية، تتولى رصد "
        "السلوكات المقلقة لدى التلاميذ.",
    ]
    text = html_page(
        title=title,
        site="مدار21",
        body=body,
        pub=pub,
        date_mode="jsonld",
        aside=("الدخول المدرسي: 8 ملايين تلميذ يلتحقون بالأقسام", "الوداد يتعاقد مع مدرب جديد"),
        footer="مدار21 © 2025",
        ld_extra=', "wordCount": 287',
    )
    official = A("official_unspecified", "أرقام رسمية")
    return dict(
        key="a53",
        file="a53_madar21_jsonld_minors_1645.html",
        format="html",
        date_where="date only in JSON-LD",
        text=text,
        metadata=md(title, "مدار21", "Madar21", pub),
        claims=[
            C(
                "persons_arrested",
                95,
                "95",
                s1,
                subset="minors",
                period=since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية"),
                attribution=official,
            ),
            C(
                "fighters_joined",
                1645,
                f"1{NNBSP}645",
                s2,
                period=since("2012", pub, "منذ سنة 2012"),
                attribution=A("official_unspecified", "الأرقام ذاتها"),
                notes="below the 1,659 given by the BCIJ in January 2025 (a35): a running total cannot fall",
                subset="syria_iraq_linked",
            ),
        ],
        must_not_extract=[
            T(
                "خلايا للإنصات والوساطة في 300 مؤسسة تعليمية",
                "school listening units ('خلايا' that are not terror cells)",
            ),
            T("8 ملايين تلميذ", "aside: pupils"),
            T("287", "JSON-LD word count"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("SY", "في سوريا والعراق", "conflict zone")],
        flags=[
            "html",
            "date_only_jsonld",
            "subset_minors",
            "since_creation",
            "non_terror_cell",
            "thousands_separator",
            "narrow_nbsp_separator",
            "org_official_unspecified",
            "word_count_trap",
        ],
        covers="Madar21 page, date only in JSON-LD: 95 minors arrested since the BCIJ's creation; '1\u202f645' fighters since 2012 (narrow no-break space) (below 1,659: cumulative_decrease); school 'خلايا للإنصات' (not terror cells); JSON-LD word count",
    )


@article
def a54():
    pub = "2021-02-09"
    title = "حبوب في أول حوار: هذه حصيلة البسيج"
    s1 = (
        "وأوضح حبوب أن المكتب فكك منذ إحداثه إلى غاية متم دجنبر 2020 ما مجموعه 83 خلية إرهابية، وأوقف خلال الفترة "
        "ذاتها 1,347 شخصا."
    )
    s2 = "وتمكن المكتب خلال سنة 2020 وحدها من تفكيك 9 خلايا، رغم الظروف الاستثنائية التي فرضتها الجائحة."
    body = [
        "في أول حوار له منذ تعيينه على رأس المكتب المركزي للأبحاث القضائية، تحدث الشرقاوي حبوب لموقع «فبراير» عن "
        "حصيلة المكتب وأولوياته.",
        s1,
        s2,
        "وأشار حبوب إلى أن المعلومات التي قدمتها المديرية العامة لمراقبة التراب الوطني لنظيرتها الإيطالية مكنت "
        "من توقيف عنصر متطرف كان يخطط لهجوم في ميلانو.",
    ]
    text = html_page(
        title=title,
        site="فبراير",
        body=body,
        pub=pub,
        date_mode="time",
        time_text="9 فبراير",
        aside=("كورونا: تسجيل 512 إصابة جديدة", "الرجاء يتعادل مع الجيش 1-1"),
        footer="فبراير.كوم © 2021",
    )
    person = "الشرقاوي حبوب"
    to_dec = since("2015", "2020-12", "منذ إحداثه إلى غاية متم دجنبر 2020")
    return dict(
        key="a54",
        file="a54_febrayer_time_habboub_until_december.html",
        format="html",
        date_where="date only in <time datetime> (visible day and month without the year)",
        text=text,
        metadata=md(title, "فبراير", "Febrayer", pub),
        claims=[
            C(
                "cells_dismantled",
                83,
                "83",
                s1,
                period=to_dec,
                as_of="2020-12",
                attribution=A("BCIJ", "وأوضح حبوب", person),
                notes="cumulative up to the end of December 2020",
            ),
            C(
                "persons_arrested",
                1347,
                "1,347",
                s1,
                period=since("2015", "2020-12", "خلال الفترة ذاتها"),
                as_of="2020-12",
                attribution=A("BCIJ", "وأوضح حبوب", person),
            ),
            C(
                "cells_dismantled",
                9,
                "9",
                s2,
                period=year("2020", "خلال سنة 2020"),
                attribution=A("BCIJ", "وأوضح حبوب", person),
                notes="the interview goes on: attribution carried",
            ),
        ],
        must_not_extract=[
            T("512 إصابة جديدة", "aside: covid cases"),
            T("1-1", "aside: football score"),
            T("9 فبراير", "visible date without a year"),
        ],
        countries_cited=["IT"],
        countries_not_partners=[],
        flags=[
            "html",
            "date_only_time",
            "named_person",
            "org_BCIJ",
            "until_end_of_month",
            "as_of",
            "inherited_period",
            "partner_nazir",
            "thousands_separator",
            "covid_trap",
            "score_trap",
        ],
        covers="Febrayer page, date only in <time datetime> (visible '9 فبراير'): Habboub (BCIJ): 83 cells and 1,347 arrests 'منذ إحداثه إلى غاية متم دجنبر 2020' (as_of), 9 in 2020; 'لنظيرتها الإيطالية' partner",
    )


@article
def a55():
    pub = "2021-05-11"
    title = "ها شحال من مغربي مشا لداعش وشحال رجع"
    s1 = (
        "وحسب الأرقام الرسمية، فإن ألفا وستمائة وتسعة وخمسين مغربيا غادروا المغرب نحو سوريا والعراق منذ اندلاع "
        "الأزمة السورية."
    )
    s2 = "ورجعو منهم 270 للمغرب، وكلهم دازو من عند البسيج قبل ما يتحاكمو."
    body = [
        "ملف المغاربة اللي مشاو لبؤر التوتر باقي ما تسدش، خصوصا مع العائلات اللي باقا كتسنى ولادها يرجعو من "
        "المخيمات ديال سوريا.",
        s1,
        s2,
        "وهاد الشي كيوقع شي 10 سنين هادي، من نهار بدات الحرب فسوريا.",
    ]
    text = html_page(
        title=title,
        site="كود",
        body=body,
        date_mode="byline",
        byline_text="كود - الثلاثاء 11 ماي 2021",
        aside=("فيديو: عرس فكازا جاب 3 آلاف واحد", "البرد راجع هاد الويكاند"),
        footer="Goud © 2021",
    )
    official = A("official_unspecified", "الأرقام الرسمية")
    return dict(
        key="a55",
        file="a55_goud_byline_darija_words.html",
        format="html",
        date_where="date in the visible byline",
        text=text,
        metadata=md(title, "كود", "Goud", pub),
        claims=[
            C(
                "fighters_joined",
                1659,
                "ألفا وستمائة وتسعة وخمسين",
                s1,
                period=since("2011", pub, "منذ اندلاع الأزمة السورية"),
                attribution=official,
                notes="1659 in accusative number words; the start is the outbreak of the Syrian war (2011)",
                subset="syria_iraq_linked",
            ),
            C(
                "returnees",
                270,
                "270",
                s2,
                period=cumul(pub),
                attribution=official,
                notes="darija verb 'رجعو' (returned) with no counted noun",
            ),
        ],
        must_not_extract=[
            T("شي 10 سنين", "duration (darija)"),
            T("3 آلاف واحد", "aside: a wedding's guests"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("SY", "نحو سوريا والعراق", "conflict zone")],
        flags=[
            "html",
            "darija",
            "date_in_byline",
            "number_words",
            "number_word_accusative",
            "thousands_words",
            "verb_no_noun",
            "org_official_unspecified",
            "duration_trap",
        ],
        covers="Goud page in darija, date in the byline: 'ألفا وستمائة وتسعة وخمسين مغربيا غادروا المغرب' (1659 in words, accusative); 'رجعو منهم 270' (darija verb); '10 سنين' duration",
    )


@article
def a56():
    pub = "2024-11-20"
    title = "تفكيك خلية إرهابية بالجديدة بتنسيق مع ألمانيا"
    s1 = (
        "وفككت الأجهزة الأمنية منذ بداية السنة الجارية 12 خلية، آخرها خلية الجديدة التي جرى تفكيكها بتنسيق مع "
        "المصالح الأمنية الألمانية."
    )
    s2 = "وتمكنت الأجهزة الأمنية المغربية من تفكيك 210 خلايا إرهابية منذ سنة 2002، حسب المعطيات المتوفرة."
    body = [
        "تمكنت عناصر المكتب المركزي للأبحاث القضائية من توقيف ثلاثة أشخاص بمدينة الجديدة، للاشتباه في ارتباطهم "
        "بعنصر متطرف أوقف قبل أسبوع في مدينة هامبورغ الألمانية.",
        s1,
        s2,
        "وتضع هذه العملية التعاون الأمني المغربي الألماني في الواجهة، بعد سنوات من الفتور الدبلوماسي بين البلدين.",
    ]
    text = html_page(
        title=title,
        site="نافذة الأطلس",
        body=body,
        pub=pub,
        date_mode="meta",
        aside=("انطلاق موسم جني الزيتون بإقليم تاونات", "ارتفاع أسعار اللحوم إلى 120 درهما للكيلوغرام"),
        footer="© نافذة الأطلس 2024",
    )
    return dict(
        key="a56",
        file="a56_nafidat_atlas_meta_stale_210.html",
        format="html",
        date_where="date only in article:published_time",
        text=text,
        metadata=md(title, "نافذة الأطلس", "Nafidat Al Atlas", pub, fictional=True),
        claims=[
            C(
                "persons_arrested",
                3,
                "ثلاثة",
                body[0],
                period=P("event", None, None, None),
                attribution=A("unspecified"),
                notes="the BCIJ is the actor; no source is cited",
            ),
            C(
                "cells_dismantled",
                12,
                "12",
                s1,
                period=ytd(pub, "منذ بداية السنة الجارية"),
                attribution=A("unspecified"),
                notes="the services are the actor, not a source",
            ),
            C(
                "cells_dismantled",
                210,
                "210",
                s2,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("unspecified", "المعطيات المتوفرة"),
                notes="the October 2021 figure repeated in November 2024, after 218 (June 2024): stale; "
                "'the data available' says nothing official (CONTRACT: official_unspecified is official statistics)",
            ),
        ],
        must_not_extract=[
            T("قبل أسبوع", "relative date of an arrest abroad"),
            T("120 درهما", "aside: price"),
        ],
        countries_cited=["DE"],
        countries_not_partners=[],
        flags=[
            "html",
            "fictional_outlet",
            "date_only_meta",
            "year_to_date",
            "relative_period",
            "stale",
            "partner_cue_coordination",
            "number_words",
            "period_event",
            "org_official_unspecified",
            "org_unspecified",
        ],
        covers="fictional outlet, date only in article:published_time: 'ثلاثة أشخاص' (event), 12 cells 'منذ بداية السنة الجارية' (November 2024), '210 خلايا' since 2002 (stale after 218); 'بتنسيق مع المصالح الأمنية الألمانية'",
    )


# ---------------------------------------------------------------- files that must be rejected


def _binary_payload(seed, n):
    rng_ = random.Random(seed)
    return bytes(rng_.randrange(256) for _ in range(n))


@article
def a57():
    raw = (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length 420 /Filter /FlateDecode >>\nstream\n"
        + b"x\x9c\x00\x00"
        + _binary_payload(57, 420)
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return dict(
        key="a57",
        file="a57_hespress_pdf_saved_as_txt.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="not a text file (binary data): a PDF",
        raw=raw,
        flags=["binary_file", "pdf"],
        covers="a PDF saved with a .txt name (binary, NUL bytes): rejected",
    )


@article
def a58():
    raw = (
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + _binary_payload(58, 600)
    )
    return dict(
        key="a58",
        file="a58_alyaoum24_docx_saved_as_txt.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="not a text file (binary data): a Word document",
        raw=raw,
        flags=["binary_file", "docx"],
        covers="a Word (.docx, zip) file saved with a .txt name: rejected",
    )


@article
def a59():
    return dict(
        key="a59",
        file="a59_unknown_blank_lines_only.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="empty file (only blank lines)",
        raw=b"\xef\xbb\xbf\r\n\r\n   \r\n\t\r\n\r\n",
        flags=["empty_file", "whitespace_only"],
        covers="a byte-order mark and blank lines only: rejected as empty",
    )


@article
def a60():
    raw = (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + _binary_payload(60, 500)
        + b"\xff\xd9"
    )
    return dict(
        key="a60",
        file="a60_barlamane_jpeg_saved_as_txt.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="not a text file (binary data): an image",
        raw=raw,
        flags=["binary_file", "jpeg"],
        covers="a JPEG photo saved with a .txt name: rejected",
    )


# ================================================================ cross-file expectations

# Claims of the other gold files that the cross-file groups below may name (tests/corpus and the seeds).
EXTERNAL_CLAIMS = {"c03.c2", "c03.c4", "c05.c1", "c08.c1", "c25.c1", "c31.c1"}

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        claims=["a05.c2", "a06.c2"],
        explanation="Persons arrested in 2019: 76 in the interior minister's answer to an MP (الأيام 24, Feb 2020) "
        "against 67 in the official data quoted by الصباح (Jan 2020): one year cannot have two values.",
    ),
    dict(
        id="i2",
        kind="same_period_disagreement",
        claims=["a02.c3", "a52.c1"],
        explanation="Cells dismantled in 2017: 9 in the BCIJ director's own list (اليوم 24, Jan 2018) against 11 "
        "in هبة بريس (Apr 2019).",
    ),
    dict(
        id="i3",
        kind="cumulative_decrease",
        claims=["a07.c1", "a08.c1"],
        explanation="Cells dismantled since 2002: 218 (DGST figures in زنقة 20, Jun 2024) then 'مائتين وأربع عشرة' "
        "= 214 (security sources in مدار21, Jan 2025): a running total cannot go down.",
    ),
    dict(
        id="i4",
        kind="cumulative_decrease",
        claims=["a35.c4", "a53.c2"],
        explanation="Moroccans who joined groups in Syria and Iraq: 1,659 (the BCIJ director, Jan 2025) then 1,645 "
        "since 2012 (official figures in مدار21, Sep 2025): the running total of departures falls.",
    ),
    dict(
        id="i5",
        kind="internal_arithmetic",
        claims=["a47.c1", "a47.c2", "a47.c3"],
        explanation="280 returnees broken down as 241 from Syria-Iraq and 36 from Libya in the same sentence: "
        "241 + 36 = 277.",
    ),
    dict(
        id="i6",
        kind="internal_arithmetic",
        claims=["a51.c1", "a51.c2", "a51.c3", "a51.c4", "a51.c5"],
        explanation="41 persons referred to the prosecutor in 2023, broken down as 7 + 27 + 3 + 2 = 39 in the next "
        "sentence.",
    ),
    dict(
        id="i7",
        kind="implausible_value",
        claims=["a18.c1"],
        explanation="'أزيد من ألفي خلية' (more than 2,000 cells) since 2002 in March 2022, when every other source "
        "gives 200-215: a bound ten times the series.",
    ),
    dict(
        id="i8",
        kind="stale_figure",
        claims=["a15.c1", "a35.c1", "a17.c3"],
        explanation="مرايا بريس (Mar 2025) repeats 83 BCIJ cells since 2015, the December 2020 figure, after 94 (MAP, "
        "May 2024) and 96 (Jan 2025) had been published.",
    ),
    dict(
        id="i9",
        kind="stale_figure",
        claims=["a07.c1", "a56.c3"],
        explanation="نافذة الأطلس (Nov 2024) repeats 210 cells since 2002, the October 2021 figure, after 218 had "
        "been published in June 2024.",
    ),
    dict(
        id="i10",
        kind="partial_exceeds_whole",
        claims=["a09.c1", "a10.c1"],
        explanation="العمق المغربي: 8 cells since the start of 2025 (Jul 2025), then 6 cells for the whole of 2025 "
        "(Jan 2026).",
    ),
]

MUST_NOT_FLAG = [
    dict(
        claims=["a13.c1", "a04.c1", "a07.c1"],
        reason="cells since 2002: 183 (Mar 2018) → 213 (Nov 2022) → 218 (Jun 2024), a normally rising running total",
    ),
    dict(
        claims=["a24.c1", "a04.c1"], reason="'more than 210' (May 2022) then 213 (Nov 2022): the bound agrees"
    ),
    dict(
        claims=["a05.c3", "a49.c1"],
        reason="'about 200' (Feb 2020, 'ما يناهز مائتي') then 'more than 210' (Nov 2021, 'ما يفوق مئتين وعشر'): rising",
    ),
    dict(
        claims=["a10.c1", "a10.c2"], reason="6 cells in 2025, 4 of them ISIS-linked: a subset and its total"
    ),
    dict(
        claims=["a01.c1", "a01.c3"], reason="19 cells in 2016, 18 of them ISIS-linked: a subset and its total"
    ),
    dict(
        claims=["a01.c1", "a01.c2", "a02.c1", "a02.c2", "a06.c4"],
        reason="21 cells in 2015 and 19 in 2016, in three outlets: figures of different years, and the same figures agree",
    ),
    dict(
        claims=["a04.c2", "a16.c3", "a15.c1"],
        reason="87 BCIJ cells (Nov 2022), the same 87 dated 'نونبر 2022' by a May 2024 article (as_of), then 94 "
        "(May 2024): a figure the text dates earlier is not a decrease",
    ),
    dict(
        claims=["a15.c1", "a16.c1", "a15.c2", "a16.c2"],
        reason="a syndicated copy of the MAP dispatch repeats 94 cells and 'more than 1,500' arrests a day later",
    ),
    dict(
        claims=["a03.c1", "a55.c1", "c03.c2"],
        reason="1659 fighters in digits (May 2021, Oct 2021) and in words ('ألفا وستمائة وتسعة وخمسين', May 2021)",
    ),
    dict(claims=["a03.c4", "a55.c2", "c03.c4"], reason="270 returnees in three outlets in 2021: agree"),
    dict(
        claims=["a11.c1", "a03.c1", "a23.c1"],
        reason="'ما ينيف عن 1600' (Mar 2019), 1659 (May 2021) and 'ما لا يقل عن 1,600': bounds that agree",
    ),
    dict(
        claims=["a09.c2", "a39.c1", "a10.c6"],
        reason="arrests in 2025: 35 in the first six months, 39 in the first nine, 41 for the year: rising partials",
    ),
    dict(
        claims=["a43.c1", "a56.c2", "a32.c4", "a10.c4", "c31.c1"],
        reason="cells in 2024: 10 by September, 12 by November, 13 by mid-December, 14 for the year",
    ),
    dict(claims=["a36.c1", "a02.c1", "a02.c2"], reason="40 cells 'خلال سنتي 2015 و2016' = 21 + 19"),
    dict(
        claims=["a41.c2", "a12.c3", "a05.c1"],
        reason="25 cells 'خلال سنتي 2018 و2019' = 11 (2018) + 14 (2019)",
    ),
    dict(
        claims=["a27.c3", "a22.c1", "a07.c2"],
        reason="arrests since 2002: ٤٬٣٧٠ (Jan 2023) → 4 380 (Mar 2023) → 'more than 4500' (Jun 2024): rising",
    ),
    dict(
        claims=["a45.c1", "a50.c1", "a50.c3", "a10.c5", "c08.c1"],
        reason="cells in 2023: 7 from January to September, 1 in October, 8 by mid-November, 9 for the year",
    ),
    dict(claims=["a27.c1", "c05.c1"], reason="12 cells in 2022 in Arabic-Indic and in ASCII digits: agree"),
    dict(claims=["a54.c1", "c25.c1"], reason="83 BCIJ cells up to the end of December 2020, twice: agree"),
    dict(claims=["a25.c3", "a03.c7"], reason="women who came back: 97 (Jul 2020) then 99 (May 2021): rising"),
    dict(
        claims=["a21.c3", "a03.c5", "a47.c4"],
        reason="returnees referred to justice: 137 up to the end of 2020, 137 (May 2021), 150 (Feb 2023): rising",
    ),
]


# ================================================================ README

# Issue 15's failure classes ("What fails" 1-11; 12 is English) and the file flags that stand for them.
FAILURE_CLASSES = {
    "1 lists": {
        "list_shared_noun", "list_year_after_number", "list_no_noun", "list_shared_qualifier", "list_shared_verb",
        "shared_period",
    },
    "2 number words and separators": {
        "number_words", "arabic_indic_digits", "arabic_thousands_separator", "narrow_nbsp_separator",
        "thousands_separator", "dual",
    },
    "3 number followed by a verb": {"verb_no_noun"},
    "4 metric frames": {"returnees_arrested", "fighters_in_zone", "non_terror_cell", "joint_operations"},
    "5 periods": {
        "relative_period", "paired_years", "paired_months", "last_two_decades", "since_creation_month",
        "until_end_of_month", "month_mashriq", "same_period_antecedent_same_sentence", "other_clause_period",
        "as_of", "first_six_months", "first_nine_months",
    },
    "6 attribution": {
        "named_person", "speaker_previous_sentence", "minister_answering_mps", "analyst",
        "attribution_after_figure", "carried_attribution",
    },
    "7 subsets": {
        "subset_isis_linked", "subset_women", "subset_minors", "subset_former_detainees", "subset_zone",
        "subset_online_activity", "subset_men", "subset_incitement", "subset_repatriated",
    },
    "8 scope": {"other_country_trap", "other_region_figure_trap", "regional_scope", "scope_abroad"},
    "9 partners": {
        "country_in_org_name", "attack_place_mention", "substring_country", "partner_nazir",
        "partner_cue_coordination", "partner_cue_joint", "partner_adjective", "partner_cue_exchange",
        "partner_cue_information", "not_cooperating_mention", "nationality_mention", "conflict_zone_mention",
    },
    "10 layouts and metadata": {
        "wordpress_date_line", "date_only_time", "date_only_jsonld", "date_only_meta", "date_in_byline",
        "date_line_in_clean", "truncated", "outlet_in_footer", "relative_stamp_trap",
    },
    "11 qualifiers": {
        "qualifier_more_than", "qualifier_at_most", "qualifier_at_least", "qualifier_about", "qualifier_less_than",
    },
}  # fmt: skip


def classes_cell(spec):
    numbers = [name.split()[0] for name, flags in FAILURE_CLASSES.items() if set(spec["flags"]) & flags]
    return ", ".join(numbers) or "—"


LAYOUT_NAMES = {
    "aggregator": "aggregator",
    "wordpress": "WordPress",
    "clean": "clean",
    "html": "saved HTML",
    "unknown": "rejected",
}


def layout_cell(spec):
    parts = [LAYOUT_NAMES[spec["format"]]]
    encoding = spec.get("encoding", "utf-8")
    if spec.get("expected_status") == "rejected":
        return "rejected"
    if encoding != "utf-8":
        parts.append(f"**{encoding}**" + (" BE" if spec.get("byte_order") == "BE" else ""))
    if spec.get("line_endings") == "CRLF":
        parts.append("**CRLF**")
    if spec.get("truncated"):
        parts.append("**truncated UTF-8**")
    if spec.get("date_where"):
        parts.append(spec["date_where"])
    return ", ".join(parts)


README_HEAD = """# Arabic development corpus

{n_files} files ({n_ok} Arabic articles, {n_rej} files that must be rejected) and their gold, `expected.json`, in the
schema of `../shared/seeds/expected.json` and the vocabulary of `../shared/CONTRACT.md`: {n_claims} claims (+{n_opt}
optional), {n_traps} traps, {n_inc} planted inconsistencies and {n_keep} compatible groups that must not be flagged.
Measure the engine with:

```
.venv/bin/python manage.py extract_claims $(python3 -c "import json;print(' '.join('tests/corpus_ar/'+f['file'] for f in json.load(open('tests/corpus_ar/expected.json'))['files']))") --json > /tmp/ar.json
python3 ../shared/tools/score.py tests/corpus_ar/expected.json /tmp/ar.json [--report REPORT.json]
```

Pass the article files, not the folder: the folder also holds `build.py`, `README.md` and `expected.json`.
For the consistency part, import the same files into a scratch database (`DATABASE_URL=sqlite:////tmp/ar.sqlite3`),
run `consistency_report --json` and give it to `--report`.

## How it was made

Everything here is written by `build.py` (`.venv/bin/python tests/corpus_ar/build.py`, or `--out DIR` to write
elsewhere): the articles are Python strings, and each claim's `sentence` is the very string put in the text, so the
gold cannot drift. The script writes each file in its declared encoding, measures the bytes, then re-reads every
file and checks each sentence, value_text, qualifier_text, period text, attribution, trap and non-partner text.
It also writes this README (the table below comes from the same specs). `tests/test_corpus_ar_gold.py` checks the
committed gold without Django and that `build.py` regenerates exactly the committed bytes. Edit `build.py`, never
the generated files.

Before writing, about forty-five relevant pages of real press were read with the search tool (`pages` corpus, twenty
searches in Arabic): Moroccan outlets as archived by Maghress (Hespress, Febrayer, Goud, Al Yaoum 24, Telexpresse,
Al Ittihad, Al Alam, Tanja24, Lakome, Al Maghribia), Rue20, Almoharir, Tanjaoui, Intelligencia, Anfaspress, Alaoual,
Akhbar Souss, Asharq Al-Awsat, Al-Hayat and Al-Sharq (as archived by Sauress), RT Arabic, AFP Arabic wires (via
Swissinfo, Akhbar Al Aan, Emirates 7), and Tunisian, Algerian and Egyptian pages the searches also returned (the model
for other countries' figures and Mashriq wording). They gave the patterns
used here: the BCIJ's statements and press conferences at Salé, the director's interviews ("في حوار خص به"), the
interior ministry's communiqués, written answers to MPs, DGSN anniversaries and year-end reviews, year-by-year lists
("21 خلية سنة 2015 و19 سنة 2016"), fighters' breakdowns (killed, returned, women, minors, former detainees),
"cumulative up to the end of December", Mashriq month pairs ("كانون الأول/ديسمبر", "تشرين الثاني (نوفمبر)"), think
tanks ranking countries, cooperation with Spanish, French, Belgian and American services, the furniture of each
layout (sidebars, "الخط : / إستمع للمقال", WordPress comment forms, Hijri dates and issue numbers in pan-Arab
headers). No sentence is copied: every article, figure and quotation here is invented, including those printed
under real outlet names and real officials' names; the think tanks and analysts are invented too. Outlets with
`outlet_fictional: true` do not exist.

## Conventions the gold follows

The conventions of `tests/corpus/README.md` are binding here too (inherited periods and carried attributions with
`raw` the words that point back; "security sources" / "official data" are `official_unspecified`, `unspecified` is the
author's own assertion; a running total of fighters or returnees with no start is `cumulative_unspecified` ending at
the byline; victims of one attack are optional; the BOM file declares `utf-8-sig`). In addition:

- **A figure restricted to a conflict zone** carries it (sixth round, by the contract's subsets): fighters who
  joined "في سوريا والعراق" / "in Syria and Iraq" are `syria_iraq_linked`, people held in Syria alone `syria`.
- **"المعطيات المتوفرة"** (the data available) says nothing of an official source: `unspecified` with `raw` naming
  it (settled with corpus_desk and corpus_wire by the contract, whose `official_unspecified` is official statistics).
- **Relative periods** are resolved from the publication date, wherever the page prints it (aggregator byline,
  WordPress date line, a date line printed inside a clean article, `<time datetime>`, JSON-LD,
  `article:published_time`). Without a date, the period keeps its type and text and has no dates.
- **"X until the end of December 2016"** is cumulative up to that date: `since` (or `cumulative_unspecified` when no
  start is given) with `end` and `as_of` = `2016-12`. A figure the text dates ("أعلن في نونبر 2022 عن 87 خلية") has
  `as_of` and its period ends there.
- **"Since its creation"** of the BCIJ: start `2015-03` when the text says March, `2015` when it says only the year or
  nothing (the reader knows the year).
- **"The first six / nine months of the year"**: `year_to_date` ending at that month.
- **"خلال العقدين الماضيين"**: `last_n_years` with n = 20; "السنوات الثلاث الأخيرة": n = 3.
- **Paired years** ("خلال سنتي 2019 و2020", "بين سنتي 2002 و2018") are a `range`.
- **Same period**: "خلال الفترة ذاتها" points to the nearest period stated before it, in the same sentence first.
  A period that belongs to another clause (the date someone took office, a programme's launch) is not the figure's.
- **Lists**: every item is a claim; a noun, a metric and a period stated once are shared by the items; when the year
  follows the number, each figure takes the year after it.
- **A number followed by a verb** with no counted noun takes its metric from the verb: "غادروا" = fighters_joined,
  "لقوا حتفهم" / "مات" / "قتلوا" = fighters_killed, "عاد" / "عادوا" = returnees, "أحيلوا على العدالة" said of
  returnees = returnees_arrested.
- **Officials**: the BCIJ's directors (الخيام، حبوب) are `BCIJ`; Hammouchi speaking of counter-terrorism is `DGST`
  (he heads both DGSN and DGST; the DGSN's own annual review is `DGSN`); the interior minister (لفتيت) is `MOI`, also
  when he answers MPs; the foreign minister (بوريطة) is `MFA`; the government spokesman is `GOV`; a parliamentary
  committee's report is `PARLIAMENT`; studies, think tanks and observers are `analyst`.
- **New slugs** where the vocabulary has none: `fighters_in_zone` (still in the zone or of unknown fate); subsets
  `syria_iraq`, `libya`, `sahel_linked` (as in tests/corpus), `men`, `incitement`, `repatriated`, `istihlal_linked`...
- **Scope**: other countries' and world figures are traps, not claims.
- **Partners** need a cue (بتنسيق مع، عملية مشتركة مع، معلومات وفرتها … لنظيرتها، بتعاون مع، تبادل المعلومات مع).
  A country inside an organisation's name, the place of an attack, a nationality, a conflict zone, a country ranked in
  a foreign study or named as not cooperating, and a country's name inside another word ("البوتان" butane, "المالية"
  financial) are `countries_not_partners`.
- **The truncated file** (the last character cut in half) is `ok` with a warning; the gold decodes it with
  `errors="replace"`, and no quoted text touches the cut.

## Files

The "classes" column gives the failure classes of issue 15 ("What fails" 1-11; 12 is English and is not in this
corpus) that the file covers, from its flags (`FAILURE_CLASSES` in `build.py`, also checked by the gold test).

| key | file | layout / encoding | classes | what it covers |
|---|---|---|---|---|
"""


def readme(gold, specs):
    ok = [f for f in gold["files"] if f["expected_status"] == "ok"]
    head = README_HEAD.format(
        n_files=len(gold["files"]),
        n_ok=len(ok),
        n_rej=len(gold["rejections"]),
        n_claims=sum(len(f["claims"]) for f in ok),
        n_opt=sum(len(f["optional_claims"]) for f in ok),
        n_traps=sum(len(f["must_not_extract"]) for f in ok),
        n_inc=len(gold["inconsistencies"]),
        n_keep=len(gold["must_not_flag"]),
    )
    rows = [
        f"| {s['key']} | {s['file']} | {layout_cell(s)} | {classes_cell(s)} | {s['covers']} |" for s in specs
    ]
    inc = [
        "",
        "## Cross-file design (CONTRACT.md part 2)",
        "",
        "| id | kind | claims | story |",
        "|---|---|---|---|",
    ]
    inc += [
        f"| {i['id']} | {i['kind']} | {', '.join(i['claims'])} | {i['explanation']} |"
        for i in gold["inconsistencies"]
    ]
    keep = [
        "",
        "`must_not_flag` (compatible groups). Ids starting with `c` are claims of `tests/corpus`: they tie the two "
        "corpora together when both are imported into one database, and are inert when this gold is scored alone.",
        "",
        "| claims | why they agree |",
        "|---|---|",
    ]
    keep += [f"| {', '.join(m['claims'])} | {m['reason']} |" for m in gold["must_not_flag"]]
    counts = ["", "## Counts", ""] + [f"- {line}" for line in corpus_counts(gold, specs)]
    counts += ["", "Files per failure class of issue 15:", ""]
    for name, flags in FAILURE_CLASSES.items():
        keys = [s["key"] for s in specs if set(s["flags"]) & flags]
        counts.append(f"- {name} ({len(keys)} files): {', '.join(keys)}")
    return head + "\n".join(rows + inc + keep + counts + [SERIES_NOTE]) + "\n"


def corpus_counts(gold, specs):
    from collections import Counter

    layouts = Counter(LAYOUT_NAMES[s["format"]] for s in specs)
    encodings = Counter(s.get("encoding", "utf-8") for s in specs if s.get("expected_status", "ok") == "ok")
    crlf = sum(1 for s in specs if s.get("line_endings") == "CRLF")
    outlets = Counter(
        "fictional"
        if s["metadata"]["outlet_fictional"]
        else ("none printed" if not s["metadata"]["outlet"] else "real")
        for s in specs
        if s.get("metadata")
    )
    return [
        "layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())),
        "encodings of the ok files: "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items()))
        + f"; CRLF {crlf}; truncated UTF-8 {sum(1 for s in specs if s.get('truncated'))}",
        "outlets: " + ", ".join(f"{k} {v}" for k, v in sorted(outlets.items())),
    ]


SERIES_NOTE = """
The other figures are meant to hang together: cells since 2002 run 170 (end 2016) → 183 (Mar 2018) → about 200
(Feb 2020) → 207 (2021, tests/corpus) → 213 (Nov 2022) → 218 (Jun 2024); the BCIJ's own count since 2015 runs 49 (end
2017) → 64 (Jun 2019) → 87 (Nov 2022) → 94 (May 2024); fighters 1,640 (Jan 2018) → 1,649 (Mar 2018) → 1659 (2019-2021);
returnees 213 (Jan 2018) → 'لم يتعد 250' (Mar 2019) → 270 (2021); arrests since 2002 'تجاوز 3000' (2018) → 'ما يزيد
عن ثلاثة آلاف وخمسمائة' (2022) → 'ما يفوق 4500' (2024).
"""


# ================================================================ writing and checking


def encode(spec):
    """The bytes of one file, from its text and its declared encoding / line endings."""
    if "raw" in spec:
        return spec["raw"]
    text = spec["text"]
    if spec.get("line_endings") == "CRLF":
        text = text.replace("\n", "\r\n")
    encoding = spec.get("encoding", "utf-8")
    if encoding == "utf-16":
        # Written byte by byte so the output does not depend on the machine's byte order.
        if spec.get("byte_order") == "BE":
            return b"\xfe\xff" + text.encode("utf-16-be")
        return b"\xff\xfe" + text.encode("utf-16-le")
    data = text.encode(encoding)
    if spec.get("truncated"):
        assert data[-1] >= 0x80, "the last character must be multi-byte to be cut inside"
        data = data[:-1]
    return data


def decode_entry(raw, entry):
    """Decode a file the way the gold says (a truncated file keeps a replacement character at the end)."""
    return raw.decode(entry["encoding"], errors="replace" if entry.get("truncated") else "strict")


def build(out_dir=HERE):
    """Write every file, expected.json and README.md into out_dir; returns the gold."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, rejections, specs = [], [], []
    for make in ARTICLES:
        spec = make()
        specs.append(spec)
        data = encode(spec)
        (out_dir / spec["file"]).write_bytes(data)
        status = spec.get("expected_status", "ok")
        encoding = spec.get("encoding", "utf-8")
        entry = {
            "key": spec["key"],
            "file": spec["file"],
            "bytes": len(data),
            "format": spec["format"],
            "language": "ar" if status == "ok" else None,
            "encoding": encoding if status == "ok" else None,
            "line_endings": spec.get("line_endings", "LF") if status == "ok" else None,
            "expected_status": status,
        }
        if spec.get("truncated"):
            entry["truncated"] = True
            entry["expected_warnings"] = ["the file ends inside a character (truncated download)"]
        if status == "rejected":
            entry["expected_error"] = spec["expected_error"]
            rejections.append({"key": spec["key"], "file": spec["file"], "reason": spec["expected_error"]})
        entry["metadata"] = spec.get("metadata") or md(None, None, None, None)
        entry["claims"] = [{"id": f"c{i}", **c} for i, c in enumerate(spec.get("claims", []), 1)]
        entry["optional_claims"] = [
            {"id": f"o{i}", **c} for i, c in enumerate(spec.get("optional_claims", []), 1)
        ]
        entry["must_not_extract"] = spec.get("must_not_extract", [])
        entry["countries_cited"] = spec.get("countries_cited", [])
        entry["countries_not_partners"] = spec.get("countries_not_partners", [])
        entry["flags"] = spec["flags"]
        if spec.get("notes"):
            entry["notes"] = spec["notes"]
        entries.append(entry)
    gold = {
        "schema_version": "heldout-1",
        "description": "Arabic development corpus for ctfacts: articles written for the corpus after reading real "
        "Moroccan and pan-Arab reporting (aggregator, WordPress, clean and saved-HTML layouts; UTF-8, BOM, UTF-16, "
        "windows-1256, CRLF, a truncated file), every failure class of issue 15, and designed cross-file "
        "inconsistencies. Generated by build.py; see README.md. Schema: CONTRACT.md and seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": INCONSISTENCIES,
        "must_not_flag": MUST_NOT_FLAG,
        "rejections": rejections,
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "README.md").write_text(readme(gold, specs), encoding="utf-8")
    return gold


def verify(gold, out_dir=HERE):
    """Re-read every file from disk and check the gold against it; returns a list of problems."""
    out_dir = Path(out_dir)
    problems = []
    keys = [f["key"] for f in gold["files"]]
    if len(keys) != len(set(keys)):
        problems.append("duplicate keys")
    claim_ids = set()
    for f in gold["files"]:
        raw = (out_dir / f["file"]).read_bytes()
        if len(raw) != f["bytes"]:
            problems.append(f"{f['key']}: size {len(raw)} != {f['bytes']}")
        if f["expected_status"] != "ok":
            continue
        text = decode_entry(raw, f)
        if f["line_endings"] == "CRLF" and "\n" in text.replace("\r\n", ""):
            problems.append(f"{f['key']}: bare LF in a CRLF file")
        if f["line_endings"] == "LF" and "\r" in text:
            problems.append(f"{f['key']}: CR in an LF file")
        meta = f["metadata"]
        for field in ("title", "outlet", "dateline_city"):
            if meta[field] and meta[field] not in text:
                problems.append(f"{f['key']}: metadata {field} {meta[field]!r} not in text")
        for c in f["claims"] + f["optional_claims"]:
            where = f"{f['key']}.{c['id']}"
            claim_ids.add(where)
            if text.count(c["sentence"]) != 1:
                problems.append(f"{where}: sentence found {text.count(c['sentence'])} times")
            if c["value_text"] not in c["sentence"]:
                problems.append(f"{where}: value_text {c['value_text']!r} not in sentence")
            if c["qualifier_text"] and c["qualifier_text"] not in c["sentence"]:
                problems.append(f"{where}: qualifier_text not in sentence")
            if (c["qualifier"] == "exact") != (c["qualifier_text"] is None):
                problems.append(f"{where}: qualifier and qualifier_text disagree")
            if c["period"]["text"] and c["period"]["text"] not in c["sentence"]:
                problems.append(f"{where}: period text {c['period']['text']!r} not in sentence")
            if c["attribution"]["raw"] and c["attribution"]["raw"] not in text:
                problems.append(f"{where}: attribution raw {c['attribution']['raw']!r} not in text")
        for t in f["must_not_extract"]:
            if not t["text"].startswith("<") and t["text"] not in text:
                problems.append(f"{f['key']}: trap {t['text']!r} not in text")
        for np_ in f["countries_not_partners"]:
            if np_["text"] not in text:
                problems.append(f"{f['key']}: non-partner text {np_['text']!r} not in text")
        if set(f["countries_cited"]) & {m["country"] for m in f["countries_not_partners"]}:
            problems.append(f"{f['key']}: a country is both partner and not")
    known = claim_ids | EXTERNAL_CLAIMS
    for group in gold["inconsistencies"] + gold["must_not_flag"]:
        for cid in group["claims"]:
            if cid not in known:
                problems.append(f"unknown claim {cid}")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE), help="folder to write into (default: this folder)")
    args = parser.parse_args(argv)
    built = build(args.out)
    found = verify(built, args.out)
    for problem in found:
        print("PROBLEM", problem)
    ok = [f for f in built["files"] if f["expected_status"] == "ok"]
    n_claims = sum(len(f["claims"]) for f in ok)
    n_opt = sum(len(f["optional_claims"]) for f in ok)
    n_traps = sum(len(f["must_not_extract"]) for f in ok)
    print(
        f"{len(built['files'])} files ({len(ok)} ok), {n_claims} claims (+{n_opt} optional), {n_traps} traps, "
        f"{len(built['inconsistencies'])} inconsistencies, {len(built['must_not_flag'])} must_not_flag groups, "
        f"{len(found)} problems"
    )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
