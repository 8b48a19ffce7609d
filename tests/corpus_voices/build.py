"""Writes the "voices" development corpus (tests/corpus_voices/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_voices/build.py [--out DIR]

30 files (Arabic v01-v12, French v13-v22, English v23-v30) about WHO gives a figure: reporting verbs before and
after the figure, the speaker named a sentence or a paragraph earlier, officials whose body is inferred from their
title, studies and think tanks, foreign bodies, an outlet's own reporting, two speakers with different figures,
quotes and question/answer interviews -- with traps (other countries' figures, non-terror "cells", phone and law
numbers, years, ages, sentences, money, percentages, view counts, sidebars), relative periods resolved from the
byline, and every date layout of the seeds.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles are invented (the officials' names are public office holders, the think tanks and some outlets
are fictional); they follow the wording and orders of magnitude of real Moroccan reporting, written anew.
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
    lastn,
    meta,
    resolve,
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


@article
def v01():
    pub = "2024-12-30"
    heads = ["توقعات أحوال الطقس ليوم غد الثلاثاء", "الوداد يتعادل مع ضيفه 2-2 في قمة الجولة",
             "ارتفاع أسعار الخضر بأسواق الدار البيضاء", "مقتل 31 شخصا في هجوم بشمال مالي"]  # fmt: skip
    title = "الأمن الوطني يكشف حصيلة 2024: تفكيك خلايا إرهابية وتعزيز خلايا التكفل بالنساء"
    s1 = (
        "وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني، التي نشرت اليوم الإثنين، أن المصالح الأمنية "
        "فككت خلال سنة 2024 ما مجموعه 9 خلايا إرهابية كانت تعتزم تنفيذ مشاريع تخريبية بالمملكة."
    )
    s2 = "وأضافت الوثيقة ذاتها أن هذه العمليات أسفرت عن توقيف 52 شخصا يشتبه في ارتباطهم بالتنظيمات المتطرفة."
    s3 = "ومن بين الموقوفين 3 نساء، حسب المصدر نفسه."
    body = [
        "الرباط - استعرضت المديرية العامة للأمن الوطني حصيلة عملها خلال السنة التي تشرف على نهايتها، في مجالات "
        "مكافحة الجريمة والإرهاب والتواصل مع المواطنين.",
        f"{s1} {s2} {s3}",
        "وفي مجال التكفل بضحايا العنف، أوضحت الحصيلة أن المديرية عززت شبكة خلايا التكفل بالنساء والأطفال ضحايا "
        "العنف، التي بلغ عددها 440 خلية موزعة على مختلف المدن.",
        "ودعت المديرية المواطنين إلى التبليغ عن كل الأفعال المشبوهة عبر الرقم 19 المخصص لنجدة الشرطة.",
    ]
    return dict(
        key="v01",
        file="v01_hespress_dgsn_review_2024.txt",
        format="aggregator",
        language="ar",
        text=aggregator("ar", heads, title, "هسبريس", pub, body),
        metadata=meta(title, "هسبريس", "Hespress", pub),
        claims=[
            C(
                CELLS,
                9,
                "9",
                s1,
                yr("2024", "خلال سنة 2024"),
                A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني"),
            ),
            C(
                ARRESTS,
                52,
                "52",
                s2,
                yr("2024", None),
                A("DGSN", "الوثيقة ذاتها"),
                notes="period inherited from the previous sentence; 'الوثيقة ذاتها' = the DGSN review",
            ),
            C(
                ARRESTS,
                3,
                "3",
                s3,
                yr("2024", None),
                A("DGSN", "حسب المصدر نفسه"),
                subset="women",
                notes="attribution after the figure, 'المصدر نفسه' refers back to the DGSN review",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("مقتل 31 شخصا", "sidebar: casualties in Mali"),
            T("2-2", "sidebar: football score"),
            T("440 خلية", "police units for women and child victims of violence: not terrorist cells"),
            T("الرقم 19", "police emergency phone number"),
        ],  # fmt: skip
        summary="DGSN year-end review in an aggregator; 'cells' for victims of violence and the police number are "
        "traps; two follow-on sentences attributed back to the review.",
    )


@article
def v02():
    pub = "2023-01-16"
    title = "مصدر أمني: 210 خلايا إرهابية فككت بالمغرب منذ 2002"
    s1 = (
        "وأكد مصدر مسؤول بالمديرية العامة لمراقبة التراب الوطني، في تصريح خص به الجريدة، أن المصالح المختصة "
        "تمكنت منذ سنة 2002 من تفكيك 210 خلايا إرهابية."
    )
    s2 = "كما تم، وفق المصدر ذاته، توقيف أكثر من 4200 شخص في إطار قضايا مرتبطة بالإرهاب منذ التاريخ نفسه."
    s3 = (
        "وأحبطت هذه العمليات، يضيف المتحدث، ما يزيد عن 500 مخطط إرهابي كان يستهدف منشآت حيوية ومقرات أمنية "
        "وأماكن سياحية منذ 2002."
    )
    body = [
        "الرباط - عادت الحصيلة الإجمالية لعمل الأجهزة الأمنية في مجال مكافحة الإرهاب إلى الواجهة، بعد سلسلة "
        "عمليات نفذت خلال الأسابيع الأخيرة بعدد من المدن.",
        s1,
        f"{s2} {s3}",
        "وتعود أولى هذه العمليات إلى ما بعد أحداث 16 ماي 2003 بالدار البيضاء، التي شكلت منعطفا في المقاربة "
        "الأمنية للمملكة، إذ صدر في العام نفسه قانون مكافحة الإرهاب.",
    ]
    return dict(
        key="v02",
        file="v02_clean_dgst_source_210.txt",
        format="clean",
        language="ar",
        text=clean(title, "الإثنين 16 يناير 2023", body),
        metadata=meta(title, None, None, pub),
        claims=[
            C(
                CELLS,
                210,
                "210",
                s1,
                since("2002", pub, "منذ سنة 2002"),
                A("DGST", "مصدر مسؤول بالمديرية العامة لمراقبة التراب الوطني"),
            ),
            C(
                ARRESTS,
                4200,
                "4200",
                s2,
                since("2002", pub, None),
                A("DGST", "وفق المصدر ذاته"),
                q="more_than",
                qt="أكثر من",
                notes="'منذ التاريخ نفسه' refers to 2002 in the previous sentence",
            ),
            C(
                PLOTS,
                500,
                "500",
                s3,
                since("2002", pub, "منذ 2002"),
                A("DGST", "يضيف المتحدث"),
                q="more_than",
                qt="ما يزيد عن",
                notes="reporting verb in an incise after the figure",
            ),
        ],
        must_not_extract=[
            T("210 خلايا إرهابية فككت بالمغرب منذ 2002", "title figure repeated by the body"),
            T("16 ماي 2003", "date of the Casablanca attacks"),
        ],  # fmt: skip
        summary="Clean page with an Arabic date line; a DGST source, then 'المصدر ذاته' and 'يضيف المتحدث'.",
    )


@article
def v03():
    pub = "2025-02-11"
    title = "لفتيت يجيب النواب: 11 خلية إرهابية فككت السنة الماضية"
    person = "عبد الوافي لفتيت"
    s0 = (
        f"قدم وزير الداخلية، {person}، جوابا كتابيا على السؤال رقم 3127 الذي وجهه فريق نيابي بمجلس النواب "
        "حول حصيلة مكافحة الإرهاب."
    )
    s1 = "وأوضح الوزير أن المصالح المختصة فككت خلال السنة الماضية 11 خلية إرهابية كانت تنشط في عدة مدن."
    s2 = (
        "وبخصوص المغاربة العائدين من بؤر التوتر، أشار المسؤول الحكومي إلى أن عددهم بلغ 270 شخصا، "
        "أحيل 137 منهم على العدالة."
    )
    body = [
        s0,
        s1,
        s2,
        "وذكر الجواب بأن القانون رقم 86.14 المتمم لمجموعة القانون الجنائي يجرم الالتحاق بالتنظيمات الإرهابية، "
        "طبقا للفصل 218-1 المعدل.",
    ]
    return dict(
        key="v03",
        file="v03_wordpress_laftit_written_answer.txt",
        format="wordpress",
        language="ar",
        text=wordpress(
            "ar",
            "صدى البرلمان",
            "الرئيسيةسياسةالبرلمان",
            title,
            "الثلاثاء 11 فبراير 2025 - 10:42",
            body,
            ["النواب يصادقون على مشروع قانون المالية", "لجنة الداخلية تستمع للوزير"],
        ),
        metadata=meta(title, "صدى البرلمان", "Sada Al Barlamane", pub, fictional=True),
        claims=[
            C(
                CELLS,
                11,
                "11",
                s1,
                yr("2024", "خلال السنة الماضية"),
                A("MOI", "وزير الداخلية", person),
                notes="the minister answering MPs: the ministry, not parliament; 'السنة الماضية' from the byline",
            ),
            C(RETURNEES, 270, "270", s2, cumul(pub), A("MOI", "المسؤول الحكومي", person)),
            C(RET_ARR, 137, "137", s2, cumul(pub), A("MOI", "المسؤول الحكومي", person)),
        ],
        must_not_extract=[
            T("11 خلية إرهابية فككت السنة الماضية", "title figure repeated by the body"),
            T("السؤال رقم 3127", "number of a written question"),
            T("القانون رقم 86.14", "law number"),
            T("218-1", "article of the penal code"),
        ],  # fmt: skip
        summary="WordPress page, the interior minister's written answer to MPs (MOI, not PARLIAMENT); 'last year' "
        "resolved from the byline; planted against v01 (9 cells in 2024).",
    )


@article
def v04():
    pub = "2025-01-20"
    person = "عبد اللطيف حموشي"
    heads = ["المنتخب الوطني يواجه الغابون وديا", "أسعار المحروقات تنخفض بـ30 سنتيما",
             "إسبانيا: توقيف 3 أشخاص في برشلونة بتهمة الاحتيال", "مهرجان الفيلم بطنجة في دورته 24"]  # fmt: skip
    title = "حموشي: المقاربة الاستباقية جنبت المملكة مخاطر جسيمة"
    s0 = (
        f"قال {person}، المدير العام للأمن الوطني ولمراقبة التراب الوطني، في كلمة ألقاها خلال لقاء بالرباط، "
        "إن التهديد الإرهابي ما يزال قائما رغم الضربات المتتالية التي تلقتها التنظيمات المتطرفة."
    )
    s1 = "وتم منذ سنة 2002 تفكيك 217 خلية إرهابية، بحسب المسؤول الأمني ذاته."
    s2 = "وأبرز أن هذه العمليات مكنت من توقيف أزيد من 4300 مشتبه فيه منذ ذلك التاريخ."
    body = [
        s0,
        f"{s1} {s2}",
        "وأشار المدير العام إلى أن المعلومات التي قدمتها المديرية لنظيرتها الإسبانية مكنت خلال الأشهر الماضية من "
        "إحباط مخطط بمدريد، وهي العملية التي أوقف خلالها 6 أشخاص بالتراب الإسباني.",
        "وكان أحد الموقوفين بالمغرب، البالغ من العمر 35 سنة، قد حاول الالتحاق بمعسكرات التنظيم في منطقة الساحل.",
    ]
    return dict(
        key="v04",
        file="v04_barlamane_hammouchi_217.txt",
        format="aggregator",
        language="ar",
        text=aggregator("ar", heads, title, "برلمان", pub, body),
        metadata=meta(title, "برلمان", "Barlamane", pub),
        claims=[
            C(
                CELLS,
                217,
                "217",
                s1,
                since("2002", pub, "منذ سنة 2002"),
                A("DGST", "المسؤول الأمني ذاته", person),
                notes="speaker named in the previous sentence; head of DGSN and DGST speaking of DGST work",
            ),
            C(
                ARRESTS,
                4300,
                "4300",
                s2,
                since("2002", pub, None),
                A("DGST", None, person),
                q="more_than",
                qt="أزيد من",
                notes="'منذ ذلك التاريخ' = 2002; 'أبرز' with the speaker as implicit subject",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("توقيف 3 أشخاص في برشلونة", "sidebar: Spanish fraud arrests"),
            T("6 أشخاص بالتراب الإسباني", "arrests made in Spain by Spanish police"),
            T("35 سنة", "age of a suspect"),
            T("دورته 24", "sidebar: festival edition"),
        ],  # fmt: skip
        countries_cited=["ES"],
        summary="Aggregator; Hammouchi named in one sentence, figures in the next ('بحسب المسؤول الأمني ذاته').",
    )


@article
def v05():
    pub = "2024-06-10"
    title = "دراسة: نحو 1700 مغربي التحقوا بالتنظيمات المتطرفة في سوريا والعراق"
    s1 = (
        "وقدرت الدراسة، التي أعدها المرصد المغربي لدراسات التطرف، عدد المغاربة الذين التحقوا بساحات القتال في "
        "سوريا والعراق بنحو 1700 شخص منذ سنة 2012."
    )
    s2 = "ولقي قرابة 750 منهم حتفهم في المعارك أو في عمليات انتحارية، بحسب الباحثين."
    s3 = "واستحضرت الوثيقة الأرقام الرسمية التي تفيد بتفكيك أكثر من 210 خلايا إرهابية بالمملكة منذ 2002."
    body = [
        "صدرت حديثا دراسة ميدانية ترصد مسارات المقاتلين المغاربة في بؤر التوتر خلال العقد الأخير.",
        f"{s1} {s2}",
        "وعلى الصعيد العالمي، تشير الدراسة إلى أن أكثر من 40 ألف مقاتل أجنبي توافدوا على المنطقة من حوالي "
        "110 بلدان، فيما تجاوز عدد التونسيين وحدهم 3000 مقاتل.",
        "وخلصت إلى أن 38 في المائة من المقاتلين المغاربة كانوا دون سن الخامسة والعشرين عند مغادرتهم.",
        s3,
    ]
    return dict(
        key="v05",
        file="v05_think_tank_fighters_time.html",
        format="html",
        language="ar",
        text=html(
            "ar",
            title,
            "مدار 21",
            pub,
            body,
            jsonld=False,
            aside=["الأكثر قراءة: 15 ألف مشاهدة لتقرير عن الجفاف"],
        ),
        metadata=meta(title, "مدار 21", "Madar 21", pub),
        claims=[
            C(
                JOINED,
                1700,
                "1700",
                s1,
                since("2012", pub, "منذ سنة 2012"),
                A("analyst", "المرصد المغربي لدراسات التطرف"),
                q="about",
                qt="بنحو",
                subset="syria_iraq_linked",
            ),
            C(
                KILLED,
                750,
                "750",
                s2,
                since("2012", pub, None),
                A("analyst", "بحسب الباحثين"),
                q="about",
                qt="قرابة",
                notes="period inherited from the previous sentence",
            ),
            C(
                CELLS,
                210,
                "210",
                s3,
                since("2002", pub, "منذ 2002"),
                A("official_unspecified", "الأرقام الرسمية"),
                q="more_than",
                qt="أكثر من",
                notes="a study quoting the official record: the official figure",
            ),
        ],
        must_not_extract=[
            T("نحو 1700 مغربي التحقوا", "title figure repeated by the body"),
            T("40 ألف مقاتل أجنبي", "world total of foreign fighters"),
            T("110 بلدان", "number of countries"),
            T("3000 مقاتل", "Tunisian fighters"),
            T("38 في المائة", "percentage of an age band"),
            T("15 ألف مشاهدة", "view count"),
            T("دون سن الخامسة والعشرين", "an age"),
        ],  # fmt: skip
        countries_not_partners=[
            {"country": "TN", "text": "التونسيين", "reason": "contrasting nationality"},
            {"country": "SY", "text": "سوريا", "reason": "conflict zone"},
        ],  # fmt: skip
        summary="Saved HTML (time tag only); a think tank's estimates (analyst) beside the official record it quotes; "
        "world and Tunisian figures, a percentage and a view count are traps.",
    )


@article
def v06():
    pub = "2025-11-18"
    mp = "فاطمة الزهراء الإدريسي"
    person = "عبد الوافي لفتيت"
    heads = ["مجلس المستشارين يصادق على 4 مشاريع قوانين", "فيديو: 12 ألف مشاهدة لمقطع من جلسة الأسئلة",
             "الرجاء ينتصر بثلاثية", "حالة الطقس: أمطار رعدية بالشمال"]  # fmt: skip
    title = "جلسة الأسئلة الشفوية: المقاتلون المغاربة في بؤر التوتر يعودون إلى قبة البرلمان"
    s1 = (
        f"وقالت النائبة {mp}، في سؤال شفوي، إن أكثر من 1600 مغربي التحقوا بالتنظيمات الإرهابية في سوريا "
        "والعراق، متسائلة عن مصير العالقين منهم."
    )
    s2 = (
        f"ورد وزير الداخلية، {person}، بأن العدد الدقيق للمغاربة الذين التحقوا بتلك الساحات هو 1659 شخصا، "
        "وفق المعطيات المتوفرة لدى مصالح الوزارة."
    )
    s3 = "وأضاف أن المصالح الأمنية فككت 28 خلية إرهابية خلال السنوات الثلاث الأخيرة."
    body = [
        "عرفت جلسة الأسئلة الشفوية بمجلس النواب، أمس الإثنين، نقاشا حول ملف المقاتلين المغاربة في بؤر التوتر.",
        s1,
        f"{s2} {s3}",
        "واستندت النائبة في سؤالها إلى المادة 104 من النظام الداخلي للمجلس.",
    ]
    return dict(
        key="v06",
        file="v06_alayam24_oral_questions_two_voices.txt",
        format="aggregator",
        language="ar",
        text=aggregator("ar", heads, title, "الأيام 24", pub, body),
        metadata=meta(title, "الأيام 24", "Alayam 24", pub),
        claims=[
            C(
                JOINED,
                1600,
                "1600",
                s1,
                cumul(pub),
                A("PARLIAMENT", "النائبة", mp),
                q="more_than",
                qt="أكثر من",
                subset="syria_iraq_linked",
                notes="an MP gives this figure: PARLIAMENT",
            ),
            C(
                JOINED,
                1659,
                "1659",
                s2,
                cumul(pub),
                A("MOI", "وزير الداخلية", person),
                subset="syria_iraq_linked",
                notes="the minister answering the MP: MOI; compatible with the MP's 'more than 1600'",
            ),
            C(CELLS, 28, "28", s3, lastn(3, pub, "خلال السنوات الثلاث الأخيرة"), A("MOI", None, person)),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("12 ألف مشاهدة", "sidebar: view count"),
            T("4 مشاريع قوانين", "sidebar: bills"),
            T("المادة 104", "article of the rules of procedure"),
        ],  # fmt: skip
        countries_not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"}],
        summary="Two voices in one article: an MP (more than 1600) and the minister (1659); last three years.",
    )


@article
def v07():
    pub = "2025-06-05"
    person = "الشرقاوي حبوب"
    title = "مدير المكتب المركزي للأبحاث القضائية: 100 خلية فككت منذ إحداث المكتب"
    q1 = "س: ما هي حصيلة المكتب منذ إحداثه؟"
    a1 = "ج: تمكن المكتب المركزي للأبحاث القضائية من تفكيك 100 خلية إرهابية منذ إحداثه سنة 2015."
    a2 = "من بين هذه الخلايا 93 خلية موالية لتنظيم داعش، والباقي يتبنى فكر الاستحلال."
    q2 = "س: وماذا عن عدد الموقوفين؟"
    a3 = "ج: أحلنا على العدالة أكثر من 1600 شخص منذ 2015، يوجد بينهم قاصرون ونساء."
    body = [
        f"أجرى الموقع حوارا مع {person}، مدير المكتب المركزي للأبحاث القضائية، بمناسبة مرور عشر سنوات على "
        "إحداث المكتب.",
        q1,
        f"{a1} {a2}",
        q2,
        a3,
        "س: هل تكفي العقوبات الحالية؟",
        "ج: القانون 03.03 المتعلق بمكافحة الإرهاب ينص على عقوبات قد تصل إلى 10 سنوات سجنا في حق من يحاول "
        "الالتحاق بالتنظيمات، ويمكن لأي مواطن التبليغ عبر الرقم 0537000000.",
    ]
    return dict(
        key="v07",
        file="v07_wordpress_bcij_interview_qa.txt",
        format="wordpress",
        language="ar",
        text=wordpress(
            "ar",
            "مغرب الأخبار",
            "الرئيسيةحواراتأمن",
            title,
            "5 يونيو 2025",
            body,
            ["حوار مع خبير في الأمن السيبراني"],
        ),
        metadata=meta(title, "مغرب الأخبار", "Maghrib Al Akhbar", pub, fictional=True),
        claims=[
            C(
                CELLS,
                100,
                "100",
                a1,
                since("2015", pub, "منذ إحداثه سنة 2015"),
                A("BCIJ", None, person),
                notes="interview answer: the speaker is the interviewee named in the introduction",
            ),
            C(CELLS, 93, "93", a2, since("2015", pub, None), A("BCIJ", None, person), subset="isis_linked"),
            C(
                ARRESTS,
                1600,
                "1600",
                a3,
                since("2015", pub, "منذ 2015"),
                A("BCIJ", None, person),
                q="more_than",
                qt="أكثر من",
            ),
        ],
        must_not_extract=[
            T("القانون 03.03", "law number"),
            T("10 سنوات سجنا", "prison sentence"),
            T("0537000000", "phone number"),
            T("عشر سنوات", "anniversary duration"),
        ],  # fmt: skip
        summary="Question/answer interview of the BCIJ director: every figure is in an answer; law, sentence, phone.",
    )


@article
def v08():
    pub = "2024-03-20"
    title = "عملية أمنية مشتركة بين المغرب وإسبانيا تطيح بخلية موالية لداعش"
    s1 = (
        "وأوقفت عناصر المديرية العامة لمراقبة التراب الوطني، أمس الثلاثاء، 3 أشخاص بمدينتي الناظور وتطوان "
        "في إطار هذه العملية."
    )
    s2 = (
        "وحسب بلاغ للشرطة الوطنية الإسبانية، فإن التعاون بين البلدين أسفر منذ 2014 عن تنفيذ 20 عملية مشتركة "
        "ضد الشبكات الجهادية."
    )
    body = [
        "تطوان - نفذت المصالح الأمنية المغربية ونظيرتها الإسبانية عملية متزامنة استهدفت خلية تنشط بين البلدين.",
        s1,
        "وفي الجانب الإسباني، أوقفت الشرطة 9 أشخاص في مدريد وسبتة، بينهم قاصر يبلغ من العمر 17 سنة.",
        s2,
    ]
    return dict(
        key="v08",
        file="v08_clean_joint_operation_spain.txt",
        format="clean",
        language="ar",
        text=clean(title, "الأربعاء 20 مارس 2024", body),
        metadata=meta(title, None, None, pub, city="تطوان"),
        claims=[
            C(
                ARRESTS,
                3,
                "3",
                s1,
                P("event", "2024-03-19", "2024-03-19", "أمس الثلاثاء"),
                A("DGST", "المديرية العامة لمراقبة التراب الوطني"),
                notes="the outlet reports the DGST's arrests",
            ),
            C(
                JOINT,
                20,
                "20",
                s2,
                since("2014", pub, "منذ 2014"),
                A("unspecified", "بلاغ للشرطة الوطنية الإسبانية"),
                notes="a foreign body gives the figure: no contract org, raw names it",
            ),
        ],
        must_not_extract=[T("9 أشخاص في مدريد وسبتة", "arrests in Spain"), T("17 سنة", "age")],
        countries_cited=["ES"],
        summary="Joint Moroccan-Spanish operation; the Spanish police's own tally; Spanish arrests are a trap.",
    )


@article
def v09():
    pub = "2024-01-08"
    heads = [
        "الحكومة ترفع الحد الأدنى للأجور",
        "وفاة 5 أشخاص في حادثة سير بالحوز",
        "البرتغال تستقبل الأسود وديا",
    ]
    title = "حصاد 2023 الأمني.. سنة هادئة بفضل الضربات الاستباقية"
    s1 = "وشهدت السنة الماضية تفكيك 7 خلايا إرهابية في مدن مختلفة، أغلبها موالية لتنظيم داعش."
    s2 = "وتراوحت أعمار أعضاء هذه الخلايا بين 19 و45 سنة."
    body = [
        "تستعرض الجريدة في هذا الملف أبرز المحطات الأمنية التي عرفتها المملكة خلال العام المنصرم.",
        f"{s1} {s2}",
        "وفي المؤسسات التعليمية، واصلت وزارة التربية الوطنية تعميم خلايا الإنصات والوساطة، التي بلغ عددها "
        "85 خلية في جهة الدار البيضاء-سطات وحدها.",
        "ورصدت السلطات غلافا ماليا قدره 5 ملايين درهم لبرامج الوقاية من التطرف في السجون.",
    ]
    return dict(
        key="v09",
        file="v09_agora_year_review_outlet_own.txt",
        format="aggregator",
        language="ar",
        text=aggregator("ar", heads, title, "أكورا بريس", pub, body),
        metadata=meta(title, "أكورا بريس", "Agora Press", pub),
        claims=[
            C(
                CELLS,
                7,
                "7",
                s1,
                yr("2023", "السنة الماضية"),
                A("unspecified"),
                notes="the outlet's own reporting, no source named; 'السنة الماضية' from a January 2024 byline",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("وفاة 5 أشخاص", "sidebar: road accident"),
            T("بين 19 و45 سنة", "ages"),
            T("85 خلية", "school listening cells: not terrorist cells"),
            T("5 ملايين درهم", "money"),
        ],  # fmt: skip
        countries_not_partners=[
            {"country": "PT", "text": "البرتغال", "reason": "sidebar: football friendly"}
        ],
        summary="An outlet's own year review (no source: unspecified); school 'listening cells', ages and money.",
    )


@article
def v10():
    pub = "2025-03-24"
    title = "الوكيل العام للملك: ارتفاع القضايا الإرهابية المعروضة على القضاء"
    s1 = (
        "وكشف الوكيل العام للملك لدى محكمة الاستئناف بالرباط، في ندوة صحفية، أن النيابة العامة استقبلت منذ "
        "بداية السنة الجارية 18 شخصا موقوفا في قضايا تتعلق بالإرهاب."
    )
    body = [
        "الرباط - عقدت النيابة العامة المختصة في قضايا الإرهاب ندوة صحفية لتقديم معطيات عن نشاطها.",
        s1,
        "وفي ملف آخر، قضت غرفة الجنايات الابتدائية بملحقة سلا بخمس سنوات حبسا نافذا في حق متهم يبلغ من العمر "
        "23 سنة، مع غرامة قدرها 20 ألف درهم.",
    ]
    return dict(
        key="v10",
        file="v10_prosecutor_jsonld.html",
        format="html",
        language="ar",
        text=html("ar", title, "الرباط اليوم", pub, body, time_tag=False),
        metadata=meta(title, "الرباط اليوم", "Rabat Al Yawm", pub, fictional=True, city="الرباط"),
        claims=[
            C(
                ARRESTS,
                18,
                "18",
                s1,
                ytd(pub, "منذ بداية السنة الجارية"),
                A("official_unspecified", "الوكيل العام للملك لدى محكمة الاستئناف بالرباط"),
                notes="a prosecutor: an official source with no contract slug of its own",
            ),
        ],
        must_not_extract=[
            T("بخمس سنوات حبسا نافذا", "prison sentence"),
            T("23 سنة", "age"),
            T("20 ألف درهم", "fine"),
        ],  # fmt: skip
        summary="Saved HTML with JSON-LD only; a prosecutor's year-to-date figure; sentence, age and fine are traps.",
    )


@article
def v11():
    pub = "2025-11-25"
    heads = ["ارتفاع صادرات الفوسفاط بنسبة 12 في المائة", "وزارة الصحة تطلق حملة تلقيح",
             "فرنسا: 6 مخططات إرهابية أحبطت منذ مطلع السنة"]  # fmt: skip
    title = "باحث في الجماعات المتطرفة: المكتب المركزي راكم تجربة فريدة"
    researcher = "محمد بنعيسى"
    s0 = (
        f"يرى الباحث في شؤون الجماعات المتطرفة، {researcher}، أن العقد الأول من عمل المكتب المركزي للأبحاث "
        "القضائية أفرز نموذجا يحتذى به في المنطقة."
    )
    s1 = "ويقدر الباحث أن المكتب فكك 96 خلية إرهابية منذ إحداثه سنة 2015."
    body = [
        s0,
        s1,
        "ويستحضر الباحث في هذا الإطار الفصل 218-1 من القانون الجنائي، الذي يعاقب على الإشادة بالأفعال الإرهابية.",
    ]
    return dict(
        key="v11",
        file="v11_analyst_bcij_96.txt",
        format="aggregator",
        language="ar",
        text=aggregator("ar", heads, title, "الجريدة 24", pub, body),
        metadata=meta(title, "الجريدة 24", "Al Jarida 24", pub, fictional=True),
        claims=[
            C(
                CELLS,
                96,
                "96",
                s1,
                since("2015", pub, "منذ إحداثه سنة 2015"),
                A("analyst", "الباحث", researcher),
                notes="a researcher's estimate; below the BCIJ's own 100 of June 2025",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("12 في المائة", "sidebar: export growth"),
            T("6 مخططات إرهابية", "sidebar: plots foiled in France"),
            T("الفصل 218-1", "article"),
        ],  # fmt: skip
        summary="A researcher (analyst) names a BCIJ running total lower than the Bureau's earlier one (planted).",
    )


@article
def v12():
    pub = "2025-09-18"
    person = "مصطفى بايتاس"
    title = "بايتاس: الحكومة تواكب جهود الأجهزة الأمنية في مكافحة الإرهاب"
    s0 = (
        f"أبرز الوزير المنتدب المكلف بالعلاقات مع البرلمان، الناطق الرسمي باسم الحكومة، {person}، خلال "
        "الندوة الصحفية التي أعقبت المجلس الحكومي، أهمية التنسيق بين المصالح الأمنية."
    )
    s1 = "وأشار إلى أن 6 خلايا إرهابية فككت منذ مطلع السنة الجارية."
    body = [
        "الرباط - صادق مجلس الحكومة، اليوم الخميس، على مشروع المرسوم رقم 2.25.410 المتعلق بتنظيم الأجهزة الأمنية.",
        s0,
        s1,
        "وأضاف أن الحكومة خصصت 1,2 مليار درهم لتحديث تجهيزات المصالح المختصة.",
    ]
    return dict(
        key="v12",
        file="v12_clean_spokesman_ytd.txt",
        format="clean",
        language="ar",
        text=clean(title, "الخميس 18 شتنبر 2025", body),
        metadata=meta(title, None, None, pub, city="الرباط"),
        claims=[
            C(
                CELLS,
                6,
                "6",
                s1,
                ytd(pub, "منذ مطلع السنة الجارية"),
                A("GOV", "الناطق الرسمي باسم الحكومة", person),
                notes="government spokesman: GOV; Maghreb month 'شتنبر' in the date line",
            ),
        ],
        must_not_extract=[T("المرسوم رقم 2.25.410", "decree number"), T("1,2 مليار درهم", "money")],
        summary="Clean page dated with the Maghreb month 'شتنبر'; the government spokesman's year-to-date figure.",
    )


# ================================================================ French (v13-v22)


@article
def v13():
    pub = "2024-02-05"
    person = "Cherkaoui Habboub"
    title = "Cherkaoui Habboub : « La menace reste diffuse mais contenue »"
    q1 = "— Quel est le bilan global depuis 2002 ?"
    a1 = "— Depuis 2002, les services marocains ont démantelé 214 cellules terroristes, a-t-il précisé."
    q2 = "— Et le BCIJ lui-même ?"
    a2 = "— Depuis sa création en 2015, le Bureau a démantelé 97 cellules, dont la grande majorité liées à Daech."
    body = [
        f"Entretien avec {person}, directeur du Bureau central d'investigations judiciaires (BCIJ), réalisé à Salé.",
        q1,
        a1,
        q2,
        a2,
        "— Et en Europe ?",
        "— La France a déjoué 6 attentats en 2023, selon ses propres autorités, et nous avons contribué à certaines "
        "de ces enquêtes.",
    ]
    return dict(
        key="v13",
        file="v13_interview_habboub_both_dates.html",
        format="html",
        language="fr",
        text=html("fr", title, "L'Observateur du Détroit", pub, body),
        metadata=meta(title, "L'Observateur du Détroit", "L'Observateur du Détroit", pub, fictional=True),
        claims=[
            C(
                CELLS,
                214,
                "214",
                a1,
                since("2002", pub, "Depuis 2002"),
                A("BCIJ", "a-t-il précisé", person),
                notes="interview answer with the reporting incise after the figure",
            ),
            C(CELLS, 97, "97", a2, since("2015", pub, "Depuis sa création en 2015"), A("BCIJ", None, person)),
        ],
        must_not_extract=[T("6 attentats en 2023", "plots foiled in France")],
        countries_cited=["FR"],
        summary="Saved HTML with time tag and JSON-LD; interview of the BCIJ director with dashes for Q and A.",
    )


@article
def v14():
    pub = "2023-05-22"
    heads = ["Mondial 2030 : 6 stades en chantier", "Météo : 38 degrés attendus à Marrakech",
             "Espagne : 12 arrestations dans une affaire de drogue"]  # fmt: skip
    title = "BCIJ : quelque 94 cellules démantelées depuis 2015"
    s1 = "Quelque 94 cellules terroristes ont été démantelées depuis la création du Bureau en 2015, a indiqué son directeur."
    s2 = "Plus de 1.400 personnes ont été interpellées dans ce cadre, d'après la même source."
    body = [
        "Le directeur du Bureau central d'investigations judiciaires s'exprimait lors d'une journée d'étude à Rabat.",
        f"{s1} {s2}",
        "Par ailleurs, les cellules d'écoute destinées aux femmes victimes de violence ont reçu 8350 appels, via un "
        "numéro vert dédié.",
    ]
    return dict(
        key="v14",
        file="v14_lesiteinfo_bcij_94_after_verb.txt",
        format="aggregator",
        language="fr",
        text=aggregator("fr", heads, title, "Le Site Info", pub, body),
        metadata=meta(title, "Le Site Info", "Le Site Info", pub),
        claims=[
            C(
                CELLS,
                94,
                "94",
                s1,
                since("2015", pub, "depuis la création du Bureau en 2015"),
                A("BCIJ", "a indiqué son directeur"),
                q="about",
                qt="Quelque",
                notes="figure first, reporting verb at the end of the sentence",
            ),
            C(
                ARRESTS,
                1400,
                "1.400",
                s2,
                since("2015", pub, None),
                A("BCIJ", "d'après la même source"),
                q="more_than",
                qt="Plus de",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("quelque 94 cellules démantelées depuis 2015", "title figure repeated by the body"),
            T("12 arrestations", "sidebar: drug arrests in Spain"),
            T("6 stades", "sidebar"),
            T("38 degrés", "sidebar: temperature"),
            T("8350 appels", "calls to a helpline for women victims"),
            T("cellules d'écoute", "not terrorist cells"),
        ],  # fmt: skip
        summary="Aggregator in French; 'a indiqué son directeur' after the figure; listening cells for women.",
    )


@article
def v15():
    pub = "2024-02-15"
    title = "Sécurité : la DGSN dresse le bilan de l'année 2023"
    s1 = "Selon le bilan de la Direction générale de la sûreté nationale, 7 cellules terroristes ont été démantelées en 2023."
    s2 = "Une quarantaine de suspects ont été arrêtés au cours de la même année, précise le document."
    body = [
        s1,
        s2,
        "La loi 03-03 relative à la lutte contre le terrorisme, adoptée en 2003, reste le socle de ces poursuites.",
        "Le taux d'élucidation des affaires criminelles a atteint 12 %, ajoute la DGSN.",
    ]
    return dict(
        key="v15",
        file="v15_wordpress_dgsn_2023_french_month.txt",
        format="wordpress",
        language="fr",
        text=wordpress(
            "fr",
            "Maroc Sécurité Hebdo",
            "AccueilNationalSécurité",
            title,
            "15 février 2024",
            body,
            ["Casablanca : 4 interpellations pour vol"],
        ),
        metadata=meta(title, "Maroc Sécurité Hebdo", "Maroc Sécurité Hebdo", pub, fictional=True),
        claims=[
            C(
                CELLS,
                7,
                "7",
                s1,
                yr("2023", "en 2023"),
                A("DGSN", "le bilan de la Direction générale de la sûreté nationale"),
            ),
            C(
                ARRESTS,
                40,
                "quarantaine",
                s2,
                yr("2023", "au cours de la même année"),
                A("DGSN", "précise le document"),
                q="about",
                qt="Une quarantaine",
            ),
        ],
        must_not_extract=[
            T("La loi 03-03", "law number"),
            T("12 %", "clearance rate"),
            T("4 interpellations", "related post"),
        ],  # fmt: skip
        summary="WordPress with a French month; 'précise le document' after the figure; 'une quarantaine'.",
    )


@article
def v16():
    pub = "2025-04-08"
    title = "Camps syriens : un rapport onusien s'inquiète du sort des ressortissants marocains"
    s1 = (
        "D'après le dernier rapport de l'équipe de surveillance des Nations unies, près de 300 Marocains "
        "seraient toujours détenus dans les camps et prisons du nord-est syrien."
    )
    body = [
        s1,
        "Le même document estime que plus de 9000 combattants de Daech sont incarcérés dans la région, toutes "
        "nationalités confondues.",
        "En Europe, Europol a recensé 449 arrestations liées au terrorisme dans l'Union en 2024.",
    ]
    return dict(
        key="v16",
        file="v16_clean_un_report_camps.txt",
        format="clean",
        language="fr",
        text=clean(title, "Mardi 8 avril 2025", body),
        metadata=meta(title, None, None, pub),
        claims=[
            C(
                "fighters_detained_abroad",
                300,
                "300",
                s1,
                cumul(pub),
                A("analyst", "le dernier rapport de l'équipe de surveillance des Nations unies"),
                q="about",
                qt="près de",
                subset="syria",
                notes="a UN report: an outside report (analyst)",
            ),
        ],
        must_not_extract=[
            T("9000 combattants", "all nationalities"),
            T("449 arrestations", "EU arrests (Europol)"),
        ],
        countries_not_partners=[{"country": "SY", "text": "syrien", "reason": "place of detention"}],
        summary="Clean French page; a UN report's figure for Moroccans in Syrian camps; world and EU figures as traps.",
    )


@article
def v17():
    pub = "2026-01-05"
    heads = ["Bourse : le Masi termine l'année en hausse de 22 %", "Lions de l'Atlas : 3 nouveaux appelés",
             "Algérie : 5 terroristes neutralisés, selon l'armée"]  # fmt: skip
    title = "DGST : le bilan antiterroriste de l'année écoulée"
    s1 = "Selon le bilan annuel de la DGST, 12 cellules terroristes ont été démantelées en 2025."
    s2 = "Parmi elles, 8 étaient liées à Daech et 5 se réclamaient de la mouvance dite de l'istihlal."
    body = [
        "Le pôle DGSN-DGST a rendu public, ce lundi, son bilan de l'année écoulée.",
        f"{s1} {s2}",
        "Cet article a été consulté 3450 fois.",
    ]
    return dict(
        key="v17",
        file="v17_medias_dgst_2025_breakdown.txt",
        format="aggregator",
        language="fr",
        text=aggregator("fr", heads, title, "Actu Maroc", pub, body),
        metadata=meta(title, "Actu Maroc", "Actu Maroc", pub, fictional=True),
        claims=[
            C(CELLS, 12, "12", s1, yr("2025", "en 2025"), A("DGST", "le bilan annuel de la DGST")),
            C(
                CELLS,
                8,
                "8",
                s2,
                yr("2025", None),
                A("DGST", "le bilan annuel de la DGST"),
                subset="isis_linked",
            ),
            C(
                CELLS,
                5,
                "5",
                s2,
                yr("2025", None),
                A("DGST", "le bilan annuel de la DGST"),
                subset="istihlal_linked",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("22 %", "sidebar: stock index"),
            T("5 terroristes neutralisés", "sidebar: Algerian army"),
            T("3450 fois", "view count"),
        ],  # fmt: skip
        countries_not_partners=[{"country": "DZ", "text": "Algérie", "reason": "sidebar"}],
        summary="Year review whose breakdown (8 + 5) exceeds its total (12): planted internal arithmetic.",
    )


@article
def v18():
    pub = "2025-11-20"
    person = "Mustapha Baitas"
    title = "Conseil de gouvernement : Baitas salue l'action antiterroriste"
    s1 = (
        f"« Plus de 215 cellules terroristes ont été démantelées depuis 2002 », a déclaré {person}, porte-parole "
        "du gouvernement, à l'issue du Conseil."
    )
    s2 = "Pour le politologue Karim Lahlou, au moins 40 % des cellules récentes recrutaient en ligne."
    body = [
        "Le Conseil de gouvernement s'est réuni jeudi à Rabat sous la présidence du chef du gouvernement.",
        s1,
        s2,
        "Le projet de décret n° 2.25.733 a également été adopté.",
    ]
    return dict(
        key="v18",
        file="v18_spokesman_quote_jsonld.html",
        format="html",
        language="fr",
        text=html("fr", title, "Rabat Matin", pub, body, time_tag=False),
        metadata=meta(title, "Rabat Matin", "Rabat Matin", pub, fictional=True),
        claims=[
            C(
                CELLS,
                215,
                "215",
                s1,
                since("2002", pub, "depuis 2002"),
                A("GOV", "porte-parole du gouvernement", person),
                q="more_than",
                qt="Plus de",
                notes="figure inside quotation marks, speaker after the quote",
            ),
        ],
        must_not_extract=[
            T("40 %", "percentage outside the contract's metrics"),
            T("n° 2.25.733", "decree number"),
        ],
        summary="Saved HTML with JSON-LD only; a quoted figure attributed after the quote to the government spokesman.",
    )


@article
def v19():
    pub = "2024-09-12"
    title = "Coopération maroco-espagnole : une nouvelle cellule démantelée"
    s1 = "Quatre personnes ont été interpellées mardi à Tanger et Fnideq par la DGST, a-t-on appris de source sécuritaire."
    s2 = (
        "Le ministère espagnol de l'Intérieur estime que plus de 20 opérations conjointes ont été menées avec le "
        "Maroc depuis 2014."
    )
    body = [
        "Rabat, le 12 septembre 2024 - Les services marocains et espagnols ont mené une opération simultanée "
        "contre un réseau de recrutement.",
        s1,
        "En Espagne, la Guardia Civil a arrêté 2 suspects à Ceuta.",
        s2,
    ]
    return dict(
        key="v19",
        file="v19_clean_dateline_spain_joint.txt",
        format="clean",
        language="fr",
        text=clean(title, "Jeudi 12 septembre 2024", body),
        metadata=meta(title, None, None, pub, city="Rabat"),
        claims=[
            C(
                ARRESTS,
                4,
                "Quatre",
                s1,
                P("event", "2024-09-10", "2024-09-10", "mardi"),
                A("official_unspecified", "de source sécuritaire"),
                notes="the DGST made the arrests, an unnamed security source tells it (CONTRACT: official, no body "
                "named); 'mardi' before a Thursday byline",
            ),
            C(
                JOINT,
                20,
                "20",
                s2,
                since("2014", pub, "depuis 2014"),
                A("unspecified", "Le ministère espagnol de l'Intérieur"),
                q="more_than",
                qt="plus de",
                notes="a foreign ministry's estimate: no contract org",
            ),
        ],
        must_not_extract=[T("2 suspects à Ceuta", "arrests in Spain")],
        countries_cited=["ES"],
        summary="Clean page with a dateline; Spanish ministry's estimate (estime) of joint operations.",
    )


@article
def v20():
    pub = "2025-05-16"
    title = "69e anniversaire de la DGSN : le porte-parole fait le point"
    q1 = "Combien d'arrestations depuis le début de l'année ?"
    a1 = "Nous avons arrêté 38 personnes pour des faits liés au terrorisme depuis le début de l'année, répond-il."
    body = [
        "À l'occasion du 69e anniversaire de la création de la Sûreté nationale, le porte-parole de la Direction "
        "générale de la sûreté nationale (DGSN) a répondu à nos questions.",
        q1,
        a1,
        "Il rappelle que le numéro 19 reste joignable jour et nuit.",
    ]
    return dict(
        key="v20",
        file="v20_wordpress_dgsn_spokesman_qa.txt",
        format="wordpress",
        language="fr",
        text=wordpress(
            "fr",
            "Le Reporter Atlas",
            "AccueilSociétéSécurité",
            title,
            "16 mai 2025",
            body,
            ["Portes ouvertes de la DGSN à Agadir"],
        ),
        metadata=meta(title, "Le Reporter Atlas", "Le Reporter Atlas", pub, fictional=True),
        claims=[
            C(
                ARRESTS,
                38,
                "38",
                a1,
                ytd(pub, "depuis le début de l'année"),
                A("DGSN", "le porte-parole de la Direction générale de la sûreté nationale"),
            ),
        ],
        must_not_extract=[T("69e anniversaire", "ordinal"), T("numéro 19", "phone number")],
        summary="WordPress Q/A with the DGSN spokesman; year to date; an anniversary ordinal and a phone number.",
    )


@article
def v21():
    pub = "2025-07-08"
    title = "Retour des combattants : une étude du Centre Atlas passe la politique marocaine au crible"
    s1 = "L'étude du Centre Atlas d'études stratégiques évalue à environ 270 le nombre de combattants rentrés au Maroc."
    s2 = "Elle rappelle que, selon les chiffres officiels, 1.659 Marocains avaient rejoint les zones de conflit."
    body = [
        s1,
        s2,
        "À titre de comparaison, la Tunisie compterait environ 3000 combattants partis, et la Belgique près de 500.",
    ]
    return dict(
        key="v21",
        file="v21_think_tank_returnees_time.html",
        format="html",
        language="fr",
        text=html("fr", title, "Le Courrier de l'Atlas", pub, body, jsonld=False),
        metadata=meta(title, "Le Courrier de l'Atlas", "Le Courrier de l'Atlas", pub, fictional=True),
        claims=[
            C(
                RETURNEES,
                270,
                "270",
                s1,
                cumul(pub),
                A("analyst", "Centre Atlas d'études stratégiques"),
                q="about",
                qt="environ",
            ),
            C(
                JOINED,
                1659,
                "1.659",
                s2,
                cumul(pub),
                A("official_unspecified", "les chiffres officiels"),
                subset="syria_iraq_linked",
                notes="a study quoting the official figure",
            ),
        ],
        must_not_extract=[
            T("environ 3000 combattants", "Tunisian fighters"),
            T("près de 500", "Belgian fighters"),
        ],
        countries_not_partners=[
            {"country": "TN", "text": "la Tunisie", "reason": "comparison"},
            {"country": "BE", "text": "la Belgique", "reason": "comparison"},
        ],  # fmt: skip
        summary="Think tank (analyst) and the official record it quotes, in one study; foreign comparisons as traps.",
    )


@article
def v22():
    pub = "2024-10-30"
    heads = ["Interpol : 196 pays membres réunis à Glasgow", "Inflation : +1,8 % en septembre"]
    title = "Hammouchi reçoit une délégation du FBI"
    person = "Abdellatif Hammouchi"
    s0 = (
        f"{person}, directeur général de la DGSN et de la DGST, a reçu mardi à Rabat une délégation du FBI "
        "conduite par son directeur adjoint."
    )
    s1 = "D'après un communiqué de la DGST, 6 cellules ont été démantelées depuis le début de l'année."
    body = [
        s0,
        s1,
        "Le suspect arrêté à Oujda, âgé de 29 ans, était en contact avec un agent américain infiltré.",
    ]
    return dict(
        key="v22",
        file="v22_aggregator_hammouchi_fbi_ytd.txt",
        format="aggregator",
        language="fr",
        text=aggregator("fr", heads, title, "Maroc Diplomatique", pub, body),
        metadata=meta(title, "Maroc Diplomatique", "Maroc Diplomatique", pub),
        claims=[
            C(
                CELLS,
                6,
                "6",
                s1,
                ytd(pub, "depuis le début de l'année"),
                A("DGST", "un communiqué de la DGST"),
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("196 pays", "sidebar: Interpol members"),
            T("1,8 %", "sidebar: inflation"),
            T("29 ans", "age"),
        ],  # fmt: skip
        countries_cited=["US"],
        summary="Aggregator; Hammouchi named, then 'D'après un communiqué de la DGST'; year to date 2024.",
    )


# ================================================================ English (v23-v30)


@article
def v23():
    pub = "2025-10-14"
    heads = ["UK: 250 terror arrests in a year, Home Office says", "Atlas Lions climb to 11th in FIFA ranking",
             "Rabat metro: 2 new lines by 2030"]  # fmt: skip
    title = "Morocco's counterterrorism model draws interest in the Sahel"
    s1 = "According to official figures, Moroccan security services have dismantled 210 terrorist cells since 2002."
    body = [
        "Sahel governments have sent several delegations to Rabat this year to study the Moroccan approach.",
        s1,
        "The delegations visited the training centre in Kenitra, 40 kilometres north of the capital.",
    ]
    return dict(
        key="v23",
        file="v23_mwn_stale_210.txt",
        format="aggregator",
        language="en",
        text=aggregator("en", heads, title, "Morocco World News", pub, body),
        metadata=meta(title, "Morocco World News", "Morocco World News", pub),
        claims=[
            C(
                CELLS,
                210,
                "210",
                s1,
                since("2002", pub, "since 2002"),
                A("official_unspecified", "official figures"),
                notes="repeats the January 2023 total after 214 (2024) and 217 (January 2025): planted stale figure",
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("250 terror arrests", "sidebar: UK figure"),
            T("11th in FIFA ranking", "sidebar: ranking"),
            T("40 kilometres", "distance"),
        ],  # fmt: skip
        summary="Aggregator in English; 'according to official figures' with a stale running total (planted).",
    )


@article
def v24():
    pub = "2025-03-03"
    title = "DGST: more than 500 terror plots foiled over two decades"
    s1 = "Since 2002, 512 terrorist plots have been foiled in the Kingdom, the DGST said in a statement relayed by MAP."
    s2 = "The agency noted that 4 of its officers had been decorated by Spain's interior ministry in 2024."
    body = [s1, s2, "The statement was issued on the 22nd anniversary of the Casablanca bombings."]
    return dict(
        key="v24",
        file="v24_dgst_plots_both_dates.html",
        format="html",
        language="en",
        text=html("en", title, "North Africa Wire", pub, body),
        metadata=meta(title, "North Africa Wire", "North Africa Wire", pub, fictional=True),
        claims=[
            C(
                PLOTS,
                512,
                "512",
                s1,
                since("2002", pub, "Since 2002"),
                A("DGST", "the DGST said"),
                notes="reporting verb after the figure",
            ),
        ],
        must_not_extract=[
            T("4 of its officers", "decorated officers"),
            T("22nd anniversary", "ordinal"),
            T("more than 500 terror plots foiled", "title figure repeated in the body"),
        ],  # fmt: skip
        countries_cited=["ES"],
        summary="Saved HTML with time tag and JSON-LD; 'the DGST said' after the figure; compatible with v02.",
    )


@article
def v25():
    pub = "2024-11-27"
    title = "US report praises Morocco's counterterrorism record"
    s1 = (
        "Moroccan authorities dismantled seven terrorist cells in 2023, the US State Department's annual Country "
        "Reports on Terrorism stated."
    )
    body = [
        "Washington - The report, released on Tuesday, covers counterterrorism efforts worldwide.",
        s1,
        "Worldwide, the report counts more than 8,000 deaths in terrorist attacks in the Sahel alone.",
    ]
    return dict(
        key="v25",
        file="v25_clean_us_state_department.txt",
        format="clean",
        language="en",
        text=clean(title, "November 27, 2024", body),
        metadata=meta(title, None, None, pub, city="Washington"),
        claims=[
            C(
                CELLS,
                7,
                "seven",
                s1,
                yr("2023", "in 2023"),
                A("analyst", "the US State Department's annual Country Reports on Terrorism"),
                notes="a foreign government report (analyst); the figure is in words",
            ),
        ],
        must_not_extract=[T("8,000 deaths", "Sahel casualties")],
        countries_cited=["US"],
        summary="Clean English page; a US report gives a Moroccan figure in words ('seven'); Sahel deaths are a trap.",
    )


@article
def v26():
    pub = "2025-08-12"
    name = "Salma Ouazzani"
    title = "Q&A: 'Morocco's threat has moved online'"
    intro = (
        f"{name}, a researcher at the Rabat Institute for Security Studies, has tracked Moroccan jihadist "
        "networks for a decade."
    )
    q1 = "Q: How many cells have been broken up recently?"
    a1 = "A: By my count, about 30 cells were dismantled over the last three years."
    q2 = "Q: And the departures to Syria and Iraq?"
    a2 = "A: \u201cWe counted roughly 1,700 departures,\u201d she said, adding that the official figure is lower."
    body = [intro, q1, a1, q2, a2, "Q: What age are the recruits?", "A: Most are between 18 and 25."]
    return dict(
        key="v26",
        file="v26_wordpress_researcher_qa.txt",
        format="wordpress",
        language="en",
        text=wordpress(
            "en",
            "The Maghreb Monitor",
            "HomeInterviewsSecurity",
            title,
            "August 12, 2025",
            body,
            ["Five things to know about the BCIJ"],
        ),
        metadata=meta(title, "The Maghreb Monitor", "The Maghreb Monitor", pub, fictional=True),
        claims=[
            C(
                CELLS,
                30,
                "30",
                a1,
                lastn(3, pub, "over the last three years"),
                A("analyst", "By my count", name),
                q="about",
                qt="about",
                notes="the interviewee is a researcher",
            ),
            C(
                JOINED,
                1700,
                "1,700",
                a2,
                cumul(pub),
                A("analyst", "she said", name),
                q="about",
                qt="roughly",
                subset="syria_iraq_linked",
                notes="quote inside quotation marks",
            ),
        ],
        must_not_extract=[T("between 18 and 25", "ages"), T("Five things", "related post")],
        countries_not_partners=[{"country": "SY", "text": "Syria", "reason": "conflict zone"}],
        summary="WordPress Q&A with a researcher (analyst); last three years; a quoted estimate.",
    )


@article
def v27():
    pub = "2026-02-10"
    person = "Abdelouafi Laftit"
    title = "Laftit tells councillors returnees remain under close watch"
    s0 = (
        f"Interior Minister {person} answered questions from members of the House of Councillors on Tuesday "
        "about Moroccans who fought abroad."
    )
    s1 = "A total of 1,659 Moroccans joined terrorist groups in Syria and Iraq, he told the chamber."
    s2 = "Of the 270 who returned, 137 were prosecuted, the minister stated."
    s3 = "Two cells have been dismantled so far this year, Laftit noted."
    body = [s0, s1, s2, s3, "Councillor question No. 1185 was tabled by the opposition."]
    return dict(
        key="v27",
        file="v27_laftit_councillors_jsonld.html",
        format="html",
        language="en",
        text=html("en", title, "Hespress English", pub, body, time_tag=False),
        metadata=meta(title, "Hespress English", "Hespress English", pub),
        claims=[
            C(
                JOINED,
                1659,
                "1,659",
                s1,
                cumul(pub),
                A("MOI", "he told the chamber", person),
                subset="syria_iraq_linked",
                notes="minister answering parliament: MOI",
            ),
            C(RETURNEES, 270, "270", s2, cumul(pub), A("MOI", "the minister stated", person)),
            C(RET_ARR, 137, "137", s2, cumul(pub), A("MOI", "the minister stated", person)),
            C(CELLS, 2, "Two", s3, ytd(pub, "so far this year"), A("MOI", "Laftit noted", person)),
        ],
        must_not_extract=[T("No. 1185", "question number")],
        countries_not_partners=[{"country": "SY", "text": "Syria", "reason": "conflict zone"}],
        summary="Saved HTML with JSON-LD only; the minister before parliament (MOI) with verbs after the figures.",
    )


@article
def v28():
    pub = "2024-05-14"
    heads = ["Video: 48,000 views for Rabat marathon highlights", "Wheat imports up 15%"]
    title = "DGSN spokesman: four terror cells dismantled since January"
    s1 = (
        "Four terrorist cells have been dismantled since the start of the year, DGSN spokesman Boubker Sabik told "
        "reporters."
    )
    body = [
        s1,
        "Citizens can report suspicious activity by calling 19, he added.",
        "The DGSN also runs 440 units for women and children who are victims of violence.",
    ]
    return dict(
        key="v28",
        file="v28_hespress_en_spokesman_ytd.txt",
        format="aggregator",
        language="en",
        text=aggregator("en", heads, title, "Hespress English", pub, body),
        metadata=meta(title, "Hespress English", "Hespress English", pub),
        claims=[
            C(
                CELLS,
                4,
                "Four",
                s1,
                ytd(pub, "since the start of the year"),
                A("DGSN", "DGSN spokesman", "Boubker Sabik"),
            ),
        ],
        must_not_extract=[
            SIDEBAR_RULE,
            T("four terror cells dismantled since January", "title figure repeated by the body"),
            T("48,000 views", "sidebar: view count"),
            T("15%", "sidebar"),
            T("calling 19", "phone number"),
            T("440 units", "victim support units"),
        ],  # fmt: skip
        summary="Aggregator; the DGSN spokesman's year-to-date count in words; hotline and victim units as traps.",
    )


@article
def v29():
    pub = "2025-12-02"
    title = "Morocco arrests four suspected IS supporters"
    s1 = "Four suspects were arrested on Monday in Safi and Chichaoua, the BCIJ said in a statement."
    s2 = (
        "Morocco has dismantled more than 200 cells since 2002, according to official figures cited by the "
        "agency."
    )
    body = [
        "Rabat (AFP) - Moroccan police have arrested a group of men suspected of planning attacks, authorities said.",
        s1,
        "The suspects, aged 22 to 31, had pledged allegiance to the Islamic State group.",
        f"{s2} In 2003, suicide bombings in Casablanca killed 33 people.",
    ]
    return dict(
        key="v29",
        file="v29_clean_afp_wire.txt",
        format="clean",
        language="en",
        text=clean(title, "Tuesday, December 2, 2025", body),
        metadata=meta(title, None, None, pub, city="Rabat"),
        claims=[
            C(
                ARRESTS,
                4,
                "Four",
                s1,
                P("event", "2025-12-01", "2025-12-01", "on Monday"),
                A("BCIJ", "the BCIJ said"),
                notes="the BCIJ's own statement",
            ),
            C(
                CELLS,
                200,
                "200",
                s2,
                since("2002", pub, "since 2002"),
                A("official_unspecified", "official figures"),
                q="more_than",
                qt="more than",
                notes="wire background figure",
            ),
        ],
        must_not_extract=[
            T("arrests four suspected IS supporters", "title figure repeated by the body"),
            T("aged 22 to 31", "ages"),
            T("killed 33 people", "death toll of the 2003 attacks"),
        ],
        summary="Clean AFP-style wire; the BCIJ's statement; background total 'according to official figures'.",
    )


@article
def v30():
    pub = "2025-04-22"
    title = "UN monitors: hundreds of Moroccans still held in Syrian camps"
    s1 = (
        "About 300 Moroccans remain detained in camps and prisons in north-east Syria, the UN Analytical Support "
        "and Sanctions Monitoring Team said in its latest report."
    )
    body = [
        s1,
        "The report puts the number of Islamic State fighters active in the Sahel at between 2,000 and 3,000.",
        "Morocco repatriated 8 of its nationals from Syria in 2019, the report recalls.",
    ]
    return dict(
        key="v30",
        file="v30_un_report_time.html",
        format="html",
        language="en",
        text=html("en", title, "Atlas Herald", pub, body, jsonld=False),
        metadata=meta(title, "Atlas Herald", "Atlas Herald", pub, fictional=True),
        claims=[
            C(
                "fighters_detained_abroad",
                300,
                "300",
                s1,
                cumul(pub),
                A("analyst", "the UN Analytical Support and Sanctions Monitoring Team"),
                q="about",
                qt="About",
                subset="syria",
                notes="same UN report as v16: the team speaks in its report (analyst)",
            ),
        ],
        optional_claims=[
            C(
                "repatriated",
                8,
                "8",
                "Morocco repatriated 8 of its nationals from Syria in 2019, the report recalls.",
                yr("2019", "in 2019"),
                A("analyst", "the report recalls"),
            ),
        ],
        must_not_extract=[T("between 2,000 and 3,000", "Sahel fighters, not Moroccan")],
        countries_not_partners=[{"country": "SY", "text": "Syria", "reason": "place of detention"}],
        summary="Saved HTML with a time tag only; a UN report's figure (foreign body); Sahel figures as traps.",
    )


# ================================================================ cross-file groups

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        refs=[("v01", CELLS, 9), ("v03", CELLS, 11)],
        explanation="Cells dismantled in 2024: the DGSN's year-end review (Hespress, 30 Dec 2024) says 9, the "
        "interior minister's written answer to MPs (11 Feb 2025) says 11 'last year'.",
    ),
    dict(
        id="i2",
        kind="stale_figure",
        refs=[("v02", CELLS, 210), ("v13", CELLS, 214), ("v04", CELLS, 217), ("v23", CELLS, 210)],
        explanation="Cells dismantled since 2002: 210 (Jan 2023), 214 (Feb 2024), 217 (Jan 2025), then Morocco "
        "World News (Oct 2025) repeats 210 as current 'official figures'.",
    ),
    dict(
        id="i3",
        kind="cumulative_decrease",
        refs=[("v07", CELLS, 100), ("v11", CELLS, 96)],
        explanation="BCIJ cells since its creation in 2015: its director says 100 (June 2025), a researcher 96 "
        "(Nov 2025); a running total cannot go down.",
    ),
    dict(
        id="i4",
        kind="internal_arithmetic",
        refs=[("v17", CELLS, 12), ("v17", CELLS, 8, "isis_linked"), ("v17", CELLS, 5, "istihlal_linked")],
        explanation="The DGST's 2025 review: 12 cells, of which 8 linked to ISIS and 5 to the istihlal current "
        "(8 + 5 = 13).",
    ),
]

MUST_NOT_FLAG = [
    dict(
        refs=[("v09", CELLS, 7), ("v15", CELLS, 7), ("v25", CELLS, 7)],
        reason="cells dismantled in 2023: 7 in three sources (outlet, DGSN, US report)",
    ),
    dict(
        refs=[("v02", PLOTS, 500), ("v24", PLOTS, 512)],
        reason="plots foiled since 2002: 'more than 500' (2023) and 512 (2025) agree",
    ),
    dict(
        refs=[("v13", CELLS, 214), ("v05", CELLS, 210)],
        reason="cells since 2002: 214 (Feb 2024) and 'more than 210' (June 2024) agree",
    ),
    dict(
        refs=[("v04", CELLS, 217), ("v18", CELLS, 215), ("v29", CELLS, 200)],
        reason="cells since 2002: 217 (Jan 2025), 'more than 215' and 'more than 200' (late 2025) agree",
    ),
    dict(
        refs=[
            ("v06", JOINED, 1600, "syria_iraq_linked"),
            ("v06", JOINED, 1659, "syria_iraq_linked"),
            ("v21", JOINED, 1659, "syria_iraq_linked"),
            ("v27", JOINED, 1659, "syria_iraq_linked"),
        ],
        reason="fighters who joined: the MP's 'more than 1600' and the official 1659 agree",
    ),
    dict(
        refs=[("v03", RETURNEES, 270), ("v21", RETURNEES, 270), ("v27", RETURNEES, 270)],
        reason="returnees: 270 and 'about 270', unchanged between 2025 and 2026",
    ),
    dict(
        refs=[("v03", RET_ARR, 137), ("v27", RET_ARR, 137)],
        reason="returnees prosecuted: 137 in both answers",
    ),
    dict(
        refs=[("v08", JOINT, 20), ("v19", JOINT, 20)],
        reason="joint operations with Spain since 2014: 20 (March 2024) and 'more than 20' (Sept 2024)",
    ),
    dict(
        refs=[
            ("v16", "fighters_detained_abroad", 300, "syria"),
            ("v30", "fighters_detained_abroad", 300, "syria"),
        ],
        reason="one UN report in French and English: about 300 Moroccans held in Syria",
    ),
    dict(
        refs=[("v28", CELLS, 4), ("v22", CELLS, 6), ("v01", CELLS, 9)],
        reason="2024: 4 by mid-May and 6 by end of October, year to date, under the year's 9",
    ),
    dict(
        refs=[("v12", CELLS, 6), ("v17", CELLS, 12)],
        reason="2025: 6 by mid-September (year to date) under the year's 12",
    ),
    dict(
        refs=[("v10", ARRESTS, 18), ("v20", ARRESTS, 38)],
        reason="arrests in 2025 so far: 18 in March (prosecutor) then 38 in May (DGSN): a rising count",
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
        "# Voices: a development corpus about who gives the figure (Arabic, French, English)",
        "",
        f"{len(files)} files -- {by_lang['ar']} Arabic (`v01`-`v12`), {by_lang['fr']} French (`v13`-`v22`) and "
        f"{by_lang['en']} English (`v23`-`v30`) -- and their gold, `expected.json`, in the schema of "
        "`../shared/seeds/expected.json` and the vocabulary of `../shared/CONTRACT.md`: "
        f"{n_claims} claims (+{n_opt} optional), {n_traps} traps, {len(gold['inconsistencies'])} planted "
        f"inconsistencies and {len(gold['must_not_flag'])} compatible groups that must not be flagged.",
        "",
        "It was written by a fresh hand, without reading the engine or the other corpora's articles, to measure the "
        "engine on unseen wording. Its focus is ATTRIBUTION: reporting verbs before and after the figure (قال، أفاد، "
        "أوضح، كشف، أكد، أبرز، أشار، حسب، وفق؛ selon, a indiqué, a-t-il précisé, estime, d'après; said, told, "
        "according to, noted, stated), the speaker named a sentence or a paragraph before the figure, officials "
        "whose body follows from their title (the BCIJ director, the DGSN-DGST director general, the interior "
        "minister answering MPs = MOI, the government spokesman = GOV, a prosecutor = official_unspecified, an "
        "unnamed security source = official_unspecified even when the body acting is named), studies "
        "and researchers (`analyst`), a study quoting the official record (`official_unspecified`), foreign bodies "
        "speaking (Spanish police and ministry: `unspecified`, with `raw` naming them) and foreign reports (a UN "
        "monitoring report, the US State Department's: `analyst`, docs/conventions.md), an outlet's own reporting (`unspecified`, `raw` null), two speakers with different figures, "
        "quotes and question/answer interviews. Traps: other countries' and world figures, non-terror 'cells' "
        "(police units for victims of violence, school listening cells, helplines), phone, law, decree and "
        "question numbers, years, ages, prison sentences, money, percentages, view counts, sidebars. Periods: "
        "'last year', 'this year', 'the last three years', 'since its creation in 2015', a weekday before the "
        "byline, resolved from the publication date. Dates: aggregator bylines, WordPress meta lines with Arabic "
        "(including the Maghreb 'شتنبر') and French month names, clean pages with a date line, saved HTML with "
        "`<time datetime>` and/or JSON-LD `datePublished`.",
        "",
        "Attributions in the gold: " + ", ".join(f"{k} {v}" for k, v in sorted(orgs.items())) + ".",
        "",
        "Measure the engine with:",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims $(python3 -c \"import json;print(' '.join('tests/corpus_voices/'"
        "+f['file'] for f in json.load(open('tests/corpus_voices/expected.json'))['files']))\") --json > /tmp/voices.json",
        "python3 ../shared/tools/score.py tests/corpus_voices/expected.json /tmp/voices.json",
        "```",
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_voices/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. The script writes the "
        "files, `expected.json` and this README, then re-reads every file and checks each sentence (exactly once), "
        "value, qualifier, period and attribution text, and each trap. `tests/test_corpus_voices_gold.py` checks "
        "the committed gold without Django and that `build.py` regenerates the committed bytes:",
        "",
        "```",
        ".venv/bin/python -m pytest tests/test_corpus_voices_gold.py -q -p no:django",
        "```",
        "",
        "Edit `build.py`, never the generated files. Before writing, stored press pages were read with the search "
        "tool (BCIJ directors' interviews relayed by MAP, Bladi and Asharq Al-Awsat, Morocco World News on the "
        "Egmont/KAS study, Spanish-Moroccan joint operations in Atalayar, The Defense Post, Barlamane Today and "
        "North Africa Post, Arabic operation reports from Maghress); no sentence was copied. The articles are "
        "invented; outlets marked `outlet_fictional` and the think tanks and researchers do not exist.",
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
        "description": "Voices development corpus for ctfacts (Arabic, French, English): who gives the figure "
        "(reporting verbs, speakers named earlier, officials' titles, studies, foreign bodies, interviews, quotes), "
        "with traps, relative periods and planted cross-file inconsistencies. Generated by build.py; see README.md. "
        "Schema: CONTRACT.md and seeds/expected.json.",
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
