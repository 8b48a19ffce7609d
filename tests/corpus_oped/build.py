"""Build the "oped" development corpus: 20 invented articles (8 Arabic, 7 French, 5 English) of opinion, analysis
and columns: op-eds by researchers and former officials, columns, editorials, analysis pieces and blog-style
commentary that weave official figures into an argument, with hedged attribution ("according to official
figures", "by some estimates", "security sources say"), the author's own estimate, the outlet's editorial count,
figures recalled from an earlier year, other countries' figures used as comparison, rhetorical numbers, and
partner countries against countries merely mentioned; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_oped/build.py [--out DIR]

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

BCIJ_START = "2015-03"  # the BCIJ was created in March 2015 (see the README's conventions)

# ================================================================ Arabic


def o01():
    pub = "2025-03-10"
    title = "رأي: الاستباق الأمني ليس وصفة سحرية"
    s1 = "تشير الأرقام الرسمية إلى تفكيك 214 خلية إرهابية منذ سنة 2002، وهو رقم يستحق التوقف عنده."
    s2 = (
        "ففي سنة 2019 تحدثت المديرية العامة لمراقبة التراب الوطني عن 190 خلية منذ 2002، أي أن الوتيرة تباطأت."
    )
    body = [
        "بقلم: د. حميد الزرهوني، أستاذ العلوم السياسية",
        para(s1, "لكن الأرقام وحدها لا تصنع سياسة، ولو كررناها ألف مرة."),
        para(s2, "وهذا في حد ذاته مؤشر على نجاعة المقاربة لا على تراجعها."),
        para(
            "وللمقارنة، تقول السلطات الفرنسية إنها أحبطت 45 اعتداء منذ 2013، وهي تجربة مختلفة في سياقها.",
            "أما التنسيق مع إسبانيا فقد أثمر عمليات مشتركة عديدة خلال السنوات الأخيرة.",
        ),
        "ويبقى السؤال: هل يكفي القانون 03.03 وحده بعد أكثر من 22 عاما على صدوره؟",
        (
            "كثيرا ما يستدعى النموذج المغربي في الندوات الدولية بوصفه قصة نجاح، ويستشهد المتحدثون "
            "بالحصيلة وكأنها تغني عن كل نقاش. غير أن الباحث مطالب بأن يسأل عما تخفيه الأرقام قبل أن "
            "يحتفي بما تظهره."
        ),
    ]
    text = wordpress("ar", "منبر الرأي", "الرئيسية » أعمدة", title, "الإثنين 10 مارس 2025 - 09:15", body,
                     ["5 أسئلة حول إصلاح مدونة الأسرة"])  # fmt: skip
    claims = [
        C("cells_dismantled", 214, "214", s1, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "الأرقام الرسمية")),
        C("cells_dismantled", 190, "190", s2, since("2002", "2019", "منذ 2002"),
          A("DGST", "المديرية العامة لمراقبة التراب الوطني"), as_of="2019"),
    ]  # fmt: skip
    traps = [T("ألف مرة", "rhetorical number"), T("45 اعتداء", "France's figure used as comparison"),
             T("03.03", "law number"), T("22 عاما", "duration"), T("5 أسئلة", "related headline"),
             T("09:15", "time of day")]  # fmt: skip
    return spec("o01", "wordpress", "ar", text, meta(title, "منبر الرأي", "Minbar Arraey", pub, fictional=True),
                claims, traps, partners=["ES"], not_partners=[NP("FR", "الفرنسية", "a contrasting model")],
                summary="a political scientist's op-ed: 'الأرقام الرسمية' (official_unspecified) 214 cells since "
                "2002; the DGST's 190 recalled from 2019 (as_of 2019); France's 45 foiled attacks as a comparison "
                "(trap, France mentioned); partner Spain; rhetorical 'ألف مرة', law number")  # fmt: skip


def o02():
    pub, outlet = "2024-09-10", "هسبريس الرأي"
    title = "المقاتلون المغاربة في بؤر التوتر: قراءة في الأرقام"
    s1 = (
        "وحسب تقديري الشخصي، المبني على تقاطع المعطيات المتاحة، فإن نحو 1660 مغربيا التحقوا بالتنظيمات "
        "المتطرفة في سوريا والعراق."
    )
    body = [
        "يكتب الباحث في الحركات الجهادية عادل بنسودة:",
        s1,
        para(
            "ولا يعني ذلك أن جميعهم ما زالوا هناك، فعشرات منهم قتلوا وآخرون عادوا.",
            "وقد التحق أصغرهم بالقتال وهو في سن 17 عاما.",
        ),
        "إن ملف هؤلاء أعقد من أن يختزل في رقم، حتى لو كان الرقم دقيقا.",
        (
            "فالمقاتل الذي غادر في بداية الأزمة ليس هو نفسه الذي يحاول العودة اليوم، والأسر التي تنتظر "
            "أبناءها لا تعنيها الإحصاءات في شيء. ولهذا أدعو إلى مقاربة تجمع بين الحزم القضائي والمواكبة "
            "النفسية والاجتماعية."
        ),
    ]
    side = ["ارتفاع أسعار الطماطم بـ20 في المائة", "الرجاء يفوز 3-0"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("fighters_joined", 1660, "1660", s1, cumul(pub), A("analyst", "الباحث في الحركات الجهادية", "عادل بنسودة"),
          q="about", qt="نحو", subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("17 عاما", "age"), T("عشرات", "vague count"), T("3-0", "sidebar: score"),
             T("20 في المائة", "sidebar: price rise")]  # fmt: skip
    return spec("o02", "aggregator", "ar", text, meta(title, outlet, "Hespress Arraey", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="a researcher's own estimate ('حسب تقديري الشخصي', analyst): about 1660 fighters in Syria "
                "and Iraq (syria_iraq_linked), undated; age, 'عشرات', sidebar")  # fmt: skip


def o03():
    pub = "2024-06-20"
    title = "عشر سنوات تقريبا على إحداث البسيج: حصيلة وأسئلة"
    s1 = (
        "ويقول المكتب المركزي للأبحاث القضائية إنه فكك أكثر من 100 خلية منذ إحداثه، وهو رقم يعكس انتقال "
        "الخطر من التنظيمات الكبرى إلى الخلايا الصغيرة."
    )
    body = [
        "تحليل يكتبه المحرر السياسي",
        s1,
        "وكان المكتب قد رأى النور في مقر بمدينة سلا يضم 4 طوابق، وأصبح اسمه مرادفا للعمل الاستباقي.",
        "لكن الحصيلة، مهما بلغت، لا تغني عن سياسة وقائية تبدأ من المدرسة.",
        (
            "ومن يتتبع بلاغات المكتب يلاحظ أن الخلايا صارت أصغر حجما وأكثر ارتباطا بالفضاء الرقمي، وأن "
            "كثيرا من عناصرها لم يسبق لهم السفر إلى أي بؤرة توتر. وهذا تحول يفرض على الأجهزة أدوات "
            "جديدة، وعلى الباحثين أسئلة جديدة."
        ),
    ]
    text = html(
        "ar", title, "الملاحظ السياسي", pub, body, time_tag=False, aside=["7 ملاحظات على قانون المالية"]
    )
    claims = [
        C("cells_dismantled", 100, "100", s1, since(BCIJ_START, pub, "منذ إحداثه"),
          A("BCIJ", "المكتب المركزي للأبحاث القضائية"), q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("4 طوابق", "a building's floors"), T("7 ملاحظات", "aside headline"),
             T("عشر سنوات", "duration in the title")]  # fmt: skip
    return spec("o03", "html", "ar", text, meta(title, "الملاحظ السياسي", "Almoulahid Assiyassi", pub,
                fictional=True), claims, traps, summary="an analysis piece: the BCIJ's more than 100 cells 'منذ "
                "إحداثه' (since its creation, March 2015); JSON-LD alone; building floors, aside")  # fmt: skip


def o04():
    pub = "2024-11-12"
    title = "العائدون من بؤر التوتر: الخطر الصامت"
    s1 = "وقد أعلنت وزارة الداخلية في أكثر من مناسبة أن 270 مقاتلا عادوا إلى المغرب."
    s2 = (
        "أما من بقوا هناك، فتقدر بعض التقديرات عددهم بنحو 250 مغربيا محتجزين في مخيمات شمال شرق سوريا، "
        "بينهم نساء وأطفال."
    )
    body = [
        "بقلم: محمد الإدريسي، مسؤول أمني سابق",
        s1,
        s2,
        para(
            "لقد أثبت التعاون مع الولايات المتحدة فعاليته في ترحيل بعض هؤلاء.",
            "في المقابل، ترفض الجزائر أي تنسيق أمني، وهو غياب يكلف المنطقة كثيرا.",
        ),
        "ويواجه العائدون عقوبات قد تصل إلى 15 سنة سجنا.",
        (
            "لقد عايشت من موقعي السابق لحظات عودة بعض هؤلاء، ورأيت كيف يصل بعضهم محطما وآخرون أشد "
            "اقتناعا بما حملوه من أفكار. ولا يمكن التعامل مع الفئتين بالطريقة نفسها."
        ),
    ]
    text = wordpress("ar", "أصوات مغربية", "الرئيسية » آراء", title, "12 نونبر 2024", body,
                     ["قراءة في 3 كتب عن الساحل"])  # fmt: skip
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), A("MOI", "وزارة الداخلية")),
        C("fighters_detained_abroad", 250, "250", s2, cumul(pub), A("unspecified", "بعض التقديرات"), q="about",
          qt="بنحو", subset="syria"),
    ]  # fmt: skip
    traps = [T("15 سنة سجنا", "prison term"), T("3 كتب", "related headline")]
    return spec("o04", "wordpress", "ar", text, meta(title, "أصوات مغربية", "Aswat Maghribia", pub, fictional=True),
                claims, traps, partners=["US"], not_partners=[NP("DZ", "الجزائر", "named as not cooperating"),
                NP("SY", "سوريا", "where they are held")],
                summary="a former security official's op-ed: the ministry's 270 returnees (MOI, undated); 'بعض "
                "التقديرات' (unspecified with raw) about 250 held in north-east Syria (syria); partner United "
                "States, Algeria named as refusing; prison term")  # fmt: skip


def o05():
    pub = "2025-04-15"
    title = "عن الرقم الذي تكرره وزارة الداخلية"
    s1 = (
        "الرقم الذي ما فتئت وزارة الداخلية تردده هو أن المصالح الأمنية فككت أزيد من ٢٠٠ خلية إرهابية منذ "
        "سنة ٢٠٠٢."
    )
    s2 = "وتضيف الوزارة أن أكثر من 500 مخطط تخريبي أحبط خلال الفترة ذاتها."
    body = [
        s1,
        s2,
        "غير أن المواطن، وهو يقرأ هذه الحصيلة للمرة المائة، يحتاج إلى ما هو أبعد من الأرقام: إلى الفهم.",
        "ولعل أول خطوة هي نشر تقرير سنوي مفصل من 50 صفحة على الأقل، كما تفعل دول كثيرة.",
        (
            "لست ممن يشككون في جهود الأجهزة الأمنية، فقد كنت شاهدا على كثير منها. لكن الأرقام حين تتكرر "
            "بالصيغة نفسها سنة بعد أخرى تفقد قدرتها على الإقناع، وتتحول إلى لازمة خطابية أكثر منها معطى "
            "قابلا للتحليل."
        ),
    ]
    text = clean(title, "عمود «على الهامش» — جريدة المنعطف | الثلاثاء 15 أبريل 2025", body)
    moi = A("MOI", "وزارة الداخلية")
    claims = [
        C("cells_dismantled", 200, "٢٠٠", s1, since("2002", pub, "منذ سنة ٢٠٠٢"), moi, q="more_than", qt="أزيد من"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة ذاتها"), A("MOI", "الوزارة"),
          q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("للمرة المائة", "rhetorical number"), T("50 صفحة", "a report's length")]
    return spec("o05", "clean", "ar", text, meta(title, "جريدة المنعطف", "Jaridat Almon3atafe", pub,
                fictional=True), claims, traps, summary="a column on 'the figure the ministry keeps repeating' "
                "(MOI): more than ٢٠٠ cells since ٢٠٠٢ in Arabic-Indic digits; more than 500 plots, period "
                "inherited by 'خلال الفترة ذاتها'; rhetorical 'للمرة المائة'")  # fmt: skip


def o06():
    pub, outlet = "2025-02-18", "أنوال بريس"
    title = "هل نحتاج إلى مقاربة جديدة لمكافحة التطرف؟"
    s1 = (
        "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد أوقف أزيد من 4500 شخص في قضايا الإرهاب منذ "
        "سنة 2002."
    )
    body = [
        "مقال تحليلي بقلم الباحثة سلمى العلوي",
        s1,
        para(
            "ولا ينبغي أن ننسى أن الشراكة مع فرنسا وبلجيكا مكنت من تفكيك شبكات عابرة للحدود.",
            "وفي بلجيكا وحدها، التي لا يتجاوز سكانها 12 مليون نسمة، سافر مئات الشباب للقتال.",
        ),
        "إن السؤال الحقيقي ليس كم أوقفنا، بل كم منعنا من التطرف أصلا.",
        (
            "إن المقاربة الأمنية أثبتت نجاعتها، ولا أحد يجادل في ذلك. لكن الوقاية تبدأ من الحي والمدرسة "
            "والمسجد، ومن فرص الشغل التي تمنح الشباب أفقا غير أفق التطرف."
        ),
    ]
    side = ["توقعات بنمو اقتصادي بنسبة 3,2 في المائة", "افتتاح معرض الكتاب في دورته 30"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 4500, "4500", s1, since("2002", pub, "منذ سنة 2002"),
          A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني"), q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("12 مليون نسمة", "Belgium's population"), T("مئات", "vague count"),
             T("3,2 في المائة", "sidebar: growth rate"), T("دورته 30", "sidebar: edition")]  # fmt: skip
    return spec("o06", "aggregator", "ar", text, meta(title, outlet, "Anwal Press", pub, fictional=True), claims,
                traps, partners=["FR", "BE"], summary="a researcher's analysis quoting DGST data: more than 4500 "
                "arrested since 2002; partners France and Belgium; Belgium's population and 'مئات' (traps)")  # fmt: skip


def o07():
    pub = "2025-05-20"
    title = "في ذكرى تأسيس الأمن الوطني: شراكة الأجهزة"
    s1 = (
        "وتقول المديرية العامة للأمن الوطني إن مصالحها نفذت 38 عملية مشتركة مع المديرية العامة لمراقبة التراب "
        "الوطني خلال سنة 2024."
    )
    body = [
        "يحتفل الأمن الوطني بالذكرى 69 لتأسيسه، وهي مناسبة لقراءة هادئة في أدواره.",
        s1,
        "ويرى كاتب هذه السطور أن هذا التكامل بين الجهازين هو السر الحقيقي لما يسمى بالنموذج المغربي.",
        "ولا يتعلق الأمر بعدد العناصر، الذي يتجاوز 80 ألف شرطي، بقدر ما يتعلق بتدفق المعلومة.",
        (
            "لقد تغيرت صورة رجل الأمن في أذهان المغاربة خلال العقدين الأخيرين، وصار التواصل جزءا من عمل "
            "المؤسسة. ومع ذلك، يظل الجمهور في حاجة إلى معطيات أدق حول طبيعة هذه العمليات ونتائجها "
            "القضائية."
        ),
    ]
    text = html("ar", title, "الرأي الآخر", pub, body, aside=["الذكرى 69: برنامج الاحتفالات"])
    claims = [
        C("joint_operations", 38, "38", s1, yr("2024", "خلال سنة 2024"),
          A("DGSN", "المديرية العامة للأمن الوطني")),
    ]  # fmt: skip
    traps = [T("الذكرى 69", "anniversary ordinal"), T("80 ألف شرطي", "staff numbers")]
    return spec("o07", "html", "ar", text, meta(title, "الرأي الآخر", "Arraey Alakhar", pub, fictional=True),
                claims, traps, summary="an anniversary column: the DGSN's 38 joint operations with the DGST in "
                "2024 (DGSN); time tag and JSON-LD; anniversary ordinal, staff numbers")  # fmt: skip


def o08():
    pub = "2025-01-25"
    title = "حصيلة 2024: أقل خلايا، نفس اليقظة"
    s1 = "وحسب أرقام المكتب المركزي للأبحاث القضائية، فقد فكك المكتب 9 خلايا إرهابية خلال سنة 2024."
    s2 = "وأوقف المكتب 63 شخصا خلال السنة الماضية في قضايا مرتبطة بالإرهاب."
    body = [
        s1,
        s2,
        "وفي المقابل، أعلنت تونس عن تفكيك 30 خلية في العام نفسه، وهو رقم لا يقارن بسبب اختلاف السياقات.",
        (
            "نفتح في مطلع كل سنة ملف حصيلة السنة المنصرمة، ولا نرى في تراجع عدد الخلايا سببا للاطمئنان. "
            "فالتهديد تغير شكله ولم يختف، وتنظيمات الساحل ما زالت تبحث عن موطئ قدم شمالا. ولهذا ندعو "
            "إلى نشر الحصيلة مفصلة بحسب المدن والفئات العمرية."
        ),
        "ويبقى أن خلية واحدة ناجحة تكفي لإحداث مأساة.",
    ]
    text = clean(title, "افتتاحية الأسبوع المغربي — السبت 25 يناير 2025", body)
    bcij = A("BCIJ", "أرقام المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 9, "9", s1, yr("2024", "خلال سنة 2024"), bcij),
        C("persons_arrested", 63, "63", s2, yr("2024", "خلال السنة الماضية"), bcij),
    ]
    traps = [T("30 خلية", "Tunisia's figure used as comparison"), T("خلية واحدة", "rhetorical number")]
    return spec("o08", "clean", "ar", text, meta(title, "الأسبوع المغربي", "Alousbou3 Almaghribi", pub,
                fictional=True), claims, traps, not_partners=[NP("TN", "تونس", "a comparison")],
                summary="an editorial on 2024: the BCIJ's 9 cells in 2024 (below its own 11 by October: planted) "
                "and 63 arrested 'السنة الماضية' (against the ministry's 71: planted); Tunisia's 30 cells as a "
                "comparison (trap)")  # fmt: skip


# ================================================================ French


def o09():
    pub = "2025-06-12"
    title = "Tribune — Le renseignement marocain, un atout diplomatique"
    s1 = "Aujourd'hui, la DGST revendique 217 cellules démantelées depuis 2002."
    body = [
        "Par Karim Benjelloun, ancien diplomate",
        para(s1, "Derrière ce chiffre, il y a des années de patience et d'infiltration."),
        para(
            "La coopération avec l'Espagne, qui a mené plusieurs opérations conjointes avec Rabat, en est la "
            "meilleure illustration.",
            "La Tunisie, elle, a choisi un autre modèle, plus judiciaire.",
        ),
        "On me dira qu'un chiffre ne prouve rien ; j'ai mille raisons de penser le contraire.",
        (
            "J'ai longtemps représenté le Royaume dans des enceintes où l'on doutait de ses chiffres. "
            "Ce temps est révolu : nos partenaires européens viennent désormais chercher à Rabat une "
            "expertise qu'ils n'avaient pas soupçonnée."
        ),
    ]
    text = html("fr", title, "Le Regard Libre", pub, body, aside=["Les 10 chiffres de la semaine"])
    claims = [C("cells_dismantled", 217, "217", s1, since("2002", pub, "depuis 2002"), A("DGST", "la DGST"))]
    traps = [T("mille raisons", "rhetorical number"), T("Les 10 chiffres", "aside headline")]
    return spec("o09", "html", "fr", text, meta(title, "Le Regard Libre", "Le Regard Libre", pub, fictional=True),
                claims, traps, partners=["ES"], not_partners=[NP("TN", "La Tunisie", "a contrasting model")],
                summary="a former diplomat's op-ed: 'la DGST revendique' 217 cells since 2002; partner Spain "
                "(joint operations), Tunisia as a contrasting model; rhetorical 'mille raisons'; time tag and "
                "JSON-LD")  # fmt: skip


def o10():
    pub, outlet = "2025-01-15", "Maghreb Opinions"
    title = "Combattants marocains : le chiffre et l'oubli"
    s1 = (
        "Les chiffres officiels parlent de 1 659 Marocains partis combattre en Syrie et en Irak, un total "
        "qui n'a guère bougé depuis des années."
    )
    body = [
        s1,
        para(
            "L'Union européenne, elle, estime à 5 000 le nombre de ses ressortissants partis sur le même théâtre.",
            "Comparaison n'est pas raison, mais elle éclaire.",
        ),
        "Pour ma part, je plaide pour un véritable programme de réinsertion, sur le modèle de Moussalaha.",
        (
            "Derrière chaque départ, il y a une famille, un quartier, parfois une école qui n'a rien vu "
            "venir. Le débat public marocain préfère la statistique au récit ; c'est une erreur."
        ),
    ]
    side = ["Raja-Wydad : 2-2 au terme d'un derby fou", "L'inflation à 1,8 % en décembre"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("fighters_joined", 1659, "1 659", s1, cumul(pub), A("official_unspecified", "Les chiffres officiels"),
          subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("5 000", "the European Union's figure used as comparison"),
             T("2-2", "sidebar: score"), T("1,8 %", "sidebar: inflation")]  # fmt: skip
    return spec("o10", "aggregator", "fr", text, meta(title, outlet, "Maghreb Opinions", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="a column: 'Les chiffres officiels parlent de' 1 659 fighters in Syria and Iraq "
                "(official_unspecified, syria_iraq_linked); the EU's 5 000 as a comparison (trap); sidebar")  # fmt: skip


def o11():
    pub = "2024-12-02"
    title = "Le BCIJ, dix ans après : ce que disent les chiffres"
    s1 = (
        "Comme l'a récemment rappelé le directeur du BCIJ, le Bureau a démantelé 102 cellules depuis sa "
        "création."
    )
    body = [
        "Analyse",
        s1,
        "Ce bilan, que la presse reprend volontiers, mérite d'être mis en perspective.",
        "La loi 86.14, qui punit le ralliement aux groupes armés, a changé la donne.",
        (
            "Il faut d'abord rappeler d'où vient ce Bureau, né d'une réforme qui a doté la DGST d'une "
            "police judiciaire propre. Ses communiqués, sobres et réguliers, ont imposé un rythme à la "
            "couverture médiatique du terrorisme. Mais un bilan cumulé dit peu de chose de la dynamique "
            ": la menace a changé de nature plus que d'intensité."
        ),
    ]
    text = wordpress("fr", "Décryptages", "Accueil » Analyses", title, "Publié le 2 décembre 2024 par Leïla Amrani",
                     body, ["Budget 2025 : 7 mesures à retenir"])  # fmt: skip
    claims = [
        C("cells_dismantled", 102, "102", s1, since(BCIJ_START, pub, "depuis sa création"),
          A("BCIJ", "le directeur du BCIJ")),
    ]  # fmt: skip
    traps = [T("86.14", "law number"), T("7 mesures", "related headline"), T("dix ans", "duration")]
    return spec("o11", "wordpress", "fr", text, meta(title, "Décryptages", "Decryptages", pub, fictional=True),
                claims, traps, summary="an analysis piece: 'Comme l'a récemment rappelé le directeur du BCIJ' 102 "
                "cells since the BCIJ's creation (BCIJ); law number")  # fmt: skip


def o12():
    pub = "2024-10-08"
    title = "Antiterrorisme : l'année n'est pas finie"
    s1 = "Depuis le début de l'année, le BCIJ a démantelé 11 cellules, selon ses propres chiffres."
    body = [
        "Éditorial",
        s1,
        "C'est beaucoup, et c'est peu : il suffit d'un seul loup solitaire pour tout remettre en cause.",
        "Rendez-vous au 31 décembre pour le bilan.",
        (
            "Il faut s'en féliciter sans triomphalisme. Les cellules démantelées cette année sont plus "
            "petites, plus jeunes, plus connectées ; leurs membres se radicalisent souvent seuls, "
            "devant un écran, loin de toute mosquée."
        ),
    ]
    text = html("fr", title, "Le Quotidien de l'Oriental", pub, body, jsonld=False)
    claims = [
        C("cells_dismantled", 11, "11", s1, ytd(pub, "Depuis le début de l'année"), A("BCIJ", "le BCIJ"))
    ]
    traps = [T("un seul loup solitaire", "rhetorical number"), T("31 décembre", "a date")]
    return spec("o12", "html", "fr", text, meta(title, "Le Quotidien de l'Oriental", "Le Quotidien de l'Oriental",
                pub, fictional=True), claims, traps, summary="an editorial: the BCIJ's 11 cells since January 2024 "
                "(year to date), more than its own 9 for the whole year (planted); time tag alone")  # fmt: skip


def o13():
    pub = "2025-03-20"
    title = "Les revenants, angle mort du débat public"
    s1 = (
        "Selon les chiffres du ministère de l'Intérieur, 270 combattants sont revenus au Maroc, dont 226 de "
        "la zone syro-irakienne et 37 de Libye."
    )
    body = [
        "Par Youssef Tazi, chercheur associé",
        s1,
        "Faites le calcul : quelque chose ne tombe pas juste, et personne ne semble s'en émouvoir.",
        "La plupart ont écopé de peines allant de 5 à 10 ans de prison.",
        (
            "Le sort des revenants reste l'un des dossiers les plus opaques de la politique "
            "antiterroriste. On sait qu'ils sont poursuivis dès leur arrivée ; on sait beaucoup moins "
            "ce qu'ils deviennent après leur peine, et si les programmes de déradicalisation les "
            "touchent."
        ),
    ]
    text = clean(title, "La Tribune du Nord — jeudi 20 mars 2025", body)
    moi = A("MOI", "les chiffres du ministère de l'Intérieur")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), moi),
        C("returnees", 226, "226", s1, cumul(pub), moi, subset="syria_iraq_linked"),
        C("returnees", 37, "37", s1, cumul(pub), moi, subset="libya"),
    ]
    traps = [T("de 5 à 10 ans de prison", "prison terms")]
    return spec("o13", "clean", "fr", text, meta(title, "La Tribune du Nord", "La Tribune du Nord", pub,
                fictional=True), claims, traps, not_partners=[NP("LY", "Libye", "a conflict zone")],
                summary="a researcher's column: the ministry's 270 returnees broken down 226 Syria-Iraq + 37 Libya "
                "= 263 (planted arithmetic); prison terms; Libya mentioned")  # fmt: skip


def o14():
    pub, outlet = "2025-07-02", "Point de Vue Maroc"
    title = "Éditorial : la sécurité a un prix"
    s1 = "Selon notre propre décompte, 45 000 personnes ont été arrêtées pour terrorisme depuis 2002."
    body = [
        s1,
        "Ce chiffre, que nous assumons, dit l'ampleur d'un effort que peu de pays ont consenti.",
        "Le budget de la sécurité a progressé de 6 % cette année.",
        (
            "Nous ne sommes pas de ceux qui confondent chiffres et résultats. Mais un État qui "
            "interpelle autant doit aussi rendre compte : combien de ces personnes ont été jugées, "
            "combien relaxées, combien réinsérées ?"
        ),
    ]
    side = ["Bac 2025 : un taux de réussite de 71 %", "Canicule : 47 °C attendus à Marrakech"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 45000, "45 000", s1, since("2002", pub, "depuis 2002"), A("unspecified"))]
    traps = [SIDEBAR_RULE, T("6 %", "budget growth"), T("71 %", "sidebar: pass rate"),
             T("47 °C", "sidebar: temperature")]  # fmt: skip
    return spec("o14", "aggregator", "fr", text, meta(title, outlet, "Point de Vue Maroc", pub, fictional=True),
                claims, traps, summary="an editorial's own count ('notre propre décompte', unspecified, raw null): "
                "45 000 arrested since 2002, ten times the DGST's 4500 (planted implausible); budget percentage, "
                "sidebar")  # fmt: skip


def o15():
    pub = "2025-02-27"
    title = "Ce que la décennie nous a appris"
    s1 = "Entre 2015 et 2020, d'après des sources sécuritaires, 62 cellules ont été neutralisées."
    s2 = (
        "En 2024, selon la même source, neuf cellules seulement ont été démantelées, ce que certains lisent "
        "comme un essoufflement."
    )
    body = [
        s1,
        para(s2, "J'y vois au contraire le signe d'une menace contenue."),
        "Le partenariat avec les Pays-Bas, peu médiatisé, a pourtant été décisif dans plusieurs dossiers.",
        (
            "Je tiens ce blog depuis longtemps, et j'ai appris à me méfier des lectures trop rapides. "
            "Une baisse n'est pas un relâchement ; elle peut aussi traduire l'efficacité d'une "
            "prévention qui agit en amont."
        ),
        "Contact de la rédaction : 05 22 48 31 00.",
    ]
    text = wordpress("fr", "Carnets de Sécurité", "Accueil » Blog", title, "27 février 2025 — Blog de Nadia Chraibi",
                     body, ["3 lectures pour comprendre le Sahel"])  # fmt: skip
    claims = [
        C("cells_dismantled", 62, "62", s1, rng("2015", "2020", "Entre 2015 et 2020"),
          A("official_unspecified", "des sources sécuritaires")),
        C("cells_dismantled", 9, "neuf", s2, yr("2024", "En 2024"), A("official_unspecified", "des sources sécuritaires")),
    ]  # fmt: skip
    traps = [T("05 22 48 31 00", "phone number"), T("3 lectures", "related headline")]
    return spec("o15", "wordpress", "fr", text, meta(title, "Carnets de Sécurité", "Carnets de Securite", pub,
                fictional=True), claims, traps, partners=["NL"],
                summary="a security blog: 'd'après des sources sécuritaires' (official_unspecified) 62 cells "
                "between 2015 and 2020 (range), then 'neuf' in 2024 carried by 'selon la même source'; partner the "
                "Netherlands; phone number")  # fmt: skip


# ================================================================ English


def o16():
    pub = "2025-09-09"
    title = "Opinion: Morocco's counter-terrorism model is a partnership story"
    s1 = "Security sources say some 4,600 people have been arrested on terrorism charges since 2002."
    body = [
        "By Omar Lahlou, former adviser at the interior ministry",
        s1,
        "Much of that was made possible by intelligence shared with the United States and the Netherlands.",
        "Compare that with the United Kingdom, where MI5 says it disrupted 43 late-stage plots since 2017.",
        "I have made this argument a hundred times, and I will make it again.",
        (
            "When I sat in ministry meetings, the question was never whether to cooperate but how fast. "
            "Intelligence that arrives a day late is worthless, and Moroccan officers learned early "
            "that trust is built one file at a time."
        ),
    ]
    text = html("en", title, "The Atlas Review", pub, body, time_tag=False, aside=["5 books on the Sahel"])
    claims = [
        C("persons_arrested", 4600, "4,600", s1, since("2002", pub, "since 2002"),
          A("official_unspecified", "Security sources"), q="about", qt="some"),
    ]  # fmt: skip
    traps = [T("43 late-stage plots", "the United Kingdom's figure used as comparison"),
             T("a hundred times", "rhetorical number"), T("5 books", "aside headline")]  # fmt: skip
    return spec("o16", "html", "en", text, meta(title, "The Atlas Review", "The Atlas Review", pub, fictional=True),
                claims, traps, partners=["US", "NL"],
                not_partners=[NP("GB", "the United Kingdom", "a comparison")],
                summary="a former adviser's op-ed: 'Security sources say' some 4,600 arrested since 2002 "
                "(official_unspecified); partners United States and the Netherlands; the UK's 43 plots as a "
                "comparison (trap); JSON-LD alone")  # fmt: skip


def o17():
    pub = "2025-10-20"
    title = "Editorial: Numbers are not a strategy"
    s1 = "By this newspaper's count, 214 terrorist cells have been dismantled since 2002."
    body = [
        s1,
        "That is an achievement, but a count is not a policy, and the next attack will not care about the tally.",
        "Article 218-1 of the penal code already gives judges broad powers.",
        (
            "We have published these tallies for years, and we will keep doing so. But readers deserve "
            "more than a running total: they deserve to know how many of those cells had concrete "
            "plans, how many were online talkers, and how many cases ended in acquittal."
        ),
    ]
    text = wordpress("en", "Morocco Weekly Insight", "Home » Editorials", title, "October 20, 2025 | Editorial Board",
                     body, ["Ten things to know about the 2026 budget"])  # fmt: skip
    claims = [C("cells_dismantled", 214, "214", s1, since("2002", pub, "since 2002"), A("unspecified"))]
    traps = [T("218-1", "article of the penal code"), T("Ten things", "related headline")]
    return spec("o17", "wordpress", "en", text, meta(title, "Morocco Weekly Insight", "Morocco Weekly Insight", pub,
                fictional=True), claims, traps, summary="an editorial's own count ('By this newspaper's count', "
                "unspecified, raw null): 214 cells since 2002, stale after the DGST's 217 in June; penal code "
                "article")  # fmt: skip


def o18():
    pub = "2025-03-02"
    title = "Analysis: Reading Morocco's terrorism statistics"
    s1 = "Interior ministry figures put the number of people arrested on terrorism charges last year at seventy-one."
    s2 = "Over the last five years, the DGST says, 41 cells were taken apart."
    s3 = "During the same period, it reports 380 arrests."
    body = [
        s1,
        para(s2, s3),
        "Germany, which has worked closely with Rabat on several cases, publishes nothing comparable.",
        "Belgium, with 11.8 million people, faces a very different problem.",
        (
            "Moroccan terrorism statistics come from several bodies, each with its own counting rules, "
            "and they rarely line up. The interior ministry reports to parliament, the BCIJ speaks "
            "through communiqués and interviews, and the DGST's totals surface in speeches. A careful "
            "reader should compare like with like before drawing conclusions."
        ),
    ]
    text = clean(title, "The Maghreb Ledger, March 2, 2025", body)
    dgst = A("DGST", "the DGST")
    claims = [
        C("persons_arrested", 71, "seventy-one", s1, yr("2024", "last year"), A("MOI", "Interior ministry figures")),
        C("cells_dismantled", 41, "41", s2, lastn(5, pub, "Over the last five years"), dgst),
        C("persons_arrested", 380, "380", s3, lastn(5, pub, "During the same period"), dgst),
    ]  # fmt: skip
    traps = [T("11.8 million", "Belgium's population")]
    return spec("o18", "clean", "en", text, meta(title, "The Maghreb Ledger", "The Maghreb Ledger", pub,
                fictional=True), claims, traps, partners=["DE"],
                not_partners=[NP("BE", "Belgium", "a comparison")],
                summary="an analysis: the ministry's 'seventy-one' arrested 'last year' (2024, against the BCIJ's "
                "63: planted); the DGST's 41 cells 'Over the last five years' and 380 arrests 'During the same "
                "period' (inherited); partner Germany, Belgium a comparison")  # fmt: skip


def o19():
    pub, outlet = "2025-05-14", "North Africa Blog Digest"
    title = "Blog: Is the BCIJ winding down?"
    s1 = "In 2021 the BCIJ's director spoke of 84 cells since the bureau's creation."
    s2 = "By my own count of the cells taken apart since March 2015, when the bureau was set up, the figure now stands at 97."
    body = [
        "Posted by Hicham Ouazzani, researcher in security studies",
        para(s1, s2),
        "Some readers will say I am splitting hairs over a handful of cases.",
        "I am 46 years old and have covered this beat for 20 years.",
        (
            "Regular readers know I keep a spreadsheet of every communiqué. It is tedious work, and it "
            "has taught me that official totals are rounded, revised and sometimes quietly dropped."
        ),
    ]
    side = ["Atlas Lions win 2-1 in friendly", "Fuel prices up 4% in May"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 84, "84", s1, since(BCIJ_START, "2021", "since the bureau's creation"),
          A("BCIJ", "the BCIJ's director"), as_of="2021"),
        C("cells_dismantled", 97, "97", s2, since(BCIJ_START, pub, "since March 2015"),
          A("analyst", "researcher in security studies", "Hicham Ouazzani")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("46 years old", "age"), T("20 years", "duration"), T("2-1", "sidebar: score"),
             T("4%", "sidebar: fuel prices"), T("a handful", "vague count")]  # fmt: skip
    return spec("o19", "aggregator", "en", text, meta(title, outlet, "North Africa Blog Digest", pub,
                fictional=True), claims, traps,
                summary="a researcher's blog: the BCIJ director's 84 recalled from 2021 (as_of 2021) and the "
                "author's own count (analyst) of 97 since March 2015, below the BCIJ's 102 of December 2024 "
                "(planted decrease); age, sidebar")  # fmt: skip


def o20():
    pub = "2025-11-05"
    title = "Long read: Two decades of prevention"
    s1 = (
        "According to official statistics, more than 210 cells have been broken up since 2002, and more than 500 "
        "plots foiled."
    )
    body = [
        "Twenty-two years after the Casablanca bombings, the country's security services have changed beyond recognition.",
        s1,
        "Mali, by contrast, has seen attacks multiply, and the Sahel now accounts for half of the world's "
        "terrorism deaths.",
        "The strategy will need another 20 years of patience.",
        (
            "The story of Morocco's counter-terrorism effort is often told as a list of raids. It is "
            "also the story of a religious reform, of imams retrained, of prisons that tried, with "
            "mixed results, to turn convicts away from violence."
        ),
    ]
    text = html("en", title, "Sahara Monitor", pub, body, jsonld=False)
    official = A("official_unspecified", "official statistics")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "since 2002"), official, q="more_than", qt="more than"),
        C("plots_foiled", 500, "500", s1, since("2002", pub, "since 2002"), official, q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("Twenty-two years", "duration"), T("half of the world's", "world share, not Morocco"),
             T("20 years", "rhetorical duration")]  # fmt: skip
    return spec("o20", "html", "en", text, meta(title, "Sahara Monitor", "Sahara Monitor", pub, fictional=True),
                claims, traps, not_partners=[NP("ML", "Mali", "a contrast")],
                summary="a long read: 'According to official statistics' more than 210 cells and more than 500 plots "
                "since 2002, one sentence, two metrics; Mali a contrast; world share; time tag alone")  # fmt: skip


ARTICLES = [
    o01,
    o02,
    o03,
    o04,
    o05,
    o06,
    o07,
    o08,
    o09,
    o10,
    o11,
    o12,
    o13,
    o14,
    o15,
    o16,
    o17,
    o18,
    o19,
    o20,
]

INCONSISTENCIES = [
    {"id": "oped-stale", "kind": "stale_figure",
     "refs": [("o01", "cells_dismantled", 214), ("o09", "cells_dismantled", 217), ("o17", "cells_dismantled", 214)],
     "explanation": "cells dismantled since 2002: 214 (official figures, March 2025), 217 (the DGST, June 2025); an "
                    "editorial repeats 214 in October 2025"},
    {"id": "oped-decrease", "kind": "cumulative_decrease",
     "refs": [("o11", "cells_dismantled", 102), ("o19", "cells_dismantled", 97)],
     "explanation": "cells since the BCIJ's creation (March 2015): 102 (its director, December 2024) then 97 (a "
                    "researcher's own count, May 2025)"},
    {"id": "oped-arithmetic", "kind": "internal_arithmetic",
     "refs": [("o13", "returnees", 270), ("o13", "returnees", 226, "syria_iraq_linked"),
              ("o13", "returnees", 37, "libya")],
     "explanation": "270 returnees said to be 226 from the Syrian-Iraqi zone and 37 from Libya = 263, not 270"},
    {"id": "oped-implausible", "kind": "implausible_value",
     "refs": [("o06", "persons_arrested", 4500), ("o14", "persons_arrested", 45000)],
     "explanation": "45000 people arrested since 2002 by an editorial's own count, ten times the 4500 of the DGST's "
                    "data"},
    {"id": "oped-partial", "kind": "partial_exceeds_whole",
     "refs": [("o12", "cells_dismantled", 11), ("o08", "cells_dismantled", 9)],
     "explanation": "the BCIJ dismantled 11 cells from January to October 2024, then 9 for the whole of 2024"},
    {"id": "oped-disagree", "kind": "same_period_disagreement",
     "refs": [("o08", "persons_arrested", 63), ("o18", "persons_arrested", 71)],
     "explanation": "people arrested in 2024: 63 (the BCIJ, 'السنة الماضية', January 2025) against 71 (interior "
                    "ministry figures, 'last year', March 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("o05", "cells_dismantled", 200), ("o01", "cells_dismantled", 214)],
     "reason": "'أزيد من ٢٠٠' since 2002 (the ministry, April 2025) admits the 214 of the official figures (March 2025)"},
    {"refs": [("o09", "cells_dismantled", 217), ("o20", "cells_dismantled", 210)],
     "reason": "217 cells since 2002 (the DGST, June 2025) and 'more than 210' (official statistics, November 2025) "
               "agree"},
    {"refs": [("o01", "cells_dismantled", 190), ("o01", "cells_dismantled", 214)],
     "reason": "the DGST's 190 recalled from 2019 and 214 in 2025: a running total that rose, in one op-ed"},
    {"refs": [("o03", "cells_dismantled", 100), ("o11", "cells_dismantled", 102)],
     "reason": "the BCIJ's cells since its creation: more than 100 (June 2024), then 102 (December 2024)"},
    {"refs": [("o19", "cells_dismantled", 84), ("o11", "cells_dismantled", 102)],
     "reason": "the BCIJ's 84 of 2021 then 102 in December 2024: a running total that rose"},
    {"refs": [("o06", "persons_arrested", 4500), ("o16", "persons_arrested", 4600)],
     "reason": "more than 4500 arrested since 2002 (February 2025), then some 4,600 (September 2025): a total that "
               "rises"},
    {"refs": [("o02", "fighters_joined", 1660, "syria_iraq_linked"),
              ("o10", "fighters_joined", 1659, "syria_iraq_linked")],
     "reason": "a researcher's estimate of about 1660 fighters and the official 1 659 agree"},
    {"refs": [("o04", "returnees", 270), ("o13", "returnees", 270)],
     "reason": "270 returnees in the ministry's figures (November 2024, March 2025): an undated total that stays"},
    {"refs": [("o05", "plots_foiled", 500), ("o20", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002: the ministry and official statistics, both bounds that agree"},
    {"refs": [("o08", "cells_dismantled", 9), ("o15", "cells_dismantled", 9)],
     "reason": "9 cells in 2024: the BCIJ's figures and a blog's security sources agree"},
]  # fmt: skip

CONVENTIONS = """\
- **Hedged official attribution**: "الأرقام الرسمية", "Les chiffres officiels parlent de", "According to official
  statistics" → `official_unspecified`; "Security sources say", "d'après des sources sécuritaires" →
  `official_unspecified` too. A named body keeps its slug however indirect the verb: "la DGST revendique" → DGST,
  "the figure the ministry keeps repeating" ("الرقم الذي ما فتئت وزارة الداخلية تردده") → MOI, "Comme l'a
  récemment rappelé le directeur du BCIJ" → BCIJ, "Interior ministry figures put" → MOI.
- **"By some estimates"** ("بعض التقديرات") names no one: `unspecified` with that raw text (not an analyst: nobody
  is named as estimating).
- **The author's own estimate or count**: when the author is presented as a researcher ("حسب تقديري الشخصي", "By
  my own count"), `analyst`, with the byline's title as raw and the name as person. **The outlet's editorial
  count** ("Selon notre propre décompte", "By this newspaper's count") → `unspecified`, raw null.
- **Recalled figures** ("ففي سنة 2019 تحدثت المديرية … عن 190 خلية منذ 2002", "In 2021 the BCIJ's director spoke of
  84") carry `as_of` (the year, at the precision given); their `since` period ends at `as_of`. They are claims.
- **Since the BCIJ's creation** ("منذ إحداثه", "depuis sa création", "since the bureau's creation") starts at
  `2015-03`, the month it was set up (as corpus_comms); "since March 2015" gives the same start.
- **Other countries' figures** used as comparison (France's 45 foiled attacks, the EU's 5 000, Tunisia's 30 cells,
  the UK's 43 plots, Belgium's population) are never Morocco's claims; the country is `mentioned`, not a partner.
  A world share ("half of the world's terrorism deaths") is a trap.
- **Rhetorical numbers** ("ألف مرة", "للمرة المائة", "mille raisons", "a hundred times", "un seul loup solitaire",
  "خلية واحدة ناجحة تكفي") are not claims.
- **Partners** are countries named as cooperating in the argument (joint operations, shared intelligence,
  "partenariat"); a country named only as a model, a comparison, a conflict zone or as refusing to cooperate
  (Algeria) is `mentioned`.
- **Inherited periods**: "خلال الفترة ذاتها", "During the same period" take the previous sentence's period; a
  source carried by a pronoun ("it reports") keeps the previous sentence's source.
- **Relative periods**: "خلال السنة الماضية", "last year" = the byline's year − 1; "Over the last five years" =
  `last_n_years` (start = byline year − 5); "Depuis le début de l'année" is year to date.
- **Bounds** agree as in CONTRACT.md: "أزيد من ٢٠٠" admits 214, "more than 210" admits 217, "نحو 1660" admits
  1 659.
- **Traps**: law numbers and penal code articles, prison terms, ages, durations ("22 عاما", "Twenty-two years"),
  populations, budget percentages, phone numbers, vague counts (عشرات، مئات, "a handful"), related and sidebar
  headlines.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, docs/conventions.md, tests/corpus_kit.py,
tests/corpus_gold_checks.py and the structure of tests/corpus_comms were read; no engine code, and the engine was
never run on these files. Real coverage read through the search tool (Arabic and French reports and analyses of
the BCIJ's and the interior ministry's totals) showed how opinion and analysis pieces hedge and recall figures;
no sentence was copied, all outlets and people are invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_oped: opinion, analysis and columns",
        "",
        "A development corpus of 20 invented articles (8 Arabic, 7 French, 5 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) of op-eds by researchers and former officials, columns,",
        "editorials, analysis pieces and blog-style commentary that weave official figures into an argument.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_oped/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_oped_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_oped --json > /tmp/oped.json",
        "    ../shared/tools/score.py tests/corpus_oped/expected.json /tmp/oped.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'oped': opinion, analysis and columns (op-eds by researchers and former "
        "officials, editorials, analysis pieces, blogs) with hedged attribution, the author's own estimate, the "
        "outlet's count, recalled figures, comparisons with other countries and rhetorical numbers; 20 invented "
        "articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
