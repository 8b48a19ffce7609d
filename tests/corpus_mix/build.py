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
        report=["Thanks for reporting!", "This image will be blocked automatically once several people report it."],
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
            C("persons_arrested", 32, "32", s1, y2024, dgsn, subset=jp,
              notes="'خلال هذه السنة' resolved from the byline; referrals by the DGSN's judicial police, which "
              "the text says exclude the BCIJ's arrests: subset judicial_police"),
            C("persons_arrested", 6, "ستة", s2, inherited, dgsn, subset="cell_membership"),
            C("persons_arrested", 19, "19", s2, inherited, dgsn, subset="incitement"),
            C("persons_arrested", 4, "أربعة", s2, inherited, dgsn, subset="attack_planning"),
            C("persons_arrested", 3, "ثلاثة", s2, inherited, dgsn, subset="glorification",
              notes="6 + 19 + 4 + 3 = 32: the breakdown matches its head"),
            C("persons_arrested", 216, "216", s3, rng("2019", "2024", "بين سنتي 2019 و2024"), dgsn, subset=jp),
            C("persons_arrested", 74, "74", s3, yr("2019", "سنة 2019"), dgsn, subset=jp),
            C("persons_arrested", 23, "23", s3, yr("2020", "في 2020"), dgsn, subset=jp,
              notes="list item without its noun: 'حالة' and the subject are shared"),
            C("persons_arrested", 38, "38", s3, yr("2021", "في 2021"), dgsn, subset=jp),
            C("persons_arrested", 20, "20", s3, yr("2022", "سنة 2022"), dgsn, subset=jp),
            C("persons_arrested", 29, "29", s3, yr("2023", "في السنة الموالية"), dgsn, subset=jp,
              notes="'السنة الموالية' is the year after the previous item (2022), not after the byline"),
        ],
        must_not_extract=traps + [
            T(title, "title: the body repeats the figure; the body's sentence is the claim"),
            T("برسم سنة 2024", "the review's year, no figure"),
            T("68 سنة", "duration (age of the institution)"),
            T("445 خلية", "reception units for women and children victims of violence: not terror cells"),
            T("أزيد من 9 آلاف قضية", "cybercrime cases, not a tracked metric"),
            T("1.250 طلبا", "requests for technical assistance"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=["annual_review", "list", "year_after_number", "relative_period", "number_words", "subset_breakdown",
               "not_terror_cell", "partner_cue", "title_figure", "money_trap", "hijri_trap", "score_trap",
               "duration_trap", "sidebar_trap", "carried_attribution", "paired_years"],
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
        "24 ساعة على 24 لرصد محاولات الاستقطاب عبر الإنترنت."
    )
    body = [intro, q1, f"{a1} {a2}", q2, f"{a3} {a4}", q3, f"{a5} {a6}", q4, a7]
    habboub = A("BCIJ", "الشرقاوي حبوب", "الشرقاوي حبوب")
    creation = since("2015-03", pub, "منذ إحداثه في مارس 2015")
    same = since("2015-03", pub, "خلال الفترة ذاتها")
    fighters = cumul(pub)
    stock = unspec()
    return dict(
        key="m02",
        file="m02_alyaoum24_habboub_interview.txt",
        format="aggregator",
        text=aggregator(heads, title, "اليوم 24", pub, body, listen=True),
        metadata=meta(title, "اليوم 24", "Alyaoum 24", pub),
        claims=[
            C("cells_dismantled", 83, "ثلاثا وثمانين", a1, creation, habboub,
              notes="accusative number words; the speaker is named only in the introduction"),
            C("cells_dismantled", 77, "77", a1, creation, habboub, subset="isis_linked"),
            C("cells_dismantled", 6, "ست", a1, creation, habboub, subset="fay_istihlal"),
            C("persons_arrested", 1342, "1342", a2, same, habboub),
            C("persons_arrested", 14, "14", a2, same, habboub, subset="women"),
            C("persons_arrested", 34, "34", a2, same, habboub, subset="minors"),
            C("fighters_joined", 1659, "1659", a3, fighters, habboub),
            C("fighters_killed", 745, "745", a3, fighters, habboub, notes="number followed by a verb: 'لقوا حتفهم'"),
            C("returnees", 270, "270", a4, fighters, habboub),
            C("returnees_arrested", 137, "137", a4, fighters, habboub, notes="'أحلنا 137 منهم على العدالة'"),
            C("nationals_detained_abroad", 1137, "1137", a5, stock, habboub, q="about", qt="زهاء", as_of=pub,
              notes="fighters and their families held in camps: a stock at the interview date (new metric)"),
            C("nationals_detained_abroad", 189, "189", a5, stock, habboub, subset="women", as_of=pub),
            C("nationals_detained_abroad", 309, "309", a5, stock, habboub, subset="minors", as_of=pub),
            C("returnees", 8, "ثمانية", a6, P("event", "2019-03", "2019-03", "مارس 2019"), habboub,
              subset="repatriated"),
        ],
        optional_claims=[
            C("fighters_joined", 2000, "ألفي", q2, unspec(), A("analyst", "تقارير دولية"), q="about", qt="قرابة",
              notes="the interviewer's premise, from unnamed international reports: a careful reader may record it "
              "as an analysts' figure or leave it"),
        ],
        must_not_extract=traps + [
            T(title, "title: the body repeats the figure"),
            T("ست سنوات", "duration"),
            T("24 ساعة على 24", "duration"),
        ],
        countries_cited=["US"],
        countries_not_partners=[
            NP("SY", "مخيمات شمال سوريا", "place of the camps"),
        ],
        flags=["interview", "named_official", "speaker_previous_sentence", "since_creation", "number_words",
               "verb_no_noun", "metric_frame", "new_metric", "subset_breakdown", "same_period_antecedent",
               "partner_cue", "title_figure", "sidebar_trap", "hijri_trap", "score_trap", "duration_trap",
               "inherited_period", "non_partner_zone"],
        summary="interview with Habboub (BCIJ) in questions and answers, named only in the introduction: "
        "'ثلاثا وثمانين خلية' (accusative words) 'منذ إحداثه في مارس 2015', 77 ISIS-linked and 'ست خلايا أخرى'; "
        "1342 brought to justice 'خلال الفترة ذاتها'; 1659 / '745 منهم لقوا حتفهم' / 270 / 'أحلنا 137 منهم'; "
        "'زهاء 1137' held in camps with 189 women and 309 children (new metric nationals_detained_abroad, as_of); "
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
            C("cells_dismantled", 21, "21", s1, yr("2015", "سنة 2015"), moi,
              notes="a minister answering MPs speaks for his ministry, not for parliament"),
            C("cells_dismantled", 19, "19", s1, yr("2016", "في السنة التي تلتها"), moi,
              notes="'السنة التي تلتها' = the year after the previous item"),
            C("cells_dismantled", 9, "9", s1, yr("2017", "سنة 2017"), moi),
            C("cells_dismantled", 11, "11", s1, yr("2018", "سنة 2018"), moi, notes="no noun after 11: shared"),
            C("cells_dismantled", 12, "12", s1, yr("2019", "خلال السنة الماضية"), moi,
              notes="'السنة الماضية' from the byline (February 2020): 2019; the BCIJ said 14"),
            C("cells_dismantled", 200, "مائتي", s2, since2002, carried, q="about", qt="ما يناهز"),
            C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة نفسها"), carried, q="more_than",
              qt="أزيد من"),
            C("returnees", 270, "270", s3, returns, answer),
            C("returnees", 223, "223", s3, returns, answer, subset="syria_iraq"),
            C("returnees", 52, "52", s3, returns, answer, subset="libya",
              notes="'توزعوا بين' announces an exhaustive split: 223 + 52 = 275, not 270"),
        ],
        optional_claims=[
            C("fighters_joined", 2500, "2500", p2, unspec(), A("analyst", "تقارير صحافية أجنبية"), q="more_than",
              qt="يتجاوز", notes="the MPs' question quoting foreign press reports"),
        ],
        must_not_extract=traps + [
            T("رقم 4127", "number of the written question"),
            T("القانون رقم 86.14", "law number"),
            T("15 سنة سجنا", "prison term"),
            T(title, "title: the year is a bare year"),
        ],
        countries_cited=["ES", "FR"],
        countries_not_partners=[
            NP("LY", "قدموا من ليبيا", "conflict zone"),
        ],
        flags=["written_answer", "minister_answering_mps", "named_official", "list", "year_after_number",
               "relative_period", "number_words", "subset_breakdown", "partner_cue", "carried_attribution",
               "law_number_trap", "duration_trap", "hijri_trap", "score_trap", "money_trap", "sidebar_trap",
               "foreign_figures", "non_partner_zone", "inherited_period", "internal_arithmetic"],
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
        metadata=meta(title, None, None, pub),
        claims=[
            C("cells_dismantled", 4, "أربع", s5, yr("2022", "سنة 2022"),
              A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية")),
        ],
        optional_claims=[
            C("persons_arrested", 11, "11", p1, P("event", "2022-09", "2022-09", "في شتنبر 2022"),
              A("unspecified"), notes="the defendants are the cell's members arrested in September 2022: a careful "
              "reader may record the arrest or read the sentence as a count of defendants only"),
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
        flags=["court_report", "wordpress_date_line", "number_words", "duration_trap", "money_trap",
               "law_number_trap", "age_trap", "related_posts_trap", "no_outlet"],
        summary="court report (WordPress, date line '16 يونيو، 2023', no outlet name): sentences 'بين سنتين و20 "
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
            C("cells_dismantled", 4, "أربع", s1, jan_may, sec,
              notes="Mashriq months with their Maghreb/Egyptian alias in brackets; 'الماضي' resolved from <time>"),
            C("persons_arrested", 23, "23", s1, rng("2024-01", "2024-05", "خلال الفترة ذاتها"), sec),
            C("persons_arrested", 5, "خمسة", s2, month("2024-03", "في شهر آذار (مارس) وحده"), sec),
            C("persons_arrested", 10, "عشرة", s3, event("2024-05-22", "في 22 أيار الماضي"),
              A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
              notes="an operation the text attributes to the BCIJ; arrests in Spain are not mentioned here"),
            C("cells_dismantled", 219, "219", s4, since("2002", pub, "منذ عام 2002"),
              A("official_unspecified", "الأرقام الرسمية المغربية")),
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
        flags=["pan_arab", "mashriq_month", "range", "month", "same_period_antecedent", "date_only_time",
               "hijri_trap", "foreign_figures", "partner_cue", "number_words", "title_figure", "score_trap",
               "footer_year_trap"],
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
    body = [
        "قدمت المهمة البرلمانية الاستطلاعية حول المغاربة العالقين في بؤر التوتر، أمس الثلاثاء، تقريرها النهائي "
        "أمام أعضاء لجنة الخارجية، بعد سبعة أشهر من العمل عقدت خلالها 14 جلسة استماع.",
        s1,
        f"{s2} {s3}",
        s4,
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
    held = unspec()
    doc = A("PARLIAMENT", "بحسب الوثيقة")
    return dict(
        key="m06",
        file="m06_majlis_news_parliament_mission.html",
        format="html",
        text=text,
        metadata=meta(title, "مجلس نيوز", "Majlis News", pub, fictional=True),
        claims=[
            C("fighters_joined", 1659, "1659", s1, dec2020, report, as_of="2020-12",
              notes="'إلى غاية متم دجنبر 2020': cumulative up to that month, not the month"),
            C("fighters_killed", 745, "745", s2, inherited, carried, as_of="2020-12"),
            C("returnees", 270, "270", s2, inherited, carried, as_of="2020-12", notes="number followed by 'عاد'"),
            C("fighters_joined", 290, "290", s3, inherited, A("PARLIAMENT", "وأشار التقرير"), subset="women",
              as_of="2020-12"),
            C("fighters_joined", 391, "391", s3, inherited, A("PARLIAMENT", "وأشار التقرير"), subset="minors",
              as_of="2020-12"),
            C("fighters_detained_abroad", 250, "250", s4, held, doc, as_of=pub),
            C("fighters_detained_abroad", 232, "232", s4, held, doc, subset="syria", as_of=pub),
            C("fighters_detained_abroad", 12, "12", s4, held, doc, subset="iraq", as_of=pub),
            C("fighters_detained_abroad", 6, "6", s4, held, doc, subset="turkey", as_of=pub,
              notes="232 + 12 + 6 = 250"),
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
        flags=["parliament_report", "until_end_of", "as_of", "verb_no_noun", "subset_breakdown", "list",
               "date_in_byline", "view_count_trap", "duration_trap", "non_partner_org_name", "non_partner_zone",
               "carried_attribution", "inherited_period", "title_figure"],
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
            C("persons_arrested", 4, "أربعة", s1, event(pub, "صباح اليوم الخميس"),
              A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
              notes="the MAP dateline carries the date; 'اليوم' is that day"),
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
        C("cells_dismantled", 210, cells_text, totals_sentence, since("2002", pub, year_text), figures,
          q="more_than", qt="أكثر من"),
        C("persons_arrested", 4000, "أربعة آلاف", totals_sentence, since("2002", pub, year_text), figures,
          q="more_than", qt="أكثر من"),
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
        must_not_extract=traps + [
            T("بين 23 و35 عاما", "ages"),
            T("دجنبر 2018", "date of the Imlil murders"),
            T("سائحتين إسكندينافيتين", "victims (dual noun), not a tracked figure"),
        ],
        countries_cited=[],
        countries_not_partners=[NP(None, "سائحتين إسكندينافيتين", "nationality of victims, no country named")],
        flags=["wire", "syndicated_copy", "number_words", "age_trap", "relative_period", "score_trap",
               "hijri_trap", "sidebar_trap", "non_partner_nationality"],
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
            C("attack_deaths", 33, "٣٣", p5, event("2003", "في ٢٠٠٣"), A("unspecified"),
              notes="victims of one attack: outside the tracked metrics"),
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
        flags=["wire", "syndicated_copy", "pan_arab", "arabic_indic_digits", "mashriq_month", "date_only_jsonld",
               "number_words", "age_trap", "footer_year_trap", "non_partner_nationality"],
        summary="AFP Arabic wire on a Gulf site (fictional), Arabic-Indic digits, date only in JSON-LD: three "
        "arrested 'الأربعاء', 'أكثر من ٢١٠ خلايا' and 'أكثر من أربعة آلاف شخص' 'منذ العام ٢٠٠٢' (official "
        "figures); 'كانون الأول/ديسمبر ٢٠١٨' (a date); 2003 and 2011 victims optional; copied by m08",
    )


@article
def m10():
    """An analyst's op-ed mixing Moroccan and foreign figures; UTF-8 with BOM; the outlet only in the footer."""
    pub = "2024-03-04"
    title = "لماذا نجح المغرب حيث تعثرت أوروبا؟"
    s1 = "تفيد الأرقام الرسمية بأن المصالح الأمنية فككت 213 خلية إرهابية منذ 2002، دون أن يسجل أي اعتداء كبير."
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
            C("cells_dismantled", 213, "213", s1, since("2002", pub, "منذ 2002"), official,
              notes="below the 216 the DGSN gave in December 2023 (m42): a running total that falls"),
            C("fighters_joined", 1659, "1659", s3, cumul(pub), A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية"),
              notes="attribution after the figure"),
            C("returnees", 250, "250", s4, cumul(pub), A("analyst", "دراسة أعدها مركز أبحاث أوروبي"),
              q="more_than", qt="ما يفوق"),
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
        flags=["op_ed", "analyst", "foreign_figures", "reporting_verb_after", "wordpress_date_line",
               "outlet_in_footer", "non_partner_contrast", "non_partner_substring", "ordinal_trap",
               "bare_year_trap", "non_partner_zone"],
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
            C("persons_arrested", 4, "أربعة", e1, event("2024-01-24", "24 يناير"), bcij,
              notes="the source named once in the introduction is carried to every dated item"),
            C("persons_arrested", 5, "خمسة", e2, event("2024-03-06", "6 مارس"), bcij),
            C("persons_arrested", 4, "أربعة", e3, event("2024-04-18", "18 أبريل"), bcij),
            C("persons_arrested", 10, "عشرة", e4, event("2024-05-22", "22 ماي"), bcij,
              notes="the three arrested in Melilla and Barcelona were arrested by Spain: not Morocco's figure"),
            C("cells_dismantled", 2, "خليتين", e5, event("2024-09-11", "11 شتنبر"), bcij),
            C("persons_arrested", 7, "سبعة", e5, event("2024-09-11", "11 شتنبر"), bcij),
            C("cells_dismantled", 6, "ست", s6, ytd("2024", pub, "منذ مطلع السنة الجارية"), A("unspecified"),
              notes="the author's own count of the year's operations: 1 + 1 + 1 + 1 + 2"),
            C("persons_arrested", 30, "30", s6, ytd("2024", pub, "منذ مطلع السنة الجارية"), A("unspecified"),
              notes="4 + 5 + 4 + 10 + 7 = 30"),
        ],
        must_not_extract=[
            T("ثلاثة آخرين في مليلية وبرشلونة", "arrests made in Spain: another country's figure"),
            T("خلية لليقظة تضم 12 عضوا", "a monitoring unit of local officials, not a terror cell"),
            T("السبت 28 دجنبر 2024", "date line: the publication date"),
            T("حصاد 2024", "bare year in the title"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[NP("BT", "البوتان", "butane, not Bhutan")],
        flags=["timeline", "list", "date_line_inside", "carried_attribution", "number_words", "dual",
               "year_to_date", "not_terror_cell", "partner_cue", "non_partner_substring", "foreign_figures",
               "bare_year_trap"],
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
        C("cells_dismantled", 40, "أربعين", s40, rng("2015", "2016", "سنتي 2015 و2016"), bcij,
          notes="paired years: one range claim; genitive number word after the preposition"),
        C("cells_dismantled", 54, "54", s54, span, bcij, subset="isis_linked"),
        C("cells_dismantled", 6, "ست", s54, span, bcij, subset="fay_istihlal"),
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
        flags=["explainer_table", "table", "list", "paired_years", "number_words",
               "subset_breakdown", "no_date", "no_outlet", "duration_trap", "vague_count_trap"],
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
        f"{s2} {s3}",
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
            C("cells_dismantled", 207, "207", s1, since("2002", "2020-11", "منذ سنة 2002"), dgst, as_of="2020-11",
              notes="a figure the text dates ('أعلنت في نونبر 2020'): compared at its own date"),
            C("cells_dismantled", 97, "97", s2, since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"),
              same_data),
            C("persons_arrested", 1500, "ألف وخمسمائة", s2, since("2015", pub, "خلال الفترة ذاتها"), same_data,
              q="more_than", qt="أكثر من",
              notes="'الفترة ذاتها' points to the period earlier in the same sentence (2015), not to 2002"),
            C("persons_arrested", 42, "42", s2, since("2015", pub, "خلال الفترة ذاتها"), same_data, subset="women"),
            C("persons_arrested", 67, "67", s2, since("2015", pub, "خلال الفترة ذاتها"), same_data, subset="minors"),
            C("plots_foiled", 500, "500", s3, lastn(20, pub, "خلال العقدين الماضيين"), same_data, q="more_than",
              qt="ما يزيد عن"),
            C("cells_dismantled", 15, "15", s4, lastn(3, pub, "خلال السنوات الثلاث الأخيرة"),
              A("DGST", "المصدر ذاته"),
              notes="'رأى النور سنة 2015' belongs to the relative clause, not to the figure"),
        ],
        must_not_extract=traps + [
            T(title, "title: the body repeats the figure"),
            T("الذكرى الحادية والعشرون", "anniversary ordinal"),
            T("16 ماي 2003", "date"),
            T("الذي رأى النور سنة 2015", "another clause's year"),
            T("على مدار 24 ساعة", "duration"),
            T("خلية لليقظة الرقمية", "a monitoring unit, not a terror cell"),
        ],
        countries_cited=["FR", "ES", "BE", "DE"],
        countries_not_partners=[],
        flags=["annual_review", "as_of", "same_period_antecedent", "other_clause_period", "last_n_years",
               "number_words", "not_terror_cell", "partner_cue", "title_figure", "hijri_trap", "score_trap",
               "sidebar_trap", "ordinal_trap", "carried_attribution", "duration_trap"],
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
            C("cells_dismantled", 7, "سبع", s2, this_year, same,
              notes="the same outlet gives five for the whole of 2023 in January 2024 (m15)"),
            C("cells_dismantled", 3, "ثلاثا", s2, this_year, same, subset="sahel_linked",
              notes="accusative 'ثلاثا منها'; m15 gives two Sahel-linked cells for the year"),
        ],
        must_not_extract=traps + [
            T(title, "title: the body repeats the figure"),
            T("بين 20 و31 سنة", "ages"),
            T("96 ساعة", "duration of custody"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=["year_to_date", "relative_period", "number_words", "subset_breakdown", "carried_attribution",
               "title_figure", "age_trap", "duration_trap", "sidebar_trap", "hijri_trap", "score_trap"],
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
            C("cells_dismantled", 5, "خمس", s1, last_year, gov, notes="'السنة المنصرمة' from the byline: 2023"),
            C("persons_arrested", 61, "61", s1, last_year, gov),
            C("cells_dismantled", 3, "ثلاث", s2, inherited, carried, subset="isis_linked"),
            C("cells_dismantled", 2, "خليتان", s2, inherited, carried, subset="sahel_linked"),
            C("persons_arrested", 2, "امرأتين", s2, inherited, carried, subset="women"),
            C("persons_arrested", 3, "ثلاثة", s2, inherited, carried, subset="minors"),
        ],
        must_not_extract=traps + [
            T(title, "title: the body repeats the figure"),
            T("من أصل الخمس", "the total repeated"),
            T("بنحو 7 في المائة", "budget increase"),
            T("لسنة 2024", "budget year"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("ML", "المالية", "'finance', containing مالي")],
        flags=["named_official", "relative_period", "number_words", "dual", "subset_breakdown",
               "carried_attribution", "non_partner_substring", "title_figure", "score_trap", "sidebar_trap",
               "bare_year_trap"],
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
            C("returnees", 15, "15", s1, yr("2022", "خلال السنة الماضية"), moi, q="at_most", qt="لم يتعد",
              notes="'لم يتعد' = at most; a report to MPs is the ministry's"),
            C("fighters_joined", 1600, "1600", s2, since("2012", pub, "منذ 2012"), A("MOI", "وذكر التقرير"),
              q="more_than", qt="ما ينيف عن"),
        ],
        must_not_extract=[T("2 فبراير، 2023", "WordPress date line: the publication date")],
        countries_cited=[],
        countries_not_partners=[NP("SY", "في سوريا والعراق", "conflict zone")],
        flags=["truncated", "wordpress_date_line", "relative_period", "minister_answering_mps",
               "carried_attribution", "non_partner_zone"],
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
            C("joint_operations", 20, "20", s1, since("2014", pub, "منذ سنة 2014"),
              A("DGST", "بلاغ لقطب المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني"),
              q="more_than", qt="ما يزيد عن",
              notes="the DGSN-DGST pole speaking of counter-terrorism cooperation: DGST"),
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
        flags=["named_official", "partner_cue", "non_partner_attack_place", "date_only_published_time",
               "foreign_figures", "ordinal_trap", "view_count_trap"],
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


# ================================================================ cross-file expectations
# Each reference is (file key, metric, value[, subset[, nth]]), resolved to a gold claim id by build().

INCONSISTENCIES = []
MUST_NOT_FLAG = []


def readme(gold, summaries):
    return ""


# ================================================================ writing, checking, auditing

METRICS = {
    "cells_dismantled", "persons_arrested", "plots_foiled", "terrorist_attacks", "fighters_joined",
    "fighters_killed", "fighters_detained_abroad", "returnees", "returnees_arrested", "joint_operations",
}  # fmt: skip
LANGUAGE_OF_KEY = [(18, "ar"), (31, "fr"), (45, "en")]
TRUNCATION_WARNING = "the file ends inside a UTF-8 character (truncated download): imported up to the last whole character"
DIGIT_SEPARATOR = ",.\u066c\u202f\u00a0 "


def language_of(key):
    number = int(key[1:])
    return next(lang for last, lang in LANGUAGE_OF_KEY if number <= last)


def derived_flags(spec, encoding, line_endings, language):
    """Flags that follow from the gold itself (layout, encoding, vocabulary values, number forms)."""
    flags = {spec["format"]}
    flags |= {"windows-1256": {"windows_1256"}, "utf-16": {"utf16"}, "utf-8-sig": {"utf8_bom"}}.get(encoding, set())
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
        entry["metadata"] = spec.get(
            "metadata", meta(None, None, None, None)
        )
        entry["claims"] = [{"id": f"c{i}", **c} for i, c in enumerate(spec.get("claims", []), 1)]
        entry["optional_claims"] = [{"id": f"o{i}", **c} for i, c in enumerate(spec.get("optional_claims", []), 1)]
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
    (out_dir / "expected.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
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
            row = (f"{f['key']}.{c['id']}", c["qualifier"], c["value"], effective_date(c, f["metadata"]["date"]))
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
    parser.add_argument("--audit", action="store_true", help="also print the same-period groups and running totals")
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
