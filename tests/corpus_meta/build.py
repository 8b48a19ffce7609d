"""Build the "meta" development corpus: 24 invented articles (10 Arabic, 8 French, 6 English) on where pages print
their outlet, publication date and title: WordPress site lines (name alone, name and tagline, a Latin name on an
Arabic site, breadcrumbs first) and meta lines (weekday and time, "Publié le ... à 14h02", "Par Rédaction |
03/03/2023", "Posted on ... by", an update date beside the first publication, Maghreb and Mashriq month names,
Arabic-Indic digits); clean pages whose date line is a dateline, an outlet and a date, or absent (the date printed
in the body or the last line); aggregator dumps; saved HTML with the time tag, JSON-LD or both, og:site_name,
JSON-LD publisher and <title> suffixes, and a visible byline showing the update date; with their gold
(expected.json) and README.md.

    .venv/bin/python tests/corpus_meta/build.py [--out DIR]

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
    P,
    T,
    aggregator,
    clean,
    cumul,
    html,
    lastn,
    meta,
    para,
    readme_sections,
    rng,
    run_build,
    since,
    spec,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

# this corpus's pages are saved at 08:15 (the other corpora's at 09:30)
CLOCK = "08:15:00+01:00"


# ================================================================ Arabic


def n01():
    pub, outlet = "2024-05-20", "صدى الريف"
    title = "عشرون سنة من تفكيك الخلايا"
    s1 = "وأفادت المديرية العامة لمراقبة التراب الوطني بأنها فككت 210 خلية إرهابية منذ سنة 2002."
    s2 = "وأضاف المصدر ذاته أن المصالح الأمنية أحبطت أكثر من 500 مخطط تخريبي خلال الفترة نفسها."
    body = [para(s1, s2), "وحكم على أحد الموقوفين بالسجن 15 سنة."]
    side = ["الجيش الملكي يفوز 2-0", "درجات الحرارة تقارب 38 درجة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"), dgst),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة نفسها"), A("DGST", "المصدر ذاته"),
          q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar score"), T("38 درجة", "sidebar weather"),
             T("بالسجن 15 سنة", "prison term")]  # fmt: skip
    return spec("n01", "aggregator", "ar", text, meta(title, outlet, "Sada Arrif", pub, fictional=True), claims,
                traps, summary="aggregator byline (the kit's shape); DGST 210 since 2002 and more than 500 plots "
                "over 'الفترة نفسها'; sidebar")  # fmt: skip


def n02():
    pub, outlet = "2024-04-08", "الأطلس الآن"
    title = "حصيلة المكتب المركزي للأبحاث القضائية"
    s1 = "وقال مدير المكتب المركزي للأبحاث القضائية إن المكتب فكك 96 خلية منذ إحداثه في مارس 2015."
    s2 = "وأوضح المسؤول نفسه أن المكتب أوقف 1150 شخصا بين 2015 و2020."
    s3 = "وأشاد بالتعاون الاستخباراتي مع فرنسا في عدد من الملفات."
    text = wordpress("ar", f"{outlet} - جريدة إلكترونية مغربية مستقلة", "الرئيسية » أخبار وطنية", title,
                     "الإثنين 8 أبريل 2024 - 10:45", [s1, para(s2, s3)], ["افتتاح 4 مسابح بلدية في سلا"])  # fmt: skip
    claims = [
        C("cells_dismantled", 96, "96", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"),
          A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")),
        C("persons_arrested", 1150, "1150", s2, rng("2015", "2020", "بين 2015 و2020"), A("BCIJ", "المسؤول نفسه")),
    ]  # fmt: skip
    traps = [T("10:45", "time of the meta line"), T("4 مسابح", "related headline")]
    return spec("n02", "wordpress", "ar", text, meta(title, outlet, "Al Atlas Al An", pub, fictional=True), claims,
                traps, partners=["FR"], summary="site line = name + tagline ('الأطلس الآن - جريدة إلكترونية "
                "مغربية مستقلة'); meta line 'الإثنين 8 أبريل 2024 - 10:45'; BCIJ since March 2015, range; "
                "partner France")  # fmt: skip


def n03():
    pub, outlet = "2025-10-07", "الجريدة المغاربية"
    title = "يقظة أمنية متواصلة في المدن الكبرى"
    s1 = "ونقلت الجريدة المغاربية عن مصادر أمنية أن عدد الخلايا المفككة منذ سنة 2002 بلغ 210 خلية."
    body = [s1, "وشارك في العملية الأخيرة 70 عنصرا من القوات الخاصة.", f"© 2025 {outlet}"]
    text = clean(title, "الرباط - 7 أكتوبر 2025", body)
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "مصادر أمنية")),
    ]  # fmt: skip
    traps = [T("70 عنصرا", "agents deployed"), T("© 2025", "copyright year")]
    return spec("n03", "clean", "ar", text, meta(title, outlet, "Al Jarida Al Maghariba", pub, fictional=True,
                city="الرباط"), claims, traps,
                summary="dateline 'الرباط - 7 أكتوبر 2025' (city + date, no outlet); outlet only in the body and "
                "the © footer; security sources repeat 210 (stale)")  # fmt: skip


def n04():
    pub, outlet = "2024-01-15", "الميزان"
    title = "وزير الداخلية يقدم حصيلة مكافحة الإرهاب"
    s1 = "وأكد وزير الداخلية أن المصالح الأمنية فككت 13 خلية إرهابية خلال السنة الماضية."
    s2 = "وأشار إلى أن التنسيق مع إسبانيا مكن من تفكيك عدد من هذه الخلايا."
    body = [s1, s2, "واستمرت أشغال اللجنة 5 ساعات."]
    text = html("ar", title, "Al Mizane", pub, body, publisher=outlet, title_tail=outlet, sep=" - ", clock=CLOCK,
                aside=["ارتفاع صادرات الحوامض بـ 8 في المائة"])  # fmt: skip
    claims = [
        C("cells_dismantled", 13, "13", s1, yr("2023", "خلال السنة الماضية"), A("MOI", "وزير الداخلية"))
    ]
    traps = [T("5 ساعات", "duration"), T("8 في المائة", "aside headline")]
    return spec("n04", "html", "ar", text, meta(title, outlet, "Al Mizane", pub, fictional=True), claims, traps,
                partners=["ES"], summary="HTML, time tag and JSON-LD; <title> 'Title - الميزان'; og:site_name in "
                "Latin letters ('Al Mizane') vs the Arabic JSON-LD publisher; 'السنة الماضية' = 2023; "
                "partner Spain")  # fmt: skip


def n05():
    pub, outlet = "2026-01-12", "بوابة الجنوب"
    title = "220 خلية في أربعة وعشرين عاما"
    s1 = "وكشفت المديرية العامة لمراقبة التراب الوطني أن عدد الخلايا المفككة منذ سنة 2002 ارتفع إلى 220 خلية."
    body = [s1, "وتتراوح أعمار أغلب الموقوفين بين 19 و30 سنة."]
    side = ["مهرجان الصحراء يستقبل 12 ألف زائر", "توقعات بتساقطات تصل إلى 25 ملم"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 220, "220", s1, since("2002", pub, "منذ سنة 2002"),
                A("DGST", "المديرية العامة لمراقبة التراب الوطني"))]  # fmt: skip
    traps = [SIDEBAR_RULE, T("بين 19 و30 سنة", "ages"), T("12 ألف زائر", "sidebar"),
             T("220 خلية في أربعة وعشرين عاما", "the title's figure: the body's sentence is the claim")]  # fmt: skip
    return spec("n05", "aggregator", "ar", text, meta(title, outlet, "Bawabat Al Janoub", pub, fictional=True),
                claims, traps, summary="aggregator; a title with a figure the body repeats; DGST 220 since 2002 "
                "(the running total rises)")  # fmt: skip


def n06():
    pub, outlet = "2024-12-27", "Sawt Al Atlas"
    title = "مقاتلون مغاربة قضوا في بؤر التوتر"
    s1 = "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد لقي نحو 750 مقاتلا مغربيا حتفهم في سوريا والعراق منذ سنة 2013."
    body = [s1, "وحجزت المصالح الأمنية 3 بنادق صيد وأسلحة بيضاء.", f"جميع الحقوق محفوظة © {outlet}"]
    text = wordpress("ar", "SAWT AL ATLAS", "الرئيسية » مجتمع", title, "27 دجنبر، 2024", body,
                     ["تدشين 6 ملاعب للقرب"])  # fmt: skip
    claims = [C("fighters_killed", 750, "750", s1, since("2013", pub, "منذ سنة 2013"),
                A("DGST", "المديرية العامة لمراقبة التراب الوطني"), q="about", qt="نحو",
                subset="syria_iraq_linked")]  # fmt: skip
    traps = [T("3 بنادق", "seized weapons"), T("6 ملاعب", "related headline")]
    return spec("n06", "wordpress", "ar", text, meta(title, outlet, "صوت الأطلس", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="Arabic site whose site line is in Latin capitals ('SAWT AL ATLAS', the outlet as "
                "printed in the body's rights line: 'Sawt Al Atlas'); meta line '27 دجنبر، 2024' (Maghreb month, "
                "comma); DGST, about 750 fighters killed since 2013")  # fmt: skip


def n07():
    pub, outlet = "2025-03-12", "جريدة المسار"
    title = "عمليات أمنية مشتركة مع مدريد"
    s1 = "وحسب رصد أجرته الجريدة، نفذت المصالح المغربية والإسبانية 7 عمليات مشتركة منذ سنة 2019."
    body = [s1, "واعتقل في آخر عملية شاب يبلغ من العمر 23 سنة."]
    text = clean(title, f"الأربعاء ١٢ مارس ٢٠٢٥ | {outlet}", body)
    claims = [C("joint_operations", 7, "7", s1, since("2019", pub, "منذ سنة 2019"), A("unspecified"))]
    traps = [T("23 سنة", "age"), T("١٢ مارس ٢٠٢٥", "the byline date, not a figure")]
    return spec("n07", "clean", "ar", text, meta(title, outlet, "Jaridat Al Massar", pub, fictional=True), claims,
                traps, partners=["ES"], summary="date line in Arabic-Indic digits with the outlet after a bar "
                "('الأربعاء ١٢ مارس ٢٠٢٥ | جريدة المسار'); the outlet's own tally (raw null); partner Spain")  # fmt: skip


def n08():
    pub, outlet = "2025-12-02", "منارة الشرق"
    title = "مئة خلية منذ إحداث المكتب المركزي"
    s1 = "وأعلن المكتب المركزي للأبحاث القضائية أنه فكك 100 خلية منذ إحداثه في مارس 2015."
    body = [s1, "ويقع مقر المكتب في 4 طوابق."]
    text = html("ar", title, outlet, pub, body, time_tag=False, clock=CLOCK,
                byline="هيئة التحرير - آخر تحديث: 4 دجنبر 2025")  # fmt: skip
    claims = [C("cells_dismantled", 100, "100", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"),
                A("BCIJ", "المكتب المركزي للأبحاث القضائية"))]  # fmt: skip
    traps = [T("4 طوابق", "building floors"), T("4 دجنبر 2025", "the update date, not the publication"),
             T("مئة خلية", "the title's figure: the body's sentence is the claim")]  # fmt: skip
    return spec("n08", "html", "ar", text, meta(title, outlet, "Manarat Acharq", pub, fictional=True), claims,
                traps, summary="HTML, JSON-LD alone (published 2 December); the visible byline shows only the "
                "update date ('آخر تحديث: 4 دجنبر 2025'); BCIJ 100 since March 2015")  # fmt: skip


def n09():
    pub, outlet = "2024-11-19", "الواحة 24"
    title = "أكثر من 4400 موقوف في قضايا الإرهاب"
    s1 = "وأفادت المديرية العامة للأمن الوطني بأن أزيد من 4400 شخص أوقفوا في قضايا الإرهاب منذ سنة 2002."
    body = [s1, "ويذكر أن الجريدة تأسست قبل 24 سنة."]
    text = wordpress("ar", "الرئيسية » أخبار وطنية", f"{outlet} | صوت الجنوب الشرقي", title,
                     "نشر في: 19 نونبر 2024 | آخر تحديث: 21 نونبر 2024", body, ["فيضانات تعزل 9 دواوير"])  # fmt: skip
    claims = [C("persons_arrested", 4400, "4400", s1, since("2002", pub, "منذ سنة 2002"),
                A("DGSN", "المديرية العامة للأمن الوطني"), q="more_than", qt="أزيد من")]  # fmt: skip
    traps = [T("24 سنة", "the outlet's age"), T("9 دواوير", "related headline"),
             T("الواحة 24", "the outlet's name, not a figure"),
             T("أكثر من 4400 موقوف", "the title's figure: the body's sentence is the claim")]  # fmt: skip
    return spec("n09", "wordpress", "ar", text, meta(title, outlet, "Al Waha 24", pub, fictional=True), claims,
                traps, summary="breadcrumbs first ('الرئيسية » أخبار وطنية'), the outlet with digits on the next "
                "line ('الواحة 24'); meta 'نشر في: 19 نونبر 2024 | آخر تحديث: 21 نونبر 2024' (gold = "
                "publication)")  # fmt: skip


def n10():
    pub, outlet = "2025-01-06", "وكالة أنباء الضفتين"
    title = "المقاتلون المغاربة في بؤر التوتر"
    s1 = "وقدر الباحث في الجماعات المتطرفة سليم البوزيدي عدد المغاربة الذين التحقوا بسوريا والعراق بنحو 1600 مقاتل."
    s2 = "وأكد أن المصالح المغربية أحبطت أزيد من 500 مخطط منذ سنة 2002."
    body = [s1, s2, "وأصدر الباحث كتابا من 320 صفحة."]
    text = clean(title, f"{outlet} | الإثنين 6 كانون الثاني 2025", body)
    analyst = A("analyst", "الباحث في الجماعات المتطرفة", "سليم البوزيدي")
    claims = [
        C("fighters_joined", 1600, "1600", s1, cumul(pub), analyst, q="about", qt="بنحو",
          subset="syria_iraq_linked"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "منذ سنة 2002"), analyst, q="more_than",
          qt="أزيد من"),
    ]  # fmt: skip
    traps = [T("320 صفحة", "page count")]
    return spec("n10", "clean", "ar", text, meta(title, outlet, "Wikalat Anbaa Addiffatayn", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="outlet and date on one line with a Mashriq month ('6 كانون الثاني 2025'); an analyst: "
                "about 1600 fighters, more than 500 plots since 2002")  # fmt: skip


# ================================================================ French


def n11():
    pub, outlet = "2024-10-02", "Le Relais du Souss"
    title = "Cinq projets d'attentat déjoués cette année"
    s1 = "Selon la DGST, 5 projets d'attentat ont été déjoués depuis le début de l'année."
    body = [s1, "Les suspects, âgés de 21 à 34 ans, ont été présentés au parquet."]
    side = ["Le Hassania s'impose 3-2", "Le prix du gasoil recule de 20 centimes"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("plots_foiled", 5, "5", s1, ytd(pub, "depuis le début de l'année"), A("DGST", "la DGST"))]
    traps = [
        SIDEBAR_RULE,
        T("3-2", "sidebar score"),
        T("de 21 à 34 ans", "ages"),
        T("20 centimes", "sidebar"),
    ]
    return spec("n11", "aggregator", "fr", text, meta(title, outlet, "Relais du Souss", pub, fictional=True),
                claims, traps, summary="aggregator, French byline; DGST, year to date")  # fmt: skip


def n12():
    pub, outlet = "2025-02-17", "Le Courrier du Rif"
    title = "Plus de 200 cellules démantelées depuis 2002"
    s1 = "Plus de 200 cellules terroristes ont été démantelées depuis 2002, selon le directeur général de la DGSN et de la DGST."
    body = [s1, "La conférence de presse a duré 2 heures."]
    text = wordpress("fr", f"{outlet} - L'info en continu", "Accueil » Maroc » Sécurité", title,
                     "Publié le 17 février 2025 à 14h02 · Mis à jour le 18 février 2025 à 09h15", body,
                     ["Tanger : 8 nouveaux bus électriques"])  # fmt: skip
    claims = [C("cells_dismantled", 200, "200", s1, since("2002", pub, "depuis 2002"),
                A("DGST", "le directeur général de la DGSN et de la DGST"), q="more_than", qt="Plus de")]  # fmt: skip
    traps = [T("14h02", "time of publication"), T("2 heures", "duration"), T("8 nouveaux bus", "related headline"),
             T(title, "the title's figure: the body's sentence is the claim")]  # fmt: skip
    return spec("n12", "wordpress", "fr", text, meta(title, outlet, "Courrier du Rif", pub, fictional=True), claims,
                traps, summary="site line name + tagline ('Le Courrier du Rif - L'info en continu'); 'Publié le 17 "
                "février 2025 à 14h02 · Mis à jour le 18 février 2025' (gold = publication); more than 200 since "
                "2002")  # fmt: skip


def n13():
    pub, outlet = "2025-03-20", "Atlas Presse"
    title = "Le BCIJ fait le point sur dix ans d'activité"
    s1 = "Le Bureau central d'investigations judiciaires a démantelé 92 cellules depuis sa création en mars 2015, a indiqué son directeur."
    s2 = "Entre 2015 et 2020, le bureau a interpellé 1 150 personnes, a-t-il ajouté."
    text = clean(title, f"RABAT, 20 mars 2025 ({outlet}) - {s1}",
                 [s2, "Le siège du bureau, à Salé, compte 3 étages."])  # fmt: skip
    claims = [
        C("cells_dismantled", 92, "92", s1, since("2015-03", pub, "depuis sa création en mars 2015"),
          A("BCIJ", "Le Bureau central d'investigations judiciaires")),
        C("persons_arrested", 1150, "1 150", s2, rng("2015", "2020", "Entre 2015 et 2020"), A("BCIJ", "son directeur")),
    ]  # fmt: skip
    traps = [T("3 étages", "building floors"), T("dix ans", "a duration in the title")]
    return spec("n13", "clean", "fr", text, meta(title, outlet, "Agence Atlas Presse", pub, fictional=True, city="RABAT"),
                claims, traps, summary="agency dateline 'RABAT, 20 mars 2025 (Atlas Presse) -' opening the first "
                "paragraph; BCIJ 92 since March 2015 (below n02's 96: planted); 1 150 from 2015 to 2020, 'a-t-il "
                "ajouté'")  # fmt: skip


def n14():
    pub, outlet = "2025-06-05", "Maghreb Hebdo"
    title = "La DGSN publie ses chiffres"
    s1 = "Selon la DGSN, 4 500 personnes ont été interpellées dans des affaires de terrorisme depuis 2002."
    s2 = "Sur les 280 combattants rentrés au Maroc, 190 venaient de Syrie et 80 d'Irak, précise la même source."
    body = [s1, s2, "Le rapport compte 64 pages."]
    text = html("fr", title, outlet, pub, body, sep=" - ", jsonld=False, clock=CLOCK)
    dgsn, same = A("DGSN", "la DGSN"), A("DGSN", "la même source")
    claims = [
        C("persons_arrested", 4500, "4 500", s1, since("2002", pub, "depuis 2002"), dgsn),
        C("returnees", 280, "280", s2, cumul(pub), same),
        C("returnees", 190, "190", s2, cumul(pub), same, subset="syria"),
        C("returnees", 80, "80", s2, cumul(pub), same, subset="iraq"),
    ]
    traps = [T("64 pages", "page count")]
    return spec("n14", "html", "fr", text, meta(title, outlet, "Maghreb Hebdomadaire", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="HTML, time tag alone, <title> 'Title - Maghreb Hebdo'; 4500 since 2002; 280 returnees "
                "= 190 + 80 (270, planted)")  # fmt: skip


def n15():
    pub, outlet = "2024-09-18", "Le Phare"
    title = "Douze cellules démantelées depuis janvier"
    s1 = "La DGST a démantelé 12 cellules terroristes depuis janvier, dont plusieurs en coordination avec les services français."
    body = [s1, "L'opération de mardi a mobilisé 45 agents."]
    text = html("fr", title, outlet, pub, body, publisher="Groupe Le Phare Médias", title_tail=f"{outlet}.ma",
                clock=CLOCK, aside=["Casablanca : 9 nouvelles lignes de bus"])  # fmt: skip
    claims = [C("cells_dismantled", 12, "12", s1, ytd(pub, "depuis janvier"), A("DGST", "La DGST"))]
    traps = [T("45 agents", "agents deployed"), T("9 nouvelles lignes", "aside headline")]
    return spec("n15", "html", "fr", text, meta(title, outlet, "Le Phare.ma", pub, fictional=True), claims, traps,
                partners=["FR"], summary="HTML, time tag and JSON-LD; three outlet names: og:site_name 'Le Phare', "
                "<title> suffix 'Le Phare.ma', JSON-LD publisher the parent company; DGST 12 since January 2024 "
                "(n22's 10 for 2024 is below: planted); partner France")  # fmt: skip


def n16():
    pub, outlet = "2024-02-26", "L'Écho de Tanger"
    title = "Le ministre de l'Intérieur devant les députés"
    s1 = "Le ministre de l'Intérieur a indiqué que 13 cellules avaient été démantelées l'année dernière."
    body = [s1, "La séance s'est achevée vers 19h30."]
    text = wordpress("fr", outlet, "Accueil » Politique", title, "Par Rédaction | 26/02/2024", body,
                     ["Tétouan : 5 écoles rénovées"])  # fmt: skip
    claims = [
        C(
            "cells_dismantled",
            13,
            "13",
            s1,
            yr("2023", "l'année dernière"),
            A("MOI", "Le ministre de l'Intérieur"),
        )
    ]
    traps = [T("19h30", "time"), T("5 écoles", "related headline")]
    return spec("n16", "wordpress", "fr", text, meta(title, outlet, "Echo de Tanger", pub, fictional=True), claims,
                traps, summary="site name alone; meta 'Par Rédaction | 26/02/2024' (numeric date); interior "
                "minister 13 cells 'l'année dernière' (2023, from the byline)")  # fmt: skip


def n17():
    pub, outlet = "2025-05-14", "Le Journal de l'Oriental"
    title = "Que deviennent les revenants ?"
    s1 = "Le politologue Karim Benslimane estime à environ 280 le nombre de combattants revenus au Maroc."
    body = [s1, "Il a consacré 6 ans à ce dossier.", f"Source : {outlet}"]
    text = clean(title, f"{outlet}, 14 mai 2025", body)
    claims = [C("returnees", 280, "280", s1, cumul(pub), A("analyst", "Le politologue", "Karim Benslimane"),
                q="about", qt="environ")]  # fmt: skip
    traps = [T("6 ans", "duration")]
    return spec("n17", "clean", "fr", text, meta(title, outlet, "Journal de l'Oriental", pub, fictional=True),
                claims, traps, summary="outlet + date on the date line ('Le Journal de l'Oriental, 14 mai 2025') "
                "and a 'Source :' last line; an analyst, about 280 returnees")  # fmt: skip


def n18():
    pub, outlet = "2025-07-09", "Radar Maroc"
    title = "Le gouvernement revient sur les départs vers la Syrie"
    s1 = "Le porte-parole du gouvernement a affirmé que plus de 1 600 Marocains avaient rejoint les zones de conflit en Syrie et en Irak."
    body = [s1, "Le conseil de gouvernement a examiné 4 projets de décret."]
    side = ["Mondial 2030 : 6 stades en chantier", "Le MAS battu 0-1"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("fighters_joined", 1600, "1 600", s1, cumul(pub), A("GOV", "Le porte-parole du gouvernement"),
                q="more_than", qt="plus de", subset="syria_iraq_linked")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("4 projets de décret", "decrees"), T("0-1", "sidebar score")]
    return spec("n18", "aggregator", "fr", text, meta(title, outlet, "Radar Maroc", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="aggregator; the government spokesman: more than 1 600 fighters joined")  # fmt: skip


# ================================================================ English


def n19():
    pub, outlet = "2025-06-10", "Tingis Daily"
    title = "Morocco's security services in numbers"
    s1 = "According to the DGST, Moroccan services have dismantled 216 terrorist cells since 2002."
    body = [s1, "The agency employs more than 9,000 staff."]
    side = ["Raja beat Wydad 2-1", "Fuel prices drop by 30 centimes"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 216, "216", s1, since("2002", pub, "since 2002"), A("DGST", "the DGST"))]
    traps = [SIDEBAR_RULE, T("9,000 staff", "staff"), T("2-1", "sidebar score")]
    return spec("n19", "aggregator", "en", text, meta(title, outlet, "Tingis Daily", pub, fictional=True), claims,
                traps, summary="aggregator, English byline; DGST 216 since 2002")  # fmt: skip


def n20():
    pub, outlet = "2024-02-07", "Maghreb Sentinel"
    title = "DGSN: 16 cells taken down last year"
    s1 = "Moroccan police dismantled 16 terrorist cells last year, the DGSN said in its annual report."
    s2 = "Analyst Hamza Ouazzani put the total at around 60 cells over the past five years."
    body = [s1, s2, "The report runs to 120 pages."]
    text = wordpress("en", outlet, "Home / Morocco / Security", title, "Posted on February 7, 2024 by Staff Writer",
                     body, ["Agadir hosts 3-day surf festival"])  # fmt: skip
    claims = [
        C("cells_dismantled", 16, "16", s1, yr("2023", "last year"), A("DGSN", "the DGSN")),
        C("cells_dismantled", 60, "60", s2, lastn(5, pub, "over the past five years"),
          A("analyst", "Analyst", "Hamza Ouazzani"), q="about", qt="around"),
    ]  # fmt: skip
    traps = [T("120 pages", "page count"), T("3-day", "related headline"),
             T("16 cells taken down", "the title's figure: the body's sentence is the claim")]  # fmt: skip
    return spec("n20", "wordpress", "en", text, meta(title, outlet, "Sentinel", pub, fictional=True), claims, traps,
                summary="'Posted on February 7, 2024 by Staff Writer'; 'last year' = 2023 (16 against n04's 13: "
                "planted); an analyst, past five years")  # fmt: skip


def n21():
    pub, outlet = "2025-09-02", "Atlas Wire"
    title = "Morocco's long fight against extremism"
    s1 = "A security official told Atlas Wire that 45,000 people had been arrested on terrorism charges since 2002."
    s2 = "The same official said about 260 Moroccans were still detained in Syria and Iraq."
    body = [s1, s2, "The official has served for 30 years.", f"Filed by {outlet} on September 2, 2025"]
    text = clean(title, f"CASABLANCA ({outlet}) —", body)
    claims = [
        C("persons_arrested", 45000, "45,000", s1, since("2002", pub, "since 2002"),
          A("official_unspecified", "A security official")),
        C("fighters_detained_abroad", 260, "260", s2, cumul(pub), A("official_unspecified", "The same official"),
          q="about", qt="about"),
    ]  # fmt: skip
    traps = [T("30 years", "career length")]
    return spec("n21", "clean", "en", text, meta(title, outlet, "Atlas Wire", pub, fictional=True,
                city="CASABLANCA"), claims, traps,
                not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")], summary="wire dateline without a date ('CASABLANCA (Atlas Wire) "
                "—'), the date in the last line; 45,000 arrested (ten times n14's 4 500: planted); about 260 "
                "detained abroad")  # fmt: skip


def n22():
    pub, outlet = "2025-01-14", "Morocco Insight"
    title = "Ten cells dismantled in 2024"
    s1 = (
        "The DGST dismantled 10 terrorist cells in 2024, several of them with help from Spanish intelligence."
    )
    s2 = "One suspect, aged 19, was arrested in Fez."
    body = [s1, s2]
    text = html("en", title, outlet, pub, body, clock=CLOCK,
                byline="By Leila Chraibi | Updated January 16, 2025, 11:20 a.m.")  # fmt: skip
    claims = [C("cells_dismantled", 10, "10", s1, yr("2024", "in 2024"), A("DGST", "The DGST"))]
    # one person arrested is a count (corpus_fren e16's "One suspect was arrested …" is a claim): optional here,
    # neither a miss nor an extra (undated, unsourced)
    optional = [C("persons_arrested", 1, "One", s2, P("unspecified"), A("unspecified"))]
    traps = [T("aged 19", "age"), T("January 16, 2025", "the update date, not the publication")]
    return spec("n22", "html", "en", text, meta(title, outlet, "Insight", pub, fictional=True), claims, traps,
                partners=["ES"], optional=optional, summary="HTML, time tag and JSON-LD (14 January) with a visible byline showing "
                "the update (16 January); DGST 10 cells in 2024; partner Spain")  # fmt: skip


def n23():
    pub, outlet = "2024-06-19", "The Rabat Observer"
    title = "Joint operations with Spain"
    s1 = "The foreign ministry said Moroccan and Spanish services had carried out 3 joint operations so far this year."
    body = ["Wednesday, June 19, 2024", s1, "The two countries share a 14-kilometre maritime strait.",
            f"© 2024 {outlet}. All rights reserved."]  # fmt: skip
    text = clean(title, f"By Youssef Amrani, {outlet}", body)
    claims = [
        C("joint_operations", 3, "3", s1, ytd(pub, "so far this year"), A("MFA", "The foreign ministry"))
    ]
    traps = [T("14-kilometre", "distance"), T("© 2024", "copyright year")]
    return spec("n23", "clean", "en", text, meta(title, outlet, "Rabat Observer", pub, fictional=True), claims,
                traps, partners=["ES"], summary="the line under the title names the author and outlet, the date "
                "is printed inside the body; '© 2024' footer; MFA, so far this year; partner Spain")  # fmt: skip


def n24():
    pub, outlet = "2025-11-03", "The Morocco Ledger"
    title = "MPs ask about Moroccans held abroad"
    s1 = "An MP told the House of Representatives that more than 250 Moroccans were still held in camps and prisons in Syria and Iraq."
    body = [s1, "The session lasted 4 hours."]
    text = wordpress("en", f"{outlet} — News from the Kingdom", "Home » Politics", title,
                     "Updated: November 5, 2025 | First published: November 3, 2025", body,
                     ["Marrakech marathon draws 11,000 runners"])  # fmt: skip
    claims = [C("fighters_detained_abroad", 250, "250", s1, cumul(pub), A("PARLIAMENT", "An MP"), q="more_than",
                qt="more than")]  # fmt: skip
    traps = [T("4 hours", "duration"), T("11,000 runners", "related headline")]
    return spec("n24", "wordpress", "en", text, meta(title, outlet, "Morocco Ledger", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="site line with an em-dash tagline; the update printed before the first publication "
                "('Updated: November 5, 2025 | First published: November 3, 2025'; gold = publication); an MP")  # fmt: skip


ARTICLES = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20,
            n21, n22, n23, n24]  # fmt: skip

INCONSISTENCIES = [
    {"id": "meta-stale", "kind": "stale_figure",
     "refs": [("n01", "cells_dismantled", 210), ("n19", "cells_dismantled", 216), ("n03", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002: 210 (May 2024), 216 (June 2025); security sources repeat 210 "
                    "in October 2025"},
    {"id": "meta-decrease", "kind": "cumulative_decrease",
     "refs": [("n02", "cells_dismantled", 96), ("n13", "cells_dismantled", 92)],
     "explanation": "BCIJ cells since March 2015: 96 (April 2024) then 92 (March 2025)"},
    {"id": "meta-arithmetic", "kind": "internal_arithmetic",
     "refs": [("n14", "returnees", 280), ("n14", "returnees", 190, "syria"), ("n14", "returnees", 80, "iraq")],
     "explanation": "280 returnees said to be 190 from Syria and 80 from Iraq = 270, not 280"},
    {"id": "meta-implausible", "kind": "implausible_value",
     "refs": [("n14", "persons_arrested", 4500), ("n21", "persons_arrested", 45000)],
     "explanation": "45000 people arrested since 2002, ten times the 4500 the DGSN gives"},
    {"id": "meta-partial", "kind": "partial_exceeds_whole",
     "refs": [("n15", "cells_dismantled", 12), ("n22", "cells_dismantled", 10)],
     "explanation": "the DGST dismantled 12 cells from January to mid-September 2024, then 10 for the whole of 2024"},
    {"id": "meta-disagree", "kind": "same_period_disagreement",
     "refs": [("n04", "cells_dismantled", 13), ("n16", "cells_dismantled", 13), ("n20", "cells_dismantled", 16)],
     "explanation": "cells dismantled in 2023: 13 (interior minister, 'السنة الماضية', January 2024; 'l'année dernière', "
                    "February 2024) against 16 (DGSN, 'last year', February 2024)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("n01", "cells_dismantled", 210), ("n12", "cells_dismantled", 200)],
     "reason": "210 (May 2024) and 'Plus de 200' (February 2025) agree"},
    {"refs": [("n12", "cells_dismantled", 200), ("n19", "cells_dismantled", 216)],
     "reason": "'Plus de 200' (February 2025) admits 216 (June 2025)"},
    {"refs": [("n19", "cells_dismantled", 216), ("n05", "cells_dismantled", 220)],
     "reason": "cells since 2002 rise from 216 (June 2025) to 220 (January 2026)"},
    {"refs": [("n02", "cells_dismantled", 96), ("n08", "cells_dismantled", 100)],
     "reason": "the BCIJ's cells since March 2015 rise from 96 (April 2024) to 100 (December 2025)"},
    {"refs": [("n14", "returnees", 280), ("n17", "returnees", 280)],
     "reason": "280 returnees (the DGSN, June 2025) and about 280 (an analyst, May 2025): undated totals that agree"},
    {"refs": [("n09", "persons_arrested", 4400), ("n14", "persons_arrested", 4500)],
     "reason": "more than 4400 arrested since 2002 (November 2024) admits 4 500 (June 2025)"},
    {"refs": [("n02", "persons_arrested", 1150), ("n13", "persons_arrested", 1150)],
     "reason": "1150 arrested between 2015 and 2020: the BCIJ director, in Arabic and in French, says it twice"},
    {"refs": [("n21", "fighters_detained_abroad", 260),
              ("n24", "fighters_detained_abroad", 250)],
     "reason": "about 260 held in Syria and Iraq (September 2025) and more than 250 (November 2025) agree"},
    {"refs": [("n01", "plots_foiled", 500), ("n10", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002: two bounds that agree"},
    {"refs": [("n10", "fighters_joined", 1600, "syria_iraq_linked"),
              ("n18", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "about 1600 (an analyst, January 2025) and more than 1 600 (the government, July 2025) agree"},
]  # fmt: skip

CONVENTIONS = """\
- **The gold date is the first publication.** A page that prints an update beside it ("آخر تحديث: 21 نونبر 2024",
  "Mis à jour le 18 février 2025", "Updated: November 5, 2025 | First published: November 3, 2025") is dated by the
  publication, whichever comes first on the line; a saved HTML page is dated by `<time datetime>` or JSON-LD
  `datePublished`, even when its visible byline shows only the update (n08, n22). Relative periods ("السنة
  الماضية", "last year", "depuis janvier") are resolved from that publication date.
- **Where the date is printed.** Aggregator: the kit's byline under the title. WordPress: the meta line (line 7),
  in any shape: weekday + time, "27 دجنبر، 2024", "Publié le ... à 14h02", "Par Rédaction | 26/02/2024",
  "Posted on ... by". Clean: the line under the title (a dateline "الرباط - 7 أكتوبر 2025", "RABAT, 20 mars 2025
  (Atlas Presse) -" opening the first paragraph, or outlet and date on one line), except two pages whose second
  line carries no date: n21 (a wire dateline "CASABLANCA (Atlas Wire) —", the date in the last line) and n23 (the
  author's line; the date is a line inside the body). Month names are Maghreb (يناير ... ماي، يوليوز، غشت، شتنبر،
  نونبر، دجنبر) or Mashriq (كانون الثاني ...); digits Western or Arabic-Indic (n07).
- **The outlet** is the site's name as the page prints it, without its tagline ("Le Courrier du Rif - L'info en
  continu" → "Le Courrier du Rif"), with its digits ("الواحة 24"), in the script the page prints it (an Arabic site
  printing only "SAWT AL ATLAS" / "Sawt Al Atlas" is "Sawt Al Atlas"; its Arabic name is the alias). In HTML the
  outlet is og:site_name and the <title> suffix; a Latin og:site_name on an Arabic page whose <title> and
  publisher print the Arabic name gives the Arabic name (n04); a JSON-LD publisher naming a parent company
  ("Groupe Le Phare Médias") or a <title> suffix with the domain ("Le Phare.ma") is not the outlet (n15). A wire
  or agency name in a dateline ("(Atlas Presse)") is the outlet of a clean page that prints no other.
- **The dateline city** is recorded as printed ("الرباط", "RABAT", "CASABLANCA") when the date line opens with it.
- **Relative years** ("السنة الماضية", "l'année dernière", "last year") are the publication year − 1.
- **Bounds** agree as in CONTRACT.md: "Plus de 200" admits 210 and 216; a running total may rise.
- **Traps**: the byline's time ("10:45", "14h02", "19h30"), update dates, "© 2025" footers, the outlet's digits,
  ages, durations, page counts, scores, sidebar and related headlines, a title's figure the body repeats.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, tests/corpus_kit.py, tests/corpus_gold_checks.py and the structure
of tests/corpus_dates were read; no engine code, and the engine was never run on these files. Real pages read
through the search tool showed the shapes imitated here: Arabic pages printing a date and time above glued
breadcrumbs ("الرئيسية » ..."), a crumbs line followed by a "city - author" line with no date, Arabic dailies
printing weekday, day, month and year in Arabic-Indic digits, French wire copy opening "Rabat, 09/03/2023 —",
English WordPress pages with "Home / ... /" crumbs, "Check Also" and "Leave a Reply". No sentence was copied, all
outlets and people are invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_meta: where pages print their outlet, date and title",
        "",
        "A development corpus of 24 invented articles (10 Arabic, 8 French, 6 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on the free-form places that carry the publication",
        "metadata: site lines, meta lines, datelines, footers, og:site_name, JSON-LD publisher and <title>.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_meta/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_meta_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_meta --json > /tmp/meta.json",
        "    ../shared/tools/score.py tests/corpus_meta/expected.json /tmp/meta.json",
        "",
    ]
    cells = {key: text.replace("|", "\\|") for key, text in summaries.items()}  # a bar inside a table cell
    return "\n".join(lines + readme_sections(gold, cells, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'meta': outlet, publication date and title printed in free-form site "
        "lines, meta lines, datelines, footers and HTML metadata (update dates beside the publication, Maghreb and "
        "Mashriq months, Arabic-Indic digits); 24 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
