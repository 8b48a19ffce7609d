"""Build the "foreign" development corpus: 24 invented articles (10 Arabic, 8 French, 6 English) about Morocco's
counter-terrorism record seen from abroad and with partners (joint operations, intelligence tips, conferences,
wire copy); with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_foreign/build.py [--out DIR]

Every outlet and person is invented; the figures follow the magnitudes of real press coverage, the sentences
are new. Each claim's `sentence` is the very string placed in the article's text.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.corpus_kit import (  # noqa: E402
    NP,
    SIDEBAR_RULE,
    A,
    C,
    P,
    T,
    aggregator,
    clean,
    event,
    html,
    meta,
    para,
    readme_sections,
    run_build,
    since,
    spec,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

THIN = "\u2009"


S02 = "2002"


def s2002(pub, text="منذ سنة 2002"):
    return since(S02, pub, text)


# ================================================================ Arabic


def x01():
    pub, outlet = "2021-05-20", "أنباء الضفتين"
    title = "مدريد والرباط: تنسيق أمني يتجاوز الأزمات"
    s1 = (
        "ونقلت الصحيفة الإسبانية عن مسؤول بالمديرية العامة لمراقبة التراب الوطني قوله إن المصالح "
        "المغربية فككت 210 خلايا إرهابية منذ سنة 2002."
    )
    body = [
        "خصصت يومية إسبانية واسعة الانتشار ملفا للتعاون الأمني بين البلدين رغم فتور العلاقات الدبلوماسية.",
        s1,
        para(
            "وأوضح المصدر أن المعلومات التي تقدمها الرباط بتنسيق مع الشرطة الوطنية الإسبانية مكنت من "
            "توقيف 3 أشخاص في برشلونة الشهر الماضي، وهو رقم يخص السجل الإسباني وحده."
        ),
    ]
    side = ["ارتفاع صادرات الحوامض بنسبة 8 في المائة", "الجيش الملكي يفوز 2-0"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C(
            "cells_dismantled",
            210,
            "210",
            s1,
            s2002(pub),
            A("DGST", "مسؤول بالمديرية العامة لمراقبة التراب الوطني"),
        )
    ]
    traps = [
        SIDEBAR_RULE,
        T("8 في المائة", "sidebar: exports"),
        T("2-0", "sidebar: football score"),
        T("توقيف 3 أشخاص في برشلونة", "Spain's own arrests on its soil: another country's record"),
    ]
    return spec("x01", "aggregator", "ar", text, meta(title, outlet, "Anbaa Addiffatayn", pub, fictional=True),
                claims, traps, partners=["ES"],
                summary="Spanish daily quoted: 210 cells since 2002 (DGST, 2021); Spain's 3 arrests in Barcelona "
                        "a trap; Spain partner by 'بتنسيق'")  # fmt: skip


def x02():
    pub = "2022-11-08"
    title = "عملية مشتركة مغربية إسبانية تطيح بخلية موالية لداعش"
    s1 = "وأسفرت العملية، التي جرت يوم الثلاثاء، عن توقيف أربعة أشخاص فوق التراب المغربي بكل من طنجة وتطوان."
    s2 = (
        "وذكّر بلاغ المكتب المركزي للأبحاث القضائية بأن عدد الموقوفين في قضايا الإرهاب بالمغرب بلغ "
        "4300 شخص منذ سنة 2002."
    )
    body = [
        "أعلنت المديرية العامة لمراقبة التراب الوطني عن عملية أمنية منسقة مع الشرطة الوطنية الإسبانية.",
        para(s1, "فيما أوقفت السلطات الإسبانية ثلاثة آخرين في مدريد ومليلية."),
        para(s2, "وتتراوح أعمار الموقوفين بين 22 و37 سنة."),
    ]
    meta_line = "8 نوفمبر 2022 | أمن"
    text = wordpress("ar", "الشمال اليوم", "الرئيسية » وطني", title, meta_line, body,
                     ["إحباط تهريب 3 أطنان من الشيرا"])  # fmt: skip
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "يوم الثلاثاء"), A("DGST", "المديرية العامة لمراقبة التراب الوطني")),
        C("persons_arrested", 4300, "4300", s2, s2002(pub), A("BCIJ", "المكتب المركزي للأبحاث القضائية")),
    ]  # fmt: skip
    traps = [
        T("ثلاثة آخرين في مدريد", "Spain's own arrests in a joint operation: only Morocco's side is a claim"),
        T("22 و37 سنة", "ages"),
        T("3 أطنان", "related headline: drugs"),
    ]
    return spec("x02", "wordpress", "ar", text, meta(title, "الشمال اليوم", "Achamal Alyoum", pub, fictional=True),
                claims, traps, partners=["ES"],
                summary="joint op with Spain: four ('أربعة') arrested in Morocco on Tuesday, Spain's three a trap; "
                        "BCIJ 4300 arrested since 2002")  # fmt: skip


def x03():
    pub = "2023-03-14"
    title = "الرباط تعرض تجربتها أمام مؤتمر دولي لمكافحة الإرهاب"
    s1 = "وقال وزير الداخلية في كلمته أمام المؤتمر إن المملكة أحبطت أزيد من 500 مخطط إرهابي منذ سنة 2002."
    body = [
        "احتضنت العاصمة النمساوية فيينا مؤتمرا أمميا حول مكافحة الإرهاب شاركت فيه وفود من 150 دولة.",
        s1,
        para(
            "واستحضر المتحدث هجمات باريس سنة 2015 التي خلفت 130 قتيلا، معتبرا أن المقاربة الاستباقية "
            "المغربية تختلف عن النموذج الفرنسي."
        ),
    ]
    text = clean(title, "الثلاثاء 14 مارس 2023", body)
    claims = [
        C("plots_foiled", 500, "500", s1, s2002(pub), A("MOI", "وزير الداخلية"), q="more_than", qt="أزيد من")
    ]
    traps = [T("150 دولة", "number of delegations"), T("130 قتيلا", "victims of an attack in France")]
    return spec("x03", "clean", "ar", text, meta(title, None, None, pub), claims, traps,
                not_partners=[NP("FR", "هجمات باريس", "place of an attack and a contrasting model"),
                              NP("AT", "فيينا", "conference host")],
                summary="Interior minister at a Vienna conference: more than 500 plots since 2002; Paris attack "
                        "victims a trap, France and Austria not partners")  # fmt: skip


def x04():
    pub, outlet = "2023-06-02", "بوابة المهجر"
    title = "بلجيكا تشيد بمعلومات استخباراتية مغربية"
    s1 = "وكانت المديرية العامة لمراقبة التراب الوطني قد فككت ١٢ خلية إرهابية خلال سنة 2022."
    body = [
        "أشاد وزير العدل البلجيكي بالمعلومات الدقيقة التي تقاسمتها المصالح المغربية مع نظيرتها البلجيكية.",
        "وقادت هذه المعلومات إلى اعتقال خمسة أشخاص في بروكسل وأنتويرب يشتبه في تحضيرهم لاعتداء.",
        s1,
    ]
    text = html("ar", title, outlet, pub, body, aside=["مهرجان موازين يستقبل 2 مليون زائر"])
    claims = [C("cells_dismantled", 12, "١٢", s1, yr("2022", "خلال سنة 2022"), A("DGST", "المديرية العامة لمراقبة التراب الوطني"))]  # fmt: skip
    traps = [
        T("اعتقال خمسة أشخاص في بروكسل", "Belgium's own arrests, even on a Moroccan tip"),
        T("2 مليون زائر", "aside headline"),
    ]
    return spec("x04", "html", "ar", text, meta(title, outlet, "Bawabat Almahjar", pub, fictional=True), claims,
                traps, partners=["BE"],
                summary="Belgian minister praises shared intelligence (BE partner); Belgium's five arrests a trap; "
                        "DGST ١٢ (Arabic-Indic) cells in 2022; HTML with time tag and JSON-LD")  # fmt: skip


def x05():
    pub, outlet = "2023-10-12", "الخليج اليوم"
    title = "المغرب.. نموذج أمني تحت المجهر الخليجي"
    s1 = "وحسب الإحصائيات الرسمية المغربية، فإن الأجهزة الأمنية أحبطت أكثر من 500 مخطط إرهابي منذ سنة 2002."
    s2 = "كما فككت الأجهزة ذاتها خمس خلايا منذ بداية السنة."
    body = [
        "تناولت ندوة في أبوظبي التجارب العربية في مكافحة التطرف.",
        para(s1, s2),
        "وأشار المشاركون إلى أن 40 ألف مقاتل أجنبي التحقوا بسوريا والعراق من مختلف أنحاء العالم.",
    ]
    side = ["سعر برميل النفط يبلغ 90 دولارا", "افتتاح 3 فنادق جديدة بدبي"]
    text = aggregator("ar", side, title, outlet, pub, body)
    off = A("official_unspecified", "الإحصائيات الرسمية المغربية")
    claims = [
        C("plots_foiled", 500, "500", s1, s2002(pub), off, q="more_than", qt="أكثر من"),
        C("cells_dismantled", 5, "خمس", s2, ytd(pub, "منذ بداية السنة"), A("official_unspecified", "الأجهزة ذاتها")),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("90 دولارا", "sidebar: oil price"),
        T("3 فنادق", "sidebar"),
        T("40 ألف مقاتل أجنبي", "the world's total of foreign fighters"),
    ]
    return spec("x05", "aggregator", "ar", text, meta(title, outlet, "Al Khaleej Today", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone")],
                summary="Gulf outlet: official statistics, more than 500 plots since 2002 and five ('خمس') cells "
                        "since the start of the year; world foreign-fighter total a trap")  # fmt: skip


def x06():
    pub = "2024-09-18"
    title = "حصيلة مرحلية: ارتفاع عدد الموقوفين في قضايا الإرهاب"
    s1 = "وأفاد مصدر من المديرية العامة لمراقبة التراب الوطني بأن ٦٥ شخصا أوقفوا منذ بداية السنة في قضايا إرهابية."
    s2 = "وأضاف المصدر ذاته أن المصالح الأمنية فككت تسع خلايا خلال الفترة نفسها منذ بداية السنة."
    body = [s1, s2, "وأحيل الموقوفون على النيابة العامة المختصة وفق القانون 03.03."]
    text = wordpress("ar", "مغرب الغد", "الرئيسية » أمن", title, "18 شتنبر 2024", body,
                     ["قرعة كأس إفريقيا 2025"])  # fmt: skip
    dg = A("DGST", "مصدر من المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 65, "٦٥", s1, ytd(pub, "منذ بداية السنة"), dg),
        C("cells_dismantled", 9, "تسع", s2, ytd(pub, "منذ بداية السنة"), A("DGST", "المصدر ذاته")),
    ]
    traps = [T("03.03", "law number"), T("كأس إفريقيا 2025", "related headline")]
    return spec("x06", "wordpress", "ar", text, meta(title, "مغرب الغد", "Maghrib Alghad", pub, fictional=True),
                claims, traps,
                summary="DGST source: ٦٥ arrested and nine ('تسع') cells since the start of 2024 (year to date)")  # fmt: skip


def x07():
    pub = "2025-02-11"
    title = "وزير الداخلية الإسباني: التعاون مع المغرب نموذجي"
    s1 = (
        "وصرح وزير الداخلية الإسباني لوكالة الأنباء الإسبانية بأن البلدين نفذا 9 عمليات مشتركة ضد "
        "الخلايا الجهادية العام الماضي."
    )
    body = [
        "أشاد المسؤول الإسباني بالتعاون الأمني مع الرباط، مؤكدا أن تبادل المعلومات بات يوميا.",
        s1,
        "وأوضح أن الشرطة الإسبانية اعتقلت 81 شخصا بتهم إرهابية فوق التراب الإسباني خلال السنة نفسها.",
    ]
    text = clean(title, "الثلاثاء 11 فبراير 2025", body)
    claims = [
        C(
            "joint_operations",
            9,
            "9",
            s1,
            yr("2024", "العام الماضي"),
            A("unspecified", "وزير الداخلية الإسباني"),
        )
    ]
    traps = [T("اعتقلت 81 شخصا", "Spain's own arrests on its soil, not a Moroccan claim")]
    return spec("x07", "clean", "ar", text, meta(title, None, None, pub), claims, traps, partners=["ES"],
                summary="Spanish minister told EFE: 9 joint operations 'العام الماضي' (2024); Spain's 81 arrests "
                        "a trap")  # fmt: skip


def x08():
    pub, outlet = "2024-03-05", "صدى الأطلس"
    title = "مصدر أمني: سبع عمليات مشتركة مع إسبانيا"
    s1 = "وأوضح مصدر أمني مغربي أن المصالح المغربية والإسبانية نفذت 7 عمليات مشتركة خلال سنة 2023."
    body = [
        "يتواصل التنسيق الأمني بين الرباط ومدريد في مواجهة التهديدات العابرة للحدود.",
        s1,
        "ويحمل أغلب الموقوفين في إسبانيا جنسيات مختلفة، بينهم مغاربة مقيمون هناك منذ 10 سنوات.",
    ]
    text = html("ar", title, outlet, pub, body, jsonld=False)
    claims = [C("joint_operations", 7, "7", s1, yr("2023", "خلال سنة 2023"), A("official_unspecified", "مصدر أمني مغربي"))]  # fmt: skip
    traps = [T("سبع عمليات", "title figure the body repeats"), T("10 سنوات", "years of residence")]
    return spec("x08", "html", "ar", text, meta(title, outlet, "Sada Al Atlas", pub, fictional=True), claims, traps,
                partners=["ES"],
                summary="security source: 7 joint operations with Spain in 2023; title figure a trap; HTML with "
                        "the time tag alone")  # fmt: skip


def x09():
    pub, outlet = "2025-06-20", "واشنطن عربي"
    title = "الخارجية الأمريكية تشيد بالتعاون الأمني مع المغرب"
    s1 = (
        "وذكّر التقرير بأن المكتب المركزي للأبحاث القضائية كان قد أعلن في حصيلته لسنة 2019 أن 1659 مغربيا "
        "التحقوا بالتنظيمات المتطرفة."
    )
    s2 = "وحسب تقرير الخارجية الأمريكية، فكك المغرب 14 خلية إرهابية خلال سنة 2019."
    body = [
        "نوه تقرير صادر عن وزارة الخارجية الأمريكية بالتعاون الوثيق بين واشنطن والرباط في مجال مكافحة الإرهاب.",
        para(s2, s1),
    ]
    side = ["انخفاض سعر الدولار إلى 9 دراهم", "بورصة البيضاء تربح 1 في المائة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 14, "14", s2, yr("2019", "خلال سنة 2019"), A("analyst", "تقرير الخارجية الأمريكية")),
        C("fighters_joined", 1659, "1659", s1, P("cumulative_unspecified", None, "2019", "في حصيلته لسنة 2019"),
          A("BCIJ", "المكتب المركزي للأبحاث القضائية"), as_of="2019"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("9 دراهم", "sidebar: exchange rate"), T("1 في المائة", "sidebar")]
    return spec("x09", "aggregator", "ar", text, meta(title, outlet, "Washington Arabi", pub, fictional=True), claims,
                traps, partners=["US"],
                summary="US report: 14 cells in 2019; the BCIJ's 1659 dated by the text ('في حصيلته لسنة 2019', "
                        "as_of 2019); US partner")  # fmt: skip


def x10():
    pub = "2025-12-03"
    title = "حصيلة 2024: أرقام المديرية العامة لمراقبة التراب الوطني"
    s1 = "وحسب المديرية العامة لمراقبة التراب الوطني، أوقف 57 شخصا للاشتباه في صلتهم بالإرهاب خلال سنة 2024."
    s2 = "كما فككت المديرية 14 خلية إرهابية خلال سنة 2024، بحسب المعطيات نفسها."
    body = [s1, s2, "وقضى بعض الموقوفين سنتين في الخارج قبل عودتهم، فيما يقيم آخرون في ألمانيا منذ 2018."]
    text = clean(title, "3 دجنبر 2025", body)
    dg = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 57, "57", s1, yr("2024", "خلال سنة 2024"), dg),
        C("cells_dismantled", 14, "14", s2, yr("2024", "خلال سنة 2024"), dg),
    ]
    traps = [T("سنتين", "duration abroad"), T("2018", "a year, not a count")]
    return spec("x10", "clean", "ar", text, meta(title, None, None, pub), claims, traps,
                not_partners=[NP("DE", "ألمانيا", "country of residence")],
                summary="DGST 2024: 57 arrested (below its own ٦٥ by September: planted), 14 cells; Germany a "
                        "place of residence")  # fmt: skip


# ================================================================ French


def x11():
    pub, outlet = "2023-01-25", "Le Courrier de Bruxelles"
    title = "Terrorisme : Bruxelles et Rabat resserrent leur coopération"
    s1 = (
        "Le responsable marocain de la DGST a déclaré à l'AFP que ses services avaient démantelé 220 "
        "cellules terroristes depuis 2002."
    )
    body = [
        "La Sûreté de l'État belge et la DGST marocaine ont signé un nouvel accord d'échange de renseignements.",
        s1,
        "En Belgique, une quinzaine d'arrestations liées au jihadisme ont été effectuées en 2022, selon le parquet fédéral.",
    ]
    side = ["Bourse : le BEL 20 gagne 2 %", "Météo : 5 degrés à Liège"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 220, "220", s1, since(S02, pub, "depuis 2002"), A("DGST", "Le responsable marocain de la DGST"))]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("2 %", "sidebar"),
        T("5 degrés", "sidebar"),
        T("une quinzaine d'arrestations", "Belgium's own arrests"),
    ]
    return spec("x11", "aggregator", "fr", text, meta(title, outlet, "Courrier de Bruxelles", pub, fictional=True),
                claims, traps, partners=["BE"],
                summary="Belgian outlet, AFP quote: DGST 220 cells since 2002 (2023); Belgium partner (intelligence "
                        "accord), its own arrests a trap")  # fmt: skip


def x12():
    pub = "2023-07-07"
    title = "La DGSI salue l'apport du renseignement marocain"
    s1 = "Selon le BCIJ, 12 cellules ont été démantelées au Maroc en 2022."
    body = [
        "Le patron de la DGSI a remercié la DGST pour des informations ayant permis de déjouer un projet d'attentat.",
        s1,
        "En France, neuf attentats ont été déjoués la même année, a rappelé le ministère français.",
    ]
    text = wordpress("fr", "Maghreb Hebdo", "Accueil » Sécurité", title, "7 juillet 2023", body,
                     ["Tourisme : 14 millions de visiteurs attendus"])  # fmt: skip
    claims = [C("cells_dismantled", 12, "12", s1, yr("2022", "en 2022"), A("BCIJ", "le BCIJ"))]
    traps = [T("neuf attentats", "France's own foiled attacks"), T("14 millions", "related headline")]
    return spec("x12", "wordpress", "fr", text, meta(title, "Maghreb Hebdo", "Maghreb Hebdo", pub, fictional=True),
                claims, traps, partners=["FR"],
                summary="DGSI thanks the DGST (France partner); BCIJ 12 cells in 2022; France's nine foiled "
                        "attacks a trap")  # fmt: skip


def x13():
    pub = "2024-04-16"
    title = "Maroc : plus de deux décennies de lutte antiterroriste en chiffres"
    s1 = f"Le BCIJ indique que 4{THIN}200 personnes ont été interpellées depuis 2002 dans des affaires de terrorisme."
    s2 = "Pour le chercheur Karim Benslimane, près de 500 complots ont été déjoués depuis 2002."
    body = [
        "Un rapport d'un think tank espagnol revient sur l'approche marocaine.",
        s1,
        para(
            s2,
            "Il rappelle que la loi 03-03 a été adoptée après les attentats de Casablanca, qui ont fait 33 morts.",
        ),
    ]
    text = clean(title, "16 avril 2024", body)
    claims = [
        C("persons_arrested", 4200, f"4{THIN}200", s1, since(S02, pub, "depuis 2002"), A("BCIJ", "Le BCIJ")),
        C("plots_foiled", 500, "500", s2, since(S02, pub, "depuis 2002"), A("analyst", "chercheur", "Karim Benslimane"),
          q="about", qt="près de"),
    ]  # fmt: skip
    traps = [T("03-03", "law number"), T("33 morts", "victims of the 2003 attacks")]
    return spec("x13", "clean", "fr", text, meta(title, None, None, pub), claims, traps,
                not_partners=[NP("ES", "think tank espagnol", "origin of a report, no cooperation")],
                summary="BCIJ 4 200 (thin space) arrested since 2002, below its 4300 of 2022 (planted decrease); "
                        "analyst 'près de 500' plots")  # fmt: skip


S14B = "Au total, les deux pays ont conduit une cinquantaine d'opérations conjointes depuis 2014, selon le même ministère."


def x14():
    pub, outlet = "2024-02-20", "Ibérica Info"
    title = "Madrid dresse le bilan de sa coopération avec Rabat"
    s1 = (
        "Le ministère espagnol de l'Intérieur a fait état de sept opérations conjointes avec le Maroc "
        "en 2023."
    )
    body = [
        s1,
        "Sur son propre sol, l'Espagne a arrêté 78 personnes pour terrorisme djihadiste la même année.",
        S14B,
    ]
    text = html("fr", title, outlet, pub, body, time_tag=False)
    claims = [
        C("joint_operations", 7, "sept", s1, yr("2023", "en 2023"), A("unspecified", "Le ministère espagnol de l'Intérieur")),
        C("joint_operations", 50, "une cinquantaine", S14B, since("2014", pub, "depuis 2014"),
          A("unspecified", "le même ministère"), q="about", qt="une cinquantaine"),
    ]  # fmt: skip
    traps = [T("78 personnes", "Spain's own arrests")]
    return spec("x14", "html", "fr", text, meta(title, outlet, "Iberica Info", pub, fictional=True), claims, traps,
                partners=["ES"],
                summary="Spanish ministry: seven ('sept') joint operations with Morocco in 2023; Spain's own 78 "
                        "arrests a trap; 'une cinquantaine' since 2014; HTML with JSON-LD alone")  # fmt: skip


def x15():
    pub, outlet = "2024-11-28", "Le Relais Atlantique"
    title = "Un ressortissant marocain interpellé à Lyon"
    s1 = (
        "Le ministre de l'Intérieur, cité par l'agence officielle, a rappelé que plus de 200 cellules "
        "avaient été démantelées au Maroc depuis 2002."
    )
    body = [
        "Un ressortissant marocain de 29 ans a été interpellé à Lyon par la DGSI, soupçonné de projeter une attaque.",
        s1,
    ]
    side = ["Foot : le Raja s'impose 3-1", "Immobilier : hausse de 4 %"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 200, "200", s1, since(S02, pub, "depuis 2002"), A("MOI", "Le ministre de l'Intérieur"),
                q="more_than", qt="plus de")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("29 ans", "age"), T("3-1", "sidebar"), T("4 %", "sidebar")]
    return spec("x15", "aggregator", "fr", text, meta(title, outlet, "Relais Atlantique", pub, fictional=True), claims,
                traps, not_partners=[NP("FR", "Lyon", "a Moroccan national arrested in France: France's record")],
                summary="Moroccan national arrested in Lyon (France only the place); MOI: more than 200 cells since "
                        "2002")  # fmt: skip


def x16():
    pub = "2025-03-10"
    title = "Interpol : la DGSN présente le modèle marocain"
    s1 = "Le représentant de la DGSN a indiqué que plus de 500 projets terroristes avaient été avortés depuis 2002."
    body = [
        "Réunis à Lyon, les 196 pays membres d'Interpol ont débattu de la menace sahélienne.",
        s1,
    ]
    text = wordpress("fr", "Sécurité Afrique", "Accueil » International", title, "10 mars 2025", body,
                     ["Sahel : 3 soldats tués au Mali"])  # fmt: skip
    claims = [C("plots_foiled", 500, "500", s1, since(S02, pub, "depuis 2002"), A("DGSN", "Le représentant de la DGSN"),
                q="more_than", qt="plus de")]  # fmt: skip
    traps = [T("196 pays", "Interpol membership"), T("3 soldats", "related headline")]
    return spec("x16", "wordpress", "fr", text, meta(title, "Sécurité Afrique", "Securite Afrique", pub, fictional=True),
                claims, traps, not_partners=[NP("ML", "Mali", "place named in a headline")],
                summary="DGSN at Interpol: more than 500 plots since 2002; membership count a trap")  # fmt: skip


def x17():
    pub = "2025-01-30"
    title = "Antiterrorisme : le Maroc publie son bilan annuel"
    s1 = "Selon des chiffres officiels, 57 personnes ont été arrêtées pour terrorisme l'an dernier."
    body = [s1, "Les suspects étaient âgés de 18 à 52 ans."]
    text = clean(title, "30 janvier 2025", body)
    claims = [C("persons_arrested", 57, "57", s1, yr("2024", "l'an dernier"), A("official_unspecified", "des chiffres officiels"))]  # fmt: skip
    traps = [T("18 à 52 ans", "ages")]
    return spec("x17", "clean", "fr", text, meta(title, None, None, pub), claims, traps,
                summary="official figures: 57 arrested 'l'an dernier' (2024)")  # fmt: skip


def x18():
    pub, outlet = "2025-10-15", "Détroit Matin"
    title = "Opération conjointe entre le Maroc et l'Espagne"
    s1 = "Trois suspects ont été arrêtés mercredi au Maroc, à Nador, dans le cadre de cette opération conjointe."
    body = [
        "La DGST et la Guardia Civil ont mené une opération coordonnée contre un réseau de recrutement.",
        para(s1, "Deux autres ont été interpellés à Barcelone par les autorités espagnoles."),
    ]
    text = html("fr", title, outlet, pub, body)
    claims = [C("persons_arrested", 3, "Trois", s1, event(pub, "mercredi"), A("unspecified"))]
    traps = [T("Deux autres", "Spain's own arrests in a joint operation")]
    return spec("x18", "html", "fr", text, meta(title, outlet, "Detroit Matin", pub, fictional=True), claims, traps,
                partners=["ES"],
                summary="joint op DGST-Guardia Civil: three ('Trois') arrested in Morocco on Wednesday, Spain's two "
                        "a trap; HTML with both dates")  # fmt: skip


# ================================================================ English


S19B = "The same source said more than 500 plots had been thwarted over the same period, since 2002."


def x19():
    pub, outlet = "2025-05-14", "Gulf Wire Daily"
    title = "Morocco's security model draws Gulf interest"
    s1 = "A Moroccan security source said the country had dismantled 210 terrorist cells since 2002."
    body = [
        "Gulf officials visiting Rabat praised the kingdom's preventive approach.",
        s1,
        S19B,
        "More than 5,000 Tunisians travelled to Syria at the height of the conflict, analysts noted.",
    ]
    side = ["Oil steady at 82 dollars", "Dubai airport handles 90 million passengers"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 210, "210", s1, since(S02, pub, "since 2002"), A("official_unspecified", "A Moroccan security source")),
        C("plots_foiled", 500, "500", S19B, since(S02, pub, "since 2002"), A("official_unspecified", "The same source"),
          q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("82 dollars", "sidebar"), T("90 million", "sidebar"),
             T("More than 5,000 Tunisians", "another country's fighters")]  # fmt: skip
    return spec("x19", "aggregator", "en", text, meta(title, outlet, "Gulf Wire", pub, fictional=True), claims, traps,
                not_partners=[NP("TN", "Tunisians", "another country's fighters, a comparison")],
                summary="security source repeats 210 cells since 2002 in 2025 (stale after 220), more than 500 "
                        "plots; Tunisia only a comparison")  # fmt: skip


def x20():
    pub = "2025-06-05"
    title = "Inside Morocco's counter-terror numbers"
    s1 = "The BCIJ said 57 people were arrested on terrorism charges in 2024."
    s2 = "Of those arrested in 2024, 50 were men, 4 were women and 2 were minors, the bureau added."
    body = [
        "An American think tank published a study of North African counter-terrorism.",
        s1,
        s2,
        "The study covered 5 countries over 10 years.",
    ]
    text = wordpress("en", "Atlantic Policy Review", "Home » Analysis", title, "June 5, 2025", body,
                     ["Election: 3 candidates remain"])  # fmt: skip
    bc = A("BCIJ", "The BCIJ")
    same = A("BCIJ", "the bureau")
    y = yr("2024", "in 2024")
    claims = [
        C("persons_arrested", 57, "57", s1, y, bc),
        C("persons_arrested", 50, "50", s2, y, same, subset="men"),
        C("persons_arrested", 4, "4", s2, y, same, subset="women"),
        C("persons_arrested", 2, "2", s2, y, same, subset="minors"),
    ]
    traps = [T("5 countries", "number of countries"), T("10 years", "duration"), T("3 candidates", "related")]
    return spec("x20", "wordpress", "en", text, meta(title, "Atlantic Policy Review", "APR", pub, fictional=True),
                claims, traps,
                summary="BCIJ 57 arrested in 2024 split 50 men + 4 women + 2 minors = 56 (does not add up)")  # fmt: skip


S21B = "In the latest of those operations, Moroccan agents arrested two suspects in Tetouan on Friday."


def x21():
    pub = "2025-03-03"
    title = "Morocco, Spain ran six joint counter-terror operations, official says"
    s1 = "A senior DGST official told EFE that the two countries conducted 6 joint operations last year."
    body = [
        "RABAT (wire) - Cooperation between Moroccan and Spanish services remains close, officials said.",
        s1,
        "Spain's Policía Nacional separately reported 81 arrests on Spanish soil.",
        S21B,
        "Spanish officers held five more in Ceuta the same day.",
    ]
    text = clean(title, "March 3, 2025", body)
    claims = [
        C("joint_operations", 6, "6", s1, yr("2024", "last year"), A("DGST", "A senior DGST official")),
        C("persons_arrested", 2, "two", S21B, event(pub, "on Friday"), A("unspecified")),
    ]
    traps = [T("81 arrests", "Spain's own arrests"), T("six joint", "title figure the body repeats"),
             T("five more in Ceuta", "Spain's own arrests in the same joint operation")]  # fmt: skip
    return spec("x21", "clean", "en", text, meta(title, None, None, pub, city="RABAT"), claims, traps,
                partners=["ES"],
                summary="DGST told EFE: 6 joint operations 'last year' (2024), against Madrid's 9; two ('two') "
                        "arrested in Tetouan on Friday, Spain's five in Ceuta and 81 arrests traps")  # fmt: skip


def x22():
    pub, outlet = "2025-09-09", "Capitol Maghreb Report"
    title = "Morocco's record in the eyes of Washington"
    s1 = "Morocco has foiled 5,000 terrorist plots since 2002."
    body = [
        "A congressional hearing examined North African security partners.",
        s1,
        "Witnesses compared the kingdom with Algeria, which shares a 1,500-kilometre border with it.",
    ]
    text = html("en", title, outlet, pub, body, jsonld=False)
    claims = [C("plots_foiled", 5000, "5,000", s1, since(S02, pub, "since 2002"), A("unspecified"))]
    traps = [T("1,500-kilometre", "a distance")]
    return spec("x22", "html", "en", text, meta(title, outlet, "CMR", pub, fictional=True), claims, traps,
                not_partners=[NP("DZ", "Algeria", "a comparison")],
                summary="unsourced 5,000 plots since 2002 (ten times the series: implausible); Algeria a comparison; "
                        "HTML time tag alone")  # fmt: skip


def x23():
    pub = "2026-02-12"
    title = "Riyadh forum hears Morocco's tally"
    s1 = (
        "Morocco's interior minister told the forum that more than 4,300 people had been arrested since 2002."
    )
    s2 = "He added that more than 220 cells had been broken up since 2002."
    s3 = "Analyst Laila Ouazzani put the number of cells dismantled since 2015 at about 100."
    body = [
        "Delegations from 40 countries met in Riyadh for a counter-terrorism forum.",
        para(s1, s2),
        s3,
    ]
    text = clean(title, "February 12, 2026", body)
    moi = A("MOI", "Morocco's interior minister")
    claims = [
        C("persons_arrested", 4300, "4,300", s1, since(S02, pub, "since 2002"), moi, q="more_than", qt="more than"),
        C("cells_dismantled", 220, "220", s2, since(S02, pub, "since 2002"), moi, q="more_than", qt="more than"),
        C("cells_dismantled", 100, "100", s3, since("2015", pub, "since 2015"), A("analyst", "Analyst", "Laila Ouazzani"),
          q="about", qt="about"),
    ]  # fmt: skip
    traps = [T("40 countries", "number of delegations")]
    return spec("x23", "clean", "en", text, meta(title, None, None, pub), claims, traps,
                not_partners=[NP("SA", "Riyadh", "conference host")],
                summary="Interior minister at a Riyadh forum: more than 4,300 arrested and more than 220 cells since "
                        "2002; analyst about 100 cells since 2015")  # fmt: skip


def x24():
    pub, outlet = "2026-04-22", "Lowlands Courier"
    title = "Dutch minister thanks Morocco for terror tip-off"
    s1 = "According to the BCIJ, Moroccan services dismantled eleven cells in 2025."
    body = [
        "The Dutch justice minister thanked the DGST for intelligence that led to arrests in Rotterdam.",
        "Dutch police detained 4 suspects, including a Moroccan national aged 24.",
        s1,
    ]
    text = html("en", title, outlet, pub, body, time_tag=False)
    claims = [C("cells_dismantled", 11, "eleven", s1, yr("2025", "in 2025"), A("BCIJ", "the BCIJ"))]
    traps = [T("detained 4 suspects", "the Netherlands' own arrests"), T("aged 24", "age")]
    return spec("x24", "html", "en", text, meta(title, outlet, "Lowlands Courier", pub, fictional=True), claims, traps,
                partners=["NL"],
                summary="Dutch minister thanks the DGST (NL partner); Dutch arrests of a Moroccan national a trap; "
                        "BCIJ eleven cells in 2025; HTML JSON-LD alone")  # fmt: skip


ARTICLES = [x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20,
            x21, x22, x23, x24]  # fmt: skip

INCONSISTENCIES = [
    {"id": "foreign-stale", "kind": "stale_figure",
     "refs": [("x01", "cells_dismantled", 210), ("x11", "cells_dismantled", 220), ("x19", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002: 210 (DGST, 2021), 220 (DGST to AFP, 2023), then a security source "
                    "repeats 210 in May 2025"},
    {"id": "foreign-decrease", "kind": "cumulative_decrease",
     "refs": [("x02", "persons_arrested", 4300), ("x13", "persons_arrested", 4200)],
     "explanation": "persons arrested since 2002: 4300 (BCIJ, Nov 2022) then 4200 (BCIJ, Apr 2024): a running "
                    "total cannot go down"},
    {"id": "foreign-arithmetic", "kind": "internal_arithmetic",
     "refs": [("x20", "persons_arrested", 57), ("x20", "persons_arrested", 50, "men"),
              ("x20", "persons_arrested", 4, "women"), ("x20", "persons_arrested", 2, "minors")],
     "explanation": "the BCIJ's 57 arrests of 2024 are split 50 men + 4 women + 2 minors = 56, not 57"},
    {"id": "foreign-implausible", "kind": "implausible_value",
     "refs": [("x22", "plots_foiled", 5000), ("x05", "plots_foiled", 500)],
     "explanation": "5000 plots foiled since 2002, ten times the 500 every other source gives"},
    {"id": "foreign-partial", "kind": "partial_exceeds_whole",
     "refs": [("x06", "persons_arrested", 65), ("x10", "persons_arrested", 57)],
     "explanation": "the DGST counted 65 arrests from January to mid-September 2024, then 57 for the whole of 2024"},
    {"id": "foreign-disagree", "kind": "same_period_disagreement",
     "refs": [("x07", "joint_operations", 9), ("x21", "joint_operations", 6)],
     "explanation": "joint operations with Spain in 2024: 9 (Spanish minister, 'last year' in February 2025) "
                    "against 6 (DGST official, 'last year' in March 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("x11", "cells_dismantled", 220), ("x15", "cells_dismantled", 200), ("x23", "cells_dismantled", 220)],
     "reason": "220 cells since 2002 (2023), 'more than 200' (2024) and 'more than 220' (2026) agree"},
    {"refs": [("x02", "persons_arrested", 4300), ("x23", "persons_arrested", 4300)],
     "reason": "4300 arrested since 2002 (2022) and 'more than 4,300' (2026): a running total that rises"},
    {"refs": [("x03", "plots_foiled", 500), ("x13", "plots_foiled", 500), ("x16", "plots_foiled", 500)],
     "reason": "more than 500 plots since 2002 (2023, 2025) and an analyst's 'près de 500' (2024) agree"},
    {"refs": [("x16", "plots_foiled", 500), ("x19", "plots_foiled", 500)],
     "reason": "more than 500 plots since 2002 from the DGSN in March 2025 and a security source in May 2025"},
    {"refs": [("x08", "joint_operations", 7), ("x14", "joint_operations", 7)],
     "reason": "7 joint operations with Spain in 2023, from a Moroccan source and from Madrid"},
    {"refs": [("x04", "cells_dismantled", 12), ("x12", "cells_dismantled", 12)],
     "reason": "12 cells in 2022, DGST in Arabic-Indic digits and BCIJ in French"},
    {"refs": [("x10", "persons_arrested", 57), ("x17", "persons_arrested", 57), ("x20", "persons_arrested", 57)],
     "reason": "57 arrested in 2024: DGST, official figures ('l'an dernier') and the BCIJ"},
    {"refs": [("x06", "cells_dismantled", 9), ("x10", "cells_dismantled", 14)],
     "reason": "different periods: nine cells by September 2024 within 14 for the whole year"},
    {"refs": [("x10", "persons_arrested", 57), ("x10", "cells_dismantled", 14)],
     "reason": "different metrics: 57 people arrested and 14 cells dismantled in 2024 by the same DGST"},
    {"refs": [("x23", "cells_dismantled", 220), ("x23", "cells_dismantled", 100)],
     "reason": "different periods: more than 220 cells since 2002 and about 100 since 2015"},
]  # fmt: skip

CONVENTIONS = """\
- **Joint operations**: when Morocco and a partner arrest suspects together, only the arrests on Moroccan soil
  are a Moroccan claim (`persons_arrested`, an `event` on the weekday the text names); the partner's arrests
  (Spain's in Madrid or Barcelona, Belgium's in Brussels, the Netherlands' in Rotterdam) are traps, even when a
  DGST tip led to them. `joint_operations` counts operations with Spain; subset null.
- **Attribution**: Moroccan bodies get their org (BCIJ, DGST, DGSN, MOI for the Interior minister); "الإحصائيات
  الرسمية" / "chiffres officiels" and unnamed Moroccan security sources are `official_unspecified`; a named
  researcher is `analyst`; a foreign minister speaking of Morocco's figures is `unspecified` with its words in
  `raw`, a foreign report `analyst` (docs/conventions.md, "Outside voices"); a figure with no source at all is
  `unspecified` with `raw` null. A quote translated
  through a wire ("told EFE", "a déclaré à l'AFP") keeps the speaker's org. "المصدر ذاته" / "the bureau"
  carries the previous attribution.
- **Partners**: a country is a partner only on a cue of cooperation (joint or coordinated operation,
  intelligence shared, an accord, thanks for a tip). A country that is only a place (a conference host, the
  site of an attack, the city where a Moroccan national was arrested), a comparison (Tunisia's fighters,
  Algeria) or the residence of a suspect is not.
- **Totals since 2002** are `since` series ending on the byline; a figure the text dates ("في حصيلته لسنة 2019")
  has `as_of` and its period ends there (x09, the only one).
- **Relative periods**: "العام الماضي", "last year", "l'an dernier" name the year before the byline's;
  "منذ بداية السنة" is `year_to_date` ending on the byline.
- **Number forms**: Arabic words (أربعة، خمس، تسع), Arabic-Indic digits (١٢، ٦٥), French and English words
  (sept, Trois, eleven), a thin space (4 200) and a comma (4,300, 5,000): the value is the number printed.
- **Traps**: other countries' arrests, fighters and foiled attacks, the world's foreign-fighter total, numbers
  of countries or delegations, ages, durations, law numbers (03.03, 03-03), money, sidebar and aside headlines,
  and a title figure the body repeats.
- **Breakdowns**: a total followed by parts that cover it (57 = men + women + minors) must add up; x20's do not.
- **Bounds** agree as in CONTRACT.md: "more than 200" admits 220; "près de 500" admits a value just above 500.
- A misprint-looking figure (5,000 plots) is extracted as printed; the consistency check flags it.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, tests/corpus_kit.py, tests/corpus_gold_checks.py and the abroad
corpus's build.py, README and gold test (for the structure) were read; no engine code, and the engine was never
run on these files. The magnitudes follow real reporting (Morocco's 'more than 200 cells' and 'more than 500
plots' since 2002, some 4,000+ arrests, Spanish-Moroccan joint operations, Spain's yearly jihadist arrests); no
sentence was copied, all outlets and people are invented, and the later figures are fiction.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_foreign: Morocco seen from abroad and with partners",
        "",
        "A development corpus of 24 invented articles (10 Arabic, 8 French, 6 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on Morocco's counter-terrorism figures as foreign",
        "outlets, wire copy, partner ministers and international conferences report them: joint operations,",
        "intelligence tips, Moroccan nationals arrested abroad (another country's record), translated quotes.",
        "Outlets and people are invented; magnitudes follow real press coverage; every sentence was written fresh.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_foreign/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_foreign_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_foreign --json > /tmp/foreign.json",
        "    ../shared/tools/score.py tests/corpus_foreign/expected.json /tmp/foreign.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'foreign': Morocco's counter-terrorism figures seen from abroad and with "
        "partners; 24 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
