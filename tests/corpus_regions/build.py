"""Build the "regions" development corpus: 24 invented articles (10 Arabic, 8 French, 6 English) of regional and
local coverage of single counter-terrorism operations (a cell dismantled in one or several cities, its members
by city, ages and seized items, the wali or the regional police chief against the national communiqué,
follow-ups with revised numbers) and of the national tallies regional outlets restate; with their gold
(expected.json) and README.md.

    .venv/bin/python tests/corpus_regions/build.py [--out DIR]

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


def g01():
    pub, outlet = "2023-03-15", "بوابة البوغاز"
    title = "طنجة: توقيف أربعة متطرفين في عملية فجرية بحي بنديبان"
    s1 = (
        "وأفاد بلاغ للمديرية العامة للأمن الوطني بأن عناصر المكتب المركزي للأبحاث القضائية أوقفوا أمس الثلاثاء "
        "أربعة أشخاص بمدينة طنجة يشتبه في ولائهم لتنظيم داعش."
    )
    s2 = (
        "وبهذه العملية يصل عدد الخلايا الإرهابية المفككة منذ سنة 2002 إلى 214 خلية، وفق معطيات المكتب "
        "المركزي للأبحاث القضائية."
    )
    body = [
        s1,
        "وتتراوح أعمار الموقوفين بين 19 و27 سنة، وحجزت بحوزتهم 3 سكاكين كبيرة وبذلة عسكرية وهواتف محمولة.",
        s2,
        "ومن المنتظر تقديم المشتبه فيهم أمام النيابة العامة المختصة بعد انتهاء البحث.",
    ]
    side = [
        "حجز 2 طن من الحشيش بميناء طنجة المتوسط",
        "اتحاد طنجة يفوز 2-0 على ضيفه",
        "افتتاح 14 مدرسة جديدة بعمالة الفحص أنجرة",
    ]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "أمس الثلاثاء"),
          A("DGSN", "بلاغ للمديرية العامة للأمن الوطني")),
        C("cells_dismantled", 214, "214", s2, since("2002", pub, "منذ سنة 2002"),
          A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية")),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("2 طن من الحشيش", "sidebar: drug seizure"),
        T("2-0", "sidebar: football score"),
        T("بين 19 و27 سنة", "ages"),
        T("3 سكاكين", "seized items"),
        T("توقيف أربعة متطرفين", "title figure the body repeats"),
    ]
    return spec("g01", "aggregator", "ar", text, meta(title, outlet, "Bawabat Al Boughaz", pub, fictional=True),
                claims, traps,
                summary="Tangier: 4 arrested 'أمس الثلاثاء' (DGSN communiqué, number word); 214 cells since 2002 "
                        "(BCIJ); ages, knives, sidebar, title figure")  # fmt: skip


def g02():
    pub = "2023-11-08"
    title = "خلية بين فاس والناظور: ستة موقوفين وأسلحة بيضاء"
    s1 = (
        "وأوضح مصدر أمني بولاية أمن فاس أن التدخل أسفر أمس الثلاثاء عن توقيف ستة مشتبه فيهم، أربعة منهم "
        "بفاس واثنان بالناظور."
    )
    s2 = "وذكر المكتب المركزي للأبحاث القضائية أنه فكك 92 خلية إرهابية منذ إحداثه سنة 2015."
    body = [
        "شهدت مدينتا فاس والناظور عملية أمنية متزامنة استهدفت خلية موالية لتنظيم داعش.",
        s1,
        "وحجزت لدى الموقوفين أسلحة بيضاء ومبلغ 20 ألف درهم ومخطوطات تمجد الفكر المتطرف.",
        s2,
    ]
    text = wordpress("ar", "فاس بريس 24", "الرئيسية » جهات » فاس مكناس", title,
                     "بقلم: نادية العلوي - 8 نونبر 2023", body,
                     ["انطلاق أشغال تهيئة ساحة باب بوجلود", "8 قتلى في حادثة سير بإقليم تاونات"])  # fmt: skip
    src = A("DGSN", "مصدر أمني بولاية أمن فاس")
    ev = event(pub, "أمس الثلاثاء")
    claims = [
        C("persons_arrested", 6, "ستة", s1, ev, src),
        C("persons_arrested", 4, "أربعة", s1, ev, src, subset="fez"),
        C("persons_arrested", 2, "اثنان", s1, ev, src, subset="nador"),
        C("cells_dismantled", 92, "92", s2, since("2015", pub, "منذ إحداثه سنة 2015"),
          A("BCIJ", "المكتب المركزي للأبحاث القضائية")),
    ]  # fmt: skip
    traps = [
        T("20 ألف درهم", "money"),
        T("8 قتلى في حادثة سير", "related headline: road accident"),
        T("ستة موقوفين", "title figure the body repeats"),
    ]
    return spec("g02", "wordpress", "ar", text, meta(title, "فاس بريس 24", "Fes Press 24", pub, fictional=True),
                claims, traps,
                summary="Fez and Nador: 6 arrested = 4 in Fez + 2 in Nador (adds up, number words, regional police "
                        "source); BCIJ 92 cells since 2015; money trap")  # fmt: skip


def g03():
    pub = "2025-03-12"
    title = "العيون: الوالي يكشف تفاصيل توقيف ثلاثة متشددين"
    s1 = "وصرح والي جهة العيون الساقية الحمراء، محمد الكنتاوي، بأن ثلاثة أشخاص أوقفوا أمس الثلاثاء بالعيون."
    s2 = (
        "وأكد مسؤول بالمديرية العامة لمراقبة التراب الوطني، في تصريح للجريدة، أن المصالح الأمنية فككت "
        "220 خلية إرهابية منذ سنة 2002."
    )
    s3 = "وأضاف المسؤول ذاته أن هذه المصالح أحبطت أزيد من 500 مخطط تخريبي خلال الفترة ذاتها."
    body = [
        s1,
        "ويبلغ أكبر الموقوفين سنا 31 سنة، وقد ظل تحت المراقبة طيلة 24 ساعة قبل توقيفه.",
        para(s2, s3),
    ]
    text = clean(title, "صوت الصحراء — الأربعاء 12 مارس 2025", body)
    dgst = A("DGST", "مسؤول بالمديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 3, "ثلاثة", s1, event(pub, "أمس الثلاثاء"),
          A("MOI", "والي جهة العيون الساقية الحمراء", "محمد الكنتاوي")),
        C("cells_dismantled", 220, "220", s2, since("2002", pub, "منذ سنة 2002"), dgst),
        C("plots_foiled", 500, "500", s3, since("2002", pub, "خلال الفترة ذاتها"), A("DGST", "المسؤول ذاته"),
          q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [T("31 سنة", "age"), T("24 ساعة", "duration"), T("توقيف ثلاثة متشددين", "title figure")]
    return spec("g03", "clean", "ar", text, meta(title, "صوت الصحراء", "Sawt Assahraa", pub, fictional=True),
                claims, traps,
                summary="Laayoune: the wali (MOI) on 3 arrested; DGST 220 cells since 2002 and 'أزيد من 500' plots "
                        "in 'the same period' (inherited); age, duration")  # fmt: skip


def g04():
    pub = "2025-02-19"
    title = "الدار البيضاء: تفكيك خلية من خمسة عناصر بالحي المحمدي"
    s1 = "وأعلن المكتب المركزي للأبحاث القضائية توقيف 5 أشخاص أمس الثلاثاء بالحي المحمدي."
    s2 = "وأشار المكتب في بلاغه إلى أن عدد الخلايا التي فككها منذ 2015 بلغ 97 خلية."
    body = [
        s1,
        "وتتراوح أعمارهم بين 22 و38 سنة، وحجزت لديهم خمس قنينات غاز ومواد كيميائية.",
        s2,
    ]
    text = html("ar", title, "كازا ميديا", pub, body, aside=["ارتفاع حركة المسافرين بمطار محمد الخامس"])
    bc = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("persons_arrested", 5, "5", s1, event(pub, "أمس الثلاثاء"), bc),
        C("cells_dismantled", 97, "97", s2, since("2015", pub, "منذ 2015"), A("BCIJ", "المكتب في بلاغه")),
    ]
    traps = [
        T("بين 22 و38 سنة", "ages"),
        T("خمس قنينات غاز", "seized items"),
        T("خلية من خمسة عناصر", "title"),
    ]
    return spec("g04", "html", "ar", text, meta(title, "كازا ميديا", "Casa Media", pub, fictional=True),
                claims, traps,
                summary="Casablanca: BCIJ 5 arrested; 97 cells since 2015 (then 94 in g14: decrease); gas "
                        "cylinders trap; time tag and JSON-LD")  # fmt: skip


def g05():
    pub, outlet = "2024-05-22", "ريف أنفو"
    title = "الناظور: توقيف متطرفين بتنسيق مع الأمن الإسباني"
    s1 = (
        "وأفادت المديرية العامة للأمن الوطني بأن عناصرها أوقفت أمس الثلاثاء شخصين بالناظور، بتنسيق مع "
        "المصالح الأمنية الإسبانية."
    )
    s2 = "وحسب المديرية ذاتها، فإن عدد الموقوفين في قضايا الإرهاب منذ 2002 تجاوز 4300 شخص."
    body = [
        s1,
        "وفي الجهة الأخرى من الحدود، أوقفت الشرطة الإسبانية 3 أشخاص في مليلية على صلة بالموقوفين.",
        s2,
    ]
    side = ["أمطار غزيرة بإقليم الدريوش", "ارتفاع عدد السياح بالسعيدية بنسبة 12 في المائة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 2, "شخصين", s1, event(pub, "أمس الثلاثاء"),
          A("DGSN", "المديرية العامة للأمن الوطني")),
        C("persons_arrested", 4300, "4300", s2, since("2002", pub, "منذ 2002"), A("DGSN", "المديرية ذاتها"),
          q="more_than", qt="تجاوز"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("12 في المائة", "sidebar: tourism"),
        T("3 أشخاص في مليلية", "Spain's own arrests on its soil (Spain is a partner here)"),
    ]
    return spec("g05", "aggregator", "ar", text, meta(title, outlet, "Rif Info", pub, fictional=True), claims,
                traps, partners=["ES"],
                summary="Nador: 2 arrested (dual noun 'شخصين') with Spain (partner); Spain's own 3 a trap; DGSN "
                        "'تجاوز 4300' arrested since 2002")  # fmt: skip


def g06():
    pub = "2025-01-15"
    title = "حصيلة 2024: الإرهاب في أرقام المديرية العامة للأمن الوطني"
    s1 = (
        "وحسب الحصيلة السنوية للمديرية العامة للأمن الوطني، فقد أوقفت المصالح الأمنية 62 شخصا في قضايا "
        "الإرهاب خلال السنة الماضية."
    )
    s2 = "وكان من بين الموقوفين 4 نساء."
    body = [
        "قدمت المديرية العامة للأمن الوطني حصيلتها السنوية خلال ندوة بمقرها بالرباط.",
        para(s1, s2),
        "وعلى صعيد آخر، حجزت المصالح نفسها 3 أطنان من الشيرا بجهة الشمال.",
    ]
    text = wordpress("ar", "المغرب الأمني", "الرئيسية » وطني", title, "بقلم: عمر السوسي - 15 يناير 2025", body,
                     ["تعيين 5 ولاة جدد للأمن", "الرباط تحتضن مؤتمرا دوليا حول الأمن"])  # fmt: skip
    dg = A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")
    claims = [
        C("persons_arrested", 62, "62", s1, yr("2024", "خلال السنة الماضية"), dg),
        C(
            "persons_arrested",
            4,
            "4",
            s2,
            yr("2024", None),
            dg,
            subset="women",
            notes="the year is inherited",
        ),
    ]
    traps = [T("3 أطنان من الشيرا", "drug seizure, another crime"), T("تعيين 5 ولاة", "related headline")]
    return spec("g06", "wordpress", "ar", text, meta(title, "المغرب الأمني", "Al Maghrib Al Amni", pub,
                fictional=True), claims, traps,
                summary="DGSN annual review: 62 arrested 'last year' (2024, against g21's 71), 4 women (inherited "
                        "year); drug trap")  # fmt: skip


def g07():
    pub = "2024-09-18"
    title = "تطوان: أربعة موقوفين والخلايا المفككة تتزايد"
    s1 = "وأوقفت عناصر الأمن بتطوان أمس الثلاثاء أربعة أشخاص يشتبه في تخطيطهم لاستهداف منشآت عمومية."
    s2 = (
        "وأفادت مصادر من المديرية العامة لمراقبة التراب الوطني بأن عدد الخلايا المفككة منذ بداية السنة "
        "بلغ 9 خلايا."
    )
    body = [s1, "ويبلغ زعيم المجموعة 34 سنة، وسبق أن قضى 3 سنوات سجنا.", s2]
    text = clean(title, "تطوان نيوز — 18 شتنبر 2024", body)
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "أمس الثلاثاء"), A("unspecified", "عناصر الأمن بتطوان")),
        C("cells_dismantled", 9, "9", s2, ytd(pub, "منذ بداية السنة"),
          A("DGST", "مصادر من المديرية العامة لمراقبة التراب الوطني")),
    ]  # fmt: skip
    traps = [T("34 سنة", "age"), T("3 سنوات سجنا", "prison term"), T("أربعة موقوفين", "title")]
    return spec("g07", "clean", "ar", text, meta(title, "تطوان نيوز", "Tetouan News", pub, fictional=True),
                claims, traps,
                summary="Tetouan: 4 arrested; DGST 9 cells since the start of 2024 (above its 8 for the year in "
                        "g15); age, prison term")  # fmt: skip


def g08():
    pub, outlet = "2025-06-11", "الجنوب اليوم"
    title = "بين الدار البيضاء والعيون: سقوط خلية موالية لداعش"
    s1 = (
        "وأسفرت العملية التي نفذها المكتب المركزي للأبحاث القضائية أمس الثلاثاء عن توقيف 4 أشخاص، 3 بالدار "
        "البيضاء و1 بالعيون."
    )
    s2 = "وتعد هذه الخلية الخامسة التي يتم تفكيكها منذ بداية السنة."
    body = [
        para(s1, "وجاءت العملية بناء على معلومات دقيقة وفرها مكتب التحقيقات الفيدرالي الأمريكي."),
        "وتتراوح أعمار الموقوفين بين 24 و41 سنة.",
        s2,
    ]
    side = ["الرجاء يتأهل إلى نصف النهائي", "تساقطات ثلجية بمرتفعات الأطلس"]
    text = aggregator("ar", side, title, outlet, pub, body)
    bc = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    ev = event(pub, "أمس الثلاثاء")
    claims = [
        C("persons_arrested", 4, "4", s1, ev, bc),
        C("persons_arrested", 3, "3", s1, ev, bc, subset="casablanca"),
        C("persons_arrested", 1, "1", s1, ev, bc, subset="laayoune"),
    ]
    optional = [C("cells_dismantled", 5, "الخامسة", s2, ytd(pub, "منذ بداية السنة"), A("unspecified"),
                  notes="an ordinal: the fifth cell implies five so far")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("بين 24 و41 سنة", "ages")]
    return spec("g08", "aggregator", "ar", text, meta(title, outlet, "Al Janoub Al Yawm", pub, fictional=True),
                claims, traps, partners=["US"], optional=optional,
                summary="Casablanca and Laayoune: 4 = 3 + 1 (adds up) on a US (FBI) tip; the fifth cell of the "
                        "year (ordinal, optional)")  # fmt: skip


def g09():
    pub = "2025-10-08"
    title = "خلية عابرة للمدن: توقيفات في طنجة وتطوان وفاس"
    s1 = (
        "وأعلنت المديرية العامة لمراقبة التراب الوطني، في بلاغ لها، توقيف ٧ أشخاص أمس الثلاثاء في إطار "
        "تفكيك خلية موالية لتنظيم داعش."
    )
    s2 = "وتوزع الموقوفون في عملية أمس الثلاثاء كالتالي: ٣ بطنجة و٢ بتطوان و١ بفاس."
    body = [
        s1,
        s2,
        "وجرت العملية بتنسيق مع المركز الوطني للاستخبارات الإسباني، ويرتبط أحد الموقوفين بمقاتل في سوريا.",
        "وتتراوح أعمار المشتبه فيهم بين ٢١ و٣٩ سنة، وحجزت لديهم ١٢ سلاحا أبيض.",
    ]
    text = html("ar", title, "الشمال الآن", pub, body, jsonld=False)
    dg = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    ev = event(pub, "أمس الثلاثاء")
    claims = [
        C("persons_arrested", 7, "٧", s1, ev, dg),
        C("persons_arrested", 3, "٣", s2, ev, dg, subset="tangier"),
        C("persons_arrested", 2, "٢", s2, ev, dg, subset="tetouan"),
        C("persons_arrested", 1, "١", s2, ev, dg, subset="fez"),
    ]
    traps = [T("بين ٢١ و٣٩ سنة", "ages"), T("١٢ سلاحا أبيض", "seized items")]
    return spec("g09", "html", "ar", text, meta(title, "الشمال الآن", "Achamal Al An", pub, fictional=True),
                claims, traps, partners=["ES"],
                not_partners=[NP("SY", "سوريا", "place of a fighter, no cooperation")],
                summary="Arabic-Indic digits: ٧ arrested = ٣ Tangier + ٢ Tetouan + ١ Fez (=6: does not add up); "
                        "Spain partner; Syria a place; time tag alone")  # fmt: skip


def g10():
    pub = "2025-11-19"
    title = "الوالي يتحدث عن أربعة موقوفين والبلاغ الرسمي عن خمسة"
    s1 = (
        "وكان والي جهة طنجة تطوان الحسيمة، عبد الإله البقالي، قد أعلن في تصريح صحافي توقيف أربعة أشخاص "
        "أمس الثلاثاء بمدينة المضيق."
    )
    s2 = (
        "غير أن بلاغا للمكتب المركزي للأبحاث القضائية صدر مساء تحدث عن توقيف خمسة مشتبه فيهم في عملية "
        "أمس الثلاثاء."
    )
    body = [s1, s2, "ويرجح أن الموقوف الخامس اعتقل بعد 6 ساعات من انطلاق العملية.", "وتمت مداهمة 3 منازل."]
    text = html("ar", title, "المضيق بريس", pub, body)
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "أمس الثلاثاء"),
          A("MOI", "والي جهة طنجة تطوان الحسيمة", "عبد الإله البقالي")),
        C("persons_arrested", 5, "خمسة", s2, event(pub, "أمس الثلاثاء"),
          A("BCIJ", "بلاغا للمكتب المركزي للأبحاث القضائية")),
    ]  # fmt: skip
    traps = [T("6 ساعات", "duration"), T("3 منازل", "houses searched"), T("أربعة موقوفين", "title")]
    return spec("g10", "html", "ar", text, meta(title, "المضيق بريس", "Mdiq Press", pub, fictional=True),
                claims, traps,
                summary="M'diq: the wali (MOI) says 4, the BCIJ communiqué 5 for the same operation (two voices, "
                        "a revision, not a planted inconsistency); time tag and JSON-LD")  # fmt: skip


# ================================================================ French


def g11():
    pub, outlet = "2024-04-10", "L'Oriental Info"
    title = "Nador et Fès : une cellule démantelée grâce au renseignement français"
    s1 = (
        "Selon un communiqué du ministère de l'Intérieur, cinq suspects ont été interpellés hier mardi, trois "
        "à Nador et deux à Fès."
    )
    body = [
        s1,
        "L'opération a été menée grâce à des renseignements fournis par la DGSI française.",
        "Les mis en cause, âgés de 23 à 40 ans, détenaient 2 fusils de chasse et du matériel électronique.",
    ]
    side = ["Le MAS s'impose 3-1 à domicile", "Berkane : 40 hectares d'agrumes ravagés par la grêle"]
    text = aggregator("fr", side, title, outlet, pub, body)
    moi = A("MOI", "un communiqué du ministère de l'Intérieur")
    ev = event(pub, "hier mardi")
    claims = [
        C("persons_arrested", 5, "cinq", s1, ev, moi),
        C("persons_arrested", 3, "trois", s1, ev, moi, subset="nador"),
        C("persons_arrested", 2, "deux", s1, ev, moi, subset="fez"),
    ]
    traps = [SIDEBAR_RULE, T("3-1", "sidebar: score"), T("âgés de 23 à 40 ans", "ages"),
             T("2 fusils de chasse", "seized items")]  # fmt: skip
    return spec("g11", "aggregator", "fr", text, meta(title, outlet, "L'Oriental Info", pub, fictional=True),
                claims, traps, partners=["FR"],
                summary="Nador and Fez: cinq = trois + deux (adds up, number words), MOI; France partner "
                        "(intelligence); ages, rifles")  # fmt: skip


def g12():
    pub = "2024-07-10"
    title = "Tétouan : quatre jeunes arrêtés, le bilan national dépasse les 210 cellules"
    s1 = "Quatre jeunes ont été arrêtés hier mardi dans le quartier de Jbel Dersa, indique une source sécuritaire."
    s2 = (
        "Selon les chiffres officiels, plus de 210 cellules terroristes ont été démantelées au Maroc depuis "
        "2002."
    )
    body = [s1, "Les suspects sont âgés de 20 à 27 ans.", s2]
    text = wordpress("fr", "Tétouan Plus", "Accueil » Régions » Nord", title,
                     "Par Karim Benjelloun | 10 juillet 2024", body,
                     ["Martil : 15 000 estivants attendus", "Fnideq : réouverture du marché municipal"])  # fmt: skip
    claims = [
        C("persons_arrested", 4, "Quatre", s1, event(pub, "hier mardi"), A("official_unspecified", "une source sécuritaire")),
        C("cells_dismantled", 210, "210", s2, since("2002", pub, "depuis 2002"),
          A("official_unspecified", "les chiffres officiels"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("âgés de 20 à 27 ans", "ages"), T("15 000 estivants", "related headline"),
             T("les 210 cellules", "title figure the body repeats")]  # fmt: skip
    return spec("g12", "wordpress", "fr", text, meta(title, "Tétouan Plus", "Tetouan Plus", pub, fictional=True),
                claims, traps,
                summary="Tetouan: 'Quatre' arrested (capitalised number word); 'plus de 210' cells since 2002, "
                        "official figures; title figure")  # fmt: skip


def g13():
    pub = "2024-06-12"
    title = "Fès : deux interpellations et un regard d'expert sur la menace"
    s1 = "Deux suspects ont été interpellés hier mardi à Fès, dans ce qui serait la cinquième cellule démantelée depuis le début de l'année."  # noqa: E501
    s2 = (
        "Pour le politologue Hicham Ouazzani, plus de 1 600 Marocains ont rejoint des groupes armés en Syrie "
        "et en Irak."
    )
    body = [s1, s2, "Il rappelle que certains transitent désormais par le Mali, où 3 camps ont été repérés."]
    text = clean(title, "Le Saïss — mercredi 12 juin 2024", body)
    claims = [
        C("persons_arrested", 2, "Deux", s1, event(pub, "hier mardi"), A("unspecified")),
        C("fighters_joined", 1600, "1 600", s2, cumul(pub), A("analyst", "le politologue", "Hicham Ouazzani"),
          q="more_than", qt="plus de", subset="syria_iraq_linked"),
    ]  # fmt: skip
    optional = [C("cells_dismantled", 5, "cinquième", s1, ytd(pub, "depuis le début de l'année"), A("unspecified"),
                  notes="an ordinal")]  # fmt: skip
    traps = [T("3 camps", "camps in Mali")]
    return spec("g13", "clean", "fr", text, meta(title, "Le Saïss", "Le Saiss", pub, fictional=True), claims,
                traps, optional=optional,
                not_partners=[NP("ML", "Mali", "a transit place"), NP("SY", "Syrie", "conflict zone")],
                summary="Fez: 'Deux' arrested, no source; the fifth cell this year (ordinal, optional); analyst "
                        "'plus de 1 600' joined; Mali a place")  # fmt: skip


def g14():
    pub = "2026-01-14"
    title = "Casablanca : trois arrestations, le BCIJ fait ses comptes"
    s1 = "Trois personnes ont été arrêtées hier mardi à Sidi Moumen, a annoncé le BCIJ."
    s2 = "Le BCIJ affirme avoir démantelé 94 cellules terroristes depuis sa création en 2015."
    body = [s1, s2, "Les enquêteurs ont saisi 4 ordinateurs portables."]
    text = html("fr", title, "Casa Dépêche", pub, body, time_tag=False)
    bc = A("BCIJ", "le BCIJ")
    claims = [
        C("persons_arrested", 3, "Trois", s1, event(pub, "hier mardi"), bc),
        C("cells_dismantled", 94, "94", s2, since("2015", pub, "depuis sa création en 2015"), A("BCIJ", "Le BCIJ")),
    ]  # fmt: skip
    traps = [T("4 ordinateurs", "seized items"), T("trois arrestations", "title")]
    return spec("g14", "html", "fr", text, meta(title, "Casa Dépêche", "Casa Depeche", pub, fictional=True),
                claims, traps,
                summary="Casablanca: 3 arrested; BCIJ 94 cells since 2015, below its 97 of Feb 2025 (decrease); "
                        "JSON-LD alone")  # fmt: skip


def g15():
    pub = "2025-01-29"
    title = "Laâyoune : deux suspects arrêtés, la DGST dresse le bilan de 2024"
    s1 = "Le chef de la sûreté régionale de Laâyoune, Brahim Ould Ely, a confirmé l'arrestation de deux suspects hier mardi."  # noqa: E501
    s2 = "De son côté, la DGST indique avoir démantelé 8 cellules terroristes en 2024."
    body = [s1, "L'un d'eux était arrivé de Mauritanie il y a 2 mois.", s2]
    text = wordpress("fr", "Sahara Hebdo", "Accueil » Sud", title, "Publié le 29 janvier 2025 par Aïcha Lamine",
                     body, ["Dakhla : 120 000 touristes en 2024"])  # fmt: skip
    claims = [
        C("persons_arrested", 2, "deux", s1, event(pub, "hier mardi"),
          A("DGSN", "Le chef de la sûreté régionale de Laâyoune", "Brahim Ould Ely")),
        C("cells_dismantled", 8, "8", s2, yr("2024", "en 2024"), A("DGST", "la DGST")),
    ]  # fmt: skip
    traps = [T("2 mois", "duration"), T("120 000 touristes", "related headline")]
    return spec("g15", "wordpress", "fr", text, meta(title, "Sahara Hebdo", "Sahara Hebdo", pub, fictional=True),
                claims, traps, not_partners=[NP("MR", "Mauritanie", "origin of a suspect")],
                summary="Laayoune: regional police chief (DGSN) 'deux' arrested; DGST 8 cells in 2024 (below its "
                        "9 by September: partial exceeds whole); Mauritania a place")  # fmt: skip


def g16():
    pub = "2025-06-14"
    title = "Tanger : un sixième suspect arrêté dans l'affaire de la cellule de Beni Makada"
    s1 = "Dans un premier communiqué, la DGSN faisait état de cinq interpellations lors du coup de filet de lundi."
    s2 = (
        "Un nouveau suspect a été arrêté jeudi, portant à six le nombre des personnes interpellées depuis le "
        "coup de filet de lundi, selon la même source."
    )
    body = [
        s1,
        s2,
        "L'enquête est menée en coordination avec la police espagnole, précise la DGSN.",
        "Le suspect, âgé de 29 ans, résidait depuis 5 ans à Tanger.",
    ]
    text = clean(title, "Détroit Matin, samedi 14 juin 2025", body)
    claims = [
        C("persons_arrested", 5, "cinq", s1, event(pub, "coup de filet de lundi"), A("DGSN", "la DGSN"),
          notes="the first count, revised two sentences later"),
        C("persons_arrested", 6, "six", s2, event(pub, "coup de filet de lundi"), A("DGSN", "la même source")),
    ]  # fmt: skip
    traps = [T("âgé de 29 ans", "age"), T("5 ans", "duration"), T("un sixième suspect", "title ordinal")]
    return spec("g16", "clean", "fr", text, meta(title, "Détroit Matin", "Detroit Matin", pub, fictional=True),
                claims, traps, partners=["ES"],
                summary="Tangier follow-up: cinq then six arrested for Monday's operation (a revision by one "
                        "source); Spain partner (coordination)")  # fmt: skip


def g17():
    pub = "2025-06-12"
    title = "Casablanca-Laâyoune : le FBI a mis les enquêteurs marocains sur la piste"
    s1 = "Dans un communiqué, la DGSN a précisé que quatre personnes avaient été arrêtées mardi à Casablanca et Laâyoune."  # noqa: E501
    body = [
        s1,
        "Le renseignement ayant permis l'opération a été transmis par le FBI américain, en coopération avec la DGST.",
        "Les suspects projetaient de frapper 2 sites sensibles.",
    ]
    text = html("fr", title, "Atlas Actu", pub, body)
    claims = [C("persons_arrested", 4, "quatre", s1, event(pub, "mardi"), A("DGSN", "la DGSN"))]
    traps = [T("2 sites sensibles", "targets")]
    return spec("g17", "html", "fr", text, meta(title, "Atlas Actu", "Atlas Actu", pub, fictional=True), claims,
                traps, partners=["US"],
                summary="the g08 operation seen from the DGSN: quatre arrested on Tuesday (compatible with g08); US "
                        "partner; time tag and JSON-LD")  # fmt: skip


def g18():
    pub, outlet = "2025-09-17", "Fès Actu"
    title = "Fès : trois arrestations dans les milieux extrémistes"
    s1 = "Trois individus ont été interpellés hier mardi dans la médina de Fès, selon la wilaya de sûreté."
    s2 = "La DGST rappelle avoir déjoué plus de 500 projets d'attentats depuis 2002."
    body = [s1, "Ils sont âgés de 18 à 25 ans.", s2]
    side = ["Meknès : le festival attire 30 000 visiteurs"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 3, "Trois", s1, event(pub, "hier mardi"), A("DGSN", "la wilaya de sûreté")),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "depuis 2002"), A("DGST", "La DGST"), q="more_than",
          qt="plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("âgés de 18 à 25 ans", "ages"), T("trois arrestations", "title")]
    return spec("g18", "aggregator", "fr", text, meta(title, outlet, "Fes Actu", pub, fictional=True), claims,
                traps, summary="Fez: wilaya (DGSN) 3 arrested; DGST 'plus de 500' plots since 2002")  # fmt: skip


# ================================================================ English


def g19():
    pub, outlet = "2025-10-22", "North Morocco Post"
    title = "Tangier police arrest three suspected extremists"
    s1 = "Police in Tangier arrested three suspects on Tuesday, a security source said."
    s2 = "Since 2002, Moroccan security services have dismantled 214 terrorist cells, the same source added."
    s3 = "More than 1,600 Moroccans have joined armed groups in Syria and Iraq, according to the source."
    body = [s1, "The men are aged between 22 and 30.", s2, s3]
    side = ["Tangier port handles 9 million containers", "Rain expected in the Rif"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 3, "three", s1, event(pub, "on Tuesday"), A("official_unspecified", "a security source")),
        C("cells_dismantled", 214, "214", s2, since("2002", pub, "Since 2002"), A("official_unspecified", "the same source")),
        C("fighters_joined", 1600, "1,600", s3, cumul(pub), A("official_unspecified", "the source"), q="more_than",
          qt="More than", subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("aged between 22 and 30", "ages"), T("9 million containers", "sidebar")]
    return spec("g19", "aggregator", "en", text, meta(title, outlet, "North Morocco Post", pub, fictional=True),
                claims, traps,
                not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="Tangier: 3 arrested; a source repeats 214 cells since 2002 after the DGST's 220 (stale); "
                        ">1,600 joined; Syria and Iraq places")  # fmt: skip


def g20():
    pub = "2025-02-26"
    title = "Casablanca arrests follow FBI tip"
    s1 = "Acting on a tip from the FBI, police arrested two men in Casablanca on Tuesday, the DGSN said."
    s2 = "The DGSN said more than 4,300 people have been arrested in terrorism cases since 2002."
    body = [s1, s2, "One of the suspects had spent 2 years in prison."]
    text = wordpress("en", "Morocco Ledger", "Home » Regions » Casablanca-Settat", title,
                     "By Sarah Mendes | February 26, 2025", body, ["Casablanca tram line 5 opens"])  # fmt: skip
    claims = [
        C("persons_arrested", 2, "two", s1, event(pub, "on Tuesday"), A("DGSN", "the DGSN")),
        C("persons_arrested", 4300, "4,300", s2, since("2002", pub, "since 2002"), A("DGSN", "The DGSN"),
          q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("2 years in prison", "prison term"), T("line 5", "related headline")]
    return spec("g20", "wordpress", "en", text, meta(title, "Morocco Ledger", "Morocco Ledger", pub, fictional=True),
                claims, traps, partners=["US"],
                summary="Casablanca: two arrested on an FBI tip (US partner); DGSN >4,300 arrested since 2002")  # fmt: skip


def g21():
    pub = "2025-02-05"
    title = "Morocco's terrorism arrests: the 2024 count"
    s1 = "Interior Ministry figures show 71 people were arrested in terrorism cases last year."
    body = [
        s1,
        "Spain, for its part, arrested 81 jihadist suspects over the same period.",
        "The figures were released 3 weeks after the year ended.",
    ]
    text = clean(title, "Wednesday, February 5, 2025 - Rabat Observer", body)
    claims = [
        C("persons_arrested", 71, "71", s1, yr("2024", "last year"), A("MOI", "Interior Ministry figures"))
    ]
    traps = [T("81 jihadist suspects", "Spain's own arrests"), T("3 weeks", "duration")]
    return spec("g21", "clean", "en", text, meta(title, "Rabat Observer", "Rabat Observer", pub, fictional=True),
                claims, traps, not_partners=[NP("ES", "Spain", "gives its own national figures")],
                summary="MOI: 71 arrested 'last year' (2024) against the DGSN's 62 in g06; Spain's own 81 a "
                        "trap")  # fmt: skip


def g22():
    pub = "2025-09-24"
    title = "Nador cell: four held after French intelligence alert"
    s1 = "Four suspects were detained in Nador on Tuesday after French intelligence shared information with Moroccan services."  # noqa: E501
    s2 = "In all, 43,000 people have been arrested on terrorism charges since 2002."
    body = [s1, "Investigators seized 6 mobile phones.", s2]
    text = clean(title, "September 24, 2025 | Eastern Star", body)
    claims = [
        C("persons_arrested", 4, "Four", s1, event(pub, "on Tuesday"), A("unspecified")),
        C("persons_arrested", 43000, "43,000", s2, since("2002", pub, "since 2002"), A("unspecified")),
    ]
    traps = [T("6 mobile phones", "seized items")]
    return spec("g22", "clean", "en", text, meta(title, "Eastern Star", "Eastern Star", pub, fictional=True),
                claims, traps, partners=["FR"],
                summary="Nador: Four held, France partner (intelligence shared); an unsourced 43,000 arrested since "
                        "2002 (implausible: ten times 4,300)")  # fmt: skip


def g23():
    pub = "2026-02-11"
    title = "Fez: three arrested in pre-dawn raid"
    s1 = "Three suspects were arrested in Fez on Tuesday, the BCIJ said."
    s2 = "The BCIJ said more than 500 terrorist plots have been foiled since 2002."
    body = [s1, "Police searched 5 homes.", s2]
    text = html("en", title, "Saiss Today", pub, body, jsonld=False)
    bc = A("BCIJ", "the BCIJ")
    claims = [
        C("persons_arrested", 3, "Three", s1, event(pub, "on Tuesday"), bc),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "since 2002"), A("BCIJ", "The BCIJ"), q="more_than",
          qt="more than"),
    ]  # fmt: skip
    traps = [T("5 homes", "houses searched")]
    return spec("g23", "html", "en", text, meta(title, "Saiss Today", "Saiss Today", pub, fictional=True), claims,
                traps, summary="Fez: BCIJ 3 arrested; >500 plots since 2002; time tag alone")  # fmt: skip


def g24():
    pub = "2025-12-03"
    title = "Tetouan cell dismantled, four in custody"
    s1 = "Four members of the cell were arrested on Tuesday in Tetouan and Chefchaouen, the DGST said."
    s2 = "The DGST said more than 215 cells have been dismantled since 2002."
    body = [s1, "They are aged 20 to 27.", s2]
    text = html("en", title, "Rif Tribune", pub, body, time_tag=False)
    claims = [
        C("persons_arrested", 4, "Four", s1, event(pub, "on Tuesday"), A("DGST", "the DGST")),
        C("cells_dismantled", 215, "215", s2, since("2002", pub, "since 2002"), A("DGST", "The DGST"),
          q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("aged 20 to 27", "ages")]
    return spec("g24", "html", "en", text, meta(title, "Rif Tribune", "Rif Tribune", pub, fictional=True), claims,
                traps, summary="Tetouan: DGST 4 arrested; >215 cells since 2002 (admits 220); JSON-LD alone")  # fmt: skip


ARTICLES = [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20,
            g21, g22, g23, g24]  # fmt: skip

INCONSISTENCIES = [
    {"id": "regions-stale", "kind": "stale_figure",
     "refs": [("g01", "cells_dismantled", 214), ("g03", "cells_dismantled", 220), ("g19", "cells_dismantled", 214)],
     "explanation": "cells dismantled since 2002: 214 (BCIJ, March 2023), 220 (DGST, March 2025); a security "
                    "source repeats 214 in October 2025"},
    {"id": "regions-decrease", "kind": "cumulative_decrease",
     "refs": [("g04", "cells_dismantled", 97), ("g14", "cells_dismantled", 94)],
     "explanation": "cells dismantled by the BCIJ since 2015: 97 (Feb 2025) then 94 (Jan 2026): a running total "
                    "cannot go down"},
    {"id": "regions-arithmetic", "kind": "internal_arithmetic",
     "refs": [("g09", "persons_arrested", 7), ("g09", "persons_arrested", 3, "tangier"),
              ("g09", "persons_arrested", 2, "tetouan"), ("g09", "persons_arrested", 1, "fez")],
     "explanation": "the DGST's 7 arrests are split as 3 in Tangier + 2 in Tetouan + 1 in Fez = 6, not 7"},
    {"id": "regions-implausible", "kind": "implausible_value",
     "refs": [("g05", "persons_arrested", 4300), ("g22", "persons_arrested", 43000)],
     "explanation": "43000 people arrested since 2002, ten times the 4300 the DGSN gives"},
    {"id": "regions-partial", "kind": "partial_exceeds_whole",
     "refs": [("g07", "cells_dismantled", 9), ("g15", "cells_dismantled", 8)],
     "explanation": "DGST sources counted 9 cells dismantled from January to mid-September 2024, then the DGST 8 "
                    "for the whole of 2024"},
    {"id": "regions-disagree", "kind": "same_period_disagreement",
     "refs": [("g06", "persons_arrested", 62), ("g21", "persons_arrested", 71)],
     "explanation": "persons arrested in 2024: 62 (DGSN, 'السنة الماضية' in January 2025) against 71 (Interior "
                    "Ministry, 'last year' in February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("g01", "cells_dismantled", 214), ("g12", "cells_dismantled", 210)],
     "reason": "214 cells since 2002 (March 2023) and 'plus de 210' (July 2024) agree"},
    {"refs": [("g12", "cells_dismantled", 210), ("g03", "cells_dismantled", 220)],
     "reason": "'plus de 210' (July 2024) admits 220 (March 2025)"},
    {"refs": [("g03", "cells_dismantled", 220), ("g24", "cells_dismantled", 215)],
     "reason": "220 since 2002 (March 2025) and 'more than 215' (December 2025) agree"},
    {"refs": [("g02", "cells_dismantled", 92), ("g04", "cells_dismantled", 97)],
     "reason": "the BCIJ's cells since 2015 rise from 92 (Nov 2023) to 97 (Feb 2025)"},
    {"refs": [("g05", "persons_arrested", 4300), ("g20", "persons_arrested", 4300)],
     "reason": "more than 4,300 arrested since 2002, May 2024 and February 2025"},
    {"refs": [("g03", "plots_foiled", 500), ("g18", "plots_foiled", 500), ("g23", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002, three outlets 2025-2026"},
    {"refs": [("g13", "fighters_joined", 1600, "syria_iraq_linked"), ("g19", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "more than 1,600 joined in Syria and Iraq, an analyst and a security source"},
    {"refs": [("g08", "persons_arrested", 4), ("g17", "persons_arrested", 4)],
     "reason": "the same Casablanca-Laayoune operation of Tuesday 10 June 2025: 4 arrested in both outlets"},
    {"refs": [("g02", "persons_arrested", 6), ("g02", "persons_arrested", 4, "fez"),
              ("g02", "persons_arrested", 2, "nador")],
     "reason": "a breakdown that adds up: 4 in Fez + 2 in Nador = 6"},
    {"refs": [("g08", "persons_arrested", 4), ("g08", "persons_arrested", 3, "casablanca"),
              ("g08", "persons_arrested", 1, "laayoune")],
     "reason": "a breakdown that adds up: 3 in Casablanca + 1 in Laayoune = 4"},
    {"refs": [("g11", "persons_arrested", 5), ("g11", "persons_arrested", 3, "nador"),
              ("g11", "persons_arrested", 2, "fez")],
     "reason": "a breakdown that adds up: trois à Nador + deux à Fès = cinq"},
]  # fmt: skip

CONVENTIONS = """\
- **One operation** ("four arrested yesterday, Tuesday") is `persons_arrested` with an `event` period on the day
  the text names, resolved from the byline: "أمس الثلاثاء", "hier mardi", "on Tuesday", "coup de filet de lundi" are
  the last such weekday on or before the publication date. "Dismantling a cell" with no numeral is no claim.
- **City breakdowns**: the members by city ("3 in Tangier, 2 in Fez") are claims of the same metric and period
  with a city subset (new slugs `tangier`, `tetouan`, `fez`, `nador`, `casablanca`, `laayoune`); the total
  has subset null. A city named for a single-city operation is not a subset (null). A breakdown must add up
  (g02, g08, g11); g09's does not (planted).
- **Revised counts**: a follow-up (g16: five, then six for Monday's operation) and two voices on one operation
  (g10: the wali's four, the BCIJ's five) are both extracted; they are a revision, not planted inconsistencies,
  so no group joins them either way.
- **Ordinals** ("الخلية الخامسة منذ بداية السنة", "la cinquième cellule depuis le début de l'année") imply a
  year-to-date count: optional `cells_dismantled` claims with the ordinal as value_text.
- **National tallies restated** by regional outlets: `since` 2002 (cells, persons arrested, plots foiled) and
  `since` 2015 (the BCIJ's creation); a period "خلال الفترة ذاتها" is inherited from the previous sentence.
- **Number words and digits**: Arabic words (أربعة، ستة، ثلاثة، خمسة، اثنان، the dual شخصين), French (cinq,
  trois, deux, Quatre...), English (three, two, Four); Arabic-Indic digits (٧، ٣، ٢، ١) read as digits.
- **Attribution**: the wali of a region is `MOI`; the regional police (wilaya de sûreté, chef de la sûreté
  régionale, ولاية الأمن) and DGSN communiqués are `DGSN`; BCIJ and DGST as named; "les chiffres officiels" is
  `official_unspecified`; a named political scientist is `analyst`; "a security source" / "une source
  sécuritaire" are `official_unspecified` (an unnamed security official, as in every other development gold),
  "عناصر الأمن" (the agents who acted) `unspecified`, with their words in `raw`; no source at all is `unspecified`
  with `raw` null. "The same source" / "المسؤول ذاته" / "la même source" carries the previous attribution.
- **Partners**: a country is a partner on an intelligence tip, shared information or coordination (Spain in g05,
  g09, g16; France in g11, g22; the United States via the FBI in g08, g17, g20); a conflict zone (Syria, Iraq),
  a transit place (Mali, Mauritania) or a country giving its own arrests (Spain in g21) is only mentioned;
  a partner's own arrests on its soil (g05's Melilla) are traps.
- **Traps**: ages ("بين 19 و27 سنة", "âgés de 23 à 40 ans", "aged 20 to 27"), seized items (knives, gas
  cylinders, rifles, phones, computers), houses searched, durations, prison terms, money, other crimes' seizures,
  sidebar and related headlines, and a title figure the body repeats.
- **Part of a year and the year**: a `year_to_date` figure may not exceed the same source's figure for the whole
  year (g07's 9 by September 2024 against g15's 8 for 2024 is planted).
- **Relative years**: "السنة الماضية" and "last year" are the year before the byline's year.
- **Bounds** agree as in CONTRACT.md: "plus de 210" admits 214 and 220; "more than 215" admits 220.
- A misprint-looking figure (43,000 arrested) is extracted as printed; the consistency check flags it.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, the seeds' gold, tests/corpus_kit.py, tests/corpus_gold_checks.py
and the structure of tests/corpus_abroad were read; no engine code, and the engine was never run on these files.
The shapes of the sentences (cells spread over Tangier and Meknes, Nador and Berkane, Tetouan and Chefchaouen;
members "aged 21 to 38"; knives, hunting rifles, gas cylinders seized; Interior Ministry communiqués relayed by
regional sites; cooperation with Spanish services) were taken from real coverage read through the search tool;
no sentence was copied, all outlets and people are invented, and the national tallies (214, 220, 92, 97...)
are fiction at the magnitudes real reporting gives.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_regions: regional coverage of single operations and the national tallies",
        "",
        "A development corpus of 24 invented articles (10 Arabic, 8 French, 6 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on single counter-terrorism operations as regional",
        "outlets report them: cells spread over several cities with their members by city, ages and seized",
        "items, the wali or the regional police chief against the national communiqué, follow-ups with revised",
        "numbers, ordinals ('the fifth cell this year'), and the national tallies since 2002 or 2015 restated.",
        "Outlets and people are invented; magnitudes follow real press coverage; every sentence was written fresh.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_regions/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_regions_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_regions --json > /tmp/regions.json",
        "    ../shared/tools/score.py tests/corpus_regions/expected.json /tmp/regions.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'regions': regional coverage of single operations (cells over several "
        "cities, members by city, revised counts, ordinals) and the national tallies they restate; 24 invented "
        "articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
