#!/usr/bin/env python3
"""Build the ctfacts held-out corpus (h01..h12) from Python strings, write the gold
(expected.json, schema of shared/seeds/expected.json) and an extract-shaped copy of the gold
(expected_as_extract.json) so that shared/tools/score.py can check the gold's shape.

Every gold sentence and value_text is verified against the decoded file before writing."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NB4 = "\u00a0" * 4
NB8 = "\u00a0" * 8

AGG_AR_HEAD = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "شكرا على الإبلاغ!",
    "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
    "",
    "",
    "",
]
AGG_AR_FOOT = "\n\n\nانقر هنا لقراءة الخبر من مصدره."
AGG_FR_HEAD = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Merci d'avoir signalé !",
    "Cette image sera automatiquement bloquée lorsqu'elle sera signalée par plusieurs personnes.",
    "",
    "",
    "",
]
AGG_FR_FOOT = "\n\n\nCliquez ici pour lire l'article depuis sa source."
WP_FOOT = (
    "\n\nمقالات ذات صلة\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. "
    "الحقول الإلزامية مشار إليها بـ *\n\nزر الذهاب إلى الأعلى"
)


def sidebar(items, wide_after=()):
    out = ""
    for i, it in enumerate(items):
        if i:
            out += NB8 if i in wide_after else NB4
        out += it
    return out


def aggregator(side, title, outlet, date_dmy, paras, fr=False):
    head = AGG_FR_HEAD if fr else AGG_AR_HEAD
    byline = f"Publié dans {outlet} le {date_dmy}" if fr else f"نشر في {outlet} يوم {date_dmy}"
    return "\n".join([side] + head + [title, byline, ""] + paras) + (AGG_FR_FOOT if fr else AGG_AR_FOOT)


def wordpress(crumb, title, paras):
    return crumb + "\n\n" + title + "\n\n" + "\n\n".join(paras) + WP_FOOT


def clean(title, paras):
    return title + "\n" + "\n".join(paras)


def P(ptype, start=None, end=None, text=None, n=None):
    d = {"type": ptype, "start": start, "end": end}
    if n is not None:
        d["n"] = n
    d["text"] = text
    return d


def C(
    metric,
    value,
    value_text,
    sentence,
    period,
    attr,
    qualifier="exact",
    qt=None,
    subset=None,
    unit="count",
    notes=None,
    occurrence=0,
):
    org, person, raw = attr
    c = {
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": qualifier,
        "qualifier_text": qt,
        "unit": unit,
        "scope": "national",
        "period": period,
        "as_of": None,
        "attribution": {"org": org, "person": person, "raw": raw},
        "sentence": sentence,
    }
    if notes:
        c["notes"] = notes
    c["_occ"] = occurrence
    return c


def M(text, reason):
    return {"text": text, "reason": reason}


SIDEBAR_RULE = M(
    "<any headline in the first line (sidebar)>",
    "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
)

ARTICLES = []

# ---------------------------------------------------------------- h01 aggregator, Hespress, BCIJ
h01_s1 = "كشف الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية، أن المصالح الأمنية المغربية تمكنت من تفكيك أزيد من 210 خلايا إرهابية منذ سنة 2002، في حصيلة تعكس حجم التهديد الذي واجهته المملكة خلال العقدين الماضيين."
h01_s2 = "وأوضح حبوب، في ندوة صحافية عقدها بمقر المكتب بسلا، أن هذه العمليات أسفرت عن توقيف ما يفوق 4300 شخص، فيما تم إحباط أكثر من 500 مخطط إرهابي كان يستهدف منشآت حيوية وأماكن عمومية."
h01_s3 = 'وبخصوص حصيلة المكتب المركزي للأبحاث القضائية وحده، أفاد المسؤول الأمني بأن المكتب فكك منذ إحداثه في مارس 2015 ما مجموعه 92 خلية إرهابية، أغلبها موالية لتنظيم "داعش".'
h01_s4 = "وأشار إلى أن أعمار الموقوفين تتراوح في الغالب بين 18 و35 سنة، وأن عددا منهم سبق أن أدين في قضايا الحق العام، مبرزا أن القانون 03.03 المتعلق بمكافحة الإرهاب، الذي صودق عليه بعد أحداث 16 ماي 2003، وفر إطارا قانونيا للتدخل الاستباقي."
h01_s5 = "وعلى المستوى الدولي، أكد حبوب أن التعاون مع المصالح الأمنية الإسبانية مكن من تنفيذ عمليات مشتركة لتفكيك خلايا تنشط على ضفتي المتوسط، كما ساهمت معلومات استخباراتية قدمتها المديرية العامة لمراقبة التراب الوطني في إحباط مخططات إرهابية في كل من فرنسا وبلجيكا."
h01_s6 = "وشدد المتحدث على أن التهديد الإرهابي لا يزال قائما، خاصة في ظل تنامي نشاط الجماعات المتطرفة بمنطقة الساحل، حيث تستغل هذه التنظيمات هشاشة الأوضاع الأمنية في مالي وبوركينا فاسو لاستقطاب عناصر جديدة."
h01_s7 = "وختم بالتأكيد على أن المكتب يعالج ملفات معقدة في ظرف وجيز، إذ لا تتجاوز مدة الحراسة النظرية في قضايا الإرهاب 96 ساعة قابلة للتمديد مرتين."
h01_text = aggregator(
    sidebar(
        [
            "الوداد يتعادل مع الجيش الملكي (2-2) في قمة الجولة 15",
            "ارتفاع مداخيل السياحة إلى 104 مليارات درهم خلال 2023",
            "مقتل 17 شخصا في انهيار أرضي جنوب غرب الصين",
            "توقعات أحوال الطقس ليوم غد الثلاثاء",
            "بنك المغرب يبقي سعر الفائدة الرئيسي عند 3 في المائة",
            "تفكيك شبكة للهجرة السرية وتوقيف 9 أشخاص بالناظور",
            "أخنوش يترأس اجتماعا حول تأهيل المدن العتيقة",
            "إسبانيا تشيد بالتعاون مع المغرب في مجال الهجرة",
        ],
        wide_after=(3,),
    ),
    "حبوب: المغرب فكك أزيد من 210 خلايا إرهابية منذ 2002",
    "هسبريس",
    "22 - 01 - 2024",
    [
        h01_s1,
        h01_s2,
        h01_s3 + " وأضاف أن هذه الخلايا كانت تنشط في مدن مختلفة، من بينها الدار البيضاء وطنجة والرشيدية.",
        h01_s4,
        h01_s5,
        h01_s6,
        h01_s7,
    ],
)
BCIJ_H = ("BCIJ", "الشرقاوي حبوب", "الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية")
ARTICLES.append(
    dict(
        key="h01",
        file="h01.txt",
        text=h01_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="حبوب: المغرب فكك أزيد من 210 خلايا إرهابية منذ 2002",
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date="2024-01-22",
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                h01_s1,
                P("since", "2002", "2024-01-22", "منذ سنة 2002"),
                BCIJ_H,
                "more_than",
                "أزيد من",
                notes="the title repeats this figure: the body sentence is the claim",
            ),
            C(
                "persons_arrested",
                4300,
                "4300",
                h01_s2,
                P("since", "2002", "2024-01-22", "منذ سنة 2002"),
                BCIJ_H,
                "more_than",
                "ما يفوق",
                notes='period inherited from the previous sentence ("هذه العمليات")',
            ),
            C(
                "plots_foiled",
                500,
                "500",
                h01_s2,
                P("since", "2002", "2024-01-22", "منذ سنة 2002"),
                BCIJ_H,
                "more_than",
                "أكثر من",
                notes="period inherited",
            ),
            C(
                "cells_dismantled",
                92,
                "92",
                h01_s3,
                P("since", "2015-03", "2024-01-22", "منذ إحداثه في مارس 2015"),
                ("BCIJ", "الشرقاوي حبوب", "أفاد المسؤول الأمني"),
                "exact",
                "ما مجموعه",
                notes='BCIJ alone since its creation; "أغلبها موالية لداعش" does not make the count ISIS-only',
            ),
        ],
        optional=[],
        must_not=[
            SIDEBAR_RULE,
            M("(2-2)", "sidebar: football score"),
            M("الجولة 15", "sidebar: matchday"),
            M("104 مليارات درهم", "sidebar: money"),
            M("مقتل 17 شخصا", "sidebar: casualties elsewhere"),
            M("توقيف 9 أشخاص", "sidebar: migrant-smuggling arrests, not terrorism"),
            M("3 في المائة", "sidebar: interest rate"),
            M(
                "حبوب: المغرب فكك أزيد من 210 خلايا إرهابية منذ 2002",
                "title figure repeated by the body: count the body sentence only",
            ),
            M("بين 18 و35 سنة", "ages"),
            M("القانون 03.03", "law number"),
            M("16 ماي 2003", "date"),
            M("96 ساعة", "duration (garde à vue)"),
            M("العقدين الماضيين", "duration"),
        ],
        partners=[("ES", "الإسبانية"), ("FR", "فرنسا"), ("BE", "بلجيكا")],
        not_partners=[
            ("ML", "مالي", "conflict zone"),
            ("BF", "بوركينا فاسو", "conflict zone"),
            (None, "إسبانيا تشيد بالتعاون مع المغرب في مجال الهجرة", "sidebar headline: never a partner"),
        ],
        flags=["title_figure_repeated", "wide_nbsp_run"],
        notes="Partners: joint operations with Spanish services; intelligence that foiled plots in France and Belgium. Spain also appears in the sidebar (ignore that one).",
    )
)

# ---------------------------------------------------------------- h02 aggregator, Barlamane, DGSN year 2023
h02_s2 = 'وأسفرت العمليات المنجزة خلال سنة 2023، بتنسيق مع المديرية العامة لمراقبة التراب الوطني، عن تفكيك ثماني خلايا إرهابية وتوقيف 63 شخصا يشتبه في ارتباطهم بتنظيم "داعش".'
h02_s3 = "ومن بين الموقوفين ثلاث نساء وقاصران، حسب المعطيات ذاتها."
h02_s4 = "كما أسفرت عمليات التفتيش المنجزة في إطار هذه القضايا عن حجز 14 قطعة من الأسلحة البيضاء ومبالغ مالية تناهز 230 ألف درهم، إلى جانب معدات إلكترونية ومخطوطات تحريضية."
h02_text = aggregator(
    sidebar(
        [
            "أسعار المحروقات تنخفض بـ 40 سنتيما في محطات الوقود",
            "حرب غزة.. ارتفاع عدد الضحايا إلى 21 ألف قتيل",
            "الحكومة تصادق على مشروع مرسوم يتعلق بالدعم الاجتماعي المباشر",
            "زلزال الحوز: صرف 2500 درهم شهريا للأسر المتضررة",
            "تفكيك خلية إرهابية بتطوان وتوقيف 3 متطرفين",
            "مهرجان مراكش الدولي للفيلم يسدل الستار على دورته 20",
            "حسنية أكادير يفوز على اتحاد تواركة 1-0",
        ]
    ),
    "حصيلة 2023.. الأمن الوطني يكشف أرقام مكافحة الإرهاب والجريمة",
    "برلمان",
    "29 - 12 - 2023",
    [
        "استعرضت المديرية العامة للأمن الوطني، في حصيلتها السنوية برسم سنة 2023، أبرز المؤشرات المتعلقة بمكافحة الجريمة والتهديدات الإرهابية، مؤكدة أن المصالح الأمنية واصلت يقظتها في مواجهة المخاطر المرتبطة بالتطرف العنيف.",
        h02_s2 + " " + h02_s3,
        h02_s4,
        "وفي مجال محاربة الجريمة العادية، عالجت المصالح الأمنية أزيد من 760 ألف قضية، أسفرت عن توقيف ما يزيد عن 900 ألف شخص، من بينهم مبحوث عنهم على الصعيد الوطني.",
        "وأكدت المديرية أن المقاربة الأمنية المعتمدة مكنت من الحفاظ على استقرار المؤشرات، رغم تعقد التهديدات وتطور أساليب الاستقطاب عبر شبكات التواصل الاجتماعي، التي أصبحت توظفها التنظيمات المتطرفة لتجنيد عشرات الشباب.",
    ],
)
DGSN_A = ("DGSN", None, "المديرية العامة للأمن الوطني، في حصيلتها السنوية برسم سنة 2023")
Y23 = P("year", "2023", "2023", "خلال سنة 2023")
ARTICLES.append(
    dict(
        key="h02",
        file="h02.txt",
        text=h02_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="حصيلة 2023.. الأمن الوطني يكشف أرقام مكافحة الإرهاب والجريمة",
            outlet="برلمان",
            outlet_alias="Barlamane",
            outlet_fictional=False,
            date="2023-12-29",
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                8,
                "ثماني",
                h02_s2,
                Y23,
                DGSN_A,
                notes='number word; "أسفرت ... عن" word order',
            ),
            C("persons_arrested", 63, "63", h02_s2, Y23, DGSN_A, subset="isis_linked"),
            C(
                "persons_arrested",
                3,
                "ثلاث",
                h02_s3,
                Y23,
                DGSN_A,
                subset="women",
                notes='number word; period and source inherited ("حسب المعطيات ذاتها")',
            ),
        ],
        optional=[
            C(
                "persons_arrested",
                2,
                "قاصران",
                h02_s3,
                Y23,
                DGSN_A,
                subset="minors",
                notes="dual noun without a numeral: acceptable either way",
            ),
            C(
                "items_seized",
                14,
                "14",
                h02_s4,
                Y23,
                DGSN_A,
                notes="seizure count: outside the vocabulary, neutral",
            ),
        ],
        must_not=[
            SIDEBAR_RULE,
            M("تفكيك خلية إرهابية بتطوان وتوقيف 3 متطرفين", "sidebar: terrorism headline of another article"),
            M("21 ألف قتيل", "sidebar: casualties elsewhere"),
            M("2500 درهم", "sidebar: money"),
            M("1-0", "sidebar: score"),
            M("دورته 20", "sidebar: festival edition"),
            M("230 ألف درهم", "money"),
            M("760 ألف قضية", "ordinary crime, not terrorism"),
            M("900 ألف شخص", "ordinary-crime arrests with a qualifier: not terrorism"),
            M("عشرات الشباب", "vague count"),
            M("برسم سنة 2023", "bare year"),
        ],
        partners=[],
        not_partners=[],
        flags=["number_words", "non_ct_arrests_trap"],
        notes="DGST coordination is domestic, not a partner country.",
    )
)

# ---------------------------------------------------------------- h03 clean dateline Rabat, MOI answer to parliament
h03_s1 = "الرباط - كشف وزير الداخلية عبد الوافي لفتيت، في جواب كتابي على سؤال برلماني تقدم به فريق بمجلس النواب، أن العدد الإجمالي للمقاتلين المغاربة الذين التحقوا بالتنظيمات الإرهابية في سوريا والعراق بلغ 1659 مقاتلا."
h03_s2 = "وأوضح الجواب، الذي يحمل رقم 4512 ويعود إلى الولاية التشريعية الحالية، أن من بين هؤلاء 290 امرأة و391 قاصرا، التحق أغلبهم بذويهم في مناطق النزاع."
h03_s3 = "وأضاف الوزير أن 745 مقاتلا لقوا حتفهم في ساحات القتال أو في عمليات انتحارية، في حين عاد 270 آخرون إلى أرض الوطن، تمت متابعة 137 منهم أمام القضاء."
h03_text = clean(
    "لفتيت: 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق",
    [
        h03_s1 + " " + h03_s2,
        h03_s3,
        "وأشار المصدر ذاته إلى أن القانون رقم 86.14، المتمم لمجموعة القانون الجنائي، يجرم الالتحاق أو محاولة الالتحاق بالتنظيمات الإرهابية خارج المملكة، ويعاقب عليه بالسجن من خمس إلى خمس عشرة سنة.",
        "تعاون دولي",
        "وبخصوص العائدين، أكد لفتيت أن ترحيل عدد منهم تم بتنسيق مع السلطات التركية، في إطار تبادل المعلومات حول المقاتلين الذين يحاولون العودة عبر مسارات غير نظامية.",
        "وأشار إلى أن الأوضاع في سوريا والعراق لا تزال مصدر قلق، بالنظر إلى وجود مقاتلين مغاربة في السجون والمخيمات الخاضعة لسيطرة قوات سوريا الديمقراطية، دون أن يحدد عددهم.",
    ],
)
MOI_A = ("MOI", "عبد الوافي لفتيت", "وزير الداخلية عبد الوافي لفتيت، في جواب كتابي على سؤال برلماني")
CUM = P("cumulative_unspecified", None, None, None)
ARTICLES.append(
    dict(
        key="h03",
        file="h03.txt",
        text=h03_text,
        format="clean",
        language="ar",
        metadata=dict(
            title="لفتيت: 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق",
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="الرباط",
        ),
        claims=[
            C(
                "fighters_joined",
                1659,
                "1659",
                h03_s1,
                CUM,
                MOI_A,
                notes='"بلغ" at the end of the sentence; the minister answers parliament, so the source is MOI',
            ),
            C("fighters_joined", 290, "290", h03_s2, CUM, MOI_A, subset="women"),
            C("fighters_joined", 391, "391", h03_s2, CUM, MOI_A, subset="minors"),
            C("fighters_killed", 745, "745", h03_s3, CUM, MOI_A),
            C("returnees", 270, "270", h03_s3, CUM, MOI_A),
            C(
                "returnees_arrested",
                137,
                "137",
                h03_s3,
                CUM,
                MOI_A,
                notes='"تمت متابعة ... أمام القضاء": prosecuted returnees',
            ),
        ],
        optional=[],
        must_not=[
            M(
                "لفتيت: 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق",
                "title figure repeated by the body",
            ),
            M("رقم 4512", "parliamentary question number"),
            M("86.14", "law number"),
            M("من خمس إلى خمس عشرة سنة", "prison term (duration)"),
        ],
        partners=[("TR", "التركية")],
        not_partners=[("SY", "سوريا", "conflict zone"), ("IQ", "العراق", "conflict zone")],
        flags=["no_outlet", "no_date", "title_figure_repeated"],
        notes="Undated: cumulative figures with no stated period. Partner: Turkey (deportations coordinated, information exchange).",
    )
)

# ---------------------------------------------------------------- h04 aggregator, Alayam24, analyst
h04_s2 = "وأوضح الوزاني، في تصريح للجريدة، أن الأجهزة الأمنية فككت ما بين سنتي 2015 و2024 حوالي 94 خلية إرهابية، معظمها كانت تخطط لاستهداف مؤسسات أمنية ومواقع سياحية."
h04_s3 = "وأضاف أن عدد الموقوفين في هذه القضايا منذ إحداث المكتب المركزي للأبحاث القضائية لا يقل عن 1400 شخص، وهو رقم يعكس حجم الاستقطاب الذي تمارسه التنظيمات المتطرفة."
h04_text = aggregator(
    sidebar(
        [
            "الرجاء يفوز على حسنية أكادير بثلاثية نظيفة (3-0)",
            "هجوم مسلح يخلف 12 قتيلا في شمال مالي",
            "أسعار الطماطم تقفز إلى 15 درهما للكيلوغرام",
            "رمضان 1446.. مواقيت الصلاة والإمساك ليوم الأربعاء",
            "المغرب يستقبل 1,2 مليون سائح خلال شهر فبراير",
            "الكاف يكشف موعد قرعة كأس إفريقيا للأمم 2025",
        ]
    ),
    "خبير: الضربات الاستباقية جنبت المغرب سيناريوهات دامية",
    "الأيام 24",
    "11 - 03 - 2025",
    [
        "قال الباحث في الشؤون الأمنية والاستراتيجية رشيد الوزاني إن المقاربة الاستباقية التي تعتمدها الأجهزة الأمنية المغربية جنبت المملكة سيناريوهات دامية، في ظل تصاعد التهديدات القادمة من منطقة الساحل والصحراء.",
        h04_s2 + " " + h04_s3,
        "واعتبر المتحدث أن تراجع عدد الخلايا المفككة خلال السنوات الأخيرة لا يعني تراجع التهديد، مستحضرا الهجوم الذي نفذه شخص يبلغ من العمر 28 سنة ضد شرطي بطنجة، والذي تم التعامل معه في أقل من 24 ساعة.",
        "ودعا الخبير إلى تعزيز التعاون الأمني مع بلدان الجوار، مشيرا إلى أن التجربة المغربية باتت محط اهتمام دول عديدة، خاصة بعد أن ساهمت المعلومات التي قدمتها الرباط في إحباط اعتداء كان يستهدف كنيسة في ألمانيا.",
        'وأشار إلى أن الوضع في مالي وبوركينا فاسو والنيجر، حيث تنشط جماعات موالية لتنظيمي "القاعدة" و"داعش"، يفرض على المغرب مواصلة اليقظة، خاصة مع وجود عشرات المغاربة في صفوف هذه الجماعات.',
    ],
)
AN = ("analyst", "رشيد الوزاني", "الباحث في الشؤون الأمنية والاستراتيجية رشيد الوزاني")
ARTICLES.append(
    dict(
        key="h04",
        file="h04.txt",
        text=h04_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="خبير: الضربات الاستباقية جنبت المغرب سيناريوهات دامية",
            outlet="الأيام 24",
            outlet_alias="Alayam24",
            outlet_fictional=False,
            date="2025-03-11",
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                94,
                "94",
                h04_s2,
                P("range", "2015", "2024", "ما بين سنتي 2015 و2024"),
                AN,
                "about",
                "حوالي",
            ),
            C(
                "persons_arrested",
                1400,
                "1400",
                h04_s3,
                P("since", "2015", "2025-03-11", "منذ إحداث المكتب المركزي للأبحاث القضائية"),
                AN,
                "at_least",
                "لا يقل عن",
                notes='period start is implicit (BCIJ created in 2015); "لا يقل عن" without "ما"',
            ),
        ],
        optional=[],
        must_not=[
            SIDEBAR_RULE,
            M("(3-0)", "sidebar: score"),
            M("12 قتيلا في شمال مالي", "sidebar: casualties elsewhere"),
            M("15 درهما", "sidebar: price"),
            M("رمضان 1446", "sidebar: Hijri year"),
            M("1,2 مليون سائح", "sidebar: tourism"),
            M("28 سنة", "age"),
            M("أقل من 24 ساعة", "duration with a less-than qualifier"),
            M("عشرات المغاربة", "vague count"),
        ],
        partners=[("DE", "ألمانيا")],
        not_partners=[
            ("ML", "مالي", "conflict zone (body); the sidebar Mali is ignored"),
            ("BF", "بوركينا فاسو", "conflict zone"),
            ("NE", "النيجر", "conflict zone"),
        ],
        flags=["analyst_source"],
        notes="Partner: Germany (Moroccan information foiled an attack on a church).",
    )
)

# ---------------------------------------------------------------- h05 aggregator, Al3omk, DGST, year to date
h05_s1 = "ارتفع عدد الخلايا الإرهابية التي فككتها الأجهزة الأمنية المغربية منذ سنة 2002 إلى 214 خلية، وفق معطيات حصلت عليها الجريدة من المديرية العامة لمراقبة التراب الوطني."
h05_s2 = "وتمكنت المصالح الأمنية منذ مطلع السنة الجارية من تفكيك خمس خلايا إرهابية، كان آخرها خلية تنشط بين مدينتي تطوان وشفشاون."
h05_s3 = "وفي الأشهر التسعة الأولى من السنة، بلغ عدد الأشخاص الموقوفين في قضايا مرتبطة بالإرهاب ٤٢ شخصا، من بينهم ٧ أشخاص سبق اعتقالهم في قضايا مماثلة."
h05_text = aggregator(
    sidebar(
        [
            "نهضة بركان يتأهل إلى دور المجموعات بعد فوزه 2-0",
            "مقتل 22 شخصا في غارات على جنوب لبنان",
            "الدخول المدرسي: أزيد من 8 ملايين تلميذ يلتحقون بالأقسام",
            "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة",
            "سعر صرف الدولار يستقر عند 9,8 دراهم",
            "الأمم المتحدة تنتخب المغرب لرئاسة مجلس حقوق الإنسان",
        ]
    ),
    "ارتفاع عدد الخلايا الإرهابية المفككة منذ 2002 إلى 214 خلية",
    "العمق المغربي",
    "07 - 10 - 2024",
    [
        h05_s1 + " " + h05_s2,
        h05_s3
        + " وتتراوح أعمار الموقوفين بين 19 و48 سنة، وينحدر أغلبهم من أحياء هامشية بمدن الشمال والدار البيضاء.",
        "وأسفرت عمليات التفتيش عن حجز عشرات الأجهزة الإلكترونية ومواد تدخل في صناعة المتفجرات، إضافة إلى مبلغ مالي قدره 15 ألف درهم.",
        "وعلى المستوى الدولي، ساهمت معلومات دقيقة وفرتها المديرية لمكتب التحقيقات الفيدرالي في الولايات المتحدة في توقيف شخص بولاية فرجينيا كان يعتزم تنفيذ عمل إرهابي، وهو ما يعكس عمق الشراكة الأمنية بين الرباط وواشنطن.",
    ],
)
DGST_05 = ("DGST", None, "معطيات حصلت عليها الجريدة من المديرية العامة لمراقبة التراب الوطني")
ARTICLES.append(
    dict(
        key="h05",
        file="h05.txt",
        text=h05_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="ارتفاع عدد الخلايا الإرهابية المفككة منذ 2002 إلى 214 خلية",
            outlet="العمق المغربي",
            outlet_alias="Al3omk",
            outlet_fictional=False,
            date="2024-10-07",
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                214,
                "214",
                h05_s1,
                P("since", "2002", "2024-10-07", "منذ سنة 2002"),
                DGST_05,
                notes='"ارتفع ... إلى" construction; title repeats it',
            ),
            C(
                "cells_dismantled",
                5,
                "خمس",
                h05_s2,
                P("year_to_date", "2024", "2024-10-07", "منذ مطلع السنة الجارية"),
                DGST_05,
                notes="number word; source inherited from the previous sentence",
            ),
            C(
                "persons_arrested",
                42,
                "٤٢",
                h05_s3,
                P("year_to_date", "2024", "2024-09", "في الأشهر التسعة الأولى من السنة"),
                DGST_05,
                notes="Arabic-Indic digits; first nine months of the publication year",
            ),
            C(
                "persons_arrested",
                7,
                "٧",
                h05_s3,
                P("year_to_date", "2024", "2024-09", "في الأشهر التسعة الأولى من السنة"),
                DGST_05,
                subset="former_detainees",
                notes="Arabic-Indic digit",
            ),
        ],
        optional=[],
        must_not=[
            SIDEBAR_RULE,
            M("2-0", "sidebar: score"),
            M("مقتل 22 شخصا", "sidebar: casualties elsewhere"),
            M("8 ملايين تلميذ", "sidebar"),
            M("9,8 دراهم", "sidebar: exchange rate"),
            M(
                "ارتفاع عدد الخلايا الإرهابية المفككة منذ 2002 إلى 214 خلية",
                "title figure repeated by the body",
            ),
            M("بين 19 و48 سنة", "ages"),
            M("عشرات الأجهزة", "vague count"),
            M("15 ألف درهم", "money"),
        ],
        partners=[("US", "الولايات المتحدة")],
        not_partners=[],
        flags=["arabic_indic_digits", "number_words", "title_figure_repeated"],
        notes="Partner: United States (DGST information to the FBI).",
    )
)

# ---------------------------------------------------------------- h06 wordpress, no outlet, official stats
h06_s2 = "تشير الإحصائيات الرسمية إلى أن ما يزيد عن 250 مقاتلا مغربيا لا يزالون رهن الاعتقال في سجون تشرف عليها قوات سوريا الديمقراطية، بينما يقدر عدد العائدين بقرابة 16 في المائة من مجموع الملتحقين."
h06_s4 = 'وفي إطار برنامج "مصالحة" الذي أطلقته المندوبية العامة لإدارة السجون وإعادة الإدماج سنة 2017، استفاد ما لا يقل عن 300 معتقل في قضايا الإرهاب من دورات للتأهيل الفكري والديني، أفرج عن عدد منهم بعفو ملكي.'
h06_text = wordpress(
    "الرئيسيةتقارير",
    "ملف العائدين من بؤر التوتر.. تحديات الإدماج والمراقبة",
    [
        "يطرح ملف المقاتلين المغاربة العائدين من سوريا والعراق تحديات أمنية ومجتمعية معقدة، في ظل وجود مئات النساء والأطفال في مخيمات شمال شرق سوريا، ينتظرون حسم وضعيتهم القانونية.",
        "أرقام رسمية",
        h06_s2,
        "ويجرم القانون رقم 86.14، الصادر سنة 2015، الالتحاق بالتنظيمات الإرهابية في الخارج، وهو ما جعل كل عائد يخضع لبحث قضائي قد يمتد لأسابيع قبل إحالته على النيابة العامة المختصة بسلا.",
        "برنامج مصالحة",
        h06_s4,
        "ويرى متتبعون أن التجربة المغربية في هذا المجال تختلف عن النموذج الفرنسي، الذي اعتمد على مراكز خاصة لنزع التطرف أثبتت محدوديتها، فيما تظل بعض الدول الأوروبية مترددة في استعادة مواطنيها.",
        "ويبقى الرهان، حسب المصدر ذاته، هو تحقيق التوازن بين المقاربة الأمنية ومتطلبات إعادة الإدماج، تفاديا لعودة هؤلاء إلى دائرة التطرف بعد انقضاء عقوباتهم التي تتراوح بين سنتين وعشر سنوات.",
    ],
)
OFF = ("official_unspecified", None, "تشير الإحصائيات الرسمية")
UNSP = P("unspecified", None, None, None)
ARTICLES.append(
    dict(
        key="h06",
        file="h06.txt",
        text=h06_text,
        format="wordpress",
        language="ar",
        metadata=dict(
            title="ملف العائدين من بؤر التوتر.. تحديات الإدماج والمراقبة",
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city=None,
        ),
        claims=[
            C(
                "fighters_detained_abroad",
                250,
                "250",
                h06_s2,
                UNSP,
                OFF,
                "more_than",
                "ما يزيد عن",
                subset="syria",
            ),
            C(
                "returnees",
                16,
                "16",
                h06_s2,
                UNSP,
                OFF,
                "about",
                "قرابة",
                unit="percent",
                notes='a percentage of those who joined ("16 في المائة")',
            ),
        ],
        optional=[
            C(
                "deradicalization_beneficiaries",
                300,
                "300",
                h06_s4,
                P("since", "2017", None, "سنة 2017"),
                ("unspecified", None, None),
                "at_least",
                "ما لا يقل عن",
                notes="Moussalaha beneficiaries: outside the vocabulary, neutral",
            ),
        ],
        must_not=[
            M("الرئيسيةتقارير", "breadcrumb, not the title"),
            M("مئات النساء والأطفال", "vague count"),
            M("86.14", "law number"),
            M("الصادر سنة 2015", "year of a law"),
            M("بين سنتين وعشر سنوات", "prison terms (durations)"),
        ],
        partners=[],
        not_partners=[
            ("FR", "النموذج الفرنسي", "a contrasting model, not a partner"),
            ("SY", "سوريا", "conflict zone"),
            ("IQ", "العراق", "conflict zone"),
        ],
        flags=["no_outlet", "no_date", "percent_unit", "contrasting_model"],
        notes="No partners: France is named only as a contrasting deradicalisation model.",
    )
)

# ---------------------------------------------------------------- h07 clean dateline Tangier, one operation
h07_s1 = 'طنجة - تمكن المكتب المركزي للأبحاث القضائية، بناء على معلومات استخباراتية دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني، من تفكيك خلية إرهابية موالية لتنظيم "داعش"، تتكون من أربعة عناصر تتراوح أعمارهم بين 22 و37 سنة، ينشطون بمدينتي طنجة وتطوان.'
h07_s2 = "وأفاد بلاغ للمديرية العامة لمراقبة التراب الوطني بأن العملية أسفرت عن توقيف أربعة أشخاص، من بينهم مواطن يحمل الجنسية البلجيكية، وذلك في عمليات أمنية متزامنة نفذت صباح اليوم الثلاثاء."
h07_s3 = "وأسفرت عمليات التفتيش عن حجز ثلاث بنادق صيد وأسلحة بيضاء ومواد كيميائية يشتبه في استعمالها لصناعة عبوات ناسفة، فضلا عن مبلغ مالي يقدر بـ 12 ألف درهم."
h07_s5 = "وتعد هذه الخلية الرابعة التي يتم تفكيكها منذ بداية السنة الجارية، ما يؤكد استمرار التهديدات الإرهابية التي تستهدف المملكة."
h07_text = clean(
    'تفكيك خلية إرهابية موالية لـ"داعش" بطنجة وتطوان',
    [
        h07_s1 + " " + h07_s2,
        h07_s3,
        "وقد تم إخضاع الموقوفين لتدبير الحراسة النظرية لمدة 96 ساعة، تحت إشراف النيابة العامة المكلفة بقضايا الإرهاب، للكشف عن ارتباطاتهم المحتملة بتنظيمات إرهابية تنشط في منطقة الساحل.",
        h07_s5,
        "يذكر أن الأبحاث الأولية أظهرت أن أحد المشتبه فيهم كان على تواصل مع قيادي في التنظيم ينشط في سوريا، وأنه كان يعتزم التوجه إلى إحدى بؤر التوتر بعد تنفيذ مخطط يستهدف منشآت حساسة.",
    ],
)
DGST_07 = ("DGST", None, "بلاغ للمديرية العامة لمراقبة التراب الوطني")
EV = P("event", None, None, "صباح اليوم الثلاثاء")
ARTICLES.append(
    dict(
        key="h07",
        file="h07.txt",
        text=h07_text,
        format="clean",
        language="ar",
        metadata=dict(
            title='تفكيك خلية إرهابية موالية لـ"داعش" بطنجة وتطوان',
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="طنجة",
        ),
        claims=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                h07_s2,
                EV,
                DGST_07,
                subset="isis_linked",
                notes="one operation (period event); number word",
            ),
        ],
        optional=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                h07_s1,
                EV,
                ("BCIJ", None, "المكتب المركزي للأبحاث القضائية"),
                subset="isis_linked",
                notes="cell size, restated as arrests in the next sentence: neutral either way",
            ),
            C(
                "items_seized",
                3,
                "ثلاث",
                h07_s3,
                EV,
                DGST_07,
                notes="seizure count: outside the vocabulary, neutral",
            ),
            C(
                "cells_dismantled",
                4,
                "الرابعة",
                h07_s5,
                P("year_to_date", None, None, "منذ بداية السنة الجارية"),
                ("unspecified", None, None),
                notes="ordinal implies a count; undated page: neutral",
            ),
        ],
        must_not=[M("بين 22 و37 سنة", "ages"), M("96 ساعة", "duration"), M("12 ألف درهم", "money")],
        partners=[],
        not_partners=[
            ("BE", "البلجيكية", "nationality of a suspect, not a partner"),
            ("SY", "سوريا", "conflict zone"),
        ],
        flags=["no_outlet", "no_date", "single_operation", "nationality_trap"],
        notes="Domestic cooperation (DGST -> BCIJ) only; Belgium appears as a nationality.",
    )
)

# ---------------------------------------------------------------- h08 aggregator, Alyaoum24, parliament report
h08_s2 = "وحسب التقرير، بلغ عدد الأشخاص الذين تم توقيفهم في قضايا ذات صلة بالإرهاب بين سنتي 2002 و2021 ما مجموعه 4304 أشخاص."
h08_s3 = "وخلال الفترة ذاتها، جرى تفكيك 209 خلايا إرهابية، من بينها 88 خلية مرتبطة بالساحة السورية العراقية، وإحباط ما يزيد عن 500 مخطط تخريبي."
h08_s4 = "وسجل التقرير أن المملكة لم تعرف أي عمل إرهابي منذ سنة 2018، تاريخ مقتل سائحتين إسكندنافيتين بمنطقة إمليل، مقابل تنامي التهديدات المرتبطة بالذئاب المنفردة."
h08_text = aggregator(
    sidebar(
        [
            "الوداد البيضاوي يتأهل إلى نهائي عصبة الأبطال الإفريقية",
            "وفاة 3 أشخاص في حادثة سير بإقليم الحوز",
            "الحكومة ترصد 3,4 مليارات درهم إضافية لدعم غاز البوتان",
            "امتحانات البكالوريا: أزيد من 540 ألف مترشح",
            "أوكرانيا.. سقوط 40 قتيلا في قصف روسي على خاركيف",
            "الملك يعطي انطلاقة مشاريع تنموية بالدار البيضاء",
        ]
    ),
    "تقرير برلماني يرصد حصيلة عقدين من مكافحة الإرهاب",
    "اليوم 24",
    "18 - 05 - 2022",
    [
        "رصد تقرير للجنة الداخلية والجماعات الترابية والسكنى وسياسة المدينة بمجلس النواب، أعد في إطار مناقشة الميزانية الفرعية لوزارة الداخلية، حصيلة عقدين من مكافحة الإرهاب بالمغرب.",
        h08_s2 + " " + h08_s3,
        h08_s4,
        "وأوصى التقرير بتعزيز الموارد البشرية للمكتب المركزي للأبحاث القضائية، ورفع الاعتمادات المالية المخصصة له بنسبة لا تقل عن 15 في المائة.",
        "كما دعا إلى مراجعة القانون 03.03 المتعلق بمكافحة الإرهاب، بعد مرور أزيد من 19 سنة على دخوله حيز التنفيذ.",
    ],
)
PARL = ("PARLIAMENT", None, "تقرير للجنة الداخلية والجماعات الترابية والسكنى وسياسة المدينة بمجلس النواب")
R0221 = P("range", "2002", "2021", "بين سنتي 2002 و2021")
ARTICLES.append(
    dict(
        key="h08",
        file="h08.txt",
        text=h08_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="تقرير برلماني يرصد حصيلة عقدين من مكافحة الإرهاب",
            outlet="اليوم 24",
            outlet_alias="Alyaoum24",
            outlet_fictional=False,
            date="2022-05-18",
            dateline_city=None,
        ),
        claims=[
            C("persons_arrested", 4304, "4304", h08_s2, R0221, PARL, "exact", "ما مجموعه"),
            C(
                "cells_dismantled",
                209,
                "209",
                h08_s3,
                R0221,
                PARL,
                notes='period inherited ("خلال الفترة ذاتها")',
            ),
            C("cells_dismantled", 88, "88", h08_s3, R0221, PARL, subset="syria_iraq_linked"),
            C("plots_foiled", 500, "500", h08_s3, R0221, PARL, "more_than", "ما يزيد عن"),
        ],
        optional=[
            C(
                "terrorist_attacks",
                0,
                "أي",
                h08_s4,
                P("since", "2018", "2022-05-18", "منذ سنة 2018"),
                PARL,
                notes='"لم تعرف أي عمل إرهابي": zero without a numeral, neutral',
            ),
        ],
        must_not=[
            SIDEBAR_RULE,
            M("وفاة 3 أشخاص", "sidebar: road accident"),
            M("3,4 مليارات درهم", "sidebar: money"),
            M("540 ألف مترشح", "sidebar"),
            M("40 قتيلا", "sidebar: casualties elsewhere"),
            M("15 في المائة", "budget recommendation (percent with a qualifier), not a CT figure"),
            M("القانون 03.03", "law number"),
            M("أزيد من 19 سنة", "duration with a qualifier"),
            M("منذ سنة 2018", "year (as a value)"),
        ],
        partners=[],
        not_partners=[
            (None, "سائحتين إسكندنافيتين", "nationality of victims"),
            ("UA", "أوكرانيا", "sidebar only"),
        ],
        flags=["parliament_source", "inherited_period"],
        notes="No partners.",
    )
)

# ---------------------------------------------------------------- h09 French clean
NNB = "\u202f"
h09_s1 = f"Près de 1{NNB}700 Marocains ont rejoint des groupes terroristes en Syrie et en Irak depuis 2012, selon les chiffres du Bureau central d'investigations judiciaires (BCIJ)."
h09_s2 = "Parmi eux, quelque 270 sont revenus au Maroc, où la plupart ont été arrêtés et traduits en justice en vertu de la loi 03-03 relative à la lutte contre le terrorisme."
h09_s3 = "« Le risque n'a pas disparu », estime Karim Alaoui, chercheur en questions sécuritaires, pour qui une vingtaine de projets d'attentats ont été déjoués depuis 2020 grâce à la surveillance des réseaux sociaux."
h09_s4 = "Le BCIJ rappelle que depuis sa création en mars 2015, il a démantelé plus de 90 cellules, dont la majorité étaient liées à l'organisation « État islamique »."
h09_s5 = "La coopération avec l'Espagne reste exemplaire : depuis 2014, les services des deux pays ont mené 15 opérations conjointes contre des réseaux de recrutement actifs des deux côtés du détroit."
h09_text = clean(
    "Terrorisme : le Maroc face au défi des combattants de retour",
    [
        h09_s1 + " " + h09_s2,
        h09_s3,
        h09_s4,
        h09_s5
        + " Un ressortissant français âgé de 31 ans figurait parmi les personnes interpellées lors de la dernière opération, menée à Tanger et à Madrid le 12 mars.",
        "Pour les autorités, l'enjeu est désormais la réinsertion : le programme « Moussalaha » a bénéficié à des dizaines de détenus depuis 2017.",
    ],
)
BCIJ_F = ("BCIJ", None, "selon les chiffres du Bureau central d'investigations judiciaires (BCIJ)")
ARTICLES.append(
    dict(
        key="h09",
        file="h09.txt",
        text=h09_text,
        format="clean",
        language="fr",
        metadata=dict(
            title="Terrorisme : le Maroc face au défi des combattants de retour",
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city=None,
        ),
        claims=[
            C(
                "fighters_joined",
                1700,
                f"1{NNB}700",
                h09_s1,
                P("since", "2012", None, "depuis 2012"),
                BCIJ_F,
                "about",
                "Près de",
                notes="thousands separator is U+202F (narrow no-break space)",
            ),
            C(
                "returnees",
                270,
                "270",
                h09_s2,
                P("since", "2012", None, "depuis 2012"),
                BCIJ_F,
                "about",
                "quelque",
                notes='"Parmi eux": population, period and source inherited from the previous sentence',
            ),
            C(
                "plots_foiled",
                20,
                "une vingtaine",
                h09_s3,
                P("since", "2020", None, "depuis 2020"),
                ("analyst", "Karim Alaoui", "Karim Alaoui, chercheur en questions sécuritaires"),
                "about",
                "une vingtaine",
            ),
            C(
                "cells_dismantled",
                90,
                "90",
                h09_s4,
                P("since", "2015-03", None, "depuis sa création en mars 2015"),
                ("BCIJ", None, "Le BCIJ rappelle"),
                "more_than",
                "plus de",
            ),
            C(
                "joint_operations",
                15,
                "15",
                h09_s5,
                P("since", "2014", None, "depuis 2014"),
                ("unspecified", None, None),
                notes="Morocco-Spain joint operations",
            ),
        ],
        optional=[],
        must_not=[
            M("loi 03-03", "law number"),
            M("31 ans", "age"),
            M("le 12 mars", "date"),
            M("des dizaines de détenus", "vague count"),
            M("depuis 2017", "year"),
        ],
        partners=[("ES", "Espagne")],
        not_partners=[
            ("FR", "français", "nationality of a suspect"),
            ("SY", "Syrie", "conflict zone"),
            ("IQ", "Irak", "conflict zone"),
        ],
        flags=["french", "no_outlet", "no_date", "narrow_nbsp_thousands"],
        notes="Partner: Spain (joint operations).",
    )
)

# ---------------------------------------------------------------- h10 French aggregator, Le Matin
NB = "\u00a0"
h10_s1 = f"D'après des chiffres communiqués par la Direction générale de la surveillance du territoire (DGST), plus de 210 cellules terroristes ont été démantelées au Maroc depuis 2002 et plus de 4{NB}300 personnes interpellées."
h10_s2 = "Pour la seule année 2022, les services sécuritaires ont neutralisé 12 cellules, contre 9 en 2021."
h10_s4 = "Le dispositif s'appuie aussi sur la loi 03-03, adoptée après les attentats du 16 mai 2003 qui avaient fait 45 morts à Casablanca."
h10_text = aggregator(
    sidebar(
        [
            "Séisme d'Al Haouz : le bilan s'élève à 2 946 morts",
            "Botola : le Raja s'impose face au FUS (2-1)",
            "Inflation : l'IPC en hausse de 4,9% sur un an",
            "Aide aux sinistrés : 2 500 DH par mois pour les familles touchées",
            "Mondial 2030 : le Maroc, l'Espagne et le Portugal finalisent leur dossier",
            "Météo : jusqu'à 44 degrés attendus dans le Sud",
        ]
    ),
    "Lutte antiterroriste : plus de 210 cellules démantelées depuis 2002",
    "Le Matin",
    "14 - 09 - 2023",
    [
        h10_s1,
        h10_s2
        + " Ces résultats doivent beaucoup au renseignement : les informations transmises par la DGST à ses homologues allemands ont permis, l'an dernier, de déjouer un projet d'attentat visant une synagogue.",
        h10_s4,
        "Le Maroc, qui copréside avec le Canada le Forum mondial de lutte contre le terrorisme (GCTF), plaide pour une approche globale mêlant sécurité, religion et développement.",
    ],
    fr=True,
)
DGST_F = (
    "DGST",
    None,
    "des chiffres communiqués par la Direction générale de la surveillance du territoire (DGST)",
)
ARTICLES.append(
    dict(
        key="h10",
        file="h10.txt",
        text=h10_text,
        format="aggregator",
        language="fr",
        metadata=dict(
            title="Lutte antiterroriste : plus de 210 cellules démantelées depuis 2002",
            outlet="Le Matin",
            outlet_alias="Le Matin",
            outlet_fictional=False,
            date="2023-09-14",
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                h10_s1,
                P("since", "2002", "2023-09-14", "depuis 2002"),
                DGST_F,
                "more_than",
                "plus de",
                notes="title repeats it",
            ),
            C(
                "persons_arrested",
                4300,
                f"4{NB}300",
                h10_s1,
                P("since", "2002", "2023-09-14", "depuis 2002"),
                DGST_F,
                "more_than",
                "plus de",
                notes="thousands separator is U+00A0",
            ),
            C(
                "cells_dismantled",
                12,
                "12",
                h10_s2,
                P("year", "2022", "2022", "Pour la seule année 2022"),
                DGST_F,
            ),
            C(
                "cells_dismantled",
                9,
                "9",
                h10_s2,
                P("year", "2021", "2021", "en 2021"),
                DGST_F,
                notes='"contre 9 en 2021"',
            ),
        ],
        optional=[
            C(
                "attack_casualties",
                45,
                "45",
                h10_s4,
                P("event", "2003-05-16", "2003-05-16", "les attentats du 16 mai 2003"),
                ("unspecified", None, None),
                notes="victims of a past attack: outside the vocabulary, neutral",
            ),
        ],
        must_not=[
            SIDEBAR_RULE,
            M("2 946 morts", "sidebar: earthquake toll"),
            M("(2-1)", "sidebar: score"),
            M("4,9%", "sidebar: inflation"),
            M("2 500 DH", "sidebar: money"),
            M("44 degrés", "sidebar: weather"),
            M(
                "Lutte antiterroriste : plus de 210 cellules démantelées depuis 2002",
                "title figure repeated by the body",
            ),
            M("loi 03-03", "law number"),
            M("16 mai 2003", "date"),
        ],
        partners=[("DE", "allemands"), ("CA", "Canada")],
        not_partners=[
            ("ES", "l'Espagne", "sidebar only (World Cup bid)"),
            ("PT", "Portugal", "sidebar only"),
        ],
        flags=["french", "publie_dans_byline", "nbsp_thousands", "title_figure_repeated"],
        notes="Partners: Germany (intelligence foiled a plot), Canada (GCTF co-chair). Spain/Portugal only in the sidebar.",
    )
)

# ---------------------------------------------------------------- h11 aggregator, no claims
h11_text = aggregator(
    sidebar(
        [
            "حجاج مغاربة يتوجهون إلى البقاع المقدسة لأداء مناسك حج 1446ه",
            "نهضة بركان يتوج بكأس الكونفدرالية بعد فوزه 3-1",
            "انخفاض أسعار الغازوال بـ 30 سنتيما ابتداء من اليوم",
            "حريق يأتي على 5 هكتارات من الغابة بإقليم شفشاون",
            "السودان: 120 قتيلا في هجوم على مخيم للنازحين",
            "توقيف 4 أشخاص متورطين في سرقة وكالة لتحويل الأموال",
        ]
    ),
    "ندوة بالرباط تناقش تحولات الظاهرة الإرهابية بعد 22 سنة على أحداث 16 ماي",
    "هبة بريس",
    "16 - 05 - 2025",
    [
        'احتضنت كلية العلوم القانونية والاقتصادية والاجتماعية بالرباط، أمس الخميس، ندوة علمية حول "تحولات الظاهرة الإرهابية وسبل المواجهة"، بمشاركة عشرات الباحثين والخبراء في الشؤون الأمنية، وذلك بمناسبة الذكرى الثانية والعشرين لأحداث 16 ماي 2003 الأليمة.',
        "وأكد المتدخلون أن المغرب نجح، بعد مرور أكثر من عشرين عاما على تلك التفجيرات، في بناء نموذج متكامل يزاوج بين المقاربة الأمنية الاستباقية وإصلاح الحقل الديني والتنمية البشرية.",
        "واستعرض أستاذ العلوم السياسية عبد الحق بنعلي محطات تطور الترسانة القانونية، بدءا بالقانون 03.03 ووصولا إلى القانون 86.14، مبرزا أن هذه النصوص مكنت من التعامل مع ظاهرة المقاتلين الأجانب.",
        'من جهتها، توقفت الباحثة سلمى الإدريسي عند التجربة الإندونيسية في نزع التطرف، معتبرة أنها تختلف جذريا عن المقاربة المغربية، التي تعتمد على برنامج "مصالحة" داخل المؤسسات السجنية منذ سنة 2017.',
        "وشهدت الندوة، التي امتدت على يومين، حضور ممثلين عن المديرية العامة للأمن الوطني ورئاسة النيابة العامة، إلى جانب طلبة الماستر، حيث تم تقديم 12 مداخلة علمية ستنشر في كتاب جماعي.",
        "واختتمت أشغال الندوة بتوصيات دعت إلى إحداث مرصد وطني لرصد خطاب الكراهية على الإنترنت، وتعزيز دور الأسرة والمدرسة في تحصين الشباب الذين تتراوح أعمارهم بين 15 و25 سنة من الاستقطاب.",
    ],
)
ARTICLES.append(
    dict(
        key="h11",
        file="h11.txt",
        text=h11_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="ندوة بالرباط تناقش تحولات الظاهرة الإرهابية بعد 22 سنة على أحداث 16 ماي",
            outlet="هبة بريس",
            outlet_alias="Hibapress",
            outlet_fictional=False,
            date="2025-05-16",
            dateline_city=None,
        ),
        claims=[],
        optional=[],
        must_not=[
            SIDEBAR_RULE,
            M("حج 1446ه", "sidebar: Hijri year"),
            M("3-1", "sidebar: score"),
            M("120 قتيلا", "sidebar: casualties elsewhere"),
            M("توقيف 4 أشخاص", "sidebar: theft arrests"),
            M("بعد 22 سنة", "title: duration"),
            M("عشرات الباحثين", "vague count"),
            M("الذكرى الثانية والعشرين", "ordinal anniversary"),
            M("16 ماي 2003", "date"),
            M("أكثر من عشرين عاما", "duration with a qualifier"),
            M("03.03", "law number"),
            M("86.14", "law number"),
            M("12 مداخلة", "conference talks"),
            M("بين 15 و25 سنة", "ages"),
            M("منذ سنة 2017", "year"),
        ],
        partners=[],
        not_partners=[("ID", "الإندونيسية", "a contrasting model"), ("SD", "السودان", "sidebar only")],
        flags=["no_claims"],
        notes="A CT-themed article with no claim at all: every figure is a date, duration, law number, age or event count.",
    )
)

# ---------------------------------------------------------------- h12 aggregator, MFA
h12_s1 = "أكد وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، أن المملكة تمكنت من إحباط ما لا يقل عن 500 مخطط إرهابي منذ سنة 2002، بفضل مقاربتها الاستباقية المتعددة الأبعاد."
h12_s2 = 'وأوضح بوريطة، في كلمة خلال اجتماع وزاري للتحالف الدولي ضد "داعش"، أن الأجهزة الأمنية المغربية فككت خلال السنوات الخمس الأخيرة ٣٥ خلية إرهابية، كان أغلبها على صلة بفروع التنظيم في منطقة الساحل.'
h12_s3 = (
    "وأضاف أن عدد الخلايا المفككة منذ 2002 بلغ ٢١٦ خلية، فيما تجاوز عدد الموقوفين في هذا الإطار 4600 شخص."
)
h12_text = aggregator(
    sidebar(
        [
            "الجيش الملكي ينهزم أمام صن داونز (1-0)",
            "إسرائيل وحماس تتبادلان الأسرى بعد 15 شهرا من الحرب",
            "تساقطات ثلجية تصل إلى 30 سنتيمترا بمرتفعات إفران",
            "صادرات السيارات ترتفع إلى 157 مليار درهم",
            "ترامب يؤدي اليمين الدستورية رئيسا للولايات المتحدة",
        ],
        wide_after=(2,),
    ),
    "بوريطة: التعاون الاستخباراتي المغربي جنب دولا عديدة هجمات دامية",
    "الصحراء المغربية",
    "20 - 01 - 2025",
    [
        h12_s1,
        h12_s2 + " " + h12_s3,
        "وشدد الوزير على أن المعلومات الاستخباراتية التي قدمتها الرباط لشركائها مكنت من إحباط هجمات في عدة دول، من بينها الولايات المتحدة والمملكة المتحدة وإيطاليا.",
        "وفي المقابل، نبه بوريطة إلى أن رفض بعض دول الجوار، وفي مقدمتها الجزائر، الانخراط في أي تنسيق أمني يشكل ثغرة في منظومة الأمن الإقليمي، في ظل تمدد الجماعات الإرهابية بالساحل.",
        'ويذكر أن المغرب انضم إلى التحالف الدولي ضد "داعش" منذ تأسيسه سنة 2014، ويشارك في مجموعات العمل الخاصة بالمقاتلين الإرهابيين الأجانب ومكافحة تمويل الإرهاب.',
    ],
)
MFA = ("MFA", "ناصر بوريطة", "وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة")
S02 = P("since", "2002", "2025-01-20", "منذ سنة 2002")
ARTICLES.append(
    dict(
        key="h12",
        file="h12.txt",
        text=h12_text,
        format="aggregator",
        language="ar",
        metadata=dict(
            title="بوريطة: التعاون الاستخباراتي المغربي جنب دولا عديدة هجمات دامية",
            outlet="الصحراء المغربية",
            outlet_alias="Assahra Al Maghribia",
            outlet_fictional=False,
            date="2025-01-20",
            dateline_city=None,
        ),
        claims=[
            C("plots_foiled", 500, "500", h12_s1, S02, MFA, "at_least", "ما لا يقل عن"),
            C(
                "cells_dismantled",
                35,
                "٣٥",
                h12_s2,
                P("last_n_years", "2020", "2025-01-20", "خلال السنوات الخمس الأخيرة", n=5),
                MFA,
                notes="Arabic-Indic digits; last five years resolved from the byline date",
            ),
            C(
                "cells_dismantled",
                216,
                "٢١٦",
                h12_s3,
                P("since", "2002", "2025-01-20", "منذ 2002"),
                MFA,
                notes="Arabic-Indic digits",
            ),
            C(
                "persons_arrested",
                4600,
                "4600",
                h12_s3,
                P("since", "2002", "2025-01-20", "منذ 2002"),
                MFA,
                "more_than",
                "تجاوز",
                notes='qualifier carried by the verb "تجاوز"',
            ),
        ],
        optional=[],
        must_not=[
            SIDEBAR_RULE,
            M("(1-0)", "sidebar: score"),
            M("15 شهرا", "sidebar: duration"),
            M("30 سنتيمترا", "sidebar: weather"),
            M("157 مليار درهم", "sidebar: money"),
            M("سنة 2014", "year the coalition was founded"),
        ],
        partners=[("US", "الولايات المتحدة"), ("GB", "المملكة المتحدة"), ("IT", "إيطاليا")],
        not_partners=[("DZ", "الجزائر", "named as not cooperating")],
        flags=["arabic_indic_digits", "verb_qualifier", "non_cooperating_country"],
        notes="Partners: US, UK, Italy (Moroccan intelligence foiled attacks). Algeria is named as refusing cooperation. The US in the sidebar (Trump) is ignored.",
    )
)


# ================================================================ build + verify
def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def build():
    errors = []
    gold_files, extract_files = [], []
    for a in ARTICLES:
        text = a["text"]
        path = os.path.join(HERE, a["file"])
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        raw = open(path, "rb").read()
        dec = raw.decode("utf-8")
        assert dec == text
        first_line = dec.split("\n", 1)[0]
        md = a["metadata"]
        # metadata checks
        lines = dec.split("\n")
        if a["format"] == "aggregator":
            if lines[13] != md["title"]:
                errors.append(f"{a['key']}: title line mismatch")
            if md["outlet"] not in lines[14] or "\u00a0" not in first_line:
                errors.append(f"{a['key']}: byline/sidebar shape")
        elif a["format"] == "clean":
            if lines[0] != md["title"]:
                errors.append(f"{a['key']}: clean title")
        elif a["format"] == "wordpress":
            if lines[2] != md["title"]:
                errors.append(f"{a['key']}: wp title")

        def check_claim(c, kind):
            s = c["sentence"]
            occ = find_all(dec, s)
            if not occ:
                errors.append(f"{a['key']} {kind}: sentence not in text: {s[:50]}")
                return None
            if len(occ) > 1:
                errors.append(f"{a['key']} {kind}: sentence occurs {len(occ)} times")
            if a["format"] == "aggregator" and s in first_line:
                errors.append(f"{a['key']} {kind}: sentence in sidebar")
            vpos = find_all(s, c["value_text"])
            if len(vpos) <= c["_occ"]:
                errors.append(f"{a['key']} {kind}: value_text {c['value_text']!r} not in sentence")
                return None
            if c.get("qualifier_text") and c["qualifier_text"] not in s:
                errors.append(f"{a['key']} {kind}: qualifier_text {c['qualifier_text']!r} not in sentence")
            pt = c["period"].get("text")
            if pt and pt not in dec:
                errors.append(f"{a['key']} {kind}: period text {pt!r} not in text")
            raw_a = c["attribution"].get("raw")
            if raw_a and raw_a not in dec:
                errors.append(f"{a['key']} {kind}: attribution raw {raw_a!r} not in text")
            start = occ[0] + vpos[c["_occ"]]
            return start, start + len(c["value_text"])

        gclaims, xclaims, gopt = [], [], []
        for i, c in enumerate(a["claims"], 1):
            se = check_claim(c, f"c{i}")
            g = {"id": f"c{i}"}
            g.update({k: v for k, v in c.items() if not k.startswith("_")})
            gclaims.append(g)
            if se:
                x = {
                    k: c[k]
                    for k in (
                        "metric",
                        "subset",
                        "value",
                        "value_text",
                        "qualifier",
                        "unit",
                        "period",
                        "attribution",
                        "sentence",
                    )
                }
                x["start"], x["end"] = se
                xclaims.append(x)
        for i, c in enumerate(a["optional"], 1):
            check_claim(c, f"o{i}")
            g = {"id": f"o{i}"}
            g.update({k: v for k, v in c.items() if not k.startswith("_")})
            gopt.append(g)
        for m in a["must_not"]:
            if not m["text"].startswith("<") and m["text"] not in dec:
                errors.append(f"{a['key']}: must_not text not in file: {m['text']!r}")
        countries = []
        for code, t in a["partners"]:
            pos = [p for p in find_all(dec, t) if p >= len(first_line)]
            if not pos:
                errors.append(f"{a['key']}: partner text {t!r} not in body")
                continue
            countries.append({"code": code, "role": "partner", "text": t, "start": pos[0]})
        cnp = []
        for code, t, reason in a["not_partners"]:
            if t not in dec:
                errors.append(f"{a['key']}: non-partner text {t!r} not in file")
            cnp.append({"country": code, "text": t, "reason": reason})
            pos = (
                [p for p in find_all(dec, t) if p >= len(first_line)]
                if a["format"] == "aggregator"
                else find_all(dec, t)
            )
            if code and pos and "sidebar" not in reason:
                countries.append({"code": code, "role": "mentioned", "text": t, "start": pos[0]})
        gold_files.append(
            {
                "key": a["key"],
                "file": a["file"],
                "bytes": len(raw),
                "format": a["format"],
                "language": a["language"],
                "encoding": "utf-8",
                "line_endings": "LF",
                "expected_status": "ok",
                "metadata": md,
                "claims": gclaims,
                "optional_claims": gopt,
                "must_not_extract": a["must_not"],
                "countries_cited": [c for c, _ in a["partners"]],
                "countries_not_partners": cnp,
                "flags": a["flags"],
                "notes": a["notes"],
            }
        )
        extract_files.append(
            {
                "file": a["file"],
                "status": "ok",
                "error": None,
                "warnings": [],
                "encoding": "utf-8",
                "article": {
                    "title": md["title"],
                    "outlet": md["outlet"],
                    "published": md["date"],
                    "dateline": md["dateline_city"],
                    "language": a["language"],
                },
                "claims": xclaims,
                "countries": countries,
            }
        )
    gold = {
        "schema_version": "heldout-1",
        "description": "Held-out corpus for ctfacts (h01..h12), written blind to the engine: expected extraction. "
        "Schema: CONTRACT.md / seeds/expected.json. Generated by build.py.",
        "files_dir": ".",
        "files": gold_files,
        "inconsistencies": [],
        "must_not_flag": [
            {
                "claims": ["h10.c1", "h01.c1"],
                "reason": '"plus de 210" (Sep 2023) and "أزيد من 210" (Jan 2024): compatible',
            },
            {
                "claims": ["h01.c1", "h05.c1"],
                "reason": '"more than 210" (Jan 2024) and 214 (Oct 2024): compatible',
            },
            {
                "claims": ["h05.c1", "h12.c3"],
                "reason": "214 (Oct 2024) then 216 (Jan 2025): a running total going up",
            },
            {
                "claims": ["h08.c1", "h10.c2"],
                "reason": '4304 (2002-2021) and "plus de 4 300" since 2002 (Sep 2023): compatible',
            },
            {
                "claims": ["h01.c4", "h09.c4"],
                "reason": '92 BCIJ cells (Jan 2024) and "plus de 90" (undated): compatible',
            },
        ],
        "rejections": [],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected_as_extract.json"), "w", encoding="utf-8") as fh:
        json.dump({"files": extract_files}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n_claims = sum(len(f["claims"]) for f in gold_files)
    n_opt = sum(len(f["optional_claims"]) for f in gold_files)
    for f in gold_files:
        print(
            f"{f['key']} {f['format']:10} {f['language']} bytes={f['bytes']:6} claims={len(f['claims'])} "
            f"optional={len(f['optional_claims'])} partners={f['countries_cited']}"
        )
    print(f"total claims {n_claims}, optional {n_opt}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        return 1
    print(
        "verified: every sentence, value_text, qualifier_text, period text, attribution raw and must_not text found"
    )
    return 0


if __name__ == "__main__":
    sys.exit(build())
