"""Writes the "chron" development corpus (tests/corpus_chron/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_chron/build.py [--out DIR]

Moroccan counter-terrorism figures in chronicles and numbers-heavy formats: anniversary features and
retrospectives, year-by-year chronologies (running prose and bullet lists whose later items drop the noun),
"key figures" boxes, infographic captions, explainers with breakdowns by year and affiliation, court reporting,
text converted from PDF reports, number words, Arabic-Indic digits, relative periods and figures the text itself
dates. Written by a fresh hand to be measured once, untuned.

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
NBSP = "\u00a0"
CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, KILLED, ABROAD = "fighters_joined", "fighters_killed", "fighters_detained_abroad"
RETURNEES, RET_ARR, JOINT = "returnees", "returnees_arrested", "joint_operations"
SI = "syria_iraq_linked"


def article(fn):
    ARTICLES.append(fn)
    return fn


def page(key, file, lang, fmt, pub, outlet, alias, title, body, claims, traps, summary, **kw):
    """One article: lays the text out in its layout and returns the spec write_corpus turns into a gold entry."""
    if fmt == "aggregator":
        text = aggregator(lang, kw["heads"], title, outlet, pub, body)
        traps = [SIDEBAR_RULE, *traps]
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
        metadata=meta(title, outlet, alias, pub, fictional=True, city=kw.get("city")),
        claims=claims,
        optional_claims=kw.get("optional", []),
        must_not_extract=traps,
        countries_cited=kw.get("partners", []),
        countries_not_partners=kw.get("not_partners", []),
        summary=summary,
    )


def NP(code, text):
    return {"country": code, "text": text}


# ================================================================ Arabic (k01-k12)


@article
def k01():
    pub = "2023-05-15"
    s1 = (
        "وتفيد معطيات المديرية العامة لمراقبة التراب الوطني بأن المصالح الأمنية فككت منذ سنة 2002 ما مجموعه 218 "
        "خلية إرهابية كانت تخطط لاستهداف منشآت حيوية وشخصيات عمومية."
    )
    s2 = (
        "كما أسفرت هذه العمليات، حسب المصدر ذاته، عن توقيف أكثر من 4300 شخص منذ 2002، من بينهم عدد من "
        "المعتقلين السابقين في قضايا الإرهاب."
    )
    s3 = "وتمكنت الأجهزة نفسها خلال الفترة ذاتها من إحباط ما يزيد عن 500 مخطط إرهابي."
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    body = [
        "تحل اليوم الذكرى العشرون لتفجيرات الدار البيضاء التي هزت العاصمة الاقتصادية ليلة 16 ماي 2003، وخلفت 45 "
        "قتيلا بينهم 12 انتحاريا.",
        "ومنذ ذلك التاريخ تغيرت المقاربة الأمنية جذريا، إذ صودق على القانون 03.03 المتعلق بمكافحة الإرهاب بعد "
        "أسابيع قليلة من الاعتداءات، قبل أن يرى المكتب المركزي للأبحاث القضائية النور بعد ذلك باثنتي عشرة سنة.",
        s1 + " " + s2,
        s3,
        "ويرى الباحث في الشؤون الأمنية عمر البوزيدي، البالغ من العمر 58 عاما، أن هذه الحصيلة تعكس نجاعة المقاربة "
        "الاستباقية، لكنه يدعو إلى مواكبة المعتقلين السابقين بعد خروجهم من السجن.",
    ]
    claims = [
        C(CELLS, 218, "218", s1, since("2002", pub, "منذ سنة 2002"), dgst),
        C(
            ARRESTS,
            4300,
            "4300",
            s2,
            since("2002", pub, "منذ 2002"),
            A("DGST", "حسب المصدر ذاته"),
            q="more_than",
            qt="أكثر من",
        ),
        C(
            PLOTS,
            500,
            "500",
            s3,
            since("2002", pub, "خلال الفترة ذاتها"),
            A("DGST"),
            q="more_than",
            qt="ما يزيد عن",
            notes="period inherited from the previous paragraph (since 2002)",
        ),
    ]
    traps = [
        T("الوداد يتعادل مع الرجاء 1-1", "sidebar: football score"),
        T("12 درهما", "sidebar: price"),
        T("45 قتيلا", "death toll of the 2003 attacks: not a metric of the contract"),
        T("12 انتحاريا", "suicide bombers of 2003: not a contract metric"),
        T("16 ماي 2003", "a date"),
        T("03.03", "law number"),
        T("58 عاما", "age"),
        T("باثنتي عشرة سنة", "a duration in words"),
    ]
    return page("k01", "k01_ishrun_sana.txt", "ar", "aggregator", pub, "منبر الشمال", "Minbar Achamal",
                "عشرون سنة بعد 16 ماي.. حصيلة ثقيلة في مواجهة الخلايا المتطرفة", body, claims, traps,
                "twentieth anniversary of the Casablanca attacks: running totals since 2002 (cells exact, arrests and "
                "plots 'more than', an inherited period), death tolls, law number and age as traps",
                heads=["الوداد يتعادل مع الرجاء 1-1 في ديربي مثير", "ارتفاع سعر الطماطم إلى 12 درهما للكيلوغرام",
                       "مهرجان موازين يعلن برنامج دورته الجديدة"])  # fmt: skip


@article
def k02():
    pub = "2024-03-20"
    person = "حميد الصنهاجي"
    s1 = (
        "وقال حميد الصنهاجي، مدير المكتب المركزي للأبحاث القضائية، إن عدد المغاربة الذين التحقوا بالساحة "
        "السورية العراقية بلغ 1659 مقاتلا."
    )
    s2 = "وأوضح المسؤول أن من بين هؤلاء 285 امرأة وما يقارب 390 قاصرا رافقوا ذويهم إلى مناطق القتال."
    s3 = "وأضاف أن ما يزيد عن 740 منهم لقوا حتفهم في عمليات انتحارية أو في المعارك."
    s4 = "أما العائدون فيبلغ عددهم 270 شخصا، منهم 232 عادوا من سوريا و38 من العراق."
    s5 = "وقد جرى اعتقال 137 عائدا وإحالتهم على القضاء بموجب القانون 86.14."
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", person)
    c = cumul(pub)
    body = [
        "في حوار مطول خص به الجريدة، عاد مسؤول أمني رفيع إلى ملف المقاتلين المغاربة في بؤر التوتر بعد أزيد من "
        "عشر سنوات على بدء موجة الالتحاق.",
        s1 + " " + s2,
        "وتتراوح أعمار أغلب القاصرين بين 4 و15 سنة، وفق المصدر نفسه.",
        s3,
        s4 + " " + s5,
        "وتصل العقوبات في هذه الملفات إلى 10 سنوات سجنا نافذا بالنسبة للملتحقين ببؤر التوتر.",
    ]
    claims = [
        C(JOINED, 1659, "1659", s1, c, bcij, subset=SI),
        C(JOINED, 285, "285", s2, c, bcij, subset="women"),
        C(JOINED, 390, "390", s2, c, bcij, subset="minors", q="about", qt="ما يقارب"),
        C(KILLED, 740, "740", s3, c, bcij, q="more_than", qt="ما يزيد عن"),
        C(RETURNEES, 270, "270", s4, c, bcij),
        C(RETURNEES, 232, "232", s4, c, bcij, subset="syria"),
        C(RETURNEES, 38, "38", s4, c, bcij, subset="iraq"),
        C(RET_ARR, 137, "137", s5, c, bcij),
    ]
    traps = [
        T("15 سنة", "age of minors"),
        T("10 سنوات سجنا", "prison term"),
        T("86.14", "law number"),
        T("توقيف 3 أشخاص", "related headline: another story (drug dealing)"),
        T("2,5 مليون درهم", "related headline: money"),
    ]
    return page("k02", "k02_hiwar_bcij.txt", "ar", "wordpress", pub, "أنوار بريس", "Anwar Press",
                "مدير المكتب المركزي للأبحاث القضائية: هكذا تغيرت خريطة المقاتلين المغاربة", body, claims, traps,
                "the BCIJ director on fighters: total, women, minors ('ما يقارب'), killed, returnees with a breakdown "
                "by country that sums right (232 + 38 = 270), returnees arrested; ages, prison terms, law number",
                crumbs="الرئيسية » أمن وقضاء", meta_line="20 مارس 2024 - 10:15 | هيئة التحرير",
                related=["توقيف 3 أشخاص في سلا للاشتباه في ترويج المخدرات",
                         "حجز 2,5 مليون درهم لدى شبكة للهجرة السرية"],
                not_partners=[NP("SY", "سوريا"), NP("IQ", "العراق")])  # fmt: skip


@article
def k03():
    pub = "2021-12-28"
    s1 = (
        "وبحسب تجميع أنجزته الجريدة انطلاقا من البلاغات الرسمية، فكك المكتب المركزي للأبحاث القضائية ٢١ خلية "
        "سنة ٢٠١٥، و١٩ سنة ٢٠١٦، ثم ٩ في ٢٠١٧ و١١ في ٢٠١٨."
    )
    s2 = "ومنذ بداية السنة الجارية، لم يتعد عدد الخلايا المفككة خمس خلايا، وهو أدنى رقم منذ إحداث المكتب."
    own = A("unspecified")
    body = [
        "تكشف الأرقام المتوفرة عن منحى تنازلي واضح في عدد الخلايا الإرهابية التي تفككها المصالح المغربية كل سنة.",
        s1,
        s2,
        "وكانت غرفة الجنايات الابتدائية بملحقة سلا قد أدانت في أكتوبر الماضي متهما بالسجن 20 سنة، فيما قضت بغرامة "
        "قدرها 3 ملايين درهم في ملف آخر لتمويل الإرهاب.",
    ]
    claims = [
        C(CELLS, 21, "٢١", s1, yr("2015", "سنة ٢٠١٥"), own),
        C(CELLS, 19, "١٩", s1, yr("2016", "سنة ٢٠١٦"), own),
        C(CELLS, 9, "٩", s1, yr("2017", "في ٢٠١٧"), own),
        C(CELLS, 11, "١١", s1, yr("2018", "في ٢٠١٨"), own),
        C(CELLS, 5, "خمس", s2, ytd(pub, "منذ بداية السنة الجارية"), own, q="at_most", qt="لم يتعد"),
    ]
    traps = [
        T("بالسجن 20 سنة", "prison term"),
        T("3 ملايين درهم", "money"),
    ]
    return page("k03", "k03_munha_tanazuli.txt", "ar", "clean", pub, "صدى الأطلس", "Sada Al Atlas",
                "حصيلة سنوات من العمل الاستباقي: تراجع مستمر في عدد الخلايا", body, claims, traps,
                "a chronology in running prose in Arabic-Indic digits, later items without the noun, years after "
                "the numbers (the journalist's own compilation); a year-to-date figure in words with 'لم يتعد'",
                date_line="صدى الأطلس - الثلاثاء 28 دجنبر 2021")  # fmt: skip


@article
def k04():
    pub = "2024-01-25"
    s0 = (
        "وتكشف معطيات المكتب المركزي للأبحاث القضائية أن عدد الخلايا المفككة بين 2015 و2023 بلغ 96 خلية، "
        "موزعة على السنوات كالتالي:"
    )
    items = [("2015: 21 خلية", 21, "2015"), ("2016: 19", 19, "2016"), ("2017: 9", 9, "2017"),
             ("2018: 11", 11, "2018"), ("2019: 10", 10, "2019"), ("2020: 8", 8, "2020"),
             ("2021: 5", 5, "2021"), ("2022: 7", 7, "2022"), ("2023: 6", 6, "2023")]  # fmt: skip
    s_arr = "عدد الموقوفين منذ إحداث المكتب سنة 2015: 1298 شخصا"
    bcij = A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية")
    body = [
        "أحدث المكتب المركزي للأبحاث القضائية في مارس 2015 بمدينة سلا، ويضم اليوم نحو 300 عنصر من الشرطة "
        "القضائية المتخصصة.",
        "الأرقام الرئيسية",
        s0,
        *[f"- {text}" for text, _, _ in items],
        s_arr,
        "وتبقى هذه الأرقام، حسب المصدر ذاته، في حدود 1 في المائة من مجموع القضايا التي تعالجها الشرطة القضائية.",
    ]
    claims = [C(CELLS, 96, "96", s0, rng("2015", "2023", "بين 2015 و2023"), bcij)]
    claims += [C(CELLS, v, str(v), text, yr(y, y), bcij) for text, v, y in items]
    claims.append(C(ARRESTS, 1298, "1298", s_arr, since("2015", pub, "منذ إحداث المكتب سنة 2015"), bcij))
    traps = [
        T("نحو 300 عنصر", "staff of the bureau"),
        T("لتسع سنوات", "a duration in the title"),
        T("1 في المائة", "percentage of other cases"),
    ]
    return page("k04", "k04_arqam_raisiya.html", "ar", "html", pub, "المرصد المغاربي", "Al Marsad Al Maghribi",
                "الأرقام الرئيسية لتسع سنوات من عمل المكتب المركزي للأبحاث القضائية", body, claims, traps,
                "a 'key figures' box: a total over 2015-2023 and a bullet list by year whose items after the first "
                "carry no noun (they sum to the total); arrests since 2015; staff and a percentage as traps "
                "(saved HTML, <time> only)",
                html_kw={"jsonld": False})  # fmt: skip


@article
def k05():
    pub = "2024-02-18"
    s1 = (
        "وأكدت مصادر أمنية أن عدد الخلايا الإرهابية التي تم تفكيكها منذ 2002 وصل إلى 222 خلية، بعد العمليات "
        "الأخيرة في طنجة والراشيدية."
    )
    s2 = "وخلال العقد الأخير وحده، فككت المصالح المختصة أزيد من 90 خلية أغلبها موالية لتنظيم داعش."
    body = [
        s1,
        s2,
        "وفي سياق التعاون الدولي، نسق المغرب مع إسبانيا عمليات مشتركة أسفرت عن تفكيك شبكات للاستقطاب.",
        "وعلى الصعيد العالمي، سجل مؤشر الإرهاب العالمي 3350 هجوما خلال سنة واحدة، أغلبها في منطقة الساحل.",
    ]
    claims = [
        C(CELLS, 222, "222", s1, since("2002", pub, "منذ 2002"), A("official_unspecified", "مصادر أمنية")),
        C(
            CELLS,
            90,
            "90",
            s2,
            lastn(10, pub, "خلال العقد الأخير"),
            A("official_unspecified"),
            q="more_than",
            qt="أزيد من",
        ),
    ]
    traps = [
        T(
            "222 خلية منذ 2002.. ماذا تقول الأرقام؟",
            "the title's figure, repeated by the body (the body is the claim)",
        ),
        T("3350 هجوما", "world figure"),
        T("2-2", "sidebar: football score"),
        T("3,1 في المائة", "sidebar: inflation"),
    ]
    return page("k05", "k05_madha_taqul_alarqam.txt", "ar", "aggregator", pub, "بوابة الصحراء", "Bawabat Assahra",
                "222 خلية منذ 2002.. ماذا تقول الأرقام؟", body, claims, traps,
                "an explainer: the running total (repeated from the title), 'خلال العقد الأخير' as last_n_years, a "
                "world figure, Spain as partner",
                heads=["نهضة بركان يتعادل مع الجيش الملكي 2-2", "التضخم يستقر في حدود 3,1 في المائة"],
                partners=["ES"])  # fmt: skip


@article
def k06():
    pub = "2022-06-10"
    s1 = (
        "وذكّر ممثل النيابة العامة بأن المصالح الأمنية أوقفت، وفق أرقام المكتب المركزي للأبحاث القضائية، 4320 "
        "شخصا في قضايا الإرهاب منذ 2002."
    )
    body = [
        "أسدلت غرفة الجنايات الاستئنافية بملحقة سلا الستار على ملف الخلية التي فككت بمدينة تيفلت، بإدانة 13 متهما "
        "بعقوبات تراوحت بين 5 سنوات و25 سنة سجنا نافذا.",
        "وتوبع المتهمون بتهم تكوين عصابة لإعداد وارتكاب أفعال إرهابية طبقا للفصل 218-1 من القانون الجنائي.",
        s1,
        "ودامت الجلسة الأخيرة أزيد من 9 ساعات، واستمعت خلالها الهيئة إلى 4 شهود.",
    ]
    claims = [C(ARRESTS, 4320, "4320", s1, since("2002", pub, "منذ 2002"),
                A("BCIJ", "أرقام المكتب المركزي للأبحاث القضائية"),
                notes="the prosecutor quotes BCIJ figures: the body whose figures they are is the org")]  # fmt: skip
    traps = [
        T("13 متهما", "defendants of one trial: not a contract metric"),
        T("5 سنوات", "prison term"),
        T("25 سنة سجنا", "prison term"),
        T("218-1", "article of the penal code"),
        T("9 ساعات", "duration"),
        T("4 شهود", "witnesses"),
    ]
    return page("k06", "k06_mahkama_sala.txt", "ar", "wordpress", pub, "الحدث القضائي", "Al Hadath Al Qadai",
                "أحكام ثقيلة في حق أعضاء خلية تيفلت", body, claims, traps,
                "court reporting: defendants, sentences, an article of the penal code, durations and witnesses are "
                "traps; the one claim is the prosecutor quoting BCIJ's running total of arrests",
                crumbs="الرئيسية » محاكم", meta_line="الجمعة 10 يونيو 2022",
                related=[])  # fmt: skip


@article
def k07():
    pub = "2024-01-06"
    s1 = (
        "وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني بأن مصالحها، بتنسيق مع المكتب المركزي للأبحاث "
        "القضائية، أوقفت السنة الماضية 73 شخصا في قضايا مرتبطة بالإرهاب والتطرف."
    )
    s2 = "وساهمت هذه المصالح خلال السنة نفسها في تفكيك 6 خلايا إرهابية."
    dgsn = A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")
    body = [
        "قدمت المديرية العامة للأمن الوطني حصيلتها برسم السنة المنصرمة، والتي همت مختلف أشكال الجريمة.",
        "وشملت التوقيفات أزيد من 700 ألف شخص في مختلف القضايا، بارتفاع بنسبة 7 في المائة، فيما جرى توظيف 1200 "
        "شرطي جديد.",
        s1,
        s2,
    ]
    claims = [
        C(ARRESTS, 73, "73", s1, yr("2023", "السنة الماضية"), dgsn),
        C(CELLS, 6, "6", s2, yr("2023", "خلال السنة نفسها"), dgsn),
    ]
    traps = [
        T("700 ألف شخص", "arrests for all crimes"),
        T("7 في المائة", "percentage of other things"),
        T("1200 شرطي", "recruitment"),
    ]
    return page("k07", "k07_hasila_sanawiya.txt", "ar", "clean", pub, "نبض الشارع", "Nabd Achari",
                "حصيلة الأمن الوطني: تراجع الجريمة وتفكيك خلايا جديدة", body, claims, traps,
                "the DGSN's annual review: 'السنة الماضية' resolved to 2023 (73 arrests: disagrees with k25's 78), "
                "cells with an inherited period; all-crime arrests, a percentage and recruits as traps",
                date_line="نبض الشارع - السبت 6 يناير 2024")  # fmt: skip


@article
def k08():
    pub = "2020-11-20"
    s1 = (
        "وأحصت دراسة صادرة عن مركز الرباط للدراسات الاستراتيجية، في 112 صفحة، التحاق نحو 1660 مغربيا "
        "بالتنظيمات المسلحة في سوريا والعراق."
    )
    s2 = "وتذكر الدراسة أن حصيلة نهاية دجنبر 2018 الرسمية كانت تشير إلى تفكيك 186 خلية منذ 2002."
    s3 = (
        "وقدرت الدراسة عدد المغاربة المحتجزين حاليا في مخيمات وسجون شمال شرق سوريا بحوالي 250 شخصا، بينهم نساء "
        "وأطفال."
    )
    study = A("analyst", "مركز الرباط للدراسات الاستراتيجية")
    body = [
        s1,
        "ويقدر عدد المقاتلين الأجانب الذين توافدوا على المنطقة بنحو 40 ألف مقاتل أجنبي من أكثر من 100 دولة.",
        s2,
        s3,
    ]
    claims = [
        C(JOINED, 1660, "1660", s1, cumul(pub), study, subset=SI, q="about", qt="نحو"),
        C(
            CELLS,
            186,
            "186",
            s2,
            since("2002", "2018-12", "منذ 2002"),
            A("official_unspecified", "حصيلة نهاية دجنبر 2018 الرسمية"),
            as_of="2018-12",
            notes="the text dates the figure: the official count at the end of December 2018",
        ),
        C(ABROAD, 250, "250", s3, cumul(pub), study, subset="syria", q="about", qt="حوالي"),
    ]
    traps = [
        T("112 صفحة", "page count"),
        T("40 ألف مقاتل أجنبي", "world figure"),
        T("100 دولة", "number of countries"),
    ]
    return page("k08", "k08_dirasa_markaz.html", "ar", "html", pub, "الملاحظ", "Al Moulahid",
                "دراسة: المقاتلون المغاربة في بؤر التوتر بين العودة والاحتجاز", body, claims, traps,
                "a think-tank study (analyst) with a page count; a figure the text dates (end of December 2018: "
                "as_of); nationals held in Syria; a world figure (saved HTML, JSON-LD only)",
                html_kw={"time_tag": False}, not_partners=[NP("SY", "سوريا")])  # fmt: skip


@article
def k09():
    pub = "2024-10-08"
    s1 = (
        "وتظهر المعطيات التي جمعتها الجريدة أن المصالح الأمنية فككت بين 2015 و2023 ما مجموعه 96 خلية، منها 88 "
        "خلية موالية لتنظيم داعش و6 خلايا مرتبطة بجماعات الساحل."
    )
    s2 = (
        "وفي المقابل، أشار مصدر أمني إلى أن عدد الأشخاص الذين أوقفوا في قضايا الإرهاب منذ 2002 بلغ 4290 شخصا."
    )
    p = rng("2015", "2023", "بين 2015 و2023")
    own = A("unspecified")
    body = [
        "كيف تتوزع الخلايا الإرهابية التي فككها المغرب خلال السنوات الأخيرة؟ سؤال تجيب عنه الأرقام.",
        s1,
        "وكان أصغر الموقوفين في إحدى هذه الخلايا يبلغ من العمر 17 سنة، فيما حجزت مبالغ قدرها 1,2 مليون درهم.",
        s2,
    ]
    claims = [
        C(CELLS, 96, "96", s1, p, own),
        C(CELLS, 88, "88", s1, p, own, subset="isis_linked"),
        C(CELLS, 6, "6", s1, p, own, subset="sahel"),
        C(ARRESTS, 4290, "4290", s2, since("2002", pub, "منذ 2002"), A("official_unspecified", "مصدر أمني")),
    ]
    traps = [
        T("17 سنة", "age"),
        T("1,2 مليون درهم", "money"),
        T("6 أقاليم", "related headline: weather"),
    ]
    return page("k09", "k09_tawzi_alkhalaya.txt", "ar", "wordpress", pub, "الرأي المغربي", "Arrai Al Maghribi",
                "بالأرقام.. هكذا تتوزع الخلايا المفككة حسب الانتماء", body, claims, traps,
                "an explainer by affiliation: 96 cells over 2015-2023, of which 88 ISIS-linked and 6 Sahel-linked "
                "(88 + 6 = 94: planted); arrests since 2002 lower than an earlier total (planted)",
                crumbs="الرئيسية » ملفات", meta_line="نشر في 8 أكتوبر 2024",
                related=["أمطار رعدية مرتقبة في 6 أقاليم"])  # fmt: skip


@article
def k10():
    pub = "2025-01-20"
    person = "حميد الصنهاجي"
    s1 = (
        "وكشف حميد الصنهاجي، مدير المكتب المركزي للأبحاث القضائية، أن مصالحه فككت خلال سنة 2024 ثماني خلايا "
        "إرهابية، مقابل 6 خلايا في السنة التي قبلها."
    )
    s2 = "وأسفرت هذه العمليات عن توقيف 58 شخصا خلال السنة ذاتها."
    s3 = "وبذلك يرتفع عدد الخلايا التي فككها المكتب منذ إحداثه سنة 2015 إلى 104 خلايا."
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", person)
    body = [
        s1,
        s2,
        "وأشار المسؤول إلى أن بعض العمليات تمت بتنسيق مع المصالح الإسبانية، وأن أحد الموقوفين لا يتجاوز عمره 16 "
        "سنة.",
        s3,
    ]
    claims = [
        C(CELLS, 8, "ثماني", s1, yr("2024", "خلال سنة 2024"), bcij),
        C(CELLS, 6, "6", s1, yr("2023", "في السنة التي قبلها"), bcij),
        C(ARRESTS, 58, "58", s2, yr("2024", "خلال السنة ذاتها"), bcij),
        C(CELLS, 104, "104", s3, since("2015", pub, "منذ إحداثه سنة 2015"), bcij),
    ]
    traps = [
        T("16 سنة", "age"),
        T("0,8 في المائة", "sidebar: growth rate"),
        T("7 أهداف", "sidebar: sports"),
    ]
    return page("k10", "k10_hasilat_2024.txt", "ar", "aggregator", pub, "أصداء الرباط", "Asdae Arribat",
                "مدير المكتب المركزي للأبحاث القضائية يكشف حصيلة 2024", body, claims, traps,
                "the BCIJ director's yearly figures: 2024 in words ('ثماني'), the year before ('في السنة التي "
                "قبلها'), the total since 2015 (a 2024 whole below k15's mid-year part: planted)",
                heads=["نمو الاقتصاد الوطني بـ0,8 في المائة في الفصل الأخير", "المنتخب يسجل 7 أهداف في مباراة ودية"],
                partners=["ES"])  # fmt: skip


@article
def k11():
    pub = "2019-01-08"
    s1 = "وأوضح بلاغ للمديرية العامة للأمن الوطني أن السنة الماضية عرفت تفكيك 11 خلية إرهابية."
    s2 = "كما تم توقيف 64 مشتبها به في قضايا ذات صلة بالإرهاب خلال المدة نفسها."
    dgsn = A("DGSN", "بلاغ للمديرية العامة للأمن الوطني")
    body = [
        s1,
        s2,
        "وتمت إحالة الموقوفين على النيابة العامة بعد انتهاء مدة الحراسة النظرية المحددة في 96 ساعة قابلة للتمديد "
        "طبقا للقانون 03.03.",
    ]
    claims = [
        C(CELLS, 11, "11", s1, yr("2018", "السنة الماضية"), dgsn),
        C(ARRESTS, 64, "64", s2, yr("2018", "خلال المدة نفسها"), dgsn),
    ]
    traps = [
        T("96 ساعة", "duration of police custody"),
        T("03.03", "law number"),
        T("تفكيك 11 خلية خلال سنة 2018", "the title's figure, repeated by the body"),
    ]
    return page("k11", "k11_balagh_2018.txt", "ar", "clean", pub, "جريدة الساحل", "Jaridat Assahil",
                "الأمن الوطني: تفكيك 11 خلية خلال سنة 2018", body, claims, traps,
                "'السنة الماضية' in January 2019 is 2018 (agrees with every 2018 list); the period of the arrests is "
                "inherited; custody duration and law number as traps",
                date_line="جريدة الساحل - 8 يناير 2019")  # fmt: skip


@article
def k12():
    pub = "2026-02-10"
    s1 = "إنفوغرافيك (1/3): فككت المصالح الأمنية 7 خلايا إرهابية خلال سنة 2025، حسب المديرية العامة لمراقبة التراب الوطني."
    s2 = "إنفوغرافيك (2/3): ارتفع العدد الإجمالي للخلايا المفككة منذ 2002 إلى ٢٣٨ خلية."
    s3 = "إنفوغرافيك (3/3): أوقف 61 شخصا في قضايا الإرهاب خلال السنة ذاتها."
    dgst = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    body = [
        "ننشر في ما يلي تعليقات الصور المرافقة لملفنا حول حصيلة السنة الماضية في مجال مكافحة الإرهاب.",
        s1,
        s2,
        s3,
        "تصميم: قسم الغرافيك - 3 صور.",
    ]
    claims = [
        C(CELLS, 7, "7", s1, yr("2025", "خلال سنة 2025"), dgst),
        C(CELLS, 238, "٢٣٨", s2, since("2002", pub, "منذ 2002"), dgst),
        C(ARRESTS, 61, "61", s3, yr("2025", "خلال السنة ذاتها"), dgst),
    ]
    traps = [T("(1/3)", "caption numbering"), T("3 صور", "number of pictures")]
    return page("k12", "k12_infographic_2025.html", "ar", "html", pub, "الخبر المصور", "Al Khabar Al Moussawar",
                "بالإنفوغرافيك: حصيلة مكافحة الإرهاب في 2025", body, claims, traps,
                "infographic captions numbered (1/3)..(3/3): a year's cells, the running total in Arabic-Indic "
                "digits, arrests with an inherited year (saved HTML, <time> and JSON-LD)")  # fmt: skip


# ================================================================ French (k13-k22)


@article
def k13():
    pub = "2023-05-16"
    s1 = "Selon les données de la DGST, plus de 210 cellules terroristes ont été démantelées depuis 2002."
    s2 = f"Ces opérations ont conduit à l'interpellation de 4{NBSP}380 personnes, d'après la même source."
    s3 = "• Plus de 500 projets d'attentats déjoués depuis 2002"
    body = [
        "Il y a vingt ans, le 16 mai 2003, douze kamikazes frappaient simultanément cinq sites de Casablanca, faisant "
        "45 morts.",
        s1 + " " + s2,
        "Le Maroc a par ailleurs renforcé sa coopération sécuritaire avec la France et l'Espagne, avec lesquelles il "
        "échange régulièrement du renseignement.",
        "Chiffres clés",
        "• 45 morts le 16 mai 2003",
        s3,
        "• Loi 03-03 relative à la lutte contre le terrorisme",
        "Source : DGST",
    ]
    dgst = A("DGST", "les données de la DGST")
    claims = [
        C(CELLS, 210, "210", s1, since("2002", pub, "depuis 2002"), dgst, q="more_than", qt="plus de"),
        C(
            ARRESTS,
            4380,
            f"4{NBSP}380",
            s2,
            since("2002", pub, None),
            A("DGST", "la même source"),
            notes="period inherited from the previous sentence (since 2002)",
        ),
        C(
            PLOTS,
            500,
            "500",
            s3,
            since("2002", pub, "depuis 2002"),
            A("DGST", "Source : DGST"),
            q="more_than",
            qt="Plus de",
        ),
    ]
    traps = [
        T("douze kamikazes", "bombers of 2003"),
        T("cinq sites", "targets of 2003"),
        T("45 morts", "death toll"),
        T("03-03", "law number"),
    ]
    return page("k13", "k13_vingt_ans_apres.html", "fr", "html", pub, "L'Observateur de l'Atlas",
                "L'Observateur de l'Atlas",
                "Vingt ans après les attentats de Casablanca, les chiffres clés", body, claims, traps,
                "anniversary feature with a 'chiffres clés' box (bullets, a 'Source : DGST' line); arrests since 2002 "
                "with a no-break space as thousands separator; death toll and law number as traps (saved HTML, "
                "<time> and JSON-LD)",
                partners=["FR", "ES"])  # fmt: skip


@article
def k14():
    pub = "2021-03-04"
    s1 = (
        "D'après les bilans du BCIJ, 275 personnes ont été interpellées en 2015, deux cent soixante-seize en 2016 "
        "et 186 en 2017."
    )
    s2 = "Le rythme a ensuite nettement ralenti : 64 interpellations en 2018, puis 82 en 2019 et 60 en 2020."
    bcij = A("BCIJ", "les bilans du BCIJ")
    body = [
        "Six ans après sa création, le Bureau central d'investigations judiciaires a profondément changé le visage "
        "de la lutte antiterroriste. Retour, année par année, sur les arrestations.",
        s1,
        s2,
        "Les condamnations prononcées dans ces affaires vont jusqu'à 20 ans de prison en vertu de l'article 218-1 du "
        "Code pénal ; le plus jeune suspect était âgé de 16 ans.",
    ]
    claims = [
        C(ARRESTS, 275, "275", s1, yr("2015", "en 2015"), bcij),
        C(ARRESTS, 276, "deux cent soixante-seize", s1, yr("2016", "en 2016"), bcij),
        C(ARRESTS, 186, "186", s1, yr("2017", "en 2017"), bcij),
        C(ARRESTS, 64, "64", s2, yr("2018", "en 2018"), bcij),
        C(ARRESTS, 82, "82", s2, yr("2019", "en 2019"), bcij),
        C(ARRESTS, 60, "60", s2, yr("2020", "en 2020"), bcij),
    ]
    traps = [
        T("20 ans de prison", "prison term"),
        T("218-1", "article of the penal code"),
        T("16 ans", "age"),
        T("Six ans", "age of the bureau"),
        T("3 blessés", "related headline: another story"),
    ]
    return page("k14", "k14_chronologie_arrestations.txt", "fr", "wordpress", pub, "Maroc Sécurité Hebdo",
                "Maroc Securite Hebdo", "Six ans de BCIJ : la chronologie des arrestations", body, claims, traps,
                "a chronology of arrests year by year in running prose, one in words ('deux cent soixante-seize'), "
                "later items without the noun; prison term, article, age as traps",
                crumbs="Accueil › Sécurité", meta_line="Publié le 4 mars 2021 par la rédaction",
                related=["Casablanca : 3 blessés dans un accident de tramway"])  # fmt: skip


@article
def k15():
    pub = "2024-07-20"
    s1 = "Depuis le début de l'année, le BCIJ a démantelé neuf cellules terroristes, a indiqué une source au sein du Bureau."
    s2 = "Ces coups de filet ont permis l'arrestation de 41 suspects au cours de la même période."
    s3 = (
        "Pour le politologue Karim Bennani, plus de 1 000 personnes ont été interpellées pour terrorisme au cours "
        "des dix dernières années."
    )
    bcij = A("BCIJ", "une source au sein du Bureau")
    body = [
        s1,
        s2,
        "La dernière opération, menée en 48 heures entre Tanger et Tétouan, a mobilisé des unités d'élite.",
        s3,
    ]
    claims = [
        C(CELLS, 9, "neuf", s1, ytd(pub, "Depuis le début de l'année"), bcij),
        C(
            ARRESTS,
            41,
            "41",
            s2,
            P("year_to_date", "2024", pub, None),
            bcij,
            notes="year-to-date period inherited from the previous sentence",
        ),
        C(
            ARRESTS,
            1000,
            "1 000",
            s3,
            lastn(10, pub, "au cours des dix dernières années"),
            A("analyst", "le politologue Karim Bennani", "Karim Bennani"),
            q="more_than",
            qt="plus de",
        ),
    ]
    traps = [
        T("48 heures", "duration"),
        T("2,4 %", "sidebar: inflation"),
        T("6 stades", "sidebar: World Cup stadiums"),
    ]
    return page("k15", "k15_mi_annee_bcij.txt", "fr", "aggregator", pub, "Atlas Info Express", "Atlas Info Express",
                "Antiterrorisme : le bilan de mi-année du BCIJ", body, claims, traps,
                "mid-year figures: cells since the start of the year in words (9: more than k10's whole-year 8 from "
                "the same BCIJ: planted), arrests with an inherited period; an analyst's ten-year figure (two voices "
                "for one metric)",
                heads=["Inflation : l'indice des prix à 2,4 % sur un an", "Mondial 2030 : 6 stades en chantier"])  # fmt: skip


@article
def k16():
    pub = "2020-01-09"
    s1 = (
        "L'an dernier, les services de sécurité ont démantelé dix cellules, contre onze l'année précédente, selon le "
        "bilan annuel de la DGSN."
    )
    s2 = "Quelque 82 personnes ont été arrêtées au cours de la même année."
    dgsn = A("DGSN", "le bilan annuel de la DGSN")
    body = [
        s1,
        s2,
        "La DGSN a aussi annoncé le recrutement de 2 500 policiers et une hausse de 2,3 % du taux d'élucidation.",
    ]
    claims = [
        C(CELLS, 10, "dix", s1, yr("2019", "L'an dernier"), dgsn),
        C(
            CELLS,
            11,
            "onze",
            s1,
            yr("2018", "l'année précédente"),
            dgsn,
            notes="an earlier figure the sentence updates ('contre onze l'année précédente')",
        ),
        C(ARRESTS, 82, "82", s2, yr("2019", "au cours de la même année"), dgsn, q="about", qt="Quelque"),
    ]
    traps = [
        T("2 500 policiers", "recruitment"),
        T("2,3 %", "percentage of other things"),
        T("dix cellules démantelées en 2019", "the title's figure, repeated by the body"),
    ]
    return page("k16", "k16_bilan_dgsn_2019.txt", "fr", "clean", pub, "Le Courrier du Détroit",
                "Le Courrier du Detroit", "Bilan de la DGSN : dix cellules démantelées en 2019", body, claims, traps,
                "'L'an dernier' (2019) in words and the year before it ('contre onze l'année précédente'), 'Quelque "
                "82' as about; recruits and a percentage as traps",
                date_line="Le Courrier du Détroit — jeudi 9 janvier 2020")  # fmt: skip


@article
def k17():
    pub = "2025-03-05"
    s1 = (
        "Selon des sources officielles, environ 270 combattants marocains sont rentrés au pays, dont 137 ont été "
        "arrêtés dès leur retour."
    )
    off = A("official_unspecified", "des sources officielles")
    body = [
        "La chambre criminelle de Salé a condamné mardi 12 prévenus, revenus de la zone syro-irakienne, à des peines "
        "allant de 3 à 10 ans de prison ferme.",
        "Les accusés étaient poursuivis sur la base de l'article 218-5 du Code pénal, introduit par la loi 86-14.",
        s1,
        "Le procès, ouvert il y a 14 mois, a connu 22 audiences.",
    ]
    claims = [
        C(RETURNEES, 270, "270", s1, cumul(pub), off, q="about", qt="environ"),
        C(RET_ARR, 137, "137", s1, cumul(pub), off),
    ]
    traps = [
        T("12 prévenus", "defendants of one trial"),
        T("3 à 10 ans", "prison terms"),
        T("218-5", "article of the penal code"),
        T("86-14", "law number"),
        T("14 mois", "duration"),
        T("22 audiences", "number of hearings"),
        T("douze revenants", "defendants of one trial, in the title"),
        T("2 000 coureurs", "related headline: sports"),
    ]
    return page("k17", "k17_proces_revenants.txt", "fr", "wordpress", pub, "Justice & Société", "Justice et Societe",
                "Salé : lourdes peines pour douze revenants de Syrie", body, claims, traps,
                "court reporting on returnees: defendants, terms, articles, hearings as traps; the returnees and the "
                "returnees arrested figures from official sources",
                crumbs="Accueil › Justice", meta_line="5 mars 2025 · 3 min de lecture",
                related=["Rabat : 2 000 coureurs au semi-marathon"])  # fmt: skip


@article
def k18():
    pub = "2022-11-25"
    s1 = "Plus de 1 600 Marocains ont rejoint les groupes armés en Syrie et en Irak, selon le BCIJ."
    s2 = "Parmi eux figurent 285 femmes et 391 mineurs, dont une partie est née sur place."
    bcij = A("BCIJ", "selon le BCIJ")
    body = [
        s1,
        s2,
        "À titre de comparaison, les femmes représentent environ 13 % des combattants européens, selon une étude "
        "internationale.",
        "La résolution 2178 du Conseil de sécurité impose aux États de poursuivre les candidats au départ ; beaucoup "
        "d'enfants ont moins de 12 ans.",
    ]
    claims = [
        C(JOINED, 1600, "1 600", s1, cumul(pub), bcij, subset=SI, q="more_than", qt="Plus de"),
        C(JOINED, 285, "285", s2, cumul(pub), bcij, subset="women"),
        C(JOINED, 391, "391", s2, cumul(pub), bcij, subset="minors"),
    ]
    traps = [T("13 %", "foreign figure"), T("2178", "resolution number"), T("12 ans", "age")]
    return page("k18", "k18_femmes_mineurs.html", "fr", "html", pub, "Le Regard Maghrébin", "Le Regard Maghrebin",
                "Femmes et mineurs : le visage oublié des départs vers la Syrie", body, claims, traps,
                "an explainer on women and minors among the fighters; a European percentage, a UN resolution number "
                "and an age as traps (saved HTML, JSON-LD only)",
                html_kw={"time_tag": False}, not_partners=[NP("SY", "Syrie"), NP("IQ", "Irak")])  # fmt: skip


@article
def k19():
    pub = "2021-09-14"
    s1 = (
        "Selon les chiffres officiels repris en page 34, 1 659 Marocains ont rejoint\nla zone syro-irakienne "
        "depuis le début du conflit."
    )
    s2 = (
        "Le nombre de com-\nbattants marocains tués sur le théâtre syro-ira-\nkien est estimé à 745 par les "
        "auteurs du rapport."
    )
    s3 = (
        "Environ 250 ressortissants seraient toujours détenus dans des\ncamps et prisons du nord-est de la "
        "Syrie, selon les mêmes auteurs."
    )
    study = A("analyst", "les auteurs du rapport")
    body = [
        "INSTITUT D'ÉTUDES STRATÉGIQUES DU DÉTROIT — Rapport n° 7\nLes combattants ma-\nrocains à l'étranger : "
        "état des lieux",
        s1,
        s2,
        s3,
        "— 34 —\nISBN 978-9954-0-1234-5",
    ]
    claims = [
        C(
            JOINED,
            1659,
            "1 659",
            s1,
            cumul(pub),
            A("official_unspecified", "les chiffres officiels"),
            subset=SI,
        ),
        C(KILLED, 745, "745", s2, cumul(pub), study, subset="syria_iraq_linked"),
        C(ABROAD, 250, "250", s3, cumul(pub), study, subset="syria", q="about", qt="Environ"),
    ]
    traps = [
        T("page 34", "page number"),
        T("— 34 —", "page footer"),
        T("Rapport n° 7", "report number"),
        T("978-9954-0-1234-5", "ISBN"),
    ]
    return page("k19", "k19_rapport_pdf.txt", "fr", "clean", pub, "Le Fil Stratégique", "Le Fil Strategique",
                "Extraits du rapport sur les combattants marocains à l'étranger", body, claims, traps,
                "text converted from a PDF report: hard line breaks inside sentences, words hyphenated across lines, "
                "a page footer and an ISBN; official and analyst figures side by side",
                date_line="Le Fil Stratégique, 14 septembre 2021",
                not_partners=[NP("SY", "Syrie")])  # fmt: skip


@article
def k20():
    pub = "2019-03-20"
    s1 = (
        "Depuis sa création en 2015, le BCIJ a démantelé 62 cellules, a rappelé son directeur, Hamid Sanhaji."
    )
    s2 = "Parmi elles, 55 étaient liées à l'organisation État islamique."
    bcij = A("BCIJ", "son directeur, Hamid Sanhaji", "Hamid Sanhaji")
    body = [
        "Le 20 mars 2015, le Bureau central d'investigations judiciaires ouvrait ses portes à Salé.",
        s1 + " " + s2,
        "Plusieurs de ces opérations ont été menées en coopération avec les services espagnols.",
    ]
    claims = [
        C(CELLS, 62, "62", s1, since("2015", pub, "Depuis sa création en 2015"), bcij),
        C(
            CELLS,
            55,
            "55",
            s2,
            since("2015", pub, None),
            bcij,
            subset="isis_linked",
            notes="period inherited from the previous sentence",
        ),
    ]
    traps = [
        T("20 mars 2015", "a date"),
        T("3-1", "sidebar: football score"),
        T("5 000 postes", "sidebar: jobs"),
    ]
    return page("k20", "k20_quatre_ans_bcij.txt", "fr", "aggregator", pub, "Le Petit Rbati", "Le Petit Rbati",
                "Quatre ans après sa création, le BCIJ dresse son bilan", body, claims, traps,
                "the BCIJ's running total since 2015 four years on, with an ISIS-linked part; Spain as partner",
                heads=["Botola : le FUS s'impose 3-1", "Éducation : 5 000 postes ouverts au concours"],
                partners=["ES"])  # fmt: skip


@article
def k21():
    pub = "2023-11-02"
    s1 = "2015 : création du BCIJ ; 21 cellules démantelées dans l'année."
    s2 = "2018 : le total des cellules démantelées depuis 2002 atteint 183."
    s3 = "2023 : six cellules démantelées."
    own = A("unspecified")
    body = [
        "Vingt ans de lutte antiterroriste en dates : notre chronologie.",
        "2003 : attentats de Casablanca, 45 morts.",
        "2007 : attentats-suicides à Casablanca, 3 kamikazes tués.",
        "2011 : attentat du café Argana à Marrakech, 17 morts.",
        s1,
        s2,
        "Depuis 2019 : entre 5 et 10 cellules par an.",
        s3,
    ]
    claims = [
        C(CELLS, 21, "21", s1, yr("2015", "2015"), own),
        C(
            CELLS,
            183,
            "183",
            s2,
            since("2002", "2018", "depuis 2002"),
            own,
            as_of="2018",
            notes="the chronology dates the running total to 2018",
        ),
        C(CELLS, 6, "six", s3, yr("2023", "2023"), own),
    ]
    traps = [
        T("45 morts", "death toll"),
        T("3 kamikazes", "bombers"),
        T("17 morts", "death toll"),
        T("entre 5 et 10 cellules par an", "a spread of yearly values, no single figure (README convention)"),
    ]
    return page("k21", "k21_chronologie_vingt_ans.txt", "fr", "wordpress", pub, "Chroniques du Royaume",
                "Chroniques du Royaume", "Vingt ans de lutte antiterroriste en dates", body, claims, traps,
                "a dated timeline (years before the figures): death tolls as traps, a 2015 figure, a running total the "
                "timeline dates to 2018 (as_of), a range of yearly values as a trap, 2023 in words",
                crumbs="Accueil › Dossiers", meta_line="2 novembre 2023",
                related=[])  # fmt: skip


@article
def k22():
    pub = "2025-05-28"
    s1 = "Depuis 2022, les services marocains ont démantelé 9 cellules liées aux groupes du Sahel, selon une source sécuritaire."
    s2 = "En 2015 déjà, plus de 20 cellules avaient été neutralisées, essentiellement proches de Daech."
    body = [
        s1,
        "Au Burkina Faso, plus de 3 000 personnes ont été tuées l'an passé, et le Mali reste un foyer majeur.",
        s2,
    ]
    claims = [
        C(
            CELLS,
            9,
            "9",
            s1,
            since("2022", pub, "Depuis 2022"),
            A("official_unspecified", "une source sécuritaire"),
            subset="sahel",
        ),
        C(CELLS, 20, "20", s2, yr("2015", "En 2015"), A("unspecified"), q="more_than", qt="plus de"),
    ]
    traps = [T("3 000 personnes", "another country's death toll")]
    return page("k22", "k22_menace_sahel.html", "fr", "html", pub, "Le Veilleur du Sud", "Le Veilleur du Sud",
                "La menace sahélienne, nouveau front de l'antiterrorisme marocain", body, claims, traps,
                "Sahel-linked cells since 2022, a retrospective 'plus de 20' for 2015; another country's toll as trap "
                "(saved HTML, <time> only)",
                html_kw={"jsonld": False},
                not_partners=[NP("BF", "Burkina Faso"), NP("ML", "Mali")])  # fmt: skip


# ================================================================ English (k23-k30)


@article
def k23():
    pub = "2024-09-12"
    s1 = "About 1,660 Moroccans travelled to fight in Syria and Iraq, the BCIJ said in a statement."
    s2 = "The bureau added that 137 returnees had been arrested and brought before the courts."
    bcij = A("BCIJ", "the BCIJ said in a statement")
    body = [s1, s2, "One of those tried this year was aged 19 when he left."]
    claims = [
        C(JOINED, 1660, "1,660", s1, cumul(pub), bcij, subset=SI, q="about", qt="About"),
        C(RET_ARR, 137, "137", s2, cumul(pub), bcij),
    ]
    traps = [T("aged 19", "age"), T("2-0", "sidebar: football score"), T("0.4%", "sidebar: currency")]
    return page("k23", "k23_fighters_statement.txt", "en", "aggregator", pub, "Atlas Wire Daily", "Atlas Wire Daily",
                "BCIJ updates figures on Moroccan foreign fighters", body, claims, traps,
                "wire-style update: 'About 1,660' fighters, returnees arrested; an age and sidebar numbers as traps",
                heads=["Raja beat Wydad 2-0 in the derby", "Dirham gains 0.4% against the euro"],
                not_partners=[NP("SY", "Syria")])  # fmt: skip


@article
def k24():
    pub = "2025-03-19"
    s1 = "Since its creation in 2015, the bureau has dismantled more than 100 cells, its director Hamid Sanhaji told reporters."
    s2 = "Counting the years before the bureau existed, Moroccan services have taken apart 231 cells since 2002, according to DGST data."
    s3 = "Arrests linked to those cases exceeded 1,300 since 2015, he said."
    bcij = A("BCIJ", "its director Hamid Sanhaji", "Hamid Sanhaji")
    body = [
        "Ten years ago this week, the Central Bureau of Judicial Investigations opened its doors in Salé with around "
        "400 officers.",
        s1,
        s2,
        s3,
        "The bureau has shared intelligence with France, Spain and the United States, which helped foil attacks "
        "abroad. Its legal basis remains law 35.11.",
    ]
    claims = [
        C(
            CELLS,
            100,
            "100",
            s1,
            since("2015", pub, "Since its creation in 2015"),
            bcij,
            q="more_than",
            qt="more than",
        ),
        C(CELLS, 231, "231", s2, since("2002", pub, "since 2002"), A("DGST", "DGST data")),
        C(ARRESTS, 1300, "1,300", s3, since("2015", pub, "since 2015"), bcij, q="more_than", qt="exceeded"),
    ]
    traps = [
        T("231 cells and counting", "the title's figure, repeated by the body"),
        T("400 officers", "staff"),
        T("35.11", "law number"),
        T("Ten years", "the anniversary"),
    ]
    return page("k24", "k24_bcij_at_ten.html", "en", "html", pub, "Maghreb Ledger", "Maghreb Ledger",
                "The BCIJ at ten: 231 cells and counting", body, claims, traps,
                "'ten years of the BCIJ': totals since 2015 (more than 100) and since 2002 (231, DGST; repeated from "
                "the title), 'exceeded' as more_than; partners France, Spain, US (saved HTML, <time> and JSON-LD)",
                partners=["FR", "ES", "US"])  # fmt: skip


@article
def k25():
    pub = "2024-02-10"
    s1 = "Last year, security services arrested 78 people in terrorism-related cases, a senior security official said."
    s2 = "Six cells were dismantled over the same period, the official added."
    off = A("official_unspecified", "a senior security official")
    body = [
        s1,
        s2,
        "Worldwide, the Global Terrorism Index counted 8,352 deaths, a 22% drop on the previous edition.",
    ]
    claims = [
        C(ARRESTS, 78, "78", s1, yr("2023", "Last year"), off),
        C(CELLS, 6, "Six", s2, yr("2023", "over the same period"), off),
    ]
    traps = [T("8,352 deaths", "world figure"), T("22%", "percentage of other things")]
    return page("k25", "k25_last_year_arrests.txt", "en", "clean", pub, "Rabat Review", "Rabat Review",
                "Terrorism arrests: what last year's figures say", body, claims, traps,
                "'Last year' resolved to 2023: 78 arrests (disagrees with the DGSN's 73 in k07), six cells in words; "
                "world figures as traps",
                date_line="Rabat Review | February 10, 2024")  # fmt: skip


@article
def k26():
    pub = "2023-06-01"
    s1 = "Moroccan services have thwarted more than 500 terrorist plots since 2002, according to official figures."
    s2 = "Over the last decade, the BCIJ alone has arrested roughly 1,200 suspects."
    body = [
        "Twenty years after the May 2003 bombings that killed 45 people, the kingdom's record is often cited abroad.",
        s1,
        s2,
        "Convicted recruiters typically face a 15-year sentence.",
    ]
    claims = [
        C(
            PLOTS,
            500,
            "500",
            s1,
            since("2002", pub, "since 2002"),
            A("official_unspecified", "official figures"),
            q="more_than",
            qt="more than",
        ),
        C(
            ARRESTS,
            1200,
            "1,200",
            s2,
            lastn(10, pub, "Over the last decade"),
            # the official figures of the sentence before carry to it: the source decides, not the body acting
            # (docs/conventions.md, "Who speaks")
            A("official_unspecified", "official figures"),
            q="about",
            qt="roughly",
        ),
    ]
    traps = [
        T("45 people", "death toll"),
        T("15-year", "prison term"),
        T("Twenty years on", "anniversary, in the title"),
        T("9 million containers", "related headline: port traffic"),
    ]
    return page("k26", "k26_twenty_years_record.txt", "en", "wordpress", pub, "Morocco Insight", "Morocco Insight",
                "Twenty years on, Morocco's counter-terrorism record in numbers", body, claims, traps,
                "plots since 2002 ('more than 500'), 'Over the last decade' as last_n_years with 'roughly'; a death "
                "toll and a prison term as traps",
                crumbs="Home / Security", meta_line="June 1, 2023 by Staff",
                related=["Tangier port handles 9 million containers"])  # fmt: skip


@article
def k27():
    pub = "2022-04-07"
    s0 = "Chart: cells dismantled by the BCIJ each year (source: BCIJ)."
    items = [("2015: 21 cells", 21, "2015"), ("2016: 19", 19, "2016"), ("2017: 90", 90, "2017"),
             ("2018: 11", 11, "2018"), ("2019: 10", 10, "2019"), ("2020: 8", 8, "2020")]  # fmt: skip
    bcij = A("BCIJ", "source: BCIJ")
    body = [
        "Our data desk charted the bureau's yearly results from its annual statements.",
        s0,
        *items_text(items),
        "This page has been viewed 12,430 times.",
    ]
    claims = [C(CELLS, v, str(v), text, yr(y, y), bcij) for text, v, y in items]
    traps = [T("12,430", "view count")]
    return page("k27", "k27_chart_cells.html", "en", "html", pub, "Atlas Data Desk", "Atlas Data Desk",
                "Chart: Morocco's dismantled cells, year by year", body, claims, traps,
                "infographic captions year by year, later items without the noun; 2017 printed as 90 (a misprint: "
                "implausible against 9); a view count as trap (saved HTML, JSON-LD only)",
                html_kw={"time_tag": False})  # fmt: skip


def items_text(items):
    return [text for text, _, _ in items]


@article
def k28():
    pub = "2026-01-14"
    s1 = "Since 2002, Moroccan authorities have dismantled 218 terrorist cells, according to official statistics."
    s2 = "Spanish and Moroccan police have carried out 14 joint operations since 2014, the Spanish interior ministry said."
    body = [
        s1,
        s2,
        "The latest suspect, a 30-year-old man, was arrested near Nador.",
    ]
    claims = [
        C(
            CELLS,
            218,
            "218",
            s1,
            since("2002", pub, "Since 2002"),
            A("official_unspecified", "official statistics"),
        ),
        C(
            JOINT,
            14,
            "14",
            s2,
            since("2014", pub, "since 2014"),
            A("unspecified", "the Spanish interior ministry"),
            notes="a foreign ministry's own count: unspecified with raw (README convention)",
        ),
    ]
    traps = [T("30-year-old", "age"), T("3.5%", "sidebar: growth"), T("5 goals", "sidebar: sports")]
    return page("k28", "k28_nador_arrest.txt", "en", "aggregator", pub, "North Coast Herald", "North Coast Herald",
                "Nador arrest adds to long list of dismantled cells", body, claims, traps,
                "repeats a 2023 running total (218) after 231 was published: stale; joint operations with Spain by a "
                "Spanish ministry",
                heads=["Growth forecast at 3.5% for 2026", "Lions score 5 goals in friendly"],
                partners=["ES"])  # fmt: skip


@article
def k29():
    pub = "2020-09-15"
    s1 = "Since it was set up in 2015, the BCIJ has dismantled 73 cells, a prosecution brief citing BCIJ data noted."
    body = [
        "A Salé court on Monday sentenced 13 defendants accused of plotting attacks to terms ranging from 4 to 20 "
        "years under article 218-1 of the penal code.",
        s1,
        "The hearing lasted 11 hours.",
    ]
    claims = [
        C(CELLS, 73, "73", s1, since("2015", pub, "Since it was set up in 2015"), A("BCIJ", "BCIJ data"))
    ]
    traps = [T("13 defendants", "defendants of one trial"), T("4 to 20", "prison terms"), T("218-1", "article"),
             T("11 hours", "duration"), T("jails 13", "defendants, in the title"),
             T("45 degrees", "related headline: weather")]  # fmt: skip
    return page("k29", "k29_sale_court.txt", "en", "wordpress", pub, "Casablanca Courier", "Casablanca Courier",
                "Salé court jails 13 over attack plot", body, claims, traps,
                "court reporting: defendants, terms, article, duration as traps; the BCIJ's total since 2015 quoted "
                "by the prosecution",
                crumbs="Home / Courts", meta_line="September 15, 2020",
                related=["Heatwave: temperatures to reach 45 degrees"])  # fmt: skip


@article
def k30():
    pub = "2021-05-16"
    s1 = "Last year, the bureau dismantled eight cells."
    s2 = "Over the last five years, 57 cells have been taken apart."
    s3 = "- 1,659 Moroccans joined groups in Syria and Iraq"
    s4 = "- 745 were killed there"
    bcij = A("BCIJ", "the Central Bureau of Judicial Investigations")
    off = A("official_unspecified", "Source: official figures")
    body = [
        "Eighteen years after the Casablanca attacks, the Central Bureau of Judicial Investigations says the threat "
        "has changed shape.",
        s1 + " " + s2,
        "Key figures:",
        s3,
        s4,
        "Source: official figures",
    ]
    claims = [
        C(CELLS, 8, "eight", s1, yr("2020", "Last year"), bcij),
        C(CELLS, 57, "57", s2, lastn(5, pub, "Over the last five years"), bcij),
        C(JOINED, 1659, "1,659", s3, cumul(pub), off, subset=SI),
        C(KILLED, 745, "745", s4, cumul(pub), off),
    ]
    traps = [T("Eighteen years", "anniversary")]
    return page("k30", "k30_eighteen_years.txt", "en", "clean", pub, "The Maghreb Chronicle",
                "The Maghreb Chronicle", "Eighteen years on: the changing face of the threat", body, claims, traps,
                "'Last year' in words (2020), 'Over the last five years' (last_n_years 5), a key-figures list whose "
                "second item drops the noun",
                date_line="The Maghreb Chronicle - Sunday 16 May 2021")  # fmt: skip


# ================================================================ groups

INCONSISTENCIES = [
    {"id": "i1", "kind": "stale_figure", "refs": [("k01", CELLS, 218), ("k24", CELLS, 231), ("k28", CELLS, 218)],
     "explanation": "Cells since 2002: 218 (DGST, May 2023), 231 (DGST data, March 2025), then a January 2026 "
                    "story repeats 218 as if current"},
    {"id": "i2", "kind": "same_period_disagreement", "refs": [("k07", ARRESTS, 73), ("k25", ARRESTS, 78)],
     "explanation": "Persons arrested in 2023 ('السنة الماضية' / 'Last year'): 73 in the DGSN's annual review of "
                    "January 2024, 78 from a senior security official in February 2024"},
    {"id": "i3", "kind": "cumulative_decrease", "refs": [("k13", ARRESTS, 4380), ("k09", ARRESTS, 4290)],
     "explanation": "Persons arrested since 2002: 4380 (DGST, May 2023) then 4290 (a security source, October 2024): "
                    "a running total cannot go down"},
    {"id": "i4", "kind": "internal_arithmetic",
     "refs": [("k09", CELLS, 96), ("k09", CELLS, 88, "isis_linked"), ("k09", CELLS, 6, "sahel")],
     "explanation": "Cells dismantled between 2015 and 2023: 96 in total, of which 88 ISIS-linked and 6 Sahel-linked, "
                    "which add up to 94"},
    {"id": "i5", "kind": "implausible_value",
     "refs": [("k03", CELLS, 9), ("k04", CELLS, 9), ("k27", CELLS, 90)],
     "explanation": "Cells dismantled in 2017: 9 (k03, BCIJ key figures k04) but a chart caption prints 90, ten times "
                    "every other source"},
    {"id": "i6", "kind": "partial_exceeds_whole", "refs": [("k15", CELLS, 9), ("k10", CELLS, 8)],
     "explanation": "BCIJ cells in 2024: 9 'since the start of the year' in July 2024, but 8 for the whole of 2024 in "
                    "the BCIJ director's January 2025 review"},
]  # fmt: skip

K04_YEARS = [21, 19, 9, 11, 10, 8, 5, 7, 6]

MUST_NOT_FLAG = [
    {"refs": [("k21", CELLS, 183), ("k08", CELLS, 186), ("k01", CELLS, 218)],
     "reason": "cells since 2002 as a running total that rises: 183 (dated 2018), 186 (dated December 2018), 218 (May 2023)"},
    {"refs": [("k01", CELLS, 218), ("k13", CELLS, 210)],
     "reason": "cells since 2002 a day apart: 218 and 'plus de 210' agree (a bound)"},
    {"refs": [("k05", CELLS, 222), ("k24", CELLS, 231), ("k12", CELLS, 238)],
     "reason": "cells since 2002 rising with time: 222 (Feb 2024), 231 (Mar 2025), 238 (Feb 2026)"},
    {"refs": [("k04", CELLS, 96)] + [("k04", CELLS, v) for v in K04_YEARS],
     "reason": "a yearly list (2015-2023) in the same box as its stated total of 96, which it sums to"},
    {"refs": [("k04", CELLS, 96), ("k09", CELLS, 96)],
     "reason": "cells between 2015 and 2023: 96 in two files (repetition)"},
    {"refs": [("k03", CELLS, 21), ("k04", CELLS, 21), ("k21", CELLS, 21), ("k22", CELLS, 20), ("k27", CELLS, 21)],
     "reason": "cells in 2015: 21 in four files and 'plus de 20' (a bound) in a fifth"},
    {"refs": [("k03", CELLS, 19), ("k04", CELLS, 19), ("k27", CELLS, 19)],
     "reason": "cells in 2016: 19 in three files (repetition)"},
    {"refs": [("k03", CELLS, 11), ("k04", CELLS, 11), ("k11", CELLS, 11), ("k16", CELLS, 11), ("k27", CELLS, 11)],
     "reason": "cells in 2018: 11 everywhere, once as the year before ('contre onze l'année précédente')"},
    {"refs": [("k04", CELLS, 6), ("k07", CELLS, 6), ("k10", CELLS, 6), ("k21", CELLS, 6), ("k25", CELLS, 6)],
     "reason": "cells in 2023: 6 in five files, twice in words"},
    {"refs": [("k04", CELLS, 10), ("k16", CELLS, 10), ("k27", CELLS, 10)],
     "reason": "cells in 2019: 10 in three files, once in words"},
    {"refs": [("k04", CELLS, 8), ("k27", CELLS, 8), ("k30", CELLS, 8)],
     "reason": "cells in 2020: 8 in three files, once in words"},
    {"refs": [("k20", CELLS, 62), ("k29", CELLS, 73), ("k10", CELLS, 104), ("k24", CELLS, 100)],
     "reason": "the BCIJ's cells since 2015 rising: 62 (2019), 73 (2020), 104 (Jan 2025), 'more than 100' (Mar 2025)"},
    {"refs": [("k06", ARRESTS, 4320), ("k01", ARRESTS, 4300), ("k13", ARRESTS, 4380)],
     "reason": "arrests since 2002 rising: 4320 (2022), 'more than 4300' (May 2023), 4380 (May 2023)"},
    {"refs": [("k04", ARRESTS, 1298), ("k24", ARRESTS, 1300)],
     "reason": "arrests since 2015: 1298 (Jan 2024) then 'exceeded 1,300' (Mar 2025), a running total that rises"},
    {"refs": [("k11", ARRESTS, 64), ("k14", ARRESTS, 64)],
     "reason": "arrests in 2018: 64 in two files (repetition)"},
    {"refs": [("k14", ARRESTS, 82), ("k16", ARRESTS, 82)],
     "reason": "arrests in 2019: 82 and 'quelque 82' agree"},
    {"refs": [("k08", JOINED, 1660, SI), ("k18", JOINED, 1600, SI), ("k19", JOINED, 1659, SI),
              ("k30", JOINED, 1659, SI), ("k02", JOINED, 1659, SI), ("k23", JOINED, 1660, SI)],
     "reason": "fighters who joined in Syria and Iraq: 1659, 'about 1660' and 'more than 1600' agree (rounding, bounds)"},
    {"refs": [("k02", JOINED, 285, "women"), ("k18", JOINED, 285, "women")],
     "reason": "women among the fighters: 285 in two files"},
    {"refs": [("k02", JOINED, 390, "minors"), ("k18", JOINED, 391, "minors")],
     "reason": "minors among the fighters: 'ما يقارب 390' and 391 agree (rounding)"},
    {"refs": [("k02", RETURNEES, 270), ("k02", RETURNEES, 232, "syria"), ("k02", RETURNEES, 38, "iraq")],
     "reason": "returnees 270 broken down as 232 from Syria and 38 from Iraq: the breakdown sums right"},
    {"refs": [("k02", RETURNEES, 270), ("k17", RETURNEES, 270)],
     "reason": "returnees: 270 and 'environ 270' agree"},
    {"refs": [("k02", RET_ARR, 137), ("k17", RET_ARR, 137), ("k23", RET_ARR, 137)],
     "reason": "returnees arrested: 137 in three files"},
    {"refs": [("k19", KILLED, 745, "syria_iraq_linked"), ("k30", KILLED, 745), ("k02", KILLED, 740)],
     "reason": "fighters killed: 745 (2021, twice) then 'more than 740' (2024) agree (a bound)"},
    {"refs": [("k01", PLOTS, 500), ("k13", PLOTS, 500), ("k26", PLOTS, 500)],
     "reason": "plots foiled since 2002: 'more than 500' in three files"},
    {"refs": [("k08", ABROAD, 250, "syria"), ("k19", ABROAD, 250, "syria")],
     "reason": "nationals held in Syria: 'about 250' in two files"},
    {"refs": [("k03", CELLS, 5), ("k04", CELLS, 5)],
     "reason": "cells in 2021: 'not more than five' by late December 2021 and 5 for the year: a part within its whole"},
]  # fmt: skip


CONVENTIONS = [
    "A series is (metric, subset, period type and start). Two claims are comparable only inside one series; a "
    "figure the text dates ('la chronologie: 2018 ... 183', 'حصيلة نهاية دجنبر 2018') speaks for its `as_of` date, "
    "and its period ends there.",
    "Bounds: 'more than N' agrees with any value above N; 'at least N' with N and above; 'about N' with a value "
    "within 1% of N. A running total (since, cumulative_unspecified) may stay or rise.",
    "A chronology or list: every item with its own figure is a claim, including items after the first that drop "
    "the noun ('و١٩ سنة ٢٠١٦', '2016: 19', '82 en 2019'); each item's period is the year printed next to it, "
    "before or after the number; a list's stated total over the same years is a separate claim of type `range`.",
    "An item that states a spread of values ('entre 5 et 10 cellules par an') gives no single figure: a trap.",
    "A figure that updates an earlier one in the same sentence ('dix cellules, contre onze l'année précédente', "
    "'8 ... مقابل 6 خلايا في السنة التي قبلها') gives two claims, each for its own year.",
    "A breakdown by affiliation or country is a set of subsets of the total (`isis_linked`, `sahel`, `syria`, "
    "`iraq`); `sahel` (cells linked to Sahel groups) is this corpus's one new subset slug.",
    "Who speaks: a think tank, a study, its authors or a named political scientist are `analyst`; a prosecutor or "
    "a chart quoting BCIJ data is `BCIJ`; 'مصادر أمنية', 'une source sécuritaire', 'official figures/statistics' "
    "and 'a senior security official' are `official_unspecified`; the outlet's own compilation or a timeline with "
    "no source is `unspecified` with no `raw`; a foreign ministry's own count is `unspecified` with `raw`. A "
    "'Source : DGST' line under a key-figures box attributes the box's figures.",
    "Fighters who joined in Syria and Iraq are `fighters_joined` subset `syria_iraq_linked`; women and minors among "
    "them are the subsets `women` / `minors`; nationals held in Syrian camps carry `syria`. With no stated start "
    "they are `cumulative_unspecified` ending on the byline date.",
    "Relative periods are resolved from the byline: 'السنة الماضية' / 'L'an dernier' / 'Last year' is the previous "
    "calendar year; 'l'année précédente' and 'في السنة التي قبلها' the year before the one just named; 'منذ بداية "
    "السنة الجارية' / 'Depuis le début de l'année' is `year_to_date`; 'خلال العقد الأخير' / 'au cours des dix "
    "dernières années' / 'Over the last decade' is `last_n_years` n=10 and 'Over the last five years' n=5 (start = "
    "publication year - n); 'خلال الفترة ذاتها', 'خلال السنة نفسها', 'au cours de la même période', 'over the "
    "same period' inherit the previous sentence's period (a year-to-date period inherited this way has no text).",
    "'لم يتعد' is `at_most`; 'ما يقارب' is `about`; 'exceeded' is `more_than`; 'Quelque' and 'roughly' are `about`.",
    "Text converted from a PDF keeps its hard line breaks and hyphenated words inside the sentence; the sentence is "
    "the text as printed, line breaks included.",
    "Not claims (traps): ages, prison terms, numbers of defendants, witnesses or hearings of one trial, durations, "
    "law, article and resolution numbers, page numbers and counts, ISBNs, money, staff and recruits, arrests for "
    "all crimes, percentages of other things, death tolls of past attacks and bombers' counts, other countries' and "
    "world figures, view counts, caption numbering, the title's figure that the body repeats, and sidebar or related "
    "headlines.",
    "Partners need a cue of cooperation or shared intelligence (joint operations with Spain, intelligence shared "
    "with France, Spain and the US); conflict zones and countries named for contrast are `mentioned`.",
]


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    kinds = sorted(i["kind"] for i in gold["inconsistencies"])
    lines = [
        "# Chron: chronicles, timelines, key-figure boxes and other numbers-heavy formats",
        "",
        "30 files -- 12 Arabic (`k01`-`k12`), 10 French (`k13`-`k22`) and 8 English (`k23`-`k30`) -- and their gold, "
        "`expected.json`, in the schema of `../shared/seeds/expected.json` and the vocabulary of "
        f"`../shared/CONTRACT.md`: {n_claims} claims, {n_traps} traps, {len(kinds)} planted inconsistencies "
        f"({', '.join(kinds)}) and {len(gold['must_not_flag'])} compatible groups that must not be flagged.",
        "",
        "Written by a fresh hand who never read the engines, the other corpora's articles or the blind splits, to be "
        "measured ONCE, untuned. Its stress is on HOW figures are laid out: anniversary features and retrospectives, "
        "year-by-year chronologies in prose and in lists whose later items drop the noun, key-figure boxes, "
        "infographic captions, breakdowns by affiliation and country, court reporting full of numbers that are not "
        "claims, PDF-converted text, number words, Arabic-Indic digits, relative periods and figures the text dates. "
        "Do not tune on it.",
        "",
        "Measure the engine with (after `import_articles` of these files into a fresh database):",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims tests/corpus_chron/ --json > /tmp/chron.json",
        ".venv/bin/python manage.py consistency_report --json > /tmp/chron-report.json",
        "python3 ../shared/tools/score.py tests/corpus_chron/expected.json /tmp/chron.json --report /tmp/chron-report.json",
        "```",
        "",
        "## Conventions (where the contract leaves a choice)",
        "",
        *[f"- {c}" for c in CONVENTIONS],
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_chron/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. "
        "`tests/test_corpus_chron_gold.py` checks the committed gold without Django and that `build.py` regenerates "
        "the committed bytes. Edit `build.py`, never the generated files. Articles, people and outlets are invented "
        "(every outlet is fictional). Stored press pages (TelQuel, Les Eco, La Vie éco, Le Site info, L'Opinion via "
        "Maghress) were read first for the BCIJ's wording and orders of magnitude (21 cells in 2015, 19 in 2016, 9 "
        "in 2017; 183 cells since 2002 in October 2018; 275, 276 and 186 arrests in 2015-2017; about 1,660 fighters; "
        "some 240-270 returnees); no sentence was copied.",
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
        description="Chron development corpus for ctfacts (Arabic, French, English): anniversary features, "
        "chronologies, key-figure boxes, infographic captions, breakdowns, court reporting and PDF-converted "
        "reports, measured once, with planted inconsistencies and compatible groups. Generated by build.py; see "
        "README.md. Schema: CONTRACT.md and seeds/expected.json.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
