"""Writes the "forum" development corpus (tests/corpus_forum/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_forum/build.py [--out DIR]

Moroccan counter-terrorism figures in the forms earlier corpora did not use: interviews (Q&A), opinion pieces,
conference and forum reports with speakers from several bodies and foreign partners, TV and radio transcripts,
press reviews relaying other outlets, readers' letters, corrections, think-tank summaries and parliamentary
committee minutes, in Arabic, French and English. Written by a fresh hand to be measured once, untuned.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles, speakers and outlets are invented; they follow the orders of magnitude of real reporting.
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
    resolve,
    rng,
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
JOINED, KILLED, ABROAD = "fighters_joined", "fighters_killed", "fighters_detained_abroad"
RETURNEES, RET_ARR, JOINT = "returnees", "returnees_arrested", "joint_operations"
SI = "syria_iraq_linked"


def article(fn):
    ARTICLES.append(fn)
    return fn


def event(date, text=None):
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


# ================================================================ Arabic (f01-f12


@article
def f01():
    pub = "2020-11-20"
    who = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "عادل الوزاني")
    s1 = (
        "ج: منذ سنة 2002 فككت مصالحنا، بتنسيق مع المديرية العامة لمراقبة التراب الوطني، 207 خلايا إرهابية، "
        "وأحبطنا أزيد من 500 مشروع تخريبي."
    )
    s2 = "ج: عاد إلى المغرب إلى حدود اليوم 256 مقاتلا، وأحيلوا جميعا على القضاء."
    body = [
        "التقت الجريدة عادل الوزاني، مدير المكتب المركزي للأبحاث القضائية، في مكتبه بسلا، وكان هذا الحوار.",
        "س: ما حصيلة العمل الاستباقي منذ أحداث 16 ماي 2003؟",
        s1,
        "س: وماذا عن المقاتلين الذين عادوا من بؤر التوتر؟",
        s2,
        "س: كيف يمكن للمواطن أن يساهم؟",
        "ج: بالتبليغ عن كل ما يثير الشك عبر الرقم الأخضر 0800 00 47 47، فالمواطن شريك أساسي.",
        "ويبلغ الوزاني من العمر 54 سنة، قضى أغلبها في العمل الميداني.",
    ]
    claims = [
        C(CELLS, 207, "207", s1, since("2002", pub, "منذ سنة 2002"), who),
        C(PLOTS, 500, "500", s1, since("2002", pub, "منذ سنة 2002"), who, q="more_than", qt="أزيد من"),
        C(RETURNEES, 256, "256", s2, cumul(pub), who),
    ]
    traps = [
        T("0800 00 47 47", "a phone number"),
        T("54 سنة", "an age"),
        T("16 ماي 2003", "a date"),
    ]
    return page("f01", "f01.txt", "ar", "aggregator", pub, "منبر الرباط", "minbar-rabat",
                "مدير المكتب المركزي للأبحاث القضائية: الاستباق جنبنا مخططات دموية", body, claims, traps,
                "Q&A interview: the BCIJ director, introduced at the top, answers with cells and plots since 2002 "
                "and the returnees; a hotline number and his age are traps.",
                heads=["الرجاء يفوز على ضيفه 3-1", "ارتفاع أسعار الوقود بدرهم واحد", "مهرجان فاس في دورته 24"])  # fmt: skip


@article
def f02():
    pub = "2018-05-14"
    who = A("analyst", "الباحث في شؤون الجماعات المتطرفة", "محمد الإدريسي")
    s1 = (
        "ويقدر الباحث في شؤون الجماعات المتطرفة محمد الإدريسي أن نحو 1600 مغربي التحقوا بساحات القتال "
        "في سوريا والعراق."
    )
    s2 = "ويضيف الإدريسي أن قرابة 200 منهم عادوا إلى البلاد، وأن أغلبهم يوجد اليوم رهن الاعتقال."
    body = [
        "بعد خمس عشرة سنة على تفجيرات الدار البيضاء، لا يزال سؤال التطرف مطروحا بحدة على النخب والمؤسسات.",
        s1,
        s2,
        "ويرى الكاتب، في مؤلفه الأخير الذي يقع في 312 صفحة، أن القانون 03.03 شكل منعطفا في المقاربة القضائية.",
        "غير أن المقاربة الأمنية وحدها لا تكفي، في رأينا، ما لم تواكبها سياسة دينية واجتماعية واضحة.",
    ]
    claims = [
        C(JOINED, 1600, "1600", s1, cumul(pub), who, q="about", qt="نحو", subset=SI),
        C(RETURNEES, 200, "200", s2, cumul(pub), A("analyst", None, "الإدريسي"), q="about", qt="قرابة"),
    ]
    traps = [T("312 صفحة", "a page count"), T("03.03", "a law number")]
    return page("f02", "f02.txt", "ar", "wordpress", pub, "مدونة المرصد", "marsad-blog",
                "رأي: خمس عشرة سنة من المقاربة الاستباقية", body, claims, traps,
                "Opinion piece: a named researcher's estimates of fighters who joined in Syria and Iraq and of "
                "returnees (analyst); a page count and a law number are traps.",
                crumbs="الرئيسية » رأي", meta_line="14 ماي 2018 | رأي",
                not_partners=[NP("SY", "سوريا"), NP("IQ", "العراق")])  # fmt: skip


@article
def f03():
    pub = "2019-03-08"
    s1 = "وقال ممثل وزارة الداخلية في كلمته الافتتاحية إن المصالح المغربية فككت منذ 2002 أزيد من 190 خلية إرهابية."
    s2 = "أما ممثل الحرس المدني الإسباني فذكر أن أجهزة بلاده نفذت مع نظيرتها المغربية 14 عملية مشتركة منذ 2014."
    body = [
        "احتضنت مراكش يومي 6 و7 مارس ندوة دولية حول التعاون الأمني، شارك فيها مسؤولون من المغرب وإسبانيا "
        "وفرنسا تبادلوا خلالها المعطيات حول التهديدات المشتركة.",
        s1,
        s2,
        "وأشار المسؤول الإسباني إلى أن بلاده فككت بدورها 23 خلية على أراضيها خلال الفترة نفسها.",
        "واختتمت الندوة بتوصية تدعو إلى عقد لقاء مماثل كل سنتين.",
    ]
    claims = [
        C(CELLS, 190, "190", s1, since("2002", pub, "منذ 2002"), A("MOI", "ممثل وزارة الداخلية"),
          q="more_than", qt="أزيد من"),
        C(JOINT, 14, "14", s2, since("2014", pub, "منذ 2014"), A("unspecified", "ممثل الحرس المدني الإسباني")),
    ]  # fmt: skip
    traps = [T("23 خلية", "Spain's own cells, not Morocco's"), T("6 و7 مارس", "dates of the event")]
    return page("f03", "f03.txt", "ar", "clean", pub, None, None, "ندوة مراكش: التعاون الأمني في قلب النقاش",
                body, claims, traps,
                "Conference report: an interior ministry speaker (MOI) and a Spanish Guardia Civil speaker "
                "(foreign official: unspecified) each give a figure; Spain's own cells are a trap.",
                date_line="مراكش في 8 مارس 2019", cited=["ES", "FR"])  # fmt: skip


@article
def f04():
    pub = "2023-01-12"
    who = A("DGSN", "حصيلة المديرية العامة للأمن الوطني")
    s1 = (
        "وأفادت حصيلة المديرية العامة للأمن الوطني أن مصالحها أوقفت خلال السنة الماضية 72 شخصا "
        "في قضايا مرتبطة بالإرهاب."
    )
    s2 = "كما ساهمت في تفكيك خمس خلايا إرهابية خلال الفترة ذاتها."
    body = [
        s1,
        s2,
        "وبلغت نسبة القضايا المحالة على النيابة العامة 92 في المائة من مجموع الأبحاث المنجزة.",
        "ودعت المديرية المواطنين إلى التبليغ عبر الرقم 19 عن كل سلوك مشبوه.",
    ]
    claims = [
        C(ARRESTS, 72, "72", s1, yr("2022", "خلال السنة الماضية"), who),
        C(CELLS, 5, "خمس", s2, yr("2022", "خلال الفترة ذاتها"), who),
    ]
    traps = [T("92 في المائة", "a percentage of something else"), T("الرقم 19", "an emergency number")]
    return page("f04", "f04.html", "ar", "html", pub, "الأمن اليوم", "al-amn-alyawm",
                "الأمن الوطني يعرض حصيلته السنوية", body, claims, traps,
                "DGSN annual review: arrests 'last year' and five cells in the same period (inherited); a "
                "percentage and an emergency number are traps.",
                html_kw={"time_tag": True, "jsonld": False})  # fmt: skip


@article
def f05():
    pub = "2023-12-05"
    who = A("official_unspecified", "مسؤولا أمنيا رفيعا")
    s1 = "المسؤول: فككنا منذ 2002 أكثر من 210 خلايا، وأوقفنا أزيد من 4350 شخصا في إطار هذه القضايا."
    body = [
        "نص مقتطف من حلقة الأحد من برنامج «ملفات أمنية»، التي استضافت مسؤولا أمنيا رفيعا فضل عدم ذكر اسمه.",
        "المذيع: هل لا يزال التهديد قائما بعد كل هذه السنوات؟",
        s1,
        "المذيع: وما الذي تغير؟",
        "المسؤول: تغيرت الوسائل، فالتجنيد صار يتم عبر الإنترنت في أقل من 48 ساعة أحيانا.",
        "ودامت الحلقة 52 دقيقة، وتعاد يوم الثلاثاء.",
    ]
    claims = [
        C(CELLS, 210, "210", s1, since("2002", pub, "منذ 2002"), who, q="more_than", qt="أكثر من"),
        C(ARRESTS, 4350, "4350", s1, since("2002", pub, "منذ 2002"), who, q="more_than", qt="أزيد من"),
    ]
    traps = [T("48 ساعة", "a duration"), T("52 دقيقة", "a programme's length")]
    return page("f05", "f05.txt", "ar", "aggregator", pub, "شاشة المغرب", "shasha",
                "مسؤول أمني: التهديد الإرهابي لا يزال قائما", body, claims, traps,
                "TV transcript: an unnamed senior security official (official_unspecified) gives cells and "
                "arrests since 2002 in one answer; durations are traps.",
                heads=["توقعات الطقس ليوم الأربعاء", "المنتخب يواجه نظيره الغاني وديا"])  # fmt: skip


@article
def f06():
    pub = "2021-03-18"
    who = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    s1 = "ومنذ إحداثه سنة 2015، فكك المكتب المركزي للأبحاث القضائية 84 خلية إرهابية."
    s2 = "وأوقف المكتب خلال المدة نفسها 1357 شخصا يشتبه في ارتباطهم بهذه الخلايا."
    body = [
        "يحتفل المكتب المركزي للأبحاث القضائية هذا الشهر بذكرى تأسيسه السادسة.",
        s1,
        s2,
        "ويتابع المشتبه فيهم في الغالب بمقتضى الفصل 218-1 من القانون الجنائي.",
        "ويشغل المكتب بناية من 4 طوابق بمدينة سلا.",
    ]
    claims = [
        C(CELLS, 84, "84", s1, since("2015", pub, "منذ إحداثه سنة 2015"), who),
        C(ARRESTS, 1357, "1357", s2, since("2015", pub, "خلال المدة نفسها"), who),
    ]
    traps = [T("218-1", "an article of the penal code"), T("4 طوابق", "a building's floors")]
    return page("f06", "f06.txt", "ar", "wordpress", pub, "الجريدة المغاربية", "maghribia",
                "ست سنوات على إحداث المكتب المركزي للأبحاث القضائية", body, claims, traps,
                "Anniversary piece: the BCIJ's cells and arrests since its creation in 2015 (the second "
                "inherits the period); a penal-code article is a trap.",
                crumbs="الرئيسية » وطنية", meta_line="18 مارس 2021")  # fmt: skip


@article
def f07():
    pub = "2022-06-02"
    s1 = "قرأت في جريدتكم أن المغرب فكك أكثر من 200 خلية إرهابية منذ 2002، وهو رقم يبعث على الاطمئنان والقلق معا."
    body = [
        "رسالة قارئ",
        "أنا متقاعد عمري 67 سنة، وأتابع ما تنشرونه عن الإرهاب بانتظام.",
        s1,
        "وفي حينا أنشأنا خلية لليقظة تضم 12 متطوعا لمساعدة المسنين، وهي خلية من نوع آخر تماما.",
        "فلماذا لا تخصصون صفحة لمبادرات الشباب في الوقاية من التطرف؟",
    ]
    claims = [C(CELLS, 200, "200", s1, since("2002", pub, "منذ 2002"), A("unspecified"), q="more_than",
                qt="أكثر من")]  # fmt: skip
    traps = [T("67 سنة", "an age"), T("12 متطوعا", "a neighbourhood 'cell' of volunteers, not a terror cell")]
    return page("f07", "f07.txt", "ar", "clean", pub, None, None, "بريد القراء: أرقام مطمئنة وأسئلة معلقة",
                body, claims, traps,
                "Reader's letter: a figure repeated from the press (unspecified); the writer's age and a "
                "volunteers' 'cell' are traps.", date_line="الخميس 2 يونيو 2022")  # fmt: skip


@article
def f08():
    pub = "2022-11-24"
    moi = A("MOI", "وزير الداخلية")
    s0 = "وسألت النائبة سعاد البقالي عن مصير 1654 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق."
    s1 = "وأجاب وزير الداخلية بأن عدد العائدين بلغ 268 شخصا، منهم 231 عادوا من سوريا و31 من العراق."
    body = [
        "محضر اجتماع لجنة الداخلية والجماعات الترابية بمجلس النواب",
        "انعقد الاجتماع طبقا للمادة 104 من النظام الداخلي للمجلس، بحضور وزير الداخلية.",
        s0,
        s1,
        "ورفعت الجلسة بعد 3 ساعات من النقاش.",
    ]
    claims = [
        C(JOINED, 1654, "1654", s0, cumul(pub), A("PARLIAMENT", "النائبة", "سعاد البقالي"), subset=SI),
        C(RETURNEES, 268, "268", s1, cumul(pub), moi),
        C(RETURNEES, 231, "231", s1, cumul(pub), moi, subset="syria"),
        C(RETURNEES, 31, "31", s1, cumul(pub), moi, subset="iraq"),
    ]
    traps = [T("للمادة 104", "an article of the house's rules"), T("3 ساعات", "a duration")]
    return page("f08", "f08.html", "ar", "html", pub, "بوابة البرلمان", "bawabat-barlaman",
                "لجنة الداخلية تناقش ملف العائدين من بؤر التوتر", body, claims, traps,
                "Committee minutes: an MP's figure (PARLIAMENT) and the minister's returnees broken down by "
                "country (MOI) that do not add up; a rule article is a trap.",
                html_kw={"time_tag": False, "jsonld": True},
                not_partners=[NP("SY", "سوريا"), NP("IQ", "العراق")])  # fmt: skip


@article
def f09():
    pub = "2019-07-10"
    s1 = (
        "ونقلت يومية «الأفق» عن مصادر أمنية أن نحو 250 مغربيا يوجدون في مخيمات وسجون بسوريا "
        "في انتظار ترحيلهم."
    )
    s2 = "وأوردت «المساء الجديد» أن 12 شخصا أوقفوا منذ بداية السنة في قضايا ذات صلة بالإرهاب."
    body = [
        "جولة في أبرز ما نشرته الصحف الوطنية الصادرة اليوم.",
        s1,
        s2,
        "وفي العدد 5820 من يومية «الأفق» أيضا، ملف عن ارتفاع أسعار الأضاحي.",
    ]
    claims = [
        C(
            ABROAD,
            250,
            "250",
            s1,
            cumul(pub),
            A("official_unspecified", "مصادر أمنية"),
            q="about",
            qt="نحو",
            subset="syria",
        ),
        C(ARRESTS, 12, "12", s2, ytd(pub, "منذ بداية السنة"), A("unspecified", "«المساء الجديد»")),
    ]
    traps = [T("5820", "an issue number")]
    return page("f09", "f09.html", "ar", "html", pub, "صدى الصحف", "sada-souhouf",
                "جولة في الصحف: مغاربة عالقون في سوريا", body, claims, traps,
                "Press review: one paper quotes security sources (official_unspecified), another gives a "
                "figure with no source (unspecified); an issue number is a trap.",
                not_partners=[NP("SY", "سوريا")])  # fmt: skip


@article
def f10():
    pub = "2024-09-16"
    s1 = (
        "وبهذه العملية يرتفع عدد الخلايا التي فككتها المديرية العامة لمراقبة التراب الوطني منذ بداية "
        "السنة الجارية إلى 11 خلية."
    )
    s2 = "وأسفرت العملية، التي نفذت صباح اليوم بتنسيق مع المصالح الإسبانية، عن توقيف ثلاثة أشخاص."
    body = [
        s2,
        "وتتراوح أعمار الموقوفين بين 19 و34 سنة.",
        s1,
    ]
    claims = [
        C(ARRESTS, 3, "ثلاثة", s2, event(pub, "صباح اليوم"), A("DGST", "المديرية العامة لمراقبة التراب الوطني")),
        C(CELLS, 11, "11", s1, ytd(pub, "منذ بداية السنة الجارية"),
          A("DGST", "المديرية العامة لمراقبة التراب الوطني")),
    ]  # fmt: skip
    traps = [T("بين 19 و34 سنة", "ages")]
    return page("f10", "f10.txt", "ar", "aggregator", pub, "الخبر الفوري", "khabar-fawri",
                "تفكيك خلية إرهابية جديدة بتنسيق مغربي إسباني", body, claims, traps,
                "Event report: three arrested this morning with Spanish services, and the DGST's count of "
                "cells since the start of the year; ages are a trap.",
                heads=["انطلاق الموسم الدراسي", "أمطار رعدية بعدد من المناطق"], cited=["ES"])  # fmt: skip


@article
def f11():
    pub = "2025-10-20"
    who = A("analyst", "مركز الأطلس للدراسات الأمنية")
    s1 = "ويخلص تقرير مركز الأطلس للدراسات الأمنية إلى أن السلطات المغربية فككت قرابة 220 خلية منذ 2002."
    s2 = "ويشير التقرير إلى أن ما لا يقل عن 50 امرأة كن ضمن العائدين من مناطق النزاع."
    body = [
        "أصدر مركز الأطلس للدراسات الأمنية تقريره السنوي حول التطرف العنيف في شمال إفريقيا.",
        s1,
        s2,
        "ويقع التقرير في 96 صفحة، ويتضمن 14 توصية.",
    ]
    claims = [
        C(CELLS, 220, "220", s1, since("2002", pub, "منذ 2002"), who, q="about", qt="قرابة"),
        C(RETURNEES, 50, "50", s2, cumul(pub), A("analyst", "التقرير"), q="at_least", qt="ما لا يقل عن",
          subset="women"),
    ]  # fmt: skip
    traps = [
        T("96 صفحة", "a page count"),
        T("14 توصية", "a count of recommendations"),
        T("تقرير: المغرب فكك قرابة 220 خلية منذ 2002", "the title repeats the body's figure"),
    ]
    return page("f11", "f11.txt", "ar", "wordpress", pub, "آفاق استراتيجية", "afaq",
                "تقرير: المغرب فكك قرابة 220 خلية منذ 2002", body, claims, traps,
                "Think-tank summary (analyst): cells since 2002 (the title repeats the body's figure) and "
                "women among the returnees; a page count and recommendations are traps.",
                crumbs="الرئيسية » دراسات", meta_line="20 أكتوبر 2025")  # fmt: skip


@article
def f12():
    pub = "2026-01-08"
    s1 = "الضيف: أزيد من 740 مقاتلا مغربيا لقوا حتفهم هناك، بحسب ما أكده لنا مصدر أمني."
    s2 = "الضيف: بين 2015 و2020 فككت السلطات 58 خلية، وهذا رقم أحصيته بنفسي من البلاغات الرسمية."
    body = [
        "مقتطفات من حوار إذاعي مع الباحث يونس الحمداوي على الموجة 101.5.",
        "المذيعة: كم عدد المغاربة الذين قتلوا في صفوف التنظيمات المسلحة؟",
        s1,
        "المذيعة: وكيف تطور عدد الخلايا؟",
        s2,
        "للتواصل مع البرنامج: 0522 45 67 89.",
    ]
    claims = [
        C(KILLED, 740, "740", s1, cumul(pub), A("official_unspecified", "مصدر أمني"), q="more_than",
          qt="أزيد من"),
        C(CELLS, 58, "58", s2, rng("2015", "2020", "بين 2015 و2020"), A("analyst", "الباحث", "يونس الحمداوي")),
    ]  # fmt: skip
    traps = [T("101.5", "a radio frequency"), T("0522 45 67 89", "a phone number")]
    return page("f12", "f12.txt", "ar", "clean", pub, None, None, "حوار إذاعي: حصيلة عقدين من المواجهة",
                body, claims, traps,
                "Radio transcript: a researcher relays a security source's figure (official_unspecified) and "
                "gives his own count for a range (analyst); frequency and phone are traps.",
                date_line="8 يناير 2026")  # fmt: skip


# ================================================================ French (f13-f22


@article
def f13():
    pub = "2021-06-09"
    s1 = "Selon L'Horizon, qui cite des sources sécuritaires, plus de 200 cellules ont été démantelées depuis 2002."
    s2 = "Le Quotidien de l'Atlas avance pour sa part, sans citer de source, le chiffre de 137 revenants poursuivis en justice."
    body = [
        "Revue de presse du mercredi",
        s1,
        s2,
        "L'Horizon, tiré à 25 000 exemplaires, consacre aussi sa une au prix de l'huile.",
    ]
    claims = [
        C(CELLS, 200, "200", s1, since("2002", pub, "depuis 2002"), A("official_unspecified", "des sources sécuritaires"),
          q="more_than", qt="plus de"),
        C(RET_ARR, 137, "137", s2, cumul(pub), A("unspecified", "Le Quotidien de l'Atlas")),
    ]  # fmt: skip
    traps = [T("25 000 exemplaires", "a print run")]
    return page("f13", "f13.txt", "fr", "aggregator", pub, "Revue Maroc Presse", "revue-maroc",
                "Revue de presse : le bilan antiterroriste à la une", body, claims, traps,
                "Press review: one paper quotes security sources, another gives returnees prosecuted without "
                "a source; a print run is a trap.",
                heads=["Le Raja s'impose 2-0", "Météo : chaleur sur le Souss"])  # fmt: skip


@article
def f14():
    pub = "2023-05-16"
    s1 = "Intervenant en premier, le représentant de la DGST a indiqué que 214 cellules avaient été démantelées depuis 2002."
    s2 = "Le directeur du BCIJ a précisé que son service avait démantelé 92 cellules depuis sa création en 2015."
    body = [
        "Le Forum de Rabat sur la sécurité a réuni lundi des responsables marocains et européens.",
        s1,
        s2,
        "Le coordinateur européen a salué les renseignements transmis par Rabat à la France et à la Belgique, "
        "qui ont permis de prévenir des attaques.",
        "Un chercheur invité a rappelé que quelque 40 000 combattants étrangers avaient rejoint l'État islamique "
        "dans le monde.",
    ]
    claims = [
        C(CELLS, 214, "214", s1, since("2002", pub, "depuis 2002"), A("DGST", "le représentant de la DGST")),
        C(CELLS, 92, "92", s2, since("2015", pub, "depuis sa création en 2015"), A("BCIJ", "Le directeur du BCIJ")),
    ]  # fmt: skip
    traps = [T("40 000 combattants", "a world figure, not Morocco's")]
    return page("f14", "f14.txt", "fr", "wordpress", pub, "Le Courrier de Rabat", "courrier-rabat",
                "Forum de Rabat : les services marocains dressent leur bilan", body, claims, traps,
                "Forum report: the DGST and the BCIJ speakers each give their count; partners France and "
                "Belgium; the world's foreign fighters are a trap.",
                crumbs="Accueil » Sécurité", meta_line="16 mai 2023 - Sécurité", cited=["FR", "BE"])  # fmt: skip


@article
def f15():
    pub = "2024-02-06"
    s1 = "D'après nos propres recoupements, environ 30 cellules ont été démantelées au cours des trois dernières années."
    s2 = "Au total, plus de 500 projets d'attentats auraient été déjoués depuis 2002."
    body = [
        "Analyse : la menace change de visage",
        s1,
        s2,
        "La loi 86.14 a élargi la définition des infractions liées aux combattants étrangers.",
        "Reste que la prévention, elle, ne dispose que de 2 % du budget consacré à la sécurité.",
    ]
    claims = [
        C(CELLS, 30, "30", s1, lastn(3, pub, "au cours des trois dernières années"), A("unspecified", "nos propres recoupements"),
          q="about", qt="environ"),
        C(PLOTS, 500, "500", s2, since("2002", pub, "depuis 2002"), A("unspecified"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("86.14", "a law number"), T("2 %", "a budget share")]
    return page("f15", "f15.txt", "fr", "clean", pub, None, None, "Terrorisme : ce que disent vraiment les chiffres",
                body, claims, traps,
                "Analysis: the journalist's own estimate over the last three years and an unsourced total "
                "(unspecified); a law number and a budget share are traps.",
                date_line="Mardi 6 février 2024")  # fmt: skip


@article
def f16():
    pub = "2022-03-21"
    s1 = f"Selon les chiffres officiels, plus de 4{NNBSP}300 personnes ont été interpellées depuis 2002 dans des affaires de terrorisme."
    body = [
        s1,
        "Parmi elles figurent des profils très variés, âgés de 16 à 70 ans.",
        "Le numéro vert 0800 00 19 19 reste ouvert aux signalements.",
    ]
    claims = [
        C(ARRESTS, 4300, f"4{NNBSP}300", s1, since("2002", pub, "depuis 2002"),
          A("official_unspecified", "les chiffres officiels"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("16 à 70 ans", "ages"), T("0800 00 19 19", "a phone number")]
    return page("f16", "f16.html", "fr", "html", pub, "Maroc Hebdo Plus", "maroc-hebdo-plus",
                "Terrorisme : deux décennies d'interpellations", body, claims, traps,
                "Official figures (official_unspecified) on arrests since 2002 with a narrow no-break space; "
                "ages and a phone number are traps.", html_kw={"time_tag": True, "jsonld": False})  # fmt: skip


@article
def f17():
    pub = "2019-10-02"
    who = A("MOI", "le ministre de l'Intérieur")
    s1 = f"— Nous avons recensé 1{NNBSP}645 Marocains partis combattre en Syrie et en Irak."
    s2 = "— Plus de 700 d'entre eux ont été tués, et 241 sont rentrés au Maroc, où ils ont été déférés devant la justice."
    body = [
        "Entretien avec le ministre de l'Intérieur, en marge de la session d'automne.",
        "— Combien de Marocains ont rejoint les zones de conflit ?",
        s1,
        "— Que sont-ils devenus ?",
        s2,
        "— Et le cadre juridique ?",
        "— L'article 218-1-1 du code pénal, introduit en 2015, nous permet de les poursuivre.",
    ]
    claims = [
        C(JOINED, 1645, f"1{NNBSP}645", s1, cumul(pub), who, subset=SI),
        C(KILLED, 700, "700", s2, cumul(pub), who, q="more_than", qt="Plus de"),
        C(RETURNEES, 241, "241", s2, cumul(pub), who),
    ]
    traps = [T("218-1-1", "an article of the penal code")]
    return page("f17", "f17.html", "fr", "html", pub, "L'Hebdo du Maghreb", "hebdo-maghreb",
                "« Nous suivons chaque retour » : entretien avec le ministre de l'Intérieur", body, claims, traps,
                "Q&A with the interior minister introduced at the top (MOI): fighters who joined, killed and "
                "returned; a penal-code article is a trap.", html_kw={"time_tag": False, "jsonld": True},
                not_partners=[NP("SY", "Syrie"), NP("IQ", "Irak")])  # fmt: skip


@article
def f18():
    pub = "2021-12-02"
    s1 = "Le rapport de la commission indique que quarante-six cellules ont été démantelées au cours des cinq dernières années."
    body = [
        "Procès-verbal de la commission de l'intérieur de la Chambre des conseillers",
        "La séance, ouverte à 10 h 30, a examiné le rapport sur la loi de finances.",
        s1,
        "Un conseiller a rappelé que l'article 7 de la loi 86.14 prévoit des peines de 5 à 15 ans.",
    ]
    claims = [C(CELLS, 46, "quarante-six", s1, lastn(5, pub, "au cours des cinq dernières années"),
                A("PARLIAMENT", "Le rapport de la commission"))]  # fmt: skip
    traps = [T("10 h 30", "a time"), T("5 à 15 ans", "prison terms"), T("article 7", "a law article")]
    return page("f18", "f18.html", "fr", "html", pub, "Parlement Info", "parlement-info",
                "Chambre des conseillers : le rapport sur la sécurité examiné", body, claims, traps,
                "Committee minutes (PARLIAMENT): cells over the last five years; times, terms and a law "
                "article are traps.")  # fmt: skip


@article
def f19():
    pub = "2023-03-20"
    s1 = "Le chiffre exact, communiqué par le ministère de l'Intérieur, est de 270 revenants."
    body = [
        "Rectificatif",
        "Dans notre édition du 14 mars, nous avons écrit que 2 700 combattants étaient rentrés au Maroc.",
        s1,
        "Nous présentons nos excuses à nos lecteurs.",
    ]
    claims = [C(RETURNEES, 270, "270", s1, cumul(pub), A("MOI", "le ministère de l'Intérieur"))]
    traps = [T("2 700", "the misprint the correction withdraws"), T("14 mars", "a date")]
    return page("f19", "f19.txt", "fr", "clean", pub, None, None, "Rectificatif : le nombre de revenants",
                body, claims, traps,
                "Correction: the withdrawn misprint is a trap, the corrected MOI figure is the claim.",
                date_line="Lundi 20 mars 2023")  # fmt: skip


@article
def f20():
    pub = "2024-11-05"
    s1 = "Vous rappeliez que 43 000 personnes ont été arrêtées depuis 2002 : c'est considérable pour un pays comme le nôtre."
    body = [
        "Courrier des lecteurs",
        s1,
        "Dans mon lycée, une cellule d'écoute de 8 personnes accompagne les élèves en difficulté.",
        "Karim B., Meknès",
    ]
    claims = [C(ARRESTS, 43000, "43 000", s1, since("2002", pub, "depuis 2002"), A("unspecified"))]
    traps = [T("8 personnes", "a school counselling 'cell', not a terror cell")]
    return page("f20", "f20.txt", "fr", "wordpress", pub, "Le Journal du Sais", "journal-sais",
                "Courrier : la prévention commence à l'école", body, claims, traps,
                "Reader's letter: an arrests figure ten times the series (unspecified); a school 'cell' is a "
                "trap.", crumbs="Accueil » Courrier", meta_line="5 novembre 2024")  # fmt: skip


@article
def f21():
    pub = "2020-02-11"
    who = A("analyst", "la politologue", "Nadia Berrada")
    s1 = "Nadia Berrada : Près de 300 Marocaines ont rejoint ces organisations."
    s2 = "Nadia Berrada : Environ 250 de nos ressortissants sont encore détenus là-bas, surtout en Syrie."
    body = [
        "Transcription du débat télévisé de mardi soir, avec la politologue Nadia Berrada.",
        "Présentateur : Les femmes ont-elles joué un rôle ?",
        s1,
        "Présentateur : Et combien restent sur place ?",
        s2,
        "Présentateur : Merci, on se retrouve après une pause de 3 minutes.",
    ]
    claims = [
        C(JOINED, 300, "300", s1, cumul(pub), who, q="about", qt="Près de", subset="women"),
        C(ABROAD, 250, "250", s2, cumul(pub), who, q="about", qt="Environ"),
    ]
    traps = [T("3 minutes", "a duration")]
    return page("f21", "f21.txt", "fr", "aggregator", pub, "Télé Maghreb Info", "tele-maghreb",
                "Débat : que faire des Marocains de Syrie ?", body, claims, traps,
                "TV transcript: a named analyst's figures on women who joined and nationals held abroad.",
                heads=["Bourse : le MASI en hausse", "Football : le WAC en demi-finale"],
                not_partners=[NP("SY", "Syrie")])  # fmt: skip


@article
def f22():
    pub = "2025-01-14"
    who = A("DGST", "le bilan de la DGST")
    s1 = "En 2024, 9 cellules ont été démantelées et 94 personnes interpellées, selon le bilan de la DGST."
    body = [
        s1,
        "Le bilan salue la coopération avec les services allemands, qui a permis une arrestation à Tanger.",
        "La DGST rappelle que ses agents ont suivi 1 200 heures de formation.",
    ]
    claims = [
        C(CELLS, 9, "9", s1, yr("2024", "En 2024"), who),
        C(ARRESTS, 94, "94", s1, yr("2024", "En 2024"), who),
    ]
    traps = [T("1 200 heures", "training hours")]
    return page("f22", "f22.html", "fr", "html", pub, "L'Écho de Salé", "echo-sale",
                "DGST : le bilan 2024", body, claims, traps,
                "DGST annual review: cells and arrests in 2024 sharing one year; German services as partner.",
                html_kw={"time_tag": True, "jsonld": True}, cited=["DE"])  # fmt: skip


# ================================================================ English (f23-f30


@article
def f23():
    pub = "2022-04-12"
    s1 = "The BCIJ has dismantled 88 cells since its creation in 2015, the bureau said in a statement."
    body = [
        s1,
        "The statement credited intelligence shared with the FBI for one of the latest operations.",
        "The bureau's headquarters in Salé employs staff aged 25 to 60.",
    ]
    claims = [C(CELLS, 88, "88", s1, since("2015", pub, "since its creation in 2015"), A("BCIJ", "The BCIJ"))]
    traps = [
        T("25 to 60", "ages"),
        T("BCIJ marks seven years with 88 cells dismantled", "the title repeats the body's figure"),
    ]
    return page("f23", "f23.txt", "en", "aggregator", pub, "Maghreb Wire Digest", "maghreb-wire",
                "BCIJ marks seven years with 88 cells dismantled", body, claims, traps,
                "Wire brief: the BCIJ's own count since 2015 (the title repeats it); the FBI as partner.",
                heads=["Dirham steady against euro", "Atlas Lions name squad"], cited=["US"])  # fmt: skip


@article
def f24():
    pub = "2020-09-30"
    who = A("analyst", "the Sahel Policy Institute")
    s1 = "According to the Sahel Policy Institute, at least 280 Moroccan women and 391 minors travelled to the conflict zones."
    s2 = "The institute counts 190 cells dismantled between 2002 and 2019."
    body = [
        "A new report from the Sahel Policy Institute looks at a decade of foreign fighters from North Africa.",
        s1,
        s2,
        "The 84-page report contrasts Morocco with Tunisia, which it says sent some 3,000 fighters.",
    ]
    claims = [
        C(JOINED, 280, "280", s1, cumul(pub), who, q="at_least", qt="at least", subset="women"),
        C(JOINED, 391, "391", s1, cumul(pub), who, subset="minors"),
        C(CELLS, 190, "190", s2, rng("2002", "2019", "between 2002 and 2019"), A("analyst", "The institute")),
    ]  # fmt: skip
    traps = [T("84-page", "a page count"), T("3,000 fighters", "another country's figure")]
    return page("f24", "f24.txt", "en", "wordpress", pub, "North Africa Review", "na-review",
                "Think-tank: women and minors among Morocco's foreign fighters", body, claims, traps,
                "Think-tank summary (analyst): women and minors who travelled, cells over a range; Tunisia's "
                "figure is a trap.", crumbs="Home » Reports", meta_line="September 30, 2020",
                not_partners=[NP("TN", "Tunisia")])  # fmt: skip


@article
def f25():
    pub = "2025-04-03"
    s1 = "Moroccan authorities have dismantled 207 terrorist cells since 2002, a record few countries can match."
    body = [
        "Opinion: Morocco's quiet model",
        s1,
        "Yet the 2003 Casablanca bombings, which killed 33 people besides the attackers, still shape policy.",
        "Prevention programmes such as Moussalaha have reached a few hundred detainees.",
    ]
    claims = [C(CELLS, 207, "207", s1, since("2002", pub, "since 2002"), A("unspecified"))]
    traps = [T("33 people", "victims of an attack, not a counter-terrorism figure"),
             T("a few hundred", "a vague count")]  # fmt: skip
    return page("f25", "f25.txt", "en", "clean", pub, None, None, "Opinion: Morocco's quiet model", body, claims,
                traps, "Opinion piece repeating an old total without a source (unspecified); victims and a vague "
                "count are traps.", date_line="April 3, 2025")  # fmt: skip


@article
def f26():
    pub = "2024-06-18"
    s1 = "Spanish and Moroccan services have carried out 23 joint operations since 2014, the Spanish minister said."
    s2 = "Citing figures from the DGST, he added that some 1,660 Moroccans had travelled to Syria and Iraq."
    body = [
        "Spain's interior minister praised security cooperation with Rabat at a joint press conference in Madrid.",
        s1,
        s2,
        "Spain itself has arrested more than 1,000 jihadist suspects over the same period, he said.",
    ]
    claims = [
        C(JOINT, 23, "23", s1, since("2014", pub, "since 2014"), A("unspecified", "the Spanish minister")),
        C(JOINED, 1660, "1,660", s2, cumul(pub), A("DGST", "figures from the DGST"), q="about", qt="some", subset=SI),
    ]  # fmt: skip
    traps = [T("1,000 jihadist suspects", "Spain's own arrests")]
    return page("f26", "f26.html", "en", "html", pub, "Atlantic Morocco Post", "atlantic-post",
                "Spain hails security cooperation with Morocco", body, claims, traps,
                "A foreign official's own count of joint operations (unspecified) and Morocco's figure he cites "
                "(DGST); Spain's arrests are a trap.", html_kw={"time_tag": False, "jsonld": True},
                cited=["ES"])  # fmt: skip


@article
def f27():
    pub = "2023-03-07"
    who = A("official_unspecified", "a senior security official")
    s1 = "OFFICIAL: We arrested 78 people in terrorism cases last year, and since 2002 we have foiled more than 500 plots."
    body = [
        "Transcript: Morning Brief, with a senior security official who asked not to be named.",
        "HOST: How busy was last year for your services?",
        s1,
        "HOST: Our lines are open on 0537 20 20 20.",
    ]
    claims = [
        C(ARRESTS, 78, "78", s1, yr("2022", "last year"), who),
        C(PLOTS, 500, "500", s1, since("2002", pub, "since 2002"), who, q="more_than", qt="more than"),
    ]
    traps = [T("0537 20 20 20", "a phone number")]
    return page("f27", "f27.html", "en", "html", pub, "Radio Atlas English", "radio-atlas",
                "Morning Brief: a year of counter-terrorism", body, claims, traps,
                "Radio transcript: an unnamed senior official (official_unspecified) gives last year's arrests "
                "and plots since 2002; a phone number is a trap.", html_kw={"time_tag": True, "jsonld": False})  # fmt: skip


@article
def f28():
    pub = "2021-08-25"
    s1 = "Le Quotidien de l'Atlas, citing official sources, put at about 250 the number of Moroccans held in camps and prisons in Syria."
    s2 = "The same paper reported that 260 fighters have returned home so far."
    body = [
        "What the Moroccan press is saying this week.",
        s1,
        s2,
        "It also ran a 6-page supplement on the new school year.",
    ]
    claims = [
        C(ABROAD, 250, "250", s1, cumul(pub), A("official_unspecified", "official sources"), q="about", qt="about", subset="syria"),
        C(RETURNEES, 260, "260", s2, cumul(pub), A("unspecified", "The same paper")),
    ]  # fmt: skip
    traps = [T("6-page", "a page count")]
    return page("f28", "f28.html", "en", "html", pub, "Morocco Weekly Digest", "mw-digest",
                "Press review: Moroccans still held in Syria", body, claims, traps,
                "Press review relaying another outlet: official sources (official_unspecified) and the paper's "
                "own figure (unspecified).", html_kw={"time_tag": True, "jsonld": True},
                not_partners=[NP("SY", "Syria")])  # fmt: skip


@article
def f29():
    pub = "2026-02-10"
    who = A("DGST", "the DGST")
    s1 = "Since 2002, the DGST has dismantled 220 cells and arrested more than 4,400 people, the delegate said."
    body = [
        "Morocco's delegate to the UN counter-terrorism committee presented the country's record in New York.",
        s1,
        "He thanked the services of Germany for intelligence exchanged over the past year.",
        "The committee, created by resolution 1373, meets twice a year.",
    ]
    claims = [
        C(CELLS, 220, "220", s1, since("2002", pub, "Since 2002"), who),
        C(ARRESTS, 4400, "4,400", s1, since("2002", pub, "Since 2002"), who, q="more_than", qt="more than"),
    ]
    traps = [T("1373", "a resolution number")]
    return page("f29", "f29.txt", "en", "clean", pub, None, None, "At the UN, Morocco presents its record",
                body, claims, traps,
                "Forum report: a delegate cites the DGST's totals (DGST); a resolution number is a trap.",
                date_line="February 10, 2026", cited=["DE"])  # fmt: skip


@article
def f30():
    pub = "2026-05-20"
    who = A("analyst", "security analyst", "Omar Lahlou")
    s1 = "A: I count about 35 cells dismantled over the past five years."
    s2 = "A: Nine of them were dismantled last year alone."
    body = [
        "Interview: security analyst Omar Lahlou on the shape of the threat.",
        "Q: Has the pace of arrests slowed?",
        s1,
        "Q: And recently?",
        s2,
        "Q: Your book is out next month? A: Yes, 250 pages, at 120 dirhams.",
    ]
    claims = [
        C(CELLS, 35, "35", s1, lastn(5, pub, "over the past five years"), who, q="about", qt="about"),
        C(CELLS, 9, "Nine", s2, yr("2025", "last year"), who),
    ]
    traps = [T("250 pages", "a page count"), T("120 dirhams", "money")]
    return page("f30", "f30.txt", "en", "wordpress", pub, "Rabat Insight", "rabat-insight",
                "Interview: 'The threat has moved online'", body, claims, traps,
                "Q&A with a named analyst: cells over the past five years and last year (a number word).",
                crumbs="Home » Interviews", meta_line="May 20, 2026")  # fmt: skip


# ================================================================ cross-file groups

INCONSISTENCIES = [
    {"id": "i1", "kind": "stale_figure", "refs": [("f01", CELLS, 207), ("f14", CELLS, 214), ("f25", CELLS, 207)],
     "explanation": "Cells since 2002: 207 (Nov 2020), 214 (DGST, May 2023), then an April 2025 opinion piece "
                    "repeats 207"},
    {"id": "i2", "kind": "same_period_disagreement", "refs": [("f04", ARRESTS, 72), ("f27", ARRESTS, 78)],
     "explanation": "Persons arrested in 2022 ('last year' in both): 72 in the DGSN review of January 2023, 78 "
                    "from a senior official in March 2023"},
    {"id": "i3", "kind": "internal_arithmetic",
     "refs": [("f08", RETURNEES, 268), ("f08", RETURNEES, 231, "syria"), ("f08", RETURNEES, 31, "iraq")],
     "explanation": "Returnees: 268 in total, broken down as 231 from Syria and 31 from Iraq, which add up to 262"},
    {"id": "i4", "kind": "implausible_value",
     "refs": [("f16", ARRESTS, 4300), ("f29", ARRESTS, 4400), ("f20", ARRESTS, 43000)],
     "explanation": "Persons arrested since 2002: more than 4300 (2022) and more than 4400 (2026), but a reader's "
                    "letter prints 43000, ten times the series"},
    {"id": "i5", "kind": "partial_exceeds_whole", "refs": [("f10", CELLS, 11), ("f22", CELLS, 9)],
     "explanation": "Cells dismantled in 2024 (DGST): 11 'since the start of the year' in September 2024, then 9 "
                    "for the whole of 2024 in the January 2025 review"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("f03", CELLS, 190), ("f01", CELLS, 207)],
     "reason": "cells since 2002: 'more than 190' (MOI, 2019) then 207 (BCIJ, 2020): a rising total"},
    {"refs": [("f01", CELLS, 207), ("f13", CELLS, 200), ("f07", CELLS, 200)],
     "reason": "cells since 2002: 207 (2020) and 'more than 200' (2021, 2022): the bound agrees"},
    {"refs": [("f14", CELLS, 214), ("f05", CELLS, 210)],
     "reason": "cells since 2002: 214 (DGST, May 2023) and 'more than 210' (Dec 2023): the bound agrees"},
    {"refs": [("f11", CELLS, 220), ("f29", CELLS, 220)],
     "reason": "cells since 2002: 'about 220' (think tank, 2025) and 220 (DGST, 2026) agree"},
    {"refs": [("f06", CELLS, 84), ("f23", CELLS, 88), ("f14", CELLS, 92)],
     "reason": "BCIJ cells since its creation in 2015: 84 (2021), 88 (2022), 92 (2023): a rising total"},
    {"refs": [("f16", ARRESTS, 4300), ("f05", ARRESTS, 4350)],
     "reason": "persons arrested since 2002: 'more than 4 300' (2022) then 'more than 4350' (2023)"},
    {"refs": [("f02", JOINED, 1600, SI), ("f17", JOINED, 1645, SI), ("f08", JOINED, 1654, SI), ("f26", JOINED, 1660, SI)],
     "reason": "fighters who joined in Syria and Iraq: about 1600 (2018), 1645 (2019), 1654 (2022), some 1,660 (2024)"},
    {"refs": [("f02", RETURNEES, 200), ("f17", RETURNEES, 241), ("f01", RETURNEES, 256), ("f28", RETURNEES, 260),
              ("f19", RETURNEES, 270)],
     "reason": "returnees: about 200 (2018), 241, 256, 260, then 270 (2023): a running total that rises"},
    {"refs": [("f09", ABROAD, 250, "syria"), ("f21", ABROAD, 250), ("f28", ABROAD, 250, "syria")],
     "reason": "Moroccans held abroad: about 250 in 2019, 2020 and 2021 from three outlets"},
    {"refs": [("f01", PLOTS, 500), ("f27", PLOTS, 500), ("f15", PLOTS, 500)],
     "reason": "plots foiled since 2002: 'more than 500' in 2020, 2023 and 2024"},
    {"refs": [("f03", JOINT, 14), ("f26", JOINT, 23)],
     "reason": "joint operations with Spain since 2014: 14 (2019) then 23 (2024): a rising total"},
    {"refs": [("f17", KILLED, 700), ("f12", KILLED, 740)],
     "reason": "fighters killed: 'more than 700' (2019) and 'more than 740' (2026): rising bounds"},
    {"refs": [("f18", CELLS, 46), ("f30", CELLS, 35)],
     "reason": "cells over the last five years: 2016-2021 and 2021-2026 are different periods"},
    {"refs": [("f04", CELLS, 5), ("f22", CELLS, 9), ("f30", CELLS, 9)],
     "reason": "cells in a year: 5 in 2022 is a different year from 9 in 2024 and 9 in 2025"},
    {"refs": [("f21", JOINED, 300, "women"), ("f24", JOINED, 280, "women")],
     "reason": "women who joined: 'nearly 300' (Feb 2020) and 'at least 280' (Sept 2020) agree"},
    {"refs": [("f13", RET_ARR, 137), ("f28", RETURNEES, 260)],
     "reason": "different metrics: 137 returnees prosecuted is part of 260 returnees, not a rival count"},
    {"refs": [("f06", ARRESTS, 1357), ("f16", ARRESTS, 4300)],
     "reason": "persons arrested since 2015 (BCIJ) and since 2002 (all services) are different periods"},
    {"refs": [("f12", CELLS, 58), ("f24", CELLS, 190)],
     "reason": "cells over ranges 2015-2020 and 2002-2019 are different periods"},
]  # fmt: skip


CONVENTIONS = [
    "A series is (metric, subset, period type and start). Two claims are comparable only inside one series.",
    "Bounds: 'more than N' agrees with any value above N; 'at least N' with N and above; 'about N' with a value "
    "within 1% of N. A running total (since, cumulative_unspecified) may stay or rise.",
    "Who speaks: in a Q&A the answers belong to the person introduced at the top (the BCIJ director, the interior "
    "minister, an analyst); in a conference or forum report each figure belongs to the speaker of its sentence "
    "(`raw` is how the sentence names him); a transcript's lines belong to the speaker label.",
    "A foreign official's own count (the Spanish Guardia Civil's or minister's joint operations) is `unspecified` "
    "with `raw`; when he cites a Moroccan body ('figures from the DGST') the body is the org.",
    "An unnamed official on air or 'security sources' quoted by a paper are `official_unspecified`; a think tank, "
    "a study or a researcher is `analyst` (`person` when named); a journalist's own estimate ('nos propres "
    "recoupements'), an outlet relayed without a source, a reader's letter and an opinion piece's unsourced total "
    "are `unspecified`.",
    "A correction: the withdrawn figure is a trap, the corrected figure is the claim.",
    "Fighters who joined in Syria and Iraq are `fighters_joined` subset `syria_iraq_linked`; women and minors among "
    "them are the subsets `women` / `minors`; a part of them ('700 of them were killed', '241 came back') carries "
    "no zone (the zone is its head's), nor do returnees unless split by zone, which is a breakdown of the total; "
    "people killed whose own words place them in Syria and Iraq together carry `syria_iraq_linked`; people held "
    "in one country only ('in camps and prisons in Syria') carry that country (`syria`), as the older corpora code them "
    "(corpus_wire, corpus_voices, corpus_desk); see docs/conventions.md.",
    "Fighters who joined, returned, were killed or are held abroad with no stated start are `cumulative_unspecified` "
    "ending on the byline date.",
    "Relative periods are resolved from the byline: 'السنة الماضية' / 'last year' is the previous calendar year; "
    "'منذ بداية السنة' is `year_to_date`; 'au cours des cinq dernières années' / 'over the past five years' is "
    "`last_n_years` (start = publication year - n); 'خلال الفترة ذاتها' / 'خلال المدة نفسها' inherit the previous "
    "sentence's period; 'since its creation in 2015' is `since` 2015.",
    "A figure in the title that the body repeats is a trap (the body's sentence is the claim); so are other "
    "countries' and the world's figures, ages, durations, phone numbers, radio frequencies, issue numbers, print "
    "runs, page counts, law and resolution numbers, money, percentages of other things and a 'cell' that is not a "
    "terror cell (a neighbourhood vigilance cell, a school counselling cell).",
    "Partners need a cue of cooperation or shared intelligence (a joint conference on security cooperation, "
    "intelligence passed to France and Belgium, the FBI, Spanish and German services); conflict zones and "
    "contrasting countries are `mentioned`.",
]


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    kinds = sorted(i["kind"] for i in gold["inconsistencies"])
    lines = [
        "# Forum: interviews, forums, transcripts, press reviews, letters and corrections",
        "",
        f"30 files -- 12 Arabic (`f01`-`f12`), 10 French (`f13`-`f22`) and 8 English (`f23`-`f30`) -- and their gold, "
        "`expected.json`, in the schema of `../shared/seeds/expected.json` and the vocabulary of "
        f"`../shared/CONTRACT.md`: {n_claims} claims, {n_traps} traps, {len(kinds)} planted inconsistencies "
        f"({', '.join(kinds)}) and {len(gold['must_not_flag'])} compatible groups that must not be flagged.",
        "",
        "Written by a fresh hand who never read the engines, the other corpora's articles or the blind splits, to be "
        "measured ONCE, untuned. Its stress is on WHO gives each figure (Q&A answerers introduced at the top, "
        "speakers at one forum from several bodies and foreign partners, transcripts, press reviews relaying other "
        "outlets, readers' letters, corrections, think tanks, committee minutes). Do not tune on it.",
        "",
        "Measure the engine with (after `import_articles` of these files into a fresh database):",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims tests/corpus_forum/ --json > /tmp/forum.json",
        ".venv/bin/python manage.py consistency_report --json > /tmp/forum-report.json",
        "python3 ../shared/tools/score.py tests/corpus_forum/expected.json /tmp/forum.json --report /tmp/forum-report.json",
        "```",
        "",
        "## Conventions (where the contract leaves a choice)",
        "",
        *[f"- {c}" for c in CONVENTIONS],
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_forum/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. "
        "`tests/test_corpus_forum_gold.py` checks the committed gold without Django and that `build.py` regenerates "
        "the committed bytes. Edit `build.py`, never the generated files. Articles, speakers and outlets are invented. "
        "Stored press pages (TelQuel, La Vie éco, Les Eco, Le Site info, Le360's press review, Al Maghrib Today, Enab "
        "Baladi, AFP and Reuters copy) were read first for the BCIJ's and DGST's wording and orders of magnitude "
        "(183 cells since 2002 and 57 since 2015 in October 2018, about 1,660 fighters, some 240 returnees, hundreds "
        "held in Syrian camps); no sentence was copied.",
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
        description="Forum development corpus for ctfacts (Arabic, French, English): interviews, forums, "
        "transcripts, press reviews, letters, corrections, think tanks and committee minutes, measured once, with "
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
