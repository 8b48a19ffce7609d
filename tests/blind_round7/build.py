"""Writes the round-7 blind set (tests/blind_round7/*), its gold expected.json and README.md.

    .venv/bin/python tests/blind_round7/build.py [--out DIR]

Thirty invented articles on Morocco's counter-terrorism figures (twelve Arabic, ten French, eight English), 2017 to
2026: briefs on a dismantled cell, year-end reviews, running totals since 2002, fighters abroad and returnees,
parliamentary answers, columns and wire copy. Written by a fresh hand who never read the engine; the engine is
measured on it and never tuned on it.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. Outlets, people and wordings are invented; orders of magnitude follow real reporting.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root, for tests.corpus_kit

from tests.corpus_kit import (  # noqa: E402,F401 - verify: the gold tests call corpus_kit.verify
    LANG_NAMES,
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
    verify,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

ARTICLES = []
CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, RETURNEES, JOINT = "fighters_joined", "returnees", "joint_operations"
SI = "syria_iraq_linked"


def article(fn):
    ARTICLES.append(fn)
    return fn


def event(date, text):
    return P("event", date, date, text)


def NP(code, text):
    return {"country": code, "text": text}


def page(key, file, lang, fmt, pub, outlet, title, body, claims, traps, summary, **kw):
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
            None,
            pub,
            fictional=True,
            city=kw.get("city"),
        ),
        claims=claims,
        optional_claims=kw.get("optional", []),
        must_not_extract=([SIDEBAR_RULE] if fmt == "aggregator" else []) + traps,
        countries_cited=kw.get("cited", []),
        countries_not_partners=kw.get("not_partners", []),
        summary=summary,
    )


DGST_AR = "المديرية العامة لمراقبة التراب الوطني"
BCIJ_AR = "المكتب المركزي للأبحاث القضائية"

# ================================================================ Arabic (r01-r12)


@article
def r01():
    pub = "2017-10-12"
    who = A("DGST", "مسؤول رفيع بالمديرية العامة لمراقبة التراب الوطني", "سعيد المنصوري")
    s1 = (
        "وأوضح سعيد المنصوري، وهو مسؤول رفيع بالمديرية العامة لمراقبة التراب الوطني، أن المصالح الأمنية "
        "فككت منذ سنة 2002 أزيد من 170 خلية إرهابية كانت تخطط لاستهداف منشآت حيوية."
    )
    body = [
        "احتضنت مدينة إفران، أمس الأربعاء، ندوة حول التعاون الأمني في حوض المتوسط حضرها خبراء ومسؤولون.",
        s1,
        "ودعا المتدخل إلى الاتصال بالرقم الأخضر 0800 00 47 للتبليغ عن أي نشاط مشبوه.",
    ]
    return page("r01", "r01_ifrane_nadwa.txt", "ar", "aggregator", pub, "منبر الأطلس",
                "مسؤول أمني: المغرب فكك أزيد من 170 خلية منذ 2002", body,
                [C(CELLS, 170, "170", s1, since("2002", pub, "منذ سنة 2002"), who, q="more_than", qt="أزيد من")],
                [T("0800 00 47", "a phone number")], "a forum in Ifrane; a DGST official's running total of cells",
                heads=["أسعار الخضر تواصل الارتفاع", "الرجاء يتأهل إلى دور المجموعات"])  # fmt: skip


@article
def r02():
    pub = "2018-12-28"
    who = A("DGSN", "المديرية العامة للأمن الوطني")
    s1 = "وحسب الحصيلة السنوية للمديرية العامة للأمن الوطني، جرى خلال سنة 2018 تفكيك 11 خلية إرهابية."
    s2 = "وأسفرت هذه العمليات عن توقيف 79 شخصا يشتبه في ارتباطهم بتنظيم داعش."
    body = [
        "قدمت المديرية العامة للأمن الوطني حصيلتها السنوية لسنة 2018 في مجالات مكافحة الجريمة والإرهاب.",
        s1,
        s2,
        "وتمت إحالة الموقوفين على النيابة العامة طبقا لمقتضيات القانون 03.03 المتعلق بمكافحة الإرهاب.",
    ]
    return page("r02", "r02_hasila_2018.txt", "ar", "wordpress", pub, "جريدة الشمال اليوم",
                "حصيلة 2018: تفكيك 11 خلية إرهابية", body,
                [C(CELLS, 11, "11", s1, yr("2018", "خلال سنة 2018"), who),
                 C(ARRESTS, 79, "79", s2, yr("2018", None), who, subset="isis_linked")],
                [T("03.03", "a law number")], "DGSN's 2018 year-end review",
                crumbs="الرئيسية » وطنية » أمن", meta_line="28 دجنبر 2018 - 10:15",
                related=["توقيف مروج للمخدرات بطنجة"])  # fmt: skip


@article
def r03():
    pub = "2019-04-03"
    who = A("BCIJ", "رئيس المكتب المركزي للأبحاث القضائية", "مصطفى البقالي")
    s1 = "وقال مصطفى البقالي، رئيس المكتب المركزي للأبحاث القضائية، إن عدد الموقوفين في قضايا الإرهاب منذ 2002 بلغ 3535 شخصا."
    s2 = "أما عدد المغاربة الذين التحقوا بالتنظيمات المسلحة في سوريا والعراق فيبلغ 1659 مقاتلا."
    s3 = "وأضاف المسؤول ذاته أن من بين الملتحقين 289 امرأة."
    body = [
        "في حوار مطول، تحدث المسؤول الأمني عن حصيلة مكافحة الإرهاب وعن المخاطر القادمة من منطقة الساحل.",
        s1,
        s2,
        s3,
        "وأشار إلى أن أصغر الموقوفين لم يتجاوز عمره 17 سنة.",
    ]
    return page("r03", "r03_hiwar_bcij.txt", "ar", "clean", pub, None,
                "البقالي: 3535 موقوفا في قضايا الإرهاب منذ 2002", body,
                [C(ARRESTS, 3535, "3535", s1, since("2002", pub, "منذ 2002"), who),
                 C(JOINED, 1659, "1659", s2, cumul(pub), who, subset=SI),
                 C(JOINED, 289, "289", s3, cumul(pub), who, subset="women")],
                [T("17", "an age")], "an interview with the BCIJ head: arrests since 2002, fighters",
                date_line="الأربعاء 3 أبريل 2019",
                not_partners=[NP("SY", "سوريا"), NP("IQ", "العراق")])  # fmt: skip


@article
def r04():
    pub = "2019-09-17"
    who = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    s1 = (
        "تمكن المكتب المركزي للأبحاث القضائية، يوم الثلاثاء، من توقيف خمسة أشخاص بطنجة والفنيدق "
        "ينشطون ضمن خلية موالية لتنظيم داعش."
    )
    body = [
        s1,
        "وجاءت العملية بتنسيق وثيق مع الشرطة الإسبانية التي قدمت معلومات دقيقة حول تحركات المشتبه فيهم.",
        "وتتراوح أعمار الموقوفين بين 19 و36 سنة، وحجزت لديهم أسلحة بيضاء.",
    ]
    return page("r04", "r04_tanger_khalia.html", "ar", "html", pub, "طنجة 24 ساعة",
                "تفكيك خلية موالية لداعش بطنجة والفنيدق", body,
                [C(ARRESTS, 5, "خمسة", s1, event("2019-09-17", "الثلاثاء"), who, subset="isis_linked")],
                [T("36", "an age")], "a cell dismantled in Tangier with Spanish intelligence",
                html_kw={"jsonld": False}, cited=["ES"], city="طنجة")  # fmt: skip


@article
def r05():
    pub = "2020-11-16"
    who = A("DGST", DGST_AR)
    s1 = (
        "وأفاد بلاغ المديرية العامة لمراقبة التراب الوطني بأنها فككت منذ سنة 2002 ما مجموعه ٢٠٧ خلية إرهابية."
    )
    s2 = "كما مكنت هذه العمليات منذ 2002 من إحباط أزيد من 500 مشروع تخريبي."
    body = [
        s1,
        s2,
        "ويأتي البلاغ بعد أسبوعين من هجوم فيينا الذي خلف 4 قتلى.",
    ]
    return page("r05", "r05_dgst_balagh.html", "ar", "html", pub, "الأخبار المغربية",
                "٢٠٧ خلية إرهابية فككت منذ 2002", body,
                [C(CELLS, 207, "٢٠٧", s1, since("2002", pub, "منذ سنة 2002"), who),
                 C(PLOTS, 500, "500", s2, since("2002", pub, "منذ 2002"), who, q="more_than", qt="أزيد من")],
                [T("4", "casualties of an attack abroad")], "a DGST communiqué relayed: cells and plots since 2002",
                html_kw={"time_tag": False}, not_partners=[NP("AT", "فيينا")])  # fmt: skip


@article
def r06():
    pub = "2021-03-02"
    who = A("MOI", "وزير الداخلية")
    s1 = "وأكد وزير الداخلية، في جواب عن سؤال كتابي بمجلس النواب، أن عدد العائدين من بؤر التوتر بلغ 270 شخصا."
    s2 = "ومن بين هؤلاء العائدين 52 امرأة."
    s3 = "كما عاد خمسة عشر قاصرا رفقة ذويهم."
    body = [
        s1,
        s2,
        s3,
        "وذكر الجواب بأن الفصل 218-1 من القانون الجنائي يجرم الالتحاق بالتنظيمات الإرهابية.",
    ]
    return page("r06", "r06_jawab_nouwab.html", "ar", "html", pub, "البرلمان اليوم",
                "وزير الداخلية: 270 عائدا من بؤر التوتر", body,
                [C(RETURNEES, 270, "270", s1, cumul(pub), who),
                 C(RETURNEES, 52, "52", s2, cumul(pub), who, subset="women"),
                 C(RETURNEES, 15, "خمسة عشر", s3, cumul(pub), who, subset="minors")],
                [T("218-1", "a law article number")], "a written parliamentary answer on returnees")  # fmt: skip


@article
def r07():
    pub = "2021-08-30"
    who = A("BCIJ", "مصادر من المكتب المركزي للأبحاث القضائية")
    s1 = "وأفادت مصادر من المكتب المركزي للأبحاث القضائية أن عدد الخلايا المفككة منذ 2002 وصل إلى 210 خلايا."
    body = [
        "أعلنت السلطات عن تفكيك خلية جديدة بإقليم الرشيدية تتكون من أربعة عناصر.",
        s1,
        "وكانت خلية أخرى لتهريب المخدرات قد فككت بنفس الإقليم، وتضم 6 أفراد.",
    ]
    return page("r07", "r07_errachidia.txt", "ar", "aggregator", pub, "صوت الجنوب",
                "210 خلايا منذ 2002", body,
                [C(CELLS, 210, "210", s1, since("2002", pub, "منذ 2002"), who)],
                [T("6", "members of a drug-trafficking cell, not a terror cell")],
                "a cell near Errachidia; the running total",
                heads=["انطلاق الموسم الدراسي", "فيضانات بإقليم تنغير"])  # fmt: skip


@article
def r08():
    pub = "2022-06-14"
    who = A("official_unspecified", "مصادر أمنية")
    s1 = "وكشفت مصادر أمنية أن المصالح المختصة أوقفت منذ 2002 أكثر من 3800 شخص في قضايا مرتبطة بالإرهاب."
    body = [
        "تواصل الأجهزة الأمنية المغربية يقظتها في ظل تنامي التهديدات بمنطقة الساحل والصحراء.",
        s1,
        "ويبلغ عدد سكان المغرب حوالي 36 مليون نسمة.",
    ]
    return page("r08", "r08_yaqada.txt", "ar", "wordpress", pub, "هسبريس الجهوية",
                "أكثر من 3800 موقوف في قضايا الإرهاب", body,
                [C(ARRESTS, 3800, "3800", s1, since("2002", pub, "منذ 2002"), who, q="more_than", qt="أكثر من")],
                [T("36", "a population figure")], "unnamed security sources on arrests since 2002",
                crumbs="الرئيسية » مجتمع", meta_line="الثلاثاء 14 يونيو 2022",
                not_partners=[])  # fmt: skip


@article
def r09():
    pub = "2023-05-18"
    who = A("DGST", DGST_AR)
    s1 = "وأكدت المديرية العامة لمراقبة التراب الوطني أنها فككت منذ سنة 2002 ما مجموعه 215 خلية إرهابية."
    s2 = "وفي سنة 2022 وحدها فككت المصالح الأمنية سبع خلايا."
    body = [s1, s2, "وتستعد المديرية لاحتضان اجتماع دولي في الرباط يوم 12 يونيو."]
    return page("r09", "r09_rabat_dgst.txt", "ar", "clean", pub, None,
                "215 خلية إرهابية منذ 2002", body,
                [C(CELLS, 215, "215", s1, since("2002", pub, "منذ سنة 2002"), who),
                 C(CELLS, 7, "سبع", s2, yr("2022", "في سنة 2022"), who)],
                [T("12", "a day of the month")], "DGST: cells since 2002 and in 2022",
                date_line="18 ماي 2023")  # fmt: skip


@article
def r10():
    pub = "2024-01-09"
    who = A("official_unspecified", "الإحصائيات الرسمية")
    s1 = "وتفيد الإحصائيات الرسمية بأن السنة الماضية شهدت تفكيك 9 خلايا إرهابية."
    s2 = "وخلال الفترة ذاتها أوقف ما لا يقل عن ستين مشتبها فيه."
    body = [
        "قال الباحث في الشؤون الأمنية إن التهديد الإرهابي تراجع نسبيا.",
        s1,
        s2,
        "وتمثل هذه الخلايا نسبة 40 في المائة من الخلايا المفككة في شمال إفريقيا.",
    ]
    return page("r10", "r10_hasila_2023.txt", "ar", "aggregator", pub, "المساء الرقمي",
                "تراجع نسبي في عدد الخلايا", body,
                [C(CELLS, 9, "9", s1, yr("2023", "السنة الماضية"), who),
                 C(ARRESTS, 60, "ستين", s2, yr("2023", None), who, q="at_least", qt="ما لا يقل عن")],
                [T("40", "a percentage of another scope")], "official statistics for the last year",
                heads=["طقس بارد بعدد من المدن", "ارتفاع أسعار المحروقات"])  # fmt: skip


@article
def r11():
    pub = "2024-10-22"
    who = A("analyst", "دراسة لمركز الدراسات الأمنية بالرباط")
    s1 = "وتشير دراسة لمركز الدراسات الأمنية بالرباط إلى أن عدد الموقوفين منذ 2002 بلغ 3535 شخصا."
    s2 = "وخلال السنوات الخمس الماضية فككت السلطات أزيد من 40 خلية."
    body = [s1, s2, "ويمكن الاطلاع على الدراسة كاملة عبر الرقم 0522 44 19 80."]
    return page("r11", "r11_dirasa.txt", "ar", "wordpress", pub, "مدار نيوز",
                "دراسة: 3535 موقوفا منذ 2002", body,
                [C(ARRESTS, 3535, "3535", s1, since("2002", pub, "منذ 2002"), who),
                 C(CELLS, 40, "40", s2, lastn(5, pub, "خلال السنوات الخمس الماضية"), who, q="more_than",
                   qt="أزيد من")],
                [T("0522 44 19 80", "a phone number")], "a think-tank study repeats an old total",
                crumbs="الرئيسية » دراسات", meta_line="22 أكتوبر 2024")  # fmt: skip


@article
def r12():
    pub = "2026-02-05"
    who = A("DGST", DGST_AR, "كريم العلوي")
    s1 = "وأعلن كريم العلوي، الناطق باسم المديرية العامة لمراقبة التراب الوطني، أن عدد الخلايا المفككة منذ 2002 بلغ 224 خلية."
    s2 = "وتجاوز عدد العائدين من بؤر التوتر 260 شخصا، حسب المصدر ذاته."
    s3 = "ويقدر عدد الذين التحقوا بسوريا والعراق بنحو ١٬٦٦٠ شخصا."
    body = [s1, s2, s3, "وقال إن التعاون مع فرنسا وبلجيكا مكن من إحباط عدة مخططات في أوروبا."]
    return page("r12", "r12_hasila_2026.txt", "ar", "clean", pub, None,
                "224 خلية منذ 2002", body,
                [C(CELLS, 224, "224", s1, since("2002", pub, "منذ 2002"), who),
                 C(RETURNEES, 260, "260", s2, cumul(pub), who, q="more_than", qt="تجاوز"),
                 C(JOINED, 1660, "١٬٦٦٠", s3, cumul(pub), who, q="about", qt="بنحو", subset=SI)],
                [T("<any year>", "bare years are not claims")], "a DGST spokesman's running totals",
                date_line="الخميس 5 فبراير 2026", cited=["FR", "BE"],
                not_partners=[NP("SY", "بسوريا"), NP("IQ", "والعراق")])  # fmt: skip


# ================================================================ French (r13-r22)


@article
def r13():
    pub = "2018-03-21"
    who = A("BCIJ", "le Bureau central d'investigations judiciaires")
    s1 = "Depuis 2002, le Bureau central d'investigations judiciaires et les services qui l'ont précédé ont démantelé 183 cellules terroristes."
    body = [
        "Une nouvelle cellule a été neutralisée à Nador, en coordination avec les services espagnols qui ont fourni des renseignements.",
        s1,
        "Depuis 2014, Rabat et Madrid ont mené une quinzaine d'opérations conjointes.",
        "Le chef présumé, âgé de 28 ans, était fiché depuis 2015.",
    ]
    return page("r13", "r13_nador.txt", "fr", "aggregator", pub, "Le Reporter du Nord",
                "Nador : une cellule neutralisée", body,
                [C(CELLS, 183, "183", s1, since("2002", pub, "Depuis 2002"), who),
                 C(JOINT, 15, "quinzaine", "Depuis 2014, Rabat et Madrid ont mené une quinzaine d'opérations conjointes.",
                   since("2014", pub, "Depuis 2014"), A("unspecified"), q="about", qt="une quinzaine")],
                [T("28", "an age")], "a cell in Nador with Spanish intelligence; running total",
                heads=["Météo : pluies attendues", "Botola : le WAC s'impose"], cited=["ES"])  # fmt: skip


@article
def r14():
    pub = "2019-01-04"
    who = A("unspecified")
    s1 = "En 2018, pas moins de 110 cellules terroristes ont été démantelées dans le Royaume."
    body = [s1, "Le numéro vert 0801 00 19 19 reste ouvert aux citoyens."]
    return page("r14", "r14_bilan_region.txt", "fr", "wordpress", pub, "L'Écho de l'Oriental",
                "Bilan sécuritaire de l'année", body,
                [C(CELLS, 110, "110", s1, yr("2018", "En 2018"), who)],
                [T("0801 00 19 19", "a phone number")], "a regional paper's year review, misprinted total",
                crumbs="Accueil > Société", meta_line="Publié le 4 janvier 2019")  # fmt: skip


@article
def r15():
    pub = "2019-11-27"
    who = A("analyst", "le chercheur Youssef Benali", "Youssef Benali")
    s1 = "Selon le chercheur Youssef Benali, environ 1 660 Marocains ont rejoint des groupes armés en Syrie et en Irak."
    s2 = "Il rappelle qu'en 2018, 11 cellules avaient été démantelées."
    s3 = "Près de 600 d'entre eux auraient été tués sur place, estime-t-il."
    body = [s1, s2, s3, "Son ouvrage de 320 pages paraîtra en janvier."]
    return page("r15", "r15_entretien_benali.txt", "fr", "clean", pub, None,
                "Youssef Benali : le défi des combattants", body,
                [C(JOINED, 1660, "1 660", s1, cumul(pub), who, q="about", qt="environ", subset=SI),
                 C(CELLS, 11, "11", s2, yr("2018", "en 2018"), who),
                 C("fighters_killed", 600, "600", s3, cumul(pub), who, q="about", qt="Près de", subset=SI)],
                [T("320", "a page count")], "an analyst's interview: fighters, cells in 2018",
                date_line="Mercredi 27 novembre 2019", not_partners=[NP("SY", "Syrie"), NP("IQ", "Irak")])  # fmt: skip


@article
def r16():
    pub = "2020-07-09"
    who = A("DGSN", "un communiqué de la DGSN")
    s1 = "Selon un communiqué de la DGSN, quatre suspects ont été interpellés jeudi à Oujda."
    body = [
        s1,
        "L'opération a été menée sur la base de renseignements fournis par le FBI américain.",
        "Le Maroc a par ailleurs refusé toute coordination avec le régime syrien.",
    ]
    return page("r16", "r16_oujda.html", "fr", "html", pub, "Oriental Info",
                "Oujda : quatre suspects interpellés", body,
                [C(ARRESTS, 4, "quatre", s1, event("2020-07-09", "jeudi"), who)],
                [T("<any year>", "bare years are not claims")], "an arrest in Oujda on US intelligence",
                html_kw={"jsonld": False}, cited=["US"], not_partners=[NP("SY", "syrien")], city="Oujda")  # fmt: skip


@article
def r17():
    pub = "2021-12-30"
    who = A("DGSN", "la Direction générale de la sûreté nationale")
    s1 = "En 2021, la Direction générale de la sûreté nationale a procédé à l'interpellation de 48 personnes pour terrorisme."
    body = [s1, "Au total, 1 200 policiers ont été formés à la veille numérique."]
    return page("r17", "r17_dgsn_2021.html", "fr", "html", pub, "Maroc Hebdo Numérique",
                "DGSN : le bilan 2021", body,
                [C(ARRESTS, 48, "48", s1, yr("2021", "En 2021"), who)],
                [T("1 200", "police officers trained, not a claim")], "DGSN's 2021 review",
                html_kw={"time_tag": False})  # fmt: skip


@article
def r18():
    pub = "2022-11-10"
    who = A("BCIJ", "le BCIJ")
    s1 = "En 2022, le BCIJ a interpellé 61 personnes soupçonnées de liens avec des groupes terroristes."
    body = [s1, "Plusieurs de ces enquêtes ont été conduites conjointement avec la DGSI française."]
    return page("r18", "r18_bcij_france.html", "fr", "html", pub, "Le Matin Digital",
                "61 interpellations cette année", body,
                [C(ARRESTS, 61, "61", s1, yr("2022", "En 2022"), who)],
                [T("<any year>", "bare years are not claims")], "BCIJ arrests in 2022, French cooperation",
                cited=["FR"])  # fmt: skip


@article
def r19():
    pub = "2023-06-01"
    who = A("DGST", "la DGST")
    s1 = "L'année dernière, la DGST a démantelé sept cellules, a rappelé l'intervenant."
    body = [s1, "La conférence a réuni 250 participants de 30 pays."]
    return page("r19", "r19_conference.txt", "fr", "aggregator", pub, "Agora Maroc",
                "Conférence sur la menace terroriste", body,
                [C(CELLS, 7, "sept", s1, yr("2022", "L'année dernière"), who)],
                [T("250", "participants")], "a conference report",
                heads=["Le dirham se stabilise", "Festival Mawazine : le programme"])  # fmt: skip


@article
def r20():
    pub = "2024-01-15"
    who = A("BCIJ", "directeur du BCIJ", "Hicham Lamrani")
    s1 = "Hicham Lamrani, directeur du BCIJ, a indiqué que 11 cellules terroristes avaient été démantelées en 2023."
    s2 = "Depuis 2002, plus de 500 projets d'attentats ont été déjoués, a-t-il ajouté."
    body = [s1, s2, "Il s'exprimait devant 45 journalistes."]
    return page("r20", "r20_bcij_2023.txt", "fr", "wordpress", pub, "Le Desk Matin",
                "Le BCIJ dresse son bilan", body,
                [C(CELLS, 11, "11", s1, yr("2023", "en 2023"), who),
                 C(PLOTS, 500, "500", s2, since("2002", pub, "Depuis 2002"), who, q="more_than", qt="plus de")],
                [T("45", "journalists present")], "the BCIJ head's 2023 review",
                crumbs="Accueil > Maroc", meta_line="15 janvier 2024 à 11h20")  # fmt: skip


@article
def r21():
    pub = "2025-02-19"
    who = A("unspecified")
    s1 = "Depuis 2002, 205 cellules terroristes ont été démantelées au Maroc."
    s2 = "En 2024, pas plus de 8 cellules ont été démantelées."
    body = ["Chronique.", s1, s2, "La loi 86.14 a renforcé l'arsenal juridique."]
    return page("r21", "r21_chronique.txt", "fr", "clean", pub, None,
                "Chronique : vingt ans de vigilance", body,
                [C(CELLS, 205, "205", s1, since("2002", pub, "Depuis 2002"), who),
                 C(CELLS, 8, "8", s2, yr("2024", "En 2024"), who, q="at_most", qt="pas plus de")],
                [T("86.14", "a law number")], "a column repeating a lower running total",
                date_line="19 février 2025")  # fmt: skip


@article
def r22():
    pub = "2025-09-09"
    who = A("MOI", "le ministère de l'Intérieur")
    s1 = "Selon le ministère de l'Intérieur, 1 662 Marocains ont rejoint des groupes armés à l'étranger."
    s2 = "Parmi eux, 1 140 se sont rendus en Syrie et 590 en Irak."
    s3 = "Depuis le début de l'année, 45 personnes ont été interpellées."
    body = [s1, s2, s3]
    return page("r22", "r22_interieur.txt", "fr", "clean", pub, None,
                "Combattants : les chiffres de l'Intérieur", body,
                [C(JOINED, 1662, "1 662", s1, cumul(pub), who),
                 C(JOINED, 1140, "1 140", s2, cumul(pub), who, subset="syria"),
                 C(JOINED, 590, "590", s2, cumul(pub), who, subset="iraq"),
                 C(ARRESTS, 45, "45", s3, ytd(pub, "Depuis le début de l'année"), who)],
                [T("<any year>", "bare years are not claims")], "Interior ministry figures on fighters",
                date_line="Mardi 9 septembre 2025", not_partners=[NP("SY", "Syrie"), NP("IQ", "Irak")])  # fmt: skip


# ================================================================ English (r23-r30)


@article
def r23():
    pub = "2017-06-20"
    who = A("official_unspecified", "security officials")
    s1 = "Since 2002, more than 2,900 people have been arrested on terror charges, security officials said."
    body = [s1, "The suspects, aged 20 to 45, were questioned in Salé."]
    return page("r23", "r23_wire.txt", "en", "aggregator", pub, "North Africa Wire",
                "Morocco arrests terror suspects", body,
                [C(ARRESTS, 2900, "2,900", s1, since("2002", pub, "Since 2002"), who, q="more_than", qt="more than")],
                [T("45", "an age")], "wire copy: arrests since 2002",
                heads=["Oil prices rise", "Raja win derby"])  # fmt: skip


@article
def r24():
    pub = "2020-11-25"
    who = A("BCIJ", "The BCIJ")
    s1 = "The BCIJ says it has dismantled 207 terror cells since 2002."
    body = [
        s1,
        "Belgian police thanked Moroccan services for intelligence shared after the Brussels attacks.",
    ]
    return page("r24", "r24_bcij.txt", "en", "wordpress", pub, "Morocco World Today",
                "BCIJ: 207 cells dismantled", body,
                [C(CELLS, 207, "207", s1, since("2002", pub, "since 2002"), who)],
                [T("<any year>", "bare years are not claims")], "BCIJ running total; Belgian cooperation",
                crumbs="Home > News", meta_line="November 25, 2020", cited=["BE"])  # fmt: skip


@article
def r25():
    pub = "2021-05-11"
    who = A("PARLIAMENT", "a parliamentary committee report")
    s1 = "According to a parliamentary committee report, 270 fighters have returned to Morocco."
    s2 = "Among the returnees are 52 women."
    s3 = "Fifteen minors also came back with their families, the report adds."
    body = [s1, s2, s3, "The committee met for 3 hours."]
    return page("r25", "r25_committee.txt", "en", "clean", pub, None,
                "Committee report on returnees", body,
                [C(RETURNEES, 270, "270", s1, cumul(pub), who),
                 C(RETURNEES, 52, "52", s2, cumul(pub), who, subset="women"),
                 C(RETURNEES, 15, "Fifteen", s3, cumul(pub), who, subset="minors")],
                [T("3", "a duration")], "a parliamentary committee on returnees",
                date_line="May 11, 2021")  # fmt: skip


@article
def r26():
    pub = "2022-03-08"
    who = A("analyst", "a study by the Atlas Policy Institute")
    s1 = "More than 1,650 Moroccans joined armed groups in Syria and Iraq, a study by the Atlas Policy Institute found."
    body = [s1, "Tunisia, by contrast, saw some 3,000 of its nationals leave."]
    return page("r26", "r26_study.html", "en", "html", pub, "Casablanca Observer",
                "Study on foreign fighters", body,
                [C(JOINED, 1650, "1,650", s1, cumul(pub), who, q="more_than", qt="More than", subset=SI)],
                [T("3,000", "another country's figure")], "a think-tank study on fighters",
                not_partners=[NP("SY", "Syria"), NP("IQ", "Iraq"), NP("TN", "Tunisia")])  # fmt: skip


@article
def r27():
    pub = "2023-10-04"
    who = A("MOI", "the interior ministry")
    s1 = "Spanish and Moroccan police arrested nine suspects on Tuesday in a joint operation, the interior ministry said."
    s2 = "In 2022, Moroccan services arrested 61 terror suspects."
    s3 = "That brings to 18 the joint operations carried out with Spain since 2014, the ministry added."
    body = [s1, s2, s3, "Spain's interior ministry said the network used 12 social media accounts."]
    return page("r27", "r27_joint.html", "en", "html", pub, "Maghreb Daily",
                "Joint Spanish-Moroccan operation", body,
                [C(ARRESTS, 9, "nine", s1, event("2023-10-03", "on Tuesday"), who),
                 C(ARRESTS, 61, "61", s2, yr("2022", "In 2022"), A("unspecified")),
                 C(JOINT, 18, "18", s3, since("2014", pub, "since 2014"), who)],
                [T("12", "social media accounts")], "a joint operation with Spain",
                html_kw={"time_tag": False}, cited=["ES"])  # fmt: skip


@article
def r28():
    pub = "2024-12-27"
    who = A("DGSN", "the DGSN")
    s1 = "In 2024, the DGSN arrested about 70 people in terrorism cases."
    body = [s1, "The agency also seized 5 tonnes of cannabis."]
    return page("r28", "r28_review.html", "en", "html", pub, "Rabat Review",
                "DGSN year in review", body,
                [C(ARRESTS, 70, "70", s1, yr("2024", "In 2024"), who, q="about", qt="about")],
                [T("5", "tonnes seized")], "DGSN's 2024 review",
                html_kw={"jsonld": False})  # fmt: skip


@article
def r29():
    pub = "2026-01-20"
    who = A("DGST", "The DGST")
    s1 = "The DGST has dismantled more than 220 cells since 2002."
    s2 = "Last year, about 50 suspects were arrested."
    body = [s1, s2, "Call 0537 00 00 00 for information."]
    return page("r29", "r29_wire2026.txt", "en", "aggregator", pub, "Atlas Wire",
                "DGST: more than 220 cells", body,
                [C(CELLS, 220, "220", s1, since("2002", pub, "since 2002"), who, q="more_than", qt="more than"),
                 C(ARRESTS, 50, "50", s2, yr("2025", "Last year"), A("unspecified"), q="about", qt="about")],
                [T("0537 00 00 00", "a phone number")], "DGST running total; last year's arrests",
                heads=["Weather update", "Stocks close higher"])  # fmt: skip


@article
def r30():
    pub = "2026-03-03"
    who = A("GOV", "the government spokesman")
    s1 = "Over 4,000 people have been arrested since 2002, the government spokesman said."
    s2 = "In 2024 alone, 70 were arrested."
    body = [s1, s2, "He spoke for 40 minutes."]
    return page("r30", "r30_spokesman.txt", "en", "wordpress", pub, "Morocco Now",
                "Government: over 4,000 arrests", body,
                [C(ARRESTS, 4000, "4,000", s1, since("2002", pub, "since 2002"), who, q="more_than", qt="Over"),
                 C(ARRESTS, 70, "70", s2, yr("2024", "In 2024"), who)],
                [T("40", "a duration")], "a government spokesman",
                crumbs="Home > Politics", meta_line="March 3, 2026")  # fmt: skip


# ================================================================ groups

INCONSISTENCIES = [
    {"id": "I1", "kind": "cumulative_decrease", "refs": [("r09", CELLS, 215), ("r21", CELLS, 205)],
     "explanation": "215 cells since 2002 (May 2023) then 205 (Feb 2025): a running total cannot go down"},
    {"id": "I2", "kind": "stale_figure", "refs": [("r03", ARRESTS, 3535), ("r08", ARRESTS, 3800), ("r11", ARRESTS, 3535)],
     "explanation": "3535 arrests since 2002 (2019), more than 3800 (2022), then 3535 again in 2024: stale"},
    {"id": "I3", "kind": "same_period_disagreement", "refs": [("r10", CELLS, 9), ("r20", CELLS, 11)],
     "explanation": "cells dismantled in 2023: 9 per official statistics, 11 per the BCIJ head"},
    {"id": "I4", "kind": "internal_arithmetic", "refs": [("r22", JOINED, 1662), ("r22", JOINED, 1140, "syria"), ("r22", JOINED, 590, "iraq")],
     "explanation": "1662 fighters in all, but 1140 in Syria plus 590 in Iraq make 1730"},
    {"id": "I5", "kind": "implausible_value", "refs": [("r02", CELLS, 11), ("r14", CELLS, 110)],
     "explanation": "110 cells in 2018 against 11 in DGSN's review: ten times any other source"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("r01", CELLS, 170), ("r13", CELLS, 183)], "reason": "running total rises from more than 170 to 183"},
    {"refs": [("r05", CELLS, 207), ("r24", CELLS, 207)], "reason": "the same running total in two languages"},
    {"refs": [("r07", CELLS, 210), ("r09", CELLS, 215)], "reason": "running total rises from 210 to 215"},
    {"refs": [("r29", CELLS, 220), ("r12", CELLS, 224)], "reason": "more than 220 then 224: compatible"},
    {"refs": [("r23", ARRESTS, 2900), ("r03", ARRESTS, 3535)], "reason": "arrests since 2002 rise over two years"},
    {"refs": [("r08", ARRESTS, 3800), ("r30", ARRESTS, 4000)], "reason": "more than 3800 then over 4000"},
    {"refs": [("r03", JOINED, 1659, SI), ("r15", JOINED, 1660, SI), ("r26", JOINED, 1650, SI), ("r12", JOINED, 1660, SI)],
     "reason": "1659, about 1660 and more than 1650 agree"},
    {"refs": [("r06", RETURNEES, 270), ("r25", RETURNEES, 270), ("r12", RETURNEES, 260)],
     "reason": "270 returnees twice, then more than 260: compatible bounds"},
    {"refs": [("r06", RETURNEES, 52, "women"), ("r25", RETURNEES, 52, "women")], "reason": "52 women returnees twice"},
    {"refs": [("r09", CELLS, 7), ("r19", CELLS, 7)], "reason": "seven cells in 2022, digits of words"},
    {"refs": [("r18", ARRESTS, 61), ("r27", ARRESTS, 61)], "reason": "61 arrests in 2022 in French and English"},
    {"refs": [("r02", CELLS, 11), ("r15", CELLS, 11)], "reason": "eleven cells in 2018 twice"},
    {"refs": [("r05", PLOTS, 500), ("r20", PLOTS, 500)], "reason": "more than 500 plots foiled since 2002 twice"},
    {"refs": [("r06", RETURNEES, 15, "minors"), ("r25", RETURNEES, 15, "minors")], "reason": "fifteen minors returned, told twice"},
    {"refs": [("r13", JOINT, 15), ("r27", JOINT, 18)], "reason": "about fifteen joint operations since 2014, then 18"},
    {"refs": [("r28", ARRESTS, 70), ("r30", ARRESTS, 70)], "reason": "about 70 and 70 arrests in 2024"},
]  # fmt: skip


def group_refs(groups):
    out = []
    for g in groups:
        refs = []
        for ref in g["refs"]:
            key, metric, value, *rest = ref
            subset = rest[0] if rest else None
            nth = rest[1] if len(rest) > 1 else 0
            refs.append((key, metric, value, subset, nth))
        out.append({**g, "refs": refs})
    return out


CONVENTIONS = """## Conventions

- A figure a page states with no source at all (a column, a regional paper's own count) is `unspecified` with
  `raw` null; "security sources" and "official statistics" are `official_unspecified`.
- A ministry's written answer to parliament is attributed to the ministry (`MOI`), a committee's own report to
  `PARLIAMENT`; a government spokesman is `GOV`; a named researcher or a study is `analyst`.
- Returnees and fighters with no date of their own are `cumulative_unspecified`, ending on the byline's date.
- "Fighters who joined in Syria and Iraq" is subset `syria_iraq_linked`; a breakdown "in Syria" / "in Iraq" uses
  `syria` / `iraq`; a total abroad with no zone named has subset null.
- An arrest on a named weekday is an `event` dated the last such day on or before the byline.
- "تجاوز" (exceeded) and "over" read as `more_than`.
- Bounds: "more than N" and M agree when M > N; "about N" spans N ± 1 %; a running total may stay or rise.
- A cell of drug traffickers is not a terror cell; attack casualties abroad, ages, phone numbers, law numbers
  and percentages of another scope are traps.
"""


def readme(gold, summaries):
    lines = [
        "# Blind set, round 7 (tests/blind_round7)",
        "",
        "Thirty invented articles, measured once and never tuned on. Built by `build.py`:",
        "",
        "    .venv/bin/python tests/blind_round7/build.py",
        "    ../shared/tools/score.py tests/blind_round7/expected.json EXTRACT.json",
        "",
        "| key | file | language | layout | date | what |",
        "|---|---|---|---|---|---|",
    ]
    for f in gold["files"]:
        lines.append(
            f"| {f['key']} | `{f['file']}` | {LANG_NAMES[f['language']]} | {f['format']} | "
            f"{f['metadata']['date']} | {summaries[f['key']]} |"
        )
    lines += ["", "## Planted inconsistencies", ""]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']}: {inc['explanation']}")
    lines += ["", f"{len(gold['must_not_flag'])} must_not_flag groups.", "", CONVENTIONS]
    return "\n".join(lines)


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Blind set round 7 for ctfacts (Arabic, French, English), measured once, never tuned on, "
        "with planted inconsistencies and compatible groups. Generated by build.py; see README.md. "
        "Schema: CONTRACT.md and seeds/expected.json.",
        inconsistencies=group_refs(INCONSISTENCIES),
        must_not_flag=group_refs(MUST_NOT_FLAG),
        readme=readme,
    )


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
