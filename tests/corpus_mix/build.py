"""Writes the mixed-language development corpus (tests/corpus_mix/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_mix/build.py [--out DIR]

45 files (Arabic m01-m18, French m19-m31, English m32-m45): the harder, longer reporting where figures crowd
together -- annual security reviews, a minister's written answer to MPs, interviews, analysts' op-eds mixing
Moroccan and foreign figures, one wire story syndicated by several outlets with small edits, timelines and
live blogs, court reports (sentences in years are traps), explainers with tables printed as text lines, a
weekly's long feature, think-tank summaries, pan-Arab pages with Mashriq months, a parliamentary mission's
report and one- or two-sentence wire briefs.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in
the text. `build()` writes each file in its declared encoding, measures its bytes and writes expected.json and
README.md; `verify()` re-reads every file from disk, decodes it the way the gold says and checks that each
sentence occurs exactly once and that each value_text, qualifier_text, period text, attribution, trap and
non-partner text is there. `audit()` (run with --audit) lists the figures of the corpus that share a metric,
subset and period, so that every disagreement in the corpus is one that was planted on purpose.

The articles are invented, including those printed under real outlet names and real officials' names; they
follow the wording and layouts of real Moroccan, pan-Arab and international reporting and the public orders of
magnitude (200-odd cells since 2002, about 100 BCIJ cells since 2015, 1,659 fighters, 270 returnees, 500-odd
plots). Outlets with `outlet_fictional: true`, the analysts and the think tanks do not exist.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space, the French thousands separator of many CMS

# ---------------------------------------------------------------- layouts

AGGREGATOR_FURNITURE = {
    "ar": dict(
        report=["شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص."],
        byline="نشر في {outlet} يوم {d} - {m} - {y}",
        font="الخط :",
        listen="إستمع للمقال",
        tags="الوسوم",
        source="انقر هنا لقراءة الخبر من مصدره.",
    ),
    "fr": dict(
        report=[
            "Merci pour votre signalement !",
            "Cette image sera automatiquement bloquée après avoir été signalée par plusieurs personnes.",
        ],
        byline="Publié dans {outlet} le {d} - {m} - {y}",
        font="Police :",
        listen="Écouter l'article",
        tags="Mots-clés",
        source="Cliquez ici pour lire l'article depuis sa source.",
    ),
    "en": dict(
        report=[
            "Thanks for reporting!",
            "This image will be blocked automatically once several people report it.",
        ],
        byline="Published in {outlet} on {d} - {m} - {y}",
        font="Font :",
        listen="Listen to the article",
        tags="Tags",
        source="Click here to read the story from its source.",
    ),
}


def aggregator(sidebar, title, outlet, date, body, *, lang="ar", tags=None, listen=False):
    """An aggregator dump: one line of other stories' headlines, the report notice, title, byline, body."""
    furniture = AGGREGATOR_FURNITURE[lang]
    first = ""
    for i, headline in enumerate(sidebar):
        gap = "" if i == 0 else NBSP * (8 if i % 5 == 2 else 4)
        first += gap + headline
    y, m, d = date.split("-")
    lines = [first] + [""] * 7 + furniture["report"] + [""] * 3
    lines += [title, furniture["byline"].format(outlet=outlet, d=d, m=m, y=y)]
    lines += ["", "", furniture["font"], furniture["listen"]] if listen else [""]
    lines += body + [""]
    if tags:
        lines += [furniture["tags"], tags, ""]
    lines += ["", furniture["source"]]
    return "\n".join(lines)


WORDPRESS_FURNITURE = {
    "ar": dict(
        related="مقالات ذات صلة",
        comments=[
            "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
            "التعليق *",
            "الاسم *",
            "البريد الإلكتروني *",
            "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
            "زر الذهاب إلى الأعلى",
        ],
    ),
    "fr": dict(
        related="Articles similaires",
        comments=[
            "Laisser un commentaire",
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
            "Commentaire *",
            "Nom *",
            "E-mail *",
            "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
            "Bouton retour en haut de la page",
        ],
    ),
    "en": dict(
        related="Related Articles",
        comments=[
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "Name *",
            "Email *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Back to top button",
        ],
    ),
}


def wordpress(*, lang, site, crumbs, title, meta, blocks, related, footer=None):
    """A WordPress theme page saved as text: site name, glued breadcrumb, title, meta line, blocks,
    related posts, the comment form, an optional footer."""
    furniture = WORDPRESS_FURNITURE[lang]
    lines = ([site, ""] if site else []) + [crumbs, "", title, ""]
    lines += [*meta, ""] if meta else []
    for block in blocks:
        lines += [block, ""]
    lines += [furniture["related"], ""]
    for headline in related:
        lines += [headline, ""]
    for line in furniture["comments"]:
        lines += [line, ""]
    if footer:
        lines += [footer]
    return "\n".join(lines).rstrip("\n") + "\n"


def clean(title, body, *, dateline=None, lines_before=()):
    """A clean article: title, optional lines (a date line), then paragraphs, the first after a dateline."""
    first = f"{dateline}{body[0]}" if dateline else body[0]
    return "\n".join([title, *lines_before, first, *body[1:]]) + "\n"


def paragraphs_html(body, indent=6):
    pad = " " * indent
    return "\n".join(f"{pad}<p>{p}</p>" for p in body)


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


def ytd(year, end, text):
    return P("year_to_date", year, end, text)


def month(ym, text):
    return P("month", ym, ym, text)


def lastn(n, pub, text):
    return P("last_n_years", str(int(pub[:4]) - n), pub, text, n=n)


def event(day, text):
    return P("event", day, day, text)


def cumul(end, text=None):
    return P("cumulative_unspecified", None, end, text)


def unspec(text=None):
    return P("unspecified", None, None, text)


def A(org, raw=None, person=None):
    return {"org": org, "person": person, "raw": raw}


def C(metric, value, value_text, sentence, period, attribution, *, q="exact", qt=None, subset=None,
      unit="count", as_of=None, notes=None):  # fmt: skip
    claim = {
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": q,
        "qualifier_text": qt,
        "unit": unit,
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
    """A must_not_extract trap: exact text of the file and why it is no claim."""
    return {"text": text, "reason": reason}


def NP(country, text, reason):
    """A country mention that is not a partner."""
    return {"country": country, "text": text, "reason": reason}


SIDEBAR_RULE = T(
    "<any headline in the first line (sidebar)>",
    "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
)


def sidebar(items):
    """items: headlines, or (headline, trap text, reason) for headlines carrying a number or a country."""
    heads, traps = [], [SIDEBAR_RULE]
    for item in items:
        if isinstance(item, tuple):
            heads.append(item[0])
            traps.append(T(item[1], "sidebar: " + item[2]))
        else:
            heads.append(item)
    return heads, traps


def meta(title, outlet, alias, date, *, fictional=False, city=None):
    return dict(title=title, outlet=outlet, outlet_alias=alias, outlet_fictional=fictional, date=date,
                dateline_city=city)  # fmt: skip


ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


# ================================================================ Arabic (m01-m18)


@article
def m01():
    """DGSN annual review: a dozen figures, a breakdown, a six-year list with the year after the number."""
    pub = "2024-12-25"
    heads, traps = sidebar(
        [
            ("الجيش الملكي يتجاوز المغرب الفاسي بهدفين لواحد (2-1)", "(2-1)", "football score"),
            "المندوبية السامية للتخطيط تتوقع تباطؤ النمو خلال الفصل الأول",
            ("الحكومة ترصد 1,2 مليار درهم لبرنامج إعادة الإعمار بالحوز", "1,2 مليار درهم", "money"),
            ("توقيف 7 أشخاص متورطين في النصب على مرشحين للهجرة بمراكش", "توقيف 7 أشخاص", "ordinary crime"),
            ("المجلس العلمي يحدد موعد غرة رجب 1446", "رجب 1446", "Hijri year"),
            "أمطار رعدية مرتقبة بعدد من أقاليم المملكة",
            "مشروع قانون المسطرة الجنائية يعود إلى لجنة العدل والتشريع",
        ]
    )
    title = "حصيلة 2024.. الأمن الوطني يحيل 32 شخصا على النيابة العامة في قضايا الإرهاب"
    s1 = (
        "وفي شق مكافحة الإرهاب والتطرف، أفادت الحصيلة أن مصالح الفرقة الوطنية للشرطة القضائية أحالت على النيابة "
        "العامة المختصة خلال هذه السنة ما مجموعه 32 شخصا للاشتباه في تورطهم في قضايا ذات صلة بالإرهاب، وذلك "
        "دون احتساب الأشخاص الذين أوقفهم المكتب المركزي للأبحاث القضائية في إطار تفكيك الخلايا الإرهابية."
    )
    s2 = (
        "وتوزع هؤلاء بين ستة أشخاص يشتبه في ارتباطهم بخلايا كانت في طور التشكل، و19 شخصا من أجل تحريض الغير "
        "على الالتحاق بتنظيمات إرهابية تنشط خارج المملكة، وأربعة متورطين في التخطيط لاعتداءات فردية، ثم ثلاثة "
        "أشخاص من أجل الإشادة بأفعال إرهابية عبر المنصات الرقمية."
    )
    s3 = (
        "وبهذه الأرقام يصل عدد الأشخاص الذين قدمتهم الشرطة القضائية أمام العدالة في قضايا الإرهاب بين سنتي 2019 "
        "و2024 إلى 216 شخصا، إذ سجلت سنة 2019 وحدها 74 حالة، مقابل 23 في 2020 و38 في 2021، قبل أن يتراجع "
        "العدد إلى 20 سنة 2022 ثم يرتفع إلى 29 في السنة الموالية."
    )
    body = [
        "كشفت المديرية العامة للأمن الوطني، اليوم الأربعاء، عن حصيلتها السنوية برسم سنة 2024، والتي خصصت حيزا "
        "مهما لمكافحة التهديدات الإرهابية والجريمة العابرة للحدود، إلى جانب مؤشرات الجريمة العنيفة والجرائم "
        "المعلوماتية، بعد مرور 68 سنة على إحداث هذه المؤسسة.",
        f"{s1} {s2}",
        s3,
        "وعلى مستوى التكفل بالنساء والأطفال ضحايا العنف، أشارت المديرية إلى أن شبكة خلايا الاستقبال المحدثة "
        "بمختلف المصالح اللاممركزة بلغت 445 خلية، فيما عالجت فرقها المختصة في الجريمة المعلوماتية أزيد من 9 "
        "آلاف قضية.",
        "وفي ما يتعلق بالتعاون الدولي، أوضحت الحصيلة أن المديرية تلقت 1.250 طلبا للمساعدة التقنية من أجهزة "
        "أجنبية، وأن معلومات دقيقة وفرتها لنظيرتها الإسبانية أسهمت في توقيف مشتبه فيهم بالانتماء إلى تنظيم "
        "داعش فوق التراب الإسباني.",
    ]
    dgsn = A("DGSN", "أفادت الحصيلة")
    jp = "judicial_police"
    y2024 = yr("2024", "خلال هذه السنة")
    inherited = yr("2024", None)
    return dict(
        key="m01",
        file="m01_hespress_dgsn_review_2024.txt",
        format="aggregator",
        text=aggregator(heads, title, "هسبريس", pub, body, tags="الأمن الوطني - الإرهاب - حصيلة سنوية"),
        metadata=meta(title, "هسبريس", "Hespress", pub),
        claims=[
            C(
                "persons_arrested",
                32,
                "32",
                s1,
                y2024,
                dgsn,
                subset=jp,
                notes="'خلال هذه السنة' resolved from the byline; referrals by the DGSN's judicial police, which "
                "the text says exclude the BCIJ's arrests: subset judicial_police",
            ),
            C("persons_arrested", 6, "ستة", s2, inherited, dgsn, subset="cell_membership"),
            C("persons_arrested", 19, "19", s2, inherited, dgsn, subset="incitement"),
            C("persons_arrested", 4, "أربعة", s2, inherited, dgsn, subset="attack_planning"),
            C(
                "persons_arrested",
                3,
                "ثلاثة",
                s2,
                inherited,
                dgsn,
                subset="glorification",
                notes="6 + 19 + 4 + 3 = 32: the breakdown matches its head",
            ),
            C(
                "persons_arrested",
                216,
                "216",
                s3,
                rng("2019", "2024", "بين سنتي 2019 و2024"),
                dgsn,
                subset=jp,
            ),
            C("persons_arrested", 74, "74", s3, yr("2019", "سنة 2019"), dgsn, subset=jp),
            C(
                "persons_arrested",
                23,
                "23",
                s3,
                yr("2020", "في 2020"),
                dgsn,
                subset=jp,
                notes="list item without its noun: 'حالة' and the subject are shared",
            ),
            C("persons_arrested", 38, "38", s3, yr("2021", "في 2021"), dgsn, subset=jp),
            C("persons_arrested", 20, "20", s3, yr("2022", "سنة 2022"), dgsn, subset=jp),
            C(
                "persons_arrested",
                29,
                "29",
                s3,
                yr("2023", "في السنة الموالية"),
                dgsn,
                subset=jp,
                notes="'السنة الموالية' is the year after the previous item (2022), not after the byline",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure; the body's sentence is the claim"),
            T("برسم سنة 2024", "the review's year, no figure"),
            T("68 سنة", "duration (age of the institution)"),
            T("445 خلية", "reception units for women and children victims of violence: not terror cells"),
            T("أزيد من 9 آلاف قضية", "cybercrime cases, not a tracked metric"),
            T("1.250 طلبا", "requests for technical assistance"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "annual_review",
            "list",
            "year_after_number",
            "relative_period",
            "number_words",
            "subset_breakdown",
            "not_terror_cell",
            "partner_cue",
            "title_figure",
            "money_trap",
            "hijri_trap",
            "score_trap",
            "duration_trap",
            "sidebar_trap",
            "carried_attribution",
            "paired_years",
        ],
        summary="DGSN annual review 2024: 32 referred 'خلال هذه السنة' = 6 + 19 + 4 + 3 (words and digits, subsets "
        "by charge); 216 'بين سنتي 2019 و2024' listed as '74 … مقابل 23 في 2020 و38 في 2021 … 20 سنة 2022 … 29 في "
        "السنة الموالية' (year after the number, relative to the previous item); '445 خلية' for victims of "
        "violence, 9 آلاف cybercrime cases, 1.250 requests; ES partner ('لنظيرتها الإسبانية')",
    )


@article
def m02():
    """An interview: questions and answers, the speaker named once in the introduction."""
    pub = "2021-03-22"
    heads, traps = sidebar(
        [
            ("الوداد يعود بفوز ثمين من بانجول (1-0)", "(1-0)", "football score"),
            ("كورونا: 468 إصابة جديدة وخمس وفيات خلال 24 ساعة", "468 إصابة جديدة", "covid count"),
            ("توقيف 4 متطرفين موالين لداعش بالرشيدية", "توقيف 4 متطرفين", "another article's terror figure"),
            ("الأوقاف تعلن عن موعد إخراج زكاة الفطر لرمضان 1442", "رمضان 1442", "Hijri year"),
            "البرلمان يصادق على مشروع قانون الحماية الاجتماعية",
        ]
    )
    title = "الشرقاوي حبوب: فككنا 83 خلية منذ 2015 وعودة المقاتلين تحد أمني كبير"
    intro = (
        "في أول حوار صحافي له منذ تعيينه على رأس المكتب المركزي للأبحاث القضائية، استقبل الشرقاوي حبوب «اليوم 24» "
        "بمقر المكتب بمدينة سلا، وتحدث عن حصيلة ست سنوات من العمل وعن ملف المغاربة العالقين في بؤر التوتر."
    )
    q1 = "س: بعد ست سنوات على إحداث المكتب، ما هي الحصيلة بالأرقام؟"
    a1 = (
        "ج: منذ إحداثه في مارس 2015، فكك المكتب ثلاثا وثمانين خلية إرهابية، 77 منها مرتبطة بتنظيم داعش، في حين "
        "كانت ست خلايا أخرى تنشط في إطار ما يسمى بتيار الفيء والاستحلال."
    )
    a2 = "وقدمنا خلال الفترة ذاتها 1342 شخصا أمام العدالة، بينهم 14 امرأة و34 قاصرا."
    q2 = "س: تتحدث تقارير دولية عن قرابة ألفي مغربي التحقوا بالتنظيمات المتطرفة، هل هذا الرقم دقيق؟"
    a3 = (
        "ج: هذا الرقم مبالغ فيه. المعطيات التي نتوفر عليها تفيد بأن 1659 مغربيا التحقوا بالساحة السورية العراقية، "
        "745 منهم لقوا حتفهم هناك، سواء في العمليات الانتحارية أو في المعارك أو بفعل قصف التحالف."
    )
    a4 = (
        "أما الذين عادوا إلى المغرب فعددهم 270، وقد أحلنا 137 منهم على العدالة فور وصولهم بموجب القانون الذي "
        "يجرم الالتحاق بالتنظيمات الإرهابية."
    )
    q3 = "س: وماذا عن النساء والأطفال العالقين في المخيمات؟"
    a5 = (
        "ج: ما يزال في مخيمات شمال سوريا زهاء 1137 شخصا بين مقاتلين وأفراد أسرهم، ونحصي ضمنهم 189 امرأة و309 "
        "أطفال."
    )
    a6 = "وآخر عملية ترحيل تعود إلى مارس 2019، حين أعيد ثمانية مواطنين بتنسيق مع الولايات المتحدة."
    q4 = "س: هل ما يزال التهديد قائما؟"
    a7 = (
        "ج: التهديد لم يختف، بل غير شكله. منطقة الساحل أصبحت الخزان الجديد للتنظيمات المتطرفة، ومصالحنا تشتغل "
        "24 ساعة على 24 لرصد محاولات الاستقطاب عبر الإنترنت، وهي محاولات نرصد منها عشرات كل شهر."
    )
    body = [intro, q1, f"{a1} {a2}", q2, f"{a3} {a4}", q3, f"{a5} {a6}", q4, a7]
    habboub = A("BCIJ", "الشرقاوي حبوب", "الشرقاوي حبوب")
    creation = since("2015-03", pub, "منذ إحداثه في مارس 2015")
    same = since("2015-03", pub, "خلال الفترة ذاتها")
    fighters = cumul(pub)
    return dict(
        key="m02",
        file="m02_alyaoum24_habboub_interview.txt",
        format="aggregator",
        text=aggregator(heads, title, "اليوم 24", pub, body, listen=True),
        metadata=meta(title, "اليوم 24", "Alyaoum 24", pub),
        claims=[
            C(
                "cells_dismantled",
                83,
                "ثلاثا وثمانين",
                a1,
                creation,
                habboub,
                notes="accusative number words; the speaker is named only in the introduction",
            ),
            C("cells_dismantled", 77, "77", a1, creation, habboub, subset="isis_linked"),
            C("cells_dismantled", 6, "ست", a1, creation, habboub, subset="istihlal_linked"),
            C("persons_arrested", 1342, "1342", a2, same, habboub),
            C("persons_arrested", 14, "14", a2, same, habboub, subset="women"),
            C("persons_arrested", 34, "34", a2, same, habboub, subset="minors"),
            C("fighters_joined", 1659, "1659", a3, fighters, habboub, subset="syria_iraq_linked"),
            C(
                "fighters_killed",
                745,
                "745",
                a3,
                fighters,
                habboub,
                notes="number followed by a verb: 'لقوا حتفهم'",
            ),
            C("returnees", 270, "270", a4, fighters, habboub),
            C("returnees_arrested", 137, "137", a4, fighters, habboub, notes="'أحلنا 137 منهم على العدالة'"),
            C(
                "fighters_detained_abroad",
                1137,
                "1137",
                a5,
                cumul(pub),
                habboub,
                q="about",
                qt="زهاء",
                subset="syria",
                notes="fighters and their families held in camps: a stock at the interview date (new metric)",
            ),
            C("fighters_detained_abroad", 189, "189", a5, cumul(pub), habboub, subset="women"),
            C("fighters_detained_abroad", 309, "309", a5, cumul(pub), habboub, subset="minors"),
            C(
                "returnees",
                8,
                "ثمانية",
                a6,
                P("event", "2019-03", "2019-03", "مارس 2019"),
                habboub,
                subset="repatriated",
            ),
        ],
        optional_claims=[
            C(
                "fighters_joined",
                2000,
                "ألفي",
                q2,
                unspec(),
                A("analyst", "تقارير دولية"),
                q="about",
                qt="قرابة",
                notes="the interviewer's premise, from unnamed international reports: a careful reader may record it "
                "as an analysts' figure or leave it",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("ست سنوات", "duration"),
            T("24 ساعة على 24", "duration"),
            T("نرصد منها عشرات كل شهر", "vague count"),
        ],
        countries_cited=["US"],
        countries_not_partners=[
            NP("SY", "مخيمات شمال سوريا", "place of the camps"),
        ],
        flags=[
            "interview",
            "vague_count_trap",
            "named_official",
            "speaker_previous_sentence",
            "since_creation",
            "number_words",
            "verb_no_noun",
            "metric_frame",
            "new_metric",
            "subset_breakdown",
            "same_period_antecedent",
            "partner_cue",
            "title_figure",
            "sidebar_trap",
            "hijri_trap",
            "score_trap",
            "duration_trap",
            "inherited_period",
            "non_partner_zone",
        ],
        summary="interview with Habboub (BCIJ) in questions and answers, named only in the introduction: "
        "'ثلاثا وثمانين خلية' (accusative words) 'منذ إحداثه في مارس 2015', 77 ISIS-linked and 'ست خلايا أخرى'; "
        "1342 brought to justice 'خلال الفترة ذاتها'; 1659 / '745 منهم لقوا حتفهم' / 270 / 'أحلنا 137 منهم'; "
        "'زهاء 1137' held in camps with 189 women and 309 children (fighters_detained_abroad, the contract's metric for people held abroad, families included; a stock up to the byline); "
        "eight repatriated 'بتنسيق مع الولايات المتحدة'; the interviewer's 'قرابة ألفي' (optional)",
    )


@article
def m03():
    """A minister's written answer to MPs: figures by year, a total, returnees with a breakdown that does not add up."""
    pub = "2020-02-10"
    heads, traps = sidebar(
        [
            ("الدوري الاحترافي: تعادل سلبي بين الرجاء والحسنية (0-0)", "(0-0)", "football score"),
            ("فيروس كورونا الجديد يحصد 908 أرواح في الصين", "908 أرواح", "a figure of another country"),
            ("الحكومة تخصص 2,5 مليار درهم لدعم المقاولات الصغرى", "2,5 مليار درهم", "money"),
            ("مجلس علمي يحدد بداية شهر رجب 1441", "رجب 1441", "Hijri year"),
            "وزارة التربية الوطنية تعلن عن مباراة جديدة لتوظيف الأساتذة",
        ]
    )
    title = "لفتيت يكشف في جواب كتابي حصيلة تفكيك الخلايا الإرهابية منذ 2015"
    p1 = (
        "في جواب كتابي على سؤال تقدم به فريق نيابي بمجلس النواب حول التدابير المتخذة لمواجهة خطر عودة المقاتلين من "
        "بؤر التوتر، قدم وزير الداخلية عبد الوافي لفتيت معطيات مفصلة عن العمليات التي نفذتها المصالح الأمنية خلال "
        "السنوات الأخيرة."
    )
    p2 = (
        "وتضمن السؤال الكتابي رقم 4127، الذي توصلت «العمق» بنسخة من الجواب عنه، استفسارا حول ما تداولته تقارير "
        "صحافية أجنبية من كون عدد المغاربة في صفوف التنظيمات المتطرفة يتجاوز 2500 شخص."
    )
    s1 = (
        "وأوضح وزير الداخلية أن المكتب المركزي للأبحاث القضائية فكك 21 خلية إرهابية سنة 2015، و19 خلية في السنة "
        "التي تلتها، ثم 9 خلايا سنة 2017 و11 سنة 2018، فيما بلغ عدد الخلايا المفككة خلال السنة الماضية 12 خلية، "
        "أغلبها موال لتنظيم داعش."
    )
    s2 = (
        "وأضاف أن الأجهزة الأمنية فككت منذ سنة 2002 ما يناهز مائتي خلية إرهابية، وأحبطت خلال الفترة نفسها أزيد "
        "من 500 مخطط تخريبي، بتنسيق مع شركاء دوليين في مقدمتهم المصالح الإسبانية والفرنسية."
    )
    s3 = (
        "وبخصوص العائدين من بؤر التوتر، أشار الجواب إلى أن عددهم بلغ 270 شخصا، توزعوا بين 223 عادوا من الساحة "
        "السورية العراقية و52 قدموا من ليبيا، وقد تمت إحالتهم جميعا على القضاء."
    )
    body = [
        p1,
        p2,
        s1,
        s2,
        s3,
        "وذكر الوزير بأن القانون رقم 86.14 يعاقب على الالتحاق أو محاولة الالتحاق بالتنظيمات الإرهابية بعقوبات "
        "تصل إلى 15 سنة سجنا، مشددا على أن المقاربة الأمنية تواكبها برامج لإعادة الإدماج داخل المؤسسات السجنية.",
    ]
    moi = A("MOI", "وزير الداخلية", "عبد الوافي لفتيت")
    carried = A("MOI", "وأضاف")
    since2002 = since("2002", pub, "منذ سنة 2002")
    returns = cumul(pub)
    answer = A("MOI", "أشار الجواب")
    return dict(
        key="m03",
        file="m03_al3omk_laftit_written_answer.txt",
        format="aggregator",
        text=aggregator(heads, title, "العمق", pub, body, tags="لفتيت - الإرهاب - مجلس النواب"),
        metadata=meta(title, "العمق", "Al3omk", pub),
        claims=[
            C(
                "cells_dismantled",
                21,
                "21",
                s1,
                yr("2015", "سنة 2015"),
                moi,
                notes="a minister answering MPs speaks for his ministry, not for parliament",
            ),
            C(
                "cells_dismantled",
                19,
                "19",
                s1,
                yr("2016", "في السنة التي تلتها"),
                moi,
                notes="'السنة التي تلتها' = the year after the previous item",
            ),
            C("cells_dismantled", 9, "9", s1, yr("2017", "سنة 2017"), moi),
            C(
                "cells_dismantled",
                11,
                "11",
                s1,
                yr("2018", "سنة 2018"),
                moi,
                notes="no noun after 11: shared",
            ),
            C(
                "cells_dismantled",
                12,
                "12",
                s1,
                yr("2019", "خلال السنة الماضية"),
                moi,
                notes="'السنة الماضية' from the byline (February 2020): 2019; the BCIJ said 14",
            ),
            C("cells_dismantled", 200, "مائتي", s2, since2002, carried, q="about", qt="ما يناهز"),
            C(
                "plots_foiled",
                500,
                "500",
                s2,
                since("2002", pub, "خلال الفترة نفسها"),
                carried,
                q="more_than",
                qt="أزيد من",
            ),
            C("returnees", 270, "270", s3, returns, answer),
            C("returnees", 223, "223", s3, returns, answer, subset="syria_iraq_linked"),
            C(
                "returnees",
                52,
                "52",
                s3,
                returns,
                answer,
                subset="libya",
                notes="'توزعوا بين' announces an exhaustive split: 223 + 52 = 275, not 270",
            ),
        ],
        optional_claims=[
            C(
                "fighters_joined",
                2500,
                "2500",
                p2,
                unspec(),
                A("analyst", "تقارير صحافية أجنبية"),
                q="more_than",
                qt="يتجاوز",
                notes="the MPs' question quoting foreign press reports",
            ),
        ],
        must_not_extract=traps
        + [
            T("رقم 4127", "number of the written question"),
            T("القانون رقم 86.14", "law number"),
            T("15 سنة سجنا", "prison term"),
            T(title, "title: the year is a bare year"),
        ],
        countries_cited=["ES", "FR"],
        countries_not_partners=[
            NP("LY", "قدموا من ليبيا", "conflict zone"),
        ],
        flags=[
            "written_answer",
            "minister_answering_mps",
            "named_official",
            "list",
            "year_after_number",
            "relative_period",
            "number_words",
            "subset_breakdown",
            "partner_cue",
            "carried_attribution",
            "law_number_trap",
            "duration_trap",
            "hijri_trap",
            "score_trap",
            "money_trap",
            "sidebar_trap",
            "foreign_figures",
            "non_partner_zone",
            "inherited_period",
            "internal_arithmetic",
        ],
        summary="Laftit's written answer to MPs (MOI, not PARLIAMENT): '21 خلية سنة 2015، و19 خلية في السنة التي "
        "تلتها، ثم 9 خلايا سنة 2017 و11 سنة 2018' and 12 'خلال السنة الماضية' (2019; the BCIJ said 14); 'ما يناهز "
        "مائتي' since 2002 and 'أزيد من 500' plots 'خلال الفترة نفسها'; 270 returnees 'توزعوا بين 223 … و52' "
        "(275: internal_arithmetic); ES/FR partners; the MPs' 'يتجاوز 2500' from foreign press (optional); "
        "question number, law 86.14, 15 years",
    )


@article
def m04():
    """A court report: sentences in years, defendants, fines, an article of the penal code; one context figure."""
    pub = "2023-06-16"
    title = "أحكام تصل إلى 20 سنة سجنا في حق أفراد خلية الناظور الموالية لداعش"
    p1 = (
        "أصدرت غرفة الجنايات الابتدائية المختصة في قضايا الإرهاب بملحقة محكمة الاستئناف بسلا، مساء أمس الخميس، "
        "أحكاما تراوحت بين سنتين و20 سنة سجنا نافذا في حق 11 متهما ينتمون إلى خلية فككها المكتب المركزي للأبحاث "
        "القضائية في شتنبر 2022 بالناظور والدريوش."
    )
    p2 = (
        "وقضت الهيئة بعشرين سنة في حق زعيم الخلية، وبعشر سنوات في حق ثلاثة من مساعديه، وبست سنوات في حق أربعة "
        "متهمين، فيما وزعت سنتين وأربع سنوات على الباقين، مع غرامة قدرها 50 ألف درهم لكل واحد منهم."
    )
    p3 = (
        "وتوبع المتهمون بتهم تكوين عصابة لإعداد وارتكاب أفعال إرهابية في إطار مشروع جماعي يهدف إلى المس الخطير "
        "بالنظام العام، طبقا لمقتضيات الفصل 218-1 من القانون الجنائي، والإشادة بتنظيم إرهابي."
    )
    p4 = (
        "وكانت هذه الخلية، المكونة من أحد عشر عنصرا تتراوح أعمارهم بين 19 و41 سنة، تخطط لاستهداف منشآت أمنية، "
        "قبل أن يتم تفكيكها بناء على معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني."
    )
    s5 = (
        "وحسب معطيات المكتب المركزي للأبحاث القضائية، فقد شكلت هذه العملية واحدة من أربع خلايا فككت سنة 2022، "
        "وهي أدنى حصيلة سنوية منذ إحداث المكتب."
    )
    p6 = (
        "وقال دفاع المتهمين إنه سيستأنف الأحكام أمام غرفة الجنايات الاستئنافية، معتبرا أن موكليه قضوا قرابة تسعة "
        "أشهر رهن الاعتقال الاحتياطي قبل بدء المحاكمة."
    )
    text = wordpress(
        lang="ar",
        site="الحدث المغربي",
        crumbs="الرئيسيةمجتمعقضايا ومحاكم",
        title=title,
        meta=["بواسطة: هيئة التحرير", "16 يونيو، 2023", "0 تعليق"],
        blocks=[p1, p2, p3, p4, s5, p6],
        related=[
            "أحكام بالسجن في حق 7 متهمين بالإشادة بالإرهاب بفاس",
            "توقيف 3 أشخاص بطنجة للاشتباه في صلتهم بشبكة للهجرة السرية",
        ],
    )
    return dict(
        key="m04",
        file="m04_wordpress_court_nador_cell.txt",
        format="wordpress",
        text=text,
        metadata=meta(title, "الحدث المغربي", "Al Hadath Al Maghribi", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                4,
                "أربع",
                s5,
                yr("2022", "سنة 2022"),
                A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية"),
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                11,
                "11",
                p1,
                P("event", "2022-09", "2022-09", "في شتنبر 2022"),
                A("unspecified"),
                notes="the defendants are the cell's members arrested in September 2022: a careful "
                "reader may record the arrest or read the sentence as a count of defendants only",
            ),
        ],
        must_not_extract=[
            T(title, "title: prison term"),
            T("بين سنتين و20 سنة", "prison terms"),
            T("بعشرين سنة", "prison term in words"),
            T("ثلاثة من مساعديه", "defendants sentenced, not a tracked count"),
            T("أربعة متهمين", "defendants sentenced"),
            T("50 ألف درهم", "fine"),
            T("الفصل 218-1", "article of the penal code (looks like a cell total)"),
            T("أحد عشر عنصرا", "the same eleven defendants, in words"),
            T("بين 19 و41 سنة", "ages"),
            T("قرابة تسعة أشهر", "duration with a qualifier"),
            T("أحكام بالسجن في حق 7 متهمين", "related post"),
            T("توقيف 3 أشخاص بطنجة", "related post: migration network"),
            T("16 يونيو، 2023", "WordPress date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "court_report",
            "wordpress_date_line",
            "number_words",
            "duration_trap",
            "money_trap",
            "law_number_trap",
            "age_trap",
            "related_posts_trap",
        ],
        summary="court report (WordPress, fictional site, date line '16 يونيو، 2023'): sentences 'بين سنتين و20 "
        "سنة', 'بعشرين سنة', defendants, '50 ألف درهم', 'الفصل 218-1', ages, 'قرابة تسعة أشهر' (all traps); one "
        "claim: 'واحدة من أربع خلايا فككت سنة 2022' (BCIJ); the 11 defendants arrested in September 2022 optional",
    )


@article
def m05():
    """A pan-Arab page: Mashriq months with their aliases in brackets, Hijri header, issue number, date only in <time>."""
    pub = "2024-06-03"
    title = "المغرب: أربع خلايا «داعشية» في خمسة أشهر"
    s1 = (
        "وفككت الأجهزة الأمنية المغربية منذ مطلع كانون الثاني (يناير) الماضي وحتى نهاية أيار (مايو) أربع خلايا "
        "إرهابية موالية لتنظيم «داعش»، وأوقفت خلال الفترة ذاتها 23 شخصا، وفق ما أفادت به مصادر أمنية في الرباط."
    )
    s2 = (
        "وفي شهر آذار (مارس) وحده، أوقفت السلطات خمسة أشخاص كانوا بصدد اقتناء مواد تدخل في صناعة المتفجرات بين "
        "الدار البيضاء وبرشيد."
    )
    s3 = (
        "وكانت آخر هذه العمليات في 22 أيار الماضي، حين فكك المكتب المركزي للأبحاث القضائية خلية من عشرة عناصر "
        "تنشط بين طنجة وتطوان، بتنسيق مع الشرطة الوطنية الإسبانية."
    )
    s4 = "ويرفع ذلك عدد الخلايا التي فككتها المملكة منذ عام 2002 إلى 219 خلية، بحسب الأرقام الرسمية المغربية."
    body = [
        "الرباط: عبد الإله الصديقي",
        "تتواصل العمليات الاستباقية للأجهزة الأمنية المغربية ضد الخلايا المتطرفة، في وقت تتزايد فيه التحذيرات من "
        "تمدد فروع تنظيم «داعش» في منطقة الساحل الأفريقي وانعكاس ذلك على دول شمال أفريقيا.",
        f"{s1} {s2}",
        s3,
        s4,
        "وتأتي العمليات المغربية في وقت أعلنت فيه السلطات العراقية توقيف 68 مشتبها بهم خلال شهر واحد، فيما تقدر "
        "الأمم المتحدة عدد مقاتلي التنظيم في الساحل بما بين 5 آلاف و7 آلاف عنصر.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>{title} | الخليج اليوم</title>
  <meta name="description" content="تفكيك خلايا موالية لتنظيم داعش في المغرب">
  <link rel="canonical" href="https://alkhaleej-alyawm.example/maghreb/4412873">
</head>
<body>
  <header class="masthead">
    <div class="edition">الاثنين - 26 ذو القعدة 1445 هـ - العدد 16623</div>
    <a class="brand" href="/">الخليج اليوم</a>
    <nav><a href="/">الرئيسية</a> | <a href="/world">العالم العربي</a> | <a href="/economy">اقتصاد</a> | <a href="/sport">رياضة</a></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="meta">نشر: <time datetime="{pub}T07:30:00+03:00">منذ ساعتين</time></div>
{paragraphs_html(body)}
    </article>
    <aside class="most-read">
      <h2>الأكثر قراءة</h2>
      <ul>
        <li>ارتفاع حصيلة الفيضانات في ولاية البحيرة إلى 37 قتيلا</li>
        <li>الهلال يتوج بالدوري بعد فوزه (4-1)</li>
      </ul>
    </aside>
  </main>
  <footer>© 2024 الخليج اليوم - جميع الحقوق محفوظة</footer>
</body>
</html>
"""
    sec = A("official_unspecified", "مصادر أمنية في الرباط")
    jan_may = rng("2024-01", "2024-05", "منذ مطلع كانون الثاني (يناير) الماضي وحتى نهاية أيار (مايو)")
    return dict(
        key="m05",
        file="m05_khaleej_alyawm_mashriq_months.html",
        format="html",
        text=text,
        metadata=meta(title, "الخليج اليوم", "Al Khaleej Al Yawm", pub, fictional=True, city="الرباط"),
        claims=[
            C(
                "cells_dismantled",
                4,
                "أربع",
                s1,
                jan_may,
                sec,
                notes="Mashriq months with their Maghreb/Egyptian alias in brackets; 'الماضي' resolved from <time>",
            ),
            C("persons_arrested", 23, "23", s1, rng("2024-01", "2024-05", "خلال الفترة ذاتها"), sec),
            C("persons_arrested", 5, "خمسة", s2, month("2024-03", "في شهر آذار (مارس) وحده"), sec),
            C(
                "persons_arrested",
                10,
                "عشرة",
                s3,
                event("2024-05-22", "في 22 أيار الماضي"),
                A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
                notes="an operation the text attributes to the BCIJ; arrests in Spain are not mentioned here",
            ),
            C(
                "cells_dismantled",
                219,
                "219",
                s4,
                since("2002", pub, "منذ عام 2002"),
                A("official_unspecified", "الأرقام الرسمية المغربية"),
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("26 ذو القعدة 1445", "Hijri date in the masthead"),
            T("العدد 16623", "issue number"),
            T("منذ ساعتين", "relative time stamp of the saved page"),
            T("68 مشتبها بهم", "arrests in Iraq: another country"),
            T("بما بين 5 آلاف و7 آلاف عنصر", "UN estimate for the Sahel: not Morocco"),
            T("37 قتيلا", "most read: floods"),
            T("(4-1)", "most read: football score"),
            T("© 2024", "footer year"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[NP("IQ", "السلطات العراقية", "another country's arrests")],
        flags=[
            "pan_arab",
            "mashriq_month",
            "range",
            "month",
            "same_period_antecedent",
            "date_only_time",
            "hijri_trap",
            "foreign_figures",
            "partner_cue",
            "number_words",
            "title_figure",
            "score_trap",
            "footer_year_trap",
        ],
        summary="pan-Arab page (fictional), date only in <time datetime> ('منذ ساعتين'), Hijri masthead and issue "
        "number: four cells 'منذ مطلع كانون الثاني (يناير) الماضي وحتى نهاية أيار (مايو)' (range), 23 arrests "
        "'خلال الفترة ذاتها', 'خمسة' 'في شهر آذار (مارس) وحده' (month), ten in the 22 May joint operation with the "
        "Spanish police, 219 since 2002; Iraq's 68 and the UN's Sahel estimate are other scopes",
    )


@article
def m06():
    """A parliamentary mission's report: 'until the end of December', a stock of detainees broken down by country."""
    pub = "2021-07-14"
    title = "تقرير المهمة الاستطلاعية: 250 مغربيا رهن الاعتقال في سوريا والعراق وتركيا"
    s1 = (
        "وكشف تقرير المهمة الاستطلاعية التي شكلتها لجنة الخارجية والدفاع الوطني والشؤون الإسلامية والمغاربة "
        "المقيمين بالخارج بمجلس النواب، للوقوف على أوضاع المغاربة العالقين في سوريا والعراق، أن 1659 مغربيا "
        "التحقوا بالتنظيمات المسلحة في البلدين إلى غاية متم دجنبر 2020."
    )
    s2 = (
        "وأضاف التقرير أن 745 من هؤلاء لقوا حتفهم في ساحات القتال أو في عمليات انتحارية، فيما عاد 270 إلى أرض "
        "الوطن وجرت محاكمتهم طبقا للقانون الجنائي."
    )
    s3 = (
        "وأشار التقرير إلى أن 290 امرأة و391 قاصرا رافقوا المقاتلين أو التحقوا بهم، وهي أرقام لا تشمل الأطفال "
        "الذين ولدوا في مناطق النزاع."
    )
    s4 = "وبحسب الوثيقة، ما يزال 250 مقاتلا مغربيا رهن الاعتقال، 232 منهم في سوريا و12 في العراق و6 في تركيا."
    s5 = "وأوضح التقرير أن عدد النساء اللواتي تمكن من العودة إلى المغرب منذ سنة 2019 يقل عن 20 امرأة."
    body = [
        "قدمت المهمة البرلمانية الاستطلاعية حول المغاربة العالقين في بؤر التوتر، أمس الثلاثاء، تقريرها النهائي "
        "أمام أعضاء لجنة الخارجية، بعد سبعة أشهر من العمل عقدت خلالها 14 جلسة استماع.",
        s1,
        f"{s2} {s3}",
        f"{s4} {s5}",
        "ودعا التقرير إلى إحداث وكالة وطنية تتولى تدبير هذا الملف، وإلى دراسة كل حالة على حدة قبل الشروع في "
        "عمليات الترحيل، مع إيلاء الأولوية للأطفال اليتامى.",
        "وكانت المهمة، التي ضمت 13 نائبا من مختلف الفرق، قد استمعت إلى وزير الخارجية ووزير الداخلية ورئيس "
        "النيابة العامة، إضافة إلى عائلات عدد من العالقين.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{title} - مجلس نيوز</title>
<meta property="og:site_name" content="مجلس نيوز">
<meta property="og:type" content="article">
</head>
<body>
<div id="top"><a href="/">مجلس نيوز</a> <span class="weather">الرباط 31°</span></div>
<div class="wrap">
<article class="single">
<h1 class="entry-title">{title}</h1>
<div class="byline">بقلم: سناء الإدريسي - الأربعاء 14 يوليوز 2021 - 11:20</div>
{paragraphs_html(body, 0)}
<div class="views">عدد المشاهدات: 2841</div>
</article>
<aside><h3>اقرأ أيضا</h3><p>البرلمان يصادق على 23 مشروع قانون في دورة استثنائية</p></aside>
</div>
<footer>جميع الحقوق محفوظة - مجلس نيوز 2021</footer>
</body>
</html>
"""
    report = A("PARLIAMENT", "تقرير المهمة الاستطلاعية")
    carried = A("PARLIAMENT", "وأضاف التقرير")
    dec2020 = P("cumulative_unspecified", None, "2020-12", "إلى غاية متم دجنبر 2020")
    inherited = P("cumulative_unspecified", None, "2020-12", None)
    doc = A("PARLIAMENT", "بحسب الوثيقة")
    return dict(
        key="m06",
        file="m06_majlis_news_parliament_mission.html",
        format="html",
        text=text,
        metadata=meta(title, "مجلس نيوز", "Majlis News", pub, fictional=True),
        claims=[
            C(
                "fighters_joined",
                1659,
                "1659",
                s1,
                dec2020,
                report,
                as_of="2020-12",
                notes="'إلى غاية متم دجنبر 2020': cumulative up to that month, not the month",
                subset="syria_iraq_linked",
            ),
            C("fighters_killed", 745, "745", s2, inherited, carried, as_of="2020-12"),
            C(
                "returnees",
                270,
                "270",
                s2,
                inherited,
                carried,
                as_of="2020-12",
                notes="number followed by 'عاد'",
            ),
            C(
                "fighters_joined",
                290,
                "290",
                s3,
                inherited,
                A("PARLIAMENT", "وأشار التقرير"),
                subset="women",
                as_of="2020-12",
            ),
            C(
                "fighters_joined",
                391,
                "391",
                s3,
                inherited,
                A("PARLIAMENT", "وأشار التقرير"),
                subset="minors",
                as_of="2020-12",
            ),
            C("fighters_detained_abroad", 250, "250", s4, cumul(pub), doc),
            C("fighters_detained_abroad", 232, "232", s4, cumul(pub), doc, subset="syria"),
            C("fighters_detained_abroad", 12, "12", s4, cumul(pub), doc, subset="iraq"),
            C(
                "fighters_detained_abroad",
                6,
                "6",
                s4,
                cumul(pub),
                doc,
                subset="turkey",
                notes="232 + 12 + 6 = 250",
            ),
            C(
                "returnees",
                20,
                "20",
                s5,
                since("2019", pub, "منذ سنة 2019"),
                A("PARLIAMENT", "وأوضح التقرير"),
                q="less_than",
                qt="يقل عن",
                subset="women",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("سبعة أشهر", "duration"),
            T("14 جلسة استماع", "hearings held by the mission"),
            T("13 نائبا", "members of the mission"),
            T("عدد المشاهدات: 2841", "view count"),
            T("23 مشروع قانون", "aside: bills"),
            T("الرباط 31°", "weather"),
            T("الأربعاء 14 يوليوز 2021 - 11:20", "byline date (the publication date)"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "للوقوف على أوضاع المغاربة العالقين في سوريا والعراق", "inside the mission's name"),
            NP("IQ", "للوقوف على أوضاع المغاربة العالقين في سوريا والعراق", "inside the mission's name"),
            NP("TR", "و6 في تركيا", "place of detention"),
        ],
        flags=[
            "parliament_report",
            "until_end_of",
            "as_of",
            "verb_no_noun",
            "subset_breakdown",
            "list",
            "date_in_byline",
            "view_count_trap",
            "duration_trap",
            "non_partner_org_name",
            "non_partner_zone",
            "carried_attribution",
            "inherited_period",
            "title_figure",
        ],
        summary="parliamentary mission's report (PARLIAMENT), HTML with the date only in the byline: 1659 'إلى غاية "
        "متم دجنبر 2020' (as_of 2020-12), '745 … لقوا حتفهم', 'عاد 270', 290 women and 391 minors; a stock of 250 "
        "held, '232 منهم في سوريا و12 في العراق و6 في تركيا'; Syria and Iraq inside the mission's name; hearings, "
        "members, view count",
    )


@article
def m07():
    """A two-sentence MAP brief, windows-1256 with CRLF line ends, the date printed in the dateline."""
    pub = "2024-04-18"
    title = "تفكيك خلية إرهابية موالية لداعش تنشط بتيفلت والخميسات"
    s1 = (
        "تمكن المكتب المركزي للأبحاث القضائية التابع للمديرية العامة لمراقبة التراب الوطني، صباح اليوم الخميس، "
        "من تفكيك خلية إرهابية موالية لتنظيم «داعش» تتكون من أربعة متطرفين تتراوح أعمارهم بين 19 و33 سنة، "
        "ينشطون بمدينتي تيفلت والخميسات."
    )
    s2 = (
        "وأوضح بلاغ للمكتب أن عمليات التفتيش أسفرت عن حجز أسلحة بيضاء ومعدات إلكترونية، وأنه سيتم تقديم "
        "المشتبه فيهم أمام العدالة فور انتهاء البحث الذي يجري تحت إشراف النيابة العامة المكلفة بقضايا الإرهاب."
    )
    text = clean(title, [f"{s1} {s2}"], dateline="الرباط 18 أبريل 2024 (ومع) - ")
    return dict(
        key="m07",
        file="m07_map_brief_tiflet_cp1256.txt",
        format="clean",
        encoding="windows-1256",
        line_endings="CRLF",
        text=text,
        metadata=meta(title, None, None, pub, city="الرباط"),
        claims=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                s1,
                event(pub, "صباح اليوم الخميس"),
                A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
                notes="the MAP dateline carries the date; 'اليوم' is that day",
            ),
        ],
        must_not_extract=[
            T("بين 19 و33 سنة", "ages"),
            T("الرباط 18 أبريل 2024 (ومع)", "dateline: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=["wire", "brief", "date_in_dateline", "number_words", "age_trap", "syndicated_copy"],
        summary="MAP brief in two sentences, windows-1256 + CRLF, date in the dateline 'الرباط 18 أبريل 2024 "
        "(ومع) -': 'أربعة متطرفين' arrested that day (BCIJ); ages; syndicated in French by m19",
    )


AFP_AR_EVENT = (
    "أعلنت السلطات المغربية الأربعاء تفكيك خلية يشتبه في ارتباطها بتنظيم الدولة الإسلامية، وتوقيف ثلاثة من "
    "أفرادها كانوا يخططون لاستهداف منشآت أمنية في مدينة {city}."
)
AFP_AR_TOTALS = (
    "وفككت الأجهزة الأمنية المغربية منذ {year} أكثر من {cells} خلايا إرهابية، وأوقفت أكثر من أربعة آلاف شخص "
    "في قضايا مرتبطة بالإرهاب، وفق أرقام رسمية."
)


def afp_ar_claims(pub, event_sentence, totals_sentence, year_text, cells_text):
    official = A("official_unspecified", "السلطات المغربية")
    figures = A("official_unspecified", "وفق أرقام رسمية")
    return [
        C("persons_arrested", 3, "ثلاثة", event_sentence, event("2021-11-10", "الأربعاء"), official),
        C(
            "cells_dismantled",
            210,
            cells_text,
            totals_sentence,
            since("2002", pub, year_text),
            figures,
            q="more_than",
            qt="أكثر من",
        ),
        C(
            "persons_arrested",
            4000,
            "أربعة آلاف",
            totals_sentence,
            since("2002", pub, year_text),
            figures,
            q="more_than",
            qt="أكثر من",
        ),
    ]


@article
def m08():
    """The AFP Arabic wire as a Moroccan aggregator printed it: Maghreb month names, one paragraph dropped."""
    pub = "2021-11-11"
    heads, traps = sidebar(
        [
            ("المنتخب الوطني يهزم غينيا بيساو بثلاثية نظيفة (3-0)", "(3-0)", "football score"),
            ("ارتفاع أسعار المحروقات بـ40 سنتيما", "40 سنتيما", "price"),
            "وزارة الصحة تطلق حملة التلقيح بالجرعة الثالثة",
            ("ربيع الآخر 1443.. مواعيد الأعياد الدينية", "1443", "Hijri year"),
        ]
    )
    title = "المغرب يعلن تفكيك خلية «داعشية» خططت لاستهداف منشآت أمنية"
    s1 = AFP_AR_EVENT.format(city="الرشيدية")
    s2 = AFP_AR_TOTALS.format(year="سنة 2002", cells="210")
    body = [
        f"الرباط (أ ف ب) - {s1}",
        "وأوضح المكتب المركزي للأبحاث القضائية في بيان أن الموقوفين، الذين تتراوح أعمارهم بين 23 و35 عاما، "
        "بايعوا التنظيم المتطرف وحاولوا الحصول على مواد تدخل في صناعة المتفجرات.",
        s2,
        "ولم يشهد المغرب أي اعتداء منذ مقتل سائحتين إسكندينافيتين قرب مراكش في دجنبر 2018، في جريمة تبناها "
        "متطرفون بايعوا تنظيم الدولة الإسلامية.",
    ]
    return dict(
        key="m08",
        file="m08_alayam24_afp_wire_copy.txt",
        format="aggregator",
        text=aggregator(heads, title, "الأيام 24", pub, body),
        metadata=meta(title, "الأيام 24", "Alayam 24", pub),
        claims=afp_ar_claims(pub, s1, s2, "منذ سنة 2002", "210"),
        must_not_extract=traps
        + [
            T("بين 23 و35 عاما", "ages"),
            T("دجنبر 2018", "date of the Imlil murders"),
            T("سائحتين إسكندينافيتين", "victims (dual noun), not a tracked figure"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP(None, "سائحتين إسكندينافيتين", "nationality of victims, no country named")
        ],
        flags=[
            "wire",
            "syndicated_copy",
            "number_words",
            "age_trap",
            "relative_period",
            "score_trap",
            "hijri_trap",
            "sidebar_trap",
            "non_partner_nationality",
        ],
        summary="the AFP Arabic wire (m09) as a Moroccan aggregator printed it a day later: 'الرشيدية' respelled, "
        "'منذ سنة 2002', 'دجنبر 2018' instead of the Mashriq month, the 2003/2011 paragraph dropped; same figures: "
        "three arrested 'الأربعاء', 'أكثر من 210 خلايا', 'أكثر من أربعة آلاف شخص'",
    )


@article
def m09():
    """The same AFP Arabic wire on a Gulf site: Arabic-Indic digits, Mashriq month with a slash, date only in JSON-LD."""
    pub = "2021-11-10"
    title = "المغرب يعلن تفكيك خلية «داعشية» خططت لاستهداف منشآت أمنية"
    s1 = AFP_AR_EVENT.format(city="الراشيدية (جنوب شرق)")
    s2 = (
        "وفككت الأجهزة الأمنية المغربية منذ العام ٢٠٠٢ أكثر من ٢١٠ خلايا إرهابية، وأوقفت أكثر من أربعة آلاف شخص "
        "في قضايا مرتبطة بالإرهاب، وفق أرقام رسمية."
    )
    p5 = (
        "وكانت الدار البيضاء قد شهدت في ٢٠٠٣ اعتداءات انتحارية أوقعت ٣٣ قتيلا، كما قتل ١٧ شخصا في تفجير مقهى "
        "بمراكش في ٢٠١١."
    )
    body = [
        f"الرباط (أ ف ب) - {s1}",
        "وأوضح المكتب المركزي للأبحاث القضائية في بيان أن الموقوفين، الذين تتراوح أعمارهم بين ٢٣ و٣٥ عاما، "
        "بايعوا التنظيم المتطرف وحاولوا الحصول على مواد تدخل في صناعة المتفجرات.",
        s2,
        "ولم يشهد المغرب أي اعتداء منذ مقتل سائحتين إسكندينافيتين قرب مراكش في كانون الأول/ديسمبر ٢٠١٨، في جريمة "
        "تبناها متطرفون بايعوا تنظيم الدولة الإسلامية.",
        p5,
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": f"{pub}T16:42:00+04:00",
            "publisher": {"@type": "Organization", "name": "أخبار الخليج الآن"},
            "articleSection": "عربي ودولي",
        },
        ensure_ascii=False,
    )
    text = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{title} - أخبار الخليج الآن</title>
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header><a href="/">أخبار الخليج الآن</a> | <a href="/arab-world">عربي ودولي</a> | <a href="/sport">رياضة</a></header>
<article>
<h1>{title}</h1>
<span class="source">المصدر: أ ف ب</span>
{paragraphs_html(body, 0)}
</article>
<aside><h4>أخبار ذات صلة</h4><p>إحباط تهريب ٣ أطنان من المخدرات عبر ميناء جدة</p></aside>
<footer>© أخبار الخليج الآن ٢٠٢١</footer>
</body>
</html>
"""
    return dict(
        key="m09",
        file="m09_akhbar_khaleej_afp_wire.html",
        format="html",
        text=text,
        metadata=meta(title, "أخبار الخليج الآن", "Akhbar Al Khaleej Al An", pub, fictional=True),
        claims=afp_ar_claims(pub, s1, s2, "منذ العام ٢٠٠٢", "٢١٠"),
        optional_claims=[
            C(
                "attack_deaths",
                33,
                "٣٣",
                p5,
                event("2003", "في ٢٠٠٣"),
                A("unspecified"),
                notes="victims of one attack: outside the tracked metrics",
            ),
            C("attack_deaths", 17, "١٧", p5, event("2011", "في ٢٠١١"), A("unspecified")),
        ],
        must_not_extract=[
            T("بين ٢٣ و٣٥ عاما", "ages"),
            T("كانون الأول/ديسمبر ٢٠١٨", "date (Mashriq month with its alias after a slash)"),
            T("٣ أطنان", "aside: drug seizure in another country"),
            T("© أخبار الخليج الآن ٢٠٢١", "footer year"),
        ],
        countries_cited=[],
        countries_not_partners=[NP(None, "سائحتين إسكندينافيتين", "nationality of victims")],
        flags=[
            "wire",
            "syndicated_copy",
            "pan_arab",
            "arabic_indic_digits",
            "mashriq_month",
            "date_only_jsonld",
            "number_words",
            "age_trap",
            "footer_year_trap",
            "non_partner_nationality",
        ],
        summary="AFP Arabic wire on a Gulf site (fictional), Arabic-Indic digits, date only in JSON-LD: three "
        "arrested 'الأربعاء', 'أكثر من ٢١٠ خلايا' and 'أكثر من أربعة آلاف شخص' 'منذ العام ٢٠٠٢' (official "
        "figures); 'كانون الأول/ديسمبر ٢٠١٨' (a date); 2003 and 2011 victims optional; copied by m08",
    )


@article
def m10():
    """An analyst's op-ed mixing Moroccan and foreign figures; UTF-8 with BOM; the outlet only in the footer."""
    pub = "2024-03-04"
    title = "لماذا نجح المغرب حيث تعثرت أوروبا؟"
    s1 = (
        "تفيد الأرقام الرسمية بأن المصالح الأمنية فككت 213 خلية إرهابية منذ 2002، دون أن يسجل أي اعتداء كبير."
    )
    p2 = (
        "في المقابل، شهدت فرنسا وحدها بين 2015 و2017 سلسلة هجمات أودت بحياة أزيد من 230 شخصا، وغادر أراضيها نحو "
        "1900 مواطن نحو سوريا والعراق، بينما صدرت بلجيكا، وهي بلد لا يتعدى سكانه 12 مليونا، ما يناهز 500 مقاتل."
    )
    s3 = (
        "أما المغرب، الذي يفوق عدد سكانه 37 مليون نسمة، فقد غادره 1659 مقاتلا حسب معطيات المكتب المركزي للأبحاث "
        "القضائية، وهو رقم مرتفع لكنه ظل تحت المراقبة منذ اللحظة الأولى."
    )
    s4 = (
        "وتشير دراسة أعدها مركز أبحاث أوروبي إلى أن ما يفوق 250 مغربيا عادوا من بؤر التوتر، خضع أغلبهم لبرامج "
        "مواكبة داخل السجون."
    )
    blocks = [
        "بقلم: د. سعيد العلوي، أستاذ العلاقات الدولية",
        "كثيرا ما يسألني زملاء أوروبيون عن سر المقاربة المغربية في مكافحة الإرهاب، وكأن الأمر يتعلق بوصفة جاهزة "
        "يمكن نقلها من بلد إلى آخر. والحقيقة أن الجواب يوجد في الأرقام قبل الخطابات.",
        s1,
        p2,
        s3,
        s4,
        "ويحتل المغرب المرتبة 82 في مؤشر الإرهاب العالمي، وهي مرتبة تعكس ضعف تأثير الظاهرة على الاستقرار، وإن كانت "
        "لا تقول شيئا عن حجم الموارد التي تخصص لها من الناتج الداخلي الإجمالي.",
        "إن الدرس الأهم هو أن الاستباق لا يعني الاعتقال وحده، بل يعني أيضا إصلاح الحقل الديني ومحاربة الهشاشة "
        "في الأحياء التي تتغذى منها شبكات الاستقطاب.",
    ]
    text = wordpress(
        lang="ar",
        site=None,
        crumbs="الرئيسيةآراء ومواقف",
        title=title,
        meta=["4 مارس، 2024"],
        blocks=blocks,
        related=["هل ما يزال خطر الذئاب المنفردة قائما؟", "الساحل.. الخزان الجديد للتطرف"],
        footer="جميع الحقوق محفوظة لموقع منبر الرأي © 2024",
    )
    official = A("official_unspecified", "الأرقام الرسمية")
    return dict(
        key="m10",
        file="m10_minbar_rai_oped_bom.txt",
        format="wordpress",
        encoding="utf-8-sig",
        text=text,
        metadata=meta(title, "منبر الرأي", "Minbar Al Rai", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                213,
                "213",
                s1,
                since("2002", pub, "منذ 2002"),
                official,
                notes="below the 216 the DGSN gave in December 2023 (m42): a running total that falls",
            ),
            C(
                "fighters_joined",
                1659,
                "1659",
                s3,
                cumul(pub),
                A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية"),
                notes="attribution after the figure",
            ),
            C(
                "returnees",
                250,
                "250",
                s4,
                cumul(pub),
                A("analyst", "دراسة أعدها مركز أبحاث أوروبي"),
                q="more_than",
                qt="ما يفوق",
            ),
        ],
        must_not_extract=[
            T("بين 2015 و2017", "period of French attacks"),
            T("أزيد من 230 شخصا", "victims in France: another country"),
            T("نحو 1900 مواطن", "French fighters: another country"),
            T("12 مليونا", "Belgium's population"),
            T("ما يناهز 500 مقاتل", "Belgian fighters: another country"),
            T("37 مليون نسمة", "population"),
            T("المرتبة 82", "rank in an index"),
            T("4 مارس، 2024", "WordPress date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("FR", "شهدت فرنسا وحدها", "a contrasting model and the place of attacks"),
            NP("BE", "بينما صدرت بلجيكا", "a contrasting model"),
            NP("ML", "الإجمالي", "substring of another word ('gross', containing مالي)"),
            NP("SY", "نحو سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "op_ed",
            "analyst",
            "foreign_figures",
            "reporting_verb_after",
            "wordpress_date_line",
            "outlet_in_footer",
            "non_partner_contrast",
            "non_partner_substring",
            "ordinal_trap",
            "bare_year_trap",
            "non_partner_zone",
        ],
        summary="analyst's op-ed (WordPress, UTF-8 BOM, date line '4 مارس، 2024', outlet only in the footer): 213 "
        "since 2002 'تفيد الأرقام الرسمية' (falls below 216: cumulative_decrease), 1659 with the source after the "
        "figure, 'ما يفوق 250' returnees from a European study (analyst); France's and Belgium's figures, "
        "populations, the index rank are traps; 'الإجمالي' is not Mali",
    )


@article
def m11():
    """A year's timeline of operations: dated items citing the BCIJ's communiqués, then the author's own count."""
    pub = "2024-12-28"
    title = "حصاد 2024: تسلسل زمني لعمليات المكتب المركزي للأبحاث القضائية"
    intro = (
        "مع نهاية السنة، نستعرض، استنادا إلى بلاغات المكتب المركزي للأبحاث القضائية، أبرز العمليات التي نفذها "
        "المكتب ضد الخلايا الموالية للتنظيمات الإرهابية."
    )
    e1 = "- 24 يناير: تفكيك خلية موالية لداعش بطنجة وتوقيف أربعة من عناصرها، بينهم شاب سبق اعتقاله في قضايا الإرهاب."
    e2 = (
        "- 6 مارس: إيقاف خمسة أشخاص ينتمون إلى خلية تنشط بين الدار البيضاء وبرشيد، كانوا بصدد اقتناء قنينات غاز "
        "البوتان لصناعة متفجرات."
    )
    e3 = "- 18 أبريل: تفكيك خلية من أربعة متطرفين بتيفلت والخميسات."
    e4 = (
        "- 22 ماي: عملية مشتركة مع الشرطة الوطنية الإسبانية تسفر عن توقيف عشرة عناصر بطنجة وتطوان، مقابل ثلاثة "
        "آخرين في مليلية وبرشلونة."
    )
    e5 = "- 11 شتنبر: تفكيك خليتين متزامنتين بالرشيدية وأكادير وتوقيف سبعة مشتبه فيهم."
    s6 = (
        "وبذلك يرتفع عدد الخلايا التي فككها المكتب منذ مطلع السنة الجارية إلى ست خلايا، أوقف خلالها ما مجموعه 30 "
        "شخصا، في حصيلة تقارب حصيلة السنة الماضية."
    )
    body = [
        intro,
        e1,
        e2,
        e3,
        e4,
        e5,
        "وعقب عملية ماي، أحدثت السلطات المحلية بتطوان خلية لليقظة تضم 12 عضوا لتتبع محاولات الاستقطاب في صفوف "
        "القاصرين.",
        s6,
    ]
    text = clean(title, body, dateline="الرباط - ", lines_before=["السبت 28 دجنبر 2024"])
    bcij = A("BCIJ", "استنادا إلى بلاغات المكتب المركزي للأبحاث القضائية")
    return dict(
        key="m11",
        file="m11_clean_timeline_2024.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="الرباط"),
        claims=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                e1,
                event("2024-01-24", "24 يناير"),
                bcij,
                notes="the source named once in the introduction is carried to every dated item",
            ),
            C("persons_arrested", 5, "خمسة", e2, event("2024-03-06", "6 مارس"), bcij),
            C("persons_arrested", 4, "أربعة", e3, event("2024-04-18", "18 أبريل"), bcij),
            C(
                "persons_arrested",
                10,
                "عشرة",
                e4,
                event("2024-05-22", "22 ماي"),
                bcij,
                notes="the three arrested in Melilla and Barcelona were arrested by Spain: not Morocco's figure",
            ),
            C("cells_dismantled", 2, "خليتين", e5, event("2024-09-11", "11 شتنبر"), bcij),
            C("persons_arrested", 7, "سبعة", e5, event("2024-09-11", "11 شتنبر"), bcij),
            C(
                "cells_dismantled",
                6,
                "ست",
                s6,
                ytd("2024", pub, "منذ مطلع السنة الجارية"),
                A("unspecified"),
                notes="the author's own count of the year's operations: 1 + 1 + 1 + 1 + 2",
            ),
            C(
                "persons_arrested",
                30,
                "30",
                s6,
                ytd("2024", pub, "منذ مطلع السنة الجارية"),
                A("unspecified"),
                notes="4 + 5 + 4 + 10 + 7 = 30",
            ),
        ],
        must_not_extract=[
            T("ثلاثة آخرين في مليلية وبرشلونة", "arrests made in Spain: another country's figure"),
            T("خلية لليقظة تضم 12 عضوا", "a monitoring unit of local officials, not a terror cell"),
            T("السبت 28 دجنبر 2024", "date line: the publication date"),
            T("حصاد 2024", "bare year in the title"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[NP("BT", "البوتان", "butane, not Bhutan")],
        flags=[
            "timeline",
            "list",
            "date_line_inside",
            "carried_attribution",
            "number_words",
            "dual",
            "year_to_date",
            "not_terror_cell",
            "partner_cue",
            "non_partner_substring",
            "foreign_figures",
            "bare_year_trap",
        ],
        summary="timeline of 2024 (clean, date line printed under the title): five dated items citing the BCIJ's "
        "communiqués (four, five, four, ten, 'خليتين' and seven arrested), the three arrested in Spain left out; "
        "the author's count 'ست خلايا' and 30 arrests 'منذ مطلع السنة الجارية' (unspecified); a 12-member "
        "'خلية لليقظة' (not a terror cell); 'البوتان'",
    )


@article
def m12():
    """An explainer whose table is printed as text lines: the noun is in the header, the year in the row."""
    title = "بالأرقام.. أربع سنوات من عمل «البسيج»"
    intro = (
        "منذ إحداثه في مارس 2015، تحول المكتب المركزي للأبحاث القضائية إلى رأس حربة في مواجهة الخلايا المتطرفة. "
        "وفي ما يلي حصيلة عمله سنة بسنة، كما وردت في المعطيات التي عممها المكتب مطلع السنة:"
    )
    rows = {
        "2015": ("21", "275"),
        "2016": ("19", "273"),
        "2017": ("9", "186"),
        "2018": ("11", "168"),
    }
    lines = {year: f"{year} | {cells} | {arrests}" for year, (cells, arrests) in rows.items()}
    total = "المجموع | 60 | 902"
    s40 = (
        "وتكشف هذه الأرقام أن سنتي 2015 و2016 استأثرتا وحدهما بأربعين خلية، أي ثلثي الحصيلة، قبل أن يتراجع "
        "الإيقاع بشكل ملحوظ ابتداء من 2017."
    )
    s54 = (
        "ومن بين الخلايا الستين، ارتبطت 54 خلية بتنظيم داعش، في حين كانت ست خلايا تتبنى أفكار تيار الفيء "
        "والاستحلال."
    )
    body = [
        intro,
        "السنة | الخلايا المفككة | الموقوفون",
        *lines.values(),
        total,
        s40,
        s54,
        "ويشتغل بالمكتب نحو 300 عنصر من ضباط الشرطة القضائية، يتوزعون بين فرق البحث والتدخل والخبرة التقنية.",
    ]
    text = clean(title, body, dateline="الدار البيضاء - ")
    bcij = A("BCIJ", "المعطيات التي عممها المكتب")
    claims = []
    for year, (cells, arrests) in rows.items():
        claims.append(C("cells_dismantled", int(cells), cells, lines[year], yr(year, year), bcij,
                        notes="table row: the noun is in the header line"))  # fmt: skip
        claims.append(C("persons_arrested", int(arrests), arrests, lines[year], yr(year, year), bcij))
    span = rng("2015", "2018", None)
    claims += [
        C("cells_dismantled", 60, "60", total, span, bcij, notes="the total row: 21 + 19 + 9 + 11 = 60"),
        C("persons_arrested", 902, "902", total, span, bcij, notes="275 + 273 + 186 + 168 = 902"),
        C(
            "cells_dismantled",
            40,
            "أربعين",
            s40,
            rng("2015", "2016", "سنتي 2015 و2016"),
            bcij,
            notes="paired years: one range claim; genitive number word after the preposition",
        ),
        C("cells_dismantled", 54, "54", s54, span, bcij, subset="isis_linked"),
        C("cells_dismantled", 6, "ست", s54, span, bcij, subset="istihlal_linked"),
    ]
    return dict(
        key="m12",
        file="m12_clean_explainer_table.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, None, city="الدار البيضاء"),
        claims=claims,
        must_not_extract=[
            T("أربع سنوات", "duration in the title"),
            T("ثلثي الحصيلة", "fraction"),
            T("الخلايا الستين", "the total repeated in words"),
            T("نحو 300 عنصر", "staff headcount with a qualifier"),
            T("ابتداء من 2017", "bare year"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "explainer_table",
            "table",
            "list",
            "paired_years",
            "number_words",
            "subset_breakdown",
            "no_date",
            "no_outlet",
            "duration_trap",
            "vague_count_trap",
        ],
        summary="explainer whose table is printed as text lines ('2015 | 21 | 275' … 'المجموع | 60 | 902', the "
        "nouns only in the header): eight row claims and two totals that add up; 'سنتي 2015 و2016 … بأربعين خلية' "
        "(paired years, genitive words); 54 ISIS-linked and six Fay'-Istihlal; no date, no outlet; staff headcount "
        "and 'ثلثي' as traps",
    )


@article
def m13():
    """The DGST's anniversary figures: a figure dated by the text, the same-period antecedent, another clause."""
    pub = "2024-05-16"
    heads, traps = sidebar(
        [
            ("نهضة بركان يقترب من لقب الكونفدرالية بعد فوزه (2-1)", "(2-1)", "football score"),
            ("عيد الأضحى لعام 1445 يوم 17 يونيو", "1445", "Hijri year"),
            ("ارتفاع مفرغات الصيد البحري بـ12 في المائة", "12 في المائة", "percent of fish landings"),
            "الحكومة تصادق على مرسوم يتعلق بالدعم الاجتماعي المباشر",
            ("زلزال الحوز: إعادة بناء 1000 منزل", "1000 منزل", "reconstruction"),
        ]
    )
    title = "في ذكرى 16 ماي.. مراقبة التراب الوطني: 218 خلية فككت منذ 2002"
    s1 = (
        "وكشفت معطيات حصلت عليها «برلمان.كوم» من المديرية العامة لمراقبة التراب الوطني أن المصالح الأمنية فككت منذ "
        "سنة 2002 ما مجموعه 218 خلية إرهابية، بعدما كانت المديرية قد أعلنت في نونبر 2020 عن تفكيك 207 خلايا."
    )
    s2 = (
        "وحسب المعطيات ذاتها، فمنذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015، فكك هذا الأخير 97 خلية، وأوقف "
        "خلال الفترة ذاتها أكثر من ألف وخمسمائة شخص، من بينهم 42 امرأة و67 قاصرا."
    )
    s_former = (
        "ومن بين هؤلاء الموقوفين ما لا يقل عن 300 شخص سبق أن اعتقلوا في قضايا مماثلة، حسب المعطيات نفسها."
    )
    s3 = (
        "كما أحبطت الأجهزة الأمنية خلال العقدين الماضيين ما يزيد عن 500 مخطط إرهابي، كان أغلبها يستهدف مقرات أمنية "
        "ومواقع سياحية ودور عبادة."
    )
    s4 = (
        "وأوضح المصدر ذاته أن المكتب، الذي رأى النور سنة 2015 بمقتضى تعديل قانون المسطرة الجنائية، فكك خلال "
        "السنوات الثلاث الأخيرة 15 خلية فقط، في مؤشر على تراجع قدرة التنظيمات على الاستقطاب داخل المملكة."
    )
    body = [
        "تحل اليوم الذكرى الحادية والعشرون للتفجيرات التي هزت الدار البيضاء ليلة 16 ماي 2003، وهي مناسبة تعود فيها "
        "الأجهزة الأمنية إلى حصيلة عقدين من المواجهة مع التنظيمات المتطرفة.",
        s1,
        f"{s2} {s_former} {s3}",
        s4,
        "وتعتمد المديرية في رصد التهديدات على خلية لليقظة الرقمية تشتغل على مدار 24 ساعة، كما أسهمت المعلومات "
        "التي وفرتها لشركائها في إحباط هجمات بكل من فرنسا وإسبانيا وبلجيكا وألمانيا.",
    ]
    dgst = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    same_data = A("DGST", "المعطيات ذاتها")
    return dict(
        key="m13",
        file="m13_barlamane_dgst_anniversary_cp1256.txt",
        format="aggregator",
        encoding="windows-1256",
        text=aggregator(heads, title, "برلمان.كوم", pub, body, tags="16 ماي - الإرهاب - الديستي"),
        metadata=meta(title, "برلمان.كوم", "Barlamane", pub),
        claims=[
            C("cells_dismantled", 218, "218", s1, since("2002", pub, "منذ سنة 2002"), dgst),
            C(
                "cells_dismantled",
                207,
                "207",
                s1,
                since("2002", "2020-11", "منذ سنة 2002"),
                dgst,
                as_of="2020-11",
                notes="a figure the text dates ('أعلنت في نونبر 2020'): compared at its own date",
            ),
            C(
                "cells_dismantled",
                97,
                "97",
                s2,
                since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"),
                same_data,
            ),
            C(
                "persons_arrested",
                1500,
                "ألف وخمسمائة",
                s2,
                since("2015", pub, "خلال الفترة ذاتها"),
                same_data,
                q="more_than",
                qt="أكثر من",
                notes="'الفترة ذاتها' points to the period earlier in the same sentence (2015), not to 2002",
            ),
            C(
                "persons_arrested",
                42,
                "42",
                s2,
                since("2015", pub, "خلال الفترة ذاتها"),
                same_data,
                subset="women",
            ),
            C(
                "persons_arrested",
                67,
                "67",
                s2,
                since("2015", pub, "خلال الفترة ذاتها"),
                same_data,
                subset="minors",
            ),
            C(
                "persons_arrested",
                300,
                "300",
                s_former,
                since("2015", pub, None),
                A("DGST", "المعطيات نفسها"),
                q="at_least",
                qt="ما لا يقل عن",
                subset="former_detainees",
                notes="'هؤلاء الموقوفين': the arrests since 2015 of the previous sentence",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s3,
                lastn(20, pub, "خلال العقدين الماضيين"),
                same_data,
                q="more_than",
                qt="ما يزيد عن",
            ),
            C(
                "cells_dismantled",
                15,
                "15",
                s4,
                lastn(3, pub, "خلال السنوات الثلاث الأخيرة"),
                A("DGST", "المصدر ذاته"),
                notes="'رأى النور سنة 2015' belongs to the relative clause, not to the figure",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("الذكرى الحادية والعشرون", "anniversary ordinal"),
            T("16 ماي 2003", "date"),
            T("الذي رأى النور سنة 2015", "another clause's year"),
            T("على مدار 24 ساعة", "duration"),
            T("خلية لليقظة الرقمية", "a monitoring unit, not a terror cell"),
        ],
        countries_cited=["FR", "ES", "BE", "DE"],
        countries_not_partners=[],
        flags=[
            "annual_review",
            "as_of",
            "same_period_antecedent",
            "other_clause_period",
            "last_n_years",
            "number_words",
            "not_terror_cell",
            "partner_cue",
            "title_figure",
            "hijri_trap",
            "score_trap",
            "sidebar_trap",
            "ordinal_trap",
            "carried_attribution",
            "duration_trap",
        ],
        summary="DGST anniversary figures (windows-1256): 218 since 2002 and '207' dated by the text 'في نونبر 2020' "
        "(as_of); 97 BCIJ cells since 2015 and 'أكثر من ألف وخمسمائة' arrests 'خلال الفترة ذاتها' (antecedent in the "
        "same sentence: 2015), 42 women, 67 minors; 'ما يزيد عن 500' plots 'خلال العقدين الماضيين'; 15 cells 'خلال "
        "السنوات الثلاث الأخيرة' with 'الذي رأى النور سنة 2015' in another clause; FR/ES/BE/DE partners",
    )


KAWALIS = ("كواليس اليوم", "Kawalis Al Yawm")


@article
def m14():
    """A running count since the start of the year (September), UTF-16 little-endian: the same outlet later gives less."""
    pub = "2023-09-19"
    heads, traps = sidebar(
        [
            ("الوداد يودع دوري الأبطال بعد هزيمته (0-2)", "(0-2)", "football score"),
            ("حصيلة زلزال الحوز ترتفع إلى 2960 قتيلا", "2960 قتيلا", "earthquake casualties"),
            "بنك المغرب يبقي على سعر الفائدة الرئيسي دون تغيير",
            ("المولد النبوي 1445: عطلة استثنائية", "1445", "Hijri year"),
        ]
    )
    title = "تفكيك خلية جديدة بالجديدة يرفع الحصيلة إلى سبع خلايا منذ بداية العام"
    s1 = (
        "أفادت مصادر أمنية أن المكتب المركزي للأبحاث القضائية أوقف، فجر أمس الإثنين، ثلاثة أشخاص يشتبه في تشكيلهم "
        "خلية موالية لداعش كانت تنشط بمدينتي الجديدة وأزمور."
    )
    s2 = (
        "وبهذه العملية يرتفع عدد الخلايا التي جرى تفكيكها منذ بداية السنة الجارية إلى سبع خلايا، حسب المصادر ذاتها، "
        "التي أكدت أن ثلاثا منها كانت على صلة بفروع التنظيم في منطقة الساحل."
    )
    body = [
        s1,
        s2,
        "وتتراوح أعمار الموقوفين بين 20 و31 سنة، وقد تم الاحتفاظ بهم تحت تدبير الحراسة النظرية لمدة 96 ساعة قابلة "
        "للتمديد، بتعليمات من النيابة العامة المختصة.",
    ]
    sources = A("official_unspecified", "مصادر أمنية")
    same = A("official_unspecified", "المصادر ذاتها")
    this_year = ytd("2023", pub, "منذ بداية السنة الجارية")
    return dict(
        key="m14",
        file="m14_kawalis_ytd_seven_utf16.txt",
        format="aggregator",
        encoding="utf-16",
        text=aggregator(heads, title, KAWALIS[0], pub, body),
        metadata=meta(title, KAWALIS[0], KAWALIS[1], pub, fictional=True),
        claims=[
            C("persons_arrested", 3, "ثلاثة", s1, event("2023-09-18", "فجر أمس الإثنين"), sources),
            C(
                "cells_dismantled",
                7,
                "سبع",
                s2,
                this_year,
                same,
                notes="the same outlet gives five for the whole of 2023 in January 2024 (m15)",
            ),
            C(
                "cells_dismantled",
                3,
                "ثلاثا",
                s2,
                this_year,
                same,
                subset="sahel_linked",
                notes="accusative 'ثلاثا منها'; m15 gives two Sahel-linked cells for the year",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("بين 20 و31 سنة", "ages"),
            T("96 ساعة", "duration of custody"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "year_to_date",
            "relative_period",
            "number_words",
            "subset_breakdown",
            "carried_attribution",
            "title_figure",
            "age_trap",
            "duration_trap",
            "sidebar_trap",
            "hijri_trap",
            "score_trap",
        ],
        summary="UTF-16 LE, fictional outlet: three arrested 'فجر أمس الإثنين', 'سبع خلايا' 'منذ بداية السنة "
        "الجارية' (September 2023) with 'ثلاثا منها' Sahel-linked; the same outlet's year figure in m15 is lower "
        "(partial_exceeds_whole twice); ages, 96 hours",
    )


@article
def m15():
    """The government spokesman's year figures, CRLF: the same outlet's earlier year-to-date count was higher."""
    pub = "2024-01-09"
    heads, traps = sidebar(
        [
            ("أسود الأطلس يفوزون وديا على سيراليون (3-1)", "(3-1)", "football score"),
            ("التضخم يتراجع إلى 3,4 في المائة", "3,4 في المائة", "inflation"),
            "الأرصاد الجوية: موجة برد بعدد من المناطق",
            ("رأس السنة الأمازيغية 2974", "2974", "Amazigh year"),
        ]
    )
    title = "الحكومة: خمس خلايا إرهابية فككت خلال 2023"
    s1 = (
        "قال الناطق الرسمي باسم الحكومة، مصطفى بايتاس، في ندوة صحافية أعقبت اجتماع المجلس الحكومي، إن المصالح "
        "الأمنية فككت خمس خلايا إرهابية خلال السنة المنصرمة، وأوقفت في إطارها 61 شخصا."
    )
    s2 = (
        "وأضاف المسؤول الحكومي أن ثلاث خلايا من أصل الخمس كانت موالية لتنظيم داعش، فيما ارتبطت خليتان بتنظيمات "
        "تنشط في الساحل، وأن من بين الموقوفين امرأتين وثلاثة قاصرين."
    )
    body = [
        s1,
        s2,
        "وجاءت تصريحات بايتاس جوابا عن سؤال صحافي حول مشروع قانون المالية لسنة 2024 وما يخصصه من اعتمادات للقطاع "
        "الأمني، وهي اعتمادات قال إنها ارتفعت بنحو 7 في المائة.",
    ]
    gov = A("GOV", "الناطق الرسمي باسم الحكومة", "مصطفى بايتاس")
    carried = A("GOV", "وأضاف المسؤول الحكومي", "مصطفى بايتاس")
    last_year = yr("2023", "خلال السنة المنصرمة")
    inherited = yr("2023", None)
    return dict(
        key="m15",
        file="m15_kawalis_gov_five_cells_crlf.txt",
        format="aggregator",
        line_endings="CRLF",
        text=aggregator(heads, title, KAWALIS[0], pub, body),
        metadata=meta(title, KAWALIS[0], KAWALIS[1], pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                5,
                "خمس",
                s1,
                last_year,
                gov,
                notes="'السنة المنصرمة' from the byline: 2023",
            ),
            C("persons_arrested", 61, "61", s1, last_year, gov),
            C("cells_dismantled", 3, "ثلاث", s2, inherited, carried, subset="isis_linked"),
            C("cells_dismantled", 2, "خليتان", s2, inherited, carried, subset="sahel_linked"),
            C("persons_arrested", 2, "امرأتين", s2, inherited, carried, subset="women"),
            C("persons_arrested", 3, "ثلاثة", s2, inherited, carried, subset="minors"),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("من أصل الخمس", "the total repeated"),
            T("بنحو 7 في المائة", "budget increase"),
            T("لسنة 2024", "budget year"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("ML", "المالية", "'finance', containing مالي")],
        flags=[
            "named_official",
            "relative_period",
            "number_words",
            "dual",
            "subset_breakdown",
            "carried_attribution",
            "non_partner_substring",
            "title_figure",
            "score_trap",
            "sidebar_trap",
            "bare_year_trap",
        ],
        summary="CRLF, the same fictional outlet as m14: the government spokesman Baitas (GOV): 'خمس خلايا' and 61 "
        "arrests 'خلال السنة المنصرمة' (2023), 'ثلاث' ISIS-linked and 'خليتان' Sahel-linked, 'امرأتين وثلاثة "
        "قاصرين' (duals, words); below the outlet's own seven so far in September (partial_exceeds_whole); "
        "'المالية' is not Mali; Amazigh year",
    )


@article
def m16():
    """A WordPress page whose download stopped inside the last character: expected ok, with a warning."""
    pub = "2023-02-02"
    title = "تقرير لوزارة الداخلية: تراجع عدد العائدين من بؤر التوتر"
    s1 = (
        "وأفاد تقرير لوزارة الداخلية، قدم أمام لجنة الداخلية بمجلس النواب، أن عدد العائدين من بؤر التوتر خلال "
        "السنة الماضية لم يتعد 15 شخصا، أحيلوا جميعهم على النيابة العامة المختصة."
    )
    s2 = (
        "وذكر التقرير أن ما ينيف عن 1600 مغربي التحقوا منذ 2012 بالتنظيمات الإرهابية في سوريا والعراق، وأن "
        "عودتهم تظل من أبرز التحديات التي تواجهها المملكة."
    )
    text = wordpress(
        lang="ar",
        site="الساحل بريس",
        crumbs="الرئيسيةوطنيةأمن",
        title=title,
        meta=["2 فبراير، 2023", "بواسطة: حسن المرابط"],
        blocks=[
            s1,
            s2,
            "وأوضحت الوثيقة أن المقاتلين العائدين يسعون في الغالب إلى الاندماج في خلايا نائمة، وهو ما يفرض يقظة "
            "دائمة ومواكبة لصيقة لمساراتهم بعد قضاء العقوبات الحبسية.",
        ],
        related=["المغرب يشارك في اجتماع التحالف الدولي ضد داعش", "ندوة بالرباط حول التطرف العنيف"],
        footer="© 2023 الساحل بريس - جميع الحقوق محفوظة",
    )
    moi = A("MOI", "تقرير لوزارة الداخلية")
    return dict(
        key="m16",
        file="m16_sahel_press_truncated.txt",
        format="wordpress",
        truncate=True,
        text=text,
        metadata=meta(title, "الساحل بريس", "Sahel Press", pub, fictional=True),
        claims=[
            C(
                "returnees",
                15,
                "15",
                s1,
                yr("2022", "خلال السنة الماضية"),
                moi,
                q="at_most",
                qt="لم يتعد",
                notes="'لم يتعد' = at most; a report to MPs is the ministry's",
            ),
            C(
                "fighters_joined",
                1600,
                "1600",
                s2,
                since("2012", pub, "منذ 2012"),
                A("MOI", "وذكر التقرير"),
                q="more_than",
                qt="ما ينيف عن",
                subset="syria_iraq_linked",
            ),
        ],
        must_not_extract=[T("2 فبراير، 2023", "WordPress date line: the publication date")],
        countries_cited=[],
        countries_not_partners=[NP("SY", "في سوريا والعراق", "conflict zone")],
        flags=[
            "truncated",
            "wordpress_date_line",
            "relative_period",
            "minister_answering_mps",
            "carried_attribution",
            "non_partner_zone",
        ],
        summary="WordPress page cut inside its last character (UTF-8, expected ok with a warning): an interior "
        "ministry report to MPs (MOI): returnees 'لم يتعد 15' (at_most) 'خلال السنة الماضية' (2022), 'ما ينيف "
        "عن 1600' fighters 'منذ 2012'",
    )


@article
def m17():
    """Hammouchi and the Spanish police: joint operations; the date only in article:published_time."""
    pub = "2024-10-08"
    title = "الحموشي بمدريد: التعاون الأمني المغربي الإسباني نموذج يحتذى به"
    s1 = (
        "وأبرز بلاغ لقطب المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني أن التعاون الوثيق بين "
        "المصالح المغربية والشرطة الوطنية الإسبانية أثمر منذ سنة 2014 ما يزيد عن 20 عملية مشتركة، أسفرت عن تفكيك "
        "خلايا نشطت على ضفتي المتوسط."
    )
    body = [
        "حل المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف الحموشي، بالعاصمة الإسبانية مدريد، حيث "
        "شارك في الاحتفال بالذكرى 200 لتأسيس الشرطة الوطنية الإسبانية، وأجرى مباحثات مع كبار المسؤولين الأمنيين.",
        s1,
        "وأضاف المصدر ذاته أن المصالح المغربية، بناء على معلومات دقيقة وفرتها لنظيرتها الإسبانية، ساهمت خلال السنة "
        "الجارية في توقيف 9 أشخاص فوق التراب الإسباني يشتبه في صلتهم بتنظيم داعش.",
        "واستحضر الجانبان التحولات التي عرفها التهديد الإرهابي منذ هجمات 11 شتنبر 2001 في الولايات المتحدة، وصولا "
        "إلى تمدد فروع التنظيمات المتطرفة في منطقة الساحل.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="صوت المضيق">
<meta property="article:published_time" content="{pub}T18:05:00+01:00">
<meta property="article:section" content="وطني">
<title>{title}</title>
</head>
<body>
<nav class="menu">الرئيسية | وطني | دولي | رياضة | فيديو</nav>
<article class="post">
<h1>{title}</h1>
<div class="post-author">هيئة التحرير</div>
{paragraphs_html(body, 0)}
<div class="share">شارك: 356 مشاركة</div>
</article>
<aside class="related">الأكثر قراءة: <span>أمطار الخريف تعيد الحياة لسد 9 أبريل</span></aside>
<footer>صوت المضيق © جميع الحقوق محفوظة</footer>
</body>
</html>
"""
    return dict(
        key="m17",
        file="m17_sawt_madiq_hammouchi_madrid.html",
        format="html",
        text=text,
        metadata=meta(title, "صوت المضيق", "Sawt Al Madiq", pub, fictional=True),
        claims=[
            C(
                "joint_operations",
                20,
                "20",
                s1,
                since("2014", pub, "منذ سنة 2014"),
                A("DGST", "بلاغ لقطب المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني"),
                q="more_than",
                qt="ما يزيد عن",
                notes="the DGSN-DGST pole speaking of counter-terrorism cooperation: DGST",
            ),
        ],
        must_not_extract=[
            T("الذكرى 200", "anniversary ordinal"),
            T("توقيف 9 أشخاص فوق التراب الإسباني", "arrests made in Spain: another country's figure"),
            T("11 شتنبر 2001", "date of the attacks in the United States"),
            T("356 مشاركة", "share count"),
            T("سد 9 أبريل", "a dam's name"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[
            NP("US", "هجمات 11 شتنبر 2001 في الولايات المتحدة", "place of an attack"),
        ],
        flags=[
            "named_official",
            "partner_cue",
            "non_partner_attack_place",
            "date_only_published_time",
            "foreign_figures",
            "ordinal_trap",
            "view_count_trap",
        ],
        summary="saved HTML, date only in article:published_time: the DGSN-DGST pole's communiqué (DGST): 'ما يزيد "
        "عن 20 عملية مشتركة' with the Spanish police 'منذ سنة 2014'; nine arrested in Spain 'بناء على معلومات دقيقة "
        "وفرتها لنظيرتها الإسبانية' (partner cue, Spain's figure); 9/11 in the United States (place of an attack); "
        "'الذكرى 200', share count",
    )


# A short BCIJ communiqué as a server sent it (gzip content-encoding) and a browser extension saved it raw:
# the bytes are kept here so that the file does not depend on the zlib version that compresses it.
GZIPPED_COMMUNIQUE = base64.b64decode(
    "H4sIAAAAAAACA4WPSxICIRBD93OKvoDeUWHQoryFpTCMn8LflJ4kfRsDjGt3JJ28Cki6UqNejeCiVj0GwQFZNwiITUZM6nDC0CGo"
    "RaYRMMlCkLRn2UnxyxMJcRZEGNzUC4XFnp0zW2O7rvGiOFY8e66Q/s5IDBndMt0qI7kkltOb+wKeyEKEw4ODS47NHtdqMTR/Ajvh"
    "lHsZGivhUyf+5i+7L+BZv5wTAQAA"
)


@article
def m18():
    """Rejected: a gzip-compressed page saved with a .txt name (binary data with NUL bytes)."""
    return dict(
        key="m18",
        file="m18_gzip_saved_as_txt.txt",
        format="binary",
        raw=GZIPPED_COMMUNIQUE,
        expected_status="rejected",
        expected_error="not a text file (binary data)",
        language=None,
        flags=["binary_file", "rejected"],
        summary="rejected: gzip-compressed bytes (a page saved before decompression) named .txt: 'not a text file "
        "(binary data)'",
    )


# ================================================================ French (m19-m31)


@article
def m19():
    """The MAP brief of m07 as Le360 printed it in French: the same four arrests."""
    pub = "2024-04-18"
    heads, traps = sidebar(
        [
            ("Botola: le Raja s'impose face au FUS (2-0)", "(2-0)", "football score"),
            ("Inflation: l'indice des prix recule de 0,9% en mars", "0,9%", "inflation"),
            (
                "Aïd Al-Fitr 1445: plus de 2 millions de voyageurs sur les routes",
                "2 millions de voyageurs",
                "traffic",
            ),
            "Mondial 2030: le comité d'organisation dévoile son calendrier",
        ]
    )
    title = "Tiflet: démantèlement d'une cellule terroriste affiliée à Daech"
    s1 = (
        "Le Bureau central d'investigations judiciaires (BCIJ), relevant de la Direction générale de la surveillance "
        "du territoire national (DGST), a démantelé jeudi matin une cellule terroriste composée de quatre "
        "extrémistes, âgés de 19 à 33 ans, partisans de l'organisation dite «Etat islamique» et s'activant dans les "
        "villes de Tiflet et Khémisset."
    )
    body = [
        f"Rabat – {s1}",
        "Les perquisitions ont permis la saisie d'armes blanches et d'équipements électroniques, indique un "
        "communiqué du BCIJ, précisant que les suspects seront déférés devant la justice à l'issue de l'enquête "
        "menée sous la supervision du parquet compétent. (MAP)",
    ]
    return dict(
        key="m19",
        file="m19_le360_map_tiflet_fr.txt",
        format="aggregator",
        text=aggregator(heads, title, "Le360", pub, body, lang="fr"),
        metadata=meta(title, "Le360", "Le360", pub),
        claims=[
            C(
                "persons_arrested",
                4,
                "quatre",
                s1,
                event(pub, "jeudi matin"),
                A("BCIJ", "Le Bureau central d'investigations judiciaires (BCIJ)"),
                notes="the French MAP copy of m07: same event, same figure",
            ),
        ],
        must_not_extract=traps + [T("âgés de 19 à 33 ans", "ages")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wire",
            "syndicated_copy",
            "brief",
            "number_words",
            "age_trap",
            "sidebar_trap",
            "score_trap",
            "hijri_trap",
        ],
        summary="the MAP brief of m07 in French on an aggregator: 'quatre extrémistes' arrested 'jeudi matin' (BCIJ); "
        "ages; sidebar with inflation, score, Hijri year",
    )


@article
def m20():
    """A French weekly's long feature: several periods, a dated figure, fighters' verb frames, foreign figures."""
    pub = "2023-05-20"
    title = "Vingt ans après le 16 mai, enquête sur la machine antiterroriste marocaine"
    s1 = (
        "Depuis 2002, plus de 210 cellules terroristes ont été démantelées au Maroc, selon les chiffres que la DGST a "
        "communiqués à TelQuel."
    )
    s2 = (
        "Fin 2018, le compteur n'affichait encore que 183 cellules, ce qui signifie que le rythme des démantèlements "
        "s'est nettement ralenti depuis."
    )
    s_three = (
        "Au cours des trois dernières années, une quinzaine de cellules seulement ont été neutralisées, selon la même "
        "source."
    )
    s3 = (
        "Le bureau lui-même revendique 91 cellules depuis sa création en mars 2015, dont 85 liées à Daech et six "
        "autres à la mouvance Al-Istihlal wal-Fay', d'après les chiffres présentés en février par son directeur, "
        "Habboub Cherkaoui."
    )
    s4 = (
        f"Côté combattants, le bilan officiel tient en quelques chiffres : 1{NNBSP}659 Marocains sont partis combattre "
        "en Syrie et en Irak, 745 ont été tués sur place et 270 sont revenus au pays, où la quasi-totalité a été jugée."
    )
    s5 = (
        f"À titre de comparaison, la France a vu partir quelque 1{NNBSP}450 de ses ressortissants et la Belgique près "
        "de 500, pour des populations musulmanes sans commune mesure."
    )
    s6 = (
        "« On ne démantèle plus des réseaux structurés mais des individus radicalisés seuls devant leur écran », "
        "résume un ancien responsable du renseignement, qui estime qu'au moins 60 % des personnes arrêtées ces "
        "dernières années l'ont été pour des activités en ligne."
    )
    s7 = (
        "Avec Madrid, la coopération est quotidienne : les deux services ont mené ensemble une vingtaine "
        "d'opérations depuis 2014, d'après une source sécuritaire marocaine."
    )
    s_attack = (
        "Les attentats du 16 mai 2003 à Casablanca avaient fait 45 morts, dont 12 kamikazes, et profondément "
        "transformé la doctrine sécuritaire du royaume."
    )
    body = [
        "Au bout d'une route sans enseigne, derrière la cour d'appel de Salé, se dresse le siège du Bureau central "
        "d'investigations judiciaires (BCIJ). Agents cagoulés, portiques de détection, téléphones confisqués à "
        "l'entrée : rien n'est laissé au hasard.",
        s_attack,
        f"{s1} {s2} {s_three}",
        s3,
        "Dans les locaux, une « cellule de veille » d'une trentaine d'analystes épluche jour et nuit les réseaux "
        "sociaux à la recherche de signaux faibles.",
        s4,
        s5,
        s6,
        s7,
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} – TelQuel</title>
<meta property="og:site_name" content="TelQuel">
<meta name="section" content="Enquête">
</head>
<body>
<header class="site"><a href="/">TelQuel</a> <nav>Politique · Économie · Société · Culture · Enquêtes</nav></header>
<main>
<article class="longform">
<p class="kicker">Enquête</p>
<h1>{title}</h1>
<p class="byline">Par Salma Benjelloun, le 20/05/2023 à 10h15</p>
{paragraphs_html(body, 0)}
<p class="reading-time">Temps de lecture : 14 min</p>
</article>
<aside class="newsletter">Recevez chaque semaine nos 5 enquêtes les plus lues</aside>
</main>
<footer>© TelQuel 2023</footer>
</body>
</html>
"""
    dgst = A("DGST", "selon les chiffres que la DGST a communiqués à TelQuel")
    habboub = A("BCIJ", "d'après les chiffres présentés en février par son directeur", "Habboub Cherkaoui")
    creation = since("2015-03", "2023-02", "depuis sa création en mars 2015")
    official = A("official_unspecified", "le bilan officiel")
    fighters = cumul(pub)
    return dict(
        key="m20",
        file="m20_telquel_feature_twenty_years.html",
        format="html",
        text=text,
        metadata=meta(title, "TelQuel", "TelQuel", pub),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                since("2002", pub, "Depuis 2002"),
                dgst,
                q="more_than",
                qt="plus de",
            ),
            C(
                "cells_dismantled",
                183,
                "183",
                s2,
                since("2002", "2018-12", "Fin 2018"),
                dgst,
                as_of="2018-12",
                notes="dated by the text ('Fin 2018'): the running total at that date, compared there",
            ),
            C(
                "cells_dismantled",
                15,
                "une quinzaine",
                s_three,
                lastn(3, pub, "Au cours des trois dernières années"),
                A("DGST", "selon la même source"),
                q="about",
                qt="une quinzaine",
            ),
            C(
                "cells_dismantled",
                91,
                "91",
                s3,
                creation,
                habboub,
                as_of="2023-02",
                notes="the director's February figures: as_of 2023-02; attribution after the figure",
            ),
            C("cells_dismantled", 85, "85", s3, creation, habboub, subset="isis_linked", as_of="2023-02"),
            C("cells_dismantled", 6, "six", s3, creation, habboub, subset="istihlal_linked", as_of="2023-02"),
            C(
                "fighters_joined",
                1659,
                f"1{NNBSP}659",
                s4,
                fighters,
                official,
                notes="'partis combattre'",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                745,
                "745",
                s4,
                fighters,
                official,
                notes="number followed by 'ont été tués'",
            ),
            C("returnees", 270, "270", s4, fighters, official, notes="'sont revenus'"),
            C(
                "persons_arrested",
                60,
                "60",
                s6,
                unspec("ces dernières années"),
                A("official_unspecified", "un ancien responsable du renseignement"),
                q="at_least",
                qt="au moins",
                subset="online_activity",
                unit="percent",
            ),
            C(
                "joint_operations",
                20,
                "une vingtaine",
                s7,
                since("2014", pub, "depuis 2014"),
                A("official_unspecified", "d'après une source sécuritaire marocaine"),
                q="about",
                qt="une vingtaine",
            ),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                45,
                "45",
                s_attack,
                event("2003-05-16", "16 mai 2003"),
                A("unspecified"),
                notes="victims of one attack (the bombers included): outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T("Vingt ans", "duration in the title"),
            T("dont 12 kamikazes", "the bombers among the dead"),
            T(
                "une trentaine d'analystes",
                "staff of a monitoring unit ('cellule de veille'): not a terror cell",
            ),
            T(f"quelque 1{NNBSP}450", "French fighters: another country"),
            T("près de 500", "Belgian fighters: another country"),
            T("Temps de lecture : 14 min", "reading time"),
            T("nos 5 enquêtes", "newsletter box"),
            T("le 20/05/2023 à 10h15", "byline date (the publication date)"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[
            NP("FR", "la France a vu partir", "comparison"),
            NP("BE", "la Belgique près de 500", "comparison"),
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "feature",
            "as_of",
            "since_creation",
            "reporting_verb_after",
            "named_official",
            "verb_no_noun",
            "metric_frame",
            "foreign_figures",
            "not_terror_cell",
            "partner_cue",
            "non_partner_contrast",
            "date_in_byline",
            "subset_breakdown",
            "number_words",
            "duration_trap",
            "non_partner_zone",
        ],
        summary="TelQuel long feature, HTML with the date only in the byline: 'plus de 210' since 2002 (DGST), '183' "
        "dated 'Fin 2018' (as_of), 91 'depuis sa création en mars 2015' with '85 … et six autres' from the "
        "director's February figures (as_of 2023-02, source after the figure); '1 659 … sont partis combattre', "
        "'745 ont été tués', '270 sont revenus' (U+202F); 'au moins 60 %' online (anonymous former official); 'une "
        "vingtaine d'opérations' with Madrid; France and Belgium as comparisons; 'cellule de veille'",
    )


@article
def m21():
    """An interview in French: the speaker labelled once, then answers without a name; the date only in <time>."""
    pub = "2020-01-15"
    title = "Abdelhak Khiame: « L'an dernier, nous avons démantelé 14 cellules »"
    q1 = "Médias24 : Quel bilan tirez-vous de l'année écoulée ?"
    a1 = "Abdelhak Khiame : L'an dernier, nous avons démantelé 14 cellules, contre 11 en 2018."
    a2 = (
        f"Depuis notre création en mars 2015, cela fait 74 cellules au total et un peu plus de 1{NNBSP}200 personnes "
        "présentées à la justice."
    )
    q2 = (
        "Médias24 : En 2018, le ministère public a recensé 337 personnes poursuivies pour terrorisme. Comment "
        "expliquer l'écart avec vos chiffres ?"
    )
    a3 = (
        "Ces 337 dossiers englobent l'apologie et l'incitation, qui relèvent souvent de la police judiciaire et non "
        "du BCIJ. Nous ne comptons que les personnes arrêtées dans le cadre de nos propres enquêtes."
    )
    q3 = "Médias24 : Où en est le dossier des combattants ?"
    a4 = f"Au total, 1{NNBSP}659 Marocains ont rejoint la zone syro-irakienne, parmi lesquels 290 femmes et 391 mineurs."
    a5 = (
        "Tous ceux qui rentrent sont interpellés et présentés au parquet : nous en avons déféré 137 à ce jour, en "
        "application de la loi de 2015."
    )
    q4 = "Médias24 : Et la coopération internationale ?"
    a6 = (
        "Nous avons transmis des informations à nos partenaires espagnols et belges, ce qui leur a permis d'éviter des "
        "attentats. Le directeur marque une pause, puis ajoute que la menace vient désormais du Sahel."
    )
    body = [
        "Le directeur du Bureau central d'investigations judiciaires a reçu Médias24 dans son bureau de Salé. "
        "Entretien.",
        q1,
        a1,
        a2,
        q2,
        a3,
        q3,
        f"{a4} {a5}",
        q4,
        a6,
    ]
    text = f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} | Médias24</title>
<meta property="og:site_name" content="Médias24">
</head>
<body>
<div id="ticker">MASI +0,42% · MADEX +0,39% · Météo Casablanca 19°C</div>
<article>
<h1>{title}</h1>
<p class="meta">Entretien · <time datetime="{pub}T09:12:00+01:00">Il y a 2 heures</time></p>
{paragraphs_html(body, 0)}
</article>
<aside><h2>Les plus lus</h2><ul><li>Crédit: l'encours atteint 935 milliards de dirhams</li></ul></aside>
<footer>© Médias24 2020</footer>
</body>
</html>
"""
    khiame = A("BCIJ", "Abdelhak Khiame", "Abdelhak Khiame")
    creation = since("2015-03", pub, "Depuis notre création en mars 2015")
    fighters = cumul(pub)
    return dict(
        key="m21",
        file="m21_medias24_khiame_interview.html",
        format="html",
        text=text,
        metadata=meta(title, "Médias24", "Medias24", pub),
        claims=[
            C(
                "cells_dismantled",
                14,
                "14",
                a1,
                yr("2019", "L'an dernier"),
                khiame,
                notes="'L'an dernier' from the <time> date (January 2020): 2019; the minister told MPs 12 (m03)",
            ),
            C("cells_dismantled", 11, "11", a1, yr("2018", "en 2018"), khiame),
            C(
                "cells_dismantled",
                74,
                "74",
                a2,
                creation,
                khiame,
                notes="the answers after the first carry no name: the speaker is still Khiame",
            ),
            C(
                "persons_arrested",
                1200,
                f"1{NNBSP}200",
                a2,
                creation,
                khiame,
                q="more_than",
                qt="un peu plus de",
            ),
            C("fighters_joined", 1659, f"1{NNBSP}659", a4, fighters, khiame, subset="syria_iraq_linked"),
            C("fighters_joined", 290, "290", a4, fighters, khiame, subset="women"),
            C("fighters_joined", 391, "391", a4, fighters, khiame, subset="minors"),
            C("returnees_arrested", 137, "137", a5, fighters, khiame, notes="'nous en avons déféré 137'"),
        ],
        optional_claims=[
            C(
                "persons_prosecuted",
                337,
                "337",
                q2,
                yr("2018", "En 2018"),
                A("official_unspecified", "le ministère public"),
                notes="the interviewer's figure from the public prosecutor: prosecutions of every kind, not the BCIJ's",
            ),
        ],
        must_not_extract=[
            T(title, "title: it quotes the answer whose sentence is the claim"),
            T("Ces 337 dossiers", "the interviewer's figure repeated in the answer"),
            T("la loi de 2015", "year of a law"),
            T("MASI +0,42%", "ticker: stock index"),
            T("19°C", "weather"),
            T("935 milliards de dirhams", "aside: money"),
            T("Il y a 2 heures", "relative time stamp"),
            T("© Médias24 2020", "footer year"),
        ],
        countries_cited=["ES", "BE"],
        countries_not_partners=[],
        flags=[
            "interview",
            "named_official",
            "speaker_previous_sentence",
            "relative_period",
            "since_creation",
            "narrow_nbsp",
            "date_only_time",
            "partner_cue",
            "subset_breakdown",
            "list",
            "metric_frame",
        ],
        summary="Médias24 interview with Khiame (BCIJ), date only in <time datetime> ('Il y a 2 heures'): 14 cells "
        "'L'an dernier' (2019: the minister's 12 in m03 disagrees) 'contre 11 en 2018'; 74 and 'un peu plus de 1 200' "
        "'Depuis notre création en mars 2015'; 1 659 with 290 women and 391 minors; 'nous en avons déféré 137'; the "
        "interviewer's 337 prosecutions (optional) repeated as 'Ces 337 dossiers'; ES/BE partners",
    )


@article
def m22():
    """A court report in French: years of prison, defendants, a fine; one context figure and one dated arrest."""
    pub = "2022-07-08"
    title = "Procès de la cellule de Tanger : jusqu'à quinze ans de prison ferme"
    p1 = (
        "La chambre criminelle de premier degré chargée des affaires de terrorisme près l'annexe de la cour d'appel "
        "de Rabat à Salé a condamné, jeudi soir, les neuf membres d'une cellule affiliée à Daech à des peines allant "
        "de trois à quinze ans de prison ferme."
    )
    p2 = (
        "Le principal accusé, âgé de 29 ans, a écopé de la peine la plus lourde, tandis que quatre de ses coaccusés "
        "ont été condamnés à dix ans et les autres à trois ans, assortis d'une amende de 20 000 dirhams chacun."
    )
    s3 = (
        "Les neuf suspects avaient été interpellés le 14 octobre 2021 à Tanger et à Fnideq, au terme d'une enquête du "
        "Bureau central d'investigations judiciaires (BCIJ)."
    )
    s4 = (
        "Cette cellule était la quatrième mise hors d'état de nuire par le BCIJ en 2021, une année qui en a compté "
        "cinq au total, selon les chiffres du bureau."
    )
    p5 = (
        "Devant des dizaines de proches des accusés, le parquet avait requis vingt ans contre le chef présumé. Depuis l'entrée en vigueur de la loi 86-14, plus "
        "d'un millier de personnes ont été jugées pour des faits de terrorisme, rappelle la défense, qui a annoncé "
        "son intention d'interjeter appel."
    )
    text = clean(
        title, [p1, p2, f"{s3} {s4}", p5], dateline="Salé – ", lines_before=["Publié le 08 juillet 2022"]
    )
    bcij = A("BCIJ", "selon les chiffres du bureau")
    return dict(
        key="m22",
        file="m22_clean_court_tangier_cell_fr.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="Salé"),
        claims=[
            C(
                "persons_arrested",
                9,
                "neuf",
                s3,
                event("2021-10-14", "le 14 octobre 2021"),
                A("BCIJ", "au terme d'une enquête du Bureau central d'investigations judiciaires (BCIJ)"),
                notes="the arrest, dated by the text; the 'neuf membres' sentenced in the first paragraph are a trap",
            ),
            C(
                "cells_dismantled",
                5,
                "cinq",
                s4,
                yr("2021", "en 2021"),
                bcij,
                notes="attribution at the end of the sentence",
            ),
        ],
        optional_claims=[
            C(
                "cells_dismantled",
                4,
                "quatrième",
                s4,
                ytd("2021", "2021-10", None),
                bcij,
                notes="an ordinal that implies a count: the fourth cell of 2021 by October",
            ),
            C(
                "persons_prosecuted",
                1000,
                "un millier",
                p5,
                since("2015", pub, None),
                A("unspecified", "rappelle la défense"),
                q="more_than",
                qt="plus d'",
            ),
        ],
        must_not_extract=[
            T("jusqu'à quinze ans", "prison term in the title"),
            T("les neuf membres", "defendants sentenced (the arrest is the claim of paragraph 3)"),
            T("de trois à quinze ans", "prison terms"),
            T("âgé de 29 ans", "age"),
            T("quatre de ses coaccusés", "defendants"),
            T("à dix ans", "prison term"),
            T("20 000 dirhams", "fine"),
            T("vingt ans", "prison term requested"),
            T("des dizaines de proches", "vague count"),
            T("la loi 86-14", "law number"),
            T("Publié le 08 juillet 2022", "date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "court_report",
            "vague_count_trap",
            "date_line_inside",
            "number_words",
            "reporting_verb_after",
            "age_trap",
            "duration_trap",
            "money_trap",
            "law_number_trap",
            "ordinal_trap",
            "no_outlet",
        ],
        summary="court report (clean, 'Salé – ', date line inside): sentences 'de trois à quinze ans', 'dix ans', "
        "'vingt ans', a 20 000-dirham fine, the defendants and the law 86-14 as traps; the arrest of 'neuf suspects' "
        "'le 14 octobre 2021' and 'cinq au total' in 2021 (source at the end); 'la quatrième' and 'plus d'un "
        "millier' jugées optional",
    )


@article
def m23():
    """An explainer whose table is printed as lines; its total row does not add up (21 + 19 + 9 is not 51)."""
    pub = "2018-01-10"
    title = "Terrorisme : trois ans de BCIJ en chiffres"
    intro = (
        "Le ministère de l'Intérieur a rendu publics, fin décembre, les chiffres de l'activité du Bureau central "
        "d'investigations judiciaires depuis sa création. Les voici, année par année :"
    )
    rows = {"2015": ("21", "275"), "2016": ("19", "273"), "2017": ("9", "186")}
    lines = {year: f"{year} — {cells} — {arrests}" for year, (cells, arrests) in rows.items()}
    total = "Total 2015-2017 — 51 — 734"
    s174 = "Au total, 174 cellules ont été démantelées depuis 2002, selon le ministère de l'Intérieur."
    s88 = "Selon la même source, 88 % des cellules démantelées depuis 2015 étaient liées à Daech."
    blocks = [
        intro,
        "Année — Cellules démantelées — Personnes interpellées",
        *lines.values(),
        total,
        f"{s174} {s88}",
        "Le rythme des démantèlements a donc été divisé par plus de deux en deux ans, ce que les spécialistes "
        "attribuent à l'effondrement territorial de l'organisation en Syrie et en Irak.",
    ]
    text = wordpress(
        lang="fr",
        site="Éco Maroc Hebdo",
        crumbs="AccueilActualitéSécurité",
        title=title,
        meta=["10 janvier 2018", "Par La Rédaction"],
        blocks=blocks,
        related=["Bourse : le MASI gagne 1,2 % sur la semaine", "Budget 2018 : les grandes lignes"],
    )
    moi = A("MOI", "Le ministère de l'Intérieur")
    claims = []
    for year, (cells, arrests) in rows.items():
        claims.append(C("cells_dismantled", int(cells), cells, lines[year], yr(year, year), moi))
        claims.append(C("persons_arrested", int(arrests), arrests, lines[year], yr(year, year), moi))
    span = rng("2015", "2017", "2015-2017")
    claims += [
        C(
            "cells_dismantled",
            51,
            "51",
            total,
            span,
            moi,
            notes="the total row says 51 where its own rows give 21 + 19 + 9 = 49",
        ),
        C(
            "persons_arrested",
            734,
            "734",
            total,
            span,
            moi,
            notes="275 + 273 + 186 = 734: this column adds up",
        ),
        C(
            "cells_dismantled",
            174,
            "174",
            s174,
            since("2002", pub, "depuis 2002"),
            A("MOI", "selon le ministère de l'Intérieur"),
            notes="attribution at the end of the sentence",
        ),
        C(
            "cells_dismantled",
            88,
            "88",
            s88,
            since("2015", pub, "depuis 2015"),
            A("MOI", "Selon la même source"),
            subset="isis_linked",
            unit="percent",
        ),
    ]
    return dict(
        key="m23",
        file="m23_eco_maroc_table_total.txt",
        format="wordpress",
        text=text,
        metadata=meta(title, "Éco Maroc Hebdo", "Eco Maroc Hebdo", pub, fictional=True),
        claims=claims,
        must_not_extract=[
            T("trois ans", "duration in the title"),
            T("divisé par plus de deux en deux ans", "a ratio and a duration"),
            T("1,2 %", "related post: stock index"),
            T("Budget 2018", "related post: bare year"),
            T("10 janvier 2018", "WordPress date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "explainer_table",
            "table",
            "list",
            "wordpress_date_line",
            "reporting_verb_after",
            "carried_attribution",
            "internal_arithmetic",
            "duration_trap",
            "related_posts_trap",
            "non_partner_zone",
        ],
        summary="explainer (WordPress, fictional site, date line '10 janvier 2018') whose table is "
        "printed as lines '2015 — 21 — 275': the 'Total 2015-2017 — 51' row disagrees with its rows (49: "
        "internal_arithmetic) while 734 adds up; 174 since 2002 (source at the end) and '88 %' ISIS-linked 'Selon la "
        "même source'",
    )


AFP_FR_EVENT = (
    "Les autorités marocaines ont annoncé jeudi le démantèlement d'une « cellule terroriste » affiliée au groupe "
    "Etat islamique (EI) et l'arrestation de cinq de ses membres, soupçonnés de préparer des attentats à Oujda et "
    "Berkane ({region})."
)
AFP_FR_TOTALS = (
    "Depuis 2002, le royaume a démantelé plus de 210 cellules terroristes et arrêté plus de 4{sep}300 personnes dans "
    "des affaires liées au terrorisme, selon des chiffres officiels."
)


def afp_fr_claims(pub, event_sentence, totals_sentence, sep):
    official = A("official_unspecified", "selon des chiffres officiels")
    return [
        C(
            "persons_arrested",
            5,
            "cinq",
            event_sentence,
            event("2022-03-17", "jeudi"),
            A("official_unspecified", "Les autorités marocaines"),
        ),
        C(
            "cells_dismantled",
            210,
            "210",
            totals_sentence,
            since("2002", pub, "Depuis 2002"),
            official,
            q="more_than",
            qt="plus de",
        ),
        C(
            "persons_arrested",
            4300,
            f"4{sep}300",
            totals_sentence,
            since("2002", pub, "Depuis 2002"),
            official,
            q="more_than",
            qt="plus de",
        ),
    ]


@article
def m24():
    """The AFP French wire as a clean page: 'Rabat (AFP) -', a narrow no-break space in 4 300."""
    pub = "2022-03-17"
    title = "Maroc : démantèlement d'une cellule jihadiste, cinq arrestations"
    s1 = AFP_FR_EVENT.format(region="nord-est")
    s2 = AFP_FR_TOTALS.format(sep=NNBSP)
    p4 = (
        "Le Maroc a été frappé en 2003 par des attentats suicide à Casablanca (33 morts) et en 2011 par un attentat "
        "à Marrakech (17 morts). En décembre 2018, deux touristes scandinaves ont été tuées près de Marrakech par des "
        "jihadistes."
    )
    body = [
        s1,
        "Agés de 21 à 38 ans, les suspects avaient fait allégeance à l'EI et tenté de se procurer des produits "
        "chimiques, a précisé le Bureau central d'investigations judiciaires (BCIJ) dans un communiqué.",
        s2,
        p4,
    ]
    text = clean(title, body, dateline="Rabat (AFP) - ", lines_before=["Publié le : 17/03/2022 - 15:42"])
    return dict(
        key="m24",
        file="m24_clean_afp_oujda_cell.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="Rabat"),
        claims=afp_fr_claims(pub, s1, s2, NNBSP),
        optional_claims=[
            C(
                "attack_deaths",
                33,
                "33",
                p4,
                event("2003", "en 2003"),
                A("unspecified"),
                notes="victims of one attack",
            ),
            C("attack_deaths", 17, "17", p4, event("2011", "en 2011"), A("unspecified")),
        ],
        must_not_extract=[
            T("Agés de 21 à 38 ans", "ages"),
            T("deux touristes scandinaves", "victims"),
            T("Publié le : 17/03/2022 - 15:42", "date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[NP(None, "deux touristes scandinaves", "nationality of victims")],
        flags=[
            "wire",
            "syndicated_copy",
            "date_line_inside",
            "narrow_nbsp",
            "number_words",
            "relative_period",
            "age_trap",
            "non_partner_nationality",
            "no_outlet",
        ],
        summary="AFP French wire, clean ('Rabat (AFP) - ', date line 'Publié le : 17/03/2022 - 15:42'): 'cinq' "
        "arrested 'jeudi'; 'plus de 210 cellules' and 'plus de 4 300 personnes' (U+202F) 'Depuis 2002' 'selon des "
        "chiffres officiels'; 2003 and 2011 victims optional; copied by m25, garbled by m26",
    )


@article
def m25():
    """The same AFP wire on an aggregator: a plain space in 4 300, '(Oriental)', the last paragraph shortened."""
    pub = "2022-03-17"
    heads, traps = sidebar(
        [
            ("Ligue des champions : le Wydad accroche Petro (1-1)", "(1-1)", "football score"),
            ("Carburants : le gasoil à 14,50 dirhams le litre", "14,50 dirhams", "price"),
            "Sécheresse : le gouvernement annonce un programme d'urgence",
            ("Ramadan 1443 : l'observation du croissant fixée au 1er avril", "1443", "Hijri year"),
        ]
    )
    title = "Maroc: une cellule liée à l'EI démantelée à Oujda et Berkane"
    s1 = AFP_FR_EVENT.format(region="Oriental")
    s2 = AFP_FR_TOTALS.format(sep=" ")
    body = [
        s1,
        "Agés de 21 à 38 ans, les suspects avaient fait allégeance à l'EI, a précisé le Bureau central "
        "d'investigations judiciaires (BCIJ) dans un communiqué.",
        s2,
        "Le royaume a été frappé en 2003 par des attentats suicide à Casablanca et en 2011 à Marrakech. (AFP)",
    ]
    return dict(
        key="m25",
        file="m25_h24info_afp_copy.txt",
        format="aggregator",
        text=aggregator(heads, title, "H24info", pub, body, lang="fr"),
        metadata=meta(title, "H24info", "H24info", pub),
        claims=afp_fr_claims(pub, s1, s2, " "),
        must_not_extract=traps
        + [T("Agés de 21 à 38 ans", "ages"), T("en 2003", "year of the Casablanca attacks")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wire",
            "syndicated_copy",
            "thousands_separator",
            "number_words",
            "relative_period",
            "age_trap",
            "sidebar_trap",
            "hijri_trap",
            "score_trap",
        ],
        summary="the AFP wire of m24 on an aggregator the same day: '(Oriental)' for '(nord-est)', a plain space in "
        "'4 300', the victims' figures dropped; same claims (five arrested, 'plus de 210', 'plus de 4 300')",
    )


@article
def m26():
    """A one-sentence brief that garbles the wire: 'more than 4,300 cells' (the arrests) since 2002."""
    pub = "2022-03-17"
    title = "Terrorisme: le Maroc a démantelé plus de 4 300 cellules depuis 2002"
    s1 = (
        "Le Maroc a démantelé plus de 4 300 cellules terroristes depuis 2002, selon des chiffres officiels cités "
        "jeudi à l'occasion de l'annonce d'un nouveau coup de filet dans l'Oriental, où cinq personnes ont été "
        "arrêtées."
    )
    text = clean(title, [s1], lines_before=["17.03.2022 | 18h05"])
    official = A("official_unspecified", "selon des chiffres officiels")
    return dict(
        key="m26",
        file="m26_clean_brief_4300_cells.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub),
        claims=[
            C(
                "cells_dismantled",
                4300,
                "4 300",
                s1,
                since("2002", pub, "depuis 2002"),
                official,
                q="more_than",
                qt="plus de",
                notes="the wire's arrests printed as cells: twenty times every other source",
            ),
            C("persons_arrested", 5, "cinq", s1, event(pub, "jeudi"), official),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("17.03.2022 | 18h05", "date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "brief",
            "date_line_inside",
            "thousands_separator",
            "number_words",
            "title_figure",
            "no_outlet",
        ],
        summary="a one-sentence brief (clean, date line '17.03.2022 | 18h05') garbling the AFP wire: 'plus de 4 300 "
        "cellules' since 2002 (implausible_value), five arrested",
    )


@article
def m27():
    """The DGSN's 2021 review in French, the date only in JSON-LD: a year figure that a later review restates."""
    pub = "2021-12-28"
    title = "Bilan 2021 de la DGSN : recul des affaires liées au terrorisme"
    s1 = (
        "Dans son bilan annuel, la Direction générale de la sûreté nationale (DGSN) indique que la Brigade nationale "
        "de la police judiciaire a déféré au parquet trente-six personnes pour leur implication présumée dans des "
        "affaires de terrorisme et d'extrémisme au cours de l'année 2021, hors cellules démantelées par le BCIJ."
    )
    s2 = (
        "Parmi elles, 21 étaient poursuivies pour apologie du terrorisme et 15 pour incitation à rejoindre des groupes "
        "armés à l'étranger."
    )
    s3 = "L'an dernier, ce chiffre s'établissait à 23."
    s4 = "Le seul mois de novembre a vu quatre déferrements, un pic attribué à une campagne de propagande en ligne."
    body = [
        "La Direction générale de la sûreté nationale a publié mardi son bilan de l'année, marqué par une hausse des "
        "affaires de cybercriminalité et un recul des infractions liées au terrorisme.",
        f"{s1} {s2} {s3}",
        s4,
        "Par ailleurs, le réseau des cellules de prise en charge des femmes victimes de violence compte désormais "
        "440 cellules, tandis que les services ont traité 5 366 affaires d'extorsion sexuelle en ligne.",
        "La DGSN a également traité 1 100 demandes d'entraide policière internationale et mené des opérations "
        "conjointes avec les polices allemande et espagnole, selon le document.",
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": f"{pub}T12:30:00+01:00",
            "dateModified": "2022-01-03T08:00:00+01:00",
            "author": {"@type": "Person", "name": "Karim Alaoui"},
        },
        ensure_ascii=False,
    )
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - Le Matin</title>
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header><a href="/">Le Matin</a> · Nation · Économie · Sports</header>
<article>
<h1>{title}</h1>
<p class="author">Karim Alaoui</p>
{paragraphs_html(body, 0)}
</article>
<aside>À lire aussi : Coupe arabe, les Lions éliminés aux tirs au but (5-3)</aside>
<footer>© Le Matin 2021</footer>
</body>
</html>
"""
    dgsn = A("DGSN", "la Direction générale de la sûreté nationale (DGSN) indique")
    carried = A("DGSN", "Parmi elles")
    jp = "judicial_police"
    y2021 = yr("2021", "au cours de l'année 2021")
    return dict(
        key="m27",
        file="m27_lematin_dgsn_review_2021_jsonld.html",
        format="html",
        text=text,
        metadata=meta(title, "Le Matin", "Le Matin", pub),
        claims=[
            C(
                "persons_arrested",
                36,
                "trente-six",
                s1,
                y2021,
                dgsn,
                subset=jp,
                notes="the 2024 review (m01) puts 2021 at 38",
            ),
            C("persons_arrested", 21, "21", s2, yr("2021", None), carried, subset="glorification"),
            C("persons_arrested", 15, "15", s2, yr("2021", None), carried, subset="incitement"),
            C(
                "persons_arrested",
                23,
                "23",
                s3,
                yr("2020", "L'an dernier"),
                carried,
                subset=jp,
                notes="'L'an dernier' from the JSON-LD date: 2020",
            ),
            C(
                "persons_arrested",
                4,
                "quatre",
                s4,
                month("2021-11", "Le seul mois de novembre"),
                carried,
                subset=jp,
            ),
        ],
        must_not_extract=[
            T("440 cellules", "units for women victims of violence: not terror cells"),
            T("5 366 affaires", "extortion cases"),
            T("1 100 demandes", "requests for police assistance"),
            T("(5-3)", "aside: penalty shoot-out score"),
            T("© Le Matin 2021", "footer year"),
        ],
        countries_cited=["DE", "ES"],
        countries_not_partners=[],
        flags=[
            "annual_review",
            "date_only_jsonld",
            "relative_period",
            "month",
            "number_words",
            "subset_breakdown",
            "not_terror_cell",
            "partner_cue",
            "carried_attribution",
            "score_trap",
            "footer_year_trap",
        ],
        summary="DGSN review 2021 in French, date only in JSON-LD (dateModified later): 'trente-six' referred 'au "
        "cours de l'année 2021' (m01 says 38: same_period_disagreement) = 21 apologie + 15 incitation; 23 'L'an "
        "dernier' (2020); 'quatre' in November (month); '440 cellules' for women victims; DE/ES joint operations",
    )


@article
def m28():
    """A joint Moroccan-Spanish operation, the date only in article:published_time: Spain's arrests are not Morocco's."""
    pub = "2024-05-22"
    title = "Opération conjointe maroco-espagnole : dix arrestations à Tanger et Tétouan"
    s1 = (
        "En étroite collaboration avec la Comisaría General de Información de la police nationale espagnole, le BCIJ "
        "a interpellé mercredi dix partisans de Daech à Tanger et Tétouan, tandis que trois autres suspects étaient "
        "arrêtés à Melilla et Barcelone par les services espagnols."
    )
    s2 = (
        "« Nos opérations conjointes, qui dépassent la vingtaine depuis 2014, montrent qu'aucun pays ne peut faire "
        "face seul à cette menace », a déclaré Abdellatif Hammouchi, directeur général de la DGSN et de la DGST."
    )
    s_ytd = "Le bureau a ainsi démantelé quatre cellules depuis le début de l'année, précise le communiqué."
    body = [
        s1,
        "Selon un communiqué du BCIJ, les suspects diffusaient une propagande intensive sur les réseaux sociaux et "
        "projetaient de rejoindre la branche sahélienne de l'organisation. " + s_ytd,
        s2,
        "La police espagnole, qui a célébré en début d'année son 200e anniversaire, parle d'une coopération "
        "« déterminante ».",
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta property="og:site_name" content="Maroc Sécurité Info">
<meta property="article:published_time" content="{pub}T21:10:00+01:00">
<meta property="og:title" content="{title}">
<title>{title}</title>
</head>
<body>
<nav>Accueil | National | Monde | Sport</nav>
<article>
<h1>{title}</h1>
{paragraphs_html(body, 0)}
<p class="views">1 254 lectures</p>
</article>
<footer>Maroc Sécurité Info — tous droits réservés</footer>
</body>
</html>
"""
    return dict(
        key="m28",
        file="m28_maroc_securite_joint_operation.html",
        format="html",
        text=text,
        metadata=meta(title, "Maroc Sécurité Info", "Maroc Securite Info", pub, fictional=True),
        claims=[
            C(
                "persons_arrested",
                10,
                "dix",
                s1,
                event(pub, "mercredi"),
                A("BCIJ", "Selon un communiqué du BCIJ"),
                notes="the three arrested in Spain are Spain's figure",
            ),
            C(
                "cells_dismantled",
                4,
                "quatre",
                s_ytd,
                ytd("2024", pub, "depuis le début de l'année"),
                A("BCIJ", "précise le communiqué"),
            ),
            C(
                "joint_operations",
                20,
                "la vingtaine",
                s2,
                since("2014", pub, "depuis 2014"),
                A("DGST", "a déclaré Abdellatif Hammouchi", "Abdellatif Hammouchi"),
                q="more_than",
                qt="qui dépassent",
                notes="Hammouchi on counter-terrorism cooperation: DGST; source after the quote",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("trois autres suspects", "arrests in Spain: another country's figure"),
            T("200e anniversaire", "ordinal anniversary"),
            T("1 254 lectures", "view count"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "partner_cue",
            "named_official",
            "reporting_verb_after",
            "date_only_published_time",
            "foreign_figures",
            "number_words",
            "relative_period",
            "ordinal_trap",
            "view_count_trap",
            "title_figure",
        ],
        summary="saved HTML, date only in article:published_time (fictional outlet): 'En étroite collaboration avec "
        "… la police nationale espagnole', 'dix' arrested 'mercredi' while 'trois autres' in Spain are Spain's; "
        "Hammouchi (DGST, after the quote): joint operations 'qui dépassent la vingtaine depuis 2014'; '200e "
        "anniversaire', view count",
    )


@article
def m29():
    """Yabiladi relaying an EFE interview, UTF-16 big-endian: a stock with its date, a country inside an agency's name."""
    pub = "2021-03-20"
    heads, traps = sidebar(
        [
            ("Covid-19 : 4 millions de personnes vaccinées au Maroc", "4 millions", "vaccinations"),
            ("Football : les Lions de l'Atlas battent la Mauritanie (2-0)", "(2-0)", "football score"),
            "Espagne : la régularisation des saisonniers marocains en débat",
        ]
    )
    title = f"Syrie : 1{NNBSP}137 Marocains toujours détenus dans des camps, selon le BCIJ"
    s1 = (
        "Dans un entretien accordé à l'agence espagnole EFE, le directeur du Bureau central d'investigations "
        f"judiciaires (BCIJ), Habboub Cherkaoui, a indiqué que 1{NNBSP}137 Marocains, combattants et membres de leurs "
        "familles, se trouvent toujours dans des camps du nord de la Syrie."
    )
    s2 = (
        "Parmi eux figurent 189 femmes et 309 enfants, a-t-il précisé, ajoutant que le dernier rapatriement, celui de "
        "huit personnes, remonte à mars 2019 et a été mené en coordination avec les États-Unis."
    )
    s3 = (
        f"Selon les chiffres du BCIJ, 1{NNBSP}659 Marocains ont rejoint la zone syro-irakienne ; 745 y sont morts et "
        "270 sont rentrés au Maroc, où ils ont été jugés."
    )
    body = [
        s1,
        s2,
        s3,
        "Le responsable a également évoqué la lutte contre le trafic de drogue, rappelant que 59,9 tonnes de haschich "
        "avaient été saisies en six ans par les équipes du bureau.",
    ]
    habboub = A("BCIJ", "Habboub Cherkaoui", "Habboub Cherkaoui")
    figures = A("BCIJ", "Selon les chiffres du BCIJ")
    return dict(
        key="m29",
        file="m29_yabiladi_efe_camps_utf16be.txt",
        format="aggregator",
        encoding="utf-16",
        utf16_big_endian=True,
        text=aggregator(heads, title, "Yabiladi", pub, body, lang="fr"),
        metadata=meta(title, "Yabiladi", "Yabiladi", pub),
        claims=[
            C(
                "fighters_detained_abroad",
                1137,
                f"1{NNBSP}137",
                s1,
                cumul(pub),
                habboub,
                subset="syria",
                notes="fighters and relatives held in camps: a stock at the date of the interview",
            ),
            C("fighters_detained_abroad", 189, "189", s2, cumul(pub), habboub, subset="women"),
            C("fighters_detained_abroad", 309, "309", s2, cumul(pub), habboub, subset="minors"),
            C(
                "returnees",
                8,
                "huit",
                s2,
                P("event", "2019-03", "2019-03", "mars 2019"),
                habboub,
                subset="repatriated",
            ),
            C("fighters_joined", 1659, f"1{NNBSP}659", s3, cumul(pub), figures, subset="syria_iraq_linked"),
            C("fighters_killed", 745, "745", s3, cumul(pub), figures, notes="'745 y sont morts'"),
            C("returnees", 270, "270", s3, cumul(pub), figures, notes="'270 sont rentrés'"),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("59,9 tonnes", "drug seizures"),
            T("en six ans", "duration"),
        ],
        countries_cited=["US"],
        countries_not_partners=[
            NP("ES", "l'agence espagnole EFE", "inside a news agency's name"),
            NP("SY", "camps du nord de la Syrie", "place of the camps"),
        ],
        flags=[
            "interview",
            "named_official",
            "reporting_verb_after",
            "narrow_nbsp",
            "verb_no_noun",
            "new_metric",
            "subset_breakdown",
            "partner_cue",
            "non_partner_org_name",
            "number_words",
            "title_figure",
            "sidebar_trap",
            "score_trap",
            "duration_trap",
            "non_partner_zone",
            "metric_frame",
        ],
        summary="UTF-16 big-endian aggregator: Yabiladi relaying Habboub's interview to EFE (Spain only in the "
        "agency's name): 1 137 held in camps with 189 women and 309 children (a stock up to the byline), 'huit' repatriated in "
        "March 2019 'en coordination avec les États-Unis'; '1 659 … ont rejoint', '745 y sont morts', '270 sont "
        "rentrés' (U+202F); drug seizures",
    )


@article
def m30():
    """A short brief with CRLF line ends: the same arrest as m22, and an ordinal count."""
    pub = "2021-10-14"
    heads, traps = sidebar(
        [
            ("Botola Pro : la RSB s'impose à Safi (2-1)", "(2-1)", "football score"),
            ("Pass vaccinal : plus de 20 millions de Marocains concernés", "20 millions", "vaccination"),
            "Météo : fortes pluies attendues dans le Nord",
        ]
    )
    title = "Tanger : neuf membres d'une cellule pro-Daech interpellés"
    s1 = (
        "Le BCIJ a démantelé, jeudi 14 octobre, une cellule terroriste de neuf membres partisans de Daech, qui "
        "s'activaient à Tanger et Fnideq, a annoncé le ministère de l'Intérieur dans un communiqué."
    )
    s2 = "Il s'agit de la quatrième cellule démantelée depuis le début de l'année."
    return dict(
        key="m30",
        file="m30_lesiteinfo_brief_tangier_crlf.txt",
        format="aggregator",
        line_endings="CRLF",
        text=aggregator(heads, title, "Le Site info", pub, [s1, s2], lang="fr"),
        metadata=meta(title, "Le Site info", "Le Site info", pub),
        claims=[
            C(
                "persons_arrested",
                9,
                "neuf",
                s1,
                event(pub, "jeudi 14 octobre"),
                A("MOI", "a annoncé le ministère de l'Intérieur"),
                notes="source after the figure",
            ),
        ],
        optional_claims=[
            C(
                "cells_dismantled",
                4,
                "quatrième",
                s2,
                ytd("2021", pub, "depuis le début de l'année"),
                A("MOI", "a annoncé le ministère de l'Intérieur"),
                notes="an ordinal implying a count",
            ),
        ],
        must_not_extract=traps + [T(title, "title: the body repeats the figure")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "brief",
            "reporting_verb_after",
            "number_words",
            "ordinal_trap",
            "title_figure",
            "sidebar_trap",
            "score_trap",
        ],
        summary="two-sentence brief, CRLF: 'neuf membres' arrested 'jeudi 14 octobre' (MOI, source after the "
        "figure); 'la quatrième cellule … depuis le début de l'année' optional",
    )


@article
def m31():
    """A political scientist's op-ed (UTF-8 BOM): foreign figures, an official bound, the author's own at-most."""
    pub = "2019-11-21"
    title = "Tribune — Les revenants, angle mort de la lutte antiterroriste"
    s1 = f"Au Maroc, les chiffres officiels font état de plus de 1{NNBSP}600 départs vers la Syrie et l'Irak depuis 2012."
    s2 = "À mon sens, pas plus de 300 Marocains se trouvent encore aujourd'hui dans la zone, vivants et libres."
    s3 = (
        "Le programme Moussalaha, lancé en 2017 dans les prisons, a bénéficié à 207 détenus, dont une partie a été "
        "graciée."
    )
    blocks = [
        "Par Karim Benslimane, politologue",
        "La chute de Baghouz a refermé un chapitre, pas le dossier. Partout, la question des combattants étrangers "
        "et de leurs familles revient avec une acuité nouvelle.",
        "La Tunisie a vu partir près de 3 000 de ses ressortissants, l'Arabie saoudite quelque 2 500 ; la France, à "
        "elle seule, en a compté plus de 1 900.",
        f"{s1} {s2}",
        s3,
        "Au-delà des formalités judiciaires, c'est la réinsertion qui décidera de la suite : un revenant mal "
        "accompagné est une bombe à retardement.",
    ]
    text = wordpress(
        lang="fr",
        site=None,
        crumbs="AccueilOpinionsTribunes",
        title=title,
        meta=["21 novembre 2019"],
        blocks=blocks,
        related=["Sahel : l'autre front", "Déradicalisation : ce que disent les chiffres"],
        footer="© 2019 Atlas Tribune. Tous droits réservés.",
    )
    return dict(
        key="m31",
        file="m31_atlas_tribune_oped_bom.txt",
        format="wordpress",
        encoding="utf-8-sig",
        text=text,
        metadata=meta(title, "Atlas Tribune", "Atlas Tribune", pub, fictional=True),
        claims=[
            C(
                "fighters_joined",
                1600,
                f"1{NNBSP}600",
                s1,
                since("2012", pub, "depuis 2012"),
                A("official_unspecified", "les chiffres officiels"),
                q="more_than",
                qt="plus de",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_in_zone",
                300,
                "300",
                s2,
                cumul(pub, "aujourd'hui"),
                A("analyst", "Karim Benslimane"),
                q="at_most",
                qt="pas plus de",
                notes="the author's own estimate: analyst; new metric",
            ),
        ],
        optional_claims=[
            C(
                "deradicalisation_beneficiaries",
                207,
                "207",
                s3,
                since("2017", pub, None),
                A("unspecified"),
                notes="outside the tracked metrics; the same number as the 2020 cell total, a trap for a reader "
                "who matches numbers",
            ),
        ],
        must_not_extract=[
            T("près de 3 000", "Tunisian fighters: another country"),
            T("quelque 2 500", "Saudi fighters: another country"),
            T("plus de 1 900", "French fighters: another country"),
            T("lancé en 2017", "another clause's year"),
            T("21 novembre 2019", "WordPress date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("TN", "La Tunisie a vu partir", "another country's figure"),
            NP("SA", "l'Arabie saoudite", "another country's figure"),
            NP("FR", "la France, à elle seule", "another country's figure"),
            NP("ML", "formalités", "substring of another word"),
        ],
        flags=[
            "op_ed",
            "foreign_figures",
            "new_metric",
            "narrow_nbsp",
            "wordpress_date_line",
            "outlet_in_footer",
            "non_partner_substring",
            "non_partner_contrast",
            "other_clause_period",
        ],
        summary="political scientist's op-ed (WordPress, UTF-8 BOM, outlet only in the footer): Tunisia's, Saudi "
        "Arabia's and France's figures are traps; 'plus de 1 600 départs … depuis 2012' (official); the author's "
        "'pas plus de 300' still in the zone (at_most, analyst, new metric fighters_in_zone); Moussalaha's 207 "
        "(optional); 'formalités' is not Mali",
    )


# ================================================================ English (m32-m45)

REUTERS_LEAD = (
    "Moroccan police arrested four suspected Islamic State {who} in Tangier on Wednesday, the country's "
    "counter-terrorism bureau said, adding that one of them had previously served a prison sentence on terrorism "
    "charges."
)
REUTERS_TOTALS = (
    "The Central Bureau of Judicial Investigations (BCIJ) has broken up 96 {kind} cells since it was set up in 2015 "
    "and arrested {more} 1,500 people, its director Habboub Cherkaoui told reporters last month."
)
REUTERS_FIGHTERS = (
    "{some} 1,600 Moroccans travelled to Syria and Iraq to fight alongside militant groups, according to figures "
    "from the DGST domestic intelligence agency."
)


def reuters_claims(pub, lead, totals, fighters, more, some):
    bureau = A("BCIJ", "the country's counter-terrorism bureau said")
    habboub = A("BCIJ", "its director Habboub Cherkaoui told reporters", "Habboub Cherkaoui")
    set_up = since("2015", "2023-12", "since it was set up in 2015")
    return [
        C(
            "persons_arrested",
            4,
            "four",
            lead,
            event("2024-01-24", "on Wednesday"),
            bureau,
            notes="source after the figure",
        ),
        C(
            "persons_arrested",
            1,
            "one",
            lead,
            event("2024-01-24", "on Wednesday"),
            bureau,
            subset="former_detainees",
        ),
        C(
            "cells_dismantled",
            96,
            "96",
            totals,
            set_up,
            habboub,
            as_of="2023-12",
            notes="'told reporters last month': the figure is dated December 2023 by the text",
        ),
        C(
            "persons_arrested",
            1500,
            "1,500",
            totals,
            set_up,
            habboub,
            q="more_than",
            qt=more,
            as_of="2023-12",
        ),
        C(
            "fighters_joined",
            1600,
            "1,600",
            fighters,
            cumul(pub),
            A("DGST", "according to figures from the DGST"),
            q="about",
            qt=some,
            subset="syria_iraq_linked",
        ),
    ]


@article
def m32():
    """The Reuters original: clean with its wire dateline, the figure dated 'last month'."""
    pub = "2024-01-24"
    title = "Morocco arrests four suspected Islamic State militants in Tangier"
    lead = REUTERS_LEAD.format(who="militants")
    totals = REUTERS_TOTALS.format(kind="militant", more="more than")
    fighters = REUTERS_FIGHTERS.format(some="Some")
    p3 = (
        "Morocco, a close security partner of the United States and the European Union, has not suffered a major "
        "militant attack since 2011, when a bomb at a cafe in Marrakesh killed 17 people."
    )
    body = [
        lead,
        totals,
        p3,
        "In 2018, two Scandinavian hikers were killed in the Atlas mountains by men who had pledged allegiance to "
        "Islamic State.",
        fighters,
        "(Reporting by Ahmed Eljechtimi; Editing by Alison Williams)",
    ]
    text = clean(
        title, body, dateline="RABAT, Jan 24 (Reuters) - ", lines_before=["January 24, 2024 4:31 PM GMT"]
    )
    return dict(
        key="m32",
        file="m32_clean_reuters_tangier_wire.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="RABAT"),
        claims=reuters_claims(pub, lead, totals, fighters, "more than", "Some"),
        optional_claims=[
            C(
                "attack_deaths",
                17,
                "17",
                p3,
                event("2011", "since 2011"),
                A("unspecified"),
                notes="victims of one attack",
            ),
        ],
        must_not_extract=[
            T("two Scandinavian hikers", "victims"),
            T("January 24, 2024 4:31 PM GMT", "date line: the publication date"),
        ],
        countries_cited=["US"],
        countries_not_partners=[NP(None, "two Scandinavian hikers", "nationality of victims")],
        flags=[
            "wire",
            "syndicated_copy",
            "date_line_inside",
            "reporting_verb_after",
            "named_official",
            "as_of",
            "relative_period",
            "number_words",
            "thousands_separator",
            "partner_cue",
            "non_partner_nationality",
            "subset_breakdown",
            "no_outlet",
        ],
        summary="the Reuters original (clean, 'RABAT, Jan 24 (Reuters) - ', date line): 'four' arrested 'on "
        "Wednesday', 'one of them' a former detainee; 96 cells 'since it was set up in 2015' and 'more than 1,500' "
        "arrests dated by 'told reporters last month' (as_of 2023-12); 'Some 1,600' fighters; 'a close security "
        "partner of the United States'; copied with edits by m33 and m34",
    )


@article
def m33():
    """The Reuters story on Morocco World News via an aggregator: 'terrorist' for 'militant', 'Around 1,600'."""
    pub = "2024-01-24"
    heads, traps = sidebar(
        [
            ("AFCON 2023: Atlas Lions beat Tanzania 3-0 in opener", "3-0", "football score"),
            ("Morocco's inflation slows to 3.4% in December", "3.4%", "inflation"),
            "Heavy rain expected in northern Morocco this weekend",
            ("Hajj 1445: pilgrims' quota set at 34,000", "34,000", "Hajj quota"),
        ]
    )
    title = "Morocco Arrests Four Suspected ISIS Terrorists in Tangier"
    lead = REUTERS_LEAD.format(who="terrorists")
    totals = REUTERS_TOTALS.format(kind="terrorist", more="more than")
    fighters = REUTERS_FIGHTERS.format(some="Around")
    body = [
        f"Rabat – {lead}",
        totals,
        "Morocco, a close security partner of the United States and the European Union, has not suffered a major "
        "terrorist attack since 2011.",
        fighters,
    ]
    return dict(
        key="m33",
        file="m33_mwn_reuters_copy_aggregator.txt",
        format="aggregator",
        text=aggregator(heads, title, "Morocco World News", pub, body, lang="en"),
        metadata=meta(title, "Morocco World News", "Morocco World News", pub),
        claims=reuters_claims(pub, lead, totals, fighters, "more than", "Around"),
        must_not_extract=traps + [T(title, "title: the body repeats the figure")],
        countries_cited=["US"],
        countries_not_partners=[],
        flags=[
            "wire",
            "syndicated_copy",
            "reporting_verb_after",
            "named_official",
            "as_of",
            "relative_period",
            "number_words",
            "thousands_separator",
            "partner_cue",
            "title_figure",
            "sidebar_trap",
            "score_trap",
            "hijri_trap",
            "subset_breakdown",
        ],
        summary="the Reuters story (m32) on an aggregator the same day, lightly edited ('terrorists' for "
        "'militants', 'Around 1,600', the 2018 paragraph and the victims dropped): the same five claims",
    )


@article
def m34():
    """The Reuters story on a news site the next day, the date only in JSON-LD: 'over 1,500', one sentence added."""
    pub = "2024-01-25"
    title = "Tangier: BCIJ dismantles ISIS-linked cell, arrests four"
    lead = REUTERS_LEAD.format(who="supporters")
    totals = (
        "The Central Bureau of Judicial Investigations (BCIJ) has broken up 96 terrorist cells since it was set up in "
        "2015 and arrested over 1,500 people, its director Habboub Cherkaoui told reporters last month."
    )
    fighters = REUTERS_FIGHTERS.format(some="Some")
    body = [
        lead,
        "The bureau is affiliated with the General Directorate for Territorial Surveillance (DGST).",
        totals,
        fighters,
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": f"{pub}T09:05:00+00:00",
            "publisher": {"@type": "Organization", "name": "The North Africa Post"},
        }
    )
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} – The North Africa Post</title>
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header><a href="/">The North Africa Post</a> | Morocco | Algeria | Tunisia | Sahel</header>
<article>
<h1>{title}</h1>
<p class="source">Source: Reuters</p>
{paragraphs_html(body, 0)}
</article>
<aside><h3>Trending</h3><ul><li>Algeria: 14 migrants missing off Oran</li><li>Tunisia: IMF talks stall over $1.9 billion loan</li></ul></aside>
<footer>© 2024 The North Africa Post</footer>
</body>
</html>
"""
    return dict(
        key="m34",
        file="m34_northafricapost_reuters_jsonld.html",
        format="html",
        text=text,
        metadata=meta(title, "The North Africa Post", "The North Africa Post", pub),
        claims=reuters_claims(pub, lead, totals, fighters, "over", "Some"),
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("14 migrants missing", "aside: another country"),
            T("$1.9 billion", "aside: money"),
            T("© 2024", "footer year"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wire",
            "syndicated_copy",
            "date_only_jsonld",
            "reporting_verb_after",
            "named_official",
            "as_of",
            "relative_period",
            "number_words",
            "thousands_separator",
            "title_figure",
            "footer_year_trap",
            "subset_breakdown",
        ],
        summary="the Reuters story on a news site the next day, date only in JSON-LD: 'over 1,500', a sentence "
        "about the DGST added, the partner sentence dropped; 'on Wednesday' still resolves to 24 January",
    )


@article
def m35():
    """A MAP English interview with the BCIJ's director: 'since its creation in March 2015' and a three-part breakdown."""
    pub = "2021-07-19"
    title = "BCIJ has dismantled 84 terrorist cells since 2015, director says"
    s1 = (
        "The Central Bureau of Judicial Investigations (BCIJ) has dismantled 84 terrorist cells since its creation in "
        "March 2015, 78 of them linked to Daesh and six others to the so-called Al-Istihlal wal-Fay' current, its "
        "director Habboub Cherkaoui said in an interview with MAP."
    )
    s2 = "Over the same period, 1,357 people were brought to justice, including 14 women and 34 minors, he added."
    s3 = (
        "Returnees from conflict zones account for 137 of those prosecuted: 115 came back from the Syria-Iraq zone, 14 "
        "are former Daesh members who had been in Libya, and eight were handed over to Morocco in coordination with "
        "the United States."
    )
    body = [
        s1,
        s2,
        s3,
        "Habboub, who took over the bureau in March, said Morocco's proactive approach relied on intelligence "
        "gathered by the DGST and on swift judicial follow-up.",
    ]
    text = clean(title, body, dateline="Rabat, July 19 (MAP) - ", lines_before=["Monday, 19 July 2021 14:20"])
    habboub = A("BCIJ", "its director Habboub Cherkaoui said", "Habboub Cherkaoui")
    carried = A("BCIJ", "he added", "Habboub Cherkaoui")
    creation = since("2015-03", pub, "since its creation in March 2015")
    same = since("2015-03", pub, "Over the same period")
    inherited = since("2015-03", pub, None)
    return dict(
        key="m35",
        file="m35_clean_map_habboub_84.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="Rabat"),
        claims=[
            C("cells_dismantled", 84, "84", s1, creation, habboub),
            C("cells_dismantled", 78, "78", s1, creation, habboub, subset="isis_linked"),
            C(
                "cells_dismantled",
                6,
                "six",
                s1,
                creation,
                habboub,
                subset="istihlal_linked",
                notes="'six others': the noun comes from the head of the breakdown",
            ),
            C("persons_arrested", 1357, "1,357", s2, same, carried),
            C("persons_arrested", 14, "14", s2, same, carried, subset="women"),
            C("persons_arrested", 34, "34", s2, same, carried, subset="minors"),
            C(
                "returnees_arrested",
                137,
                "137",
                s3,
                inherited,
                carried,
                notes="the period is still the bureau's lifetime, with no phrase in this sentence",
            ),
            C(
                "returnees_arrested",
                115,
                "115",
                s3,
                inherited,
                carried,
                subset="syria_iraq_linked",
                notes="'came back'",
            ),
            C("returnees_arrested", 14, "14", s3, inherited, carried, subset="libya"),
            C(
                "returnees_arrested",
                8,
                "eight",
                s3,
                inherited,
                carried,
                subset="extradited",
                notes="115 + 14 + 8 = 137",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("took over the bureau in March", "date of taking office: another clause"),
            T("Monday, 19 July 2021 14:20", "date line: the publication date"),
        ],
        countries_cited=["US"],
        countries_not_partners=[NP("LY", "had been in Libya", "conflict zone")],
        flags=[
            "wire",
            "interview",
            "since_creation",
            "same_period_antecedent",
            "inherited_period",
            "named_official",
            "reporting_verb_after",
            "speaker_previous_sentence",
            "subset_breakdown",
            "list",
            "thousands_separator",
            "number_words",
            "partner_cue",
            "date_line_inside",
            "other_clause_period",
            "title_figure",
            "non_partner_zone",
            "metric_frame",
        ],
        summary="MAP English ('Rabat, July 19 (MAP) - ' and a date line): 84 cells 'since its creation in March 2015', '78 of them … and six others'; 'Over the same period' "
        "1,357 with 14 women and 34 minors, 'he added'; 137 returnees prosecuted = 115 + 14 + 'eight' 'in "
        "coordination with the United States'; 'took over the bureau in March' (another clause)",
    )


@article
def m36():
    """A Q&A with an analyst: the speaker changes between official figures she relays and her own estimates."""
    pub = "2022-11-07"
    title = "Nadia Bennani: 'The threat has changed shape, not disappeared'"
    intro = (
        "Nadia Bennani directs the Rabat Center for Security Studies, an independent research group. Hespress "
        "English asked her where Morocco stands two decades after the Casablanca bombings."
    )
    q1 = "Hespress English: How big is the threat today?"
    a1 = "Nadia Bennani: Smaller than it was. Official figures put the number of cells dismantled since 2002 at 214."
    a2 = "But fewer than ten of those were broken up in the past two years, which tells you recruitment has dried up at home."
    q2 = "Hespress English: What about the fighters who left?"
    a3 = (
        "Of the roughly 1,660 Moroccans who went to Syria and Iraq, I estimate that no more than 300 are still alive "
        "there today."
    )
    q3 = "Hespress English: Did the 9/11 attacks in the United States change Morocco's doctrine?"
    a4 = (
        "Less than Casablanca did in 2003. France, for comparison, counted some 1,300 returnees; Morocco's numbers are "
        "smaller, but its prisons hold the most experienced of them."
    )
    body = [intro, q1, f"{a1} {a2}", q2, a3, q3, a4]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Hespress English</title>
<meta property="og:site_name" content="Hespress English">
</head>
<body>
<header><a href="/">Hespress English</a> · Politics · Society · Interviews</header>
<article>
<h1>{title}</h1>
<div class="byline">By Youssef Amrani — Monday 7 November 2022 - 18:40</div>
{paragraphs_html(body, 0)}
<div class="counter">3,512 views</div>
</article>
<footer>Hespress English © 2022</footer>
</body>
</html>
"""
    bennani = A("analyst", "Nadia Bennani", "Nadia Bennani")
    return dict(
        key="m36",
        file="m36_hespress_en_analyst_interview.html",
        format="html",
        text=text,
        metadata=meta(title, "Hespress English", "Hespress English", pub),
        claims=[
            C(
                "cells_dismantled",
                214,
                "214",
                a1,
                since("2002", pub, "since 2002"),
                A("official_unspecified", "Official figures"),
                notes="the analyst relays an official figure: the source is the official figures",
            ),
            C(
                "cells_dismantled",
                10,
                "ten",
                a2,
                lastn(2, pub, "in the past two years"),
                bennani,
                q="less_than",
                qt="fewer than",
                notes="her own reading: analyst; the speaker is named in the previous sentence",
            ),
            C(
                "fighters_joined",
                1660,
                "1,660",
                a3,
                cumul(pub),
                bennani,
                q="about",
                qt="roughly",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_in_zone",
                300,
                "300",
                a3,
                cumul(pub, "today"),
                bennani,
                q="at_most",
                qt="no more than",
            ),
        ],
        must_not_extract=[
            T("two decades", "duration"),
            T("some 1,300 returnees", "France's returnees: another country"),
            T("in 2003", "year"),
            T("3,512 views", "view count"),
            T("Monday 7 November 2022 - 18:40", "byline date (the publication date)"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("US", "the 9/11 attacks in the United States", "place of an attack"),
            NP("FR", "France, for comparison", "comparison"),
        ],
        flags=[
            "interview",
            "analyst",
            "speaker_previous_sentence",
            "foreign_figures",
            "non_partner_attack_place",
            "non_partner_contrast",
            "date_in_byline",
            "last_n_years",
            "number_words",
            "thousands_separator",
            "new_metric",
            "view_count_trap",
            "duration_trap",
        ],
        summary="Q&A with an invented analyst, date only in the byline: '214' since 2002 relayed from 'Official "
        "figures' (official), then her own 'fewer than ten … in the past two years' (less_than, analyst), 'roughly "
        "1,660' and 'no more than 300' still in the zone; 9/11 in the United States and France's 1,300 are not "
        "Morocco's",
    )


@article
def m37():
    """A think tank's report summary (WordPress): 'Until the end of December 2020', a dated parliamentary figure."""
    pub = "2023-09-12"
    title = "New report: Morocco's counterterrorism model, two decades on"
    s1 = (
        "Morocco dismantled more than 210 terrorist cells between 2002 and 2022, according to official data "
        "compiled in the report."
    )
    s2 = (
        "Until the end of December 2020, 1,659 Moroccans had left to join armed groups in Syria and Iraq; 745 were "
        "killed and 270 came home, the report notes."
    )
    s3 = "In 2015 and 2016 alone, the BCIJ broke up 40 cells, two-thirds of its total by 2018."
    s4 = "A 2021 parliamentary report counted 250 Moroccan fighters then held in Syria, Iraq and Turkey."
    s5 = (
        "The observatory's own estimate is that at least 70 percent of those arrested since 2019 were radicalised "
        "online."
    )
    blocks = [
        "The Maghreb Security Observatory today released its annual report on counterterrorism in North Africa. Here "
        "are the main findings on Morocco.",
        s1,
        s2,
        s3,
        s4,
        s5,
        "Tunisia, by comparison, saw roughly 3,000 nationals leave for the Levant, and Belgium more than 400. The "
        "report was funded by Germany's Hanns Seidel Foundation.",
    ]
    text = wordpress(
        lang="en",
        site="Maghreb Security Observatory",
        crumbs="HomePublicationsReports",
        title=title,
        meta=["September 12, 2023", "By Research Team"],
        blocks=blocks,
        related=["Sahel: 5 trends to watch in 2024", "Podcast episode 12: Libya's militias"],
    )
    official = A("official_unspecified", "according to official data")
    report = A("analyst", "the report notes")
    dec2020 = P("cumulative_unspecified", None, "2020-12", "Until the end of December 2020")
    return dict(
        key="m37",
        file="m37_mso_think_tank_summary.txt",
        format="wordpress",
        text=text,
        metadata=meta(
            title, "Maghreb Security Observatory", "Maghreb Security Observatory", pub, fictional=True
        ),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                rng("2002", "2022", "between 2002 and 2022"),
                official,
                q="more_than",
                qt="more than",
            ),
            C(
                "fighters_joined",
                1659,
                "1,659",
                s2,
                dec2020,
                report,
                as_of="2020-12",
                notes="cumulative up to December 2020, not that month",
                subset="syria_iraq_linked",
            ),
            C("fighters_killed", 745, "745", s2, dec2020, report, as_of="2020-12", notes="'745 were killed'"),
            C("returnees", 270, "270", s2, dec2020, report, as_of="2020-12", notes="'270 came home'"),
            C(
                "cells_dismantled",
                40,
                "40",
                s3,
                rng("2015", "2016", "In 2015 and 2016"),
                A("analyst", "the report notes"),
                notes="paired years: one range claim",
            ),
            C(
                "fighters_detained_abroad",
                250,
                "250",
                s4,
                cumul("2021"),
                A("PARLIAMENT", "A 2021 parliamentary report"),
                as_of="2021",
                notes="the report's date is the figure's date",
            ),
            C(
                "persons_arrested",
                70,
                "70",
                s5,
                since("2019", pub, "since 2019"),
                A("analyst", "The observatory's own estimate"),
                q="at_least",
                qt="at least",
                subset="online_activity",
                unit="percent",
            ),
        ],
        must_not_extract=[
            T("two decades", "duration"),
            T("two-thirds", "fraction"),
            T("roughly 3,000 nationals", "Tunisia's fighters: another country"),
            T("more than 400", "Belgium's fighters: another country"),
            T("5 trends", "related post"),
            T("episode 12", "related post"),
            T("September 12, 2023", "WordPress date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("TN", "Tunisia, by comparison", "another country's figure"),
            NP("BE", "Belgium more than 400", "another country's figure"),
            NP("DE", "Germany's Hanns Seidel Foundation", "inside a foundation's name"),
            NP("TR", "Syria, Iraq and Turkey", "place of detention"),
        ],
        flags=[
            "think_tank",
            "analyst",
            "until_end_of",
            "as_of",
            "paired_years",
            "verb_no_noun",
            "metric_frame",
            "reporting_verb_after",
            "foreign_figures",
            "non_partner_org_name",
            "wordpress_date_line",
            "thousands_separator",
            "related_posts_trap",
            "non_partner_zone",
            "range",
        ],
        summary="think-tank summary (WordPress, fictional): 'more than 210' 'between 2002 and 2022' (official data); "
        "'Until the end of December 2020, 1,659 … 745 were killed and 270 came home' (as_of 2020-12, verb frames); "
        "40 cells 'In 2015 and 2016 alone'; a '2021 parliamentary report' counted 250 held (PARLIAMENT, as_of "
        "2021); 'at least 70 percent' online (analyst); Tunisia, Belgium, a German foundation",
    )


@article
def m38():
    """A court report in English: years of prison, defendants, a deadline; a dated statement about 2024."""
    pub = "2025-03-07"
    title = "Moroccan court jails leader of Sahel-linked cell for 25 years"
    p1 = (
        "A Moroccan anti-terrorism court on Thursday sentenced the leader of a cell that plotted attacks on behalf of "
        "Islamic State's Sahel branch to 25 years in prison, and handed terms of between four and 12 years to eight "
        "co-defendants."
    )
    s3 = (
        "The Central Bureau of Judicial Investigations (BCIJ) said in January that it had dismantled six cells in "
        "2024 and more than 100 since it was set up in 2015."
    )
    body = [
        p1,
        "Prosecutors had sought life imprisonment for the cell's leader, a 34-year-old former construction worker.",
        s3,
        "Morocco has not suffered a deadly attack since December 2018, when two Scandinavian women were killed near "
        "Imlil. The defence said it would appeal within the 10-day legal deadline.",
    ]
    text = clean(title, body, dateline="SALE, Morocco — ", lines_before=["March 7, 2025"])
    bcij = A("BCIJ", "The Central Bureau of Judicial Investigations (BCIJ) said in January")
    return dict(
        key="m38",
        file="m38_clean_court_sahel_cell_en.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="SALE"),
        claims=[
            C("cells_dismantled", 6, "six", s3, yr("2024", "in 2024"), bcij),
            C(
                "cells_dismantled",
                100,
                "100",
                s3,
                since("2015", "2025-01", "since it was set up in 2015"),
                bcij,
                q="more_than",
                qt="more than",
                as_of="2025-01",
                notes="'said in January': dated by the text",
            ),
        ],
        must_not_extract=[
            T(title, "title: prison term"),
            T("25 years", "prison term"),
            T("between four and 12 years", "prison terms"),
            T("eight co-defendants", "defendants"),
            T("34-year-old", "age"),
            T("two Scandinavian women", "victims"),
            T("10-day", "duration"),
            T("March 7, 2025", "date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[NP(None, "two Scandinavian women", "nationality of victims")],
        flags=[
            "court_report",
            "date_line_inside",
            "as_of",
            "number_words",
            "duration_trap",
            "age_trap",
            "non_partner_nationality",
            "no_outlet",
        ],
        summary="court report (clean, 'SALE, Morocco — ', date line): 25 years, 'between four and 12 years', 'eight "
        "co-defendants', age, '10-day' (traps); the BCIJ 'said in January' it dismantled 'six cells in 2024' and "
        "'more than 100' since 2015 (as_of 2025-01)",
    )


@article
def m39():
    """A live blog of a press conference: time stamps, the speaker in the previous entry, a year-by-year list."""
    pub = "2023-02-27"
    title = "Live: BCIJ director presents counterterrorism results"
    e1 = "11:02 — Habboub Cherkaoui opens the press conference at the BCIJ headquarters in Sale."
    s2 = "'Since the bureau was created in 2015, we have dismantled 91 cells,' Habboub says."
    s3 = "85 of them were linked to Islamic State, the other six to the so-called Fay' wal-Istihlal current."
    s4 = (
        "The yearly breakdown, as read out by Habboub: 21 in 2015, 19 in 2016, 9 in 2017, 11 in 2018, 14 in 2019, "
        "eight in 2020, five in 2021 and four last year."
    )
    s5 = "Asked about this year, he says two cells have been broken up since January."
    s6 = (
        "More than 60 percent of those arrested since 2019 were recruited over the internet, according to the "
        "director."
    )
    entries = [
        e1,
        f"11:09 — {s2} {s3}",
        f"11:14 — {s4}",
        f"11:20 — {s5}",
        f"11:31 — {s6}",
        "11:40 — Habboub warns that Islamic State's Sahel branch is now the main external threat and cites 'dozens' "
        "of recruitment attempts this winter.",
        "11:52 — The press conference ends. We will update this story.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} — The Rabat Wire</title>
<meta property="og:site_name" content="The Rabat Wire">
</head>
<body>
<header><a href="/">The Rabat Wire</a> · Live · Politics · Security</header>
<main>
<article class="liveblog">
<h1>{title}</h1>
<p class="status">LIVE · Last updated <time datetime="{pub}T11:52:00+01:00">11:52</time></p>
{paragraphs_html(entries, 0)}
</article>
<aside><p>Also live: Wydad 2-0 Raja, minute 67</p></aside>
</main>
<footer>© The Rabat Wire</footer>
</body>
</html>
"""
    habboub = A("BCIJ", "Habboub says", "Habboub Cherkaoui")
    created = since("2015", pub, "Since the bureau was created in 2015")
    listed = A("BCIJ", "as read out by Habboub", "Habboub Cherkaoui")
    claims = [
        C("cells_dismantled", 91, "91", s2, created, habboub),
        C(
            "cells_dismantled",
            85,
            "85",
            s3,
            since("2015", pub, None),
            habboub,
            subset="isis_linked",
            notes="the speaker and the period are in the previous sentence",
        ),
        C("cells_dismantled", 6, "six", s3, since("2015", pub, None), habboub, subset="istihlal_linked"),
    ]
    for value, printed, year, year_text in [
        (21, "21", "2015", "in 2015"),
        (19, "19", "2016", "in 2016"),
        (9, "9", "2017", "in 2017"),
        (11, "11", "2018", "in 2018"),
        (14, "14", "2019", "in 2019"),
        (8, "eight", "2020", "in 2020"),
        (5, "five", "2021", "in 2021"),
        (4, "four", "2022", "last year"),
    ]:
        claims.append(C("cells_dismantled", value, printed, s4, yr(year, year_text), listed))
    claims += [
        C(
            "cells_dismantled",
            2,
            "two",
            s5,
            ytd("2023", pub, "since January"),
            A("BCIJ", "he says", "Habboub Cherkaoui"),
        ),
        C(
            "persons_arrested",
            60,
            "60",
            s6,
            since("2019", pub, "since 2019"),
            A("BCIJ", "according to the director"),
            q="more_than",
            qt="More than",
            subset="online_activity",
            unit="percent",
        ),
    ]
    return dict(
        key="m39",
        file="m39_rabat_wire_liveblog_time.html",
        format="html",
        text=text,
        metadata=meta(title, "The Rabat Wire", "The Rabat Wire", pub, fictional=True),
        claims=claims,
        must_not_extract=[
            T("11:02", "time stamp"),
            T("'dozens'", "vague count"),
            T("2-0", "aside: football score"),
            T("minute 67", "aside: match minute"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "timeline",
            "liveblog",
            "list",
            "year_after_number",
            "relative_period",
            "speaker_previous_sentence",
            "named_official",
            "reporting_verb_after",
            "date_only_time",
            "number_words",
            "subset_breakdown",
            "year_to_date",
            "vague_count_trap",
            "score_trap",
        ],
        summary="live blog with time stamps (fictional outlet), date only in <time datetime>: Habboub's 91 cells "
        "since 2015, '85 of them … the other six' (speaker in the previous sentence); '21 in 2015, 19 in 2016, 9 "
        "in 2017, 11 in 2018, 14 in 2019, eight in 2020, five in 2021 and four last year' (2019: 14, against the "
        "minister's 12); 'two cells … since January'; 'More than 60 percent' online since 2019",
    )


@article
def m40():
    """A one-sentence AP brief: the El Jadida arrests of m14, the date in a stamp line."""
    pub = "2023-09-18"
    title = "Morocco arrests 3 suspected Islamic State supporters"
    s1 = (
        "Moroccan police on Monday arrested three people suspected of forming an Islamic State cell in El Jadida and "
        "Azemmour, the interior ministry said; the suspects are aged 20 to 31."
    )
    text = clean(title, [s1], dateline="RABAT, Morocco (AP) — ", lines_before=["Sep. 18, 2023 3:42 PM GMT+1"])
    return dict(
        key="m40",
        file="m40_clean_ap_brief_el_jadida.txt",
        format="clean",
        text=text,
        metadata=meta(title, None, None, pub, city="RABAT"),
        claims=[
            C(
                "persons_arrested",
                3,
                "three",
                s1,
                event(pub, "on Monday"),
                A("MOI", "the interior ministry said"),
                notes="the same arrests as m14 (Arabic, the next day)",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("aged 20 to 31", "ages"),
            T("Sep. 18, 2023 3:42 PM GMT+1", "date line: the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wire",
            "brief",
            "date_line_inside",
            "reporting_verb_after",
            "number_words",
            "relative_period",
            "age_trap",
            "title_figure",
            "no_outlet",
        ],
        summary="one-sentence AP brief (clean, 'RABAT, Morocco (AP) — ', stamp line): 'three' arrested 'on Monday' "
        "(the interior ministry, after the figure); ages",
    )


@article
def m41():
    """A think tank's brief, the date only in article:published_time: a BCIJ total below the bureau's own earlier ones."""
    pub = "2024-10-15"
    title = "Policy brief: Morocco's counterterrorism record and the Sahel challenge"
    s1 = (
        "By the institute's count, based on official statements, Morocco's Central Bureau of Judicial Investigations "
        "has dismantled 92 terrorist cells since its creation in 2015."
    )
    s2 = (
        "Nearly 1,700 Moroccans travelled to Syria and Iraq after 2011, and at least 270 have returned, most of them "
        "to face trial, the brief says."
    )
    body = [
        "The Atlantic Maghreb Institute, a Washington-based think tank, publishes today a policy brief on the "
        "evolution of the terrorist threat in North Africa.",
        s1,
        s2,
        "Worldwide, some 40,000 foreign fighters from 110 countries joined Islamic State at its peak; Tunisia alone "
        "accounted for about 2,900 of them.",
        "The authors recommend that European partners expand intelligence sharing and support rehabilitation "
        "programmes in prisons.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="og:site_name" content="Atlantic Maghreb Institute">
<meta property="article:published_time" content="{pub}T14:00:00-04:00">
<title>{title}</title>
</head>
<body>
<header>Atlantic Maghreb Institute · Research · Events · About</header>
<article>
<h1>{title}</h1>
<p class="authors">Authors: Leila Mansour, Daniel Whitford</p>
{paragraphs_html(body, 0)}
<p class="download">Download the PDF (24 pages)</p>
</article>
<footer>© 2024 Atlantic Maghreb Institute, 1750 K Street NW, Washington</footer>
</body>
</html>
"""
    institute = A("analyst", "By the institute's count")
    brief = A("analyst", "the brief says")
    return dict(
        key="m41",
        file="m41_ami_policy_brief_published_time.html",
        format="html",
        text=text,
        metadata=meta(title, "Atlantic Maghreb Institute", "Atlantic Maghreb Institute", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                92,
                "92",
                s1,
                since("2015", pub, "since its creation in 2015"),
                institute,
                notes="below the 96 (December 2023) and 97 (May 2024) of official sources: a running total that falls",
            ),
            C(
                "fighters_joined",
                1700,
                "1,700",
                s2,
                since("2011", pub, "after 2011"),
                brief,
                q="about",
                qt="Nearly",
                subset="syria_iraq_linked",
            ),
            C(
                "returnees",
                270,
                "270",
                s2,
                since("2011", pub, None),
                brief,
                q="at_least",
                qt="at least",
                notes="'have returned'",
            ),
        ],
        must_not_extract=[
            T("some 40,000 foreign fighters", "world figure"),
            T("110 countries", "world figure"),
            T("about 2,900", "Tunisia's fighters: another country"),
            T("24 pages", "document length"),
            T("1750 K Street", "street address"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("US", "a Washington-based think tank", "the think tank's seat"),
            NP("TN", "Tunisia alone", "another country's figure"),
        ],
        flags=[
            "think_tank",
            "analyst",
            "reporting_verb_after",
            "foreign_figures",
            "date_only_published_time",
            "since_creation",
            "verb_no_noun",
            "thousands_separator",
            "non_partner_contrast",
            "metric_frame",
        ],
        summary="think-tank brief (fictional), date only in article:published_time: 92 BCIJ cells 'since its "
        "creation in 2015' by the institute's count (below 96 and 97: cumulative_decrease), 'Nearly 1,700' and 'at "
        "least 270 have returned' (analyst, source after the figure); world and Tunisian figures; Washington is the "
        "seat",
    )


@article
def m42():
    """The DGSN's 2023 review in English, UTF-16 little-endian: a year figure, a month, a running total."""
    pub = "2023-12-27"
    heads, traps = sidebar(
        [
            ("Botola Pro: FAR Rabat beat Wydad 2-1", "2-1", "football score"),
            ("Morocco welcomes record 14.5 million tourists in 2023", "14.5 million tourists", "tourism"),
            "Government extends support to transport professionals",
            ("Rajab 1445 begins on January 13", "Rajab 1445", "Hijri year"),
        ]
    )
    title = "DGSN annual report: 29 people referred to prosecutors over terrorism in 2023"
    s1 = (
        "The judicial police referred 29 people to prosecutors this year for suspected involvement in terrorism and "
        "violent extremism, up from 20 last year, the DGSN said in its annual report, noting that the figure excludes "
        "the cells broken up by the BCIJ."
    )
    s2 = "In November alone, three of them were referred for inciting others to join armed groups in the Sahel."
    s3 = "The report recalls that the security services have dismantled 216 terrorist cells since 2002."
    body = [
        s1,
        s2,
        s3,
        "The DGSN also said its network of 440 care cells for women and children victims of violence handled more "
        "cases than ever, and that its cybercrime units processed 6,200 complaints.",
    ]
    dgsn = A("DGSN", "the DGSN said in its annual report")
    jp = "judicial_police"
    return dict(
        key="m42",
        file="m42_hespress_en_dgsn_review_utf16.txt",
        format="aggregator",
        encoding="utf-16",
        text=aggregator(heads, title, "Hespress English", pub, body, lang="en"),
        metadata=meta(title, "Hespress English", "Hespress English", pub),
        claims=[
            C(
                "persons_arrested",
                29,
                "29",
                s1,
                yr("2023", "this year"),
                dgsn,
                subset=jp,
                notes="'this year' from the byline; source after the figures",
            ),
            C("persons_arrested", 20, "20", s1, yr("2022", "last year"), dgsn, subset=jp),
            C(
                "persons_arrested",
                3,
                "three",
                s2,
                month("2023-11", "In November alone"),
                dgsn,
                subset=jp,
                notes="'three of them': the noun from the head",
            ),
            C(
                "cells_dismantled",
                216,
                "216",
                s3,
                since("2002", pub, "since 2002"),
                A("DGSN", "The report recalls"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("440 care cells", "units for victims of violence: not terror cells"),
            T("6,200 complaints", "cybercrime complaints"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "annual_review",
            "relative_period",
            "month",
            "reporting_verb_after",
            "not_terror_cell",
            "number_words",
            "subset_breakdown",
            "title_figure",
            "sidebar_trap",
            "score_trap",
            "hijri_trap",
            "carried_attribution",
        ],
        summary="DGSN review 2023 in English (UTF-16 LE aggregator): 29 referred 'this year', 'up from 20 last "
        "year' (source after the figures), 'three of them' 'In November alone' (month), 216 cells since 2002 "
        "(later contradicted by m10's 213); '440 care cells' (not terror cells)",
    )


@article
def m43():
    """The foreign minister at the anti-Daesh coalition (UTF-8 BOM): a co-chair is not a partner, Africa's share is not Morocco's."""
    pub = "2022-05-11"
    title = "Bourita: Morocco has dismantled more than 210 terrorist cells since 2002"
    s1 = (
        "Morocco has dismantled more than 210 terrorist cells since 2002 and foiled more than 500 terrorist plots over "
        "the same period, Foreign Minister Nasser Bourita told the ministerial meeting of the Global Coalition "
        "against Daesh."
    )
    body = [
        s1,
        "Bourita said Africa now accounted for 41 percent of all Daesh attacks worldwide, and urged the 86 "
        "delegations present to turn their attention to the Sahel.",
        "The meeting, co-chaired by Morocco and the United States, was the first of its kind held in Africa.",
        "Morocco shares intelligence with its European partners, notably Spain and Belgium, he added, recalling "
        "operations that had prevented attacks on their soil.",
    ]
    text = clean(title, body, dateline="Marrakech – ", lines_before=["Wednesday, 11 May 2022"])
    bourita = A("MFA", "Foreign Minister Nasser Bourita told", "Nasser Bourita")
    return dict(
        key="m43",
        file="m43_clean_bourita_coalition_bom.txt",
        format="clean",
        encoding="utf-8-sig",
        text=text,
        metadata=meta(title, None, None, pub, city="Marrakech"),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                since("2002", pub, "since 2002"),
                bourita,
                q="more_than",
                qt="more than",
                notes="source after the figures",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s1,
                since("2002", pub, "over the same period"),
                bourita,
                q="more_than",
                qt="more than",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("41 percent", "Africa's share of attacks: a world figure"),
            T("86 delegations", "delegations"),
            T("Wednesday, 11 May 2022", "date line: the publication date"),
        ],
        countries_cited=["ES", "BE"],
        countries_not_partners=[
            NP("US", "co-chaired by Morocco and the United States", "co-chair of a meeting")
        ],
        flags=[
            "named_official",
            "reporting_verb_after",
            "inherited_period",
            "foreign_figures",
            "partner_cue",
            "non_partner_contrast",
            "date_line_inside",
            "title_figure",
            "no_outlet",
        ],
        summary="the foreign minister (MFA) at the anti-Daesh coalition (clean, UTF-8 BOM, 'Marrakech – ', date "
        "line): 'more than 210' cells since 2002 and 'more than 500' plots 'over the same period' (source after); "
        "Africa's 41 percent, 86 delegations; the US as co-chair (not a partner); ES/BE partners",
    )


@article
def m44():
    """An op-ed (CRLF) repeating a BCIJ total three years old, in words, beside foreign figures."""
    pub = "2024-11-18"
    heads, traps = sidebar(
        [
            ("AFCON qualifiers: Morocco thrash Lesotho 7-0", "7-0", "football score"),
            ("Rent prices in Casablanca up 6% in a year", "6%", "rents"),
            "Parliament adopts 2025 finance bill at first reading",
        ]
    )
    title = "Opinion: What Europe can still learn from Rabat"
    s1 = (
        "The BCIJ, Morocco's answer to the FBI, has broken up eighty-four cells since it was created in 2015, "
        "according to its own figures."
    )
    s2 = "By my count, fewer than 20 of the roughly 270 returnees have since been linked to new terrorism cases."
    body = [
        "By Samir El Idrissi",
        "Britain saw some 900 of its citizens travel to Syria; Germany more than 1,150. Belgium, the European country "
        "with the most foreign fighters per head, still struggles to monitor those who came back.",
        s1,
        s2,
        "Last year alone, Moroccan tip-offs helped thwart plots in four European countries. Europe should listen.",
    ]
    return dict(
        key="m44",
        file="m44_atlas_daily_oped_stale_84_crlf.txt",
        format="aggregator",
        line_endings="CRLF",
        text=aggregator(heads, title, "Atlas Daily Post", pub, body, lang="en"),
        metadata=meta(title, "Atlas Daily Post", "Atlas Daily Post", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                84,
                "eighty-four",
                s1,
                since("2015", pub, "since it was created in 2015"),
                A("BCIJ", "according to its own figures"),
                notes="the July 2021 total (m35) repeated in November 2024, after 96 and 97 had been published",
            ),
            C("returnees", 270, "270", s2, cumul(pub), A("analyst", "By my count"), q="about", qt="roughly"),
        ],
        optional_claims=[
            C(
                "returnees_reoffending",
                20,
                "20",
                s2,
                cumul(pub),
                A("analyst", "By my count"),
                q="less_than",
                qt="fewer than",
                notes="outside the tracked metrics",
            ),
        ],
        must_not_extract=traps
        + [
            T("some 900", "British fighters: another country"),
            T("more than 1,150", "German fighters: another country"),
            T("four European countries", "a count of countries"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("GB", "Britain saw some 900", "another country's figure"),
            NP("DE", "Germany more than 1,150", "another country's figure"),
            NP("BE", "Belgium, the European country", "a contrasting model"),
            NP("SY", "travel to Syria", "conflict zone"),
        ],
        flags=[
            "op_ed",
            "analyst",
            "foreign_figures",
            "reporting_verb_after",
            "number_words",
            "non_partner_contrast",
            "relative_period",
            "sidebar_trap",
            "score_trap",
            "non_partner_zone",
        ],
        summary="op-ed on an aggregator (CRLF, fictional): 'eighty-four cells since it was created in 2015, according "
        "to its own figures' (the 2021 total repeated in 2024: stale_figure); 'roughly 270' returnees by the "
        "author's count; Britain's, Germany's and Belgium's figures; 'fewer than 20' reoffenders optional",
    )


@article
def m45():
    """Rejected: a page saved as nothing but spaces, tabs, no-break spaces and line ends."""
    raw = (" \t \n" + NBSP * 3 + "\r\n\n   \t\n").encode("utf-8")
    return dict(
        key="m45",
        file="m45_whitespace_only.txt",
        format="whitespace",
        raw=raw,
        expected_status="rejected",
        expected_error="empty file",
        language=None,
        flags=["empty_file", "rejected"],
        summary="rejected: only spaces, tabs, no-break spaces and line ends: 'empty file'",
    )


# ================================================================ cross-file expectations
# Each reference is (file key, metric, value[, subset[, nth]]), resolved to a gold claim id by build().

CELLS, ARRESTS = "cells_dismantled", "persons_arrested"
JP = "judicial_police"

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        refs=[("m03", CELLS, 12), ("m21", CELLS, 14), ("m39", CELLS, 14)],
        explanation="Cells dismantled in 2019: the interior minister's written answer to MPs (العمق, February 2020) "
        "says 12, the BCIJ's director says 14 (Médias24, January 2020; press conference, February 2023).",
    ),
    dict(
        id="i2",
        kind="same_period_disagreement",
        refs=[("m01", ARRESTS, 38, JP), ("m27", ARRESTS, 36, JP)],
        explanation="People the DGSN's judicial police referred to prosecutors in 2021: 36 in the 2021 review (Le "
        "Matin, December 2021), 38 in the six-year list of the 2024 review (هسبريس, December 2024).",
    ),
    dict(
        id="i3",
        kind="cumulative_decrease",
        refs=[("m36", CELLS, 214), ("m42", CELLS, 216), ("m10", CELLS, 213)],
        explanation="Cells dismantled since 2002: 214 (November 2022) and 216 (DGSN, December 2023), then 213 in an "
        "op-ed citing official figures (March 2024): a running total cannot go down.",
    ),
    dict(
        id="i4",
        kind="cumulative_decrease",
        refs=[("m32", CELLS, 96), ("m13", CELLS, 97), ("m41", CELLS, 92)],
        explanation="BCIJ cells since 2015: 96 (December 2023, Reuters) and 97 (DGST, May 2024), then 92 in a think "
        "tank's brief (October 2024).",
    ),
    dict(
        id="i5",
        kind="internal_arithmetic",
        refs=[
            ("m03", "returnees", 270),
            ("m03", "returnees", 223, "syria_iraq_linked"),
            ("m03", "returnees", 52, "libya"),
        ],
        explanation="The minister's answer splits 270 returnees ('توزعوا بين') into 223 from Syria-Iraq and 52 from "
        "Libya: 223 + 52 = 275.",
    ),
    dict(
        id="i6",
        kind="internal_arithmetic",
        refs=[("m23", CELLS, 51), ("m23", CELLS, 21), ("m23", CELLS, 19), ("m23", CELLS, 9)],
        explanation="The explainer's table gives 21, 19 and 9 cells for 2015, 2016 and 2017 and a total row of 51 "
        "for 2015-2017: 21 + 19 + 9 = 49.",
    ),
    dict(
        id="i7",
        kind="implausible_value",
        refs=[("m26", CELLS, 4300)],
        explanation="'plus de 4 300 cellules' since 2002 (March 2022), twenty times every other source (more than "
        "210 the same day): the wire's arrests printed as cells.",
    ),
    dict(
        id="i8",
        kind="stale_figure",
        refs=[("m35", CELLS, 84), ("m13", CELLS, 97), ("m44", CELLS, 84)],
        explanation="An op-ed (November 2024) repeats the BCIJ's July 2021 total of 84 cells since 2015 after 96 and "
        "97 had been published.",
    ),
    dict(
        id="i9",
        kind="partial_exceeds_whole",
        refs=[("m14", CELLS, 7), ("m15", CELLS, 5)],
        explanation="كواليس اليوم: seven cells since the start of 2023 (September 2023), then five for the whole of "
        "2023 (January 2024).",
    ),
    dict(
        id="i10",
        kind="partial_exceeds_whole",
        refs=[("m14", CELLS, 3, "sahel_linked"), ("m15", CELLS, 2, "sahel_linked")],
        explanation="كواليس اليوم: three Sahel-linked cells so far in 2023 (September), then two Sahel-linked cells for "
        "the year (January 2024).",
    ),
]

MUST_NOT_FLAG = [
    dict(
        refs=[("m32", CELLS, 96), ("m33", CELLS, 96), ("m34", CELLS, 96)],
        reason="one Reuters story in three outlets (original, aggregator copy, news-site copy): the same 96",
    ),
    dict(
        refs=[("m32", ARRESTS, 1500), ("m33", ARRESTS, 1500), ("m34", ARRESTS, 1500)],
        reason="the same wire's 'more than' / 'over 1,500' in three copies",
    ),
    dict(
        refs=[("m32", ARRESTS, 4), ("m33", ARRESTS, 4), ("m34", ARRESTS, 4)],
        reason="the same four arrests in Tangier in three copies of one wire story",
    ),
    dict(
        refs=[("m08", CELLS, 210), ("m09", CELLS, 210)],
        reason="one AFP Arabic wire in two outlets (Maghreb and Arabic-Indic digits): 'أكثر من 210'",
    ),
    dict(
        refs=[("m08", ARRESTS, 4000), ("m09", ARRESTS, 4000)],
        reason="the same AFP Arabic wire: 'أكثر من أربعة آلاف'",
    ),
    dict(
        refs=[("m08", ARRESTS, 3), ("m09", ARRESTS, 3)],
        reason="the same three arrests, one wire in two outlets",
    ),
    dict(refs=[("m24", CELLS, 210), ("m25", CELLS, 210)], reason="one AFP French wire in two outlets"),
    dict(
        refs=[("m24", ARRESTS, 4300), ("m25", ARRESTS, 4300)],
        reason="the same 'plus de 4 300' arrests, with a narrow and a plain space",
    ),
    dict(
        refs=[("m24", ARRESTS, 5), ("m25", ARRESTS, 5), ("m26", ARRESTS, 5)],
        reason="the same five arrests of 17 March 2022 in the wire, its copy and a brief",
    ),
    dict(
        refs=[("m07", ARRESTS, 4), ("m19", ARRESTS, 4), ("m11", ARRESTS, 4, None, 1)],
        reason="the MAP brief in Arabic and French and the timeline: four arrested in Tiflet on 18 April 2024",
    ),
    dict(
        refs=[("m05", ARRESTS, 10), ("m11", ARRESTS, 10), ("m28", ARRESTS, 10)],
        reason="the joint operation of 22 May 2024 in three outlets: ten arrested in Morocco",
    ),
    dict(
        refs=[("m14", ARRESTS, 3), ("m40", ARRESTS, 3)],
        reason="three arrested in El Jadida, Arabic and English",
    ),
    dict(
        refs=[("m22", ARRESTS, 9), ("m30", ARRESTS, 9)], reason="nine arrested in Tangier on 14 October 2021"
    ),
    dict(
        refs=[("m01", ARRESTS, 29, JP), ("m42", ARRESTS, 29, JP)],
        reason="29 DGSN referrals in 2023 in two reviews",
    ),
    dict(
        refs=[("m01", ARRESTS, 23, JP), ("m27", ARRESTS, 23, JP)],
        reason="23 DGSN referrals in 2020 in two reviews",
    ),
    dict(
        refs=[("m01", ARRESTS, 20, JP), ("m42", ARRESTS, 20, JP)],
        reason="20 DGSN referrals in 2022 in two reviews",
    ),
    dict(
        refs=[
            ("m21", "fighters_joined", 1659, "syria_iraq_linked"),
            ("m06", "fighters_joined", 1659, "syria_iraq_linked"),
            ("m37", "fighters_joined", 1659, "syria_iraq_linked"),
            ("m29", "fighters_joined", 1659, "syria_iraq_linked"),
            ("m02", "fighters_joined", 1659, "syria_iraq_linked"),
            ("m36", "fighters_joined", 1660, "syria_iraq_linked"),
            ("m20", "fighters_joined", 1659, "syria_iraq_linked"),
            ("m32", "fighters_joined", 1600, "syria_iraq_linked"),
            ("m10", "fighters_joined", 1659),
            ("m31", "fighters_joined", 1600, "syria_iraq_linked"),
            ("m16", "fighters_joined", 1600, "syria_iraq_linked"),
            ("m41", "fighters_joined", 1700, "syria_iraq_linked"),
        ],
        reason="fighters: 1,659 (as of December 2020 or undated), 'roughly 1,660', 'Some 1,600', 'plus de 1 600', "
        "'ما ينيف عن 1600', 'Nearly 1,700': the same count, rounded or bounded",
    ),
    dict(
        refs=[
            ("m23", CELLS, 174),
            ("m20", CELLS, 183),
            ("m03", CELLS, 200),
            ("m13", CELLS, 207),
            ("m08", CELLS, 210),
            ("m24", CELLS, 210),
            ("m43", CELLS, 210),
            ("m36", CELLS, 214),
            ("m20", CELLS, 210),
            ("m13", CELLS, 218),
            ("m05", CELLS, 219),
        ],
        reason="cells since 2002, a normally rising running total: 174 (Jan 2018), 183 (end 2018), about 200 (Feb "
        "2020), 207 (Nov 2020, dated by the text), more than 210 (2021-2023), 214 (Nov 2022), 218 (May 2024), 219 "
        "(Jun 2024)",
    ),
    dict(
        refs=[
            ("m21", CELLS, 74),
            ("m02", CELLS, 83),
            ("m35", CELLS, 84),
            ("m20", CELLS, 91),
            ("m39", CELLS, 91),
            ("m32", CELLS, 96),
            ("m38", CELLS, 100),
        ],
        reason="BCIJ cells since 2015, rising: 74 → 83 → 84 → 91 (as of February 2023, twice) → 96 → more than 100",
    ),
    dict(
        refs=[("m03", CELLS, 21), ("m12", CELLS, 21), ("m23", CELLS, 21), ("m39", CELLS, 21)],
        reason="21 cells in 2015 in four sources",
    ),
    dict(
        refs=[("m03", CELLS, 19), ("m12", CELLS, 19), ("m23", CELLS, 19), ("m39", CELLS, 19)],
        reason="19 cells in 2016 in four sources",
    ),
    dict(
        refs=[("m03", CELLS, 9), ("m12", CELLS, 9), ("m23", CELLS, 9), ("m39", CELLS, 9)],
        reason="9 cells in 2017 in four sources",
    ),
    dict(
        refs=[("m03", CELLS, 11), ("m12", CELLS, 11), ("m21", CELLS, 11), ("m39", CELLS, 11)],
        reason="11 cells in 2018 in four sources",
    ),
    dict(
        refs=[("m22", CELLS, 5), ("m39", CELLS, 5)],
        reason="five cells in 2021, in French words and English words",
    ),
    dict(
        refs=[("m04", CELLS, 4), ("m39", CELLS, 4)], reason="four cells in 2022 ('أربع' and 'four last year')"
    ),
    dict(
        refs=[("m12", CELLS, 40), ("m37", CELLS, 40)],
        reason="40 cells in 2015-2016, in Arabic words and in digits",
    ),
    dict(
        refs=[("m11", CELLS, 6), ("m38", CELLS, 6), ("m05", CELLS, 4), ("m28", CELLS, 4)],
        reason="2024: four cells January-May and four by 22 May, six by late December, six for the year: parts "
        "below or equal to their whole",
    ),
    dict(
        refs=[("m39", CELLS, 2), ("m15", CELLS, 5)],
        reason="two cells by late February 2023, five for the year: a year-so-far below its year",
    ),
    dict(refs=[("m12", ARRESTS, 275), ("m23", ARRESTS, 275)], reason="275 arrests in 2015 in two tables"),
    dict(
        refs=[("m06", "fighters_detained_abroad", 250), ("m37", "fighters_detained_abroad", 250)],
        reason="250 fighters held abroad, from the same 2021 parliamentary report (a stock at its date)",
    ),
    dict(
        refs=[
            ("m02", "fighters_detained_abroad", 1137, "syria"),
            ("m29", "fighters_detained_abroad", 1137, "syria"),
        ],
        reason="'زهاء 1137' and '1 137' held in camps, March 2021: the same stock",
    ),
    dict(
        refs=[("m02", "returnees", 8, "repatriated"), ("m29", "returnees", 8, "repatriated")],
        reason="eight repatriated in March 2019, in Arabic and French words",
    ),
    dict(
        refs=[
            ("m20", "joint_operations", 20),
            ("m28", "joint_operations", 20),
            ("m17", "joint_operations", 20),
        ],
        reason="joint operations with Spain since 2014: 'une vingtaine' then 'more than 20' twice",
    ),
    dict(
        refs=[
            ("m03", "returnees", 270),
            ("m06", "returnees", 270),
            ("m37", "returnees", 270),
            ("m29", "returnees", 270),
            ("m02", "returnees", 270),
            ("m20", "returnees", 270),
            ("m44", "returnees", 270),
            ("m41", "returnees", 270),
            ("m10", "returnees", 250),
        ],
        reason="returnees: 270, 'roughly 270', 'at least 270', 'ما يفوق 250': compatible",
    ),
    dict(
        refs=[
            ("m06", "fighters_killed", 745),
            ("m37", "fighters_killed", 745),
            ("m29", "fighters_killed", 745),
            ("m02", "fighters_killed", 745),
            ("m20", "fighters_killed", 745),
        ],
        reason="745 killed in five sources",
    ),
    dict(
        refs=[("m03", "plots_foiled", 500), ("m43", "plots_foiled", 500), ("m13", "plots_foiled", 500)],
        reason="more than 500 plots since 2002 or over the last two decades: the same lower bound",
    ),
    dict(
        refs=[
            ("m21", ARRESTS, 1200),
            ("m02", ARRESTS, 1342),
            ("m35", ARRESTS, 1357),
            ("m32", ARRESTS, 1500),
            ("m13", ARRESTS, 1500),
        ],
        reason="BCIJ arrests since 2015, rising: more than 1,200 → 1,342 → 1,357 → more than 1,500 (twice)",
    ),
    dict(
        refs=[("m08", ARRESTS, 4000), ("m24", ARRESTS, 4300)],
        reason="arrests since 2002: more than 4,000 (Nov 2021), more than 4,300 (Mar 2022)",
    ),
    dict(
        refs=[
            ("m02", CELLS, 77, "isis_linked"),
            ("m35", CELLS, 78, "isis_linked"),
            ("m20", CELLS, 85, "isis_linked"),
            ("m39", CELLS, 85, "isis_linked"),
        ],
        reason="ISIS-linked BCIJ cells since 2015, rising: 77 → 78 → 85 (twice)",
    ),
    dict(
        refs=[
            ("m39", ARRESTS, 60, "online_activity"),
            ("m37", ARRESTS, 70, "online_activity"),
            ("m20", ARRESTS, 60, "online_activity"),
        ],
        reason="share of arrests for online activity: 'more than 60', 'at least 70', 'au moins 60' percent: lower "
        "bounds that agree",
    ),
    dict(
        refs=[("m31", "fighters_in_zone", 300), ("m36", "fighters_in_zone", 300)],
        reason="'pas plus de 300' and 'no more than 300' still in the zone: the same upper bound",
    ),
    dict(
        refs=[
            ("m21", "returnees_arrested", 137),
            ("m02", "returnees_arrested", 137),
            ("m35", "returnees_arrested", 137),
        ],
        reason="137 returnees prosecuted in three sources (January 2020 to July 2021)",
    ),
    dict(
        refs=[
            ("m01", ARRESTS, 32, JP),
            ("m01", ARRESTS, 6, "cell_membership"),
            ("m01", ARRESTS, 19, "incitement"),
            ("m01", ARRESTS, 4, "attack_planning"),
            ("m01", ARRESTS, 3, "glorification"),
        ],
        reason="a total and its own breakdown that add up: 32 = 6 + 19 + 4 + 3",
    ),
    dict(
        refs=[
            ("m06", "fighters_detained_abroad", 250),
            ("m06", "fighters_detained_abroad", 232, "syria"),
            ("m06", "fighters_detained_abroad", 12, "iraq"),
            ("m06", "fighters_detained_abroad", 6, "turkey"),
        ],
        reason="250 = 232 + 12 + 6",
    ),
    dict(
        refs=[
            ("m35", "returnees_arrested", 137),
            ("m35", "returnees_arrested", 115, "syria_iraq_linked"),
            ("m35", "returnees_arrested", 14, "libya"),
            ("m35", "returnees_arrested", 8, "extradited"),
        ],
        reason="137 = 115 + 14 + 8",
    ),
    dict(
        refs=[
            ("m12", CELLS, 60),
            ("m12", CELLS, 21),
            ("m12", CELLS, 19),
            ("m12", CELLS, 9),
            ("m12", CELLS, 11),
        ],
        reason="a table whose total row adds up: 60 = 21 + 19 + 9 + 11",
    ),
    dict(
        refs=[("m13", CELLS, 207), ("m13", CELLS, 218)],
        reason="207 dated November 2020 by the text and 218 today, in one sentence: no decrease",
    ),
]

# The failure classes of issue 15 ("What fails" 1-12) and the file flags that stand for them; the README's table
# and the gold test use this mapping.
FAILURE_CLASSES = {
    "1 lists": {"list", "year_after_number", "table"},
    "2 number forms": {"number_words", "dual", "narrow_nbsp", "arabic_indic_digits", "thousands_separator"},
    "3 number then verb": {"verb_no_noun"},
    "4 metric frames": {"metric_frame", "not_terror_cell", "new_metric"},
    "5 periods": {
        "relative_period",
        "paired_years",
        "since_creation",
        "until_end_of",
        "mashriq_month",
        "same_period_antecedent",
        "other_clause_period",
        "as_of",
        "inherited_period",
    },  # fmt: skip
    "6 attribution": {
        "reporting_verb_after",
        "speaker_previous_sentence",
        "named_official",
        "minister_answering_mps",
        "carried_attribution",
        "org_analyst",
    },  # fmt: skip
    "7 subsets": {"subset_breakdown"},
    "8 scope": {"foreign_figures"},
    "9 partners": {
        "partner_cue",
        "non_partner_org_name",
        "non_partner_attack_place",
        "non_partner_substring",
        "non_partner_nationality",
        "non_partner_contrast",
        "non_partner_zone",
    },  # fmt: skip
    "10 layouts and metadata": {
        "wordpress_date_line",
        "date_only_time",
        "date_only_jsonld",
        "date_only_published_time",
        "date_in_byline",
        "date_line_inside",
        "date_in_dateline",
        "outlet_in_footer",
        "truncated",
    },  # fmt: skip
    "11 qualifiers": {
        "qualifier_more_than",
        "qualifier_about",
        "qualifier_at_least",
        "qualifier_less_than",
        "qualifier_at_most",
    },  # fmt: skip
    "12 English": {"english"},
}


def classes_of(entry):
    flags = set(entry["flags"])
    return [name.split()[0] for name, wanted in FAILURE_CLASSES.items() if flags & wanted]


README_HEAD = """# Mixed-language development corpus (Arabic, French, English)

{n_files} files — {n_ar} Arabic (`m01`–`m18`), {n_fr} French (`m19`–`m31`) and {n_en} English (`m32`–`m45`), of which
{n_rejected} must be rejected — and their gold, `expected.json`, in the schema of `../shared/seeds/expected.json` and the
vocabulary of `../shared/CONTRACT.md`: {n_claims} claims (+{n_optional} optional), {n_traps} traps, {n_inc} planted
inconsistencies and {n_mnf} compatible groups that must not be flagged. It is a *development* corpus (the engine's rules
may be tuned on it), written in a different hand from `tests/corpus_ar` and `tests/corpus_fren`: the harder, longer
reporting where figures crowd together. Measure the engine with:

```
.venv/bin/python manage.py extract_claims $(python3 -c "import json;print(' '.join('tests/corpus_mix/'+f['file'] for f in json.load(open('tests/corpus_mix/expected.json'))['files']))") --json > /tmp/mix.json
python3 ../shared/tools/score.py tests/corpus_mix/expected.json /tmp/mix.json [--report REPORT.json]
```

Pass the article files, not the folder: the folder also holds `build.py`, `README.md` and `expected.json`. For the
consistency part, import the same files into a scratch database (`DATABASE_URL=sqlite:////tmp/mix.sqlite3
.venv/bin/python manage.py migrate`, then `import_articles` on the files), run `consistency_report --json` and give it
to `--report`. Claim ids are `mNN.cK`; `inconsistencies` and `must_not_flag` name only claims of this folder.

## How it was made

Everything here is written by `build.py` (`.venv/bin/python tests/corpus_mix/build.py [--out DIR] [--audit]`): the
articles are Python strings, and each claim's `sentence` is the very string put in the text, so the gold cannot drift.
The script writes each file in its declared encoding, measures the bytes, writes `expected.json` and this README (the
tables below come from the same specs), then re-reads every file and checks each sentence (exactly once), value_text,
qualifier_text, period text, attribution, person, trap and non-partner text. `--audit` prints every group of claims
that share a metric, subset and period, and every running total in date order, with the planted claims starred: it is
how the corpus was checked to disagree only where it was meant to. `tests/test_corpus_mix_gold.py` checks the
committed gold without Django (vocabulary, number values in digits and in Arabic, French and English words, periods
resolved from the byline, encodings, the truncated file, the failure classes per language, the cross-file groups) and
that `build.py` regenerates exactly the committed bytes:

```
.venv/bin/python -m pytest tests/test_corpus_mix_gold.py -q -p no:django
```

Edit `build.py`, never the generated files.

Before writing, about forty-five stored press pages were read with the search tool (`pages` corpus, some twenty-five
searches in Arabic, French, English and Spanish): DGSN year-end reviews (Almoharir, Manbar Al Hay, Al Maghrib Al Arabi
in French), the BCIJ's year-by-year lists (Alyaoum 24 via Maghress, Almarrakchia, Assahifa), the parliamentary mission
on Moroccans stranded in Syria and Iraq (Febrayer, Al Yaoum 24, Anbaetv, Almaghreb Press, Al3omk, Bladi English,
Atalayar), court reports from the Salé annex of the Rabat court of appeal (Al Raiy, Al Maghribia, Tanja24, Ahdath,
Chaab Press, Hespress, Al Massae, Attajdid via Maghress), interviews of the BCIJ's directors (Febrayer, L'Observateur,
Yabiladi and Le360 relaying EFE, Lapresse.it relaying MAP, Asharq Al-Awsat English relaying Le Monde), AFP, AP, Reuters
and EFE wire copy as syndicated by Arab News, Naharnet, Middle East Online, El Faro de Melilla, The Objective and
Atalayar, APA's timeline of a year's operations (Journal du Cameroun), joint Moroccan-Spanish operations (Barlamane.fr,
Kapress, DNA News, MRE News), think-tank work (Egmont and Konrad-Adenauer via Morocco World News and KAS, OCP Policy
Center, ECFR), TelQuel, Le Desk, Médias24, La Vie éco, Maroc Hebdo, Infomédiaire and Bladi in French, and pan-Arab
pages (Al-Sharq, Al-Hayat and SPA via Sauress, Al Watan News, Arabi21; Syrian, Saudi and Tunisian interior-ministry
figures as the model of other countries' figures; a Soufan ranking via Aribat Press). They gave the patterns used
here — who speaks and how (the BCIJ's directors Khiame and Habboub, Hammouchi's DGSN-DGST pole, Laftit answering MPs in
writing, Bourita at the anti-Daesh coalition, the government spokesman Baitas, the DGSN's annual review "دون احتساب"
the BCIJ's cells), the year-by-year enumerations, "إلى غاية متم دجنبر", the breakdown of people held in Syria, Iraq
and Turkey, prison terms and fines in court reports, the wire's "according to official figures" totals and how
aggregators and Gulf sites re-edit the same wire — but no sentence is copied. Every article, figure and quotation
is invented, including those printed under real outlet and real officials' names; outlets with `outlet_fictional:
true`, the analysts (Saïd Alaoui, Karim Benslimane, Nadia Bennani, Samir El Idrissi) and the think tanks (Maghreb
Security Observatory, Atlantic Maghreb Institute, Rabat Center for Security Studies) do not exist.

The corpus lives in one world whose figures hang together except where a disagreement is planted: cells since 2002
174 (Jan 2018) → 183 (end 2018) → ~200 (2020) → 207 (Nov 2020) → 210+ → 214 (2022) → 216 (Dec 2023) → 218 → 219
(2024); BCIJ cells 21, 19, 9, 11, 14, 8, 5, 4, 5, 6 a year from 2015 to 2024 (74 → 83 → 84 → 91 → 96 → 97 → 100+);
BCIJ arrests 275, 273, 186, 168 in 2015-2018, 1,200+ → 1,342 → 1,357 → 1,500+; 1,659 fighters, 745 killed, 270
returned, 137 prosecuted; the DGSN's judicial police referred 74, 23, 38, 20, 29 and 32 people in 2019-2024.

## Conventions the gold follows

Those of `tests/corpus/README.md` (inherited periods and carried attributions with `raw` the words that point back;
"security sources" and "official figures" are `official_unspecified`, `unspecified` is the author's own count; a
running total of fighters or returnees with no start is `cumulative_unspecified`; a stock with no date of its own is
`cumulative_unspecified` too, `as_of` null; victims of one attack are optional; the BOM file declares `utf-8-sig`), plus:

- **A figure restricted to a conflict zone** carries it (sixth round, by the contract's subsets): fighters who
  joined "في سوريا والعراق" / "in Syria and Iraq" are `syria_iraq_linked`, people held in Syria alone `syria`.
- **Crowded paragraphs.** Every figure of a list or a breakdown is a claim: the noun, source and period stated once
  are shared, the year after a number belongs to that number, and "السنة الموالية" / "السنة التي تلتها" is the year
  after the previous item, not after the byline. A breakdown's items carry the subset its head gives them (by charge,
  by country of detention, ISIS / Fay'-Istihlal, women, minors, extradited).
- **Tables printed as text lines.** Each row line is the claim's sentence; the period is the row's year; the total
  row is a `range` with a null period text.
- **The DGSN's judicial police.** Its annual figures exclude the BCIJ's cells, as the reviews say: subset
  `judicial_police` (and a subset per charge for the breakdown), so that they are never compared with all arrests.
- **Stocks abroad.** `fighters_detained_abroad` counts the nationals held abroad, fighters and the families held
  in camps with them alike (the contract's one metric for them; women and minors as its subsets). `fighters_in_zone` is the
  analysts' "still there".
- **Interviews.** The speaker named once (introduction or label) speaks every later answer. A figure in a question
  that comes from a third party (international reports, the public prosecutor) is optional, with that source.
- **Court reports.** Prison terms, defendants, fines, ages and articles of the penal code are traps; the arrest the
  report dates ("interpellés le 14 octobre 2021") and the bureau's figures it quotes are claims.
- **Wire copy.** Each syndicated copy carries the same claims with its own sentence; the edits (a city respelled,
  Mashriq month or Maghreb month, Arabic-Indic digits, a narrow or a plain space, "militants" or "terrorists", "more
  than" or "over", a paragraph dropped) change nothing, and the copies are `must_not_flag` against each other.
- **Dated figures.** "told reporters last month", "said in January", "présentés en février", "أعلنت في نونبر 2020",
  "Fin 2018", "A 2021 parliamentary report": `as_of` at that date, and a running total's period ends there.
- **Operations abroad.** In a joint operation only the arrests made in Morocco are claims; the arrests in Spain are
  traps, and the cue ("En étroite collaboration avec", "بتنسيق مع", "معلومات وفرتها لنظيرتها") makes Spain a partner.
- **Ordinals** that imply a count ("la quatrième … depuis le début de l'année") are optional `year_to_date` claims.
- Officials map to their body as in the other corpora (Khiame, Habboub → BCIJ; Hammouchi on counter-terrorism →
  DGST; Laftit and the ministry's reports to MPs → MOI; Bourita → MFA; Baitas → GOV; the DGSN's review → DGSN; a
  parliamentary mission's report → PARLIAMENT; analysts, think tanks and studies → `analyst`); `person` is the name as
  printed.
- The truncated file (`m16`) is declared `"encoding": "utf-8"`, `"truncated": true` and `expected_warnings`; read it
  with `errors="replace"` (as `score.py` does): no quoted text touches the cut.
"""


def readme(gold, summaries):
    files = gold["files"]
    by_lang = {lang: [f for f in files if language_of(f["key"]) == lang] for lang in ("ar", "fr", "en")}
    text = README_HEAD.format(
        n_files=len(files),
        n_ar=len(by_lang["ar"]),
        n_fr=len(by_lang["fr"]),
        n_en=len(by_lang["en"]),
        n_rejected=len(gold["rejections"]),
        n_claims=sum(len(f["claims"]) for f in files),
        n_optional=sum(len(f["optional_claims"]) for f in files),
        n_traps=sum(len(f["must_not_extract"]) for f in files),
        n_inc=len(gold["inconsistencies"]),
        n_mnf=len(gold["must_not_flag"]),
    )
    lines = ["", "## Layouts and encodings", "", "| | Arabic | French | English |", "|---|---|---|---|"]
    for label, test in [
        ("aggregator dump (sidebar line, byline 'نشر في … يوم' / 'Publié dans … le' / 'Published in … on')",
         lambda f: f["format"] == "aggregator"),
        ("WordPress (site, glued breadcrumb, date line, related posts, comment form)", lambda f: f["format"] == "wordpress"),
        ("clean (title, date line or wire dateline, paragraphs)", lambda f: f["format"] == "clean"),
        ("saved HTML", lambda f: f["format"] == "html"),
        ("rejected", lambda f: f["expected_status"] == "rejected"),
        ("windows-1256", lambda f: f["encoding"] == "windows-1256"),
        ("UTF-16 (LE or BE, with BOM)", lambda f: f["encoding"] == "utf-16"),
        ("UTF-8 with BOM", lambda f: f["encoding"] == "utf-8-sig"),
        ("CRLF", lambda f: f["line_endings"] == "CRLF"),
        ("UTF-8 cut inside its last character", lambda f: f.get("truncated")),
    ]:  # fmt: skip
        cells = [", ".join(f["key"] for f in by_lang[lang] if test(f)) or "—" for lang in ("ar", "fr", "en")]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Saved HTML pages place the date in one spot each: only `<time datetime>` (m05, m21, m39), only JSON-LD (m09, "
        "m27, m34), only `article:published_time` (m17, m28, m41), only a visible byline (m06, m20, m36).",
        "",
        "## Files",
        "",
        'The classes column gives the failure classes of issue 15 ("What fails" 1-12) the file covers, from its flags '
        "(`FAILURE_CLASSES` in `build.py`, also checked by the gold test).",
        "",
        "| key | file | layout / encoding | classes | claims | what it covers |",
        "|---|---|---|---|---|---|",
    ]
    for f in files:
        layout = f["format"]
        if f["expected_status"] == "ok":
            extras = []
            if f["encoding"] != "utf-8":
                extras.append(f["encoding"])
            if f["line_endings"] == "CRLF":
                extras.append("CRLF")
            if f.get("truncated"):
                extras.append("truncated")
            layout += "".join(f", **{x}**" for x in extras)
        claims = f"{len(f['claims'])}" + (f" +{len(f['optional_claims'])}" if f["optional_claims"] else "")
        classes = ", ".join(classes_of(f)) if f["expected_status"] == "ok" else "—"
        summary = re.sub(r"<([^>]+)>", r"`<\1>`", summaries[f["key"]]).replace("|", "\\|")
        lines.append(f"| {f['key']} | {f['file']} | {layout} | {classes} | {claims} | {summary} |")
    lines += [
        "",
        "## Cross-file design (CONTRACT.md part 2)",
        "",
        "| id | kind | claims | story |",
        "|---|---|---|---|",
    ]
    for inc in gold["inconsistencies"]:
        lines.append(f"| {inc['id']} | {inc['kind']} | {', '.join(inc['claims'])} | {inc['explanation']} |")
    lines += [
        "",
        f"`must_not_flag` ({len(gold['must_not_flag'])} groups):",
        "",
        "| claims | why they agree |",
        "|---|---|",
    ]
    for group in gold["must_not_flag"]:
        lines.append(f"| {', '.join(group['claims'])} | {group['reason']} |")
    lines.append("")
    return text + "\n".join(lines)


# ================================================================ writing, checking, auditing

METRICS = {
    "cells_dismantled", "persons_arrested", "plots_foiled", "terrorist_attacks", "fighters_joined",
    "fighters_killed", "fighters_detained_abroad", "returnees", "returnees_arrested", "joint_operations",
}  # fmt: skip
LANGUAGE_OF_KEY = [(18, "ar"), (31, "fr"), (45, "en")]
TRUNCATION_WARNING = (
    "the file ends inside a UTF-8 character (truncated download): imported up to the last whole character"
)
DIGIT_SEPARATOR = ",.\u066c\u202f\u00a0 "


def language_of(key):
    number = int(key[1:])
    return next(lang for last, lang in LANGUAGE_OF_KEY if number <= last)


def derived_flags(spec, encoding, line_endings, language):
    """Flags that follow from the gold itself (layout, encoding, vocabulary values, number forms)."""
    flags = {spec["format"]}
    flags |= {"windows-1256": {"windows_1256"}, "utf-16": {"utf16"}, "utf-8-sig": {"utf8_bom"}}.get(
        encoding, set()
    )
    if line_endings == "CRLF":
        flags.add("crlf")
    if language:
        flags.add({"ar": "arabic", "fr": "french", "en": "english"}[language])
    for claim in spec.get("claims", []):
        flags |= {f"qualifier_{claim['qualifier']}", f"period_{claim['period']['type']}",
                  f"org_{claim['attribution']['org']}"}  # fmt: skip
        if claim["subset"]:
            flags.add(f"subset_{claim['subset']}")
        if claim["unit"] == "percent":
            flags.add("percent")
        if claim["as_of"]:
            flags.add("as_of")
        if claim["metric"] not in METRICS:
            flags.add("new_metric")
        printed = claim["value_text"]
        if not any(ch.isdigit() for ch in printed):
            flags.add("number_words")
        if any("\u0660" <= ch <= "\u0669" for ch in printed):
            flags.add("arabic_indic_digits")
        if "\u202f" in printed:
            flags.add("narrow_nbsp")
        if any(sep in printed for sep in DIGIT_SEPARATOR) and any(ch.isdigit() for ch in printed):
            flags.add("thousands_separator")
    return sorted(flags | set(spec.get("flags", [])))


def encode(text, encoding, line_endings):
    if line_endings == "CRLF":
        text = text.replace("\n", "\r\n")
    return text.encode(encoding)


def claim_ref(entries, key, metric, value, subset=None, nth=0):
    """The gold id ('m03.c5') of the nth claim of a file with that metric, value and subset."""
    entry = next(e for e in entries if e["key"] == key)
    found = [c for c in entry["claims"] if (c["metric"], c["value"], c["subset"]) == (metric, value, subset)]
    assert len(found) > nth, (key, metric, value, subset)
    return f"{key}.{found[nth]['id']}"


def resolve(entries, groups):
    resolved = []
    for group in groups:
        out = {k: v for k, v in group.items() if k != "refs"}
        ids = [claim_ref(entries, *ref) for ref in group["refs"]]
        out = {**({"id": out.pop("id")} if "id" in out else {}), **({"kind": out.pop("kind")} if "kind" in out else {}),
               "claims": ids, **out}  # fmt: skip
        resolved.append(out)
    return resolved


def build(out_dir=HERE):
    """Write every file, expected.json and README.md into out_dir; return the gold."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, rejections, summaries = [], [], {}
    for make in ARTICLES:
        spec = make()
        key = spec["key"]
        status = spec.get("expected_status", "ok")
        language = spec["language"] if "language" in spec else language_of(key)
        encoding = spec.get("encoding", "utf-8")
        line_endings = spec.get("line_endings", "LF")
        if "raw" in spec:
            data = spec["raw"]
        elif spec.get("truncate"):
            data = encode(spec["text"].rstrip("\n"), encoding, line_endings)[:-1]
        elif spec.get("utf16_big_endian"):
            data = b"\xfe\xff" + encode(spec["text"], "utf-16-be", line_endings)
        else:
            data = encode(spec["text"], encoding, line_endings)
        (out_dir / spec["file"]).write_bytes(data)
        entry = {
            "key": key,
            "file": spec["file"],
            "bytes": len(data),
            "format": spec["format"],
            "language": language if status == "ok" else None,
            "encoding": encoding if status == "ok" else None,
            "line_endings": line_endings if status == "ok" else None,
            "expected_status": status,
        }
        if spec.get("truncate"):
            entry["truncated"] = True
            entry["expected_warnings"] = [TRUNCATION_WARNING]
        if status == "rejected":
            entry["expected_error"] = spec["expected_error"]
            rejections.append({"key": key, "file": spec["file"], "reason": spec["expected_error"]})
        entry["metadata"] = spec.get("metadata", meta(None, None, None, None))
        entry["claims"] = [{"id": f"c{i}", **c} for i, c in enumerate(spec.get("claims", []), 1)]
        entry["optional_claims"] = [
            {"id": f"o{i}", **c} for i, c in enumerate(spec.get("optional_claims", []), 1)
        ]
        entry["must_not_extract"] = spec.get("must_not_extract", [])
        entry["countries_cited"] = spec.get("countries_cited", [])
        entry["countries_not_partners"] = spec.get("countries_not_partners", [])
        entry["flags"] = derived_flags(spec, entry["encoding"], entry["line_endings"], entry["language"])
        if spec.get("notes"):
            entry["notes"] = spec["notes"]
        entries.append(entry)
        summaries[key] = spec["summary"]
    gold = {
        "schema_version": "heldout-1",
        "description": "Mixed-language development corpus for ctfacts (Arabic, French, English): crowded reporting -- "
        "annual reviews, written answers to MPs, interviews, op-eds, syndicated wire copy, timelines, court "
        "reports, explainers with tables, think-tank summaries, pan-Arab pages, parliamentary reports, briefs -- "
        "with planted cross-file inconsistencies. Generated by build.py; see README.md. Schema: CONTRACT.md and "
        "seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": resolve(entries, INCONSISTENCIES),
        "must_not_flag": resolve(entries, MUST_NOT_FLAG),
        "rejections": rejections,
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "README.md").write_text(readme(gold, summaries), encoding="utf-8")
    return gold


def decode(raw, entry):
    return raw.decode(entry["encoding"], errors="replace" if entry.get("truncated") else "strict")


def verify(gold, out_dir=HERE):
    """Re-read every file from disk and check the gold against it; return a list of problems."""
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
        text = decode(raw, f)
        if "\ufeff" in text:
            problems.append(f"{f['key']}: a byte-order mark survives decoding")
        if f.get("truncated"):
            try:
                raw.decode("utf-8")
                problems.append(f"{f['key']}: declared truncated but decodes cleanly")
            except UnicodeDecodeError as cut:
                if cut.start < len(raw) - 3:
                    problems.append(f"{f['key']}: undecodable bytes before the last character")
        if f["line_endings"] == "CRLF" and "\n" in text.replace("\r\n", ""):
            problems.append(f"{f['key']}: bare LF in a CRLF file")
        if f["line_endings"] == "LF" and "\r" in text:
            problems.append(f"{f['key']}: CR in an LF file")
        md = f["metadata"]
        for field in ("title", "outlet", "dateline_city"):
            if md[field] and md[field] not in text:
                problems.append(f"{f['key']}: metadata {field} {md[field]!r} not in text")
        if not f["must_not_extract"]:
            problems.append(f"{f['key']}: no traps")
        for c in f["claims"] + f["optional_claims"]:
            where = f"{f['key']}.{c['id']}"
            claim_ids.add(where)
            if text.count(c["sentence"]) != 1:
                problems.append(f"{where}: sentence found {text.count(c['sentence'])} times")
            if c["value_text"] not in c["sentence"]:
                problems.append(f"{where}: value_text {c['value_text']!r} not in sentence")
            if c["qualifier_text"] and c["qualifier_text"] not in c["sentence"]:
                problems.append(f"{where}: qualifier_text {c['qualifier_text']!r} not in sentence")
            if (c["qualifier"] == "exact") != (c["qualifier_text"] is None):
                problems.append(f"{where}: qualifier and qualifier_text disagree")
            if c["period"]["text"] and c["period"]["text"] not in c["sentence"]:
                problems.append(f"{where}: period text {c['period']['text']!r} not in sentence")
            if c["attribution"]["raw"] and c["attribution"]["raw"] not in text:
                problems.append(f"{where}: attribution raw {c['attribution']['raw']!r} not in text")
            if c["attribution"]["person"] and c["attribution"]["person"] not in text:
                problems.append(f"{where}: person {c['attribution']['person']!r} not in text")
        for t in f["must_not_extract"]:
            if not t["text"].startswith("<") and t["text"] not in text:
                problems.append(f"{f['key']}: trap {t['text']!r} not in text")
        for np_ in f["countries_not_partners"]:
            if np_["text"] not in text:
                problems.append(f"{f['key']}: non-partner text {np_['text']!r} not in text")
    for group in gold["inconsistencies"] + gold["must_not_flag"]:
        for cid in group["claims"]:
            if cid not in claim_ids:
                problems.append(f"unknown claim {cid}")
        for inc in gold["inconsistencies"]:
            if group in gold["must_not_flag"] and len(set(group["claims"]) & set(inc["claims"])) >= 2:
                problems.append(f"must_not_flag {group['claims']} shares a pair with {inc['id']}")
    return problems


def effective_date(claim, date):
    return claim["as_of"] or claim["period"]["end"] or date or ""


def audit(gold):
    """Print every group of claims that share a metric, subset, unit and period (and every running total in
    date order), so that each disagreement in the corpus can be checked against the planted ones."""
    planted = {cid for inc in gold["inconsistencies"] for cid in inc["claims"]}
    same_period, running = defaultdict(list), defaultdict(list)
    for f in gold["files"]:
        for c in f["claims"]:
            p = c["period"]
            row = (
                f"{f['key']}.{c['id']}",
                c["qualifier"],
                c["value"],
                effective_date(c, f["metadata"]["date"]),
            )
            base = (c["metric"], c["subset"], c["unit"])
            if p["type"] in ("since", "cumulative_unspecified"):
                running[(*base, p["type"], (p["start"] or "")[:4])].append(row)
            elif p["type"] in ("year", "range", "month"):
                same_period[(*base, p["type"], p["start"], p["end"])].append(row)
    print("== same period, several claims")
    for group_key, rows in sorted(same_period.items(), key=lambda kv: str(kv[0])):
        if len(rows) > 1:
            values = {r[2] for r in rows}
            mark = "DIFFER" if len(values) > 1 else "agree "
            print(mark, group_key, [(r[0] + ("*" if r[0] in planted else ""), r[1], r[2]) for r in rows])
    print("== running totals in date order (* = in a planted inconsistency)")
    for group_key, rows in sorted(running.items(), key=lambda kv: str(kv[0])):
        if len(rows) > 1:
            rows.sort(key=lambda r: r[3])
            print(group_key)
            for r in rows:
                print("    ", r[3], r[0] + ("*" if r[0] in planted else ""), r[1], r[2])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(HERE), help="folder to write into (default: this folder)")
    parser.add_argument(
        "--audit", action="store_true", help="also print the same-period groups and running totals"
    )
    args = parser.parse_args()
    built = build(args.out)
    found = verify(built, args.out)
    for problem in found:
        print("PROBLEM", problem)
    if args.audit:
        audit(built)
    n_claims = sum(len(f["claims"]) for f in built["files"])
    n_optional = sum(len(f["optional_claims"]) for f in built["files"])
    n_traps = sum(len(f["must_not_extract"]) for f in built["files"])
    print(
        f"{len(built['files'])} files, {n_claims} claims (+{n_optional} optional), {n_traps} traps, "
        f"{len(built['inconsistencies'])} inconsistencies, {len(built['must_not_flag'])} must_not_flag groups, "
        f"{len(found)} problems"
    )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
