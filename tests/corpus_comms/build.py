"""Build the "comms" development corpus: 18 invented articles (8 Arabic, 6 French, 4 English) on the official
communiqué chain: a DGST, DGSN or BCIJ press release, the agency dispatch that relays it, outlets that rewrite it
with or without naming it, the government council briefing, a written answer of the interior ministry to an MP,
anniversary pieces, the DGSN's annual review and follow-ups days later; with their gold (expected.json) and
README.md.

    .venv/bin/python tests/corpus_comms/build.py [--out DIR]

Every outlet and person is invented; the sentences are new. Each claim's `sentence` is the very string placed in
the article's text.
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
    T,
    aggregator,
    clean,
    cumul,
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

# ================================================================ Arabic


def q01():
    pub, outlet = "2025-01-20", "بوابة المضيق"
    title = "بلاغ: تفكيك خلية موالية لداعش بين طنجة والعرائش"
    s1 = (
        "أفاد بلاغ للمديرية العامة لمراقبة التراب الوطني أن عناصر المكتب المركزي للأبحاث القضائية أوقفت "
        "يوم الأحد أربعة أشخاص ينشطون بمدينتي طنجة والعرائش."
    )
    s2 = "وبهذه العملية يرتفع عدد الخلايا المفككة منذ سنة 2002 إلى 212 خلية، حسب المعطيات التي تضمنها البلاغ."
    body = [
        para(s1, "وتتراوح أعمار الموقوفين بين 19 و31 سنة."),
        s2,
        "وختم البلاغ، المسجل تحت رقم 14/2025، بدعوة المواطنين إلى التبليغ عبر الرقم 0537721919.",
    ]
    side = ["الوداد يتعادل 1-1 مع ضيفه", "توقع تساقطات مطرية تصل إلى 40 ملم"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "يوم الأحد"), dgst),
        C("cells_dismantled", 212, "212", s2, since("2002", pub, "منذ سنة 2002"), dgst),
    ]
    traps = [SIDEBAR_RULE, T("1-1", "sidebar: football score"), T("40 ملم", "sidebar: rainfall"),
             T("بين 19 و31 سنة", "ages"), T("14/2025", "the communiqué's reference number"),
             T("0537721919", "a phone number in the communiqué's footer")]  # fmt: skip
    return spec("q01", "aggregator", "ar", text, meta(title, outlet, "Bawwabat Almadiq", pub, fictional=True),
                claims, traps, summary="DGST communiqué in the lede ('أفاد بلاغ'): the operation (weekday event) "
                "and the running total since 2002 (212) in one text; reference number and footer phone number, "
                "ages, sidebar")  # fmt: skip


def q02():
    pub = "2024-10-15"
    title = "المكتب المركزي للأبحاث القضائية يوقف خمسة متطرفين"
    s1 = (
        "ونقلت وكالة المغرب العربي للأنباء عن بلاغ للمكتب المركزي للأبحاث القضائية أن عناصره أوقفت صباح يوم "
        "الثلاثاء خمسة متطرفين بسلا وتمارة."
    )
    s2 = "وذكّر البلاغ بأن المكتب فكك 98 خلية إرهابية منذ إحداثه في مارس 2015."
    body = [
        s1,
        "وجرت العملية بتنسيق وثيق مع المصالح الأمنية الإسبانية.",
        s2,
        "وسبق لأحد الموقوفين أن أدين بالسجن خمس سنوات في قضية مماثلة.",
    ]
    text = wordpress("ar", "سلا الآن", "الرئيسية » أمن", title, "بقلم: نادية الصقلي - 15 أكتوبر 2024", body,
                     ["افتتاح 3 مراكز للتكوين المهني بسلا"])  # fmt: skip
    bcij = A("BCIJ", "بلاغ للمكتب المركزي للأبحاث القضائية")
    claims = [
        C("persons_arrested", 5, "خمسة", s1, event(pub, "يوم الثلاثاء"), bcij),
        C("cells_dismantled", 98, "98", s2, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij),
    ]
    traps = [T("بالسجن خمس سنوات", "prison term"), T("3 مراكز", "related headline"),
             T("مارس 2015", "the BCIJ's creation date, not a count")]  # fmt: skip
    return spec("q02", "wordpress", "ar", text, meta(title, "سلا الآن", "Sala Alan", pub, fictional=True), claims,
                traps, partners=["ES"], summary="the state agency dispatch quoting a BCIJ communiqué (BCIJ, not the "
                "agency): weekday event and the BCIJ's total since March 2015 (98); partner Spain; prison term")  # fmt: skip


def q03():
    pub = "2025-02-10"
    title = "حصيلة عقدين من العمل الاستباقي"
    s1 = (
        "وأفادت الوكالة، نقلا عن معطيات المديرية العامة لمراقبة التراب الوطني، بأن أزيد من 4300 شخص أوقفوا في "
        "قضايا مرتبطة بالإرهاب منذ سنة 2002."
    )
    s2 = "وأضافت المعطيات ذاتها أن المصالح المختصة أحبطت أكثر من 500 مخطط تخريبي خلال الفترة نفسها."
    body = [
        "الرباط (ومع) 10/02/2025 - خصصت وكالة الأنباء الرسمية قصاصة مطولة لحصيلة مكافحة الإرهاب.",
        s1,
        s2,
        "ويشتغل بالمديرية أزيد من 3000 إطار، حسب القصاصة.",
    ]
    text = clean(title, "جريدة الأفق المغربي — الإثنين 10 فبراير 2025", body)
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 4300, "4300", s1, since("2002", pub, "منذ سنة 2002"), dgst, q="more_than",
          qt="أزيد من"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة نفسها"), dgst, q="more_than",
          qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("10/02/2025", "the dispatch's dateline"), T("3000 إطار", "staff numbers")]
    return spec("q03", "clean", "ar", text, meta(title, "جريدة الأفق المغربي", "Jaridat Alofoq", pub,
                fictional=True, city="الرباط"), claims, traps,
                summary="an agency dispatch relaying DGST data (DGST): more than 4300 arrested since 2002, period "
                "inherited by 'خلال الفترة نفسها'; dispatch dateline, staff numbers")  # fmt: skip


def q04():
    pub = "2025-01-03"
    title = "الحصيلة السنوية للأمن الوطني: مكافحة الإرهاب في الصدارة"
    s1 = (
        "وكشفت الحصيلة السنوية للمديرية العامة للأمن الوطني أن مصالحها، بتنسيق مع المديرية العامة لمراقبة "
        "التراب الوطني، فككت 10 خلايا إرهابية خلال سنة 2024."
    )
    s2 = "وأضافت الحصيلة ذاتها أن عدد الموقوفين في قضايا الإرهاب بلغ 52 شخصا خلال السنة الماضية."
    body = [s1, s2, "وعززت المديرية صفوفها بتوظيف 7000 شرطي جديد."]
    text = html("ar", title, "مرصد الأمن", pub, body, aside=["تعيين 12 رئيسا جديدا للمناطق الأمنية"])
    dgsn = A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")
    claims = [
        C("cells_dismantled", 10, "10", s1, yr("2024", "خلال سنة 2024"), dgsn),
        C("persons_arrested", 52, "52", s2, yr("2024", "خلال السنة الماضية"), dgsn),
    ]
    traps = [T("7000 شرطي", "staff numbers"), T("12 رئيسا", "aside headline")]
    return spec("q04", "html", "ar", text, meta(title, "مرصد الأمن", "Marsad Alamn", pub, fictional=True), claims,
                traps, summary="the DGSN's annual review (DGSN, though it cites the DGST's help): 10 cells in 2024 "
                "(below its own 13 by September: planted), 52 arrested 'السنة الماضية'; time tag and JSON-LD")  # fmt: skip


def q05():
    pub = "2025-06-05"
    title = "الناطق الرسمي باسم الحكومة يستعرض حصيلة مكافحة الإرهاب"
    s1 = (
        "وقال الناطق الرسمي باسم الحكومة، في ندوة صحفية أعقبت اجتماع مجلس الحكومة، إن المصالح الأمنية فككت "
        "215 خلية إرهابية منذ سنة 2002."
    )
    body = [
        s1,
        "وأشار إلى أن المغرب تقاسم معلومات استخباراتية مع الولايات المتحدة وفرنسا أسهمت في إحباط اعتداءات.",
        "وصادق المجلس على مشروع المرسوم رقم 2.25.310.",
    ]
    text = wordpress("ar", "الرباط بريس", "الرئيسية » سياسة", title, "الخميس 5 يونيو 2025 - 14:20", body,
                     ["انطلاق الدورة 21 لمهرجان الرباط"])  # fmt: skip
    claims = [C("cells_dismantled", 215, "215", s1, since("2002", pub, "منذ سنة 2002"),
                A("GOV", "الناطق الرسمي باسم الحكومة"))]  # fmt: skip
    traps = [T("2.25.310", "decree number"), T("14:20", "time of day"), T("الدورة 21", "related headline")]
    return spec("q05", "wordpress", "ar", text, meta(title, "الرباط بريس", "Rabat Press", pub, fictional=True),
                claims, traps, partners=["US", "FR"], summary="the government council briefing: the spokesman "
                "(GOV) gives 215 cells since 2002; partners United States and France; decree number")  # fmt: skip


def q06():
    pub = "2024-07-08"
    title = "وزارة الداخلية تجيب عن سؤال حول المقاتلين العائدين"
    s1 = (
        "وأوضح وزير الداخلية، في جواب كتابي عن سؤال لنائبة برلمانية، أن 1659 مغربيا التحقوا بالتنظيمات "
        "الإرهابية في سوريا والعراق."
    )
    s2 = "وأضاف الوزير أن 270 منهم عادوا إلى أرض الوطن."
    body = [
        "وجاء الجواب على السؤال الكتابي رقم 4512 الذي وجهته النائبة في فبراير الماضي.",
        s1,
        s2,
        "ويتابع أغلب العائدين أمام القضاء طبقا للقانون 86.14.",
    ]
    text = clean(title, "صدى البرلمان | 8 يوليوز 2024", body)
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), moi, subset="syria_iraq_linked"),
        C("returnees", 270, "270", s2, cumul(pub), A("MOI", "الوزير")),
    ]
    traps = [T("4512", "the written question's number"), T("86.14", "law number")]
    return spec("q06", "clean", "ar", text, meta(title, "صدى البرلمان", "Sada Albarlamane", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="the interior minister's written answer to an MP (MOI): 1659 fighters, 270 returnees, "
                "undated totals; question number, law number")  # fmt: skip


def q07():
    pub, outlet = "2025-01-24", "شمال بريس"
    title = "خلية طنجة: توقيف شخصين آخرين"
    s1 = "وكانت عناصر المكتب المركزي للأبحاث القضائية قد أوقفت يوم الأحد أربعة أشخاص، حسب بلاغ المديرية العامة لمراقبة التراب الوطني."
    s2 = "وأفادت مصادر أمنية بأن المحققين أوقفوا يوم الخميس شخصين آخرين بمدينة تطوان."
    body = [s2, s1, "ويبلغ أحدهما من العمر 24 سنة، وكان يعتزم السفر إلى مالي."]
    side = ["أسعار المحروقات تنخفض بـ30 سنتيما", "حريق يأتي على 5 هكتارات بشفشاون"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "يوم الأحد"),
          A("DGST", "بلاغ المديرية العامة لمراقبة التراب الوطني")),
        C("persons_arrested", 2, "شخصين", s2, event(pub, "يوم الخميس"), A("official_unspecified", "مصادر أمنية")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("24 سنة", "age"), T("30 سنتيما", "sidebar: fuel price"),
             T("5 هكتارات", "sidebar: area")]  # fmt: skip
    return spec("q07", "aggregator", "ar", text, meta(title, outlet, "Chamal Press", pub, fictional=True), claims,
                traps, not_partners=[NP("ML", "مالي", "a destination, not a partner")],
                summary="a follow-up four days later: repeats the communiqué's 4 arrests (same Sunday) and adds 2 "
                "from security sources (official_unspecified); age, sidebar; Mali mentioned")  # fmt: skip


def q08():
    pub = "2025-11-18"
    title = "في ذكرى الاستقلال: المغرب نموذج في مكافحة الإرهاب"
    s1 = "وتمكنت الأجهزة الأمنية المغربية من تفكيك 212 خلية إرهابية منذ سنة 2002."
    s2 = "ويقدّر الباحث في الشؤون الأمنية، منير الوزاني، أن المغرب أحبط أكثر من 500 مخطط إرهابي منذ سنة 2002."
    body = [
        "يخلد المغاربة الذكرى 70 لعيد الاستقلال، وهي مناسبة لاستحضار ما تحقق في المجال الأمني.",
        s1,
        s2,
        "ونوّه الباحث بالشراكة الأمنية مع بلجيكا.",
    ]
    text = html("ar", title, "منبر الوطن", pub, body, time_tag=False, aside=["الخطاب الملكي في 10 نقاط"])
    claims = [
        C("cells_dismantled", 212, "212", s1, since("2002", pub, "منذ سنة 2002"), A("unspecified")),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "منذ سنة 2002"),
          A("analyst", "الباحث في الشؤون الأمنية", "منير الوزاني"), q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("الذكرى 70", "anniversary number"), T("10 نقاط", "aside headline")]
    return spec("q08", "html", "ar", text, meta(title, "منبر الوطن", "Minbar Alwatan", pub, fictional=True), claims,
                traps, partners=["BE"], summary="an anniversary piece: the outlet's own count repeats 212 since 2002 "
                "(stale after 215); a named analyst; partner Belgium; JSON-LD alone")  # fmt: skip


# ================================================================ French


def q09():
    pub = "2025-01-21"
    title = "Tanger : une cellule pro-Daech démantelée"
    s1 = "Quatre personnes ont été interpellées dimanche à Tanger et Larache, indique un communiqué de la DGST."
    s2 = "Selon la même source, plus de 200 cellules terroristes ont été démantelées depuis 2002."
    body = [s1, "Les suspects sont âgés de 19 à 31 ans.", s2]
    text = clean(title, "Le Détroit Hebdo — mardi 21 janvier 2025", body)
    dgst = A("DGST", "un communiqué de la DGST")
    claims = [
        C("persons_arrested", 4, "Quatre", s1, event(pub, "dimanche"), dgst),
        C("cells_dismantled", 200, "200", s2, since("2002", pub, "depuis 2002"), dgst, q="more_than",
          qt="plus de"),
    ]  # fmt: skip
    traps = [T("âgés de 19 à 31 ans", "ages")]
    return spec("q09", "clean", "fr", text, meta(title, "Le Détroit Hebdo", "Le Detroit Hebdo", pub,
                fictional=True), claims, traps, summary="source after the clause ('indique un communiqué de la "
                "DGST') relays the operation of q01 (4 on the same Sunday); 'la même source' carries it to 'plus de "
                "200' since 2002; ages")  # fmt: skip


def q10():
    pub = "2024-09-20"
    title = "La DGSN annonce six interpellations à Fès et Meknès"
    s1 = "Six individus ont été arrêtés mercredi à Fès et Meknès, en coordination avec la Guardia Civil espagnole."
    s2 = "Depuis le début de l'année, les services de la DGSN ont démantelé 13 cellules terroristes, précise le communiqué."
    body = [
        "Un communiqué de la Direction générale de la sûreté nationale a été diffusé jeudi soir.",
        s1,
        s2,
        "Communiqué n° 2024/117 — Contact presse : 05 37 71 19 19",
    ]
    text = html("fr", title, "L'Écho du Saïs", pub, body, jsonld=False)
    dgsn = A("DGSN", "Un communiqué de la Direction générale de la sûreté nationale")
    claims = [
        C("persons_arrested", 6, "Six", s1, event(pub, "mercredi"), dgsn),
        C("cells_dismantled", 13, "13", s2, ytd(pub, "Depuis le début de l'année"), dgsn),
    ]
    traps = [T("2024/117", "the communiqué's reference number"),
             T("05 37 71 19 19", "a phone number in the communiqué's footer")]  # fmt: skip
    return spec("q10", "html", "fr", text, meta(title, "L'Écho du Saïs", "L'Echo du Sais", pub, fictional=True),
                claims, traps, partners=["ES"], summary="a DGSN communiqué named in the first paragraph, 'précise le "
                "communiqué' at the end: 13 cells since January 2024 (year to date); partner Spain; footer "
                "reference and phone; time tag alone")  # fmt: skip


def q11():
    pub = "2025-01-16"
    title = "Conseil de gouvernement : le bilan sécuritaire au menu"
    s1 = (
        "À l'issue du Conseil de gouvernement, le porte-parole du gouvernement a indiqué que 10 cellules "
        "terroristes avaient été démantelées en 2024."
    )
    body = [
        s1,
        "Le Conseil a par ailleurs adopté le projet de décret n° 2.24.1100 relatif aux marchés publics.",
        "La prochaine réunion est prévue le 23 janvier.",
    ]
    text = wordpress("fr", "Rabat Actu", "Accueil » Politique", title, "Publié le 16 janvier 2025 par la rédaction",
                     body, ["Météo : jusqu'à 20 mm de pluie attendus"])  # fmt: skip
    claims = [C("cells_dismantled", 10, "10", s1, yr("2024", "en 2024"),
                A("GOV", "le porte-parole du gouvernement"))]  # fmt: skip
    traps = [
        T("2.24.1100", "decree number"),
        T("23 janvier", "a date"),
        T("20 mm", "related headline: rainfall"),
    ]
    return spec("q11", "wordpress", "fr", text, meta(title, "Rabat Actu", "Rabat Actu", pub, fictional=True),
                claims, traps, summary="the government spokesman (GOV) after the council: 10 cells in 2024, the same "
                "as the DGSN review; decree number, date")  # fmt: skip


def q12():
    pub, outlet = "2025-03-04", "Maroc Express Info"
    title = "Terrorisme : le Maroc face à une menace persistante"
    s1 = (
        "Quelque 43 000 personnes ont été interpellées dans des affaires de terrorisme depuis 2002, d'après "
        "des sources sécuritaires."
    )
    body = [s1, "Certains suspects avaient séjourné en Syrie.", "Ils encourent jusqu'à 30 ans de réclusion."]
    side = ["Botola : le FUS s'impose 2-0", "Le prix du mouton atteint 4 000 dirhams"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 43000, "43 000", s1, since("2002", pub, "depuis 2002"),
                A("official_unspecified", "des sources sécuritaires"), q="about", qt="Quelque")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("4 000 dirhams", "sidebar: money"),
             T("30 ans de réclusion", "prison term")]  # fmt: skip
    return spec("q12", "aggregator", "fr", text, meta(title, outlet, "Maroc Express Info", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone")],
                summary="a rewrite that names no release, 'd'après des sources sécuritaires' "
                "(official_unspecified): 43 000 arrested since 2002, ten times the DGST's 4300 (planted); prison "
                "term, sidebar")  # fmt: skip


def q13():
    pub = "2025-04-08"
    title = "Le BCIJ, dix ans après"
    s1 = "Le BCIJ a démantelé 94 cellules depuis sa création en mars 2015, a déclaré son directeur lors d'une conférence de presse."
    body = [s1, "Plusieurs membres de ces cellules ont été condamnés à 10 ans de prison ferme."]
    text = clean(title, "La Tribune de Salé, 8 avril 2025", body)
    claims = [C("cells_dismantled", 94, "94", s1, since("2015-03", pub, "depuis sa création en mars 2015"),
                A("BCIJ", "son directeur"))]  # fmt: skip
    traps = [T("10 ans de prison", "prison term"), T("dix ans", "a duration in the title")]
    return spec("q13", "clean", "fr", text, meta(title, "La Tribune de Salé", "La Tribune de Sale", pub,
                fictional=True), claims, traps, summary="the BCIJ director (title): 94 cells since March 2015, "
                "below the 98 of the BCIJ's October 2024 communiqué (planted decrease); prison term")  # fmt: skip


def q14():
    pub = "2024-05-14"
    title = "68e anniversaire de la DGSN : le BCIJ à l'honneur"
    s1 = "Le BCIJ a démantelé plus de 90 cellules depuis sa création en mars 2015, rappelle un communiqué du Bureau central."
    body = [
        "La DGSN célèbre ce jeudi son 68e anniversaire.",
        s1,
        "Le communiqué salue la coopération avec la France et la Belgique.",
    ]
    text = html("fr", title, "Sûreté Mag", pub, body)
    claims = [C("cells_dismantled", 90, "90", s1, since("2015-03", pub, "depuis sa création en mars 2015"),
                A("BCIJ", "un communiqué du Bureau central"), q="more_than", qt="plus de")]  # fmt: skip
    traps = [T("68e", "anniversary number")]
    return spec("q14", "html", "fr", text, meta(title, "Sûreté Mag", "Surete Mag", pub, fictional=True), claims,
                traps, partners=["FR", "BE"], summary="an anniversary piece: 'rappelle un communiqué' of the BCIJ, "
                "more than 90 cells since March 2015; partners France and Belgium; time tag and JSON-LD")  # fmt: skip


# ================================================================ English


def q15():
    pub = "2025-02-12"
    title = "Interior ministry answers MP on terrorism arrests"
    s1 = "In its written answer, the interior ministry said 61 people were arrested in terrorism cases last year."
    s2 = "The MP's question had cited 45 arrests in 2023."
    body = [
        "The answer to written question No. 2318 was published on the House of Representatives' website.",
        s1,
        s2,
        "The ministry praised its cooperation with the United States.",
    ]
    text = wordpress("en", "Morocco Ledger", "Home » Politics", title, "February 12, 2025 · 3 min read", body,
                     ["Atlas Lions climb to 12th in FIFA ranking"])  # fmt: skip
    claims = [
        C("persons_arrested", 61, "61", s1, yr("2024", "last year"), A("MOI", "the interior ministry")),
        C("persons_arrested", 45, "45", s2, yr("2023", "in 2023"), A("PARLIAMENT", "The MP")),
    ]
    traps = [T("No. 2318", "written question number"), T("3 min read", "reading time"),
             T("12th", "related headline")]  # fmt: skip
    return spec("q15", "wordpress", "en", text, meta(title, "Morocco Ledger", "Morocco Ledger", pub,
                fictional=True), claims, traps, partners=["US"], summary="the interior ministry's written answer "
                "(MOI): 61 arrested 'last year' = 2024, against the DGSN's 52 (planted); the MP's own 45 for 2023 "
                "(two voices); partner United States")  # fmt: skip


def q16():
    pub, outlet = "2025-09-15", "Maghreb Daily Wire"
    title = "Three arrested in Oujda, statement says"
    s1 = "Three suspects were arrested on Saturday in Oujda, the DGST said in a statement."
    s2 = "The agency quoted the statement as saying that 215 cells had been dismantled since 2002."
    s3 = "It added that 4,400 people had been arrested in terrorism cases since 2002."
    body = [s1, s2, s3, "Media contact: +212 537 68 19 19"]
    side = ["Raja beat AS FAR 2-1", "Casablanca tram adds 6 stations"]
    text = aggregator("en", side, title, outlet, pub, body)
    dgst = A("DGST", "the DGST said in a statement")
    claims = [
        C("persons_arrested", 3, "Three", s1, event(pub, "on Saturday"), dgst),
        C("cells_dismantled", 215, "215", s2, since("2002", pub, "since 2002"), A("DGST", "the statement")),
        C(
            "persons_arrested",
            4400,
            "4,400",
            s3,
            since("2002", pub, "since 2002"),
            A("DGST", "the statement"),
        ),
    ]
    traps = [SIDEBAR_RULE, T("2-1", "sidebar: football score"), T("6 stations", "sidebar"),
             T("+212 537 68 19 19", "a phone number in the statement's footer")]  # fmt: skip
    return spec("q16", "aggregator", "en", text, meta(title, outlet, "Maghreb Daily Wire", pub, fictional=True),
                claims, traps, summary="relayed speech ('The agency quoted the statement as saying'): the DGST's "
                "statement, not the agency; the operation (weekday) and two running totals since 2002; footer "
                "phone, sidebar")  # fmt: skip


def q17():
    pub = "2025-05-20"
    title = "BCIJ communiqué: seven arrested in Casablanca region"
    s1 = "Seven suspects were arrested on Tuesday in Casablanca and Had Soualem."
    s2 = (
        "The Atlas Institute for Security Studies, a Rabat think tank, estimates that nearly 1,660 Moroccans "
        "joined armed groups in Syria and Iraq."
    )
    body = [s1, "The suspects are aged 22 to 40.", s2]
    text = clean(title, "Rabat Observer, 20 May 2025", body)
    claims = [
        C("persons_arrested", 7, "Seven", s1, event(pub, "on Tuesday"),
          A("BCIJ", "BCIJ communiqué")),
        C("fighters_joined", 1660, "1,660", s2, cumul(pub), A("analyst", "The Atlas Institute for Security Studies"),
          q="about", qt="nearly", subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [T("aged 22 to 40", "ages")]
    return spec("q17", "clean", "en", text, meta(title, "Rabat Observer", "Rabat Observer", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="the BCIJ communiqué named in the title only (the body's sentence names no source); a think tank "
                "(analyst): nearly 1,660 fighters, the MOI's 1659 rounded; ages")  # fmt: skip


def q18():
    pub = "2025-10-02"
    title = "How many fighters came home? The ministry's answer"
    s1 = (
        "Of the 270 Moroccans who have returned, 230 came back from Syria and 30 from Iraq, the interior "
        "ministry said in a written answer to parliament."
    )
    body = [
        s1,
        "Returnees are prosecuted under Law No. 86.14.",
        "Spain and Morocco have run several joint operations against recruitment networks.",
    ]
    text = html("en", title, "The Atlas Tribune", pub, body, time_tag=False)
    moi = A("MOI", "the interior ministry")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), moi),
        C("returnees", 230, "230", s1, cumul(pub), moi, subset="syria"),
        C("returnees", 30, "30", s1, cumul(pub), moi, subset="iraq"),
    ]
    traps = [T("86.14", "law number")]
    return spec("q18", "html", "en", text, meta(title, "The Atlas Tribune", "The Atlas Tribune", pub,
                fictional=True), claims, traps, partners=["ES"], summary="the ministry's written answer relayed at "
                "the end of the sentence: 270 returnees = 230 from Syria + 30 from Iraq = 260 (planted); partner "
                "Spain; JSON-LD alone")  # fmt: skip


ARTICLES = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16, q17, q18]

INCONSISTENCIES = [
    {"id": "comms-stale", "kind": "stale_figure",
     "refs": [("q01", "cells_dismantled", 212), ("q05", "cells_dismantled", 215), ("q08", "cells_dismantled", 212)],
     "explanation": "cells dismantled since 2002: 212 (DGST communiqué, January 2025), 215 (government spokesman, "
                    "June 2025); an anniversary piece repeats 212 in November 2025"},
    {"id": "comms-decrease", "kind": "cumulative_decrease",
     "refs": [("q02", "cells_dismantled", 98), ("q13", "cells_dismantled", 94)],
     "explanation": "BCIJ cells since March 2015: 98 (its communiqué, October 2024) then 94 (its director, April 2025)"},
    {"id": "comms-arithmetic", "kind": "internal_arithmetic",
     "refs": [("q18", "returnees", 270), ("q18", "returnees", 230, "syria"), ("q18", "returnees", 30, "iraq")],
     "explanation": "270 returnees said to be 230 from Syria and 30 from Iraq = 260, not 270"},
    {"id": "comms-implausible", "kind": "implausible_value",
     "refs": [("q03", "persons_arrested", 4300), ("q12", "persons_arrested", 43000)],
     "explanation": "43000 people arrested since 2002, ten times the 4300 the DGST's data give"},
    {"id": "comms-partial", "kind": "partial_exceeds_whole",
     "refs": [("q10", "cells_dismantled", 13), ("q04", "cells_dismantled", 10)],
     "explanation": "the DGSN dismantled 13 cells from January to September 2024, then 10 for the whole of 2024"},
    {"id": "comms-disagree", "kind": "same_period_disagreement",
     "refs": [("q04", "persons_arrested", 52), ("q15", "persons_arrested", 61)],
     "explanation": "people arrested in 2024: 52 (DGSN annual review, 'السنة الماضية', January 2025) against 61 "
                    "(interior ministry, 'last year', February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("q05", "cells_dismantled", 215), ("q16", "cells_dismantled", 215)],
     "reason": "215 cells since 2002: the government spokesman (June 2025) and the DGST statement (September 2025)"},
    {"refs": [("q01", "cells_dismantled", 212), ("q09", "cells_dismantled", 200)],
     "reason": "212 (the DGST communiqué) and 'plus de 200' (its French relay the next day) agree"},
    {"refs": [("q09", "cells_dismantled", 200), ("q16", "cells_dismantled", 215)],
     "reason": "'plus de 200' since 2002 (January 2025) admits 215 (September 2025)"},
    {"refs": [("q01", "persons_arrested", 4), ("q07", "persons_arrested", 4), ("q09", "persons_arrested", 4)],
     "reason": "the same Sunday's four arrests told by the communiqué's relay, its French relay and a follow-up"},
    {"refs": [("q03", "persons_arrested", 4300), ("q16", "persons_arrested", 4400)],
     "reason": "more than 4300 arrested since 2002 (February 2025), then 4,400 (September 2025): a total that rises"},
    {"refs": [("q14", "cells_dismantled", 90), ("q02", "cells_dismantled", 98)],
     "reason": "the BCIJ's cells since March 2015: more than 90 (May 2024), then 98 (October 2024)"},
    {"refs": [("q04", "cells_dismantled", 10), ("q11", "cells_dismantled", 10)],
     "reason": "10 cells in 2024: the DGSN's annual review and the government spokesman agree"},
    {"refs": [("q06", "fighters_joined", 1659, "syria_iraq_linked"),
              ("q17", "fighters_joined", 1660, "syria_iraq_linked")],
     "reason": "1659 fighters (the ministry, July 2024) and nearly 1,660 (a think tank, May 2025) agree"},
    {"refs": [("q06", "returnees", 270), ("q18", "returnees", 270)],
     "reason": "270 returnees in the ministry's two written answers (July 2024, October 2025): an undated total "
               "that stays"},
    {"refs": [("q03", "plots_foiled", 500), ("q08", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002: the DGST's data and an analyst, both bounds that agree"},
]  # fmt: skip

CONVENTIONS = """\
- **The body that issues a communiqué is the source**: "بلاغ للمديرية العامة لمراقبة التراب الوطني", "indique un
  communiqué de la DGST", "the DGST said in a statement" → DGST; a BCIJ communiqué → BCIJ; the DGSN's communiqué or
  annual review → DGSN, even when it credits the DGST's help.
- **Relays are not sources**: the state agency ("نقلت وكالة المغرب العربي للأنباء عن بلاغ…", "The agency quoted the
  statement as saying") is transparent; the org is the one whose communiqué it quotes. A written answer of the
  interior ministry relayed by an outlet → MOI; the government spokesman after the council → GOV; an MP's own
  figure → PARLIAMENT.
- **A communiqué named in the title only** ("BCIJ communiqué: seven arrested…") is the source of the body's
  figure of that operation when the body names none. One rule for every corpus: a title that cites a source
  ("BCIJ communiqué: …", "Selon la DGST, …", "بلاغ للمكتب المركزي…: …", "…, BCIJ says") speaks for the body's
  figures that nothing in the body attributes (no source named, no body acting in the sentence), until the body
  names a source; a body the title names only as the actor of the news ("البسيج يواصل ضرباته", corpus_ar a17) or
  voices no one names ("خبراء: …", corpus_ar a45) give the body's figures no source.
- **A sentence that announces a communiqué** and holds no figure ("Un communiqué de la Direction générale de la
  sûreté nationale a été diffusé jeudi soir.", "صدر بلاغ عن …", "The DGST issued a statement") makes its body
  the source of the figures that follow until another source is named (q10).
- **Carried sources**: "حسب البلاغ", "la même source", "It added", "Selon la même source", "المعطيات ذاتها" keep
  the previous attribution.
- **Unnamed sources**: "مصادر أمنية", "des sources sécuritaires" → `official_unspecified`; the outlet's own count →
  `unspecified` with raw null; a think tank or a named researcher → `analyst`.
- **The operation and the record in one text**: the arrests of the operation are an `event` (the weekday named:
  the last such day on or before the byline); the running total since 2002 or since the BCIJ's creation (March 2015)
  is `since`; a follow-up days later that repeats the operation's figure gives the same event day.
- **Relative periods**: "خلال السنة الماضية", "last year" = the byline's year − 1; "Depuis le début de l'année" is
  year to date; "خلال الفترة نفسها" inherits the previous sentence's period.
- **Undated totals** of the written answers (fighters, returnees) are `cumulative_unspecified` ending at the byline.
- **Bounds** agree as in CONTRACT.md: "plus de 200" admits 212 and 215; "nearly 1,660" admits 1659.
- **Traps**: communiqué reference numbers (14/2025, n° 2024/117), phone numbers of a communiqué's footer, written
  question numbers, decree and law numbers, the agency dispatch's dateline, ages, prison terms, staff numbers,
  anniversary ordinals, sidebar and related headlines.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, tests/corpus_kit.py, tests/corpus_gold_checks.py and the
structure of tests/corpus_dates were read; no engine code, and the engine was never run on these files. Real
coverage of security communiqués read through the search tool showed how outlets relay a release (the release
named in the lede, "in a statement", the footer of a communiqué); no sentence was copied, all outlets and
non-official people are invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_comms: official communiqués and how outlets relay them",
        "",
        "A development corpus of 18 invented articles (8 Arabic, 6 French, 4 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on the communiqué chain: a DGST, DGSN or BCIJ release,",
        "the agency dispatch, rewrites, the government council briefing, written answers to MPs, anniversary",
        "pieces, the DGSN's annual review and follow-ups.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_comms/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_comms_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_comms --json > /tmp/comms.json",
        "    ../shared/tools/score.py tests/corpus_comms/expected.json /tmp/comms.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'comms': official communiqués (DGST, DGSN, BCIJ), the agency dispatches "
        "and outlets that relay them, the government council briefing, written answers to MPs, anniversary "
        "pieces and follow-ups; 18 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
