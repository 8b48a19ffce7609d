"""Build the eleventh blind set: 30 invented articles (12 Arabic, 10 French, 8 English) on how Moroccan outlets
report the counter-terrorism record (operations and running totals, fighters, returnees, women and minors, every
kind of period, qualifier and voice), with their gold (expected.json) and README.md.

    .venv/bin/python tests/blind_round11/build.py [--out DIR]

Every outlet and person is invented; the sentences are new. Each claim's `sentence` is the very string placed in
the article's text. Written blind: the engine was never run on these files.
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

EXTRA = {
    "r01": [
        "وفي الدار البيضاء، نظمت جمعيات الضحايا وقفة رمزية أمام النصب التذكاري، حيث وضعت أكاليل من الزهور "
        "واستحضرت أسماء من رحلوا في تلك الليلة الأليمة.",
    ],
    "r02": [
        "وحسب المعطيات الأولية للبحث، فإن المشتبه فيهم كانوا يتواصلون عبر تطبيقات مشفرة مع عناصر تنشط خارج "
        "أرض الوطن، ويتبادلون مواد دعائية تحرض على العنف.",
        "وقد جرى الاحتفاظ بالموقوفين تحت تدابير الحراسة النظرية رهن البحث القضائي الذي تشرف عليه النيابة "
        "العامة المكلفة بقضايا الإرهاب، في انتظار تقديمهم أمام العدالة.",
    ],
    "r03": [
        "وشدد المسؤول على أن المقاربة الاستباقية تظل حجر الزاوية في عمل المكتب، إذ تتيح تحييد الخطر قبل "
        "انتقال المشتبه فيهم إلى مرحلة التنفيذ.",
        "كما نوه بالتنسيق القائم بين مختلف الأجهزة الأمنية والنيابة العامة المختصة، معتبرا أن تبادل "
        "المعلومات في الوقت المناسب هو مفتاح النجاح في هذا المجال.",
    ],
    "r04": [
        "ويرى خبراء أن تراجع عدد العمليات الكبرى لا يعني زوال التهديد، بل انتقاله إلى أشكال أكثر فردية "
        "يصعب رصدها، خاصة عبر شبكات التواصل الاجتماعي.",
        "وتراهن السلطات، إلى جانب المقاربة الأمنية، على برامج المصالحة داخل السجون وعلى تأطير الحقل الديني "
        "لتجفيف منابع الاستقطاب.",
    ],
    "r05": [
        "وأكد الوزير أن السلطات تتعامل مع ملف العائدين بمقاربة تجمع بين الصرامة القانونية ومواكبة الأسر، "
        "مشيرا إلى أن حالة كل عائد تدرس على حدة.",
        "ودعت فرق برلمانية من الأغلبية والمعارضة إلى تسريع إجراءات إعادة الأطفال العالقين في المخيمات.",
    ],
    "r06": [
        "واستمعت اللجنة، خلال أشغالها، إلى مسؤولين حكوميين وممثلين عن أسر المحتجزين، الذين طالبوا بتسريع "
        "عملية الترحيل وضمان محاكمات عادلة لذويهم.",
    ],
    "r07": [
        "وتخلص الدراسة إلى أن الاستقطاب انتقل في السنوات الأخيرة من المساجد والأحياء الهامشية إلى الفضاء "
        "الرقمي، حيث يستهدف المتطرفون فئة الشباب بخطاب بسيط ومباشر.",
        "وتوصي بتعزيز برامج الوقاية في المدارس وبإشراك المجتمع المدني في رصد مؤشرات التطرف المبكرة.",
    ],
    "r08": [
        "ويعزو مراقبون هذا الأداء إلى تراكم الخبرة لدى الأجهزة المغربية منذ أحداث الدار البيضاء، وإلى "
        "الاستثمار في التكنولوجيا وفي تكوين المحققين.",
        "غير أن التحدي يظل قائما، في ظل تنامي نشاط الجماعات المتطرفة في منطقة الساحل والصحراء.",
    ],
    "r09": [
        "وقد تم حجز هواتف محمولة ووسائط إلكترونية ومخطوطات ذات طابع متطرف خلال عمليات التفتيش التي همت "
        "منازل المشتبه فيهم.",
        "وتم إخضاع الموقوفين لتدابير الحراسة النظرية رهن إشارة البحث الذي تشرف عليه النيابة العامة المختصة.",
    ],
    "r10": [
        "وأشار المسؤول إلى أن أغلب الخلايا المفككة هذه السنة كانت في مرحلة التخطيط، وأن بعض عناصرها تشبعوا "
        "بالفكر المتطرف عبر الإنترنت دون أي اتصال مباشر بالتنظيمات.",
        "ودعا الأسر إلى اليقظة ومراقبة التغيرات المفاجئة في سلوك أبنائها.",
    ],
    "r11": [
        "واستعرضت الحصيلة كذلك جهود المديرية في محاربة الجريمة المنظمة والهجرة غير النظامية، إلى جانب "
        "ورش رقمنة الخدمات الموجهة للمواطنين.",
        "وأكدت المديرية أن محاربة الإرهاب تبقى على رأس أولوياتها، بتنسيق دائم مع المديرية العامة لمراقبة "
        "التراب الوطني والنيابات العامة المختصة.",
    ],
    "r12": [
        "وجدد المسؤول الحكومي التأكيد على أن المقاربة المغربية لا تقتصر على الشق الأمني، بل تشمل أبعادا "
        "دينية واجتماعية وتنموية.",
        "وردا على سؤال حول ترحيل المحتجزين في بؤر التوتر، اكتفى بالقول إن الملف يحظى بمتابعة دقيقة من "
        "القطاعات المعنية.",
    ],
    "r13": [
        "Les spécialistes soulignent que la menace a changé de visage : moins de structures organisées, davantage "
        "de profils isolés radicalisés sur les réseaux sociaux.",
        "Les autorités misent également sur le programme de réconciliation mené dans les établissements "
        "pénitentiaires pour prévenir la récidive.",
    ],
    "r14": [
        "Les perquisitions ont permis la saisie d'armes blanches, de supports numériques et de documents à "
        "caractère extrémiste, selon la même source.",
        "L'enquête vise à déterminer les ramifications éventuelles de ce réseau, qui recrutait sur des "
        "messageries chiffrées.",
    ],
    "r15": [
        "Le responsable a insisté sur le caractère préventif des interventions, menées le plus souvent avant "
        "que les suspects ne passent à l'acte, sous la supervision du parquet compétent.",
        "Il a aussi mis en garde contre la radicalisation en ligne, qui touche désormais des adolescents sans "
        "aucun passé judiciaire.",
    ],
    "r16": [
        "Le ministère précise que chaque dossier de rapatriement est examiné au cas par cas, en tenant compte "
        "de la situation des enfants et de la dangerosité des adultes.",
        "Les familles, de leur côté, dénoncent des lenteurs et réclament un calendrier clair.",
    ],
    "r17": [
        "Les auteurs saluent néanmoins l'efficacité de l'approche préventive marocaine et la qualité de la "
        "coordination entre services de renseignement et justice.",
        "Contactées, les autorités marocaines n'ont pas souhaité commenter ce document.",
    ],
    "r18": [
        "Les départs ont culminé au moment de la proclamation du prétendu califat, avant de se tarir sous l'effet "
        "du durcissement de la législation et de la surveillance des filières.",
        "Le sort de nombreux combattants demeure inconnu, faute de données fiables sur le terrain.",
    ],
    "r19": [
        "Le directeur a relevé que la plupart des suspects interpellés l'an passé s'étaient radicalisés en ligne, "
        "souvent en quelques mois, sans contact physique avec une organisation.",
        "Il a appelé à renforcer la prévention dans les quartiers et les établissements scolaires, en lien avec "
        "les associations et les familles.",
    ],
    "r20": [
        "Selon le chercheur, la plupart des revenants ont été jugés à leur retour, tandis que le sort des femmes "
        "et des enfants restés dans les camps reste le dossier le plus sensible.",
        "Il plaide pour une politique de réintégration mieux dotée et suivie dans la durée.",
    ],
    "r21": [
        "Les perquisitions ont permis de saisir des équipements électroniques et des manuscrits glorifiant "
        "l'organisation terroriste.",
        "Les mis en cause ont été placés en garde à vue sous la supervision du parquet chargé des affaires de "
        "terrorisme.",
    ],
    "r22": [
        "Plusieurs élus ont interpellé le gouvernement sur la prise en charge des familles rapatriées et sur la "
        "prévention de la radicalisation chez les jeunes.",
    ],
    "r23": [
        "Officials stressed that most of the recent cells had been detected at the planning stage, before any "
        "weapons or explosives could be obtained.",
        "They also warned that online propaganda continued to draw young recruits who had no previous contact with "
        "extremist groups.",
    ],
    "r24": [
        "The report also highlighted the kingdom's programmes to retrain imams and its deradicalisation effort in "
        "prisons.",
        "It noted, however, that the threat from groups active in the Sahel remained a concern for the region.",
    ],
    "r25": [
        "Many of the women followed husbands or brothers, Haddaoui explained, and some were widowed within "
        "months of arriving.",
        "Their children, born in the conflict zone, often lack any civil status document, which complicates every "
        "attempt at repatriation.",
        "Families in the north of the kingdom have formed a committee to press the authorities for answers.",
    ],
    "r26": [
        "The ministry said most of those arrested had been radicalised online and were detained before they could "
        "acquire weapons.",
        "It renewed its call on families to report sudden changes in the behaviour of young relatives.",
    ],
    "r27": [
        "Searches of the suspects' homes turned up electronic devices and extremist literature, the official added.",
        "The investigation is being carried out under the supervision of the public prosecutor in charge of "
        "terrorism cases.",
    ],
    "r28": [
        "Our tally is based on the communiqués published by the security services and relayed by the state news "
        "agency.",
        "Most of the cells announced this year were small groups of young men radicalised online.",
    ],
    "r29": [
        "Rights groups say the families of those still abroad have waited years for news, and some have never "
        "received official confirmation of a death.",
        "The ministry says each case is handled individually and that children are treated first and foremost as "
        "victims.",
        "Lawyers for several returnees argue that rehabilitation programmes should start in prison rather than "
        "after release.",
    ],
    "r30": [
        "The director general reviewed the force's modernisation plan, from digital identity cards to new forensic "
        "laboratories.",
        "He said the fight against terrorism would remain a priority during the major sporting events the kingdom "
        "is preparing to host.",
    ],
}


# ================================================================ Arabic


def r01():
    pub, outlet = "2025-05-16", "منصة الضفتين"
    title = "في ذكرى تفجيرات الدار البيضاء: حصيلة أمنية ثقيلة"
    s1 = (
        "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد تمكنت المصالح الأمنية من تفكيك 218 خلية "
        "إرهابية منذ سنة 2002."
    )
    s2 = "كما جرى توقيف أزيد من 4500 شخص في قضايا ذات صلة بالإرهاب، وإحباط ما يزيد عن 500 مخطط تخريبي خلال الفترة ذاتها."
    body = [
        para(
            "يستعيد المغاربة اليوم ذكرى تفجيرات 16 ماي 2003 التي خلفت 45 قتيلا في قلب الدار البيضاء.",
            "ومنذ ذلك التاريخ تغيرت مقاربة الدولة في التعامل مع التهديد الإرهابي.",
        ),
        s1,
        s2,
        "ويرى متتبعون أن هذه الأرقام تعكس نجاعة المقاربة الاستباقية التي تعتمدها الأجهزة المغربية منذ سنوات.",
    ]
    side = ["الرجاء يفوز على ضيفه 3-0", "ارتفاع أسعار الطماطم إلى 12 درهما"]
    body = body + EXTRA["r01"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 218, "218", s1, since("2002", pub, "منذ سنة 2002"), dgst),
        C("persons_arrested", 4500, "4500", s2, since("2002", pub, "خلال الفترة ذاتها"), dgst, q="more_than",
          qt="أزيد من"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة ذاتها"), dgst, q="more_than",
          qt="ما يزيد عن"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-0", "sidebar: football score"), T("12 درهما", "sidebar: price"),
             T("16 ماي 2003", "a date"), T("45 قتيلا", "victims of the 2003 attacks, not a metric of the record")]  # fmt: skip
    return spec("r01", "aggregator", "ar", text, meta(title, outlet, "Minassat Addiffatayn", pub, fictional=True),
                claims, traps, summary="anniversary piece relaying DGST data: 218 cells since 2002, then a list of "
                "two figures sharing 'خلال الفترة ذاتها' (arrests, plots); victims of 2003 and the date are traps")  # fmt: skip


def r02():
    pub = "2025-03-11"
    title = "توقيف متطرفين بسلا والقنيطرة"
    s1 = (
        "أوقفت عناصر المكتب المركزي للأبحاث القضائية يوم الإثنين ثلاثة متطرفين ينشطون بمدينتي سلا والقنيطرة، "
        "وفق بلاغ للمديرية العامة لمراقبة التراب الوطني."
    )
    body = [
        s1,
        "ويتراوح عمر المشتبه فيهم بين 22 و29 سنة، وكان أحدهم يخطط لاستهداف منشأة حيوية.",
        "وأشار البلاغ إلى أن العملية جاءت ثمرة تنسيق وثيق مع مكتب التحقيقات الفيدرالي بالولايات المتحدة.",
        "ودعت المديرية المواطنين إلى الإبلاغ عن كل نشاط مشبوه عبر الرقم الأخضر 0800009000.",
    ]
    body = body + EXTRA["r02"]
    text = wordpress("ar", "أصداء الغرب", "الرئيسية » حوادث", title, "آخر تحديث: الثلاثاء 11 مارس 2025", body,
                     ["افتتاح 4 أسواق نموذجية بالقنيطرة"])  # fmt: skip
    claims = [C("persons_arrested", 3, "ثلاثة", s1, event(pub, "يوم الإثنين"),
                A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني"))]  # fmt: skip
    traps = [T("بين 22 و29 سنة", "ages"), T("0800009000", "hotline number"), T("4 أسواق", "related headline")]
    return spec("r02", "wordpress", "ar", text, meta(title, "أصداء الغرب", "Asdae Algharb", pub, fictional=True),
                claims, traps, partners=["US"], summary="a DGST communiqué named after the clause; the arrests as "
                "a number word on a named weekday; partner United States; ages, hotline number")  # fmt: skip


def r03():
    pub = "2025-03-20"
    title = "عشر سنوات على إحداث المكتب المركزي للأبحاث القضائية"
    s1 = (
        "وقال مدير المكتب المركزي للأبحاث القضائية، في تصريح صحفي بمقر المكتب بسلا، إن مصالحه فككت 101 خلية "
        "إرهابية منذ إحداثه في مارس 2015."
    )
    s2 = "وأوضح المسؤول الأمني أن المكتب فكك 21 خلية سنة 2015 و19 خلية سنة 2016."
    s3 = "وأشار إلى توقيف أزيد من 1400 شخص منذ إحداث المكتب، بينهم 18 امرأة و35 قاصرا."
    body = [
        "يحتفي المكتب المركزي للأبحاث القضائية هذا الأسبوع بمرور 10 سنوات على إحداثه.",
        s1,
        s2,
        s3,
        "وقضت المحاكم في حق عدد من المتابعين بعقوبات تصل إلى 20 سنة سجنا نافذا.",
    ]
    body = body + EXTRA["r03"]
    text = clean(title, "الشروق المغربي | الخميس 20 مارس 2025", body)
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")
    b2 = A("BCIJ", "المسؤول الأمني")
    p15 = "منذ إحداث المكتب"
    claims = [
        C("cells_dismantled", 101, "101", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij),
        C("cells_dismantled", 21, "21", s2, yr("2015", "سنة 2015"), b2),
        C("cells_dismantled", 19, "19", s2, yr("2016", "سنة 2016"), b2),
        C(
            "persons_arrested",
            1400,
            "1400",
            s3,
            since("2015-03", pub, p15),
            bcij,
            q="more_than",
            qt="أزيد من",
        ),
        C("persons_arrested", 18, "18", s3, since("2015-03", pub, p15), bcij, subset="women"),
        C("persons_arrested", 35, "35", s3, since("2015-03", pub, p15), bcij, subset="minors"),
    ]
    traps = [T("10 سنوات", "duration since the creation"), T("20 سنة سجنا", "prison term")]
    return spec("r03", "clean", "ar", text, meta(title, "الشروق المغربي", "Achourouq Almaghribi", pub,
                fictional=True), claims, traps, summary="the BCIJ director (title): 101 cells since March 2015, a "
                "list of two yearly figures sharing the noun, arrests with women and minors; prison term")  # fmt: skip


def r04():
    pub = "2025-09-12"
    title = "المغرب يواصل تجفيف منابع التطرف"
    s1 = (
        "وأفادت معطيات رسمية صادرة عن المديرية العامة لمراقبة التراب الوطني بأن أزيد من 4600 شخص أوقفوا في "
        "قضايا الإرهاب منذ سنة 2002."
    )
    s2 = "ومن بين هؤلاء أكثر من 300 من ذوي السوابق القضائية، حسب المصدر ذاته."
    body = [
        s1,
        s2,
        "وفي المقابل، تشير تقديرات إلى أن تونس وحدها صدّرت نحو 3000 مقاتل إلى بؤر التوتر.",
        "ويعاقب القانون رقم 03.03 على الإشادة بالأفعال الإرهابية.",
    ]
    body = body + EXTRA["r04"]
    text = html("ar", title, "الأطلس اليوم", pub, body, jsonld=False, aside=["طنجة تستقبل 5 ملايين سائح"])
    dgst = A("DGST", "معطيات رسمية صادرة عن المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 4600, "4600", s1, since("2002", pub, "منذ سنة 2002"), dgst, q="more_than",
          qt="أزيد من"),
        C("persons_arrested", 300, "300", s2, since("2002", pub, None), A("DGST", "المصدر ذاته"), q="more_than",
          qt="أكثر من", subset="with_criminal_record"),
    ]  # fmt: skip
    traps = [T("نحو 3000 مقاتل", "another country's figure (Tunisia)"), T("03.03", "law number"),
             T("5 ملايين", "aside headline")]  # fmt: skip
    return spec("r04", "html", "ar", text, meta(title, "الأطلس اليوم", "Alatlas Alyawm", pub, fictional=True),
                claims, traps, not_partners=[NP("TN", "تونس", "another country's figure, not a partner")],
                summary="DGST data: more than 4600 arrested since 2002 and a part of them with a criminal record "
                "(period of the previous sentence); Tunisia's figure is a trap; time tag alone")  # fmt: skip


def r05():
    pub, outlet = "2025-04-08", "دليل الخبر"
    title = "وزير الداخلية أمام النواب: ملف المقاتلين المغاربة"
    s1 = (
        "وكشف وزير الداخلية، خلال جلسة الأسئلة الشفهية بمجلس النواب، أن 1665 مغربيا التحقوا بالتنظيمات "
        "الإرهابية في سوريا والعراق، من بينهم 292 امرأة و390 قاصرا."
    )
    s2 = "وأضاف الوزير أن 750 منهم لقوا حتفهم في ساحات القتال."
    body = [
        s1,
        s2,
        "ويتابع العائدون طبقا لمقتضيات القانون رقم 86.14 المتعلق بمكافحة الإرهاب.",
    ]
    side = ["المنتخب يصعد إلى المركز 12 عالميا", "حريق يتلف 3 هكتارات من الغابة"]
    body = body + EXTRA["r05"]
    text = aggregator("ar", side, title, outlet, pub, body)
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("fighters_joined", 1665, "1665", s1, cumul(pub), moi, subset="syria_iraq_linked"),
        C("fighters_joined", 292, "292", s1, cumul(pub), moi, subset="women"),
        C("fighters_joined", 390, "390", s1, cumul(pub), moi, subset="minors"),
        C("fighters_killed", 750, "750", s2, cumul(pub), A("MOI", "الوزير")),
    ]
    traps = [SIDEBAR_RULE, T("86.14", "law number"), T("المركز 12", "sidebar"), T("3 هكتارات", "sidebar")]
    return spec("r05", "aggregator", "ar", text, meta(title, outlet, "Dalil Alkhabar", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="the interior minister in parliament (MOI): 1665 fighters with women and minors in one list, "
                "'وأضاف الوزير' carries the speaker to the killed (a part 'منهم', no zone); law number, sidebar")  # fmt: skip


def r06():
    pub = "2025-06-24"
    title = "تقرير برلماني يرصد وضعية العائدين من بؤر التوتر"
    s1 = (
        "وأورد تقرير لجنة الخارجية بمجلس النواب أن 284 مقاتلا عادوا إلى المغرب، توزعوا بين 241 عائدا من "
        "سوريا و38 من العراق."
    )
    s2 = "ولا يزال 250 مغربيا محتجزين في مخيمات شمال شرق سوريا، حسب التقرير ذاته."
    body = [
        "عقدت لجنة الشؤون الخارجية بمجلس النواب اجتماعها رقم 27 لمناقشة تقرير المهمة الاستطلاعية.",
        s1,
        s2,
        "وأوصى التقرير بإحداث خلية من 15 خبيرا لمواكبة إدماج الأطفال العائدين.",
    ]
    body = body + EXTRA["r06"]
    text = wordpress("ar", "البرلمان 24", "الرئيسية » برلمان", title, "24 يونيو 2025 | 10:45", body,
                     ["مجلس المستشارين يصادق على 6 مشاريع قوانين"])  # fmt: skip
    parl = A("PARLIAMENT", "تقرير لجنة الخارجية بمجلس النواب")
    claims = [
        C("returnees", 284, "284", s1, cumul(pub), parl),
        C("returnees", 241, "241", s1, cumul(pub), parl, subset="syria"),
        C("returnees", 38, "38", s1, cumul(pub), parl, subset="iraq"),
        C(
            "fighters_detained_abroad",
            250,
            "250",
            s2,
            cumul(pub),
            A("PARLIAMENT", "التقرير ذاته"),
            subset="syria",
        ),
    ]
    traps = [T("رقم 27", "meeting number"), T("15 خبيرا", "staff of a proposed unit"), T("10:45", "time of day"),
             T("6 مشاريع", "related headline")]  # fmt: skip
    return spec("r06", "wordpress", "ar", text, meta(title, "البرلمان 24", "Albarlamane 24", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="a parliamentary report (PARLIAMENT): 284 returnees split into 241 from Syria and 38 from "
                "Iraq = 279 (planted); 250 held in Syrian camps (syria)")  # fmt: skip


def r07():
    pub = "2025-12-02"
    title = "دراسة: التهديد الإرهابي يتراجع لكنه لم يختف"
    s1 = (
        "وتقدّر الدراسة، التي أعدها الباحث في الجماعات المتطرفة عادل المرنيسي، أن المغرب فكك نحو 45 خلية "
        "خلال السنوات الخمس الأخيرة."
    )
    s2 = "وتضيف أن ما لا يقل عن 1000 شخص أوقفوا بين سنتي 2015 و2020."
    body = [
        "أصدر مركز الدراسات الأمنية بفاس دراسة جديدة حول تحولات الظاهرة الإرهابية بالمغرب.",
        s1,
        s2,
        "وتقارن الدراسة التجربة المغربية بتجربة الجزائر، التي لم تنشر حصيلة مماثلة.",
        "وعلى المستوى العالمي، تحصي الدراسة أزيد من 40 ألف مقاتل أجنبي التحقوا بداعش.",
    ]
    body = body + EXTRA["r07"]
    text = clean(title, "مدار الأخبار - 2 دجنبر 2025", body)
    an = A("analyst", "الباحث في الجماعات المتطرفة", "عادل المرنيسي")
    claims = [
        C("cells_dismantled", 45, "45", s1, lastn(5, pub, "خلال السنوات الخمس الأخيرة"), an, q="about", qt="نحو"),
        C("persons_arrested", 1000, "1000", s2, rng("2015", "2020", "بين سنتي 2015 و2020"), an, q="at_least",
          qt="ما لا يقل عن"),
    ]  # fmt: skip
    traps = [T("40 ألف مقاتل", "a world figure")]
    return spec("r07", "clean", "ar", text, meta(title, "مدار الأخبار", "Madar Alakhbar", pub, fictional=True),
                claims, traps, not_partners=[NP("DZ", "الجزائر", "a contrasting model, not a partner")],
                summary="a named researcher (analyst): about 45 cells in the last five years, at least 1000 "
                "arrested between 2015 and 2020; world figure; Algeria mentioned")  # fmt: skip


def r08():
    pub = "2026-02-10"
    title = "المقاربة الأمنية المغربية تحت المجهر"
    s1 = "فقد فككت الأجهزة الأمنية المغربية ٢١٨ خلية إرهابية منذ سنة ٢٠٠٢."
    s2 = "وأحبطت في الفترة نفسها أكثر من ٥٠٠ مخطط كان يستهدف منشآت ومواقع حساسة."
    body = [
        "تحظى التجربة المغربية في مكافحة الإرهاب باهتمام متزايد لدى الشركاء الأوروبيين.",
        s1,
        s2,
        "وأسهم تبادل المعلومات مع إسبانيا وفرنسا في إحباط اعتداءات على أراضي البلدين.",
        "وتستعد المملكة لتأمين تظاهرة كأس العالم ٢٠٣٠ بتنسيق ثلاثي.",
    ]
    body = body + EXTRA["r08"]
    text = html("ar", title, "نافذة المغرب", pub, body, time_tag=False, aside=["١٠ أسئلة حول قانون المالية"])
    claims = [
        C("cells_dismantled", 218, "٢١٨", s1, since("2002", pub, "منذ سنة ٢٠٠٢"), A("unspecified")),
        C("plots_foiled", 500, "٥٠٠", s2, since("2002", pub, "في الفترة نفسها"), A("unspecified"), q="more_than",
          qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("٢٠٣٠", "a year (World Cup)"), T("١٠ أسئلة", "aside headline")]
    return spec("r08", "html", "ar", text, meta(title, "نافذة المغرب", "Nafidat Almaghrib", pub, fictional=True),
                claims, traps, partners=["ES", "FR"], summary="the outlet's own count in Arabic-Indic digits: ٢١٨ "
                "cells since ٢٠٠٢, stale after 221 (planted), and more than ٥٠٠ plots 'في الفترة نفسها'; partners "
                "Spain and France; JSON-LD alone")  # fmt: skip


def r09():
    pub, outlet = "2025-07-15", "الناظور بريس"
    title = "توقيف عناصر موالية لداعش بالناظور"
    s1 = (
        "وأوقفت مصالح الأمن يوم الإثنين أربعة عناصر موالية لتنظيم داعش بمدينة الناظور، حسب بلاغ للمديرية "
        "العامة للأمن الوطني."
    )
    body = [
        s1,
        "وجرت العملية بتنسيق مع الشرطة الوطنية الإسبانية التي رصدت اتصالات المشتبه فيهم.",
        "وتبلغ أعمار الموقوفين 19 و23 و27 و34 سنة، وكان أحدهم ينوي السفر إلى مالي.",
    ]
    side = ["انقطاع الماء عن 7 أحياء بالناظور", "الحسيمة: إنقاذ 14 مهاجرا"]
    body = body + EXTRA["r09"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 4, "أربعة", s1, event(pub, "يوم الإثنين"),
                A("DGSN", "بلاغ للمديرية العامة للأمن الوطني"))]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("19 و23 و27 و34 سنة", "ages"),
        T("7 أحياء", "sidebar"),
        T("14 مهاجرا", "sidebar"),
    ]
    return spec("r09", "aggregator", "ar", text, meta(title, outlet, "Nador Press", pub, fictional=True), claims,
                traps, partners=["ES"], not_partners=[NP("ML", "مالي", "a destination, not a partner")],
                summary="a DGSN communiqué after the clause: four arrested on Monday; partner Spain, Mali "
                "mentioned; a list of ages")  # fmt: skip


def r10():
    pub = "2025-10-20"
    title = "البسيج: حصيلة مرحلية لمكافحة الإرهاب"
    s1 = (
        "وأكد مدير المكتب المركزي للأبحاث القضائية، في تصريح لوكالة المغرب العربي للأنباء، أن المكتب فكك 14 "
        "خلية إرهابية منذ بداية السنة الجارية."
    )
    s2 = "وأوقف المكتب خلال الفترة نفسها 57 شخصا، بينهم ثلاث نساء، يشتبه في ارتباطهم بتنظيمات متطرفة."
    body = [
        s1,
        s2,
        "وأوضح المسؤول أن المكتب يشغل حاليا 250 محققا متخصصا.",
    ]
    body = body + EXTRA["r10"]
    text = wordpress("ar", "سلا سيتي", "الرئيسية » أمن", title, "بقلم هيئة التحرير - 20 أكتوبر 2025", body,
                     ["سلا: تدشين 3 ملاعب للقرب"])  # fmt: skip
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 14, "14", s1, ytd(pub, "منذ بداية السنة الجارية"), bcij),
        C("persons_arrested", 57, "57", s2, ytd(pub, "خلال الفترة نفسها"), A("BCIJ", "المكتب")),
        C(
            "persons_arrested",
            3,
            "ثلاث",
            s2,
            ytd(pub, "خلال الفترة نفسها"),
            A("BCIJ", "المكتب"),
            subset="women",
        ),
    ]
    traps = [T("250 محققا", "staff numbers"), T("3 ملاعب", "related headline")]
    return spec("r10", "wordpress", "ar", text, meta(title, "سلا سيتي", "Sala City", pub, fictional=True), claims,
                traps, summary="the BCIJ director to the state agency (BCIJ, not the agency): 14 cells since the "
                "start of 2025 (more than the 12 he gives for the whole year: planted) and 57 arrests in the same "
                "period, three of them women (feminine number word 'ثلاث'); staff numbers")  # fmt: skip


def r11():
    pub = "2026-01-05"
    title = "الحصيلة السنوية للمديرية العامة للأمن الوطني"
    s1 = "وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني بأن 73 شخصا أوقفوا في قضايا الإرهاب خلال السنة الماضية."
    s2 = "ونفذت مصالح المديرية 9 عمليات مشتركة مع نظيراتها في إسبانيا وألمانيا خلال سنة 2025."
    body = [
        s1,
        s2,
        "وعززت المديرية صفوفها بتوظيف 7500 شرطي جديد، ودعت إلى استعمال الرقم 19 عند الضرورة.",
    ]
    body = body + EXTRA["r11"]
    text = clean(title, "الرباط 24 — 5 يناير 2026", body)
    dgsn = A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")
    claims = [
        C("persons_arrested", 73, "73", s1, yr("2025", "خلال السنة الماضية"), dgsn),
        C("joint_operations", 9, "9", s2, yr("2025", "خلال سنة 2025"), A("DGSN", "مصالح المديرية")),
    ]
    traps = [T("7500 شرطي", "staff numbers"), T("الرقم 19", "emergency phone number")]
    return spec("r11", "clean", "ar", text, meta(title, "الرباط 24", "Rabat 24", pub, fictional=True), claims, traps, partners=["ES", "DE"], summary="the DGSN's annual review: 73 "
                "arrested 'السنة الماضية' = 2025 (against the ministry's 81: planted), 9 joint operations with "
                "partners Spain and Germany; staff, emergency number")  # fmt: skip


def r12():
    pub = "2026-04-22"
    title = "الناطق الرسمي باسم الحكومة: اليقظة الأمنية مستمرة"
    s1 = (
        "وأوضح الناطق الرسمي باسم الحكومة، في الندوة التي أعقبت اجتماع المجلس، أن المصالح المختصة فككت 36 "
        "خلية إرهابية وأحبطت نحو 40 مخططا خلال السنوات الثلاث الأخيرة."
    )
    body = [
        s1,
        "وأشاد المسؤول الحكومي بتبادل المعلومات الاستخباراتية مع الولايات المتحدة.",
        "وصادق المجلس على مشروع المرسوم رقم 2.26.145 وعلى تعيين 8 مسؤولين جدد.",
    ]
    body = body + EXTRA["r12"]
    text = html("ar", title, "صوت الرباط", pub, body, aside=["تأجيل مباراة الديربي إلى 30 أبريل"])
    gov = A("GOV", "الناطق الرسمي باسم الحكومة")
    period = lastn(3, pub, "خلال السنوات الثلاث الأخيرة")
    claims = [
        C("cells_dismantled", 36, "36", s1, period, gov),
        C("plots_foiled", 40, "40", s1, period, gov, q="about", qt="نحو"),
    ]
    traps = [T("2.26.145", "decree number"), T("8 مسؤولين", "appointments"), T("30 أبريل", "aside: a date")]
    return spec("r12", "html", "ar", text, meta(title, "صوت الرباط", "Sawt Arribat", pub, fictional=True), claims,
                traps, partners=["US"], summary="the government spokesman (GOV): two figures sharing one period "
                "'خلال السنوات الثلاث الأخيرة' (36 cells, about 40 plots); partner United States; decree number; "
                "time tag and JSON-LD")  # fmt: skip


# ================================================================ French


def r13():
    pub, outlet = "2025-06-05", "Maghreb Flash Info"
    title = "Antiterrorisme : le Maroc maintient la pression"
    s1 = "Plus de 210 cellules terroristes ont été démantelées au Maroc depuis 2002, selon des sources sécuritaires."
    body = [
        s1,
        "Nombre de ces structures entretenaient des liens avec des recruteurs installés en Syrie.",
        "Les peines prononcées dans ces dossiers vont de 2 à 30 ans de prison.",
    ]
    side = ["Botola : le WAC s'impose 2-1", "Le prix du litre de gasoil à 11,20 dirhams"]
    body = body + EXTRA["r13"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"),
                A("official_unspecified", "des sources sécuritaires"), q="more_than", qt="Plus de")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-1", "sidebar: football score"), T("11,20 dirhams", "sidebar: price"),
             T("de 2 à 30 ans de prison", "prison terms")]  # fmt: skip
    return spec("r13", "aggregator", "fr", text, meta(title, outlet, "Maghreb Flash Info", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone")], summary="source after the "
                "clause ('selon des sources sécuritaires'): more than 210 cells since 2002; prison terms, sidebar")  # fmt: skip


def r14():
    pub = "2025-02-27"
    title = "Coup de filet antiterroriste dans l'Oriental"
    s1 = (
        "Douze individus, dont deux femmes, ont été interpellés jeudi à Oujda, Berkane et Taourirt, a annoncé la "
        "DGST dans un communiqué."
    )
    body = [
        s1,
        "L'opération a été menée en étroite coordination avec la DGSI française, précise le texte.",
        "Les suspects, âgés de 18 à 41 ans, seront présentés au parquet.",
        "Communiqué n° 31/2025 - Standard : 05 37 57 19 19",
    ]
    body = body + EXTRA["r14"]
    text = wordpress("fr", "Oriental Actu", "Accueil » Sécurité", title, "Publié le jeudi 27 février 2025 à 18h05",
                     body, ["Berkane : 9 nouvelles classes ouvertes"])  # fmt: skip
    dgst = A("DGST", "la DGST dans un communiqué")
    claims = [
        C("persons_arrested", 12, "Douze", s1, event(pub, "jeudi"), dgst),
        C("persons_arrested", 2, "deux", s1, event(pub, "jeudi"), dgst, subset="women"),
    ]
    traps = [T("âgés de 18 à 41 ans", "ages"), T("31/2025", "communiqué reference number"),
             T("05 37 57 19 19", "phone number"), T("9 nouvelles classes", "related headline")]  # fmt: skip
    return spec("r14", "wordpress", "fr", text, meta(title, "Oriental Actu", "Oriental Actu", pub, fictional=True),
                claims, traps, partners=["FR"], summary="number words ('Douze', 'dont deux femmes') on the byline's "
                "weekday, the DGST named after the clause; partner France; footer reference and phone")  # fmt: skip


def r15():
    pub = "2025-10-14"
    title = "Le BCIJ dresse le bilan de son action"
    s1 = (
        "Le directeur du Bureau central d'investigations judiciaires a affirmé que ses équipes avaient "
        "démantelé 97 cellules depuis la création du BCIJ en mars 2015, dont 86 liées à Daech."
    )
    body = [
        "Invité d'une conférence organisée à Rabat, le patron de l'antiterrorisme a défendu l'approche préventive.",
        s1,
        "Les condamnés dans ces affaires purgent des peines allant de 5 à 15 ans.",
    ]
    body = body + EXTRA["r15"]
    text = clean(title, "L'Opinion du Bouregreg, mardi 14 octobre 2025", body)
    bcij = A("BCIJ", "Le directeur du Bureau central d'investigations judiciaires")
    p = since("2015-03", pub, "depuis la création du BCIJ en mars 2015")
    claims = [
        C("cells_dismantled", 97, "97", s1, p, bcij),
        C("cells_dismantled", 86, "86", s1, p, bcij, subset="isis_linked"),
    ]
    traps = [T("de 5 à 15 ans", "prison terms")]
    return spec("r15", "clean", "fr", text, meta(title, "L'Opinion du Bouregreg", "L'Opinion du Bouregreg", pub,
                fictional=True), claims, traps, summary="the BCIJ director (title): 97 cells since March 2015, below "
                "the 101 he gave in March (planted decrease), 86 of them linked to Daech (isis_linked); prison "
                "terms")  # fmt: skip


def r16():
    pub = "2025-08-01"
    title = "Marocains détenus à l'étranger : la réponse de l'Intérieur"
    s1 = (
        "Dans sa réponse écrite, le ministère de l'Intérieur indique qu'au moins 250 combattants marocains restent "
        "détenus en Syrie et en Irak, ainsi que 130 femmes et près de 600 mineurs."
    )
    body = [
        "La réponse à la question écrite n° 1487 a été publiée sur le site de la Chambre des représentants.",
        s1,
        "Les personnes rapatriées sont poursuivies en vertu de la loi 86-14.",
    ]
    body = body + EXTRA["r16"]
    text = html("fr", title, "Le Courrier de Rabat", pub, body, jsonld=False)
    moi = A("MOI", "le ministère de l'Intérieur")
    claims = [
        C("fighters_detained_abroad", 250, "250", s1, cumul(pub), moi, q="at_least", qt="au moins"),
        C("fighters_detained_abroad", 130, "130", s1, cumul(pub), moi, subset="women"),
        C(
            "fighters_detained_abroad",
            600,
            "600",
            s1,
            cumul(pub),
            moi,
            q="about",
            qt="près de",
            subset="minors",
        ),
    ]
    traps = [T("n° 1487", "written question number"), T("86-14", "law number")]
    return spec("r16", "html", "fr", text, meta(title, "Le Courrier de Rabat", "Le Courrier de Rabat", pub,
                fictional=True), claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone"),
                NP("IQ", "Irak", "conflict zone")], summary="the ministry's written answer (MOI): at least 250 held "
                "in Syria and Iraq together (no zone), women and minors 'ainsi que' (not parts) with their own qualifiers; question and "
                "law numbers; time tag alone")  # fmt: skip


def r17():
    pub, outlet = "2025-12-09", "Actu Maghreb Express"
    title = "Terrorisme : un rapport européen scrute le cas marocain"
    s1 = (
        "Selon un rapport d'un centre de recherche bruxellois, 46 000 personnes ont été arrêtées au Maroc depuis "
        "2002 dans des affaires liées au terrorisme."
    )
    body = [
        s1,
        "Le même document rappelle que la Belgique avait vu partir quelque 500 de ses ressortissants vers la Syrie.",
        "Le rapport compte 120 pages.",
    ]
    side = ["Mondial 2030 : 6 stades en chantier", "Marrakech : 3 blessés dans un accident"]
    body = body + EXTRA["r17"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 46000, "46 000", s1, since("2002", pub, "depuis 2002"),
                A("analyst", "un rapport d'un centre de recherche bruxellois"))]  # fmt: skip
    traps = [SIDEBAR_RULE, T("quelque 500", "another country's figure (Belgium)"), T("120 pages", "page count"),
             T("6 stades", "sidebar"), T("3 blessés", "sidebar")]  # fmt: skip
    return spec("r17", "aggregator", "fr", text, meta(title, outlet, "Actu Maghreb Express", pub, fictional=True),
                claims, traps, not_partners=[NP("BE", "Belgique", "another country's figure, not a partner"),
                NP("SY", "Syrie", "conflict zone")], summary="a foreign think tank's report (analyst): 46 000 "
                "arrested since 2002, ten times the DGST's 4600 (planted); Belgium's own figure is a trap")  # fmt: skip


def r18():
    pub = "2025-11-18"
    title = "Combattants marocains : ce que disent les chiffres"
    s1 = (
        "Entre 2011 et 2022, 1 660 Marocains ont quitté le pays pour rejoindre la zone syro-irakienne, "
        "d'après les chiffres du BCIJ."
    )
    s2 = "Parmi eux, 1 060 ont rallié Daech et 747 ont été tués sur place."
    body = [
        s1,
        s2,
        "La plupart avaient transité par la Turquie avant de franchir la frontière.",
    ]
    body = body + EXTRA["r18"]
    text = wordpress("fr", "Le Regard Marocain", "Accueil » Dossiers", title, "18 novembre 2025 - 6 min de lecture",
                     body, ["Les 5 chantiers de la rentrée parlementaire"])  # fmt: skip
    bcij = A("BCIJ", "les chiffres du BCIJ")
    p = rng("2011", "2022", "Entre 2011 et 2022")
    claims = [
        C("fighters_joined", 1660, "1 660", s1, p, bcij, subset="syria_iraq_linked"),
        C("fighters_joined", 1060, "1 060", s2, rng("2011", "2022", None), bcij, subset="isis_linked"),
        C("fighters_killed", 747, "747", s2, rng("2011", "2022", None), bcij),
    ]
    traps = [T("6 min de lecture", "reading time"), T("Les 5 chantiers", "related headline")]
    return spec("r18", "wordpress", "fr", text, meta(title, "Le Regard Marocain", "Le Regard Marocain", pub,
                fictional=True), claims, traps, not_partners=[NP("TR", "Turquie", "a transit country")],
                summary="BCIJ figures after the clause over a range (2011-2022): 1 660 fighters (syria_iraq_linked), "
                "then a list sharing 'Parmi eux' (1 060 with Daech, 747 killed, no zone); Turkey mentioned")  # fmt: skip


def r19():
    pub = "2026-01-13"
    title = "Le BCIJ publie son bilan annuel"
    s1 = "Le BCIJ a démantelé 12 cellules terroristes en 2025, contre 10 en 2024, a déclaré son directeur."
    body = [
        s1,
        "Le Bureau, installé à Salé depuis mars 2015, relève de la DGST.",
        "Plusieurs suspects étaient âgés de moins de 20 ans.",
    ]
    body = body + EXTRA["r19"]
    text = clean(title, "Salé Infos, 13 janvier 2026", body)
    bcij = A("BCIJ", "son directeur")
    claims = [
        C("cells_dismantled", 12, "12", s1, yr("2025", "en 2025"), bcij),
        C("cells_dismantled", 10, "10", s1, yr("2024", "en 2024"), bcij),
    ]
    traps = [T("mars 2015", "the BCIJ's creation date"), T("moins de 20 ans", "ages")]
    return spec("r19", "clean", "fr", text, meta(title, "Salé Infos", "Sale Infos", pub, fictional=True), claims,
                traps, summary="the BCIJ director after the clause: a list sharing the noun (12 cells in 2025, 10 "
                "in 2024); 12 is below the 14 he gave for January-October 2025 (planted)")  # fmt: skip


def r20():
    pub = "2025-09-30"
    title = "Djihadistes marocains : un chercheur fait les comptes"
    s1 = (
        "Près de 1 670 Marocains ont rejoint des groupes armés en Syrie et en Irak, estime Karim Benslimane, "
        "chercheur à l'Institut atlantique d'études stratégiques."
    )
    s2 = "Il évalue à près de 290 le nombre de ceux qui sont rentrés au pays."
    body = [
        s1,
        s2,
        "À titre de comparaison, la Tunisie en aurait fourni près de 3 000.",
    ]
    body = body + EXTRA["r20"]
    text = html("fr", title, "Horizons du Maroc", pub, body, time_tag=False)
    an = A("analyst", "chercheur à l'Institut atlantique d'études stratégiques", "Karim Benslimane")
    claims = [
        C("fighters_joined", 1670, "1 670", s1, cumul(pub), an, q="about", qt="Près de", subset="syria_iraq_linked"),
        C("returnees", 290, "290", s2, cumul(pub), an, q="about", qt="près de"),
    ]  # fmt: skip
    traps = [T("près de 3 000", "another country's figure (Tunisia)")]
    return spec("r20", "html", "fr", text, meta(title, "Horizons du Maroc", "Horizons du Maroc", pub,
                fictional=True), claims, traps, not_partners=[NP("TN", "Tunisie", "another country's figure")],
                summary="a named researcher, source after the clause (analyst): nearly 1 670 fighters, 'Il' carries "
                "him to nearly 290 returnees; Tunisia's figure is a trap; JSON-LD alone")  # fmt: skip


def r21():
    pub, outlet = "2025-04-29", "Tétouan Direct"
    title = "Tétouan : trois extrémistes présumés interpellés"
    s1 = (
        "Trois individus soupçonnés d'allégeance à Daech ont été interpellés mardi à Tétouan et Fnideq, en "
        "coordination avec la police espagnole, a indiqué le BCIJ."
    )
    s2 = "Depuis le début de l'année, cinq cellules ont été démantelées, a précisé le Bureau central."
    body = [s1, "Les suspects sont âgés de 21, 24 et 30 ans.", s2]
    side = ["Fnideq : 2 tonnes de marchandises saisies", "Météo : 35 degrés attendus"]
    body = body + EXTRA["r21"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 3, "Trois", s1, event(pub, "mardi"), A("BCIJ", "le BCIJ")),
        C(
            "cells_dismantled",
            5,
            "cinq",
            s2,
            ytd(pub, "Depuis le début de l'année"),
            A("BCIJ", "le Bureau central"),
        ),
    ]
    traps = [
        T(
            "trois extrémistes présumés",
            "the title's figure, repeated by the body: the body's sentence is the claim",
        ),
        SIDEBAR_RULE,
        T("21, 24 et 30 ans", "ages"),
        T("2 tonnes", "sidebar"),
        T("35 degrés", "sidebar"),
    ]
    return spec("r21", "aggregator", "fr", text, meta(title, outlet, "Tetouan Direct", pub, fictional=True), claims,
                traps, partners=["ES"], summary="the operation (number word, weekday) and the year-to-date count "
                "(cinq) from the BCIJ named after each clause; partner Spain; ages, sidebar")  # fmt: skip


def r22():
    pub = "2026-03-17"
    title = "Questions orales : le ministre de l'Intérieur défend le bilan"
    s1 = (
        "Au cours des cinq dernières années, 62 cellules terroristes ont été démantelées, a déclaré le ministre "
        "de l'Intérieur devant les députés."
    )
    s2 = "Pas plus de deux attentats ont frappé le Royaume depuis 2011, a-t-il ajouté."
    s3 = "Un député de l'opposition a pour sa part avancé le chiffre de 70 cellules depuis 2020."
    body = [
        s1,
        s2,
        s3,
        "Le ministre a salué la coopération sécuritaire avec les Pays-Bas, qui a permis plusieurs arrestations.",
    ]
    body = body + EXTRA["r22"]
    text = wordpress("fr", "Hémicycle.ma", "Accueil » Parlement", title, "Mardi 17 mars 2026, 21:40", body,
                     ["Séance plénière : 14 textes adoptés"])  # fmt: skip
    moi = A("MOI", "le ministre de l'Intérieur")
    claims = [
        C("cells_dismantled", 62, "62", s1, lastn(5, pub, "Au cours des cinq dernières années"), moi),
        C("terrorist_attacks", 2, "deux", s2, since("2011", pub, "depuis 2011"), A("MOI", "a-t-il ajouté"),
          q="at_most", qt="Pas plus de"),
        C("cells_dismantled", 70, "70", s3, since("2020", pub, "depuis 2020"), A("PARLIAMENT", "Un député de l'opposition")),
    ]  # fmt: skip
    traps = [T("21:40", "time of day"), T("14 textes", "related headline")]
    return spec("r22", "wordpress", "fr", text, meta(title, "Hémicycle.ma", "Hemicycle.ma", pub, fictional=True),
                claims, traps, partners=["NL"], summary="the interior minister in parliament (MOI): 62 cells in the "
                "last five years, at most two attacks since 2011 ('a-t-il ajouté'); an MP's own 70 since 2020 "
                "(two voices, one metric); partner the Netherlands")  # fmt: skip


# ================================================================ English


def r23():
    pub, outlet = "2025-11-20", "North Africa Newswire"
    title = "DGST says terrorist cell total keeps rising"
    s1 = "Moroccan security services have dismantled 221 terrorist cells since 2002, the DGST said in a statement."
    s2 = "The statement added that more than 500 sabotage plots had been thwarted over the same period."
    body = [
        s1,
        s2,
        "The statement was issued after the arrest of a 26-year-old suspect in Safi.",
    ]
    side = ["AS FAR held 1-1 in Rabat", "Casablanca port handles 2 million containers"]
    body = body + EXTRA["r23"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 221, "221", s1, since("2002", pub, "since 2002"), A("DGST", "the DGST said in a statement")),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "over the same period"), A("DGST", "The statement"),
          q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("26-year-old", "age"), T("1-1", "sidebar: football score"),
             T("2 million containers", "sidebar")]  # fmt: skip
    return spec("r23", "aggregator", "en", text, meta(title, outlet, "North Africa Newswire", pub, fictional=True),
                claims, traps, summary="the DGST statement after the clause: 221 cells since 2002, 'The statement "
                "added' carries it to more than 500 plots 'over the same period'; an age, sidebar")  # fmt: skip


def r24():
    pub = "2025-08-20"
    title = "US report credits Morocco's counterterrorism record"
    s1 = (
        "The US State Department's annual Country Reports on Terrorism said Moroccan authorities arrested "
        "nearly 130 suspects in terrorism cases last year."
    )
    body = [
        s1,
        "The report praised Rabat's close intelligence cooperation with the United States.",
        "It contrasted Morocco with Algeria, which the report said had shared little data.",
        "The report runs to 310 pages and covers 2024.",
    ]
    body = body + EXTRA["r24"]
    text = wordpress("en", "Atlantic Post", "Home » World", title, "August 20, 2025 · 4 min read", body,
                     ["Tangier Med ranks among top 20 ports"])  # fmt: skip
    claims = [C("persons_arrested", 130, "130", s1, yr("2024", "last year"),
                A("analyst", "The US State Department's annual Country Reports on Terrorism"), q="about", qt="nearly")]  # fmt: skip
    traps = [T("310 pages", "page count"), T("4 min read", "reading time"), T("top 20", "related headline")]
    return spec("r24", "wordpress", "en", text, meta(title, "Atlantic Post", "Atlantic Post", pub, fictional=True),
                claims, traps, partners=["US"], not_partners=[NP("DZ", "Algeria", "a contrasting model")],
                summary="a foreign government report (analyst): nearly 130 arrested 'last year' = 2024; partner "
                "United States, Algeria mentioned; page count")  # fmt: skip


def r25():
    pub = "2025-05-28"
    title = "The forgotten women of the caliphate"
    s1 = (
        "At least 290 Moroccan women travelled to Syria and Iraq to live under jihadist rule, according to "
        "Leila Haddaoui, a researcher at the Moroccan Centre for Conflict Studies."
    )
    s2 = "Fewer than 100 of them have come back, she said."
    body = [
        s1,
        s2,
        "Most of those still abroad are in their thirties and have spent more than 6 years in camps.",
    ]
    body = body + EXTRA["r25"]
    text = clean(title, "Casablanca Review | 28 May 2025", body)
    claims = [
        C("fighters_joined", 290, "290", s1, cumul(pub),
          A("analyst", "a researcher at the Moroccan Centre for Conflict Studies", "Leila Haddaoui"), q="at_least",
          qt="At least", subset="women"),
        C("returnees", 100, "100", s2, cumul(pub), A("analyst", "she", "Leila Haddaoui"), q="less_than",
          qt="Fewer than", subset="women"),
    ]  # fmt: skip
    traps = [T("more than 6 years", "a duration")]
    return spec("r25", "clean", "en", text, meta(title, "Casablanca Review", "Casablanca Review", pub,
                fictional=True), claims, traps, not_partners=[NP("SY", "Syria", "conflict zone"),
                NP("IQ", "Iraq", "conflict zone")], summary="a named researcher, source after the clause: at least "
                "290 women (women, no zone), fewer than 100 of them back ('she said'); a duration")  # fmt: skip


def r26():
    pub = "2026-02-03"
    title = "Interior ministry details last year's terrorism arrests"
    s1 = (
        "The interior ministry said 81 people were arrested in terrorism-related cases last year, including "
        "seven foreign nationals."
    )
    body = [
        s1,
        "Several of the arrests followed intelligence shared with Germany, the ministry said.",
        "Suspects are prosecuted under Law 03.03; tips can be sent to 0537 21 44 00.",
    ]
    body = body + EXTRA["r26"]
    text = html("en", title, "Morocco Insight", pub, body)
    moi = A("MOI", "The interior ministry")
    claims = [
        C("persons_arrested", 81, "81", s1, yr("2025", "last year"), moi),
        C("persons_arrested", 7, "seven", s1, yr("2025", "last year"), moi, subset="foreigners"),
    ]
    traps = [T("03.03", "law number"), T("0537 21 44 00", "phone number")]
    return spec("r26", "html", "en", text, meta(title, "Morocco Insight", "Morocco Insight", pub, fictional=True),
                claims, traps, partners=["DE"], summary="the interior ministry: 81 arrested 'last year' = 2025 "
                "(against the DGSN's 73: planted), seven foreigners sharing the period; partner Germany; law "
                "number, phone; time tag and JSON-LD")  # fmt: skip


def r27():
    pub, outlet = "2026-03-10", "Maghreb Wire Today"
    title = "Five suspected militants held near Marrakech"
    s1 = "Five suspected militants were arrested on Sunday in Marrakech and Chichaoua, a senior DGST official said."
    s2 = "The official put the number of people arrested in terrorism cases since 2002 at 4,680."
    body = [s1, s2, "The suspects, aged between 20 and 37, had pledged allegiance online."]
    side = ["Marrakech airport welcomes 1.2 million travellers", "Wydad sign 3 new players"]
    body = body + EXTRA["r27"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 5, "Five", s1, event(pub, "on Sunday"), A("DGST", "a senior DGST official")),
        C("persons_arrested", 4680, "4,680", s2, since("2002", pub, "since 2002"), A("DGST", "The official")),
    ]
    traps = [T("Five suspected militants held", "the title's figure, repeated by the body: the body's sentence is the claim"), SIDEBAR_RULE, T("aged between 20 and 37", "ages"), T("1.2 million", "sidebar"),
             T("3 new players", "sidebar")]  # fmt: skip
    return spec("r27", "aggregator", "en", text, meta(title, outlet, "Maghreb Wire Today", pub, fictional=True),
                claims, traps, summary="a DGST official by title after the clause: the operation (number word, "
                "Sunday) and 4,680 arrested since 2002 ('The official' carries him); ages, sidebar")  # fmt: skip


def r28():
    pub = "2025-07-02"
    title = "Half-year review: a steady tempo of arrests"
    s1 = "By our count, the BCIJ has announced the dismantling of seven cells since January."
    s2 = "He added that joint operations with European services had numbered no more than 15 since 2015."
    body = [
        s1,
        "The largest operation, in March, involved raids in 6 cities.",
        para("Hamid Alaoui, a security analyst, told us the pace was normal.", s2),
    ]
    body = body + EXTRA["r28"]
    text = wordpress("en", "Rabat Monitor", "Home » Analysis", title, "Posted July 2, 2025 by Staff", body,
                     ["10 things to know about the new budget"])  # fmt: skip
    claims = [
        C("cells_dismantled", 7, "seven", s1, ytd(pub, "since January"), A("unspecified")),
        C("joint_operations", 15, "15", s2, since("2015", pub, "since 2015"), A("analyst", "a security analyst",
          "Hamid Alaoui"), q="at_most", qt="no more than"),
    ]  # fmt: skip
    traps = [T("6 cities", "a count of cities"), T("10 things", "related headline")]
    return spec("r28", "wordpress", "en", text, meta(title, "Rabat Monitor", "Rabat Monitor", pub, fictional=True),
                claims, traps, summary="the outlet's own count ('By our count', unspecified): seven cells since "
                "January; the speaker of the previous sentence ('He added') gives at most 15 joint operations "
                "since 2015")  # fmt: skip


def r29():
    pub = "2025-10-07"
    title = "What happened to Morocco's returning jihadists"
    s1 = "Of those who came back, 230 were arrested on arrival and referred to the courts, the interior ministry said."
    s2 = "Between 2013 and 2017, nearly 1,600 Moroccans left for Syria and Iraq, according to ministry figures."
    body = [
        s2,
        s1,
        "Convicted returnees have received sentences of up to 15 years.",
    ]
    body = body + EXTRA["r29"]
    text = clean(title, "The Moroccan Observer - October 7, 2025", body)
    claims = [
        C("fighters_joined", 1600, "1,600", s2, rng("2013", "2017", "Between 2013 and 2017"),
          A("MOI", "ministry figures"), q="about", qt="nearly", subset="syria_iraq_linked"),
        C("returnees_arrested", 230, "230", s1, cumul(pub), A("MOI", "the interior ministry")),
    ]  # fmt: skip
    traps = [T("up to 15 years", "prison term")]
    return spec("r29", "clean", "en", text, meta(title, "The Moroccan Observer", "The Moroccan Observer", pub,
                fictional=True), claims, traps, not_partners=[NP("SY", "Syria", "conflict zone"),
                NP("IQ", "Iraq", "conflict zone")], summary="ministry figures after the clause: nearly 1,600 left "
                "between 2013 and 2017 (range), 230 returnees arrested on arrival; prison term")  # fmt: skip


def r30():
    pub = "2026-05-18"
    title = "National police mark 70th anniversary with security review"
    s1 = (
        "Since the start of the year, DGSN units working alongside the DGST have dismantled three terrorist "
        "cells, the national police said on its anniversary."
    )
    body = [
        "The DGSN celebrated its 70th anniversary on Saturday with a ceremony in Rabat.",
        s1,
        "Officials thanked their Dutch and Belgian counterparts for joint investigations that led to arrests.",
    ]
    body = body + EXTRA["r30"]
    text = html("en", title, "Kingdom Ledger", pub, body, jsonld=False, aside=["Rabat hosts 40 delegations"])
    claims = [C("cells_dismantled", 3, "three", s1, ytd(pub, "Since the start of the year"),
                A("DGSN", "the national police"))]  # fmt: skip
    traps = [T("70th anniversary", "anniversary ordinal"), T("40 delegations", "aside headline")]
    return spec("r30", "html", "en", text, meta(title, "Kingdom Ledger", "Kingdom Ledger", pub, fictional=True),
                claims, traps, partners=["NL", "BE"], summary="the DGSN (not the DGST it works with): three cells "
                "since the start of 2026; partners the Netherlands and Belgium by adjective; anniversary ordinal; "
                "time tag alone")  # fmt: skip


ARTICLES = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20,
            r21, r22, r23, r24, r25, r26, r27, r28, r29, r30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "b11-stale", "kind": "stale_figure",
     "refs": [("r01", "cells_dismantled", 218), ("r23", "cells_dismantled", 221), ("r08", "cells_dismantled", 218)],
     "explanation": "cells dismantled since 2002: 218 (DGST data, May 2025), 221 (DGST statement, November 2025); "
                    "an outlet's own count repeats 218 in February 2026"},
    {"id": "b11-decrease", "kind": "cumulative_decrease",
     "refs": [("r03", "cells_dismantled", 101), ("r15", "cells_dismantled", 97)],
     "explanation": "BCIJ cells since March 2015: 101 (its director, March 2025) then 97 (its director, October 2025)"},
    {"id": "b11-arithmetic", "kind": "internal_arithmetic",
     "refs": [("r06", "returnees", 284), ("r06", "returnees", 241, "syria"), ("r06", "returnees", 38, "iraq")],
     "explanation": "284 returnees said to be split into 241 from Syria and 38 from Iraq = 279, not 284"},
    {"id": "b11-implausible", "kind": "implausible_value",
     "refs": [("r04", "persons_arrested", 4600), ("r17", "persons_arrested", 46000)],
     "explanation": "46000 people arrested since 2002 (a foreign report), ten times the more than 4600 of the DGST"},
    {"id": "b11-partial", "kind": "partial_exceeds_whole",
     "refs": [("r10", "cells_dismantled", 14), ("r19", "cells_dismantled", 12)],
     "explanation": "the BCIJ dismantled 14 cells from January to October 2025, then 12 for the whole of 2025"},
    {"id": "b11-disagree", "kind": "same_period_disagreement",
     "refs": [("r11", "persons_arrested", 73), ("r26", "persons_arrested", 81)],
     "explanation": "people arrested in 2025: 73 (DGSN annual review, 'السنة الماضية', January 2026) against 81 "
                    "(interior ministry, 'last year', February 2026)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("r01", "cells_dismantled", 218), ("r13", "cells_dismantled", 210)],
     "reason": "218 cells since 2002 (DGST data, May 2025) and 'plus de 210' (security sources, June 2025) agree"},
    {"refs": [("r04", "persons_arrested", 4600), ("r27", "persons_arrested", 4680)],
     "reason": "more than 4600 arrested since 2002 (September 2025), then 4,680 (March 2026): a total that rises"},
    {"refs": [("r05", "fighters_joined", 1665, "syria_iraq_linked"),
              ("r20", "fighters_joined", 1670, "syria_iraq_linked")],
     "reason": "1665 fighters (the minister, April 2025) and nearly 1 670 (a researcher, September 2025) agree"},
]  # fmt: skip

CONVENTIONS = """\
- **Foreign reports and think tanks** (the US State Department's country reports, a Brussels research centre) are
  `analyst`: outside studies, not Moroccan officials; a named researcher keeps his name in `person`.
- **A parliamentary committee's report** is `PARLIAMENT`; an MP's own figure in a session is `PARLIAMENT` too.
- **The speaker of the previous sentence** ("وأضاف الوزير", "a-t-il ajouté", "He added", "she said", "Il évalue",
  "The official", "The statement added") keeps that speaker's org; `raw` is the words that name him in the
  sentence when there are some, else the earlier naming.
- **The outlet's own count** ("By our count", a bare statement of the record) is `unspecified` with raw null.
- **A list sharing a period** ("خلال الفترة ذاتها", "خلال السنوات الثلاث الأخيرة") gives it to every figure;
  a list sharing a noun ("21 خلية سنة 2015 و19 خلية سنة 2016", "12 cellules en 2025, contre 10 en 2024") gives
  each figure its own year.
- **A part "of them"** ("Parmi eux … 747 ont été tués", "750 منهم لقوا حتفهم") takes the head's period and no zone;
  "1 060 ont rallié Daech" among the fighters is `isis_linked`.
- **Held "in Syria and Iraq" together** carries no zone (docs/conventions.md); held "in camps in north-east
  Syria" is `syria`. Women who travelled are `fighters_joined` `women`; women "of them" back are `returnees`
  `women`.
- **Returnees "arrested on arrival and referred to the courts"** are `returnees_arrested`.
- **"Pas plus de deux attentats ont frappé"** is `terrorist_attacks` `at_most`; "no more than 15" joint
  operations is `joint_operations` `at_most`.
- **Women and minors "ainsi que"** after a total of fighters held abroad are not its parts: they are held people of
  their own (`fighters_detained_abroad` `women`, `minors`), and no breakdown is checked against the 250.
- **Relative periods**: "السنة الماضية", "last year" = the byline's year − 1; "منذ بداية السنة الجارية",
  "Depuis le début de l'année", "since January", "Since the start of the year" are year to date, and "خلال
  الفترة نفسها" after a year-to-date figure inherits it.
- **Bounds** agree as in CONTRACT.md: "plus de 210" admits 218; "Près de 1 670" admits 1665.
- **Traps**: ages, prison terms, victims of the 2003 attacks, durations, staff numbers, phone, hotline and
  communiqué numbers, law and decree numbers, other countries' figures (Tunisia, Belgium), world figures, page
  counts, anniversary ordinals, sidebar, aside and related headlines.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, docs/conventions.md, tests/corpus_kit.py, tests/corpus_gold_checks.py
and the structure of tests/corpus_comms were read; no engine code, and the engine was never run on these files.
About fifteen real Moroccan pages in Arabic, French and English were read through the search tool (BCIJ
anniversary interviews, the 16 May anniversary pieces, the parliamentary mission on Moroccans held in Syria and
Iraq, the ministry's written answers, wire copy on arrests); their patterns (the source after the clause, lists
of yearly figures, women and minors breakdowns, foreign think-tank reports) were rewritten in new words; all
outlets and non-official people are invented and every sentence is new.
"""


def readme(gold, summaries):
    lines = [
        "# blind_round11: the counter-terrorism record as the press reports it",
        "",
        "A blind evaluation set of 30 invented articles (12 Arabic, 10 French, 8 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language): operations and running totals, fighters, returnees,",
        "women and minors, every period kind, qualifier and voice, partner and non-partner countries, traps.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/blind_round11/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_blind_round11_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/blind_round11 --json > /tmp/b11.json",
        "    ../shared/tools/score.py tests/blind_round11/expected.json /tmp/b11.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Blind set 'round11': the counter-terrorism record as Moroccan outlets report it (operations, "
        "running totals, fighters, returnees, women and minors; every period kind, qualifier and voice); 30 "
        "invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
