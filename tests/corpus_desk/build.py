"""Writes the "desk" development corpus (tests/corpus_desk/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_desk/build.py [--out DIR]

30 files (Arabic d01-d12, French d13-d22, English d23-d30) written as different newsrooms write: wire briefs
with MAP/AFP/EFE datelines, features, op-eds, question/answer interviews, parliamentary and court reporting,
live blogs, press-release reprints, round-ups quoting several sources, articles whose source is named only at
the end, pages whose outlet must be read from a header, og:site_name, JSON-LD or a footer, and dates in every
layout (Maghreb and Mashriq Arabic months, French, English, a relative "il y a 2 jours" that must not be guessed).

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles are invented (officials are public office holders; outlets marked fictional and the
researchers and think tanks do not exist); they follow the wording and orders of magnitude of real reporting.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root, for tests.corpus_kit

from tests.corpus_kit import (  # noqa: E402  # noqa: E402,F401 - verify: the gold tests call build.verify
    SIDEBAR_RULE,
    A,
    C,
    P,
    T,
    aggregator,
    clean,
    cumul,
    html,
    meta,
    resolve,
    rng,
    run_build,
    since,
    wordpress,
    yr,
    ytd,
)

ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, KILLED, RETURNEES, RET_ARR = "fighters_joined", "fighters_killed", "returnees", "returnees_arrested"
JOINT = "joint_operations"


# ================================================================ Arabic (v01-v12)


def site(header, byline, title, date_line, body, footer):
    """A news site saved as text: the outlet only in its header and footer, a byline and a date line."""
    lines = [header, "", title, byline, date_line, ""]
    for block in body:
        lines += [block, ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def entry(
    key, file, fmt, lang, text, meta_, claims, traps, summary, *, cited=(), not_partners=(), optional=()
):
    return dict(key=key, file=file, format=fmt, language=lang, text=text, metadata=meta_, claims=claims,
                must_not_extract=traps, summary=summary, countries_cited=list(cited),
                countries_not_partners=list(not_partners), optional_claims=list(optional))  # fmt: skip


def NP(country, text):
    return {"country": country, "text": text}


# ================================================================ Arabic (d01-d12)


@article
def d01():
    pub = "2025-01-15"
    heads = ["الرجاء يفوز على ضيفه 2-1 ويعتلي الصدارة", "أمطار رعدية مرتقبة بعدد من المدن",
             "حصيلة ثقيلة لحوادث السير خلال أسبوع"]  # fmt: skip
    title = "حصيلة الأمن الوطني: 217 خلية إرهابية فككت منذ 2002"
    s1 = (
        "وبلغ عدد الخلايا الإرهابية التي جرى تفكيكها منذ سنة 2002 ما مجموعه 217 خلية، وفق ما تضمنته الحصيلة "
        "السنوية للمديرية العامة للأمن الوطني."
    )
    s2 = "كما أفضت هذه العمليات إلى تقديم 6108 مشتبه فيهم إلى العدالة خلال الفترة ذاتها."
    body = [
        "الرباط - كشفت المديرية العامة للأمن الوطني، في وثيقة وزعتها على وسائل الإعلام، عن أبرز مؤشرات نشاطها "
        "خلال السنة المنصرمة.",
        f"{s1} {s2}",
        "وذكرت الوثيقة بأن الرقم الأخضر 19 يظل مفتوحا أمام المواطنين للتبليغ عن أي نشاط مشبوه.",
    ]
    return entry(
        "d01", "d01_hibapress_dgsn_217_since_2002.txt", "aggregator", "ar",
        aggregator("ar", heads, title, "هبة بريس", pub, body),
        meta(title, "هبة بريس", "Hibapress", pub),
        [
            C(CELLS, 217, "217", s1, since("2002", pub, "منذ سنة 2002"),
              A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")),
            C(ARRESTS, 6108, "6108", s2, since("2002", pub, None), A("DGSN", None),
              notes="'خلال الفترة ذاتها' inherits since 2002; the source is the review of the previous sentence"),
        ],
        [SIDEBAR_RULE, T("2-1", "sidebar: football score"), T("الرقم الأخضر 19", "phone number")],
        "Aggregator; the source after the figure ('وفق ما تضمنته'); the period inherited by the next sentence.",
    )  # fmt: skip


@article
def d02():
    pub = "2026-01-12"
    title = "المغرب: تفكيك 10 خلايا إرهابية في 2025 بحسب حصيلة أمنية"
    s1 = (
        "وأوردت الحصيلة التي نشرتها المديرية العامة للأمن الوطني أن الأجهزة المغربية فككت 10 خلايا إرهابية "
        "خلال عام 2025."
    )
    body = [
        "الرباط - «الشرق اليوم»",
        "تواصل الرباط تقديم نفسها شريكا أمنيا في المنطقة، في وقت تعلن فيه دول الجوار عن أرقام متفاوتة.",
        s1,
        "وفي العراق، أعلنت السلطات توقيف 300 شخص يشتبه في انتمائهم إلى تنظيم «داعش» خلال الفترة نفسها.",
    ]
    return entry(
        "d02", "d02_clean_mashriq_month_dgsn_2025.txt", "clean", "ar",
        clean(title, "الإثنين 12 كانون الثاني (يناير) 2026", body),
        meta(title, "الشرق اليوم", "Asharq Today", pub, fictional=True, city="الرباط"),
        [C(CELLS, 10, "10", s1, yr("2025", "خلال عام 2025"),
           A("DGSN", "الحصيلة التي نشرتها المديرية العامة للأمن الوطني"))],
        [T("300 شخص", "Iraq's arrests, not Morocco's")],
        "Clean Mashriq page (كانون الثاني); DGSN's 2025 count; planted against the minister's 13 (d03).",
        not_partners=[NP("IQ", "العراق")],
    )  # fmt: skip


@article
def d03():
    pub = "2026-02-11"
    title = "لفتيت أمام مجلس المستشارين: 13 خلية إرهابية فككت السنة الماضية"
    s1 = (
        "وأوضح وزير الداخلية عبد الوافي لفتيت، في معرض جوابه على السؤال رقم 1245، أن المصالح الأمنية فككت "
        "خلال السنة الماضية 13 خلية إرهابية."
    )
    s2 = "وبخصوص العائدين من بؤر التوتر، أشار الوزير إلى أن عددهم بلغ 270 شخصا."
    s3 = "وأضاف أن 137 منهم قدموا أمام القضاء طبقا للقانون رقم 03.03 المتعلق بمكافحة الإرهاب."
    body = [
        "شهدت جلسة الأسئلة الشفوية بمجلس المستشارين، أمس الثلاثاء، نقاشا حول الوضع الأمني بالمملكة.",
        s1,
        f"{s2} {s3}",
    ]
    meta_line = "بقلم: هيئة التحرير | 11 فبراير 2026"
    return entry(
        "d03", "d03_wordpress_laftit_councillors.txt", "wordpress", "ar",
        wordpress("ar", "البرلمان اليوم", "الرئيسية > سياسة", title, meta_line, body,
                  ["تأجيل مناقشة مشروع قانون المالية"]),
        meta(title, "البرلمان اليوم", "Barlamane Alyaoum", pub, fictional=True),
        [
            C(CELLS, 13, "13", s1, yr("2025", "خلال السنة الماضية"), A("MOI", "وزير الداخلية", "عبد الوافي لفتيت")),
            C(RETURNEES, 270, "270", s2, cumul(pub), A("MOI", "الوزير")),
            C(RET_ARR, 137, "137", s3, cumul(pub), A("MOI", None), notes="the minister continues ('وأضاف')"),
        ],
        [T("السؤال رقم 1245", "question number"), T("03.03", "law number"),
         T("<any headline under مقالات ذات صلة>", "related headlines are other articles")],
        "WordPress; the interior minister in parliament (MOI, not PARLIAMENT); 'last year' from the byline.",
    )  # fmt: skip


@article
def d04():
    pub = "2025-10-22"
    title = "غرفة الجنايات بسلا تدين متهمين في ملف خلية تطوان"
    s1 = (
        "وحسب ما أفاد به ممثل النيابة العامة خلال الجلسة، فقد تمت إحالة 74 مشتبها فيه على العدالة في قضايا "
        "الإرهاب منذ بداية السنة الجارية."
    )
    body = [
        "قضت غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب بملحقة محكمة الاستئناف بسلا، مساء أمس، بالسجن "
        "10 سنوات نافذة في حق المتهم الرئيسي، البالغ من العمر 23 سنة، مع غرامة قدرها 20 ألف درهم.",
        s1,
        "وقررت الهيئة تأجيل النظر في ملف ثان إلى 5 نونبر المقبل.",
    ]
    return entry(
        "d04", "d04_court_sale_jsonld.html", "html", "ar",
        html("ar", title, "صوت العدالة", pub, body, time_tag=False, jsonld=True),
        meta(title, "صوت العدالة", "Sawt Al Adala", pub, fictional=True),
        [C(ARRESTS, 74, "74", s1, ytd(pub, "منذ بداية السنة الجارية"),
           A("official_unspecified", "ممثل النيابة العامة"),
           notes="suspects referred to justice; a prosecutor is official_unspecified")],
        [T("10 سنوات", "prison sentence"), T("23 سنة", "age"), T("20 ألف درهم", "money"),
         T("5 نونبر", "a hearing date")],
        "Court report in saved HTML (JSON-LD only); a prosecutor's year-to-date figure; sentence, age, fine traps.",
    )  # fmt: skip


@article
def d05():
    pub = "2025-06-20"
    title = "رأي | المقاتلون المغاربة: أرقام تحتاج إلى قراءة"
    s1 = "يقدر عدد المغاربة الذين التحقوا بالساحة السورية العراقية بنحو 1700 مقاتل."
    s2 = "ولقي قرابة 750 منهم حتفهم في المعارك أو في عمليات انتحارية."
    body = [
        f"{s1} {s2} هذا ما يخلص إليه بحث ميداني أنجزه الباحث في الحركات الإسلامية سعيد الوردي.",
        "ويرى الكاتب أن المقارنة مع تونس، التي تجاوز عدد مقاتليها 3000، تكشف عن نجاعة المقاربة المغربية، "
        "إذ لا تتعدى نسبة العائدين 40 في المائة من مجموع من بقوا على قيد الحياة.",
    ]
    return entry(
        "d05", "d05_oped_researcher_named_after.txt", "aggregator", "ar",
        aggregator("ar", ["تعرف على أسعار المحروقات الجديدة"], title, "مدار21", pub, body),
        meta(title, "مدار21", "Madar21", pub),
        [
            C(JOINED, 1700, "1700", s1, cumul(pub), A("analyst", "الباحث في الحركات الإسلامية", "سعيد الوردي"),
              q="about", qt="بنحو", subset="syria_iraq_linked",
              notes="the researcher is named only in the sentence after the figures"),
            C(KILLED, 750, "750", s2, cumul(pub), A("analyst", "الباحث في الحركات الإسلامية", "سعيد الوردي"),
              q="about", qt="قرابة"),
        ],
        [SIDEBAR_RULE, T("3000", "Tunisia's fighters"), T("40 في المائة", "a percentage")],
        "Op-ed; figures first, the researcher named after them (analyst); Tunisian figure and a percentage as traps.",
        not_partners=[NP("TN", "تونس")],
    )  # fmt: skip


@article
def d06():
    pub = "2025-03-05"
    title = "بتنسيق مع الأمن الإسباني.. «البسيج» يوقف 4 متطرفين موالين لداعش"
    s1 = (
        "وأفاد بلاغ للمكتب المركزي للأبحاث القضائية أن عناصره أوقفت يوم الثلاثاء 4 متطرفين موالين لتنظيم "
        "«داعش» بكل من الناظور وفاس."
    )
    body = [
        s1,
        "وجرت العملية بتنسيق وثيق مع الشرطة الوطنية الإسبانية، في إطار التعاون الأمني بين الرباط ومدريد.",
        "وتتراوح أعمار الموقوفين بين 19 و27 سنة، وفق البلاغ نفسه.",
    ]
    return entry(
        "d06", "d06_bcij_release_spain_time.html", "html", "ar",
        html("ar", title, "الأحداث المغربية", pub, body, time_tag=True, jsonld=False),
        meta(title, "الأحداث المغربية", "Al Ahdath Al Maghribia", pub),
        [C(ARRESTS, 4, "4", s1, P("event", "2025-03-04", "2025-03-04", "يوم الثلاثاء"),
           A("BCIJ", "بلاغ للمكتب المركزي للأبحاث القضائية"), subset="isis_linked")],
        [T("19 و27 سنة", "ages")],
        "Press release reprint in saved HTML (time tag only); a Tuesday before the Wednesday byline; Spain partner.",
        cited=["ES"],
    )  # fmt: skip


@article
def d07():
    pub = "2025-09-16"
    title = "حوار | مدير «البسيج»: الخطر الإرهابي لم يعد مصدره الخارج فقط"
    s1 = "ـ منذ إحداثه سنة 2015، فكك المكتب 98 خلية إرهابية."
    s2 = "ـ أوقفنا خلال المدة نفسها أكثر من 1400 شخص، بينهم 21 قاصرا."
    body = [
        "س: كم عدد الخلايا التي فككها المكتب المركزي للأبحاث القضائية؟",
        f"يجيب الشرقاوي حبوب، مدير المكتب: {s1}",
        "س: وماذا عن الموقوفين؟",
        s2,
        "س: هل تغير سن المستقطبين؟ ـ أصغرهم لم يتجاوز 15 سنة.",
    ]
    meta_line = "16 شتنبر 2025 - 09:12"
    return entry(
        "d07", "d07_wordpress_habboub_interview_qa.txt", "wordpress", "ar",
        wordpress("ar", "أنفاس بريس", "الرئيسية > حوارات", title, meta_line, body, ["الأمن يحجز أطنانا من الشيرا"]),
        meta(title, "أنفاس بريس", "Anfaspress", pub),
        [
            C(CELLS, 98, "98", s1, since("2015", pub, "منذ إحداثه سنة 2015"), A("BCIJ", None, "الشرقاوي حبوب")),
            C(ARRESTS, 1400, "1400", s2, since("2015", pub, None), A("BCIJ", None, "الشرقاوي حبوب"),
              q="more_than", qt="أكثر من"),
            C(ARRESTS, 21, "21", s2, since("2015", pub, None), A("BCIJ", None, "الشرقاوي حبوب"), subset="minors"),
        ],
        [T("15 سنة", "age"), T("09:12", "time of day")],
        "Q/A interview of the BCIJ director; Maghreb month 'شتنبر'; a subset (minors) in the same sentence.",
    )  # fmt: skip


@article
def d08():
    title = "خبراء: المغرب فكك أكثر من 220 خلية منذ 2002"
    s1 = "وتفيد المعطيات المتوفرة بأن المغرب فكك أكثر من 220 خلية إرهابية منذ سنة 2002."
    body = [
        s1,
        "ويعزو متتبعون هذه النتائج إلى المقاربة الاستباقية التي تعتمدها الأجهزة الأمنية.",
    ]
    return entry(
        "d08", "d08_site_relative_date_unsourced.txt", "site", "ar",
        site("موقع الحدث الآن | الأخبار", "بقلم: هيئة التحرير", title, "منذ يومين", body,
             "© 2025 الحدث الآن. جميع الحقوق محفوظة."),
        meta(title, "الحدث الآن", "Al Hadath Alan", None, fictional=True),
        [C(CELLS, 220, "220", s1, since("2002", None, "منذ سنة 2002"), A("unspecified", None),
           q="more_than", qt="أكثر من", notes="no byline date: 'منذ يومين' must not be resolved")],
        [T("2025", "the footer's copyright year is not the publication date")],
        "A page dated only 'منذ يومين' (published must be null); the outlet from header and footer; unsourced.",
    )  # fmt: skip


@article
def d09():
    pub = "2025-11-03"
    title = "العائدون من سوريا: أرقام متضاربة بين الداخلية والباحثين"
    s1 = "وتتحدث وزارة الداخلية عن 270 عائدا من بؤر التوتر."
    s2 = "في المقابل، يقدر المرصد المغربي للتطرف والعنف عددهم بحوالي 300 شخص."
    body = [
        "يعود ملف المقاتلين المغاربة إلى الواجهة مع ترحيل عدد من الأسر من مخيمات شمال شرق سوريا.",
        f"{s1} {s2}",
        "ويطالب المرصد بالكشف عن أعداد النساء والأطفال، الذين لا تتجاوز أعمار أغلبهم 12 سنة.",
    ]
    return entry(
        "d09", "d09_roundup_returnees_two_figures.txt", "aggregator", "ar",
        aggregator("ar", ["إضراب وطني بقطاع الصحة"], title, "اليوم 24", pub, body),
        meta(title, "اليوم 24", "Alyaoum24", pub),
        [
            C(RETURNEES, 270, "270", s1, cumul(pub), A("MOI", "وزارة الداخلية")),
            C(RETURNEES, 300, "300", s2, cumul(pub), A("analyst", "المرصد المغربي للتطرف والعنف"), q="about",
              qt="بحوالي"),
        ],
        [SIDEBAR_RULE, T("12 سنة", "age")],
        "Round-up with two figures for returnees (ministry 270, an observatory about 300).",
        not_partners=[NP("SY", "سوريا")],
    )  # fmt: skip


@article
def d10():
    pub = "2025-05-12"
    title = "مدريد تشيد بالتعاون الأمني مع الرباط"
    s1 = "وأكدت وزارة الداخلية الإسبانية أن البلدين نفذا أكثر من 20 عملية مشتركة منذ 2014."
    body = [
        "مدريد - أشادت السلطات الإسبانية مجددا بالتنسيق الاستخباراتي مع المغرب في مكافحة الإرهاب.",
        s1,
        "وكانت الشرطة الإسبانية قد اعتقلت 81 شخصا في قضايا مرتبطة بالإرهاب داخل إسبانيا سنة 2024.",
    ]
    return entry(
        "d10", "d10_spain_joint_ops_both_dates.html", "html", "ar",
        html("ar", title, "العمق المغربي", pub, body, time_tag=True, jsonld=True),
        meta(title, "العمق المغربي", "Al3omk", pub, city="مدريد"),
        [C(JOINT, 20, "20", s1, since("2014", pub, "منذ 2014"), A("unspecified", "وزارة الداخلية الإسبانية"),
           q="more_than", qt="أكثر من", notes="a foreign body: unspecified, raw naming it")],
        [T("81 شخصا", "arrests in Spain, not Morocco")],
        "Saved HTML with time tag and JSON-LD; the Spanish interior ministry's count of joint operations.",
        cited=["ES"],
    )  # fmt: skip


@article
def d11():
    pub = "2025-05-16"
    title = "مباشر | الذكرى 69 لتأسيس الأمن الوطني"
    s1 = "10:40 - المديرية العامة للأمن الوطني: تفكيك 5 خلايا إرهابية منذ بداية السنة الجارية."
    body = [
        "09:15 - انطلاق الاحتفالات بالمعهد الملكي للشرطة بالقنيطرة.",
        s1,
        "11:05 - توشيح 120 موظفا بأوسمة ملكية.",
        "جميع الحقوق محفوظة © موقع لكم",
    ]
    return entry(
        "d11", "d11_liveblog_dgsn_anniversary.txt", "clean", "ar",
        clean(title, "الجمعة 16 أيار/مايو 2025", body),
        meta(title, "لكم", "Lakome", pub, fictional=True),
        [C(CELLS, 5, "5", s1, ytd(pub, "منذ بداية السنة الجارية"), A("DGSN", "المديرية العامة للأمن الوطني"))],
        [T("الذكرى 69", "an anniversary ordinal"), T("10:40", "time stamp"), T("120 موظفا", "decorated officers")],
        "Live blog with time stamps; Mashriq month (أيار); the DGSN's year-to-date count.",
    )  # fmt: skip


@article
def d12():
    pub = "2025-10-08"
    title = "باحث: 5980 موقوفا في قضايا الإرهاب منذ 2002"
    s1 = (
        "وحسب الباحث في الشؤون الأمنية محمد الطاهري، فإن عدد الموقوفين في قضايا الإرهاب منذ 2002 بلغ 5980 "
        "شخصا."
    )
    body = [
        "قدم الباحث محمد الطاهري، خلال ندوة بكلية الحقوق بالمحمدية، قراءة في عشرين سنة من السياسة الأمنية.",
        s1,
        "وللتواصل مع المنظمين: 0522000000.",
    ]
    return entry(
        "d12", "d12_analyst_5980_arrests.txt", "aggregator", "ar",
        aggregator("ar", ["الوداد يتعادل 0-0"], title, "مشاهد24", pub, body),
        meta(title, "مشاهد24", "Machahid24", pub),
        [C(ARRESTS, 5980, "5980", s1, since("2002", pub, "منذ 2002"),
           A("analyst", "الباحث في الشؤون الأمنية", "محمد الطاهري"))],
        [SIDEBAR_RULE, T("0522000000", "phone number"), T("0-0", "sidebar score")],
        "An analyst's running total of arrests lower than the DGSN's 6108 of January (planted decrease).",
    )  # fmt: skip


# ================================================================ French (d13-d22)


@article
def d13():
    pub = "2026-01-20"
    title = "Terrorisme: la DGST a démantelé 10 cellules en 2025"
    s1 = (
        "Rabat, 20 jan. 2026 (MAP) - Les services de la Direction générale de la surveillance du territoire "
        "(DGST) ont démantelé 10 cellules terroristes au cours de l'année 2025, selon un communiqué de la DGST "
        "publié mardi."
    )
    s2 = "Sept de ces cellules étaient liées à l'organisation dite «État islamique», précise le communiqué."
    body = [s1, s2, "Le texte évoque en outre une cellule de 3 membres active entre Tiflet et Salé."]
    return entry(
        "d13", "d13_map_wire_dgst_2025.txt", "clean", "fr",
        clean(title, "Publié le 20/01/2026 à 14h05 | MAP", body),
        meta(title, "MAP", "MAP", pub, city="Rabat"),
        [
            C(CELLS, 10, "10", s1, yr("2025", "au cours de l'année 2025"), A("DGST", "un communiqué de la DGST")),
            C(CELLS, 7, "Sept", s2, yr("2025", None), A("DGST", "précise le communiqué"), subset="isis_linked",
              notes="a number in words; the year inherited from the previous sentence"),
        ],
        [T("3 membres", "one cell's membership, not a national count"), T("14h05", "time of day")],
        "MAP wire with a dateline; the DGST's 2025 count and an ISIS-linked subset in words (Sept).",
    )  # fmt: skip


@article
def d14():
    pub = "2025-04-08"
    title = "Plus de 500 projets terroristes avortés: le bilan d'une traque de vingt ans"
    s0 = "Un haut responsable de la DGST, rencontré à Témara, a accepté de revenir sur deux décennies de lutte."
    s1 = "Plus de 500 projets terroristes ont été déjoués depuis 2002, a indiqué la même source."
    body = [
        s0,
        "Il décrit des menaces qui ont changé de visage, des réseaux structurés aux «loups solitaires».",
        s1,
        "Contact rédaction : +212 522 00 00 00.",
    ]
    return entry(
        "d14", "d14_site_par_redaction_meme_source.txt", "site", "fr",
        site("LE DESK MAROC - Actualités", "Par Rédaction", title, "Mardi 8 avril 2025", body,
             "© 2025 Le Desk Maroc. Tous droits réservés."),
        meta(title, "Le Desk Maroc", "Le Desk Maroc", pub, fictional=True),
        [C(PLOTS, 500, "500", s1, since("2002", pub, "depuis 2002"), A("DGST", "la même source"),
           q="more_than", qt="Plus de",
           notes="'la même source' is the DGST official two sentences earlier")],
        [T("+212 522 00 00 00", "phone number"), T("vingt ans", "a duration in the title")],
        "A site page (outlet in header and footer, 'Par Rédaction'); the source named only at the end.",
    )  # fmt: skip


@article
def d15():
    pub = "2025-12-03"
    title = "Combattants marocains: le rapport de la commission parlementaire"
    s1 = (
        "Selon le rapport de la commission de l'intérieur de la Chambre des représentants, 1.659 Marocains ont "
        "rejoint les zones de conflit en Syrie et en Irak."
    )
    s2 = "Parmi eux figurent 290 femmes, détaille le document."
    body = [
        "La commission a adopté son rapport après 14 séances d'audition.",
        f"{s1} {s2}",
        "Le rapport recommande de modifier la loi 86.14 relative à la lutte contre le terrorisme.",
    ]
    return entry(
        "d15", "d15_wordpress_commission_report.txt", "wordpress", "fr",
        wordpress("fr", "Parlement.ma", "Accueil > Politique", title, "3 décembre 2025 par Karim B.", body,
                  ["Loi de finances: le vote reporté"]),
        meta(title, "Parlement.ma", "Parlement.ma", pub, fictional=True),
        [
            C(JOINED, 1659, "1.659", s1, cumul(pub), A("PARLIAMENT", "la commission de l'intérieur de la Chambre des représentants"),
              subset="syria_iraq_linked"),
            C(JOINED, 290, "290", s2, cumul(pub), A("PARLIAMENT", "détaille le document"), subset="women"),
        ],
        [T("14 séances", "hearings"), T("86.14", "law number")],
        "WordPress with a French month; a parliamentary committee's report (PARLIAMENT); women as a subset.",
        not_partners=[NP("SY", "Syrie"), NP("IQ", "Irak")],
    )  # fmt: skip


@article
def d16():
    pub = "2025-07-01"
    title = "Entretien - «Le BCIJ a changé la donne»"
    s1 = "- Entre 2015 et 2024, on recense 96 cellules démantelées par le BCIJ, selon mes calculs."
    body = [
        "Chercheuse à l'Institut méditerranéen d'études stratégiques, Leïla Bennani répond à nos questions.",
        "- Combien de cellules le Bureau a-t-il neutralisées ?",
        s1,
        "- Et ailleurs ? La France compte environ 1.500 ressortissants partis en zone irako-syrienne.",
    ]
    return entry(
        "d16", "d16_interview_researcher_both_dates.html", "html", "fr",
        html("fr", title, "Maroc Diplomatique", pub, body, time_tag=True, jsonld=True),
        meta(title, "Maroc Diplomatique", "Maroc Diplomatique", pub),
        [C(CELLS, 96, "96", s1, rng("2015", "2024", "Entre 2015 et 2024"),
           A("analyst", "selon mes calculs", "Leïla Bennani"),
           notes="the researcher answers; the figure is hers (analyst)")],
        [T("1.500", "France's figure")],
        "Saved HTML (time tag and JSON-LD); a researcher's interview with a year range; France's figure a trap.",
        not_partners=[NP("FR", "La France")],
    )  # fmt: skip


@article
def d17():
    pub = "2025-08-19"
    title = "L'ONU s'inquiète des détenus marocains en Syrie"
    s1 = (
        "Quelque 250 Marocains seraient toujours détenus dans le nord-est de la Syrie, estime un rapport de "
        "l'équipe de surveillance de l'ONU."
    )
    body = [
        "RABAT (AFP) - " + s1,
        "Le même rapport évalue à plus de 10.000 le nombre de combattants étrangers détenus dans la région.",
        "Rabat n'a pas réagi mardi.",
    ]
    return entry(
        "d17", "d17_afp_un_report.txt", "clean", "fr",
        clean(title, "19 août 2025", body),
        meta(title, "AFP", "AFP", pub, city="RABAT"),
        [C("fighters_detained_abroad", 250, "250", s1, cumul(pub),
           A("analyst", "un rapport de l'équipe de surveillance de l'ONU"), q="about", qt="Quelque",
           subset="syria")],
        [T("10.000", "a world figure")],
        "AFP wire with a dateline; a UN report (an outside report: analyst); the world figure a trap.",
        not_partners=[NP("SY", "Syrie")],
    )  # fmt: skip


@article
def d18():
    pub = "2025-10-30"
    title = "La DGSN fait le point sur la menace terroriste"
    s1 = "Au total, 8 cellules terroristes ont été démantelées depuis janvier, selon la DGSN."
    body = [
        "Lors d'une rencontre avec la presse à Rabat, le porte-parole de la Sûreté nationale a rappelé la "
        "vigilance des services face à la menace.",
        s1,
        "Il a également évoqué la mobilisation de 2.000 policiers pour la Coupe d'Afrique des nations.",
    ]
    return entry(
        "d18", "d18_aggregator_dgsn_ytd.txt", "aggregator", "fr",
        aggregator("fr", ["Le Raja s'impose 3-1 face au MAS", "Météo: du froid en perspective"], title,
                   "Le Matin", pub, body),
        meta(title, "Le Matin", "Le Matin", pub),
        [C(CELLS, 8, "8", s1, ytd(pub, "depuis janvier"), A("DGSN", "selon la DGSN"))],
        [SIDEBAR_RULE, T("3-1", "sidebar: football score"), T("2.000 policiers", "policemen deployed")],
        "Aggregator; 'depuis janvier' resolved from the byline; compatible with the year's 10 (d02, d13).",
    )  # fmt: skip


@article
def d19():
    pub = "2025-06-04"
    title = "Coalition anti-Daech: Bourita met en avant l'approche marocaine"
    s1 = (
        "Le Maroc a démantelé plus de 200 cellules terroristes depuis 2002, a déclaré le ministre des Affaires "
        "étrangères, Nasser Bourita."
    )
    body = [
        "La réunion ministérielle de la coalition, qui compte 87 membres, s'est tenue à Rome.",
        s1,
        "Le ministre a rappelé l'attachement du Royaume à la résolution 2178 du Conseil de sécurité.",
        "Il a salué la coordination avec les États-Unis et l'Italie, pays hôte de la réunion.",
    ]
    return entry(
        "d19", "d19_bourita_coalition_jsonld.html", "html", "fr",
        html("fr", title, "H24info", pub, body, time_tag=False, jsonld=True),
        meta(title, "H24info", "H24info", pub),
        [C(CELLS, 200, "200", s1, since("2002", pub, "depuis 2002"), A("MFA", "le ministre des Affaires étrangères", "Nasser Bourita"),
           q="more_than", qt="plus de")],
        [T("87 membres", "members of the coalition"), T("2178", "a UN resolution number")],
        "Saved HTML (JSON-LD only); the foreign minister (MFA) with the verb after the figure.",
        cited=["US", "IT"],
    )  # fmt: skip


@article
def d20():
    title = "Sûreté nationale: plus de 1.000 interpellations depuis la création du BCIJ"
    s1 = (
        "Plus de 1.000 personnes ont été interpellées depuis la création du BCIJ en 2015, a affirmé Boubker "
        "Sabik, porte-parole de la DGSN."
    )
    body = [
        s1,
        "Il s'exprimait en marge d'une journée portes ouvertes à Agadir, qui a accueilli 35.000 visiteurs.",
    ]
    meta_line = "il y a 2 jours - Rédaction"
    return entry(
        "d20", "d20_wordpress_relative_date_sabik.txt", "wordpress", "fr",
        wordpress("fr", "Maroc Actu", "Accueil > Sécurité", title, meta_line, body, ["Agadir: la saison bat son plein"]),
        meta(title, "Maroc Actu", "Maroc Actu", None, fictional=True),
        [C(ARRESTS, 1000, "1.000", s1, since("2015", None, "depuis la création du BCIJ en 2015"),
           A("DGSN", "porte-parole de la DGSN", "Boubker Sabik"), q="more_than", qt="Plus de",
           notes="the page is dated only 'il y a 2 jours': published null, end null")],
        [T("35.000 visiteurs", "visitors")],
        "WordPress dated only 'il y a 2 jours' (published null); the DGSN spokesman after the figure.",
    )  # fmt: skip


@article
def d21():
    pub = "2025-02-24"
    title = "Analyse: ce que disent vraiment les chiffres de l'antiterrorisme"
    s1 = "Les chiffres officiels de novembre 2020 faisaient état de 207 cellules démantelées depuis 2002."
    s2 = "Le compteur atteint désormais 218 cellules, selon la DGST."
    body = [
        "Par Youssef Alami - Médias24",
        s1,
        s2,
        "Les attentats de Casablanca du 16 mai 2003 avaient fait 45 morts.",
    ]
    return entry(
        "d21", "d21_analysis_as_of_2020.txt", "clean", "fr",
        clean(title, "Le 24 février 2025", body),
        meta(title, "Médias24", "Medias24", pub),
        [
            C(CELLS, 207, "207", s1, P("since", "2002", "2020-11", "depuis 2002"),
              A("official_unspecified", "Les chiffres officiels"), as_of="2020-11",
              notes="a figure the text dates itself: as_of Nov 2020, not current"),
            C(CELLS, 218, "218", s2, since("2002", pub, None), A("DGST", "selon la DGST"),
              notes="'désormais' and since 2002 inherited"),
        ],
        [T("45 morts", "casualties of 2003"), T("16 mai 2003", "a date")],
        "Clean analysis; a figure dated by the text (as_of 2020-11) beside the current one.",
    )  # fmt: skip


@article
def d22():
    pub = "2025-01-28"
    title = "BCIJ: le profil des personnes arrêtées en 2024"
    s1 = (
        "Parmi les 67 personnes arrêtées en 2024 pour des faits liés au terrorisme figurent 4 femmes et 2 "
        "mineurs, a précisé le BCIJ."
    )
    body = [
        "Le Bureau central d'investigations judiciaires a publié mardi une note sur les profils des suspects.",
        s1,
        "L'âge moyen des suspects est de 29 ans, et 60% d'entre eux n'avaient aucun antécédent judiciaire.",
    ]
    claims = [
        C(ARRESTS, 67, "67", s1, yr("2024", "en 2024"), A("BCIJ", "a précisé le BCIJ")),
        C(ARRESTS, 4, "4", s1, yr("2024", "en 2024"), A("BCIJ", "a précisé le BCIJ"), subset="women"),
        C(ARRESTS, 2, "2", s1, yr("2024", "en 2024"), A("BCIJ", "a précisé le BCIJ"), subset="minors"),
    ]
    return entry(
        "d22", "d22_hespress_fr_bcij_profiles.txt", "aggregator", "fr",
        aggregator("fr", ["Immobilier: les prix en hausse de 3%"], title, "Hespress FR", pub, body),
        meta(title, "Hespress FR", "Hespress FR", pub),
        claims,
        [SIDEBAR_RULE, T("29 ans", "average age"), T("60%", "a percentage")],
        "Aggregator; one sentence with a total and two subsets (women, minors), the source after them.",
    )  # fmt: skip


# ================================================================ English (d23-d30)


@article
def d23():
    pub = "2025-03-03"
    title = "Spain, Morocco tally two decades of joint counter-terror work"
    s1 = (
        "Madrid, Mar 3 (EFE).- Spain's National Police said on Monday that its officers and their Moroccan "
        "counterparts had carried out more than 20 joint operations since 2014."
    )
    body = [
        s1,
        "Separately, Spanish forces arrested 81 people on terrorism charges in Spain last year, the Interior "
        "Ministry in Madrid said.",
    ]
    return entry(
        "d23", "d23_efe_wire_joint_ops.txt", "clean", "en",
        clean(title, "March 3, 2025", body),
        meta(title, "EFE", "EFE", pub, city="Madrid"),
        [C(JOINT, 20, "20", s1, since("2014", pub, "since 2014"), A("unspecified", "Spain's National Police"),
           q="more_than", qt="more than", notes="a foreign body: unspecified, raw naming it")],
        [T("81 people", "arrests in Spain")],
        "EFE wire with a dateline; the Spanish police's count of joint operations; Spanish arrests a trap.",
        cited=["ES"],
    )  # fmt: skip


@article
def d24():
    pub = "2025-09-10"
    title = "Study: Moroccan foreign fighters paid a heavy toll"
    s1 = (
        "At least 745 Moroccan fighters were killed in Syria and Iraq, according to a study by the Atlas "
        "Center for Security Studies."
    )
    body = [
        s1,
        "The study puts the number of Tunisian fighters at 5,000 and notes that 38% of European returnees were "
        "prosecuted.",
    ]
    return entry(
        "d24", "d24_think_tank_killed_time.html", "html", "en",
        html("en", title, "The North Africa Post", pub, body, time_tag=True, jsonld=False),
        meta(title, "The North Africa Post", "North Africa Post", pub),
        [C(KILLED, 745, "745", s1, cumul(pub), A("analyst", "Atlas Center for Security Studies"), q="at_least",
           qt="At least", subset="syria_iraq_linked")],
        [T("5,000", "Tunisia's fighters"), T("38%", "a percentage")],
        "Saved HTML (time tag only); a think tank (analyst) with 'at least'; Tunisian figure and percentage traps.",
        not_partners=[NP("SY", "Syria"), NP("IQ", "Iraq")],
    )  # fmt: skip


@article
def d25():
    pub = "2026-01-05"
    title = "Hammouchi: Morocco's security model draws on two decades of vigilance"
    s0 = "Abdellatif Hammouchi, who heads both the DGSN and the DGST, met foreign intelligence chiefs in Rabat."
    s1 = "The same official said Morocco had foiled more than 520 terrorist plots since 2002."
    body = [
        s0,
        s1,
        "He praised intelligence sharing with the FBI and Spain's police, which he said had saved lives.",
    ]
    return entry(
        "d25", "d25_mwn_hammouchi_plots.txt", "aggregator", "en",
        aggregator("en", ["Wydad beat Raja 1-0 in derby", "Gold price hits record"], title, "Morocco World News",
                   pub, body),
        meta(title, "Morocco World News", "MWN", pub),
        [C(PLOTS, 520, "520", s1, since("2002", pub, "since 2002"), A("DGST", "The same official", "Abdellatif Hammouchi"),
           q="more_than", qt="more than",
           notes="Hammouchi named a sentence earlier; DGST as in the voices corpus for plots")],
        [SIDEBAR_RULE, T("1-0", "sidebar score")],
        "Aggregator; the speaker named a sentence earlier ('The same official'); FBI and Spain as partners.",
        cited=["US", "ES"],
    )  # fmt: skip


@article
def d26():
    pub = "2026-01-30"
    title = "Government: 13 terror cells broken up last year"
    s1 = "Morocco dismantled 13 terrorist cells last year, government spokesman Mustapha Baitas told reporters."
    body = [
        "Following Thursday's government council, the spokesman answered questions on security and prices.",
        s1,
        "He also announced a 2 billion dirham programme for rural roads.",
    ]
    meta_line = "Posted on January 30, 2026 by Staff Writer"
    return entry(
        "d26", "d26_wordpress_baitas_briefing.txt", "wordpress", "en",
        wordpress("en", "Rabat Daily", "Home > Politics", title, meta_line, body, ["Rain brings relief to farmers"]),
        meta(title, "Rabat Daily", "Rabat Daily", pub, fictional=True),
        [C(CELLS, 13, "13", s1, yr("2025", "last year"), A("GOV", "government spokesman", "Mustapha Baitas"))],
        [T("2 billion dirham", "money")],
        "WordPress; the government spokesman (GOV), verb after the figure; 'last year' from the byline.",
    )  # fmt: skip


@article
def d27():
    pub = "2025-05-16"
    title = "LIVE: Morocco's police mark 69th anniversary"
    s1 = "10:05 - The DGSN says five terrorist cells have been dismantled since the start of the year."
    body = [
        "09:30 - Ceremonies open at the Royal Police Institute in Kenitra.",
        s1,
        "10:20 - A new forensic lab will serve 12 regions.",
    ]
    return entry(
        "d27", "d27_liveblog_dgsn_both_dates.html", "html", "en",
        html("en", title, "Hespress English", pub, body, time_tag=True, jsonld=True),
        meta(title, "Hespress English", "Hespress English", pub),
        [C(CELLS, 5, "five", s1, ytd(pub, "since the start of the year"), A("DGSN", "The DGSN says"))],
        [T("69th", "anniversary ordinal"), T("12 regions", "regions")],
        "Live blog in saved HTML; a year-to-date figure in words; agrees with the Arabic live blog (d11).",
    )  # fmt: skip


@article
def d28():
    pub = "2025-12-10"
    title = "US report praises Morocco's counterterrorism record"
    s1 = (
        "Moroccan authorities dismantled nine terrorist cells in 2024, the State Department's Country "
        "Reports on Terrorism said."
    )
    s2 = "In all, Morocco has dismantled 207 cells since 2002, according to official figures."
    body = [
        "WASHINGTON - " + s1,
        s2,
        "The report counts 2,500 attacks across the Sahel over the same year.",
    ]
    return entry(
        "d28", "d28_clean_state_department_stale.txt", "clean", "en",
        clean(title, "December 10, 2025 | The Rabat Observer", body),
        meta(title, "The Rabat Observer", "Rabat Observer", pub, fictional=True, city="WASHINGTON"),
        [
            C(CELLS, 9, "nine", s1, yr("2024", "in 2024"), A("analyst", "the State Department's Country Reports on Terrorism")),
            C(CELLS, 207, "207", s2, since("2002", pub, "since 2002"), A("official_unspecified", "official figures"),
              notes="a stale running total: 207 was the November 2020 figure"),
        ],
        [T("2,500 attacks", "Sahel attacks")],
        "Clean page, outlet on the date line; a US report's figure in words; a stale running total (planted).",
        not_partners=[NP("US", "US report")],
    )  # fmt: skip


@article
def d29():
    pub = "2026-01-14"
    title = "DGSN annual review: terror cells and the Sahel threat"
    s1 = "Of the 10 cells dismantled in 2025, 7 had pledged allegiance to ISIS and 4 were linked to groups in the Sahel."
    body = [
        "The annual review of the DGSN, released on Tuesday, devotes a chapter to terrorism.",
        f"{s1} The figures come from the same review.",
        "Readers can call 0800 00 19 19 to report suspicious activity.",
    ]
    claims = [
        C(CELLS, 10, "10", s1, yr("2025", "in 2025"), A("DGSN", "The annual review of the DGSN")),
        C(
            CELLS,
            7,
            "7",
            s1,
            yr("2025", "in 2025"),
            A("DGSN", "The annual review of the DGSN"),
            subset="isis_linked",
        ),
        C(
            CELLS,
            4,
            "4",
            s1,
            yr("2025", "in 2025"),
            A("DGSN", "The annual review of the DGSN"),
            subset="sahel_linked",
        ),
    ]
    return entry(
        "d29", "d29_aggregator_review_breakdown.txt", "aggregator", "en",
        aggregator("en", ["Casablanca tram extension opens"], title, "Barlamane Today", pub, body),
        meta(title, "Barlamane Today", "Barlamane Today", pub),
        claims,
        [SIDEBAR_RULE, T("0800 00 19 19", "phone number")],
        "Aggregator; a breakdown (7 + 4) that exceeds its total (10): planted internal arithmetic.",
    )  # fmt: skip


@article
def d30():
    pub = "2026-02-20"
    title = "Morocco keeps watch on foreign fighters"
    s1 = "According to the Interior Ministry, 1,659 Moroccans travelled to join armed groups in Syria and Iraq."
    body = [
        s1,
        "The Global Terrorism Index gives Morocco a score of 0.9 out of 10.",
        "Worldwide, some 40,000 foreign fighters went to the region, the UN estimates.",
    ]
    return entry(
        "d30", "d30_jsonld_moi_fighters.html", "html", "en",
        html("en", title, "Atalayar", pub, body, time_tag=False, jsonld=True),
        meta(title, "Atalayar", "Atalayar", pub),
        [C(JOINED, 1659, "1,659", s1, cumul(pub), A("MOI", "the Interior Ministry"), subset="syria_iraq_linked")],
        [T("0.9", "an index score"), T("40,000", "a world figure")],
        "Saved HTML (JSON-LD only); the ministry before the figure; an index score and world figure as traps.",
        not_partners=[NP("SY", "Syria"), NP("IQ", "Iraq")],
    )  # fmt: skip


# ================================================================ cross-file groups

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        refs=[("d02", CELLS, 10), ("d13", CELLS, 10), ("d03", CELLS, 13), ("d26", CELLS, 13)],
        explanation="Cells dismantled in 2025: the DGSN's review (12 Jan 2026) and the DGST's communique (20 Jan) "
        "say 10; the interior minister (11 Feb) and the government spokesman (30 Jan) say 13 'last year'.",
    ),
    dict(
        id="i2",
        kind="cumulative_decrease",
        refs=[("d01", ARRESTS, 6108), ("d12", ARRESTS, 5980)],
        explanation="Persons brought to justice since 2002: 6108 in the DGSN's review (Jan 2025), then 5980 from "
        "a researcher (Oct 2025); a running total cannot go down.",
    ),
    dict(
        id="i3",
        kind="stale_figure",
        refs=[("d21", CELLS, 207), ("d01", CELLS, 217), ("d21", CELLS, 218), ("d28", CELLS, 207)],
        explanation="Cells dismantled since 2002: 207 (Nov 2020), 217 (Jan 2025), 218 (Feb 2025), then a December "
        "2025 article repeats 207 as current 'official figures'.",
    ),
    dict(
        id="i4",
        kind="internal_arithmetic",
        refs=[("d29", CELLS, 10), ("d29", CELLS, 7, "isis_linked"), ("d29", CELLS, 4, "sahel_linked")],
        explanation="The DGSN's 2025 review: 10 cells, of which 7 pledged to ISIS and 4 linked to Sahel groups "
        "(7 + 4 = 11).",
    ),
]

MUST_NOT_FLAG = [
    dict(
        refs=[("d03", RETURNEES, 270), ("d09", RETURNEES, 270)],
        reason="returnees: the ministry's 270 in Nov 2025 and Feb 2026",
    ),
    dict(
        refs=[("d21", CELLS, 218), ("d19", CELLS, 200), ("d08", CELLS, 220)],
        reason="cells since 2002: 218 (Feb 2025), 'more than 200' (June 2025) and an undated 'more than 220' do "
        "not contradict",
    ),
    dict(
        refs=[("d11", CELLS, 5), ("d27", CELLS, 5), ("d18", CELLS, 8), ("d02", CELLS, 10)],
        reason="2025: 5 by mid-May, 8 by the end of October (year to date), under the year's 10",
    ),
    dict(
        refs=[("d13", CELLS, 7, "isis_linked"), ("d29", CELLS, 7, "isis_linked")],
        reason="ISIS-linked cells in 2025: 7 in the DGST communique and in the DGSN review",
    ),
    dict(
        refs=[("d10", JOINT, 20), ("d23", JOINT, 20)],
        reason="joint operations with Spain since 2014: 'more than 20' in May and March 2025",
    ),
    dict(
        refs=[("d14", PLOTS, 500), ("d25", PLOTS, 520)],
        reason="plots foiled since 2002: 'more than 500' (Apr 2025) and 'more than 520' (Jan 2026) agree",
    ),
    dict(
        refs=[
            ("d15", JOINED, 1659, "syria_iraq_linked"),
            ("d30", JOINED, 1659, "syria_iraq_linked"),
        ],
        reason="fighters who joined: 1659 in the committee report and the ministry's figure",
    ),
    dict(
        refs=[("d05", KILLED, 750), ("d24", KILLED, 745, "syria_iraq_linked")],
        reason="fighters killed: 'about 750' and 'at least 745' agree",
    ),
]


# ================================================================ build and verify


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_opt = sum(len(f["optional_claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    by_lang = {lang: sum(1 for f in files if f["language"] == lang) for lang in ("ar", "fr", "en")}
    orgs = {}
    for f in files:
        for c in f["claims"]:
            orgs[c["attribution"]["org"]] = orgs.get(c["attribution"]["org"], 0) + 1
    lines = [
        "# Desk: a development corpus written as different newsrooms write (Arabic, French, English)",
        "",
        f"{len(files)} files -- {by_lang['ar']} Arabic, {by_lang['fr']} French and {by_lang['en']} English -- and "
        "their gold, `expected.json`, in the schema of `../shared/seeds/expected.json` and the vocabulary of "
        f"`../shared/CONTRACT.md`: {n_claims} claims (+{n_opt} optional), {n_traps} traps, "
        f"{len(gold['inconsistencies'])} planted inconsistencies and {len(gold['must_not_flag'])} compatible groups "
        "that must not be flagged.",
        "",
        "It was written by a fresh hand, without reading the engine or the other corpora's articles. Its focus is "
        "the NEWSROOM: wire briefs with MAP, AFP and EFE datelines, op-eds whose researcher is named after the "
        "figures, question/answer interviews, parliamentary and court reporting, live blogs with time stamps, "
        "press-release reprints, round-ups quoting two sources with different figures, 'a indiqué la même source' "
        "at the end, outlets to be read from a site header, a footer (c), `og:site_name` or JSON-LD, and dates in "
        "every layout: aggregator bylines, WordPress meta lines, Maghreb (شتنبر) and Mashriq (كانون الثاني، أيار) "
        "month names, French and English dates, `<time datetime>` and/or JSON-LD, and pages dated only "
        "'منذ يومين' / 'il y a 2 jours' whose `date` is null and must not be guessed.",
        "",
        "Decisions follow `tests/corpus_voices/README.md`: foreign bodies speaking (the Spanish interior ministry "
        "and police) are `unspecified` with `raw` naming them, their reports (a UN monitoring team's, the US State "
        "Department's) `analyst` (docs/conventions.md, 'Outside voices'); an outlet's own "
        "unsourced figure is `unspecified` with `raw` null; a prosecutor is `official_unspecified`; the interior "
        "minister in parliament is `MOI`; a parliamentary committee's own report is `PARLIAMENT`.",
        "",
        "Attributions in the gold: " + ", ".join(f"{k} {v}" for k, v in sorted(orgs.items())) + ".",
        "",
        "Measure the engine with:",
        "",
        "```",
        ".venv/bin/python manage.py evaluate_extraction --summary tests/corpus_desk/expected.json",
        ".venv/bin/python bench/eval_consistency.py tests/corpus_desk/expected.json",
        ".venv/bin/python manage.py extract_claims $(python3 -c \"import json;print(' '.join('tests/corpus_desk/'"
        "+f['file'] for f in json.load(open('tests/corpus_desk/expected.json'))['files']))\") --json > /tmp/desk.json",
        "python3 ../shared/tools/score.py tests/corpus_desk/expected.json /tmp/desk.json",
        "```",
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_desk/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. The script writes the "
        "files, `expected.json` and this README, then re-reads every file and checks each sentence (exactly once), "
        "value, qualifier, period and attribution text, and each trap. `tests/test_corpus_desk_gold.py` checks "
        "the committed gold without Django and that `build.py` regenerates the committed bytes:",
        "",
        "```",
        ".venv/bin/python -m pytest tests/test_corpus_desk_gold.py -q -p no:django",
        "```",
        "",
        "Edit `build.py`, never the generated files. Before writing, stored press pages were read with the search "
        "tool (five searches: Libération, Le360 and Maroc Hebdo on BCIJ statements and DGSN reviews, Maghress "
        "relays of Hespress, Al3omk, Al Ittihad and Alyaoum24 operation reports, Assahafa, Morocco World News and "
        "the North Africa Post on Spanish-Moroccan operations, AFP copy in the Express Tribune, Al-Monitor, SWP "
        "and the Egmont/KAS study on fighters and returnees); no sentence was copied. The articles are invented; "
        "outlets "
        "marked `outlet_fictional` and the researchers and think tanks do not exist.",
        "",
        "## Planted inconsistencies",
        "",
    ]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']} ({', '.join(inc['claims'])}): {inc['explanation']}")
    lines += ["", "## Files", "", "| key | file | language | format | date | claims | what it tests |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for f in files:
        lines.append(
            f"| {f['key']} | `{f['file']}` | {f['language']} | {f['format']} | {f['metadata']['date']} | "
            f"{len(f['claims'])} | {summaries[f['key']]} |"
        )
    return "\n".join(lines) + "\n"


def build(out_dir=HERE):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, summaries = [], {}
    for make in ARTICLES:
        spec = make()
        data = spec["text"].encode("utf-8")
        (out_dir / spec["file"]).write_bytes(data)
        entry = {
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
            "optional_claims": [
                {"id": f"o{i}", **c} for i, c in enumerate(spec.get("optional_claims", []), 1)
            ],
            "must_not_extract": spec["must_not_extract"],
            "countries_cited": spec.get("countries_cited", []),
            "countries_not_partners": spec.get("countries_not_partners", []),
            "flags": [],
        }
        if spec.get("notes"):
            entry["notes"] = spec["notes"]
        entries.append(entry)
        summaries[spec["key"]] = spec["summary"]
    gold = {
        "schema_version": "heldout-1",
        "description": "Desk development corpus for ctfacts (Arabic, French, English): articles as different "
        "newsrooms write them (wires, op-eds, interviews, parliament, courts, live blogs, round-ups), outlets and "
        "dates in every layout, with traps and planted cross-file inconsistencies. Generated by build.py; see "
        "README.md. Schema: CONTRACT.md and seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": resolve(entries, INCONSISTENCIES),
        "must_not_flag": resolve(entries, MUST_NOT_FLAG),
        "rejections": [],
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "README.md").write_text(readme(gold, summaries), encoding="utf-8")
    return gold


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
