"""Writes the "ledger" development corpus (tests/corpus_ledger/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_ledger/build.py [--out DIR]

30 files (Arabic l01-l12, French l13-l22, English l23-l30) about figures that DRIFT across outlets and years:
seven series (cells since 2002, cells in 2023, persons arrested in a year, BCIJ cells since 2015, fighters who
joined, returnees and returnees arrested, plots foiled since 2002) told by several outlets between 2019 and 2026,
with planted inconsistencies of every finding kind of CONTRACT.md and compatible groups that must not be flagged.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles and most outlets are invented; they follow the wording and orders of magnitude of real Moroccan
reporting, written anew.
"""

from __future__ import annotations

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
    run_build,
    since,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

ARTICLES = []

CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, RETURNEES, RET_ARR = "fighters_joined", "returnees", "returnees_arrested"


def article(fn):
    ARTICLES.append(fn)
    return fn


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
    md_outlet = None if fmt == "clean" else outlet
    return dict(
        key=key,
        file=file,
        format=fmt,
        language=lang,
        text=text,
        metadata=meta(
            title,
            md_outlet,
            None if fmt == "clean" else alias,
            pub,
            fictional=kw.get("fictional", True) and fmt != "clean",
            city=kw.get("city"),
        ),  # fmt: skip
        claims=claims,
        optional_claims=kw.get("optional", []),
        must_not_extract=([SIDEBAR_RULE] if fmt == "aggregator" else []) + traps,
        countries_cited=kw.get("cited", []),
        countries_not_partners=kw.get("not_partners", []),
        summary=summary,
    )


# ================================================================ Arabic (l01-l12)


@article
def l01():
    pub = "2020-11-17"
    heads = ["ارتفاع أسعار المحروقات للمرة الثالثة هذا الشهر", "الرجاء يفوز على ضيفه 3-1",
             "حالة الطقس: أمطار رعدية بالشمال"]  # fmt: skip
    title = "الحصيلة الأمنية لمكافحة الإرهاب في أرقام"
    s1 = (
        "وكشفت مصادر من المديرية العامة لمراقبة التراب الوطني أن الأجهزة الأمنية فككت منذ سنة 2002 ما مجموعه "
        "207 خلايا إرهابية بمختلف جهات المملكة."
    )
    s2 = (
        "وأضافت المصادر ذاتها أن عدد الأشخاص الذين تم توقيفهم في هذه القضايا منذ التاريخ نفسه تجاوز 4000 شخص."
    )
    body = [
        "عادت حصيلة الأجهزة الأمنية في مجال مكافحة الإرهاب إلى الواجهة بعد عملية جديدة نفذت الأسبوع الماضي.",
        s1,
        s2,
        "ويعود المنعطف الأكبر في هذه المقاربة إلى تفجيرات 16 ماي 2003 بالدار البيضاء.",
    ]
    return page(
        "l01", "l01_aggregator_dgst_207.txt", "ar", "aggregator", pub, "أخبار الساعة", "Akhbar Assaa", title, body,
        [
            C(CELLS, 207, "207", s1, since("2002", pub, "منذ سنة 2002"),
              A("DGST", "مصادر من المديرية العامة لمراقبة التراب الوطني")),
            C(ARRESTS, 4000, "4000", s2, since("2002", pub, None), A("DGST", "المصادر ذاتها"), q="more_than",
              qt="تجاوز", notes="'منذ التاريخ نفسه' inherits 2002"),
        ],
        [T("3-1", "sidebar: football score"), T("16 ماي 2003", "date of the Casablanca attacks")],
        "Aggregator; DGST sources give the running total since 2002 (207) and arrests since 2002 (more than 4000).",
        heads=heads,
    )  # fmt: skip


@article
def l02():
    pub = "2023-11-20"
    title = "مسؤول بالمكتب المركزي: المقاربة الاستباقية جنبت المغرب مخاطر جمة"
    s1 = (
        "وأوضح مسؤول بالمكتب المركزي للأبحاث القضائية، خلال ندوة علمية احتضنتها كلية الحقوق بالرباط، أن "
        "المصالح الأمنية تمكنت من تفكيك 214 خلية إرهابية منذ 2002."
    )
    s2 = "وأبرز المتحدث أن هذه العمليات مكنت من إحباط أزيد من 500 مخطط إرهابي منذ سنة 2002."
    s3 = "وأشار إلى أن التعاون مع المصالح الإسبانية أثمر عمليات مشتركة عديدة."
    body = [
        "شدد المتدخلون في ندوة حول السياسة الجنائية على أهمية القانون رقم 03.03 المتعلق بمكافحة الإرهاب.",
        s1,
        s2,
        s3,
        "وحضر الندوة أزيد من 300 طالب وباحث.",
    ]
    return page(
        "l02", "l02_wordpress_bcij_214.txt", "ar", "wordpress", pub, "منبر الرباط", "Minbar Rabat", title, body,
        [
            C(CELLS, 214, "214", s1, since("2002", pub, "منذ 2002"), A("BCIJ", "مسؤول بالمكتب المركزي للأبحاث القضائية")),
            C(PLOTS, 500, "500", s2, since("2002", pub, "منذ سنة 2002"), A("BCIJ", "وأبرز المتحدث"), q="more_than",
              qt="أزيد من"),
        ],
        [T("03.03", "law number"), T("300 طالب", "seminar attendance")],
        "WordPress; a BCIJ official at a seminar: 214 cells and more than 500 plots since 2002; Spain as partner.",
        crumbs="الرئيسيةوطنيةأمن", meta_line="الإثنين 20 نونبر 2023 - 18:05", related=["ندوة حول الأمن الرقمي"],
        cited=["ES"],
    )  # fmt: skip


@article
def l03():
    pub = "2023-12-28"
    title = "حصيلة 2023: الأمن الوطني يعرض أرقامه في مكافحة الإرهاب"
    s1 = "وحسب الحصيلة السنوية للمديرية العامة للأمن الوطني، فقد تم خلال سنة 2023 تفكيك 8 خلايا إرهابية."
    s2 = "كما أسفرت العمليات ذاتها عن توقيف 61 شخصا خلال السنة نفسها، وفق المصدر ذاته."
    body = [
        "الدار البيضاء - نشرت المديرية العامة للأمن الوطني حصيلتها السنوية التي تشمل مختلف مجالات التدخل.",
        s1,
        s2,
        "وفي مجال السير والجولان، بلغت قيمة الغرامات المستخلصة 12 مليون درهم.",
    ]
    return page(
        "l03", "l03_clean_dgsn_review_2023.txt", "ar", "clean", pub, None, None, title, body,
        [
            C(CELLS, 8, "8", s1, yr("2023", "خلال سنة 2023"), A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")),
            C(ARRESTS, 61, "61", s2, yr("2023", "خلال السنة نفسها"), A("DGSN", "وفق المصدر ذاته")),
        ],
        [T("12 مليون درهم", "money (traffic fines)")],
        "Clean page; the DGSN's review of 2023: 8 cells, 61 arrests.",
        date_line="الخميس 28 دجنبر 2023",
    )  # fmt: skip


@article
def l04():
    pub = "2024-12-30"
    heads = ["افتتاح معرض الكتاب في دورته 30", "انخفاض أسعار الطماطم بنسبة 12%"]
    title = "المديرية العامة للأمن الوطني تستعرض حصيلة سنة 2024"
    s1 = "وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني بأن المصالح المختصة فككت 7 خلايا إرهابية خلال سنة 2024."
    s2 = "وأسفرت هذه العمليات عن توقيف 64 شخصا خلال السنة ذاتها، من بينهم 5 نساء، حسب الوثيقة نفسها."
    body = [
        "الرباط - قدمت المديرية العامة للأمن الوطني حصيلة عملها برسم السنة الجارية.",
        s1,
        s2,
        "وأكدت المديرية أن رقم النجدة 19 يظل متاحا على مدار الساعة.",
    ]
    return page(
        "l04", "l04_aggregator_dgsn_review_2024.txt", "ar", "aggregator", pub, "بوابة المغرب", "Bawabat Al Maghrib",
        title, body,
        [
            C(CELLS, 7, "7", s1, yr("2024", "خلال سنة 2024"), A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")),
            C(ARRESTS, 64, "64", s2, yr("2024", "خلال السنة ذاتها"), A("DGSN", "حسب الوثيقة نفسها")),
            C(ARRESTS, 5, "5", s2, yr("2024", "خلال السنة ذاتها"), A("DGSN", "حسب الوثيقة نفسها"), subset="women",
              notes="a sub-figure of the 64, not a breakdown"),
        ],
        [T("دورته 30", "sidebar: fair edition"), T("12%", "sidebar: percentage"), T("رقم النجدة 19", "phone number")],
        "Aggregator; the DGSN's review of 2024: 7 cells, 64 arrested of whom 5 women.",
        heads=heads,
    )  # fmt: skip


@article
def l05():
    pub = "2025-10-06"
    title = "تفكيك خلية موالية لداعش بطنجة وتطوان"
    s1 = "وأفاد بلاغ للمكتب المركزي للأبحاث القضائية بأن العملية التي نفذت اليوم أسفرت عن توقيف 4 متطرفين."
    s2 = "وتفيد المعطيات الرسمية بأن عدد الخلايا الإرهابية المفككة بالمملكة منذ 2002 بلغ 210 خلايا."
    body = [
        s1,
        "وتتراوح أعمار الموقوفين بين 19 و33 سنة.",
        s2,
        "وجرى حجز أسلحة بيضاء ومبلغ 3000 درهم.",
    ]
    return page(
        "l05", "l05_html_stale_210.html", "ar", "html", pub, "الشمال بريس", "Achamal Press", title, body,
        [
            C(ARRESTS, 4, "4", s1, P("event", pub, pub, "اليوم"), A("BCIJ", "بلاغ للمكتب المركزي للأبحاث القضائية")),
            C(CELLS, 210, "210", s2, since("2002", pub, "منذ 2002"), A("official_unspecified", "المعطيات الرسمية"),
              notes="repeats as current a total that 214 (2023) and 217 (2025) had overtaken"),
        ],
        [T("بين 19 و33 سنة", "ages"), T("3000 درهم", "money")],
        "Saved HTML (time tag and JSON-LD); an operation report that repeats an outdated total (210) as current.",
    )  # fmt: skip


@article
def l06():
    pub = "2022-09-14"
    title = "الجهة الشرقية: ندوة حول التطرف العنيف"
    s1 = "ونقل المشاركون عن مصادر أمنية أن المغرب فكك 2100 خلية إرهابية منذ سنة 2002."
    s2 = "كما أشاروا إلى أن أكثر من 1600 مغربي التحقوا بالتنظيمات المسلحة في سوريا والعراق."
    body = [
        "وجدة - احتضنت المدينة ندوة جهوية حول الوقاية من التطرف العنيف شارك فيها 40 فاعلا جمعويا.",
        s1,
        s2,
    ]
    return page(
        "l06", "l06_clean_oujda_2100.txt", "ar", "clean", pub, None, None, title, body,
        [
            C(CELLS, 2100, "2100", s1, since("2002", pub, "منذ سنة 2002"), A("official_unspecified", "مصادر أمنية"),
              notes="printed as such (a misprint of 210?): extracted as printed, flagged by consistency"),
            C(JOINED, 1600, "1600", s2, cumul(pub), A("official_unspecified", "مصادر أمنية"), q="more_than",
              qt="أكثر من", subset="syria_iraq_linked", notes="'أشاروا' = the participants quoting the same sources"),
        ],
        [T("40 فاعلا", "seminar participants")],
        "Clean page; a regional seminar repeats an implausible 2100 cells since 2002.",
        date_line="14 شتنبر 2022",
        not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def l07():
    pub = "2019-03-12"
    title = "واشنطن تشيد بإعادة مقاتلين مغاربة من سوريا"
    s1 = (
        "وتشير التقديرات الرسمية إلى أن عدد المغاربة الذين التحقوا بالجماعات المسلحة في سوريا والعراق يناهز "
        "1660 مقاتلا."
    )
    body = [
        "رحبت الولايات المتحدة، الشريك في التحالف الدولي ضد داعش، بإعادة المغرب 8 من مواطنيه من سوريا.",
        s1,
        "ويواجه العائدون عقوبات تتراوح بين 5 و15 سنة سجنا بموجب القانون 86.14.",
    ]
    return page(
        "l07", "l07_wordpress_repatriation_1660.txt", "ar", "wordpress", pub, "المغرب الآن", "Al Maghrib Al An",
        title, body,
        [
            C(JOINED, 1660, "1660", s1, cumul(pub), A("official_unspecified", "التقديرات الرسمية"), q="about",
              qt="يناهز", subset="syria_iraq_linked"),
        ],
        [T("بين 5 و15 سنة", "prison sentences"), T("86.14", "law number")],
        "WordPress; official estimates of about 1660 fighters; the US as partner; repatriation as optional.",
        crumbs="الرئيسيةدولي", meta_line="12 مارس 2019", cited=["US"],
        not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"}],
        optional=[C("repatriated", 8, "8", "رحبت الولايات المتحدة، الشريك في التحالف الدولي ضد داعش، بإعادة المغرب 8 "
                    "من مواطنيه من سوريا.", P("unspecified"), A("unspecified"))],
    )  # fmt: skip


@article
def l08():
    pub = "2024-01-22"
    heads = ["مجلس النواب يصادق على 14 مشروع قانون", "تأجيل مباراة الديربي"]
    title = "سؤال برلماني حول حصيلة مكافحة الإرهاب"
    s1 = (
        "وقال النائب البرلماني في سؤال كتابي موجه لوزير الداخلية إن المصالح الأمنية فككت 11 خلية إرهابية "
        "خلال السنة الماضية."
    )
    body = [
        s1,
        "وطالب النائب، الذي يبلغ من العمر 52 سنة، بتعزيز برامج المصالحة داخل السجون.",
        "ويحمل السؤال رقم 4128.",
    ]
    return page(
        "l08", "l08_aggregator_mp_11.txt", "ar", "aggregator", pub, "نبض البرلمان", "Nabd Al Barlamane", title, body,
        [C(CELLS, 11, "11", s1, yr("2023", "خلال السنة الماضية"), A("PARLIAMENT", "النائب البرلماني"))],
        [T("14 مشروع قانون", "sidebar: bills"), T("52 سنة", "age"), T("رقم 4128", "question number")],
        "Aggregator; an MP's written question gives 11 cells for 2023 (the DGSN said 8).",
        heads=heads,
    )  # fmt: skip


@article
def l09():
    pub = "2022-12-29"
    title = "الأمن الوطني: حصيلة سنة 2022"
    s1 = "وأفادت المديرية العامة للأمن الوطني بأنها فككت، بتنسيق مع المديرية العامة لمراقبة التراب الوطني، 6 خلايا إرهابية خلال سنة 2022."
    s2 = "وبلغ عدد الموقوفين في قضايا الإرهاب 43 شخصا خلال السنة نفسها، بحسب المديرية."
    body = [s1, s2, "وجندت المديرية 2500 شرطي لتأمين احتفالات رأس السنة."]
    return page(
        "l09", "l09_html_dgsn_review_2022.html", "ar", "html", pub, "الرباط 24", "Rabat 24", title, body,
        [
            C(CELLS, 6, "6", s1, yr("2022", "خلال سنة 2022"), A("DGSN", "المديرية العامة للأمن الوطني")),
            C(ARRESTS, 43, "43", s2, yr("2022", "خلال السنة نفسها"), A("DGSN", "بحسب المديرية")),
        ],
        [T("2500 شرطي", "police officers deployed")],
        "Saved HTML with a time tag only; the DGSN's review of 2022: 6 cells, 43 arrests.",
        html_kw={"jsonld": False},
    )  # fmt: skip


@article
def l10():
    pub = "2021-03-30"
    title = "مدير المكتب المركزي للأبحاث القضائية في حوار"
    s1 = (
        "وأكد مدير المكتب المركزي للأبحاث القضائية أن المكتب فكك منذ إحداثه سنة 2015 ما مجموعه 83 خلية إرهابية، "
        "منها 77 خلية مرتبطة بتنظيم داعش."
    )
    body = [
        s1,
        "وأشاد المسؤول بتبادل المعلومات مع الأجهزة الفرنسية والإسبانية.",
        "ويشغل المكتب مقرا بسلا منذ 20 مارس 2015.",
    ]
    return page(
        "l10", "l10_clean_bcij_83.txt", "ar", "clean", pub, None, None, title, body,
        [
            C(CELLS, 83, "83", s1, since("2015", pub, "منذ إحداثه سنة 2015"), A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")),
            C(CELLS, 77, "77", s1, since("2015", pub, "منذ إحداثه سنة 2015"), A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية"),
              subset="isis_linked", notes="'منها': one sub-figure of the 83, not a full breakdown"),
        ],
        [T("20 مارس 2015", "date of creation")],
        "Clean page; the BCIJ director: 83 cells since 2015, of which 77 ISIS-linked; France and Spain as partners.",
        date_line="الثلاثاء 30 مارس 2021", cited=["FR", "ES"],
    )  # fmt: skip


@article
def l11():
    pub = "2025-05-16"
    title = "22 عاما على أحداث الدار البيضاء"
    s1 = (
        "ويرى الباحث في الجماعات المتطرفة أن المكتب المركزي للأبحاث القضائية فكك 91 خلية منذ إحداثه سنة 2015."
    )
    body = [
        "تحل اليوم الذكرى الثانية والعشرون لتفجيرات 16 ماي التي خلفت 45 قتيلا.",
        s1,
        "ويضيف أن الخطر بات اليوم رقميا أكثر منه ميدانيا.",
    ]
    return page(
        "l11", "l11_wordpress_analyst_91.txt", "ar", "wordpress", pub, "مدارات", "Madarat", title, body,
        [C(CELLS, 91, "91", s1, since("2015", pub, "منذ إحداثه سنة 2015"), A("analyst", "الباحث في الجماعات المتطرفة"))],
        [T("22 عاما", "years since the attacks"), T("45 قتيلا", "death toll of 2003")],
        "WordPress; a researcher gives 91 BCIJ cells since 2015, below the BCIJ's own 96 of 2024.",
        crumbs="الرئيسيةملفات", meta_line="الجمعة 16 ماي 2025",
    )  # fmt: skip


@article
def l12():
    pub = "2026-02-10"
    heads = ["ارتفاع عدد السياح الوافدين إلى 17 مليون", "نهائي كأس العرش يوم 5 يونيو"]
    title = "وزير الداخلية أمام مجلس المستشارين: ملف العائدين تحت المراقبة"
    s1 = "وقال وزير الداخلية، في جوابه على أسئلة المستشارين، إن 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق."
    s2 = "وأضاف الوزير أن 270 منهم عادوا إلى أرض الوطن، وأن 241 من العائدين أوقفوا وقدموا إلى العدالة."
    body = [s1, s2, "وتستغرق مدة الحراسة النظرية في قضايا الإرهاب 96 ساعة قابلة للتمديد."]
    return page(
        "l12", "l12_aggregator_minister_councillors.txt", "ar", "aggregator", pub, "صوت المستشارين", "Sawt",
        title, body,
        [
            C(JOINED, 1659, "1659", s1, cumul(pub), A("MOI", "وزير الداخلية"), subset="syria_iraq_linked"),
            C(RETURNEES, 270, "270", s2, cumul(pub), A("MOI", "وأضاف الوزير")),
            C(RET_ARR, 241, "241", s2, cumul(pub), A("MOI", "وأضاف الوزير")),
        ],
        [T("17 مليون", "sidebar: tourists"), T("96 ساعة", "duration of police custody")],
        "Aggregator; the interior minister before the councillors: 1659 joined, 270 returned, 241 arrested.",
        heads=heads,
        not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"}],
    )  # fmt: skip


# ================================================================ French (l13-l22)


@article
def l13():
    pub = "2022-05-16"
    title = "Seize mai : le BCIJ dresse vingt ans de lutte antiterroriste"
    s1 = "Selon le BCIJ, les services marocains ont démantelé 210 cellules terroristes depuis 2002."
    s2 = "Plus de 4.300 personnes ont été interpellées depuis 2002 dans ces affaires, a précisé le responsable du Bureau."
    s3 = "Le BCIJ fait également état de 500 projets d'attentats avortés depuis 2002."
    body = [
        s1,
        s2,
        s3,
        "Il a salué la coopération avec l'Espagne et la France, dont les services échangent des renseignements avec Rabat.",
        "Les attentats de 2003 avaient fait 45 morts à Casablanca.",
    ]
    return page(
        "l13", "l13_wordpress_bcij_210.txt", "fr", "wordpress", pub, "Le Courrier du Bouregreg", "Courrier du Bouregreg",
        title, body,
        [
            C(CELLS, 210, "210", s1, since("2002", pub, "depuis 2002"), A("BCIJ", "Selon le BCIJ")),
            C(ARRESTS, 4300, "4.300", s2, since("2002", pub, "depuis 2002"), A("BCIJ", "le responsable du Bureau"),
              q="more_than", qt="Plus de"),
            C(PLOTS, 500, "500", s3, since("2002", pub, "depuis 2002"), A("BCIJ", "Le BCIJ")),
        ],
        [T("45 morts", "death toll of 2003")],
        "WordPress; the BCIJ on the anniversary: 210 cells, more than 4,300 arrests, 500 plots since 2002.",
        crumbs="AccueilNationalSécurité", meta_line="16 mai 2022", cited=["ES", "FR"],
    )  # fmt: skip


@article
def l14():
    pub = "2020-02-05"
    title = "Combattants de retour : l'Intérieur livre ses chiffres aux députés"
    s1 = (
        "Le ministre de l'Intérieur a indiqué aux députés que 260 combattants marocains sont rentrés au pays."
    )
    s2 = "Parmi eux, 232 ont été interpellés à leur retour, a-t-il ajouté."
    body = [
        s1,
        s2,
        "Ils encourent des peines de 5 à 15 ans de prison en vertu de la loi 86.14.",
    ]
    return page(
        "l14", "l14_clean_moi_returnees_260.txt", "fr", "clean", pub, None, None, title, body,
        [
            C(RETURNEES, 260, "260", s1, cumul(pub), A("MOI", "Le ministre de l'Intérieur")),
            C(RET_ARR, 232, "232", s2, cumul(pub), A("MOI", "a-t-il ajouté")),
        ],
        [T("de 5 à 15 ans", "prison sentences"), T("86.14", "law number")],
        "Clean page; the interior minister before MPs: 260 returnees, 232 arrested on return.",
        date_line="Mercredi 5 février 2020",
    )  # fmt: skip


@article
def l15():
    pub = "2024-06-10"
    heads = ["Bourse de Casablanca : le MASI gagne 1,2%", "Météo : jusqu'à 41 degrés à Marrakech"]
    title = "Démantèlement d'une cellule à Had Soualem"
    s1 = "Plus de 210 cellules ont été démantelées depuis 2002, selon les chiffres officiels."
    body = [
        "Les éléments du BCIJ ont interpellé trois individus partisans de Daech dans la région de Had Soualem.",
        s1,
        "Les suspects sont âgés de 21 à 28 ans.",
    ]
    return page(
        "l15", "l15_aggregator_more_than_210.txt", "fr", "aggregator", pub, "Maroc Dépêches", "Maroc Depeches",
        title, body,
        [C(CELLS, 210, "210", s1, since("2002", pub, "depuis 2002"), A("official_unspecified", "les chiffres officiels"),
           q="more_than", qt="Plus de")],
        [T("1,2%", "sidebar: stock index"), T("41 degrés", "sidebar: temperature"), T("de 21 à 28 ans", "ages")],
        "Aggregator; an operation report with the background 'more than 210' since 2002 (agrees with 214).",
        heads=heads,
        optional=[C(ARRESTS, 3, "trois", "Les éléments du BCIJ ont interpellé trois individus partisans de Daech dans "
                    "la région de Had Soualem.", P("unspecified"), A("BCIJ"))],
    )  # fmt: skip


@article
def l16():
    pub = "2024-02-12"
    title = "Terrorisme : le bilan 2023 présenté à la Chambre"
    s1 = "Le ministère de l'Intérieur a recensé 8 cellules démantelées en 2023."
    s2 = "Ce chiffre était de 6 cellules en 2022, d'après la même source."
    body = [s1, s2, "Le budget du ministère atteint 38 milliards de dirhams."]
    return page(
        "l16", "l16_html_moi_2023.html", "fr", "html", pub, "Rabat Hebdo", "Rabat Hebdo", title, body,
        [
            C(CELLS, 8, "8", s1, yr("2023", "en 2023"), A("MOI", "Le ministère de l'Intérieur")),
            C(CELLS, 6, "6", s2, yr("2022", "en 2022"), A("MOI", "d'après la même source")),
        ],
        [T("38 milliards de dirhams", "money")],
        "Saved HTML with JSON-LD only; the interior ministry: 8 cells in 2023, 6 in 2022.",
        html_kw={"time_tag": False},
    )  # fmt: skip


@article
def l17():
    pub = "2023-07-25"
    title = "La DGSN fait le point à mi-parcours"
    s1 = (
        "Depuis le début de l'année, 9 cellules terroristes ont été démantelées, a annoncé le porte-parole de "
        "la DGSN."
    )
    body = [
        s1,
        "Une de ces opérations a été menée avec la police espagnole, a-t-il rappelé.",
        "Le numéro vert 19 reste à la disposition des citoyens.",
    ]
    return page(
        "l17", "l17_wordpress_dgsn_ytd_9.txt", "fr", "wordpress", pub, "Atlas Actu", "Atlas Actu", title, body,
        [C(CELLS, 9, "9", s1, ytd(pub, "Depuis le début de l'année"), A("DGSN", "le porte-parole de la DGSN"))],
        [T("numéro vert 19", "phone number")],
        "WordPress; the DGSN spokesman: 9 cells by late July 2023, more than the DGSN's own 8 for the whole year.",
        crumbs="AccueilSociété", meta_line="25 juillet 2023", cited=["ES"],
    )  # fmt: skip


@article
def l18():
    pub = "2025-01-08"
    title = "Un bilan 2024 marqué par la menace numérique"
    s1 = "Plus de 60 personnes ont été interpellées en 2024 pour des liens présumés avec des groupes terroristes, selon les chiffres officiels."
    body = [s1, "La moitié des suspects avaient moins de 30 ans.", "Le rapport compte 124 pages."]
    return page(
        "l18", "l18_clean_more_than_60.txt", "fr", "clean", pub, None, None, title, body,
        [C(ARRESTS, 60, "60", s1, yr("2024", "en 2024"), A("official_unspecified", "les chiffres officiels"),
           q="more_than", qt="Plus de")],
        [T("moins de 30 ans", "age"), T("124 pages", "page count")],
        "Clean page; 'more than 60' arrested in 2024 (agrees with 64).",
        date_line="8 janvier 2025",
    )  # fmt: skip


@article
def l19():
    pub = "2025-01-03"
    heads = ["Foot : le Wydad s'impose 2-0", "Prix du gasoil : +0,40 dirham"]
    title = "DGSN : le bilan 2024 de la lutte antiterroriste"
    s1 = (
        "Selon le bilan annuel de la DGSN, 64 personnes ont été interpellées en 2024 dans des affaires de "
        "terrorisme, dont 58 Marocains et 9 ressortissants étrangers."
    )
    body = [s1, "Les étrangers venaient notamment du Sahel, précise le document."]
    return page(
        "l19", "l19_aggregator_dgsn_breakdown.txt", "fr", "aggregator", pub, "Info Maroc Express", "Info Maroc Express",
        title, body,
        [
            C(ARRESTS, 64, "64", s1, yr("2024", "en 2024"), A("DGSN", "le bilan annuel de la DGSN")),
            C(ARRESTS, 58, "58", s1, yr("2024", "en 2024"), A("DGSN", "le bilan annuel de la DGSN"),
              subset="moroccan_nationals", notes="'dont': part of a breakdown by nationality"),
            C(ARRESTS, 9, "9", s1, yr("2024", "en 2024"), A("DGSN", "le bilan annuel de la DGSN"), subset="foreigners",
              notes="'dont': part of a breakdown by nationality"),
        ],
        [T("2-0", "sidebar: football score"), T("0,40 dirham", "sidebar: money")],
        "Aggregator; the DGSN's 2024 review: 64 arrested 'dont 58 Marocains et 9 étrangers' (58 + 9 = 67).",
        heads=heads,
    )  # fmt: skip


@article
def l20():
    pub = "2022-10-04"
    title = "Le BCIJ, sept ans après"
    s1 = "Le BCIJ a démantelé 89 cellules terroristes depuis sa création en 2015, a indiqué son directeur."
    s2 = "Au total, plus de 200 cellules ont été démantelées au Maroc depuis 2002, a-t-il rappelé."
    body = [s1, s2, "Le Bureau emploie des enquêteurs formés pendant 18 mois."]
    return page(
        "l20", "l20_html_bcij_89.html", "fr", "html", pub, "L'Écho de Salé", "Echo de Sale", title, body,
        [
            C(CELLS, 89, "89", s1, since("2015", pub, "depuis sa création en 2015"), A("BCIJ", "son directeur")),
            C(CELLS, 200, "200", s2, since("2002", pub, "depuis 2002"), A("BCIJ", "a-t-il rappelé"), q="more_than",
              qt="plus de"),
        ],
        [T("sept ans", "duration"), T("18 mois", "training duration")],
        "Saved HTML with a time tag only; the BCIJ director: 89 since 2015 and more than 200 since 2002.",
        html_kw={"jsonld": False},
    )  # fmt: skip


@article
def l21():
    pub = "2021-06-21"
    title = "Combattants marocains à l'étranger : les chiffres de l'Intérieur"
    s1 = (
        "D'après le ministère de l'Intérieur, 1.659 Marocains ont rejoint des groupes armés en Syrie et en Irak, "
        "dont 1.060 au sein de Daech."
    )
    body = [
        s1,
        "Quelque 40 pays ont rapatrié des ressortissants depuis 2019.",
        "Lire aussi : les camps du nord-est syrien.",
    ]
    return page(
        "l21", "l21_wordpress_moi_1659.txt", "fr", "wordpress", pub, "Horizon Maghreb", "Horizon Maghreb", title, body,
        [
            C(JOINED, 1659, "1.659", s1, cumul(pub), A("MOI", "D'après le ministère de l'Intérieur"),
              subset="syria_iraq_linked"),
            C(JOINED, 1060, "1.060", s1, cumul(pub), A("MOI", "D'après le ministère de l'Intérieur"),
              subset="isis_linked", notes="one sub-figure of the 1,659, not a breakdown"),
        ],
        [T("40 pays", "other countries' repatriations")],
        "WordPress; the interior ministry: 1,659 fighters, of whom 1,060 in ISIS (a sub-figure).",
        crumbs="AccueilMonde", meta_line="21 juin 2021",
        not_partners=[{"country": "IQ", "text": "Irak", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def l22():
    pub = "2025-11-18"
    title = "Antiterrorisme : la coopération avec l'Allemagne renforcée"
    s1 = "Une source à la DGST évoque 505 projets d'attentats déjoués depuis 2002."
    body = [
        "Rabat et Berlin ont signé un nouveau mémorandum d'échange de renseignements.",
        s1,
        "Le texte compte 12 articles.",
    ]
    return page(
        "l22", "l22_clean_dgst_498.txt", "fr", "clean", pub, None, None, title, body,
        [C(PLOTS, 505, "505", s1, since("2002", pub, "depuis 2002"), A("DGST", "Une source à la DGST"))],
        [T("12 articles", "articles of the memorandum")],
        "Clean page; a DGST source: 505 plots foiled since 2002, below the 512 given in March 2025.",
        date_line="Mardi 18 novembre 2025", cited=["DE"],
    )  # fmt: skip


# ================================================================ English (l23-l30)


@article
def l23():
    pub = "2020-01-09"
    heads = ["Dirham gains 0.3% against the euro", "Raja beat AS FAR 2-1"]
    title = "Morocco dismantled 14 terror cells in 2019, BCIJ says"
    s1 = (
        "Moroccan security services broke up 14 terrorist cells in 2019, the BCIJ said in its annual figures."
    )
    body = [s1, "The bureau's hotline, 0537 00 00 00, received thousands of calls."]
    return page(
        "l23", "l23_aggregator_bcij_2019.txt", "en", "aggregator", pub, "Maghreb Ledger", "Maghreb Ledger", title, body,
        [C(CELLS, 14, "14", s1, yr("2019", "in 2019"), A("BCIJ", "the BCIJ said"))],
        [T("0.3%", "sidebar"), T("2-1", "sidebar: football score"), T("0537 00 00 00", "phone number"),
         T("14 terror cells in 2019", "title figure repeated by the body")],
        "Aggregator; the BCIJ's count for 2019 (14 cells).",
        heads=heads,
    )  # fmt: skip


@article
def l24():
    pub = "2025-03-04"
    title = "DGST chief: vigilance pays off"
    s1 = "A senior DGST official said Moroccan services have dismantled 217 terrorist cells since 2002."
    s2 = "The same official put the number of plots foiled since 2002 at 512."
    body = [s1, s2, "He spoke at a conference attended by delegations from 25 countries."]
    return page(
        "l24", "l24_wordpress_dgst_217.txt", "en", "wordpress", pub, "Rabat Observer", "Rabat Observer", title, body,
        [
            C(CELLS, 217, "217", s1, since("2002", pub, "since 2002"), A("DGST", "A senior DGST official")),
            C(PLOTS, 512, "512", s2, since("2002", pub, "since 2002"), A("DGST", "The same official")),
        ],
        [T("25 countries", "conference delegations")],
        "WordPress; a DGST official: 217 cells and 512 plots since 2002.",
        crumbs="HomeNationSecurity", meta_line="March 4, 2025",
    )  # fmt: skip


@article
def l25():
    pub = "2023-03-14"
    title = "Study maps Morocco's counter-terrorism arrests"
    s1 = "Last year, Moroccan services arrested 56 people on terrorism charges, according to the Atlas Centre for Security Studies."
    body = [s1, "The centre's report runs to 80 pages and cost 200,000 dirhams to produce."]
    return page(
        "l25", "l25_clean_study_56.txt", "en", "clean", pub, None, None, title, body,
        [C(ARRESTS, 56, "56", s1, yr("2022", "Last year"), A("analyst", "the Atlas Centre for Security Studies"))],
        [T("80 pages", "page count"), T("200,000 dirhams", "money")],
        "Clean page; a (fictional) think tank gives 56 arrests in 2022; the DGSN had said 43.",
        date_line="Tuesday, March 14, 2023",
    )  # fmt: skip


@article
def l26():
    pub = "2026-01-12"
    title = "Morocco's counter-terror record, revisited"
    s1 = "More than 215 cells have been dismantled since 2002, according to official data."
    s2 = "The November 2020 figures spoke of 207 cells dismantled since 2002."
    body = [s1, s2, "The 2003 law on terrorism has been amended twice."]
    return page(
        "l26", "l26_html_more_than_215.html", "en", "html", pub, "Atlas Review", "Atlas Review", title, body,
        [
            C(CELLS, 215, "215", s1, since("2002", pub, "since 2002"), A("official_unspecified", "official data"),
              q="more_than", qt="More than"),
            C(CELLS, 207, "207", s2, since("2002", "2020-11", "since 2002"),
              A("official_unspecified", "The November 2020 figures"), as_of="2020-11",
              notes="a figure the text dates to November 2020: as_of, period end = as_of"),
        ],
        [T("The 2003 law", "year of a law")],
        "Saved HTML (time tag and JSON-LD); 'more than 215' now and a figure dated November 2020 (as_of).",
    )  # fmt: skip


@article
def l27():
    pub = "2024-04-02"
    title = "US report credits Morocco's counter-terrorism efforts"
    s1 = "The US State Department's annual country report says Morocco dismantled 8 terrorist cells in 2023."
    s2 = "Six of them were linked to ISIS, the report adds."
    body = [
        s1,
        s2,
        "Washington described Rabat as a key partner and cited joint training for 300 officers.",
        "The report estimates that 1,200 ISIS fighters remain active in Iraq.",
    ]
    return page(
        "l27", "l27_html_us_report_8.html", "en", "html", pub, "North Coast Post", "North Coast Post", title, body,
        [
            C(CELLS, 8, "8", s1, yr("2023", "in 2023"), A("analyst", "The US State Department's annual country report")),
            C(CELLS, 6, "Six", s2, yr("2023", None), A("analyst", "the report adds"), subset="isis_linked",
              notes="period inherited from the previous sentence"),
        ],
        [T("300 officers", "trainees"), T("1,200 ISIS fighters", "Iraq's figure")],
        "Saved HTML with JSON-LD only; a US report: 8 cells in 2023, 6 of them ISIS-linked; the US as partner.",
        html_kw={"time_tag": False}, cited=["US"],
        not_partners=[{"country": "IQ", "text": "Iraq", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def l28():
    pub = "2024-03-18"
    title = "BCIJ director: 96 cells since 2015"
    s1 = "The BCIJ has dismantled 96 terrorist cells since its creation in 2015, its director told reporters in Salé."
    body = [s1, "Most suspects were aged between 18 and 30, he added."]
    return page(
        "l28", "l28_wordpress_bcij_96.txt", "en", "wordpress", pub, "Sale Tribune", "Sale Tribune", title, body,
        [C(CELLS, 96, "96", s1, since("2015", pub, "since its creation in 2015"), A("BCIJ", "its director"))],
        [T("between 18 and 30", "ages"), T("96 cells since 2015", "title figure repeated by the body")],
        "WordPress; the BCIJ director: 96 cells since 2015.",
        crumbs="HomeSecurity", meta_line="18 March 2024",
    )  # fmt: skip


@article
def l29():
    pub = "2023-05-16"
    heads = ["Tourism receipts up 20%", "Weather: 35C expected in Fez"]
    title = "Three cells broken up so far this year"
    s1 = "Three terrorist cells have been dismantled so far this year, a DGSN spokesman said."
    body = [s1, "Twenty years ago, attacks in Casablanca shocked the kingdom."]
    return page(
        "l29", "l29_aggregator_dgsn_ytd_3.txt", "en", "aggregator", pub, "Morocco Daily Brief", "Morocco Daily Brief",
        title, body,
        [C(CELLS, 3, "Three", s1, ytd(pub, "so far this year"), A("DGSN", "a DGSN spokesman"))],
        [T("20%", "sidebar"), T("35C", "sidebar: temperature"), T("Twenty years ago", "duration"),
         T("Three cells broken up so far this year", "title figure repeated by the body")],
        "Aggregator; the DGSN spokesman's year-to-date count (3 by mid-May 2023).",
        heads=heads,
    )  # fmt: skip


@article
def l30():
    pub = "2023-09-27"
    title = "Returnees: Morocco's careful approach"
    s1 = "More than 1,600 Moroccans joined armed groups in Syria and Iraq, the Interior Ministry said."
    s2 = "Of these, 270 have come back, and 241 returnees were arrested on arrival, the ministry added."
    body = [s1, s2, "Reintegration programmes last six months."]
    return page(
        "l30", "l30_clean_moi_returnees_270.txt", "en", "clean", pub, None, None, title, body,
        [
            C(JOINED, 1600, "1,600", s1, cumul(pub), A("MOI", "the Interior Ministry said"), q="more_than",
              qt="More than", subset="syria_iraq_linked"),
            C(RETURNEES, 270, "270", s2, cumul(pub), A("MOI", "the ministry added")),
            C(RET_ARR, 241, "241", s2, cumul(pub), A("MOI", "the ministry added")),
        ],
        [T("six months", "duration")],
        "Clean page; the interior ministry: more than 1,600 joined, 270 returned, 241 arrested.",
        date_line="Wednesday, September 27, 2023",
        not_partners=[{"country": "SY", "text": "Syria", "reason": "conflict zone"}],
    )  # fmt: skip


# ================================================================ cross-file groups

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="stale_figure",
        refs=[
            ("l13", CELLS, 210),
            ("l02", CELLS, 214),
            ("l15", CELLS, 210),
            ("l24", CELLS, 217),
            ("l05", CELLS, 210),
        ],
        explanation="Cells dismantled since 2002: 210 (BCIJ, May 2022), 214 (BCIJ, Nov 2023), 'more than 210' "
        "(official figures, June 2024), 217 (DGST, March 2025), then Achamal Press (Oct 2025) repeats 210 as the current official total.",
    ),
    dict(
        id="i2",
        kind="same_period_disagreement",
        refs=[("l03", CELLS, 8), ("l16", CELLS, 8), ("l27", CELLS, 8), ("l08", CELLS, 11)],
        explanation="Cells dismantled in 2023: the DGSN's review (28 Dec 2023), the interior ministry (Feb 2024) and "
        "the US State Department report (April 2024) say 8, an MP's written question (22 Jan 2024) says 11.",
    ),
    dict(
        id="i3",
        kind="partial_exceeds_whole",
        refs=[("l17", CELLS, 9), ("l03", CELLS, 8)],
        explanation="Cells dismantled in 2023: the DGSN spokesman counts 9 by 25 July 2023 (year to date), the "
        "DGSN's review gives 8 for the whole year.",
    ),
    dict(
        id="i4",
        kind="implausible_value",
        refs=[("l06", CELLS, 2100), ("l13", CELLS, 210), ("l02", CELLS, 214)],
        explanation="Cells dismantled since 2002: 2100 at an Oujda seminar (Sept 2022) against 210 given by the "
        "BCIJ four months earlier and 214 in Nov 2023; no source supports a tenfold jump.",
    ),
    dict(
        id="i5",
        kind="internal_arithmetic",
        refs=[
            ("l19", ARRESTS, 64),
            ("l19", ARRESTS, 58, "moroccan_nationals"),
            ("l19", ARRESTS, 9, "foreigners"),
        ],
        explanation="The DGSN's 2024 review in Info Maroc Express: 64 arrested, 'dont 58 Marocains et 9 "
        "étrangers' (58 + 9 = 67).",
    ),
    dict(
        id="i6",
        kind="cumulative_decrease",
        refs=[("l28", CELLS, 96), ("l11", CELLS, 91)],
        explanation="BCIJ cells since its creation in 2015: its director says 96 (March 2024), a researcher 91 "
        "(May 2025); a running total cannot go down.",
    ),
    dict(
        id="i7",
        kind="same_period_disagreement",
        refs=[("l09", ARRESTS, 43), ("l25", ARRESTS, 56)],
        explanation="Persons arrested in 2022: the DGSN's review (29 Dec 2022) says 43, the Atlas Centre study "
        "(March 2023) says 56.",
    ),
    dict(
        id="i8",
        kind="cumulative_decrease",
        refs=[("l24", PLOTS, 512), ("l22", PLOTS, 505)],
        explanation="Plots foiled since 2002: a DGST official says 512 (March 2025), a DGST source 505 (Nov 2025); 500 (2022) and 'more than 500' (2023) stay compatible with both.",
    ),
]

MUST_NOT_FLAG = [
    dict(refs=[("l01", CELLS, 207), ("l13", CELLS, 210)],
         reason="cells since 2002: 207 (Nov 2020) then 210 (May 2022): a running total that rises"),
    dict(refs=[("l24", CELLS, 217), ("l26", CELLS, 215)],
         reason="cells since 2002: 217 (March 2025) and 'more than 215' (Jan 2026): the bound agrees"),
    dict(refs=[("l24", CELLS, 217), ("l26", CELLS, 207), ("l26", CELLS, 215)],
         reason="207 is dated by the text to November 2020 (as_of): not a fall from 217 (March 2025) or from "
         "'more than 215' in the same article"),
    dict(refs=[("l01", CELLS, 207), ("l20", CELLS, 200)],
         reason="cells since 2002: 207 (Nov 2020) and 'more than 200' (Oct 2022) agree"),
    dict(refs=[("l23", CELLS, 14), ("l04", CELLS, 7)],
         reason="different periods: 14 cells in 2019 (BCIJ), 7 in 2024 (DGSN)"),
    dict(refs=[("l20", CELLS, 89), ("l20", CELLS, 200)],
         reason="different periods: 89 since the BCIJ's creation in 2015, more than 200 since 2002"),
    dict(refs=[("l20", CELLS, 200), ("l13", CELLS, 210)],
         reason="cells since 2002: 'more than 200' (Oct 2022) and 210 (May 2022) agree"),
    dict(refs=[("l10", CELLS, 83), ("l20", CELLS, 89), ("l28", CELLS, 96)],
         reason="BCIJ cells since 2015: 83 (2021), 89 (2022), 96 (2024): a running total that rises"),
    dict(refs=[("l10", CELLS, 83), ("l10", CELLS, 77, "isis_linked")],
         reason="different subsets: 77 ISIS-linked among the 83 ('منها'), a single sub-figure, not a breakdown"),
    dict(refs=[("l27", CELLS, 8), ("l27", CELLS, 6, "isis_linked")],
         reason="different subsets: 6 ISIS-linked cells among the 8 of 2023"),
    dict(refs=[("l16", CELLS, 6), ("l09", CELLS, 6)],
         reason="cells in 2022: 6 in the DGSN's review and the interior ministry"),
    dict(refs=[("l16", CELLS, 6), ("l16", CELLS, 8)],
         reason="different periods: 6 in 2022, 8 in 2023"),
    dict(refs=[("l29", CELLS, 3), ("l03", CELLS, 8)],
         reason="2023: 3 by mid-May (year to date) under the year's 8"),
    dict(refs=[("l04", ARRESTS, 64), ("l04", ARRESTS, 5, "women")],
         reason="different subsets: 5 women among the 64 arrested in 2024"),
    dict(refs=[("l04", ARRESTS, 64), ("l18", ARRESTS, 60), ("l19", ARRESTS, 64)],
         reason="arrests in 2024: 64 (twice) and 'more than 60' agree"),
    dict(refs=[("l01", ARRESTS, 4000), ("l13", ARRESTS, 4300)],
         reason="arrests since 2002: more than 4000 (2020) and more than 4,300 (2022): rising bounds"),
    dict(refs=[("l03", ARRESTS, 61), ("l09", ARRESTS, 43)],
         reason="different periods: 61 arrested in 2023, 43 in 2022"),
    dict(refs=[("l07", JOINED, 1660, "syria_iraq_linked"), ("l21", JOINED, 1659, "syria_iraq_linked"),
               ("l12", JOINED, 1659, "syria_iraq_linked"), ("l30", JOINED, 1600, "syria_iraq_linked"),
               ("l06", JOINED, 1600, "syria_iraq_linked")],
         reason="fighters who joined: 'about 1660', 1659 and 'more than 1600' agree (rounding and bounds)"),
    dict(refs=[("l21", JOINED, 1659, "syria_iraq_linked"), ("l21", JOINED, 1060, "isis_linked")],
         reason="different subsets: 1,060 in ISIS among the 1,659 who joined groups in Syria and Iraq"),
    dict(refs=[("l14", RETURNEES, 260), ("l30", RETURNEES, 270), ("l12", RETURNEES, 270)],
         reason="returnees: 260 (2020), 270 (2023), 270 (2026): rising, then unchanged"),
    dict(refs=[("l14", RET_ARR, 232), ("l30", RET_ARR, 241), ("l12", RET_ARR, 241)],
         reason="returnees arrested: 232 (2020), 241 (2023), 241 (2026): rising, then unchanged"),
    dict(refs=[("l30", RETURNEES, 270), ("l30", RET_ARR, 241)],
         reason="different metrics: 270 returned, 241 of them arrested"),
    dict(refs=[("l02", PLOTS, 500), ("l13", PLOTS, 500), ("l24", PLOTS, 512)],
         reason="plots foiled since 2002: 500 (2022), 'more than 500' (2023), 512 (March 2025) agree and rise"),
]  # fmt: skip


# ================================================================ build and verify


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_opt = sum(len(f["optional_claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    by_lang = {lang: sum(1 for f in files if f["language"] == lang) for lang in ("ar", "fr", "en")}
    kinds = {}
    for inc in gold["inconsistencies"]:
        kinds[inc["kind"]] = kinds.get(inc["kind"], 0) + 1
    lines = [
        "# Ledger: a development corpus about figures that drift across outlets and years",
        "",
        f"{len(files)} files -- {by_lang['ar']} Arabic (`l01`-`l12`), {by_lang['fr']} French (`l13`-`l22`) and "
        f"{by_lang['en']} English (`l23`-`l30`) -- and their gold, `expected.json`, in the schema of "
        "`../shared/seeds/expected.json` and the vocabulary of `../shared/CONTRACT.md`: "
        f"{n_claims} claims (+{n_opt} optional), {n_traps} traps, {len(gold['inconsistencies'])} planted "
        f"inconsistencies ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) and "
        f"{len(gold['must_not_flag'])} compatible groups that must not be flagged.",
        "",
        "It was written by a fresh hand, without reading the engine or the blind splits, to measure the "
        "CONSISTENCY findings. Seven series are told by several outlets between 2019 and 2026: cells dismantled "
        "since 2002; cells dismantled in 2022 and in 2023 (with year-to-date counts); persons arrested in 2022 and "
        "2024 and since 2002; BCIJ cells since its creation in 2015; fighters who joined groups in Syria and Iraq; "
        "returnees and returnees arrested; plots foiled since 2002.",
        "",
        "Measure the engine with (after `import_articles` of these files into a fresh database):",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims tests/corpus_ledger/ --json > /tmp/ledger.json",
        ".venv/bin/python manage.py consistency_report --json > /tmp/ledger-report.json",
        "python3 ../shared/tools/score.py tests/corpus_ledger/expected.json /tmp/ledger.json "
        "--report /tmp/ledger-report.json",
        "```",
        "",
        "or `make eval-consistency` (this gold is in its `DEV_GOLDS`).",
        "",
        "## Conventions (where the contract leaves a choice)",
        "",
        "- A series is (metric, subset, period type and start). Two claims are comparable only inside one series; "
        "a figure for 2022 and one for 2023, since 2002 and since 2015, all cells and ISIS-linked cells, arrested "
        "and returnees are never compared (must_not_flag groups record such pairs).",
        "- Bounds: 'more than N' agrees with any value above N and with a later exact value above N; 'about N' "
        "agrees with a value within 1% of N (1660 vs 1659).",
        "- A figure the text itself dates ('The November 2020 figures spoke of 207') has `as_of` set and its "
        "period `end` set to that date (not the byline): it is compared as a November 2020 figure.",
        "- `stale_figure` lists the overtaking claims in date order and the stale repetition last; the repeated "
        "value also occurs earlier in the series. `cumulative_decrease` lists the higher earlier total and the "
        "lower later one. `implausible_value` lists the outlier and the nearest source that shows the level of "
        "the series. `partial_exceeds_whole` lists the year-to-date figure and the same source's (DGSN) whole-year "
        "figure. `internal_arithmetic` lists the total and every part of its own breakdown, all in one article.",
        "- A breakdown is two or more parts introduced by 'dont'/'منها'/'of which' that together claim to cover the "
        "total (by nationality); a single sub-figure (women, ISIS-linked) is not a breakdown and is never an "
        "arithmetic finding.",
        "- Unnamed 'security sources' (مصادر أمنية) and 'official figures/data' are `official_unspecified`; a "
        "foreign government's report (the US State Department) is `analyst`, as a study (docs/conventions.md, "
        "'Outside voices'); a think tank "
        "or researcher is `analyst`; an MP's question is `PARLIAMENT`; the interior minister or ministry is `MOI`.",
        "- A must_not_flag group may join two metrics when its reason says so (returnees and returnees arrested).",
        "- Relative years ('السنة الماضية', 'last year') are resolved from the byline into a `year` period, so an "
        "MP's 'last year' in January 2024 and the DGSN's 'in 2023' are the same period.",
        "- `period.end` of a `since` or `cumulative_unspecified` claim is the publication date (the figure is current "
        "then) unless the text dates it (`as_of`).",
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_ledger/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. "
        "`tests/test_corpus_ledger_gold.py` checks the committed gold without Django and that `build.py` "
        "regenerates the committed bytes (`.venv/bin/python -m pytest tests/test_corpus_ledger_gold.py -q -p "
        "no:django`). Edit `build.py`, never the generated files. The articles and most outlets are invented "
        "(`outlet_fictional`); stored press pages were read first (Maghress, Al Maghribi Al Yaoum, L'Opinion, "
        "Morocco World News, APA, Elaph, Anfaspress) for wording and orders of magnitude; no sentence was copied.",
        "",
        "## Planted inconsistencies",
        "",
    ]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']} ({', '.join(inc['claims'])}): {inc['explanation']}")
    lines += ["", "## Must not flag", ""]
    for group in gold["must_not_flag"]:
        lines.append(f"- {', '.join(group['claims'])}: {group['reason']}")
    lines += ["", "## Files", "", "| key | file | language | format | date | claims | what it tests |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for f in files:
        lines.append(
            f"| {f['key']} | `{f['file']}` | {f['language']} | {f['format']} | {f['metadata']['date']} | "
            f"{len(f['claims'])} | {summaries[f['key']]} |"
        )
    return "\n".join(lines) + "\n"


def build(out_dir=HERE):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Ledger development corpus for ctfacts (Arabic, French, English): figures that drift across "
        "outlets and years, with planted inconsistencies of every finding kind and compatible groups. Generated by "
        "build.py; see README.md. Schema: CONTRACT.md and seeds/expected.json.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
