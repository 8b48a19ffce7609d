"""Build the "parl" development corpus: 20 invented articles (8 Arabic, 7 French, 5 English) on parliament and
government: written and oral questions to the interior minister and his answers, committee hearings of the
DGSN/DGST head, budget debates, a parliamentary fact-finding mission's report on Moroccans held in Syria and Iraq,
the government spokesman after the council, the foreign minister with a partner, a senator quoting a newspaper;
with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_parl/build.py [--out DIR]

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
    meta,
    readme_sections,
    run_build,
    since,
    spec,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

SY = NP("SY", "سوريا", "conflict zone")
IQ = NP("IQ", "العراق", "conflict zone")

# ================================================================ Arabic


def p01():
    pub, outlet = "2024-06-18", "نافذة البرلمان"
    title = "لفتيت يكشف حصيلة مكافحة الإرهاب في جواب كتابي"
    s1 = (
        "وأوضح وزير الداخلية، في جواب كتابي على سؤال تقدم به النائب إدريس الفلاحي عن فريق الوسط، أن المصالح "
        "الأمنية فككت 210 خلايا إرهابية منذ سنة 2002."
    )
    s2 = (
        "وأضاف الجواب ذاته أن عدد الموقوفين في إطار هذه القضايا بلغ 4300 شخص خلال الفترة نفسها، فيما تم إحباط "
        "أزيد من 500 مشروع تخريبي."
    )
    body = [
        "توصل مجلس النواب بجواب وزارة الداخلية على السؤال الكتابي رقم 8743 حول المقاربة الأمنية.",
        s1,
        s2,
        "وذكّر الجواب بأن القانون رقم 03.03 المتعلق بمكافحة الإرهاب شكل الإطار المرجعي لهذه العمليات.",
    ]
    side = ["الرجاء يفوز 2-0 على ضيفه", "ارتفاع أسعار المحروقات بـ 30 سنتيما"]
    text = aggregator("ar", side, title, outlet, pub, body)
    moi = A("MOI", "وزير الداخلية")
    moi2 = A("MOI", "الجواب ذاته")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"), moi),
        C("persons_arrested", 4300, "4300", s2, since("2002", pub, "خلال الفترة نفسها"), moi2),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة نفسها"), moi2, q="more_than",
          qt="أزيد من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("30 سنتيما", "sidebar: fuel prices"),
             T("8743", "the written question's number"), T("03.03", "law number")]  # fmt: skip
    return spec("p01", "aggregator", "ar", text, meta(title, outlet, "Nafidat Albarlaman", pub, fictional=True),
                claims, traps, summary="the minister's written answer to an MP (MOI, not PARLIAMENT): 210 cells since "
                "2002, 4300 arrested and more than 500 plots 'خلال الفترة نفسها' in 'الجواب ذاته'; question and "
                "law numbers, sidebar")  # fmt: skip


def p02():
    pub = "2024-07-09"
    title = "جلسة الأسئلة الشفهية: الإرهاب والعائدون من بؤر التوتر"
    s1 = (
        "وقالت النائبة سعاد بنكيران إن نحو 300 امرأة مغربية التحقن ببؤر التوتر، حسب تقديرها، مطالبة الحكومة "
        "بالكشف عن مصيرهن."
    )
    s2 = (
        "وفي جوابه الذي تلاه نيابة عنه الوزير المكلف بالعلاقات مع البرلمان، أكد وزير الداخلية أن 1659 مقاتلا "
        "مغربيا التحقوا بالساحة السورية العراقية."
    )
    s3 = "وأضاف الجواب أن المصالح الأمنية فككت 14 خلية منذ بداية السنة الجارية."
    body = [
        "خصص مجلس النواب جزءا من جلسته الأسبوعية، التي دامت ثلاث ساعات، لملف التطرف.",
        s1,
        s2,
        s3,
        "وأشار الوزير إلى أن عمليات الترحيل تمت عبر تركيا في حالات قليلة.",
        "وانتقدت فرق المعارضة ما وصفته ببطء الإجراءات، فيما دعت فرق الأغلبية إلى مقاربة تجمع بين الحزم الأمني وإعادة الإدماج.",
    ]
    text = wordpress("ar", "قبة نيوز", "الرئيسية » برلمان", title, "9 يوليوز 2024 - قسم البرلمان", body,
                     ["البرلمان يصادق على 12 مشروع قانون"])  # fmt: skip
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("fighters_joined", 300, "300", s1, cumul(pub), A("PARLIAMENT", "النائبة سعاد بنكيران",
          "سعاد بنكيران"), q="about", qt="نحو", subset="women"),
        C("fighters_joined", 1659, "1659", s2, cumul(pub), moi, subset="syria_iraq_linked"),
        C("cells_dismantled", 14, "14", s3, ytd(pub, "منذ بداية السنة الجارية"), A("MOI", "الجواب")),
    ]  # fmt: skip
    traps = [T("ثلاث ساعات", "duration of the sitting"), T("12 مشروع قانون", "related headline")]
    return spec("p02", "wordpress", "ar", text, meta(title, "قبة نيوز", "Qobba News", pub, fictional=True), claims,
                traps, not_partners=[NP("TR", "تركيا", "transit country, no cooperation stated")],
                summary="oral question: an MP's own estimate (PARLIAMENT, about 300 women) then the minister's answer "
                "read by another minister (MOI): 1659 fighters and 14 cells year to date; Turkey mentioned")  # fmt: skip


def p03():
    pub = "2025-01-10"
    title = "بايتاس: المقاربة الاستباقية جنبت المغرب مخاطر جسيمة"
    s1 = (
        "وقال الناطق الرسمي باسم الحكومة، في الندوة الصحفية التي أعقبت اجتماع المجلس الحكومي، إن المديرية "
        "العامة لمراقبة التراب الوطني فككت ٢١٤ خلية إرهابية منذ 2002."
    )
    body = [
        "صادق المجلس الحكومي المنعقد يوم الخميس على مشروع المرسوم رقم 2.24.1052.",
        s1,
        "وأضاف المسؤول الحكومي أن المملكة تواصل تعاونها الأمني مع إسبانيا وفرنسا في هذا المجال.",
        "ولم يقدم الناطق أي رقم حول الميزانية المرصودة لهذا القطاع.",
        "وأوضح الناطق أن الحكومة تراهن على المقاربة الاستباقية التي تجمع بين العمل الأمني وتأهيل الحقل الديني ومحاربة الهشاشة في الأحياء الهامشية.",
        "وتطرق اللقاء الصحفي أيضا إلى ملفات اجتماعية، من بينها الحوار مع النقابات وأسعار المواد الأساسية، دون أن يخوض في تفاصيلها.",
    ]
    text = clean(title, "صحيفة المجلس — الجمعة 10 يناير 2025", body)
    claims = [
        C("cells_dismantled", 214, "٢١٤", s1, since("2002", pub, "منذ 2002"),
          A("GOV", "الناطق الرسمي باسم الحكومة")),
    ]  # fmt: skip
    traps = [T("2.24.1052", "decree number")]
    return spec("p03", "clean", "ar", text, meta(title, "صحيفة المجلس", "Sahifat Almajlis", pub, fictional=True),
                claims, traps, partners=["ES", "FR"], summary="the government spokesman after the council quoting "
                "the DGST's record (GOV): 214 cells since 2002 in Arabic-Indic digits; partners Spain and France; "
                "decree number")  # fmt: skip


def p04():
    pub = "2025-02-12"
    title = "المدير العام لمراقبة التراب الوطني أمام لجنة الداخلية"
    s1 = (
        "وأفاد المدير العام للأمن الوطني ومراقبة التراب الوطني، خلال جلسة مغلقة للجنة الداخلية، بأن 4450 شخصا "
        "أوقفوا في قضايا الإرهاب منذ 2002."
    )
    s2 = "كما أكد أن 270 مغربيا عادوا من بؤر القتال وأحيلوا جميعا على القضاء."
    body = [
        s1,
        s2,
        "واستمرت الجلسة إلى ما بعد الساعة 11 ليلا، حسب مصادر برلمانية.",
        "وحسب ما رشح من الجلسة، فقد تناول المسؤول الأمني تطور أساليب الاستقطاب عبر شبكات التواصل الاجتماعي، واستهداف فئة الشباب بشكل خاص.",
        "وطالب عدد من النواب بتقديم عرض مماثل أمام لجنة العدل والتشريع، في حين فضل آخرون الاكتفاء بالمعطيات التي قدمت خلال الجلسة.",
    ]
    text = html(
        "ar", title, "البرلمان اليوم", pub, body, jsonld=False, aside=["انتخاب 5 أعضاء جدد في المكتب"]
    )
    dgst = A("DGST", "المدير العام للأمن الوطني ومراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 4450, "4450", s1, since("2002", pub, "منذ 2002"), dgst),
        C("returnees", 270, "270", s2, cumul(pub), dgst),
    ]
    traps = [T("الساعة 11", "clock time"), T("5 أعضاء", "aside headline")]
    return spec("p04", "html", "ar", text, meta(title, "البرلمان اليوم", "Albarlaman Alyawm", pub, fictional=True),
                claims, traps, summary="committee hearing of the DGSN/DGST head (DGST): 4450 arrested since 2002 and "
                "270 returnees; 'كما أكد' keeps the speaker; time tag alone")  # fmt: skip


def p05():
    pub, outlet = "2025-03-05", "صدى المؤسسات"
    title = "مناقشة حصيلة الأمن الوطني بلجنة الداخلية"
    s1 = (
        "وكشف المدير العام للأمن الوطني أمام أعضاء اللجنة أن مصالحه أوقفت 62 شخصا في قضايا الإرهاب خلال السنة "
        "الماضية."
    )
    s2 = "أما النائب هشام العلوي فاستشهد بأرقام وزارة الداخلية، مذكرا بأن أكثر من 200 خلية فككت منذ 2002."
    body = [
        "استمعت لجنة الداخلية بمجلس النواب إلى عرض حول حصيلة المديرية العامة للأمن الوطني.",
        s1,
        s2,
        "وطالب النائب، البالغ من العمر 58 سنة، بتعميم التجربة على دول الساحل.",
        "وركزت تدخلات النواب على ظروف اشتغال رجال الشرطة وتحديث وسائل العمل، إلى جانب الشق المتعلق بالوقاية من التطرف.",
    ]
    side = ["توقيف مروج مخدرات بحوزته 3 كيلوغرامات", "الطقس: حرارة تصل إلى 28 درجة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 62, "62", s1, yr("2024", "خلال السنة الماضية"),
          A("DGSN", "المدير العام للأمن الوطني")),
        C("cells_dismantled", 200, "200", s2, since("2002", pub, "منذ 2002"), A("MOI", "أرقام وزارة الداخلية"),
          q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3 كيلوغرامات", "sidebar: drug seizure"), T("28 درجة", "sidebar: weather"),
             T("58 سنة", "age")]  # fmt: skip
    return spec("p05", "aggregator", "ar", text, meta(title, outlet, "Sada Almoassasat", pub, fictional=True),
                claims, traps, summary="DGSN head at the committee (DGSN): 62 arrested 'خلال السنة الماضية' (2024); "
                "an MP citing the ministry's figures (MOI, not PARLIAMENT): more than 200 cells since 2002; age, "
                "sidebar")  # fmt: skip


def p06():
    pub = "2025-07-14"
    title = "تقرير المهمة الاستطلاعية حول المغاربة العالقين في سوريا والعراق"
    s1 = "وسجل تقرير المهمة الاستطلاعية أن 1659 مغربيا التحقوا بالتنظيمات المسلحة في سوريا والعراق."
    s2 = "ويوجد حاليا 250 مغربيا رهن الاحتجاز في سوريا والعراق، منهم 228 في سوريا و12 في العراق، وفق التقرير."
    body = [
        "قدمت المهمة الاستطلاعية المؤقتة، التي شكلها مجلس النواب قبل 18 شهرا، تقريرها النهائي.",
        s1,
        s2,
        "واعتمد التقرير على معطيات قدمتها المصالح الأمنية ووزارة الخارجية خلال 9 جلسات استماع.",
        "وأوصى التقرير بإحداث آلية وطنية لتنسيق عمليات الترحيل، وبتوفير مواكبة نفسية واجتماعية للأطفال الذين عاشوا في المخيمات.",
        "كما دعا إلى تسريع التعاون القضائي بشأن الأشخاص المحكومين، وإشراك جمعيات المجتمع المدني في برامج إعادة الإدماج.",
    ]
    text = wordpress("ar", "البرلمان 24", "الرئيسية » تقارير", title, "الإثنين 14 يوليوز 2025", body,
                     ["مجلس المستشارين يعقد دورة استثنائية"])  # fmt: skip
    rep = A("PARLIAMENT", "تقرير المهمة الاستطلاعية")
    rep2 = A("PARLIAMENT", "التقرير")
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), rep, subset="syria_iraq_linked"),
        C("fighters_detained_abroad", 250, "250", s2, cumul(pub), rep2),
        C("fighters_detained_abroad", 228, "228", s2, cumul(pub), rep2, subset="syria"),
        C("fighters_detained_abroad", 12, "12", s2, cumul(pub), rep2, subset="iraq"),
    ]
    traps = [T("18 شهرا", "duration"), T("9 جلسات", "number of hearings")]
    return spec("p06", "wordpress", "ar", text, meta(title, "البرلمان 24", "Albarlaman 24", pub, fictional=True),
                claims, traps, not_partners=[SY, IQ], summary="the fact-finding mission's report (PARLIAMENT, even "
                "though it drew on security data): 1659 fighters; 250 held = 228 in Syria + 12 in Iraq = 240 "
                "(planted); duration, hearings count")  # fmt: skip


def p07():
    pub = "2025-11-20"
    title = "الداخلية تجيب: إحدى عشرة خلية في سنة واحدة"
    s1 = (
        "وأكدت وزارة الداخلية، في جوابها على سؤال كتابي لفريق التقدم، أن 208 خلايا إرهابية فككت منذ سنة 2002."
    )
    s2 = "وأفاد الجواب نفسه بتفكيك إحدى عشرة خلية خلال سنة 2024."
    body = [
        s1,
        s2,
        "ويأتي الجواب بعد 60 يوما من وضع السؤال، وهو أجل يتجاوز ما ينص عليه النظام الداخلي.",
        "وأبرز الجواب أن المقاربة المغربية تقوم على الاستباق وتفكيك الخلايا قبل مرورها إلى التنفيذ، مع تعزيز التنسيق بين مختلف الأجهزة.",
        "وكان الفريق النيابي قد تساءل في سؤاله عن التدابير المتخذة لمواجهة الاستقطاب عبر الإنترنت، وعن برامج المصالحة داخل السجون.",
    ]
    text = clean(title, "الأخبار البرلمانية، 20 نونبر 2025", body)
    claims = [
        C("cells_dismantled", 208, "208", s1, since("2002", pub, "منذ سنة 2002"), A("MOI", "وزارة الداخلية")),
        C("cells_dismantled", 11, "إحدى عشرة", s2, yr("2024", "خلال سنة 2024"), A("MOI", "الجواب نفسه")),
    ]
    traps = [T("60 يوما", "delay in days")]
    return spec("p07", "clean", "ar", text, meta(title, "الأخبار البرلمانية", "Alakhbar Albarlamania", pub,
                fictional=True), claims, traps, summary="the ministry's written answer (MOI): 208 cells since 2002 "
                "(below 214: planted decrease) and eleven in 2024 in words (below the 14 of July 2024: planted); "
                "delay")  # fmt: skip


def p08():
    pub = "2025-09-23"
    title = "مستشار يسائل الحكومة حول أرقام الموقوفين في قضايا الإرهاب"
    s1 = (
        "واستند المستشار البرلماني كريم الزاوي في سؤاله إلى ما نشرته يومية الصباح الجديد، التي تحدثت عن 4300 "
        "موقوف في قضايا الإرهاب منذ 2002."
    )
    # (the minister is named: every development gold gives a bare "الوزير" the ministry named before it, and this
    # article named none)
    s2 = "ورد وزير الداخلية بأن عدد العائدين بلغ 270 شخصا، كلهم خضعوا للبحث القضائي."
    body = [
        "شهدت جلسة مجلس المستشارين، يوم الثلاثاء، نقاشا حول السياسة الجنائية.",
        s1,
        s2,
        "وأحال المستشار على الفصل 218-1 من القانون الجنائي.",
        "وطالب المستشار الحكومة بتوحيد الأرقام الرسمية المنشورة ووضعها رهن إشارة البرلمان بشكل دوري، حتى لا يبقى النقاش رهينا بما تنشره الصحف.",
    ]
    text = html("ar", title, "المستشار نيوز", pub, body, aside=["اتفاقية شراكة بقيمة 40 مليون درهم"])
    claims = [
        C("persons_arrested", 4300, "4300", s1, since("2002", pub, "منذ 2002"),
          A("unspecified", "يومية الصباح الجديد")),
        C("returnees", 270, "270", s2, cumul(pub), A("MOI", "وزير الداخلية")),
    ]  # fmt: skip
    traps = [T("218-1", "article of the penal code"), T("40 مليون درهم", "aside: money")]
    return spec("p08", "html", "ar", text, meta(title, "المستشار نيوز", "Almustashar News", pub, fictional=True),
                claims, traps, summary="a senator quoting a newspaper's figure (unspecified, the newspaper): 4300 "
                "arrested since 2002, a stale total; the interior minister answers 270 returnees (MOI); time tag and "
                "JSON-LD")  # fmt: skip


# ================================================================ French


def p09():
    pub, outlet = "2024-06-20", "Hémicycle Info"
    title = "Terrorisme : la réponse écrite de l'Intérieur aux députés"
    s1 = (
        "Dans sa réponse à la question écrite n° 8743, le ministre de l'Intérieur indique que 210 cellules "
        "terroristes ont été démantelées depuis 2002."
    )
    s2 = "Selon la même réponse, 270 combattants sont rentrés au Maroc et ont été présentés à la justice."
    body = [
        s1,
        s2,
        "Le texte rappelle que la loi 86.14 punit de cinq à quinze ans de prison le ralliement à un groupe armé.",
        "Le ministre souligne enfin le rôle des programmes de réinsertion menés dans les établissements pénitentiaires au profit des détenus condamnés dans des affaires d'extrémisme.",
    ]
    side = ["Botola : le FUS s'impose 3-1", "Immobilier : hausse de 4 % des prix à Rabat"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"),
          A("MOI", "le ministre de l'Intérieur")),
        C("returnees", 270, "270", s2, cumul(pub), A("MOI", "la même réponse")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-1", "sidebar: score"), T("4 %", "sidebar: property prices"),
             T("8743", "written question number"), T("86.14", "law number"),
             T("cinq à quinze ans", "prison terms")]  # fmt: skip
    return spec("p09", "aggregator", "fr", text, meta(title, outlet, "Hemicycle Info", pub, fictional=True),
                claims, traps, summary="the French relay of p01's written answer (MOI): 210 cells, 'Selon la même "
                "réponse' 270 returnees; question and law numbers, prison terms, sidebar")  # fmt: skip


def p10():
    pub = "2024-11-12"
    title = "Budget de l'Intérieur : le débat sécuritaire s'invite en commission"
    s1 = (
        "Le député Youssef Amrani a affirmé, sans citer de source, que plus de 5000 projets d'attentats avaient "
        "été déjoués depuis 2002."
    )
    s2 = (
        "Répondant aux intervenants, le ministre de l'Intérieur a précisé que 56 personnes avaient été "
        "interpellées depuis le début de l'année dans des affaires de terrorisme."
    )
    body = [
        "La commission de l'intérieur a examiné mardi le budget sectoriel, en hausse de 7,5 %.",
        s1,
        s2,
        "Le ministre a également évoqué la coopération avec les services belges.",
        "Plusieurs élus de l'opposition ont réclamé une évaluation indépendante de la stratégie nationale, tandis que la majorité a salué l'efficacité des services.",
    ]
    text = wordpress("fr", "Parlement Hebdo", "Accueil » Politique", title, "12 novembre 2024 | Rédaction", body,
                     ["Loi de finances : 2 amendements adoptés"])  # fmt: skip
    claims = [
        C("plots_foiled", 5000, "5000", s1, since("2002", pub, "depuis 2002"),
          A("PARLIAMENT", "Le député Youssef Amrani", "Youssef Amrani"), q="more_than", qt="plus de"),
        C("persons_arrested", 56, "56", s2, ytd(pub, "depuis le début de l'année"),
          A("MOI", "le ministre de l'Intérieur")),
    ]  # fmt: skip
    traps = [T("7,5 %", "budget increase"), T("2 amendements", "related headline")]
    return spec("p10", "wordpress", "fr", text, meta(title, "Parlement Hebdo", "Parlement Hebdo", pub,
                fictional=True), claims, traps, partners=["BE"], summary="budget debate: an MP's own figure "
                "(PARLIAMENT): more than 5000 plots since 2002, ten times the ministry's 500 (planted); the minister "
                "(MOI): 56 arrested year to date; partner Belgium")  # fmt: skip


def p11():
    pub = "2025-01-11"
    title = "Conseil de gouvernement : le porte-parole salue le bilan antiterroriste"
    s1 = (
        "À l'issue du Conseil, le porte-parole du gouvernement a indiqué que 214 cellules avaient été démantelées "
        "depuis 2002, citant les données de la DGST."
    )
    body = [
        s1,
        "Il a souligné la qualité de la coopération sécuritaire avec l'Espagne, saluée par Madrid.",
        "Le Conseil a par ailleurs adopté le projet de décret n° 2.24.1052.",
        "Le porte-parole a également insisté sur la dimension religieuse et sociale de la stratégie nationale, qui vise à tarir les sources du recrutement.",
        "Interrogé sur les détails opérationnels, il a renvoyé les journalistes aux communiqués des services concernés.",
    ]
    text = clean(title, "Le Courrier du Parlement — samedi 11 janvier 2025", body)
    claims = [
        C("cells_dismantled", 214, "214", s1, since("2002", pub, "depuis 2002"),
          A("DGST", "citant les données de la DGST")),
    ]  # fmt: skip
    traps = [T("2.24.1052", "decree number")]
    return spec("p11", "clean", "fr", text, meta(title, "Le Courrier du Parlement", "Courrier du Parlement", pub,
                fictional=True), claims, traps, partners=["ES"], summary="the spokesman quoting the DGST's data, "
                "reported speech before 'citant' (DGST: the body whose data are cited, as in the development golds): 214 cells since 2002; partner Spain; decree number")  # fmt: skip


def p12():
    pub = "2025-03-28"
    title = "Bourita et son homologue belge plaident pour un partenariat renforcé"
    s1 = (
        "Le ministre des Affaires étrangères a indiqué que près de 230 Marocains restaient détenus dans des camps "
        "du nord-est syrien."
    )
    body = [
        "Le chef de la diplomatie recevait jeudi à Rabat son homologue belge pour une réunion de 2 heures.",
        "Les deux ministres ont salué l'échange d'informations entre les services marocains et belges.",
        s1,
        "Le ministre a refusé de commenter la situation en Algérie.",
        "Les deux délégations ont également évoqué la lutte contre la radicalisation en ligne et la formation des imams, un volet jugé prioritaire par la partie belge.",
    ]
    text = html("fr", title, "Diplomatie Matin", pub, body, time_tag=False)
    claims = [
        C("fighters_detained_abroad", 230, "230", s1, cumul(pub),
          A("MFA", "Le ministre des Affaires étrangères"), q="about", qt="près de", subset="syria"),
    ]  # fmt: skip
    traps = [T("2 heures", "duration")]
    return spec("p12", "html", "fr", text, meta(title, "Diplomatie Matin", "Diplomatie Matin", pub, fictional=True),
                claims, traps, partners=["BE"],
                not_partners=[NP("SY", "syrien", "place of detention"), NP("DZ", "Algérie", "named, no cooperation")],
                summary="the foreign minister at a press conference with a Belgian partner (MFA): about 230 held in "
                "Syria; Algeria mentioned; JSON-LD alone")  # fmt: skip


def p13():
    pub = "2025-07-16"
    title = "Marocains bloqués en Syrie et en Irak : ce que dit le rapport parlementaire"
    s1 = (
        "Le rapport de la mission d'information recense près de 1 660 Marocains partis combattre en Syrie et en "
        "Irak."
    )
    s2 = "Selon le document, 745 d'entre eux ont été tués sur place."
    body = [
        "Présenté devant la commission des affaires étrangères, le document compte 120 pages.",
        s1,
        s2,
        "La mission, composée de 13 députés, recommande la création d'une instance nationale.",
        "Le rapport consacre un long chapitre aux enfants nés dans la zone de conflit, dont la situation juridique reste incertaine faute de documents d'état civil.",
    ]
    text = wordpress("fr", "L'Observateur parlementaire", "Accueil » Rapports", title, "Publié le 16 juillet 2025",
                     body, ["Chambre des conseillers : 3 textes au menu"])  # fmt: skip
    claims = [
        C("fighters_joined", 1660, "1 660", s1, cumul(pub), A("PARLIAMENT", "Le rapport de la mission d'information"),
          q="about", qt="près de", subset="syria_iraq_linked"),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("PARLIAMENT", "le document")),
    ]  # fmt: skip
    traps = [
        T("120 pages", "page count"),
        T("13 députés", "mission members"),
        T("3 textes", "related headline"),
    ]
    return spec("p13", "wordpress", "fr", text, meta(title, "L'Observateur parlementaire", "Observateur parlementaire",
                pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="the mission report in French (PARLIAMENT): about 1 660 fighters, 745 'd'entre eux' killed "
                "(no zone); page count, members")  # fmt: skip


def p14():
    pub = "2025-12-03"
    title = "Questions orales : le ministre délégué lit la réponse de l'Intérieur"
    s1 = (
        "Le ministre délégué, qui lisait la réponse du ministre de l'Intérieur, a fait état de onze cellules "
        "démantelées en 2024."
    )
    s2 = "Des sources sécuritaires évoquent pour leur part 9 cellules démantelées entre janvier et juin 2025."
    body = [
        s1,
        s2,
        "La séance, présidée par le premier vice-président, s'est achevée à 17 h 30.",
        "Plusieurs conseillers ont interpellé le gouvernement sur la prévention de la radicalisation chez les jeunes et sur le suivi des personnes libérées.",
    ]
    side = ["Météo : 12 degrés à Ifrane", "Tennis : victoire 6-4 au premier set"]
    text = aggregator("fr", side, title, "Agora Parlement", pub, body)
    claims = [
        C("cells_dismantled", 11, "onze", s1, yr("2024", "en 2024"), A("MOI", "la réponse du ministre de l'Intérieur")),
        C("cells_dismantled", 9, "9", s2, P("range", "2025-01", "2025-06", "entre janvier et juin 2025"),
          A("official_unspecified", "Des sources sécuritaires")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("17 h 30", "clock time"), T("12 degrés", "sidebar: weather"),
             T("6-4", "sidebar: score")]  # fmt: skip
    return spec("p14", "aggregator", "fr", text, meta(title, "Agora Parlement", "Agora Parlement", pub,
                fictional=True), claims, traps, summary="the answer read by a deputy minister (MOI): eleven cells "
                "in 2024 in words; security sources (official_unspecified): 9 between January and June 2025; "
                "sidebar")  # fmt: skip


def p15():
    pub = "2025-06-17"
    title = "Chambre des conseillers : l'Intérieur dresse le bilan de la législature"
    s1 = (
        "D'après la réponse du ministre de l'Intérieur, lue en séance par le ministre délégué, 47 cellules ont "
        "été démantelées depuis le début de la législature, en octobre 2021."
    )
    s2 = (
        "La même réponse attribue au Bureau central d'investigations judiciaires plus de 90 cellules démantelées "
        "depuis sa création en 2015."
    )
    body = [
        "La séance des questions orales de mardi, à la Chambre des conseillers, a été largement consacrée à la "
        "sécurité, plusieurs groupes ayant déposé des questions sur la menace terroriste au Sahel.",
        s1,
        s2,
        "Le conseiller à l'origine de la question, élu de la région de l'Oriental, a demandé davantage de moyens "
        "pour les services de renseignement et une meilleure information du Parlement.",
        "Le texte de la réponse cite aussi la loi n° 43.05 relative au blanchiment de capitaux et rappelle que "
        "les peines prévues vont jusqu'à trente ans de réclusion.",
    ]
    text = clean(title, "Tribune des Institutions — 17 juin 2025", body)
    moi = A("MOI", "la réponse du ministre de l'Intérieur")
    claims = [
        C("cells_dismantled", 47, "47", s1, since("2021-10", pub, "depuis le début de la législature, en octobre "
          "2021"), moi),
        C("cells_dismantled", 90, "90", s2, since("2015", pub, "depuis sa création en 2015"),
          A("MOI", "La même réponse"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("43.05", "law number"), T("trente ans", "prison term")]
    return spec("p15", "clean", "fr", text, meta(title, "Tribune des Institutions", "Tribune des Institutions",
                pub, fictional=True), claims, traps, summary="the minister's answer read by a deputy minister "
                "(MOI): 47 cells during the legislative term (since October 2021); 'La même réponse' credits the "
                "BCIJ with more than 90 since 2015 (still MOI: the answer speaks); law number, prison term")  # fmt: skip


# ================================================================ English


def p16():
    pub, outlet = "2025-04-08", "Rabat Ledger"
    title = "Interior ministry details terrorism arrests in answer to MP"
    s1 = (
        "Responding to a question from MP Nadia Chraibi, the interior ministry said 71 people were arrested in "
        "terrorism cases last year."
    )
    s2 = "Three cells were dismantled in the first three months of 2025."
    body = [
        s1,
        "The ministry's answer runs to 14 pages.",
        s2,
        "Ms Chraibi, 47, said she would table a follow-up question.",
        "The ministry also pointed to programmes run in prisons to help convicted extremists disengage from violent ideology.",
    ]
    side = ["Raja beat Wydad 1-0", "Dirham steady at 10.8 to the dollar"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 71, "71", s1, yr("2024", "last year"), A("MOI", "the interior ministry")),
        C("cells_dismantled", 3, "Three", s2, P("range", "2025-01", "2025-03", "in the first three months of 2025"),
          A("unspecified")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("14 pages", "page count"), T("47", "age"), T("1-0", "sidebar: score"),
             T("10.8", "sidebar: exchange rate")]  # fmt: skip
    return spec("p16", "aggregator", "en", text, meta(title, outlet, "Rabat Ledger", pub, fictional=True), claims,
                traps, summary="the ministry's answer to an MP (MOI): 71 arrested 'last year' against the DGSN's 62 "
                "(planted); the outlet's own unsourced count (unspecified, raw null); age, sidebar")  # fmt: skip


def p17():
    pub = "2025-02-13"
    title = "Security chief briefs lawmakers behind closed doors"
    s1 = (
        "Terrorism investigations have led to 4,450 arrests since 2002, the head of the DGSN and DGST told the "
        "committee, according to two members present."
    )
    body = [
        "The interior committee of the House of Representatives met on Wednesday for four hours.",
        s1,
        "He credited intelligence sharing with French and Spanish services for several foiled plots.",
        "Members said he described the threat as persistent but contained, with recruiters increasingly active on encrypted messaging apps.",
        "The committee's chair declined to confirm the figures, saying the session had been held behind closed doors at the services' request.",
    ]
    text = wordpress("en", "The Chamber", "Home » Politics", title, "February 13, 2025 by Staff", body,
                     ["MPs approve 2 bills on water"])  # fmt: skip
    claims = [
        C("persons_arrested", 4450, "4,450", s1, since("2002", pub, "since 2002"),
          A("DGST", "the head of the DGSN and DGST")),
    ]  # fmt: skip
    traps = [T("four hours", "duration"), T("2 bills", "related headline")]
    return spec("p17", "wordpress", "en", text, meta(title, "The Chamber", "The Chamber", pub, fictional=True),
                claims, traps, partners=["FR", "ES"], summary="the security chief at the committee, relayed by "
                "members, reported speech after the clause (DGST): 4,450 arrested since 2002; partners France and "
                "Spain")  # fmt: skip


def p18():
    pub = "2025-05-22"
    title = "Morocco, US pledge deeper counterterrorism cooperation"
    s1 = (
        "Speaking alongside the US deputy secretary of state, the foreign minister said Moroccan services had "
        "dismantled more than 200 terrorist cells since 2002."
    )
    body = [
        "The two officials met in Rabat for the 5th session of the strategic dialogue.",
        s1,
        "He added that the instability in Mali remained a concern for the whole region.",
        "The minister described counterterrorism as a pillar of the partnership, alongside trade and regional stability.",
        "The visiting official praised what she called a long record of close coordination between the two countries' services, and said both sides would meet again before the end of the year.",
    ]
    text = clean(title, "Atlas Diplomat, May 22, 2025", body)
    claims = [
        C("cells_dismantled", 200, "200", s1, since("2002", pub, "since 2002"), A("MFA", "the foreign minister"),
          q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("5th session", "ordinal")]
    return spec("p18", "clean", "en", text, meta(title, "Atlas Diplomat", "Atlas Diplomat", pub, fictional=True),
                claims, traps, partners=["US"], not_partners=[NP("ML", "Mali", "regional concern, no cooperation")],
                summary="the foreign minister at a press conference with a US partner (MFA): more than 200 cells "
                "since 2002; Mali mentioned; ordinal")  # fmt: skip


def p19():
    pub = "2025-12-09"
    title = "Senators press government on returnees in budget debate"
    s1 = (
        "Senator Omar Benjelloun, citing the interior ministry's latest answer, said 208 cells had been "
        "dismantled since 2002."
    )
    s2 = "By his own estimate, about 750 Moroccan fighters were killed in the conflict zones."
    body = [
        "The House of Councillors debated the interior budget on Monday, a session of 6 hours.",
        s1,
        s2,
        "The budget line for prisons rose to 4.2 billion dirhams.",
        "Opposition senators said the government should publish consolidated figures every year instead of scattering them across written answers.",
        "The interior minister was represented by a deputy minister, who promised a detailed written reply.",
    ]
    text = html("en", title, "Senate Watch", pub, body)
    claims = [
        C("cells_dismantled", 208, "208", s1, since("2002", pub, "since 2002"),
          A("MOI", "the interior ministry's latest answer")),
        C("fighters_killed", 750, "750", s2, cumul(pub), A("PARLIAMENT", "Senator Omar Benjelloun", "Omar Benjelloun"),
          q="about", qt="about"),
    ]  # fmt: skip
    traps = [T("6 hours", "duration"), T("4.2 billion dirhams", "money")]
    return spec("p19", "html", "en", text, meta(title, "Senate Watch", "Senate Watch", pub, fictional=True), claims,
                traps, summary="a senator citing the ministry's answer (MOI): 208 cells since 2002; his own estimate "
                "(PARLIAMENT, 'the speaker of the previous sentence'): about 750 killed; money; time tag and "
                "JSON-LD")  # fmt: skip


def p20():
    pub = "2025-11-18"
    title = "Budget report: intelligence services kept up the pace in 2025"
    s1 = (
        "Relaying data from the DGST, the committee's report said nine cells were dismantled between January and "
        "June 2025."
    )
    s2 = "It added that 137 returnees were prosecuted between 2016 and 2020."
    body = [
        "The finance committee of the House of Representatives adopted its report on the interior ministry's "
        "budget late on Monday, after a debate that ran past midnight.",
        s1,
        s2,
        "The report, a document of 212 pages, also recommends more training for border police and a review of "
        "the law on associations, Law No. 75.00.",
        "Several members praised the cooperation between Moroccan and Spanish services along the Strait of "
        "Gibraltar, while others asked why Libya was still absent from regional talks.",
    ]
    text = wordpress("en", "Hill Notes Morocco", "Home » Parliament", title, "November 18, 2025 - Parliament desk",
                     body, ["Senate adopts 4 budget sections"])  # fmt: skip
    rep = A("DGST", "data from the DGST")  # (the body whose data the report relays, as the development golds)
    claims = [
        C("cells_dismantled", 9, "nine", s1, P("range", "2025-01", "2025-06", "between January and June 2025"), rep),
        C("returnees_arrested", 137, "137", s2, P("range", "2016", "2020", "between 2016 and 2020"),
          rep),
    ]  # fmt: skip
    traps = [T("212 pages", "page count"), T("75.00", "law number"),
             T("4 budget sections", "related headline")]  # fmt: skip
    return spec("p20", "wordpress", "en", text, meta(title, "Hill Notes Morocco", "Hill Notes Morocco", pub,
                fictional=True), claims, traps, partners=["ES"],
                not_partners=[NP("LY", "Libya", "named as absent from talks, no cooperation")],
                summary="a committee's budget report relaying DGST data (DGST, the body whose data are relayed): nine cells between January "
                "and June 2025, 'It added' 137 returnees prosecuted between 2016 and 2020; page count, law "
                "number; partner Spain, Libya mentioned")  # fmt: skip


ARTICLES = [
    p01,
    p02,
    p03,
    p04,
    p05,
    p06,
    p07,
    p08,
    p09,
    p10,
    p11,
    p12,
    p13,
    p14,
    p15,
    p16,
    p17,
    p18,
    p19,
    p20,
]

INCONSISTENCIES = [
    {"id": "parl-stale", "kind": "stale_figure",
     "refs": [("p01", "persons_arrested", 4300), ("p04", "persons_arrested", 4450),
              ("p08", "persons_arrested", 4300)],
     "explanation": "people arrested since 2002: 4300 (the ministry's written answer, June 2024), 4450 (the security "
                    "chief before the committee, February 2025); a senator's question repeats a newspaper's 4300 in "
                    "September 2025"},
    {"id": "parl-decrease", "kind": "cumulative_decrease",
     "refs": [("p03", "cells_dismantled", 214), ("p07", "cells_dismantled", 208), ("p19", "cells_dismantled", 208)],
     "explanation": "cells dismantled since 2002: 214 (the government spokesman, January 2025) then 208 (the "
                    "ministry's written answer, November 2025, repeated by a senator in December): a running total "
                    "cannot go down"},
    {"id": "parl-arithmetic", "kind": "internal_arithmetic",
     "refs": [("p06", "fighters_detained_abroad", 250), ("p06", "fighters_detained_abroad", 228, "syria"),
              ("p06", "fighters_detained_abroad", 12, "iraq")],
     "explanation": "the mission report's 250 Moroccans held abroad are said to be 228 in Syria and 12 in Iraq = "
                    "240, not 250"},
    {"id": "parl-implausible", "kind": "implausible_value",
     "refs": [("p01", "plots_foiled", 500), ("p10", "plots_foiled", 5000)],
     "explanation": "an MP's unsourced 'more than 5000' plots foiled since 2002, ten times the ministry's 'more "
                    "than 500'"},
    {"id": "parl-partial", "kind": "partial_exceeds_whole",
     "refs": [("p02", "cells_dismantled", 14), ("p07", "cells_dismantled", 11)],
     "explanation": "the interior ministry: 14 cells dismantled since the start of 2024 (July 2024), then 11 for "
                    "the whole of 2024 (November 2025)"},
    {"id": "parl-disagree", "kind": "same_period_disagreement",
     "refs": [("p05", "persons_arrested", 62), ("p16", "persons_arrested", 71)],
     "explanation": "people arrested in 2024: 62 (the DGSN head, 'خلال السنة الماضية', March 2025) against 71 (the "
                    "interior ministry's answer, 'last year', April 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("p01", "cells_dismantled", 210), ("p05", "cells_dismantled", 200)],
     "reason": "210 cells since 2002 (the written answer, June 2024) and 'أكثر من 200' (the ministry's figures cited "
               "by an MP, March 2025) agree"},
    {"refs": [("p01", "cells_dismantled", 210), ("p09", "cells_dismantled", 210), ("p03", "cells_dismantled", 214),
              ("p11", "cells_dismantled", 214), ("p18", "cells_dismantled", 200)],
     "reason": "210 (June 2024), 214 (January 2025) and 'more than 200' (the foreign minister, May 2025): a "
               "running total that rises, and a bound that admits it"},
    {"refs": [("p04", "returnees", 270), ("p08", "returnees", 270), ("p09", "returnees", 270)],
     "reason": "270 returnees from the ministry's answer, the security chief and the minister in the senate: an "
               "undated total that stays"},
    {"refs": [("p02", "fighters_joined", 1659, "syria_iraq_linked"),
              ("p06", "fighters_joined", 1659, "syria_iraq_linked"),
              ("p13", "fighters_joined", 1660, "syria_iraq_linked")],
     "reason": "1659 fighters (the minister and the mission report) and 'près de 1 660' (the report in French) "
               "agree"},
    {"refs": [("p12", "fighters_detained_abroad", 230, "syria"), ("p06", "fighters_detained_abroad", 228, "syria")],
     "reason": "'près de 230' held in Syria (the foreign minister, March 2025) admits the report's 228 (July 2025)"},
    {"refs": [("p07", "cells_dismantled", 11), ("p14", "cells_dismantled", 11)],
     "reason": "11 cells in 2024: the written answer and the oral answer read by a deputy minister agree"},
    {"refs": [("p13", "fighters_killed", 745), ("p19", "fighters_killed", 750)],
     "reason": "745 killed (the mission report) and a senator's 'about 750' agree within the bound"},
    {"refs": [("p14", "cells_dismantled", 9), ("p20", "cells_dismantled", 9)],
     "reason": "9 cells from January to June 2025: security sources and the committee's report relaying the DGST "
               "agree"},
]  # fmt: skip

CONVENTIONS = """\
- **An institution that states a figure is its source**, even when it credits the security services: the
  minister's written or oral answer to an MP → MOI (not PARLIAMENT), also when a deputy minister or the minister
  for relations with parliament reads it ("تلاه نيابة عنه", "qui lisait la réponse du ministre de l'Intérieur");
  the government spokesman after the council → GOV, even with the DGST as the grammatical actor of what he
  reports (p03); a parliamentary committee's or fact-finding mission's report → PARLIAMENT, even when it says
  elsewhere that it drew on security data (p06, p13); but a speaker or report **citing or relaying a body's data
  in the same sentence** ("citant les données de la DGST", "Relaying data from the DGST, the committee's report
  said") gives that body (p11, p20), as the development golds do ("Citing DGST figures, officials said …" → DGST); the foreign minister → MFA; the head of the
  DGSN and DGST before a committee → DGST for the counter-terrorism record (arrests, returnees), DGSN when he
  speaks of the DGSN's own review ("المدير العام للأمن الوطني ... مصالحه", p05).
- **An individual MP or senator quotes**: when he names the figure's source in the sentence ("استشهد بأرقام وزارة
  الداخلية", "citing the interior ministry's latest answer") the figure is that source's (MOI); a newspaper he
  quotes is not in the org list → `unspecified`, with the newspaper as raw (p08); a figure he gives with no
  source, or "by his own estimate", "حسب تقديرها", "sans citer de source" → PARLIAMENT with the member as person.
- **Carried speakers**: "الجواب ذاته", "الجواب نفسه", "Selon la même réponse", "Selon le document", "كما أكد",
  "By his own estimate" (the speaker of the previous sentence) keep the previous source; reported speech after the
  clause ("…, the head of the DGSN and DGST told the committee, according to two members present") is the
  speaker's, not the members'.
- **Periods**: "منذ سنة 2002", "depuis 2002" → since; "خلال الفترة نفسها" inherits the previous sentence's period;
  "منذ بداية السنة الجارية", "depuis le début de l'année" → year to date; "خلال السنة الماضية", "last year" → the
  byline's year − 1; "entre janvier et juin 2025", "the first three months of 2025" → range at month precision;
  undated stocks of answers and reports (fighters, returnees, held, killed) → cumulative_unspecified at the byline.
- **Subsets**: docs/conventions.md; "held in Syria and Iraq" carries none, its parts "in Syria", "in Iraq" carry
  `syria`, `iraq`; "745 d'entre eux" carries none; women who went to "بؤر التوتر" → `women`.
- **Bounds** as in CONTRACT.md; "about"/"près de"/"نحو" admit 1% (1659 ↔ près de 1 660, 228 ↔ près de 230,
  745 ↔ about 750).
- **Traps**: written question numbers, law, decree and penal code article numbers, prison terms, durations of a
  sitting, clock times, page counts, members of a mission, ages, budget money and percentages, sidebar and related
  headlines.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, docs/conventions.md, tests/corpus_kit.py,
tests/corpus_gold_checks.py and the structure of tests/corpus_comms were read; no engine code, and the engine was
never run on these files. Real coverage of written answers and of the 2021 parliamentary mission on Moroccans
held in Syria and Iraq was read through the search tool for patterns only; no sentence was copied, all outlets,
MPs and senators are invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_parl: parliament and government",
        "",
        "A development corpus of 20 invented articles (8 Arabic, 7 French, 5 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on who speaks in parliament and government: questions",
        "to the interior minister and his answers, committee hearings, budget debates, the fact-finding mission's",
        "report, the government spokesman, the foreign minister with partners, a senator quoting a newspaper.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_parl/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_parl_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_parl --json > /tmp/parl.json",
        "    ../shared/tools/score.py tests/corpus_parl/expected.json /tmp/parl.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'parl': parliament and government voices (questions and answers of the "
        "interior minister, committee hearings, budget debates, a fact-finding mission's report, the government "
        "spokesman, the foreign minister); 20 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
