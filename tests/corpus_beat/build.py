"""Writes the "beat" development corpus (tests/corpus_beat/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_beat/build.py [--out DIR]

Everyday police and security-beat reporting on Morocco's counter-terrorism record: short items relaying a BCIJ,
DGSN or DGST communiqué about one cell, follow-ups that recall the running totals, annual reviews, a minister's
figures relayed by the news agency, regional outlets, opinion columns, English-language Moroccan outlets and wire
copy, in Arabic, French and English. Its stress is on WHO gives each figure and on WHICH PERIOD it covers. Written
by a fresh hand to be measured once, untuned.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles, people and outlets are invented; they follow the orders of magnitude of real reporting.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root, for tests.corpus_kit

from tests.corpus_kit import (  # noqa: E402,F401 - verify: the gold tests call corpus_kit.verify
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
    run_build,
    since,
    verify,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

ARTICLES = []
NNBSP = "\u202f"
CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, RETURNEES, RET_ARR, JOINT = "fighters_joined", "returnees", "returnees_arrested", "joint_operations"
ABROAD = "fighters_detained_abroad"
SI = "syria_iraq_linked"


def article(fn):
    ARTICLES.append(fn)
    return fn


def event(date, text):
    return P("event", date, date, text)


def page(key, file, lang, fmt, pub, outlet, alias, title, body, claims, traps, summary, **kw):
    """One article: lays the text out in its layout and returns the spec build() turns into a gold entry."""
    if fmt == "aggregator":
        text = aggregator(lang, kw["heads"], title, outlet, pub, body)
    elif fmt == "wordpress":
        text = wordpress(lang, outlet, kw["crumbs"], title, kw["meta_line"], body, kw.get("related", []))
    elif fmt == "clean":
        text = clean(title, kw["date_line"], body)
    else:
        text = html(lang, title, outlet, pub, body, **kw.get("html_kw", {}))
    return dict(
        key=key,
        file=file,
        format=fmt,
        language=lang,
        text=text,
        metadata=meta(
            title,
            None if fmt == "clean" else outlet,
            None if fmt == "clean" else alias,
            pub,
            fictional=fmt != "clean",
            city=kw.get("city"),
        ),
        claims=claims,
        optional_claims=kw.get("optional", []),
        must_not_extract=([SIDEBAR_RULE] if fmt == "aggregator" else []) + traps,
        countries_cited=kw.get("cited", []),
        countries_not_partners=kw.get("not_partners", []),
        summary=summary,
    )


def NP(code, text):
    return {"country": code, "text": text}


# ================================================================ Arabic (b01-b12)


@article
def b01():
    pub = "2024-11-13"
    s_op = (
        'تمكن المكتب المركزي للأبحاث القضائية، يوم أمس الثلاثاء، من تفكيك خلية إرهابية موالية لتنظيم "داعش" '
        "تتكون من أربعة عناصر تتراوح أعمارهم ما بين 21 و37 سنة، ينشطون بمدينتي طنجة وتطوان."
    )
    s_src = (
        "وأوضح بلاغ للمكتب المركزي للأبحاث القضائية أن عمليات التفتيش أسفرت عن حجز أسلحة بيضاء وثلاثة هواتف "
        "محمولة ومخطوطات تمجد الفكر المتطرف."
    )
    s_total = (
        "وحسب معطيات رسمية، فقد تم منذ إحداث المكتب سنة 2015 توقيف 1450 شخصا في قضايا مرتبطة بالإرهاب "
        "والتطرف."
    )
    body = [
        s_op + " " + s_src,
        "وقد تم الاحتفاظ بالموقوفين تحت تدبير الحراسة النظرية رهن إشارة البحث القضائي الذي تشرف عليه النيابة "
        "العامة المكلفة بقضايا الإرهاب، طبقا لمقتضيات القانون رقم 03.03 المتعلق بمكافحة الإرهاب.",
        s_total,
        "وتأتي هذه العملية في سياق الجهود المتواصلة لتحييد التهديدات الإرهابية التي تحدق بالمملكة.",
    ]
    claims = [
        C(
            ARRESTS,
            4,
            "أربعة",
            s_op,
            event("2024-11-12", "يوم أمس الثلاثاء"),
            A("BCIJ", "بلاغ للمكتب المركزي للأبحاث القضائية"),
            notes="one cell's members arrested; the communiqué is named in the next sentence",
        ),
        C(
            ARRESTS,
            1450,
            "1450",
            s_total,
            since("2015", pub, "منذ إحداث المكتب سنة 2015"),
            A("official_unspecified", "حسب معطيات رسمية"),
            notes="'since the bureau was created in 2015' = since 2015; a lower total than b20/b28 gave earlier",
        ),
    ]
    traps = [
        T("21 و37 سنة", "ages of the suspects"),
        T("ثلاثة هواتف", "seized items: phones are not persons"),
        T("03.03", "law number"),
        T("مقتل 12 شخصا", "sidebar: a road accident"),
    ]
    heads = [
        "مقتل 12 شخصا في حادثة سير بإقليم أزيلال",
        "الرجاء يفوز 3-1 في الديربي",
        "أسعار المحروقات ترتفع بدرهم واحد",
    ]
    return page("b01", "b01.txt", "ar", "aggregator", pub, "الخبر الأمني", "al-khabar-al-amni",
                "البسيج يفكك خلية داعشية بين طنجة وتطوان", body, claims, traps,
                "A BCIJ communiqué about one cell (members arrested, ages, seized phones) and a follow-up total since "
                "2015 from 'official data' (the lower end of the cumulative decrease `i3`)", heads=heads)  # fmt: skip


@article
def b02():
    pub = "2020-11-20"
    s_op = (
        "أعلنت السلطات الأمنية بمدينة وجدة، صباح اليوم، عن توقيف شخص يشتبه في ارتباطه بتنظيم إرهابي، "
        "يبلغ من العمر 26 سنة."
    )
    s_dgsn = (
        "وكانت المديرية العامة للأمن الوطني قد أعلنت في حصيلتها السنوية أن مصالحها أوقفت 82 شخصا في قضايا "
        "الإرهاب خلال سنة 2019."
    )
    s_total = (
        "وتفيد مصادر أمنية بأن عدد الخلايا الإرهابية التي تم تفكيكها بالمغرب منذ سنة 2002 بلغ 205 خلايا، "
        "أغلبها مرتبط بالتنظيمات الناشطة في المنطقة السورية العراقية."
    )
    body = [
        s_op,
        "وأشار مصدر مطلع إلى أن المعني بالأمر كان ينشط على مواقع التواصل الاجتماعي، حيث يتابع حسابه أزيد من 3000 "
        "شخص.",
        s_total + " " + s_dgsn,
        "ويمكن للمواطنين التبليغ عن أي نشاط مشبوه عبر الرقم 19 الخاص بالشرطة.",
    ]
    claims = [
        C(
            CELLS,
            205,
            "205",
            s_total,
            since("2002", pub, "منذ سنة 2002"),
            A("official_unspecified", "مصادر أمنية"),
            notes="unnamed security sources quoted by a regional outlet",
        ),
        C(
            ARRESTS,
            82,
            "82",
            s_dgsn,
            yr("2019", "خلال سنة 2019"),
            A("DGSN", "المديرية العامة للأمن الوطني"),
            notes="the source before the figure, in a pluperfect ('كانت ... قد أعلنت')",
        ),
    ]
    traps = [
        T("26 سنة", "age"),
        T("أزيد من 3000", "followers of a social-media account, with a qualifier"),
        T("الرقم 19", "police phone number"),
    ]
    return page("b02", "b02.txt", "ar", "wordpress", pub, "وجدة اليوم", "oujda-alyawm",
                "توقيف متطرف بوجدة والأمن يواصل يقظته", body, claims, traps,
                "A regional item: one arrest (no count: 'a person'), an unnamed security sources' running total of "
                "cells since 2002, a follower count and the police number as traps",
                crumbs="الرئيسية » جهوية » وجدة", meta_line="الجمعة 20 نونبر 2020 - 11:40",
                related=["حملة أمنية واسعة بأحياء وجدة", "افتتاح مركز للشرطة بجرادة"])  # fmt: skip


@article
def b03():
    pub = "2021-10-05"
    s_q1 = "«لقد تمكنا منذ سنة 2002 من تفكيك 210 خلايا إرهابية، وهذا رقم يعكس حجم التهديد."
    s_q2 = (
        "ولولا العمل الاستباقي لكانت الخسائر جسيمة»، يقول عبد الإله الحمداوي، مدير المكتب المركزي للأبحاث "
        "القضائية، في حوار مع الجريدة."
    )
    s_plots = (
        "وأضاف المسؤول الأمني أن مصالحه أحبطت منذ 2015 ما يزيد عن 500 مشروع إرهابي كان يستهدف منشآت "
        "حيوية ومواقع سياحية."
    )
    body = [
        "في حوار خاص، يعود مدير البسيج إلى حصيلة عقدين من المواجهة مع التنظيمات المتطرفة.",
        s_q1 + " " + s_q2,
        s_plots,
        "وعن العقوبات، أوضح أن المتورطين في الالتحاق ببؤر التوتر يواجهون عقوبات تتراوح بين 5 و10 سنوات سجنا.",
    ]
    claims = [
        C(
            CELLS,
            210,
            "210",
            s_q1,
            since("2002", pub, "منذ سنة 2002"),
            A(
                "BCIJ",
                "عبد الإله الحمداوي، مدير المكتب المركزي للأبحاث القضائية",
                person="عبد الإله الحمداوي",
            ),
            notes="a quote spanning two sentences: the speaker is named in the second",
        ),
        C(
            PLOTS,
            500,
            "500",
            s_plots,
            since("2015", pub, "منذ 2015"),
            A("BCIJ", "المسؤول الأمني", person="عبد الإله الحمداوي"),
            q="more_than",
            qt="ما يزيد عن",
            notes="'the security official' = the BCIJ director named before",
        ),
    ]
    traps = [
        T("بين 5 و10 سنوات سجنا", "prison sentences in years"),
        T("عقدين", "duration in words"),
    ]
    return page("b03", "b03.txt", "ar", "clean", pub, None, None,
                "مدير البسيج: لولا الاستباق لكانت الخسائر جسيمة", body, claims, traps,
                "An interview: the figure is inside a quote whose speaker is named in the next sentence; a second "
                "figure from 'the security official'; prison sentences as a trap",
                date_line="الثلاثاء 5 أكتوبر 2021", city=None)  # fmt: skip


@article
def b04():
    pub = "2023-06-16"
    s_map = (
        "ونقلت وكالة المغرب العربي للأنباء عن المكتب المركزي للأبحاث القضائية أن المصالح الأمنية فككت ٢١٤ خلية "
        "إرهابية منذ سنة ٢٠٠٢."
    )
    s_women = (
        "وأفاد المصدر ذاته بأن عدد النساء المغربيات اللواتي التحقن بالتنظيمات الإرهابية في سوريا والعراق بلغ "
        "288 امرأة."
    )
    body = [
        "جددت الأجهزة الأمنية المغربية تأكيد يقظتها في مواجهة التهديدات الإرهابية، بالتزامن مع تفكيك خلية جديدة "
        "بمدينة الناظور.",
        s_map + " " + s_women,
        "وتحل في السادس عشر من ماي من كل سنة ذكرى تفجيرات الدار البيضاء التي خلفت 33 قتيلا سنة 2003.",
    ]
    claims = [
        C(
            CELLS,
            214,
            "٢١٤",
            s_map,
            since("2002", pub, "منذ سنة ٢٠٠٢"),
            A("BCIJ", "وكالة المغرب العربي للأنباء عن المكتب المركزي للأبحاث القضائية"),
            notes="Arabic-Indic digits; MAP relays the BCIJ: the BCIJ is the source",
        ),
        C(
            JOINED,
            288,
            "288",
            s_women,
            cumul(pub),
            A("BCIJ", "المصدر ذاته"),
            subset="women",
            notes="'the same source' = the BCIJ of the previous sentence",
        ),
    ]
    traps = [
        T("33 قتيلا", "victims of the 2003 attacks, not a counter-terrorism figure"),
        T("السادس عشر من ماي", "a date in words"),
    ]
    return page("b04", "b04.html", "ar", "html", pub, "بوابة الرباط", "bawabat-rabat",
                "الأمن المغربي يجدد يقظته بعد خلية الناظور", body, claims, traps,
                "Saved HTML (time tag and JSON-LD): MAP relaying the BCIJ with Arabic-Indic digits (the same 214 as the "
                "English wire b24), 'the same source' for women who joined, the 2003 death toll as a trap")  # fmt: skip


@article
def b05():
    pub = "2024-05-20"
    s_op = (
        "وكانت عناصر القوة الخاصة قد أوقفت، يوم الجمعة، ستة أشخاص يشتبه في انتمائهم لخلية إرهابية تنشط بين "
        "الدار البيضاء وسلا، وذلك بتنسيق وثيق مع الشرطة الإسبانية التي أوقفت بدورها عنصرين بمدينة برشلونة."
    )
    s_total = (
        "وأفادت المديرية العامة لمراقبة التراب الوطني، في بلاغ لها، بأن الحصيلة الإجمالية للخلايا المفككة "
        "منذ سنة 2002 ارتفعت إلى 217 خلية."
    )
    body = [
        s_total,
        s_op,
        "وقد حجزت خلال العملية مبالغ مالية تقدر بـ 45 ألف درهم وأربع قنينات غاز.",
    ]
    claims = [
        C(
            CELLS,
            217,
            "217",
            s_total,
            since("2002", pub, "منذ سنة 2002"),
            A("DGST", "المديرية العامة لمراقبة التراب الوطني"),
        ),
        C(
            ARRESTS,
            6,
            "ستة",
            s_op,
            event("2024-05-17", "يوم الجمعة"),
            A("DGST", "المديرية العامة لمراقبة التراب الوطني"),
            notes="the special forces belong to the DGST named in the sentence before; the two Barcelona arrests are "
            "Spain's",
        ),
    ]
    traps = [
        T("عنصرين بمدينة برشلونة", "arrests made by the Spanish police: another country's figure"),
        T("45 ألف درهم", "money"),
        T("أربع قنينات غاز", "seized items"),
        T(
            "الديستي: 217 خلية مفككة منذ 2002",
            "the title's figure, repeated by the body (the body's sentence is the claim)",
        ),
    ]
    return page("b05", "b05.txt", "ar", "aggregator", pub, "المشهد المغربي", "al-mashhad",
                "الديستي: 217 خلية مفككة منذ 2002", body, claims, traps,
                "A DGST communiqué's running total (its figure also in the title: the body's sentence is the claim) and "
                "a joint operation with the Spanish police (partner ES; Spain's own two arrests are a trap)",
                heads=["تساقطات مطرية مهمة بالأطلس", "انطلاق امتحانات الباكالوريا يوم 3 يونيو"], cited=["ES"])  # fmt: skip


@article
def b06():
    pub = "2024-08-02"
    s_total = (
        "وحسب معطيات رسمية، فإن الأجهزة الأمنية فككت منذ سنة 2002 ما مجموعه 2190 خلية إرهابية في مختلف "
        "جهات المملكة."
    )
    body = [
        "احتضنت مدينة أكادير، أمس الخميس، لقاء تواصليا حول الوقاية من التطرف لفائدة تلاميذ المؤسسات التعليمية، "
        "بمشاركة خلية الإنصات التابعة للمديرية الإقليمية للتعليم.",
        "وأكد المتدخلون أن خلية الإنصات استقبلت هذه السنة 120 حالة لتلاميذ في وضعية هشاشة.",
        s_total,
        "وعرف اللقاء حضور أزيد من 200 تلميذ وتلميذة.",
    ]
    claims = [
        C(
            CELLS,
            2190,
            "2190",
            s_total,
            since("2002", pub, "منذ سنة 2002"),
            A("official_unspecified", "حسب معطيات رسمية"),
            notes="printed as 2190, ten times the series (217 in May 2024): extracted as printed, flagged by i5",
        ),
    ]
    traps = [
        T("120 حالة", "cases of a school counselling 'cell' (خلية الإنصات): not a terror cell"),
        T("أزيد من 200 تلميذ", "attendance, with a qualifier"),
    ]
    return page("b06", "b06.txt", "ar", "wordpress", pub, "أنباء سوس", "anbaa-souss",
                "أكادير: لقاء تحسيسي حول الوقاية من التطرف", body, claims, traps,
                "A regional outlet with a misprinted running total (2190 cells: `i5`) and a school counselling 'cell' "
                "whose counts are traps",
                crumbs="الرئيسية » جهات » سوس ماسة", meta_line="2 غشت 2024 | أنباء سوس", city=None,
                related=["أكادير تستعد لموسم الصيف"])  # fmt: skip


@article
def b07():
    pub = "2024-09-17"
    s_op = (
        "فكك المكتب المركزي للأبحاث القضائية، اليوم الثلاثاء، خلية إرهابية بمدينة الرشيدية تضم خمسة أشخاص "
        "كانوا يخططون لاستهداف مقرات أمنية."
    )
    s_arr = "كما أوقف المكتب خلال الفترة نفسها 58 شخصا يشتبه في تورطهم في قضايا مرتبطة بالإرهاب."
    s_ytd = (
        "وبهذه العملية، يرتفع عدد الخلايا الإرهابية التي فككها المكتب المركزي للأبحاث القضائية منذ بداية السنة "
        "الجارية إلى 12 خلية، حسب ما أفاد به مصدر من المكتب."
    )
    body = [
        s_op,
        s_ytd + " " + s_arr,
        "وأشار المصدر إلى أن أحد الموقوفين سبق أن أدين بـ 4 سنوات حبسا في قضية مماثلة سنة 2016.",
    ]
    claims = [
        C(
            CELLS,
            12,
            "12",
            s_ytd,
            ytd(pub, "منذ بداية السنة الجارية"),
            A("BCIJ", "مصدر من المكتب"),
            notes="year to date 2024, BCIJ: more than the 10 the BCIJ gave for the whole of 2024 (b17), `i6`",
        ),
        C(
            ARRESTS,
            5,
            "خمسة",
            s_op,
            event(pub, "اليوم الثلاثاء"),
            A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
            notes="the bureau is the subject of the sentence",
        ),
        C(
            ARRESTS,
            58,
            "58",
            s_arr,
            ytd(pub, None),
            A("BCIJ", "المكتب"),
            notes="'during the same period' inherits the year so far from the previous sentence",
        ),
    ]
    traps = [
        T("4 سنوات حبسا", "a past prison sentence"),
        T("سنة 2016", "year of a past conviction"),
    ]
    return page("b07", "b07.txt", "ar", "clean", pub, None, None, "تفكيك خلية بالرشيدية كانت تستهدف مقرات أمنية",
                body, claims, traps,
                "A year-to-date running count of cells told by 'a source from the bureau' (the part of `i6`)",
                date_line="17 شتنبر 2024")  # fmt: skip


@article
def b08():
    pub = "2024-01-12"
    s_year = "كشفت حصيلة المكتب المركزي للأبحاث القضائية أن مصالحه فككت تسع خلايا إرهابية خلال سنة 2023."
    s_last = (
        "أما خلال السنوات الخمس الأخيرة، فقد بلغ عدد الخلايا المفككة 51 خلية، وفق معطيات المديرية العامة "
        "لمراقبة التراب الوطني."
    )
    s_arr = "وخلال السنة نفسها، تم توقيف 64 شخصا للاشتباه في تورطهم في التحضير لأعمال إرهابية."
    body = [
        s_year + " " + s_arr + " " + s_last,
        "وأوضحت الحصيلة أن الموقوفين تتراوح أعمارهم بين 18 و55 سنة، وأن أغلبهم ينشطون على الإنترنت.",
        "وكان المغرب قد صادق سنة 2015 على القانون رقم 86.14 الذي يجرم الالتحاق ببؤر التوتر.",
    ]
    claims = [
        C(
            CELLS,
            9,
            "تسع",
            s_year,
            yr("2023", "خلال سنة 2023"),
            A("BCIJ", "حصيلة المكتب المركزي للأبحاث القضائية"),
        ),
        C(
            ARRESTS,
            64,
            "64",
            s_arr,
            yr("2023", "خلال السنة نفسها"),
            A("BCIJ", "حصيلة المكتب المركزي للأبحاث القضائية"),
            notes="'the same year' inherits 2023",
        ),
        C(
            CELLS,
            51,
            "51",
            s_last,
            lastn(5, pub, "خلال السنوات الخمس الأخيرة"),
            A("DGST", "المديرية العامة لمراقبة التراب الوطني"),
            notes="this sentence names its own source, the DGST's data",
        ),
    ]
    traps = [
        T("18 و55 سنة", "ages"),
        T("86.14", "law number"),
    ]
    return page("b08", "b08.html", "ar", "html", pub, "الجريدة الوطنية", "al-jarida-al-wataniya",
                "حصيلة سنة 2023: تراجع عدد الخلايا المفككة", body, claims, traps,
                "Saved HTML (JSON-LD only): a calendar-year figure in words (تسع) and 'the last five years' resolved "
                "from January 2024", html_kw={"time_tag": False})  # fmt: skip


@article
def b09():
    pub = "2025-01-06"
    s_arr = (
        "أفاد بلاغ للمديرية العامة للأمن الوطني، يتضمن الحصيلة السنوية لمصالحها، بأنه تم خلال السنة الماضية "
        "توقيف 76 شخصا في قضايا مرتبطة بالإرهاب والتطرف."
    )
    s_month = "أما خلال شهر دجنبر وحده، فقد أوقفت مصالح الأمن الوطني 9 أشخاص في القضايا ذاتها."
    s_ret = "وخلال الفترة ذاتها، تم توقيف 11 شخصا من العائدين من بؤر التوتر فور وصولهم إلى التراب الوطني."
    body = [
        s_arr + " " + s_ret + " " + s_month,
        "وعلى مستوى الجريمة العامة، سجلت الحصيلة معالجة 720 ألف قضية، فيما بلغ عدد الموقوفين في قضايا "
        "المخدرات 98 ألف شخص.",
        "كما أعلنت المديرية عن توظيف 9 آلاف شرطي جديد خلال سنة 2025.",
    ]
    claims = [
        C(
            ARRESTS,
            76,
            "76",
            s_arr,
            yr("2024", "خلال السنة الماضية"),
            A("DGSN", "بلاغ للمديرية العامة للأمن الوطني"),
            notes="'last year' from 6 January 2025 = 2024",
        ),
        C(
            RET_ARR,
            11,
            "11",
            s_ret,
            yr("2024", "خلال الفترة ذاتها"),
            A("DGSN", "بلاغ للمديرية العامة للأمن الوطني"),
            notes="'the same period' inherits 2024 from the previous sentence",
        ),
        C(
            ARRESTS,
            9,
            "9",
            s_month,
            P("month", "2024-12", "2024-12", "خلال شهر دجنبر وحده"),
            A("DGSN", "مصالح الأمن الوطني"),
            notes="December of the review's year (2024), Maghreb month name; a part of the year's 76",
        ),
    ]
    traps = [
        T("720 ألف قضية", "general crime: not terrorism"),
        T("98 ألف شخص", "drug-case arrests: not terrorism"),
        T("9 آلاف شرطي", "recruitment"),
    ]
    return page("b09", "b09.txt", "ar", "aggregator", pub, "الحدث الأمني", "al-hadath-al-amni",
                "الأمن الوطني يكشف حصيلته السنوية", body, claims, traps,
                "The DGSN's annual review: 'last year' (one side of `i2`), 'the same period' inherited, and the "
                "review's crime and drug figures as traps",
                heads=["المنتخب يواجه الغابون وديا", "ارتفاع صادرات الطماطم بـ 12 في المائة"])  # fmt: skip


@article
def b10():
    pub = "2022-12-08"
    s_tot = (
        "وسجل تقرير لجنة الداخلية بمجلس النواب أن عدد المقاتلين المغاربة العائدين من بؤر التوتر بلغ 270 "
        "عائدا إلى حدود الآن."
    )
    s_abroad = (
        "كما أشار التقرير إلى أن قرابة 250 مغربيا، بينهم نساء وأطفال، لا يزالون محتجزين في مخيمات وسجون "
        "بسوريا والعراق."
    )
    s_parts = (
        "ومن بين هؤلاء، عاد 236 من المنطقة السورية العراقية، فيما عاد 30 آخرون من ليبيا، بحسب التقرير نفسه."
    )
    body = [
        "صادقت لجنة الداخلية والجماعات الترابية بمجلس النواب على تقريرها حول الميزانية الفرعية لوزارة الداخلية "
        "برسم سنة 2023.",
        s_tot,
        s_parts + " " + s_abroad,
        "وصوت لصالح الميزانية 22 نائبا وعارضها 9.",
    ]
    claims = [
        C(RETURNEES, 270, "270", s_tot, cumul(pub), A("PARLIAMENT", "تقرير لجنة الداخلية بمجلس النواب")),
        C(RETURNEES, 236, "236", s_parts, cumul(pub), A("PARLIAMENT", "التقرير نفسه"), subset=SI),
        C(RETURNEES, 30, "30", s_parts, cumul(pub), A("PARLIAMENT", "التقرير نفسه"), subset="libya"),
        C(
            ABROAD,
            250,
            "250",
            s_abroad,
            cumul(pub),
            A("PARLIAMENT", "التقرير"),
            q="about",
            qt="قرابة",
            notes="held in Syria and Iraq together: the whole stock held abroad, no zone (docs/conventions.md)",
        ),
    ]
    traps = [
        T("22 نائبا", "a committee vote"),
        T("وعارضها 9", "a committee vote"),
        T("برسم سنة 2023", "budget year"),
    ]
    return page("b10", "b10.txt", "ar", "wordpress", pub, "برلمان نيوز", "barlaman-news",
                "لجنة الداخلية تصادق على الميزانية الفرعية", body, claims, traps,
                "A parliamentary committee report: returnees 270 = 236 (Syria-Iraq) + 30 (Libya) does not add up "
                "(`i4`); committee votes as traps; Libya merely mentioned",
                crumbs="الرئيسية » البرلمان", meta_line="الخميس 8 دجنبر 2022",
                not_partners=[NP("LY", "من ليبيا"), NP("SY", "بسوريا والعراق")], related=["مجلس المستشارين يصادق على مشروع المالية"])  # fmt: skip


@article
def b11():
    pub = "2026-03-02"
    s_moi = (
        "وأكد وزير الداخلية، محمد الصديقي، في جواب على سؤال شفوي بمجلس النواب، أن المصالح الأمنية فككت ما "
        "يزيد عن 220 خلية إرهابية منذ سنة 2002."
    )
    s_coop = (
        "وأضاف الوزير أن المعلومات الاستخباراتية التي قدمتها المملكة لشركائها مكنت من إحباط عمليات في فرنسا "
        "وبلجيكا وإسبانيا."
    )
    s_arr = "كما تم، حسب الوزير، توقيف أكثر من 4500 شخص في إطار هذه القضايا."
    s_joint = "وأشار إلى أن المصالح المغربية ونظيرتها الإسبانية نفذت أزيد من عشرين عملية مشتركة منذ سنة 2014."
    body = [
        s_moi + " " + s_arr,
        s_coop + " " + s_joint,
        "وفي السياق ذاته، نبه إلى أن 2026 ستعرف تنظيم تظاهرات رياضية كبرى تتطلب يقظة مضاعفة.",
        "ويذكر أن الوزير كان قد استعرض في جلسة سابقة حصيلة 3 برامج للوقاية من التطرف داخل السجون.",
    ]
    claims = [
        C(
            CELLS,
            220,
            "220",
            s_moi,
            since("2002", pub, "منذ سنة 2002"),
            A("MOI", "وزير الداخلية، محمد الصديقي", person="محمد الصديقي"),
            q="more_than",
            qt="ما يزيد عن",
        ),
        C(
            ARRESTS,
            4500,
            "4500",
            s_arr,
            since("2002", pub, None),
            A("MOI", "حسب الوزير", person="محمد الصديقي"),
            q="more_than",
            qt="أكثر من",
            notes="the period 'since 2002' is inherited from the previous sentence",
        ),
        C(
            JOINT,
            20,
            "عشرين",
            s_joint,
            since("2014", pub, "منذ سنة 2014"),
            A("MOI", "الوزير", person="محمد الصديقي"),
            q="more_than",
            qt="أزيد من",
            notes="a number word in the genitive (عشرين)",
        ),
    ]
    traps = [
        T("3 برامج", "prevention programmes"),
        T("2026 ستعرف", "a bare year"),
    ]
    return page("b11", "b11.html", "ar", "html", pub, "صوت البرلمان", "sawt-al-barlaman",
                "الداخلية: الاستباق مكن من إحباط عمليات داخل المغرب وخارجه", body, claims, traps,
                "Saved HTML (time tag only): the interior minister in parliament, 'more than 220' since 2002 (agrees "
                "with 220 in b16); intelligence passed to France, Belgium and Spain (partners)",
                html_kw={"jsonld": False}, cited=["FR", "BE", "ES"])  # fmt: skip


@article
def b12():
    pub = "2022-04-27"
    s_j = (
        "ويقدر الباحث في الشؤون الأمنية، رشيد العلوي، عدد المغاربة الذين التحقوا بالتنظيمات المسلحة في سوريا "
        "والعراق بنحو 1660 مقاتلا."
    )
    s_w = "ومن بين هؤلاء، يضيف الباحث، 288 امرأة رافقن أزواجهن أو التحقن بشكل فردي."
    s_k = "وقد لقي أزيد من 740 منهم حتفهم في المعارك أو في عمليات انتحارية."
    body = [
        "في مقال تحليلي، يتوقف مركز الدراسات حول التطرف عند تحولات الظاهرة الجهادية بالمغرب خلال العقد الأخير.",
        s_j + " " + s_w + " " + s_k,
        "ويرى الباحث أن نسبة 40 في المائة من المجندين الجدد تم استقطابهم عبر الإنترنت.",
        "وتعود أولى موجات الالتحاق إلى سنة 2012، مع تصاعد النزاع المسلح في سوريا.",
    ]
    claims = [
        C(
            JOINED,
            1660,
            "1660",
            s_j,
            cumul(pub),
            A("analyst", "الباحث في الشؤون الأمنية، رشيد العلوي", person="رشيد العلوي"),
            q="about",
            qt="بنحو",
            subset=SI,
        ),
        C(JOINED, 288, "288", s_w, cumul(pub), A("analyst", "الباحث", person="رشيد العلوي"), subset="women"),
        C(
            "fighters_killed",
            740,
            "740",
            s_k,
            cumul(pub),
            A("analyst", "الباحث", person="رشيد العلوي"),
            q="more_than",
            qt="أزيد من",
        ),
    ]
    traps = [
        T("40 في المائة", "a percentage of something else, an analyst's estimate"),
        T("سنة 2012", "a bare year"),
    ]
    return page("b12", "b12.txt", "ar", "clean", pub, None, None, "قراءة في تحولات الظاهرة الجهادية بالمغرب",
                body, claims, traps,
                "An analyst's estimates: 'about 1660' fighters (agrees with 1,659) and 288 women (as the BCIJ said in "
                "b04); Syria and Iraq are conflict zones, not partners",
                date_line="الأربعاء 27 أبريل 2022",
                not_partners=[NP("SY", "في سوريا والعراق"), NP("IQ", "والعراق")])  # fmt: skip


# ================================================================ French (b13-b22


@article
def b13():
    pub = "2024-11-14"
    s_op = (
        "Selon un communiqué du Bureau central d'investigations judiciaires (BCIJ), quatre individus, âgés de 21 "
        "à 37 ans, ont été interpellés mardi à Tanger et Tétouan."
    )
    body = [
        "Le démantèlement d'une nouvelle cellule affiliée à Daech dans le nord du Royaume confirme la vigilance des "
        "services.",
        s_op,
        "Les suspects projetaient, selon la même source, de rejoindre des groupes armés au Sahel.",
        "Pour toute information, la DGSN rappelle son numéro vert, le 19.",
    ]
    claims = [
        C(
            ARRESTS,
            4,
            "quatre",
            s_op,
            event("2024-11-12", "mardi"),
            A("BCIJ", "un communiqué du Bureau central d'investigations judiciaires (BCIJ)"),
            notes="the same operation as b01, told two days later",
        ),
    ]
    traps = [
        T("21 à 37 ans", "ages"),
        T("le 19", "phone number"),
    ]
    return page("b13", "b13.txt", "fr", "aggregator", pub, "Le Quotidien du Nord", "quotidien-du-nord",
                "Tanger-Tétouan : une cellule pro-Daech démantelée", body, claims, traps,
                "The cell of b01 told in French two days later: 'mardi' resolves to the same Tuesday; ages and the "
                "police number as traps",
                heads=["Mondial 2030 : 6 stades en chantier", "Le dirham stable face à l'euro"])  # fmt: skip


@article
def b14():
    pub = "2021-03-18"
    s_cells = (
        "Devant la commission de l'Intérieur de la Chambre des représentants, le ministre de l'Intérieur, "
        "Abdelkrim Benslimane, a indiqué que plus de 200 cellules terroristes ont été démantelées depuis 2002."
    )
    s_arr = (
        "Ces opérations ont permis l'interpellation de plus de 4 300 personnes, a-t-il ajouté, selon des propos "
        "rapportés par la MAP."
    )
    body = [
        s_cells,
        s_arr,
        "Le ministre a également évoqué la loi 03-03 relative à la lutte contre le terrorisme, adoptée au lendemain "
        "des attentats de Casablanca.",
        "La séance, qui a duré près de 4 heures, a aussi porté sur la préparation des élections.",
    ]
    claims = [
        C(
            CELLS,
            200,
            "200",
            s_cells,
            since("2002", pub, "depuis 2002"),
            A("MOI", "le ministre de l'Intérieur, Abdelkrim Benslimane", person="Abdelkrim Benslimane"),
            q="more_than",
            qt="plus de",
        ),
        C(
            ARRESTS,
            4300,
            "4 300",
            s_arr,
            since("2002", pub, None),
            A("MOI", "a-t-il ajouté", person="Abdelkrim Benslimane"),
            q="more_than",
            qt="plus de",
            notes="the period 'since 2002' is inherited from the previous sentence; the MAP relays the minister",
        ),
    ]
    traps = [
        T("03-03", "law number"),
        T("près de 4 heures", "duration, with a qualifier"),
    ]
    return page("b14", "b14.txt", "fr", "wordpress", pub, "Maroc Actu Plus", "maroc-actu-plus",
                "Terrorisme : le ministre de l'Intérieur détaille le bilan devant les députés", body, claims, traps,
                "The interior minister before a parliamentary committee, relayed by the MAP: 'plus de 200' cells and "
                "'plus de 4 300' arrests, the second sentence inheriting 'since 2002'",
                crumbs="Accueil > Politique", meta_line="Publié le 18 mars 2021 à 17h05",
                related=["Élections : le calendrier se précise"])  # fmt: skip


@article
def b15():
    pub = "2019-04-09"
    s_asof = (
        "En octobre 2018, le BCIJ recensait 183 cellules démantelées depuis 2002, dont une soixantaine liées à "
        "la zone syro-irakienne."
    )
    s_ret = "À la même date, selon le bureau, 239 combattants étaient rentrés au Maroc."
    body = [
        "Le procès de huit accusés dans l'affaire d'Imlil s'est ouvert ce mardi devant la chambre criminelle de "
        "Salé.",
        "Pour situer le contexte, rappelons quelques chiffres.",
        s_asof,
        s_ret,
        "Les accusés encourent jusqu'à 30 ans de réclusion.",
    ]
    claims = [
        C(
            CELLS,
            183,
            "183",
            s_asof,
            since("2002", "2018-10", "depuis 2002"),
            A("BCIJ", "le BCIJ"),
            as_of="2018-10",
            notes="dated by the text (October 2018), six months before the byline",
        ),
        C(
            CELLS,
            60,
            "une soixantaine",
            s_asof,
            since("2002", "2018-10", "depuis 2002"),
            A("BCIJ", "le BCIJ"),
            q="about",
            qt="une soixantaine",
            subset=SI,
            as_of="2018-10",
            notes="'une soixantaine' is 'about 60' (the contract's 'une trentaine'); a part of the 183",
        ),
        C(
            RETURNEES,
            239,
            "239",
            s_ret,
            cumul("2018-10", "À la même date"),
            A("BCIJ", "selon le bureau"),
            as_of="2018-10",
            notes="'at the same date' inherits October 2018",
        ),
    ]
    traps = [
        T("huit accusés", "defendants of one trial, not an arrest count of the record"),
        T("30 ans de réclusion", "sentence"),
    ]
    return page("b15", "b15.html", "fr", "html", pub, "L'Écho judiciaire", "echo-judiciaire",
                "Procès d'Imlil : ouverture des audiences à Salé", body, claims, traps,
                "Saved HTML (time tag only): figures dated by the text ('En octobre 2018'), an 'at the same date' "
                "inheritance, defendants and a sentence as traps", html_kw={"jsonld": False})  # fmt: skip


@article
def b16():
    pub = "2025-01-09"
    s_dgst = (
        "Selon la Direction générale de la surveillance du territoire (DGST), 220 cellules terroristes ont été "
        "démantelées au Maroc depuis 2002."
    )
    s_plots = "Au moins 500 projets d'attentat ont été déjoués depuis cette date, selon la même source."
    s_coop = (
        "Plusieurs de ces opérations ont été menées grâce à des renseignements échangés avec les services "
        "allemands et américains."
    )
    body = [
        "Le début d'année est traditionnellement l'occasion de dresser le bilan de la lutte antiterroriste.",
        s_dgst + " " + s_plots,
        s_coop,
        "À titre de comparaison, la France a déjoué 9 projets d'attentat en 2024, selon son ministère de "
        "l'Intérieur.",
    ]
    claims = [
        C(
            CELLS,
            220,
            "220",
            s_dgst,
            since("2002", pub, "depuis 2002"),
            A("DGST", "la Direction générale de la surveillance du territoire (DGST)"),
        ),
        C(
            PLOTS,
            500,
            "500",
            s_plots,
            since("2002", pub, "depuis cette date"),
            A("DGST", "la même source"),
            q="at_least",
            qt="Au moins",
            notes="'since that date' = since 2002 of the previous sentence; the source after the figure",
        ),
    ]
    traps = [
        T("9 projets d'attentat en 2024", "France's own figure"),
    ]
    return page("b16", "b16.txt", "fr", "clean", pub, None, None, "Antiterrorisme : le Maroc dresse son bilan",
                body, claims, traps,
                "The DGST's running total of January 2025 (the middle of `i1`); German and US services as partners; "
                "France's own plots foiled as a trap (France only a comparison)",
                date_line="Jeudi 9 janvier 2025", cited=["DE", "US"],
                not_partners=[NP("FR", "la France a déjoué 9 projets")])  # fmt: skip


@article
def b17():
    pub = "2025-01-15"
    s_year = (
        "Le BCIJ a démantelé 10 cellules terroristes en 2024, indique le bilan annuel publié mardi par le "
        "bureau."
    )
    s_same = "Sur la même période, trois projets d'attentat ont été déjoués, précise le document."
    body = [
        s_year,
        s_same,
        "Le bilan relève par ailleurs que 14 % des personnes interpellées étaient des mineurs.",
        "Le bureau, créé en 2015, est rattaché à la DGST et compte environ 200 enquêteurs.",
    ]
    claims = [
        C(
            CELLS,
            10,
            "10",
            s_year,
            yr("2024", "en 2024"),
            A("BCIJ", "le bilan annuel publié mardi par le bureau"),
            notes="the whole of 2024 by the BCIJ: fewer than the 12 it gave 'since the start of the year' in September "
            "(b07), `i6`",
        ),
        C(
            PLOTS,
            3,
            "trois",
            s_same,
            yr("2024", "Sur la même période"),
            A("BCIJ", "le document"),
            notes="'on the same period' inherits 2024",
        ),
    ]
    traps = [
        T("14 %", "a percentage of minors (no base given)"),
        T("environ 200 enquêteurs", "staff"),
        T("créé en 2015", "year of creation"),
    ]
    return page("b17", "b17.html", "fr", "html", pub, "Le Reporter de Casa", "reporter-casa",
                "BCIJ : le bilan de l'année écoulée", body, claims, traps,
                "Saved HTML (JSON-LD only): the BCIJ's annual review (the whole of `i6`), 'sur la même période' "
                "inherited, staff and a percentage as traps", html_kw={"time_tag": False})  # fmt: skip


@article
def b18():
    pub = "2024-02-02"
    s_gov = (
        "Le porte-parole du gouvernement, Karim Lahlou, a déclaré jeudi à l'issue du Conseil de gouvernement "
        "que neuf cellules terroristes avaient été démantelées en 2023."
    )
    s_own = (
        "Selon nos propres recoupements, ces cellules comptaient des dizaines de membres, dont plusieurs "
        "récidivistes."
    )
    body = [
        s_gov,
        "Il a salué « le professionnalisme des services », contrairement à la situation de la Tunisie voisine, "
        "souvent citée en exemple inverse.",
        s_own,
        "Le Conseil a par ailleurs adopté 4 projets de décret.",
    ]
    claims = [
        C(
            CELLS,
            9,
            "neuf",
            s_gov,
            yr("2023", "en 2023"),
            A("GOV", "Le porte-parole du gouvernement, Karim Lahlou", person="Karim Lahlou"),
            notes="the same nine as the BCIJ's review (b08)",
        ),
    ]
    traps = [
        T("des dizaines de membres", "a vague count (dozens) in the outlet's own words"),
        T("4 projets de décret", "government business"),
    ]
    return page("b18", "b18.txt", "fr", "aggregator", pub, "Info Rabat Express", "info-rabat-express",
                "Conseil de gouvernement : le bilan sécuritaire au menu", body, claims, traps,
                "The government spokesman's calendar-year figure in words (neuf, same as b08); Tunisia a contrasting "
                "mention", heads=["Météo : vague de froid sur l'Atlas", "Bourse de Casablanca : le MASI en hausse"],
                not_partners=[NP("TN", "la Tunisie voisine")])  # fmt: skip


@article
def b19():
    pub = "2025-03-04"
    s_dgsn = (
        "Le directeur de la police judiciaire à la DGSN, Ahmed Tazi, a affirmé que plus de 70 personnes ont "
        "été interpellées l'an dernier dans des affaires liées au terrorisme."
    )
    s_min = "Parmi elles figuraient 8 mineurs, a-t-il précisé."
    body = [
        "Lors d'une journée d'étude organisée à Fès sur la criminalité organisée, les intervenants ont insisté sur "
        "les liens entre trafics et extrémisme.",
        s_dgsn + " " + s_min,
        "Il a aussi cité la saisie de 37 tonnes de résine de cannabis au cours du même exercice.",
        "La rencontre a réuni quelque 150 participants.",
    ]
    claims = [
        C(
            ARRESTS,
            70,
            "70",
            s_dgsn,
            yr("2024", "l'an dernier"),
            A("DGSN", "Le directeur de la police judiciaire à la DGSN, Ahmed Tazi", person="Ahmed Tazi"),
            q="more_than",
            qt="plus de",
            notes="'l'an dernier' from March 2025 = 2024; agrees with the DGSN's 76 (b09)",
        ),
        C(
            ARRESTS,
            8,
            "8",
            s_min,
            yr("2024", None),
            A("DGSN", "a-t-il précisé", person="Ahmed Tazi"),
            subset="minors",
            notes="a part of the previous sentence's arrests: inherits 2024",
        ),
    ]
    traps = [
        T("37 tonnes", "drug seizure"),
        T("quelque 150 participants", "attendance with a qualifier"),
    ]
    return page("b19", "b19.txt", "fr", "wordpress", pub, "Fès Hebdo", "fes-hebdo",
                "Fès : la police judiciaire face au crime organisé", body, claims, traps,
                "A DGSN official's 'plus de 70' for 'l'an dernier' (agrees with 76), a drug seizure and an "
                "attendance as traps", crumbs="Accueil > Régions > Fès-Meknès",
                meta_line="4 mars 2025, par la rédaction", related=["Fès : un nouveau commissariat"])  # fmt: skip


@article
def b20():
    pub = "2023-04-11"
    s_op = "Cinq individus ont été interpellés ce mardi à Khouribga et Béni Mellal par les éléments du BCIJ."
    s_tot = (
        "Ce coup de filet porte à 1" + NNBSP + "480 le nombre de personnes arrêtées par le bureau depuis sa "
        "création en 2015, a précisé son directeur, Abdelilah Hamdaoui."
    )
    body = [
        s_op,
        s_tot,
        "Les suspects, âgés de 19 à 30 ans, avaient prêté allégeance à Daech.",
    ]
    claims = [
        C(
            ARRESTS,
            5,
            "Cinq",
            s_op,
            event("2023-04-11", "ce mardi"),
            A("BCIJ", "les éléments du BCIJ"),
            notes="a passive with the agent after the figure",
        ),
        C(
            ARRESTS,
            1480,
            "1" + NNBSP + "480",
            s_tot,
            since("2015", pub, "depuis sa création en 2015"),
            A("BCIJ", "son directeur, Abdelilah Hamdaoui", person="Abdelilah Hamdaoui"),
            notes="narrow no-break space as thousands separator; the first point of `i3`",
        ),
    ]
    traps = [
        T("19 à 30 ans", "ages"),
        T("Khouribga : cinq partisans de Daech arrêtés", "the title's figure, repeated by the body"),
    ]
    return page("b20", "b20.html", "fr", "html", pub, "Maroc Sécurité Hebdo", "maroc-securite-hebdo",
                "Khouribga : cinq partisans de Daech arrêtés", body, claims, traps,
                "Saved HTML (time tag and JSON-LD): a passive with the BCIJ as agent ('ce mardi' = the byline day), "
                "the BCIJ director's running total since 2015 with a narrow no-break space")  # fmt: skip


@article
def b21():
    pub = "2025-06-12"
    s_dgst = (
        "D'après des chiffres de la DGST consultés par notre rédaction, plus de 4"
        + NNBSP
        + "400 personnes ont "
        "été arrêtées dans des affaires de terrorisme depuis 2002."
    )
    s_cells = "Selon la même source, plus de 220 cellules ont été neutralisées sur la même période."
    body = [
        "Vingt-deux ans après les attentats du 16 mai, la menace a changé de visage.",
        s_dgst + " " + s_cells,
        "Les peines prononcées vont de 2 à 20 ans de prison, et une trentaine de condamnés ont bénéficié du "
        "programme « Moussalaha ».",
    ]
    claims = [
        C(
            ARRESTS,
            4400,
            "4" + NNBSP + "400",
            s_dgst,
            since("2002", pub, "depuis 2002"),
            A("DGST", "des chiffres de la DGST"),
            q="more_than",
            qt="plus de",
            notes="a rising running total after the minister's 'plus de 4 300' (b14)",
        ),
        C(
            CELLS,
            220,
            "220",
            s_cells,
            since("2002", pub, "sur la même période"),
            A("DGST", "la même source"),
            q="more_than",
            qt="plus de",
            notes="'neutralisées' = dismantled; 'the same period' = since 2002",
        ),
    ]
    traps = [
        T("Vingt-deux ans", "duration in words"),
        T("2 à 20 ans de prison", "sentences"),
        T("une trentaine de condamnés", "a reconciliation programme's beneficiaries, not a metric"),
    ]
    return page("b21", "b21.txt", "fr", "clean", pub, None, None, "Terrorisme : une menace qui change de visage",
                body, claims, traps,
                "DGST figures 'consulted by our newsroom' (since 2002), sentences and a programme's beneficiaries as "
                "traps", date_line="12 juin 2025")  # fmt: skip


@article
def b22():
    pub = "2023-11-21"
    s_mfa = (
        "Le ministre des Affaires étrangères, Youssef Berrada, a rappelé que plus de 1" + NNBSP + "600 "
        "Marocains avaient rejoint des groupes terroristes en Syrie et en Irak."
    )
    s_coop = (
        "Il a souligné la coopération sécuritaire « exemplaire » avec la France et la Belgique, avec lesquelles "
        "le Royaume partage régulièrement des renseignements."
    )
    body = [
        "À l'ouverture d'une conférence ministérielle sur le contre-terrorisme à Marrakech, la diplomatie marocaine "
        "a mis en avant son approche.",
        s_mfa,
        s_coop,
        "La conférence réunit 45 délégations jusqu'à jeudi.",
    ]
    claims = [
        C(
            JOINED,
            1600,
            "1" + NNBSP + "600",
            s_mfa,
            cumul(pub),
            A("MFA", "Le ministre des Affaires étrangères, Youssef Berrada", person="Youssef Berrada"),
            q="more_than",
            qt="plus de",
            subset=SI,
        ),
    ]
    traps = [
        T("45 délégations", "conference attendance"),
    ]
    return page("b22", "b22.txt", "fr", "wordpress", pub, "Diplomatie Maroc", "diplomatie-maroc",
                "Marrakech : le Maroc défend son modèle antiterroriste", body, claims, traps,
                "The foreign minister at a conference: 'plus de 1 600' fighters (agrees with 1,659); France and "
                "Belgium partners (shared intelligence); Syria and Iraq zones",
                crumbs="Accueil > Diplomatie", meta_line="21 novembre 2023", cited=["FR", "BE"],
                not_partners=[NP("SY", "en Syrie et en Irak"), NP("IQ", "en Irak")],
                related=["Sahara : nouveau soutien européen"])  # fmt: skip


# ================================================================ English (b23-b30


@article
def b23():
    pub = "2019-05-14"
    s_j = (
        "According to the bureau's chief inspector, Mustapha Naciri, 1,659 Moroccans joined terrorist "
        "organizations in Syria and Iraq."
    )
    s_w = "Of these, 288 were women, he told the seminar in Rabat."
    s_k = "He added that 745 of them were killed and that some 260 have returned to Morocco."
    body = [
        "A seminar on radicalisation held in Rabat on Monday heard new figures from the Central Bureau of Judicial "
        "Investigation (BCIJ).",
        s_j + " " + s_w + " " + s_k,
        "He said 225 of the fighters had prior terrorism convictions, and that jihadists recruited online are "
        "typically between 18 and 25.",
    ]
    claims = [
        C(
            JOINED,
            1659,
            "1,659",
            s_j,
            cumul(pub),
            A("BCIJ", "the bureau's chief inspector, Mustapha Naciri", person="Mustapha Naciri"),
            subset=SI,
            notes="'the bureau' = the BCIJ named in the paragraph before",
        ),
        C(
            JOINED,
            288,
            "288",
            s_w,
            cumul(pub),
            A("BCIJ", "he told the seminar", person="Mustapha Naciri"),
            subset="women",
        ),
        C("fighters_killed", 745, "745", s_k, cumul(pub), A("BCIJ", "He added", person="Mustapha Naciri")),
        C(
            RETURNEES,
            260,
            "260",
            s_k,
            cumul(pub),
            A("BCIJ", "He added", person="Mustapha Naciri"),
            q="about",
            qt="some",
        ),
    ]
    traps = [
        T("between 18 and 25", "ages"),
    ]
    return page("b23", "b23.txt", "en", "aggregator", pub, "Atlas Wire", "atlas-wire",
                "BCIJ official details Moroccan fighters abroad", body, claims, traps,
                "A BCIJ official's fighters and women (agrees with the analyst of b12 and the minister of b22); the "
                "source's title ('the bureau's chief inspector') implies the body",
                heads=["Raja beat Wydad 2-0 in derby", "Morocco's GDP to grow 3.2% in 2019"],
                optional=[C(JOINED, 225, "225", body[2], cumul(pub), A("BCIJ", "He said",
                          person="Mustapha Naciri"), subset="with_criminal_record",
                          notes="fighters with prior terrorism convictions: a subset outside the contract's list")],
                not_partners=[NP("SY", "in Syria and Iraq"), NP("IQ", "and Iraq")])  # fmt: skip


@article
def b24():
    pub = "2023-06-14"
    s_tot = (
        "Morocco has dismantled 214 terrorist cells since 2002, the Central Bureau of Judicial Investigation "
        "(BCIJ) said in a statement on Wednesday."
    )
    s_arr = (
        "More than 4,300 people have been arrested in terrorism-related cases over the same period, the "
        "statement added."
    )
    s_coop = (
        "The operation was carried out in coordination with the FBI, which provided information on the "
        "suspect's online contacts, the statement said."
    )
    body = [
        "RABAT (Maghreb Wire) - Moroccan police arrested a suspected Islamic State supporter in the northeastern "
        "city of Nador, authorities said.",
        s_tot + " " + s_arr,
        s_coop,
        "The 24-year-old suspect faces up to 10 years in prison under article 218-1 of the penal code.",
    ]
    claims = [
        C(
            CELLS,
            214,
            "214",
            s_tot,
            since("2002", pub, "since 2002"),
            A("BCIJ", "the Central Bureau of Judicial Investigation (BCIJ)"),
            notes="the source after the figure; the first point of `i1`",
        ),
        C(
            ARRESTS,
            4300,
            "4,300",
            s_arr,
            since("2002", pub, "over the same period"),
            A("BCIJ", "the statement added"),
            q="more_than",
            qt="More than",
        ),
    ]
    traps = [
        T("24-year-old", "age"),
        T("up to 10 years", "sentence"),
        T("218-1", "article number"),
    ]
    return page("b24", "b24.txt", "en", "wordpress", pub, "Maghreb Wire", "maghreb-wire",
                "Morocco arrests IS suspect in Nador", body, claims, traps,
                "Wire copy with the source after the figure (214 since 2002, as b04 two days later), the FBI as a "
                "partner (US), age, sentence and article number as traps",
                crumbs="Home / Africa / Morocco", meta_line="June 14, 2023 - 13:20 GMT", cited=["US"],
                city="RABAT", related=["Spain, Morocco hold migration talks"])  # fmt: skip


@article
def b25():
    pub = "2025-01-20"
    s_year = (
        "The bureau said it had dismantled ten cells in 2024, most of them linked to the Islamic State group."
    )
    s_last = (
        "Over the past five years, Moroccan security services took apart 47 cells, according to official "
        "figures compiled by the BCIJ."
    )
    body = [
        "Morocco's counter-terrorism bureau BCIJ released its annual review last week.",
        s_year,
        s_last,
        "The review also noted a 30% drop in online propaganda accounts flagged by the services.",
    ]
    claims = [
        C(
            CELLS,
            10,
            "ten",
            s_year,
            yr("2024", "in 2024"),
            A("BCIJ", "The bureau"),
            notes="'the bureau' = the BCIJ of the previous sentence; agrees with b17",
        ),
        C(
            CELLS,
            47,
            "47",
            s_last,
            lastn(5, pub, "Over the past five years"),
            A("BCIJ", "official figures compiled by the BCIJ"),
        ),
    ]
    traps = [
        T("30% drop", "percentage of something else"),
    ]
    return page("b25", "b25.html", "en", "html", pub, "Morocco Today English", "morocco-today-en",
                "Counter-terrorism bureau publishes 2024 review", body, claims, traps,
                "Saved HTML (JSON-LD only): 'the bureau' referring back, 'ten' cells in 2024 (as b17), 'over the past "
                "five years' from 2025", html_kw={"time_tag": False})  # fmt: skip


@article
def b26():
    pub = "2025-02-10"
    s_arr = (
        "Security sources told Rabat Observer that 81 people were arrested on terrorism charges in Morocco last "
        "year."
    )
    body = [
        "As Europe tightens its borders, Moroccan services say the jihadist threat has not receded.",
        s_arr,
        "In Spain, police detained 40 jihadist suspects over the same period, according to the Spanish interior "
        "ministry.",
        "The figures come ahead of a regional security conference scheduled for March 3.",
    ]
    claims = [
        C(
            ARRESTS,
            81,
            "81",
            s_arr,
            yr("2024", "last year"),
            A("official_unspecified", "Security sources"),
            notes="'last year' from February 2025 = 2024; the DGSN said 76 (b09): `i2`",
        ),
    ]
    traps = [
        T("40 jihadist suspects", "Spain's figure"),
        T("March 3", "a date"),
    ]
    return page("b26", "b26.txt", "en", "clean", pub, None, None, "Morocco's terror arrests hold steady",
                body, claims, traps,
                "Unnamed security sources' 'last year' (the other side of `i2`); Spain's own arrests as a trap, Spain "
                "a mere comparison", date_line="Monday, February 10, 2025",
                not_partners=[NP("ES", "In Spain, police detained")])  # fmt: skip


@article
def b27():
    pub = "2025-09-22"
    s_own = (
        "Since 2002, the country has dismantled 214 terrorist cells, a record few states in the region can "
        "match."
    )
    s_f = (
        "More than 1,600 Moroccans went to fight in Syria and Iraq, yet very few came back to strike at home."
    )
    body = [
        "OPINION | Morocco's security model deserves more credit than it gets abroad.",
        s_own + " " + s_f,
        "I have covered this beat for 15 years, and the pattern is constant: prevention first.",
        "Critics point to the 2011 Marrakech bombing, which killed 17 people, as proof that no system is perfect.",
    ]
    claims = [
        C(
            CELLS,
            214,
            "214",
            s_own,
            since("2002", pub, "Since 2002"),
            A("unspecified"),
            notes="a columnist's own unsourced figure, overtaken since January 2025 (220): `i1` stale",
        ),
        C(JOINED, 1600, "1,600", s_f, cumul(pub), A("unspecified"), q="more_than", qt="More than", subset=SI),
    ]
    traps = [
        T("15 years", "the columnist's career"),
        T("killed 17 people", "a death toll"),
    ]
    return page("b27", "b27.txt", "en", "aggregator", pub, "Casablanca Chronicle", "casablanca-chronicle",
                "Opinion: Prevention is Morocco's quiet success", body, claims, traps,
                "An opinion column repeating 214 in September 2025 after the DGST's 220 (`i1` stale_figure); the "
                "columnist's own unsourced figure", heads=["Wydad sign new coach", "Tourism arrivals hit 1.5 million"])  # fmt: skip


@article
def b28():
    pub = "2024-06-04"
    s_op = (
        "Three suspects were arrested on Monday in Tiznit and Agadir, the BCIJ said, adding that the cell had "
        "been planning attacks on tourist sites."
    )
    s_tot = (
        "Director Abdelilah Hamdaoui told reporters that 1,530 people had been arrested by the bureau since its "
        "creation in 2015."
    )
    body = [
        s_op,
        s_tot,
        "The suspects, aged 20 to 33, were placed in custody for 96 hours, renewable.",
    ]
    claims = [
        C(ARRESTS, 3, "Three", s_op, event("2024-06-03", "on Monday"), A("BCIJ", "the BCIJ said")),
        C(
            ARRESTS,
            1530,
            "1,530",
            s_tot,
            since("2015", pub, "since its creation in 2015"),
            A("BCIJ", "Director Abdelilah Hamdaoui", person="Abdelilah Hamdaoui"),
            notes="the middle point of `i3`",
        ),
    ]
    traps = [
        T("aged 20 to 33", "ages"),
        T("96 hours", "custody duration"),
    ]
    return page("b28", "b28.html", "en", "html", pub, "Rabat Herald", "rabat-herald",
                "Morocco breaks up cell plotting tourist attacks", body, claims, traps,
                "Saved HTML (time tag and JSON-LD): a cell's arrests 'on Monday', the BCIJ director's running total "
                "since 2015 (middle of `i3`), custody duration as a trap")  # fmt: skip


@article
def b29():
    pub = "2023-03-28"
    s_ret = (
        "Nearly 270 Moroccan fighters have returned from conflict zones, according to official figures cited by "
        "the outlet."
    )
    body = [
        "A Moroccan news site reported on Tuesday that the authorities were preparing a new repatriation of women "
        "and children held in camps.",
        s_ret,
        "Most of the returnees were prosecuted under a 2015 law that punishes joining armed groups abroad, the report "
        "added, while others remain in Mali and the wider Sahel.",
        "The repatriation would involve an estimated 100 to 150 people.",
    ]
    claims = [
        C(
            RETURNEES,
            270,
            "270",
            s_ret,
            cumul(pub),
            A("official_unspecified", "official figures"),
            q="about",
            qt="Nearly",
            notes="agrees with the parliament's 270 (b10)",
        ),
    ]
    traps = [
        T("100 to 150 people", "a range of people to be repatriated: an estimate of a future event"),
        T("a 2015 law", "a bare year"),
    ]
    return page("b29", "b29.txt", "en", "wordpress", pub, "North Africa Monitor", "na-monitor",
                "Morocco weighs new repatriations from Syrian camps", body, claims, traps,
                "Press-review style copy citing 'official figures cited by the outlet': 'nearly 270' returnees; Mali "
                "merely mentioned", crumbs="Home / Maghreb", meta_line="March 28, 2023",
                not_partners=[NP("ML", "in Mali")], related=["Algeria, Morocco: the border question"])  # fmt: skip


@article
def b30():
    pub = "2026-02-17"
    s_joint = (
        "The interior ministry said Moroccan and Spanish services had carried out more than 20 joint "
        "operations since 2014, dismantling cells on both sides of the Strait."
    )
    body = [
        "Morocco and Spain renewed their security cooperation agreement in Madrid on Monday.",
        s_joint,
        "The agreement, signed for 5 years, also covers migrant smuggling and drug trafficking.",
        "Spain's Guardia Civil has some 80,000 officers.",
    ]
    claims = [
        C(
            JOINT,
            20,
            "20",
            s_joint,
            since("2014", pub, "since 2014"),
            A("MOI", "The interior ministry"),
            q="more_than",
            qt="more than",
        ),
    ]
    traps = [
        T("5 years", "duration of an agreement"),
        T("80,000 officers", "another country's staff"),
    ]
    return page("b30", "b30.txt", "en", "clean", pub, None, None, "Morocco and Spain renew security pact",
                body, claims, traps,
                "Joint operations with Spain (partner ES, cooperation cue), the agreement's duration and the Guardia "
                "Civil's staff as traps", date_line="February 17, 2026", cited=["ES"])  # fmt: skip


# ================================================================ groups

INCONSISTENCIES = [
    {"id": "i1", "kind": "stale_figure", "refs": [("b24", CELLS, 214), ("b16", CELLS, 220), ("b27", CELLS, 214)],
     "explanation": "Cells dismantled since 2002: 214 (BCIJ, June 2023), 220 (DGST, January 2025), then a September "
                    "2025 opinion column repeats 214 as current"},
    {"id": "i2", "kind": "same_period_disagreement", "refs": [("b09", ARRESTS, 76), ("b26", ARRESTS, 81)],
     "explanation": "Persons arrested on terrorism charges in 2024 ('last year' in both): 76 in the DGSN's annual "
                    "review (January 2025), 81 from unnamed security sources (February 2025)"},
    {"id": "i3", "kind": "cumulative_decrease",
     "refs": [("b20", ARRESTS, 1480), ("b28", ARRESTS, 1530), ("b01", ARRESTS, 1450)],
     "explanation": "Persons arrested by the BCIJ since its creation in 2015: 1480 (April 2023), 1530 (June 2024), "
                    "then 1450 (November 2024): a running total cannot go down"},
    {"id": "i4", "kind": "internal_arithmetic",
     "refs": [("b10", RETURNEES, 270), ("b10", RETURNEES, 236, SI), ("b10", RETURNEES, 30, "libya")],
     "explanation": "Returnees in the committee report: 270 in total, broken down as 236 from the Syrian-Iraqi zone "
                    "and 30 from Libya, which add up to 266"},
    {"id": "i5", "kind": "implausible_value", "refs": [("b05", CELLS, 217), ("b06", CELLS, 2190)],
     "explanation": "Cells dismantled since 2002: 217 (DGST, May 2024) then 2190 (August 2024), ten times the "
                    "series: a misprint no other source supports"},
    {"id": "i6", "kind": "partial_exceeds_whole", "refs": [("b07", CELLS, 12), ("b17", CELLS, 10)],
     "explanation": "Cells dismantled by the BCIJ in 2024: 12 'since the start of the year' (September 2024) but 10 "
                    "for the whole year in the BCIJ's annual review (January 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("b15", CELLS, 183), ("b02", CELLS, 205), ("b14", CELLS, 200), ("b03", CELLS, 210)],
     "reason": "cells since 2002: 183 (October 2018, dated by the text), 205 (November 2020), 'more than 200' "
               "(March 2021), 210 (October 2021): a rising total and a bound that agrees"},
    {"refs": [("b24", CELLS, 214), ("b04", CELLS, 214)],
     "reason": "cells since 2002: the same 214 from the BCIJ told two days apart, in English and in Arabic-Indic "
               "digits"},
    {"refs": [("b03", CELLS, 210), ("b24", CELLS, 214)],
     "reason": "cells since 2002: 210 (October 2021) then 214 (June 2023): a running total that rises"},
    {"refs": [("b05", CELLS, 217), ("b16", CELLS, 220)],
     "reason": "cells since 2002: 217 (May 2024) then 220 (January 2025): a running total that rises"},
    {"refs": [("b16", CELLS, 220), ("b21", CELLS, 220), ("b11", CELLS, 220)],
     "reason": "cells since 2002: 220 (DGST, January 2025) then 'more than 220' (DGST, June 2025; minister, 2026): "
               "the bound agrees"},
    {"refs": [("b08", CELLS, 9), ("b18", CELLS, 9)],
     "reason": "cells in 2023: nine from the BCIJ's review and nine from the government spokesman"},
    {"refs": [("b17", CELLS, 10), ("b25", CELLS, 10)],
     "reason": "cells in 2024: the BCIJ's 10 told in French and 'ten' in English"},
    {"refs": [("b09", ARRESTS, 76), ("b19", ARRESTS, 70)],
     "reason": "persons arrested in 2024: 76 (DGSN) and 'more than 70' (a DGSN director): the bound agrees"},
    {"refs": [("b14", ARRESTS, 4300), ("b24", ARRESTS, 4300), ("b21", ARRESTS, 4400), ("b11", ARRESTS, 4500)],
     "reason": "persons arrested since 2002: 'more than 4 300' (2021, 2023), 'more than 4 400' (2025), 'more than "
               "4500' (2026): a rising total"},
    {"refs": [("b23", JOINED, 1659, SI), ("b12", JOINED, 1660, SI), ("b22", JOINED, 1600, SI),
              ("b27", JOINED, 1600, SI)],
     "reason": "fighters who joined in Syria and Iraq: 1,659, 'about 1660' and 'more than 1 600' (twice) all agree"},
    {"refs": [("b23", "fighters_killed", 745), ("b12", "fighters_killed", 740)],
     "reason": "fighters killed: 745 (BCIJ, 2019) then 'more than 740' (analyst, 2022): the bound agrees"},
    {"refs": [("b30", JOINT, 20), ("b11", JOINT, 20)],
     "reason": "joint operations with Spain since 2014: 'more than 20' in English and 'أزيد من عشرين' in Arabic"},
    {"refs": [("b23", JOINED, 288, "women"), ("b12", JOINED, 288, "women"), ("b04", JOINED, 288, "women")],
     "reason": "women who joined: the same 288 from the BCIJ (twice) and an analyst"},
    {"refs": [("b10", RETURNEES, 270), ("b29", RETURNEES, 270)],
     "reason": "returnees: 270 (parliament, December 2022) and 'nearly 270' (March 2023): the bound agrees"},
    {"refs": [("b15", RETURNEES, 239), ("b23", RETURNEES, 260), ("b10", RETURNEES, 270)],
     "reason": "returnees: 239 (October 2018, dated by the text), 'some 260' (May 2019), 270 (December 2022): a "
               "count that rises"},
    {"refs": [("b01", ARRESTS, 4), ("b13", ARRESTS, 4)],
     "reason": "one cell's four members arrested on Tuesday 12 November 2024, told in Arabic and in French"},
    {"refs": [("b25", CELLS, 47), ("b08", CELLS, 51)],
     "reason": "cells over the last five years from 2025 (47) and from 2024 (51) are different periods"},
    {"refs": [("b07", CELLS, 12), ("b25", CELLS, 47)],
     "reason": "cells in 2024 so far (12) and over five years (47) are different periods, never compared"},
]  # fmt: skip


CONVENTIONS = [
    "A series is (metric, subset, period type and start). Two claims are comparable only inside one series.",
    "Bounds: 'more than N' agrees with any value above N; 'at least N' with N and above; 'about N' / 'nearly N' "
    "with a value within 1% of N. A running total (since, cumulative_unspecified) may stay or rise: 'more than 220' "
    "after an exact 220 agrees.",
    "Who speaks: the body whose communiqué, review or statement gives the figure; a relay is not a source (the MAP "
    "relaying the BCIJ or a minister: the BCIJ, the MOI). A person's title implies his body (the BCIJ director or "
    "chief inspector: BCIJ; the DGSN's director of judicial police: DGSN; the interior minister: MOI; the government "
    "spokesman: GOV; the foreign minister: MFA; a committee report of the House of Representatives: PARLIAMENT). "
    "'The same source', 'the bureau', 'the security official', 'he told' and a quote's speaker named in the next "
    "sentence refer back to the body or person named before; `raw` is how the claim's own sentence (or the nearest "
    "one naming the source) calls it.",
    "An unnamed source inside a named body ('مصدر من المكتب', 'a source from the bureau') speaks for that body; "
    "unnamed 'security sources' with no body are `official_unspecified`.",
    "A BCIJ figure is `BCIJ` even though the bureau belongs to the DGST; a sentence that names the DGST as the "
    "figure's source ('des chiffres de la DGST', 'وفق معطيات المديرية العامة لمراقبة التراب الوطني') is `DGST`.",
    "Unnamed 'security sources', 'official data' / 'حسب معطيات رسمية', 'official figures cited by the outlet' are "
    "`official_unspecified`; a named researcher is `analyst` (`person`); a columnist's own figure with no source is "
    "`unspecified` with `raw` null. An outlet's own vague count ('des dizaines de membres') is "
    "not a claim, but 'une soixantaine' is 'about 60', as the contract's 'une trentaine'.",
    "One cell's members arrested in one operation are `persons_arrested` with an `event` period: the day the text "
    "names ('يوم أمس الثلاثاء', 'mardi', 'on Monday') resolved to the last such weekday on or before the byline. "
    "A single arrest ('a person') is not a count. Another country's arrests in a joint operation are traps.",
    "Periods: 'السنة الماضية' / 'l'an dernier' / 'last year' is the previous calendar year; 'منذ بداية السنة "
    "الجارية' is `year_to_date`; 'the last five years' is `last_n_years` (start = publication year - n); 'since its "
    "creation in 2015' is `since` 2015; 'خلال الفترة ذاتها' / 'sur la même période' / 'À la même date' inherit the "
    "previous sentence's period (and its date); a sentence that only continues the previous one ('Ces opérations "
    "ont permis...') inherits its period with no text of its own.",
    "A figure dated by the text ('En octobre 2018, le BCIJ recensait 183 cellules') carries `as_of` (2018-10) and a "
    "period ending then; it is compared with other sources as of that date, not the byline.",
    "Fighters who joined in Syria and Iraq are `fighters_joined` subset `syria_iraq_linked`, the women among them "
    "subset `women`; people held in Syria and Iraq together carry no zone (docs/conventions.md); "
    "returnees carry no subset unless broken down by zone (`syria_iraq_linked`, `libya`); fighters "
    "with prior convictions ('225 had prior terrorism convictions') are an optional claim with subset "
    "`with_criminal_record`. With no stated start they are `cumulative_unspecified` ending on the byline (or as_of).",
    "Not claims (traps): ages, sentences, custody durations, phone numbers (19), law and article numbers (03.03, "
    "86.14, 218-1), money, seized items, committee votes, attendance, staff, percentages of other things, other "
    "countries' figures (Spain's, France's), a death toll, the DGSN's general crime and drug figures, a school "
    "counselling 'cell' (خلية الإنصات), and a title's figure that the body repeats.",
    "Partners need a cue of cooperation or shared intelligence (a joint operation with the Spanish police, "
    "intelligence passed to France, Belgium and Spain, information from the FBI, German and US services); conflict "
    "zones (Syria, Iraq, Libya, Mali) and contrasting countries (Tunisia, France's own record, Spain's own arrests) "
    "are `mentioned`.",
]


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_opt = sum(len(f["optional_claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    kinds = sorted(i["kind"] for i in gold["inconsistencies"])
    orgs = {}
    for f in files:
        for c in f["claims"]:
            orgs[c["attribution"]["org"]] = orgs.get(c["attribution"]["org"], 0) + 1
    lines = [
        "# Beat: everyday security-beat reporting, with the stress on attribution and periods",
        "",
        f"30 files -- 12 Arabic (`b01`-`b12`), 10 French (`b13`-`b22`) and 8 English (`b23`-`b30`) -- and their gold, "
        "`expected.json`, in the schema of `../shared/seeds/expected.json` and the vocabulary of "
        f"`../shared/CONTRACT.md`: {n_claims} claims (+{n_opt} optional), {n_traps} traps, {len(kinds)} planted "
        f"inconsistencies ({', '.join(kinds)}) and {len(gold['must_not_flag'])} compatible groups that must not be "
        "flagged.",
        "",
        "Written by a fresh hand who never read the engines, the other corpora's articles or the blind splits, to be "
        "measured ONCE, untuned. Its stress is on WHO gives each figure (a communiqué relayed by the news agency, a "
        "director's quote whose speaker comes in the next sentence, 'the same source', a title implying the body, "
        "unnamed security sources, a columnist's own figure) and on WHICH PERIOD (since a year, a calendar year, the "
        "year so far, the last N years, 'last year' from the byline, 'the same period', a figure the text dates, a "
        "cell's operation day). Do not tune on it.",
        "",
        "Attributions of the required claims by org: "
        + ", ".join(f"{k} {v}" for k, v in sorted(orgs.items()))
        + ".",
        "",
        "Measure the engine with (after `import_articles` of these files into a fresh database):",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims tests/corpus_beat/ --json > /tmp/beat.json",
        ".venv/bin/python manage.py consistency_report --json > /tmp/beat-report.json",
        "python3 ../shared/tools/score.py tests/corpus_beat/expected.json /tmp/beat.json --report /tmp/beat-report.json",
        "```",
        "",
        "## Conventions (where the contract leaves a choice)",
        "",
        *[f"- {c}" for c in CONVENTIONS],
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_beat/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. "
        "`tests/test_corpus_beat_gold.py` checks the committed gold without Django and that `build.py` regenerates "
        "the committed bytes. Edit `build.py`, never the generated files. Articles, people and outlets are invented. "
        "Stored press pages (BCIJ communiqués relayed by L'Observateur, Panorapost, Anfas Press, Walaw, Zagora News "
        "and Reuters Arabic; Morocco World News and AFP interviews of the BCIJ's director; EFE's interview of his "
        "successor) were read first for the wording of the beat (the cell's size and the suspects' ages in the first "
        "sentence, 'أفاد بلاغ للمكتب', 'a indiqué un communiqué', 'the same source') and for orders of magnitude "
        "(183 cells since 2002 in late 2018, about 210 by 2021, some 1,660 fighters in Syria and Iraq, 288 women, "
        "239-270 returnees, 772-918 arrests by the BCIJ by 2018); no sentence was copied.",
        "",
        "## Files",
        "",
        "| key | file | layout | date | what it tests |",
        "|---|---|---|---|---|",
    ]
    for f in files:
        lines.append(
            f"| {f['key']} | `{f['file']}` | {f['format']} | {f['metadata']['date']} | {summaries[f['key']]} |"
        )
    lines += ["", "## Planted inconsistencies", ""]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']} ({', '.join(inc['claims'])}): {inc['explanation']}")
    lines += ["", "## Must not flag", ""]
    for group in gold["must_not_flag"]:
        lines.append(f"- {', '.join(group['claims'])}: {group['reason']}")
    return "\n".join(lines) + "\n"


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Beat development corpus for ctfacts (Arabic, French, English): everyday security-beat items "
        "relaying communiqués, follow-ups with running totals, annual reviews, ministers relayed by the news agency, "
        "regional outlets, columns and wire copy, with the stress on attribution and periods, measured once, with "
        "planted inconsistencies and compatible groups. Generated by build.py; see README.md. "
        "Schema: CONTRACT.md and seeds/expected.json.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
