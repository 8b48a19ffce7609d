"""Writes the development corpus (tests/corpus/*) and its gold, expected.json.

    .venv/bin/python tests/corpus/build.py

Every article is written here from Python strings, so the gold cannot drift from the files: a claim's
`sentence` is the very string placed in the text, byte sizes are measured after writing, and
`verify()` re-reads every file from disk, decodes it the way the gold says, and checks each sentence,
value_text, qualifier_text, period text, attribution, trap and country text is really there.

The articles are written for this corpus: realistic Moroccan press wording around publicly reported
orders of magnitude (200-odd cells since 2002, about 1,600 fighters, about 270 returnees...), with
figures drifting between outlets and years on purpose, since that drift is what ctfacts tracks.
Outlets marked `outlet_fictional` do not exist; articles under real outlet names are invented too.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP4 = "\u00a0" * 4

# ---------------------------------------------------------------- layouts


def aggregator(sidebar, title, outlet, date, paragraphs, *, tags=None, listen=False, french=False):
    """The maghress-style aggregator page, shaped exactly like seeds 000/001/004."""
    d = date.split("-")
    if french:
        thanks = [
            "Merci pour votre signalement !",
            "Cette image sera automatiquement bloquée après avoir été signalée par plusieurs personnes.",
        ]
        byline = f"Publié dans {outlet} le {d[2]} - {d[1]} - {d[0]}"
        tail = "Cliquez ici pour lire l'article depuis sa source."
        tag_word = "Mots-clés"
    else:
        thanks = ["شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص."]
        byline = f"نشر في {outlet} يوم {d[2]} - {d[1]} - {d[0]}"
        tail = "انقر هنا لقراءة الخبر من مصدره."
        tag_word = "الوسوم"
    first_line = ""
    for i, headline in enumerate(sidebar):
        # Runs of four no-break spaces, doubled where the site left an empty slot (as in the seeds).
        sep = "" if i == 0 else (NBSP4 * 2 if i % 7 == 3 else NBSP4)
        first_line += sep + headline
    lines = [first_line] + [""] * 7 + thanks + [""] * 3 + [title, byline]
    lines += ["", "", "الخط :", "إستمع للمقال"] if listen else [""]
    lines += paragraphs + [""]
    if tags:
        lines += [tag_word, tags, ""]
    lines += ["", tail]
    return "\n".join(lines)


WP_COMMENT_FORM = [
    "اترك تعليقاً",
    "",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "",
    "التعليق *",
    "",
    "الاسم *",
    "",
    "البريد الإلكتروني *",
    "",
    "الموقع الإلكتروني",
    "",
    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
    "",
    "زر الذهاب إلى الأعلى",
]


def wordpress(breadcrumb, title, blocks, related):
    """A WordPress theme page as a text export: glued breadcrumb, title, blank-separated blocks."""
    lines = [breadcrumb, "", title, ""]
    for block in blocks:
        lines += [block, ""]
    lines += ["مقالات ذات صلة", ""]
    for headline in related:
        lines += [headline, ""]
    lines += WP_COMMENT_FORM
    return "\n".join(lines)


def clean(title, city, paragraphs):
    """Title, then '<city> - ' before the first paragraph, one paragraph a line (seed 003)."""
    return "\n".join([title, f"{city} - {paragraphs[0]}"] + paragraphs[1:])


# ---------------------------------------------------------------- gold helpers


def P(type_, start=None, end=None, text=None, n=None):
    period = {"type": type_, "start": start, "end": end, "text": text}
    if n is not None:
        period["n"] = n
    return period


def since(start, pub, text):
    return P("since", start, pub, text)


def year(y, text):
    return P("year", y, y, text)


def A(org, raw=None, person=None):
    return {"org": org, "person": person, "raw": raw}


def C(
    metric,
    value,
    value_text,
    sentence,
    *,
    period,
    attribution,
    qualifier="exact",
    qualifier_text=None,
    subset=None,
    unit="count",
    notes=None,
    as_of=None,
    scope="national",
):
    claim = {
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": qualifier,
        "qualifier_text": qualifier_text,
        "unit": unit,
        "scope": scope,
        "period": period,
        "as_of": as_of,
        "attribution": attribution,
        "sentence": sentence,
    }
    if notes:
        claim["notes"] = notes
    return claim


def T(text, reason):
    """A must_not_extract trap."""
    return {"text": text, "reason": reason}


def NP(country, text, reason):
    return {"country": country, "text": text, "reason": reason}


SIDEBAR_RULE = T(
    "<any headline in the first line (sidebar)>",
    "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
)


def sidebar_traps(items):
    """items: headline strings, or (headline, trap_text, reason) for headlines carrying a number."""
    heads, traps = [], [SIDEBAR_RULE]
    for item in items:
        if isinstance(item, tuple):
            heads.append(item[0])
            traps.append(T(item[1], "sidebar: " + item[2]))
        else:
            heads.append(item)
    return heads, traps


ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


# ================================================================ the articles


@article
def c01():
    pub = "2021-02-15"
    heads, traps = sidebar_traps(
        [
            "انطلاق عملية التلقيح ضد كورونا في المراكز الصحية بالمدن الكبرى",
            ("الرجاء يتعادل مع الوداد في قمة الدوري الاحترافي (1-1)", "(1-1)", "football score"),
            ("تسجيل 412 إصابة جديدة بفيروس كورونا خلال 24 ساعة", "412 إصابة جديدة", "covid cases"),
            "أسعار المحروقات تواصل الارتفاع للأسبوع الثالث على التوالي",
            ("مقتل 12 جنديا في هجوم مسلح وسط مالي", "مقتل 12 جنديا", "casualties in another conflict"),
            ("الحكومة تخصص 4,5 مليار درهم لدعم القطاع السياحي", "4,5 مليار درهم", "money"),
            (
                "إسبانيا.. توقيف 3 أشخاص يشتبه في ارتباطهم بداعش",
                "توقيف 3 أشخاص",
                "terror figure from another country, and Spain is no partner of this article",
            ),
            "تفكيك شبكة للهجرة السرية بالناظور",
            ("المجلس العلمي الأعلى يحدد مقدار زكاة الفطر لرمضان 1442", "رمضان 1442", "Hijri year"),
            "توقعات أحوال الطقس ليوم غد الثلاثاء",
            "نقابات التعليم تلوح بالتصعيد بعد فشل الحوار القطاعي",
        ]
    )
    title = "المغرب فكك 207 خلايا إرهابية منذ 2002.. والمقاربة الاستباقية تثبت نجاعتها"
    s1 = (
        "وحسب مصادر من المديرية العامة لمراقبة التراب الوطني، فقد تمكنت المصالح الأمنية من تفكيك 207 "
        "خلايا إرهابية منذ سنة 2002، أغلبها كان على صلة بتنظيمات تنشط في بؤر التوتر."
    )
    s2 = (
        "وأضافت المصادر ذاتها أن هذه العمليات مكنت خلال الفترة ذاتها من إحباط أزيد من 500 مخطط إرهابي "
        "كان يستهدف منشآت حيوية وأماكن عمومية ومقرات أمنية."
    )
    paragraphs = [
        "كشفت معطيات أمنية حديثة أن المقاربة الاستباقية التي تنهجها المملكة في مواجهة التهديدات الإرهابية "
        "مكنت من تجنيب البلاد عددا من المخططات التخريبية، في سياق إقليمي يتسم بتنامي نشاط الجماعات "
        "المتطرفة في منطقة الساحل والصحراء.",
        f"{s1} {s2}",
        "وتستند هذه الجهود إلى ترسانة قانونية تعززت بصدور القانون رقم 03.03 المتعلق بمكافحة الإرهاب، الذي "
        "جاء مباشرة بعد الأحداث الأليمة التي عرفتها الدار البيضاء في 16 ماي 2003، قبل أن يتم تتميمه سنة "
        "2015 بمقتضيات تجرم الالتحاق ببؤر التوتر.",
        "ويرى متتبعون أن إحداث المكتب المركزي للأبحاث القضائية في مارس 2015 شكل منعطفا في طريقة التعامل "
        "مع الملفات الإرهابية، إذ بات المكتب يتدخل بناء على معلومات دقيقة توفرها المديرية العامة لمراقبة "
        "التراب الوطني، وغالبا ما تتم عمليات التوقيف في ساعات الصباح الأولى تفاديا لأي خطر على المواطنين.",
        "وتواصل الأجهزة الأمنية المغربية يقظتها في ظل استمرار محاولات الاستقطاب عبر شبكات التواصل "
        "الاجتماعي، التي باتت الوسيلة المفضلة لدى التنظيمات المتطرفة لتجنيد الشباب ونشر الدعاية.",
    ]
    dgst = A("DGST", "مصادر من المديرية العامة لمراقبة التراب الوطني")
    return dict(
        key="c01",
        file="c01_hespress_207_cells.txt",
        format="aggregator",
        text=aggregator(heads, title, "هسبريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                207,
                "207",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=dgst,
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s2,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "خلال الفترة ذاتها"),
                attribution=A("DGST", "المصادر ذاتها"),
                notes="period inherited from the previous sentence (since 2002); 'المصادر ذاتها' = the DGST sources",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the figure is repeated by the body, whose sentence is the claim"),
            T("القانون رقم 03.03", "law number"),
            T("16 ماي 2003", "date of the Casablanca attacks"),
            T("سنة 2015", "year the law was amended"),
            T("مارس 2015", "month the BCIJ was created: a date, not a period of a claim"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "title_figure",
            "inherited_period",
            "law_number_trap",
            "hijri_trap",
            "score_trap",
            "money_trap",
            "casualties_trap",
            "sidebar_terror_trap",
            "qualifier_exact",
            "qualifier_more_than",
            "period_since",
            "org_DGST",
        ],
    )


@article
def c02():
    pub = "2021-06-08"
    heads, traps = sidebar_traps(
        [
            ("الوداد يتوج بلقب البطولة الاحترافية للمرة 21 في تاريخه", "للمرة 21", "title count in football"),
            "وزارة الصحة تدعو إلى الالتزام بالتدابير الاحترازية خلال الصيف",
            ("ارتفاع صادرات الفوسفاط بنسبة 18 في المائة", "18 في المائة", "percent of exports"),
            ("الانتخابات التشريعية: 31 حزبا يتنافس على مقاعد مجلس النواب", "31 حزبا", "parties"),
            (
                "فرنسا.. إحباط مخطط إرهابي كان يستهدف كنيسة بمدينة ليون",
                "فرنسا",
                "terror news from France in the sidebar: not a partner of this article",
            ),
            ("وزارة الأوقاف: عيد الأضحى لعام 1442 يوم 21 يوليوز", "1442", "Hijri year"),
            "عملية مرحبا 2021.. عودة الجالية عبر موانئ إسبانيا وفرنسا",
            "جامعة الكرة تكشف عن لائحة المنتخب المحلي",
            "المحكمة الدستورية تصادق على القوانين الانتخابية الجديدة",
        ]
    )
    title = "مصدر أمني: الضربات الاستباقية أفقدت التنظيمات المتطرفة قدرتها على الاستقطاب"
    s1 = (
        "وأبرز المصدر ذاته أن الأجهزة الأمنية المغربية فككت 2009 خلية إرهابية منذ سنة 2002، وأحالت "
        "المتورطين فيها على القضاء بعد استكمال الأبحاث التي أشرفت عليها النيابة العامة المختصة."
    )
    s2 = (
        "كما بلغ عدد الأشخاص الذين تم توقيفهم في قضايا مرتبطة بالإرهاب خلال الفترة نفسها أزيد من 3500 "
        "شخص، من بينهم عشرات النساء والقاصرين."
    )
    paragraphs = [
        "أكد مصدر أمني أن يقظة المصالح المختصة حالت دون تحول المملكة إلى ساحة لعمليات التنظيمات الإرهابية، "
        "رغم المحاولات المتكررة لاستقطاب شباب في مقتبل العمر عبر الفضاء الرقمي.",
        f"{s1} {s2}",
        "وتعود آخر عملية في هذا الإطار إلى الأسبوع الماضي، حين أوقفت عناصر المكتب المركزي للأبحاث القضائية "
        "شابا يبلغ من العمر 27 سنة بمدينة سلا، للاشتباه في تخطيطه لتنفيذ عمل إرهابي بواسطة عبوة ناسفة "
        "تقليدية الصنع.",
        "ولم تقتصر نجاعة هذه المقاربة على الداخل، إذ مكنت المعلومات الدقيقة التي وفرتها المصالح المغربية "
        "دولا صديقة كإسبانيا من إحباط مخططات إرهابية وتوقيف عناصر متطرفة فوق أراضيها.",
        "ويرى مختصون أن التحدي المقبل يتمثل في رصد ما يعرف بالذئاب المنفردة، الذين يتشبعون بالفكر المتطرف "
        "في عزلة تامة ويصعب تتبع تحركاتهم.",
    ]
    official = A("official_unspecified", "مصدر أمني")
    return dict(
        key="c02",
        file="c02_sada_rabat_misprint_2009.txt",
        format="aggregator",
        text=aggregator(heads, title, "صدى الرباط", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="صدى الرباط",
            outlet_alias="Sada Rabat",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                2009,
                "2009",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=official,
                notes="misprint (207-210 at the time): extracted as printed; the consistency check flags it",
            ),
            C(
                "persons_arrested",
                3500,
                "3500",
                s2,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "خلال الفترة نفسها"),
                attribution=official,
                notes="period inherited from the previous sentence",
            ),
        ],
        must_not_extract=traps
        + [
            T("عشرات النساء والقاصرين", "vague count"),
            T("27 سنة", "age"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "misprint",
            "inherited_period",
            "vague_count_trap",
            "age_trap",
            "partner_clitic_ka",
            "hijri_trap",
            "percent_trap",
            "org_official_unspecified",
            "qualifier_more_than",
        ],
        notes="Partner: 'دولا صديقة كإسبانيا' (the clitic ك). France and Spain in the sidebar are not partners.",
    )


@article
def c03():
    pub = "2021-10-20"
    heads, traps = sidebar_traps(
        [
            ("المنتخب الوطني يكتسح غينيا بيساو بخماسية نظيفة (5-0)", "(5-0)", "football score"),
            "أخنوش يقدم البرنامج الحكومي أمام البرلمان",
            ("الحكومة تعد بخلق مليون منصب شغل خلال الولاية", "مليون منصب شغل", "jobs pledge"),
            (
                "إثيوبيا.. مقتل العشرات في معارك إقليم تيغراي",
                "مقتل العشرات",
                "casualties in another conflict",
            ),
            ("ذكرى المولد النبوي الشريف لعام 1443", "1443", "Hijri year"),
            ("ارتفاع أسعار القمح في السوق الدولية بنسبة 20 بالمائة", "20 بالمائة", "price change"),
            "الجواز الصحي يثير جدلا واسعا في صفوف المواطنين",
            "طنجة تحتضن الدورة الجديدة لمهرجان الفيلم الوطني",
        ]
    )
    title = "حبوب: المغرب فكك 210 خلايا إرهابية منذ 2002 وأحبط مخططات دموية"
    s1 = (
        "وأوضح حبوب، في حوار مع وكالة أنباء دولية، أن المصالح الأمنية المغربية فككت 210 خلايا إرهابية منذ "
        "سنة 2002، كانت تخطط لاستهداف مؤسسات عمومية وشخصيات ومواقع سياحية."
    )
    s2 = (
        "وأشار المسؤول الأمني إلى أن 1,659 مغربيا التحقوا بالساحة السورية العراقية، انضم أغلبهم إلى صفوف "
        "تنظيم داعش."
    )
    s3 = (
        "ولقي 745 منهم حتفهم في المعارك أو في عمليات انتحارية، فيما عاد 270 إلى المغرب حيث تمت إحالتهم على "
        "العدالة."
    )
    paragraphs = [
        "قال الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية، إن المملكة تواجه تهديدا إرهابيا مستمرا "
        "بفعل تمدد التنظيمات المتطرفة في منطقة الساحل، مشددا على أن العمل الاستباقي يظل حجر الزاوية في "
        "المقاربة الأمنية المغربية.",
        s1,
        f"{s2} {s3}",
        "وأكد حبوب أن تتبع بعض الخلايا قد يستغرق أشهرا، وأن قرار التدخل يتخذ أحيانا في غضون 48 ساعة عندما "
        "تتوفر معطيات عن قرب تنفيذ عملية.",
        "وأضاف أن التنظيمات الإرهابية تستغل مئات الحسابات الوهمية على شبكات التواصل الاجتماعي لاستقطاب "
        "الشباب، وهو ما يفرض يقظة رقمية دائمة.",
        "وأبرز المتحدث أن التعاون مع الشركاء، ولا سيما الولايات المتحدة الأمريكية وإسبانيا، مكن من تبادل "
        "المعلومات في الوقت المناسب وإحباط عمليات كانت تستهدف البلدين.",
    ]
    habboub = A("BCIJ", "الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية", person="الشرقاوي حبوب")
    carried = A("BCIJ", "المسؤول الأمني", person="الشرقاوي حبوب")
    cumul = P("cumulative_unspecified", None, pub, None)
    return dict(
        key="c03",
        file="c03_barlamane_habboub_210.txt",
        format="aggregator",
        text=aggregator(
            heads,
            title,
            "برلمان",
            pub,
            paragraphs,
            listen=True,
            tags="الإرهاب المغرب حبوب المكتب المركزي للأبحاث القضائية",
        ),
        metadata=dict(
            title=title,
            outlet="برلمان",
            outlet_alias="Barlamane",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=habboub,
            ),
            C(
                "fighters_joined",
                1659,
                "1,659",
                s2,
                period=cumul,
                attribution=carried,
                notes="thousands separator ','; running total with no stated start",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                745,
                "745",
                s3,
                period=cumul,
                attribution=carried,
                notes="attribution carried over from the previous sentences: this sentence names no source",
            ),
            C(
                "returnees",
                270,
                "270",
                s3,
                period=cumul,
                attribution=carried,
                notes="second figure of the same sentence",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("48 ساعة", "duration"),
            T("مئات الحسابات الوهمية", "vague count"),
        ],
        countries_cited=["US", "ES"],
        countries_not_partners=[
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
            NP("IQ", "الساحة السورية العراقية", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "listen_block",
            "tags_block",
            "named_person",
            "carried_attribution",
            "org_BCIJ",
            "thousands_separator",
            "period_cumulative_unspecified",
            "duration_trap",
            "vague_count_trap",
            "conflict_zone_mention",
            "title_figure",
        ],
    )


@article
def c04():
    pub = "2022-03-14"
    heads, traps = sidebar_traps(
        [
            ("Botola Pro: le Raja s'impose face au FUS (2-0)", "(2-0)", "football score"),
            ("Inflation: les prix à la consommation en hausse de 3,6%", "3,6%", "inflation"),
            (
                "Ukraine: plus de 2 millions de réfugiés selon l'ONU",
                "plus de 2 millions de réfugiés",
                "refugees of another conflict",
            ),
            (
                "Ramadan 1443: le ministère des Habous annonce la date d'observation du croissant",
                "1443",
                "Hijri year",
            ),
            "Le dirham s'apprécie face au dollar",
            ("Algérie: la crise du lait en sachet s'aggrave", "Algérie", "sidebar country, not a partner"),
            "Tourisme: les professionnels attendent la réouverture totale des frontières",
            "Casablanca: le tramway prolongé jusqu'à Sidi Moumen",
        ]
    )
    title = "Terrorisme: le Maroc, un partenaire sécuritaire incontournable"
    s1 = (
        "Selon Nasser Bourita, ministre des Affaires étrangères, les services marocains ont démantelé plus de "
        "200 cellules terroristes depuis 2002."
    )
    s2 = (
        "Le chef de la diplomatie a ajouté que 4 304 personnes ont été interpellées au cours de la même période "
        "dans des affaires liées au terrorisme."
    )
    s3 = (
        "D'après la même source, une trentaine de cellules ont été neutralisées au cours des trois dernières "
        "années, pour la plupart affiliées à l'organisation dite « État islamique »."
    )
    paragraphs = [
        "Lors d'une réunion ministérielle consacrée à la lutte contre le terrorisme, le Maroc a "
        "défendu une approche qui combine anticipation sécuritaire, réforme du champ religieux et "
        "réinsertion des détenus.",
        f"{s1} {s2}",
        s3,
        "Le ministre a également mis en avant la coopération sécuritaire avec la France, l'Espagne et la "
        "Belgique, qui a permis de déjouer plusieurs attentats sur le sol européen.",
        "Le dispositif repose sur la loi 03-03 relative à la lutte contre le terrorisme, adoptée en 2003 et "
        "renforcée en 2015 pour criminaliser le ralliement aux zones de conflit.",
        "Il a enfin alerté sur la situation au Sahel, où les groupes affiliés à Daech et à Al-Qaïda profitent "
        "de l'instabilité au Mali et au Burkina Faso.",
    ]
    bourita = A("MFA", "Selon Nasser Bourita, ministre des Affaires étrangères", person="Nasser Bourita")
    return dict(
        key="c04",
        file="c04_le360_fr_plus_de_200.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Le360", pub, paragraphs, french=True),
        metadata=dict(
            title=title,
            outlet="Le360",
            outlet_alias="Le360",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                200,
                "200",
                s1,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "depuis 2002"),
                attribution=bourita,
            ),
            C(
                "persons_arrested",
                4304,
                "4 304",
                s2,
                period=since("2002", pub, "au cours de la même période"),
                attribution=A("MFA", "Le chef de la diplomatie", person="Nasser Bourita"),
                notes="thousands separated by a space; period inherited",
            ),
            C(
                "cells_dismantled",
                30,
                "une trentaine",
                s3,
                qualifier="about",
                qualifier_text="une trentaine",
                period=P("last_n_years", "2019", pub, "au cours des trois dernières années", n=3),
                attribution=A("MFA", "la même source", person="Nasser Bourita"),
            ),
        ],
        must_not_extract=traps
        + [
            T("loi 03-03", "law number"),
            T("adoptée en 2003", "year of the law"),
            T("renforcée en 2015", "year of the amendment"),
        ],
        countries_cited=["FR", "ES", "BE"],
        countries_not_partners=[
            NP("ML", "au Mali", "conflict zone"),
            NP("BF", "au Burkina Faso", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "french",
            "org_MFA",
            "named_person",
            "qualifier_about",
            "period_last_n_years",
            "thousands_separator",
            "inherited_period",
            "law_number_trap",
            "hijri_trap",
            "conflict_zone_mention",
        ],
    )


@article
def c05():
    pub = "2023-01-10"
    heads, traps = sidebar_traps(
        [
            ("ارتفاع معدل التضخم إلى 8,3 في المائة", "8,3 في المائة", "inflation"),
            ("الوداد يفوز على الفتح الرباطي (2-1)", "(2-1)", "football score"),
            ("الاحتفال برأس السنة الأمازيغية 2973", "2973", "Amazigh calendar year"),
            ("حجز 3 أطنان من مخدر الشيرا بميناء طنجة المتوسط", "3 أطنان", "drug seizure"),
            ("ليلة الإسراء والمعراج لعام 1444", "1444", "Hijri year"),
            "المنتخب الوطني يستعد لوديتي مارس بعد إنجاز المونديال",
            "موجة برد تجتاح عددا من أقاليم المملكة",
            "وزارة التربية الوطنية تعلن عن مباراة جديدة لتوظيف الأساتذة",
        ]
    )
    title = "الحصيلة السنوية للأمن الوطني: تفكيك 12 خلية إرهابية خلال 2022"
    s1 = (
        "وفي مجال مكافحة الإرهاب، أفادت حصيلة المديرية العامة للأمن الوطني بأن المصالح الأمنية فككت 12 "
        "خلية إرهابية خلال سنة 2022، بتنسيق وثيق مع المديرية العامة لمراقبة التراب الوطني."
    )
    s2 = (
        "وأسفرت هذه العمليات خلال السنة ذاتها عن توقيف 185 شخصا يشتبه في تورطهم في التحضير لمشاريع "
        "إرهابية، من بينهم 6 أشخاص سبق اعتقالهم في قضايا مماثلة."
    )
    paragraphs = [
        "استعرضت المديرية العامة للأمن الوطني حصيلة منجزاتها برسم سنة 2022، والتي شملت مجالات مكافحة "
        "الجريمة وتعزيز شرطة القرب وتحديث البنيات الأمنية.",
        f"{s1} {s2}",
        "كما حجزت المصالح الأمنية في إطار هذه القضايا مبالغ مالية قدرت بحوالي 320 ألف درهم، قالت الحصيلة إنها "
        "كانت مخصصة لتمويل أنشطة إرهابية واقتناء مواد تدخل في صناعة المتفجرات.",
        "وعلى مستوى الجريمة العامة، عالجت مصالح الأمن الوطني أزيد من 700 ألف قضية، أسفرت عن توقيف ما يناهز "
        "580 ألف شخص في قضايا الحق العام.",
        "وأكدت المديرية أنها ستواصل خلال السنة الجارية تحديث وسائل العمل وتعزيز التكوين المستمر لفائدة "
        "موظفيها.",
    ]
    dgsn = A("DGSN", "حصيلة المديرية العامة للأمن الوطني")
    y2022 = year("2022", "خلال السنة ذاتها")
    return dict(
        key="c05",
        file="c05_nabd_chamal_dgsn_2022.txt",
        format="aggregator",
        text=aggregator(heads, title, "نبض الشمال", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="نبض الشمال",
            outlet_alias="Nabd Chamal",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C("cells_dismantled", 12, "12", s1, period=year("2022", "خلال سنة 2022"), attribution=dgsn),
            C(
                "persons_arrested",
                185,
                "185",
                s2,
                period=y2022,
                attribution=dgsn,
                notes="period inherited ('خلال السنة ذاتها' = 2022)",
            ),
            C("persons_arrested", 6, "6", s2, subset="former_detainees", period=y2022, attribution=dgsn),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("حوالي 320 ألف درهم", "money"),
            T("أزيد من 700 ألف قضية", "general crime, not terrorism"),
            T("580 ألف شخص", "arrests for ordinary crime, not terrorism"),
            T("برسم سنة 2022", "the report's year, not a value"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "org_DGSN",
            "period_year",
            "inherited_period",
            "money_trap",
            "non_terror_figure_trap",
            "title_figure",
            "hijri_trap",
            "subset_former_detainees",
        ],
    )


@article
def c06():
    s1 = (
        "وبحسب معطيات رسمية، فقد تم خلال سنة 2022 تفكيك خمس عشرة خلية إرهابية، كانت أغلبها موالية لتنظيم "
        "داعش وتنشط في مدن طنجة وتطوان والدار البيضاء والرشيدية."
    )
    s2 = "وشملت هذه العمليات توقيف نحو 185 مشتبها فيهم، من بينهم قاصران وامرأة واحدة."
    blocks = [
        "لم تكن سنة 2022 استثناء في مسار المواجهة المفتوحة التي تخوضها الأجهزة الأمنية المغربية ضد التنظيمات "
        "المتطرفة، إذ تواصلت العمليات الاستباقية في عدد من المدن، وشملت أحياء هامشية كما شملت مدنا صغيرة "
        "لم تكن في السابق ضمن خريطة الاستقطاب.",
        "حصيلة ثقيلة",
        f"{s1} {s2}",
        "وتراوحت أعمار الموقوفين بين 17 و45 سنة، وكان عدد منهم ينشط في مجموعات مغلقة على تطبيقات التراسل "
        "الفوري، حيث يتم تداول مقاطع دعائية ودروس في صناعة المتفجرات.",
        "الاستقطاب الرقمي",
        "ويؤكد متتبعون أن عشرات الحسابات التي تروج للفكر المتطرف يتم إغلاقها كل أسبوع، غير أن حسابات جديدة "
        "سرعان ما تظهر مكانها، ما يجعل المواجهة في الفضاء الرقمي معركة طويلة النفس.",
    ]
    related = [
        "تفكيك خلية إرهابية من 4 عناصر بالرشيدية",
        "الحكم بـ10 سنوات سجنا في حق متهم بالإشادة بالإرهاب",
    ]
    title = "2022.. سنة حافلة في مواجهة الخطر الإرهابي"
    official = A("official_unspecified", "معطيات رسمية")
    return dict(
        key="c06",
        file="c06_wordpress_15_cells_2022.txt",
        format="wordpress",
        text=wordpress("الرئيسيةأمنوطني", title, blocks, related),
        metadata=dict(
            title=title, outlet=None, outlet_alias=None, outlet_fictional=False, date=None, dateline_city=None
        ),
        claims=[
            C(
                "cells_dismantled",
                15,
                "خمس عشرة",
                s1,
                period=year("2022", "خلال سنة 2022"),
                attribution=official,
                notes="number in words (feminine compound)",
            ),
            C(
                "persons_arrested",
                185,
                "185",
                s2,
                qualifier="about",
                qualifier_text="نحو",
                period=year("2022", None),
                attribution=official,
                notes="period taken from the previous sentence, not restated",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                2,
                "قاصران",
                s2,
                subset="minors",
                period=year("2022", None),
                attribution=official,
                notes="dual noun as a number",
            ),
            C(
                "persons_arrested",
                1,
                "امرأة واحدة",
                s2,
                subset="women",
                period=year("2022", None),
                attribution=official,
            ),
        ],
        must_not_extract=[
            T("الرئيسيةأمنوطني", "breadcrumb (glued category names), not the title"),
            T(title, "a year in the title, not a claim"),
            T("بين 17 و45 سنة", "ages"),
            T("عشرات الحسابات", "vague count"),
            T("تفكيك خلية إرهابية من 4 عناصر بالرشيدية", "related-articles block: another article"),
            T("10 سنوات سجنا", "related-articles block; a prison sentence"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "wordpress",
            "no_outlet",
            "no_date",
            "number_words",
            "qualifier_about",
            "age_trap",
            "vague_count_trap",
            "related_block_trap",
            "org_official_unspecified",
            "period_year",
        ],
    )


@article
def c07():
    pub = "2023-09-18"
    heads, traps = sidebar_traps(
        [
            ("حصيلة زلزال الحوز ترتفع إلى 2946 قتيلا", "2946 قتيلا", "earthquake casualties"),
            ("ليبيا.. آلاف الضحايا في فيضانات درنة", "ليبيا", "sidebar country"),
            ("الفتح الرباطي يفوز على المغرب الفاسي (1-0)", "(1-0)", "football score"),
            ("الحكومة ترصد 120 مليار درهم لبرنامج إعادة الإعمار", "120 مليار درهم", "money"),
            "الدخول المدرسي في المناطق المتضررة يتم داخل خيام",
            ("ذكرى المولد النبوي 1445", "1445", "Hijri year"),
            "ملف ترشيح المغرب لمونديال 2030 يدخل مرحلة الحسم",
        ]
    )
    title = "يقظة أمنية متواصلة.. حصيلة الأشهر الأولى من السنة"
    s1 = (
        "وأفاد مصدر من المكتب المركزي للأبحاث القضائية بأن المصالح الأمنية تمكنت منذ بداية السنة الجارية من "
        "تفكيك 11 خلية إرهابية، آخرها خلية موالية لداعش تم تفكيكها الأسبوع الماضي بين تطوان وشفشاون."
    )
    paragraphs = [
        "رغم انشغال مختلف المصالح بتداعيات الزلزال الذي ضرب منطقة الحوز، لم تتوقف العمليات الاستباقية "
        "التي تستهدف الخلايا المتطرفة، في مؤشر على أن اليقظة الأمنية لا تعرف فترات استراحة.",
        s1,
        "وأوضح المصدر ذاته أن أفراد الخلية الأخيرة، وهم أربعة أشخاص، كانوا بصدد التحضير لاستهداف منشآت "
        "أمنية، وأنهم بايعوا أمير التنظيم عبر تسجيل مصور.",
        "ويرى متابعون أن الحصيلة المسجلة تؤكد أن التهديد ما يزال قائما، وأن التنظيمات المتطرفة تحاول "
        "استغلال الظروف الاستثنائية لتنفيذ مخططاتها.",
    ]
    return dict(
        key="c07",
        file="c07_agora_ytd_11_cells.txt",
        format="aggregator",
        text=aggregator(heads, title, "أكورا بريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="أكورا بريس",
            outlet_alias="Agora Press",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                11,
                "11",
                s1,
                period=P("year_to_date", "2023", pub, "منذ بداية السنة الجارية"),
                attribution=A("BCIJ", "مصدر من المكتب المركزي للأبحاث القضائية"),
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                paragraphs[2],
                period=P("event"),
                attribution=A("BCIJ", "المصدر ذاته"),
                notes="members of one cell (a single operation)",
            ),
        ],
        must_not_extract=traps + [T("الأسبوع الماضي", "relative date")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "period_year_to_date",
            "org_BCIJ",
            "casualties_trap",
            "money_trap",
            "hijri_trap",
        ],
    )


@article
def c08():
    pub = "2024-01-12"
    heads, traps = sidebar_traps(
        [
            ("المنتخب الوطني يفوز على سيراليون وديا (3-1)", "(3-1)", "football score"),
            ("غزة.. ارتفاع حصيلة القتلى إلى 23 ألفا", "23 ألفا", "casualties in another conflict"),
            ("الأمازيغ يحتفلون برأس السنة 2974", "2974", "Amazigh calendar year"),
            ("ارتفاع أسعار اللحوم الحمراء إلى 100 درهم للكيلوغرام", "100 درهم", "price"),
            "بدء صرف الدعم الاجتماعي المباشر للأسر",
            "مطالب بتسريع إعادة إعمار المناطق المتضررة من الزلزال",
        ]
    )
    title = "حصيلة 2023: تراجع عدد الخلايا المفككة وتزايد الاستقطاب الرقمي"
    s1 = (
        "وكشفت معطيات المكتب المركزي للأبحاث القضائية أن المصالح الأمنية فككت 9 خلايا إرهابية خلال سنة "
        "2023، مقابل 12 خلية في السنة التي قبلها."
    )
    s2 = (
        "وأوضحت المعطيات ذاتها أن نحو 80 في المائة من الخلايا التي جرى تفكيكها خلال السنة الماضية كانت "
        "موالية لتنظيم داعش، فيما تبنت البقية فكر تنظيم القاعدة."
    )
    paragraphs = [
        "تواصل الأجهزة الأمنية المغربية تضييق الخناق على الخلايا المتطرفة، في وقت تتغير فيه أساليب "
        "الاستقطاب وتنتقل بشكل متزايد إلى الفضاء الرقمي.",
        s1,
        s2,
        "وأشارت المعطيات إلى أن أغلب الموقوفين تم استقطابهم عبر الإنترنت، وأن بعضهم لم يسبق له أن التقى "
        "بمؤطريه وجها لوجه.",
        "ويعتبر باحثون أن تراجع عدد الخلايا لا يعني تراجع التهديد، بل يعكس تحول التنظيمات نحو الخلايا "
        "الصغيرة والذئاب المنفردة التي يصعب رصدها.",
    ]
    bcij = A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية")
    return dict(
        key="c08",
        file="c08_agora_2023_9_cells.txt",
        format="aggregator",
        text=aggregator(heads, title, "أكورا بريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="أكورا بريس",
            outlet_alias="Agora Press",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C("cells_dismantled", 9, "9", s1, period=year("2023", "خلال سنة 2023"), attribution=bcij),
            C(
                "cells_dismantled",
                12,
                "12",
                s1,
                period=year("2022", "في السنة التي قبلها"),
                attribution=bcij,
                notes="relative year: the year before 2023",
            ),
            C(
                "cells_dismantled",
                80,
                "80",
                s2,
                subset="isis_linked",
                unit="percent",
                qualifier="about",
                qualifier_text="نحو",
                period=year("2023", "خلال السنة الماضية"),
                attribution=A("BCIJ", "المعطيات ذاتها"),
                notes="'السنة الماضية' resolved from the byline (2024)",
            ),
        ],
        must_not_extract=traps,
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "percent",
            "period_year",
            "relative_year",
            "org_BCIJ",
            "casualties_trap",
            "subset_isis_linked",
        ],
    )


@article
def c09():
    pub = "2023-11-05"
    title = "عشرون عاما من المواجهة: كيف بنى المغرب منظومته لمكافحة الإرهاب"
    s1 = (
        "وتفيد أرقام المديرية العامة لمراقبة التراب الوطني بأن الأجهزة الأمنية فككت 215 خلية إرهابية منذ "
        "سنة 2002، من بينها أزيد من 90 خلية مرتبطة بالساحة السورية العراقية."
    )
    s2 = (
        "كما أحبطت هذه الأجهزة، خلال المدة نفسها، ما يزيد عن 500 مخطط إرهابي كانت تستهدف مواقع حساسة "
        "ومرافق سياحية."
    )
    body = [
        "منذ التفجيرات التي هزت الدار البيضاء ليلة 16 ماي 2003، أعاد المغرب بناء منظومته الأمنية على أساس "
        "الاستباق والتنسيق بين مختلف الأجهزة، وهي المنظومة التي باتت اليوم محط اهتمام دولي.",
        s1 + " " + s2,
        "وتحظى الخبرة المغربية بإشادة شركاء دوليين، من بينهم الولايات المتحدة وإسبانيا وفرنسا، التي استفادت "
        "من معلومات استخباراتية دقيقة مكنت من تفادي هجمات على أراضيها.",
        "ويرى مراقبون أن إحداث المكتب المركزي للأبحاث القضائية سنة 2015 منح هذه المنظومة ذراعا قضائية "
        "متخصصة، تشتغل تحت إشراف النيابة العامة وتتدخل في ملفات الإرهاب والجريمة المنظمة.",
        "غير أن التحدي ما يزال قائما، في ظل تدهور الوضع الأمني في منطقة الساحل وتنامي الدعاية المتطرفة على "
        "الإنترنت.",
    ]
    paragraphs = "\n".join(f"      <p>{p}</p>" for p in body)
    text = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>{title} | مغرب الغد</title>
  <meta property="og:site_name" content="مغرب الغد">
  <meta property="og:title" content="{title}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{pub}T09:40:00+01:00">
  <meta property="article:section" content="أمن">
  <link rel="stylesheet" href="/assets/css/main.3f2a9c.css">
</head>
<body class="single-post">
  <header class="site-header">
    <a class="logo" href="/">مغرب الغد</a>
    <nav class="main-nav">
      <ul><li><a href="/">الرئيسية</a></li><li><a href="/politique">سياسة</a></li><li><a href="/societe">مجتمع</a></li><li><a href="/sport">رياضة</a></li><li><a href="/economie">اقتصاد</a></li></ul>
    </nav>
    <div class="ticker"><span>عاجل:</span> الوداد يفوز على الرجاء 2-1 في قمة الدوري الاحترافي</div>
  </header>
  <main>
    <article class="post">
      <h1 class="post-title">{title}</h1>
      <div class="post-meta">بقلم: هيئة التحرير - <time datetime="{pub}T09:40:00+01:00">5 نونبر 2023</time></div>
{paragraphs}
      <div class="share">شارك المقال: فيسبوك - تويتر - واتساب</div>
    </article>
    <aside class="sidebar">
      <h3>الأكثر قراءة</h3>
      <ol>
        <li><a href="/a/1">حصيلة زلزال الحوز ترتفع إلى 2946 قتيلا</a></li>
        <li><a href="/a/2">تفكيك خلية إرهابية من 5 عناصر بالقنيطرة</a></li>
        <li><a href="/a/3">أسعار المحروقات: انخفاض بـ40 سنتيما في اللتر</a></li>
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2023 مغرب الغد - جميع الحقوق محفوظة</p>
    <p><a href="/contact">اتصل بنا</a> | <a href="/about">من نحن</a></p>
  </footer>
</body>
</html>
"""
    dgst = A("DGST", "أرقام المديرية العامة لمراقبة التراب الوطني")
    return dict(
        key="c09",
        file="c09_maghrib_alghad_215.html",
        format="html",
        text=text,
        metadata=dict(
            title=title,
            outlet="مغرب الغد",
            outlet_alias="Maghrib Al Ghad",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                215,
                "215",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=dgst,
            ),
            C(
                "cells_dismantled",
                90,
                "90",
                s1,
                subset="syria_iraq_linked",
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=dgst,
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s2,
                qualifier="more_than",
                qualifier_text="ما يزيد عن",
                period=since("2002", pub, "خلال المدة نفسها"),
                attribution=A("DGST", "هذه الأجهزة"),
                notes="period inherited",
            ),
        ],
        must_not_extract=[
            T("عشرون عاما", "duration in the title"),
            T("16 ماي 2003", "date"),
            T("2-1", "news ticker: football score"),
            T("2946 قتيلا", "sidebar (most read): earthquake casualties"),
            T("تفكيك خلية إرهابية من 5 عناصر بالقنيطرة", "sidebar (most read): another article"),
            T("40 سنتيما", "sidebar: price"),
            T("© 2023", "footer year"),
            T("5 نونبر 2023", "publication date (Maghreb month name)"),
            T("سنة 2015", "year the BCIJ was created"),
        ],
        countries_cited=["US", "ES", "FR"],
        countries_not_partners=[
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
            NP("IQ", "الساحة السورية العراقية", "conflict zone"),
        ],
        flags=[
            "html",
            "org_DGST",
            "inherited_period",
            "subset_syria_iraq_linked",
            "footer_year_trap",
            "sidebar_terror_trap",
            "conflict_zone_mention",
        ],
    )


@article
def c10():
    pub = "2024-05-20"
    title = "Terrorisme: comment le BCIJ a changé la donne"
    s1 = "Selon les chiffres officiels, 207 cellules terroristes ont été démantelées au Maroc depuis 2002."
    body = [
        "Près d'une décennie après sa création, le Bureau central d'investigations judiciaires (BCIJ) s'est "
        "imposé comme le bras judiciaire de la lutte antiterroriste au Maroc.",
        s1 + " Une part importante de ces opérations a été menée depuis 2015 par le BCIJ, sur la base de "
        "renseignements fournis par la DGST.",
        "Les enquêteurs du bureau travaillent sous la supervision du parquet et peuvent placer les suspects en "
        "garde à vue pendant 96 heures, renouvelables deux fois dans les affaires de terrorisme.",
        "L'attentat du café Argana à Marrakech, en 2011, qui avait fait 17 morts, reste dans toutes les "
        "mémoires et a profondément marqué la doctrine sécuritaire du Royaume.",
        "Sur le plan international, le BCIJ a multiplié les opérations coordonnées avec l'Allemagne et les "
        "Pays-Bas, où des suspects ont été arrêtés grâce à des informations transmises par Rabat.",
    ]
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    text = f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - Médias24</title>
<meta property="og:site_name" content="Médias24">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{pub}T11:02:00+00:00">
<meta name="author" content="Rédaction Médias24">
</head>
<body>
<div id="topbar">Bourse de Casablanca : le MASI gagne 0,8% | Météo : 27°C à Casablanca</div>
<nav><a href="/">Accueil</a> <a href="/politique">Politique</a> <a href="/economie">Économie</a> <a href="/sports">Sports</a></nav>
<div class="layout">
<article>
<h1>{title}</h1>
<p class="byline">Par la rédaction | <time datetime="{pub}">20 mai 2024</time></p>
{paragraphs}
</article>
<aside>
<h2>À lire aussi</h2>
<ul>
<li>Coupe du Trône : l'AS FAR s'impose 3-1</li>
<li>Crédit : l'encours bancaire atteint 1.100 milliards de dirhams</li>
</ul>
</aside>
</div>
<footer>© 2024 Médias24. Tous droits réservés.</footer>
</body>
</html>
"""
    return dict(
        key="c10",
        file="c10_medias24_fr_stale_207.html",
        format="html",
        language="fr",
        text=text,
        metadata=dict(
            title=title,
            outlet="Médias24",
            outlet_alias="Medias24",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                207,
                "207",
                s1,
                period=since("2002", pub, "depuis 2002"),
                attribution=A("official_unspecified", "Selon les chiffres officiels"),
                notes="stale: the 2020 figure repeated after sources had printed 215",
            ),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                17,
                "17",
                body[3],
                period=P("event", "2011", "2011", "en 2011"),
                attribution=A("unspecified"),
                notes="victims of one attack: outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T("96 heures", "duration"),
            T("deux fois", "not a count of anything tracked"),
            T("0,8%", "top bar: stock index"),
            T("27°C", "top bar: weather"),
            T("3-1", "aside: football score"),
            T("1.100 milliards de dirhams", "aside: money"),
            T("© 2024", "footer year"),
            T("depuis 2015", "year of a bare statement, no figure"),
        ],
        countries_cited=["DE", "NL"],
        countries_not_partners=[],
        flags=[
            "html",
            "french",
            "stale_figure",
            "org_official_unspecified",
            "duration_trap",
            "money_trap",
            "score_trap",
        ],
    )


@article
def c11():
    s1 = (
        "أعلن المكتب المركزي للأبحاث القضائية أنه فكك أربع عشرة خلية إرهابية خلال سنة 2024، كانت تنشط في "
        "عدد من المدن وتخطط لتنفيذ عمليات تخريبية تستهدف منشآت حيوية."
    )
    paragraphs = [
        s1,
        "وأوضح المكتب، في حصيلته السنوية، أن من بين الموقوفين في هذه القضايا مواطنا يحمل الجنسية السورية، "
        "كان يتولى التنسيق بين عناصر إحدى الخلايا وقيادي في التنظيم ينشط خارج المملكة.",
        "وأشارت الحصيلة إلى أن عددا من هذه العمليات تم بتنسيق مع الأجهزة الأمنية لإسبانيا وفرنسا، في إطار "
        "تبادل المعلومات حول عناصر متطرفة تتنقل بين ضفتي المتوسط.",
        "وشددت المصالح الأمنية على أن التهديد الإرهابي ما يزال قائما، داعية إلى مزيد من اليقظة في مواجهة "
        "خطاب الكراهية والتطرف على شبكات التواصل الاجتماعي.",
    ]
    title = "حصيلة المكتب المركزي للأبحاث القضائية برسم 2024"
    return dict(
        key="c11",
        file="c11_clean_casablanca_14_words.txt",
        format="clean",
        text=clean(title, "الدار البيضاء", paragraphs),
        metadata=dict(
            title=title,
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="الدار البيضاء",
        ),
        claims=[
            C(
                "cells_dismantled",
                14,
                "أربع عشرة",
                s1,
                period=year("2024", "خلال سنة 2024"),
                attribution=A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
            ),
        ],
        must_not_extract=[T("برسم 2024", "year in the title")],
        countries_cited=["ES", "FR"],
        countries_not_partners=[NP("SY", "الجنسية السورية", "nationality of a suspect")],
        flags=[
            "clean",
            "dateline",
            "number_words",
            "partner_clitic_wa",
            "partner_clitic_li",
            "nationality_mention",
            "no_outlet",
            "no_date",
            "org_BCIJ",
        ],
        notes="Partners: 'لإسبانيا وفرنسا' (clitics ل and و).",
    )


@article
def c12():
    s1 = (
        "وأفاد بلاغ للمديرية العامة لمراقبة التراب الوطني بأن عناصر المكتب المركزي للأبحاث القضائية أوقفت "
        "أربعة أشخاص موالين لتنظيم داعش، تتراوح أعمارهم بين 22 و39 سنة، كانوا يخططون لاستهداف مقرات أمنية."
    )
    paragraphs = [
        "تمكنت المصالح الأمنية، صباح اليوم، من تفكيك خلية إرهابية تنشط بمدينة طنجة ونواحيها، في عملية "
        "متزامنة شملت ثلاثة أحياء بالمدينة.",
        s1,
        "وأسفرت عمليات التفتيش عن حجز أسلحة بيضاء ومواد كيميائية مشبوهة، إضافة إلى مبلغ مالي قدره 15 ألف "
        "درهم، يرجح أنه كان مخصصا لتمويل المخطط.",
        "وقد تم الاحتفاظ بالمشتبه فيهم تحت تدبير الحراسة النظرية لمدة 96 ساعة، رهن إشارة البحث القضائي الذي "
        "تشرف عليه النيابة العامة المكلفة بقضايا الإرهاب.",
        "وكشف البلاغ أن المشتبه فيه الرئيسي كان على تواصل مع عناصر متطرفة تنشط في أوروبا، وهي المعطيات التي "
        "تم تقاسمها مع السلطات الأمنية لبلجيكا في إطار التعاون الثنائي.",
    ]
    title = "تفكيك خلية إرهابية موالية لداعش بطنجة"
    return dict(
        key="c12",
        file="c12_clean_tangier_event.txt",
        format="clean",
        text=clean(title, "طنجة", paragraphs),
        metadata=dict(
            title=title,
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="طنجة",
        ),
        claims=[
            C(
                "persons_arrested",
                4,
                "أربعة",
                s1,
                period=P("event"),
                attribution=A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني"),
                notes="one operation: period type event",
            ),
        ],
        must_not_extract=[
            T("بين 22 و39 سنة", "ages"),
            T("ثلاثة أحياء", "neighbourhoods searched"),
            T("15 ألف درهم", "money"),
            T("96 ساعة", "duration of police custody"),
        ],
        countries_cited=["BE"],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "period_event",
            "partner_clitic_li",
            "age_trap",
            "money_trap",
            "duration_trap",
            "no_outlet",
            "no_date",
            "number_words",
        ],
    )


@article
def c13():
    pub = "2021-03-22"
    heads, traps = sidebar_traps(
        [
            (
                "الحكومة تخصص ١٢٠ مليون درهم لدعم الصناعة التقليدية",
                "١٢٠ مليون درهم",
                "money in Arabic-Indic digits",
            ),
            (
                "المغرب التطواني ينتصر على حسنية أكادير (٢-٠)",
                "(٢-٠)",
                "football score in Arabic-Indic digits",
            ),
            ("غرة شعبان ١٤٤٢ يوم الأحد", "١٤٤٢", "Hijri year"),
            "وزارة الصحة: تلقيح أزيد من أربعة ملايين شخص",
            "تساقطات مطرية مرتقبة بعدد من المناطق",
        ]
    )
    title = "المكتب المركزي للأبحاث القضائية.. ست سنوات من العمل الاستباقي"
    s1 = "وأفادت المديرية العامة لمراقبة التراب الوطني بأن المصالح الأمنية فككت ٢٠٧ خلايا إرهابية منذ عام ٢٠٠٢."
    s2 = (
        "وأوضحت المديرية أنه منذ إحداث المكتب المركزي للأبحاث القضائية في عام ٢٠١٥، فكك المكتب ٨٤ خلية "
        "إرهابية وأوقف ١٬٣٥٧ شخصا يشتبه في صلتهم بالإرهاب."
    )
    s3 = "وأشارت المديرية إلى أن نحو ٩٠٪ من هذه الخلايا كانت مرتبطة بتنظيم داعش."
    paragraphs = [
        "يحتفل المكتب المركزي للأبحاث القضائية هذا الشهر بمرور ست سنوات على إحداثه، وهي مدة كانت كافية "
        "ليصبح أحد أبرز أذرع المنظومة الأمنية المغربية في مواجهة الإرهاب والجريمة المنظمة.",
        f"{s1} {s2} {s3}",
        "ويشتغل المكتب تحت إشراف النيابة العامة، ويضم محققين متخصصين في الجرائم الإرهابية والجرائم المالية "
        "والجرائم الإلكترونية.",
    ]
    dgst = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    s2015 = since("2015", pub, "منذ إحداث المكتب المركزي للأبحاث القضائية في عام ٢٠١٥")
    return dict(
        key="c13",
        file="c13_wasit_arabic_indic.txt",
        format="aggregator",
        text=aggregator(heads, title, "الوسيط المغربي", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="الوسيط المغربي",
            outlet_alias="Al Wassit Al Maghribi",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                207,
                "٢٠٧",
                s1,
                period=since("2002", pub, "منذ عام ٢٠٠٢"),
                attribution=dgst,
            ),
            C(
                "cells_dismantled",
                84,
                "٨٤",
                s2,
                period=s2015,
                attribution=A("DGST", "المديرية"),
                notes="BCIJ running total since 2015",
            ),
            C(
                "persons_arrested",
                1357,
                "١٬٣٥٧",
                s2,
                period=s2015,
                attribution=A("DGST", "المديرية"),
                notes="Arabic thousands separator U+066C",
            ),
            C(
                "cells_dismantled",
                90,
                "٩٠",
                s3,
                subset="isis_linked",
                unit="percent",
                qualifier="about",
                qualifier_text="نحو",
                period=P("since", "2015", pub, None),
                attribution=A("DGST", "المديرية"),
                notes="'هذه الخلايا' = the 84 cells since 2015; percent sign U+066A",
            ),
        ],
        must_not_extract=traps
        + [
            T("ست سنوات", "duration"),
            T(title, "title: duration"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "arabic_indic_digits",
            "thousands_separator",
            "percent",
            "org_DGST",
            "duration_trap",
            "hijri_trap",
            "score_trap",
            "money_trap",
        ],
    )


@article
def c14():
    s1 = (
        "وتمكنت المصالح الامنية المغربية من تفكيك ازيد من 200 خلية ارهابية منذ سنة 2002، واحباط مخططات كانت "
        "تستهدف زعزعة استقرار المملكة."
    )
    s2 = (
        "كما استعادت المملكة 8 من مواطنيها الذين كانوا عالقين في سوريا خلال السنوات الاخيرة، وتمت احالتهم "
        "على القضاء فور وصولهم."
    )
    blocks = [
        "يواصل المغرب تعزيز منظومته الامنية في مواجهة التهديدات الارهابية، معتمدا على مقاربة متعددة الابعاد "
        "تجمع بين العمل الاستخباراتي والتاهيل الديني والادماج الاجتماعي.",
        "حصيلة مشرفة",
        s1,
        s2,
        "ملف شائك",
        "ويقدر متتبعون ان مئات المغاربة، اغلبهم نساء واطفال، ما زالوا في مخيمات الاحتجاز، وهو ملف انساني "
        "وامني معقد يتطلب مقاربة حذرة.",
        "ويرى هؤلاء ان التجربة المغربية في اعادة التاهيل داخل السجون اثبتت نجاعتها، اذ استفاد عدد من "
        "المعتقلين السابقين من برامج المراجعة الفكرية.",
    ]
    title = "الامن المغربي.. يقظة دائمة في مواجهة التطرف"
    none = A("unspecified")
    return dict(
        key="c14",
        file="c14_wordpress_hamzaless.txt",
        format="wordpress",
        text=wordpress("اخبار وطنيةسياسة", title, blocks, ["اعتقال متطرف كان يخطط لاستهداف مؤسسة امنية"]),
        metadata=dict(
            title=title, outlet=None, outlet_alias=None, outlet_fictional=False, date=None, dateline_city=None
        ),
        claims=[
            C(
                "cells_dismantled",
                200,
                "200",
                s1,
                qualifier="more_than",
                qualifier_text="ازيد من",
                period=since("2002", None, "منذ سنة 2002"),
                attribution=none,
                notes="hamza-less 'ازيد'; the author's own assertion",
            ),
            C(
                "returnees",
                8,
                "8",
                s2,
                subset="repatriated",
                period=P("unspecified", text="خلال السنوات الاخيرة"),
                attribution=none,
                notes="repatriated nationals, not the running total of returnees",
            ),
        ],
        must_not_extract=[
            T("مئات المغاربة", "vague count"),
            T("اخبار وطنيةسياسة", "breadcrumb"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("SY", "عالقين في سوريا", "conflict zone")],
        flags=[
            "wordpress",
            "hamza_less",
            "no_outlet",
            "no_date",
            "org_unspecified",
            "period_unspecified",
            "vague_count_trap",
            "conflict_zone_mention",
        ],
    )


@article
def c15():
    s1 = (
        "أكدت وزارة الداخلية أن المصالح الأمنية نجحت في تفكيك ما يزيد عن مئتي خلية إرهابية منذ سنة 2002، "
        "وإحباط مئات المخططات التي كانت تستهدف أمن المملكة وسلامة المواطنين."
    )
    paragraphs = [
        s1,
        "وأوضحت الوزارة، في عرض قدمته أمام لجنة الداخلية، أن هذه النتائج تعود إلى التنسيق المحكم بين مختلف "
        "الأجهزة، وإلى الإطار القانوني الذي تعزز منذ سنة 2003.",
        "وتجمع المغرب اتفاقيات تعاون أمني مع عدد من الدول، على غرار إيطاليا وهولندا، تتيح تبادل المعلومات "
        "حول المقاتلين الأجانب وشبكات التمويل.",
        "في المقابل، سجلت الوزارة غياب أي تنسيق أمني مع الجزائر، رغم التهديدات المشتركة التي تطرحها "
        "الجماعات المسلحة في منطقة الساحل.",
    ]
    title = "وزارة الداخلية: أزيد من مئتي خلية إرهابية فككت منذ 2002"
    return dict(
        key="c15",
        file="c15_clean_rabat_moi_words.txt",
        format="clean",
        text=clean(title, "الرباط", paragraphs),
        metadata=dict(
            title=title,
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="الرباط",
        ),
        claims=[
            C(
                "cells_dismantled",
                200,
                "مئتي",
                s1,
                qualifier="more_than",
                qualifier_text="ما يزيد عن",
                period=since("2002", None, "منذ سنة 2002"),
                attribution=A("MOI", "وزارة الداخلية"),
                notes="number in words (oblique dual مئتي)",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("مئات المخططات", "vague count"),
            T("منذ سنة 2003", "year of the law"),
        ],
        countries_cited=["IT", "NL"],
        countries_not_partners=[NP("DZ", "غياب أي تنسيق أمني مع الجزائر", "named as not cooperating")],
        flags=[
            "clean",
            "dateline",
            "number_words",
            "org_MOI",
            "not_cooperating_mention",
            "vague_count_trap",
            "no_outlet",
            "no_date",
            "title_figure",
        ],
    )


@article
def c16():
    pub = "2023-06-14"
    heads, traps = sidebar_traps(
        [
            ("الجيش الملكي يتأهل إلى نهائي كأس العرش بعد الفوز (3-2)", "(3-2)", "football score"),
            ("عيد الأضحى لعام 1444 يوم 29 يونيو", "1444", "Hijri year"),
            (
                "السودان.. مقتل أكثر من 3000 شخص منذ اندلاع المعارك",
                "أكثر من 3000 شخص",
                "casualties in another conflict (with a qualifier)",
            ),
            ("ارتفاع أسعار الأضاحي بنسبة 30 في المائة", "30 في المائة", "price change"),
            "الباكالوريا: انطلاق الامتحانات الوطنية في ظروف عادية",
            "وزير العدل يقدم مشروع القانون الجنائي الجديد",
        ]
    )
    title = "تقرير برلماني يدعو إلى تسريع إعادة المغاربة العالقين في سوريا والعراق"
    s1 = (
        "وكشف تقرير المهمة الاستطلاعية التي شكلتها لجنة الخارجية والدفاع الوطني بمجلس النواب أن نحو ثلاثمائة "
        "مغربي ما زالوا محتجزين في سجون ومخيمات بشمال شرق سوريا، من بينهم نساء وأطفال."
    )
    s2 = "ويشكل القاصرون حوالي 60 في المائة من هؤلاء، حسب التقرير ذاته."
    s3 = (
        "وذكّر التقرير بأن أزيد من 1600 مغربي التحقوا بصفوف التنظيمات المتطرفة في سوريا والعراق منذ سنة "
        "2012، قتل عدد كبير منهم في المعارك."
    )
    paragraphs = [
        "دعا تقرير برلماني حديث الحكومة إلى تسريع وتيرة معالجة ملف المغاربة العالقين في بؤر التوتر، "
        "معتبرا أن استمرار وضعهم الحالي يطرح إشكالات إنسانية وأمنية في آن واحد.",
        f"{s1} {s2}",
        s3,
        "وأوصى التقرير باعتماد مقاربة تراعي وضعية الأطفال، الذين ولد عدد منهم في مناطق النزاع، مع إخضاع "
        "البالغين لمساطر قضائية طبقا لمقتضيات القانون رقم 86.14 المتعلق بالالتحاق ببؤر التوتر.",
    ]
    parl = A("PARLIAMENT", "تقرير المهمة الاستطلاعية التي شكلتها لجنة الخارجية والدفاع الوطني بمجلس النواب")
    return dict(
        key="c16",
        file="c16_hespress_parliament_300.txt",
        format="aggregator",
        text=aggregator(
            heads, title, "هسبريس", pub, paragraphs, tags="مجلس النواب سوريا العراق المقاتلون المغاربة"
        ),
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "fighters_detained_abroad",
                300,
                "ثلاثمائة",
                s1,
                qualifier="about",
                qualifier_text="نحو",
                period=P("cumulative_unspecified", None, pub),
                attribution=parl,
                notes="a stock at the time of the report; number in words",
                subset="syria",
            ),
            C(
                "fighters_detained_abroad",
                60,
                "60",
                s2,
                subset="minors",
                unit="percent",
                qualifier="about",
                qualifier_text="حوالي",
                period=P("cumulative_unspecified", None, pub),
                attribution=A("PARLIAMENT", "التقرير ذاته"),
            ),
            C(
                "fighters_joined",
                1600,
                "1600",
                s3,
                qualifier="more_than",
                qualifier_text="أزيد من",
                period=since("2012", pub, "منذ سنة 2012"),
                attribution=A("PARLIAMENT", "التقرير"),
                subset="syria_iraq_linked",
            ),
        ],
        must_not_extract=traps + [T("القانون رقم 86.14", "law number")],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "شمال شرق سوريا", "conflict zone / place of detention"),
            NP("IQ", "في سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "tags_block",
            "org_PARLIAMENT",
            "number_words",
            "percent",
            "qualifier_about",
            "period_unspecified",
            "law_number_trap",
            "hijri_trap",
            "casualties_trap",
            "conflict_zone_mention",
            "subset_minors",
        ],
    )


@article
def c17():
    pub = "2024-02-09"
    heads, traps = sidebar_traps(
        [
            ("أسود الأطلس يغادرون كأس إفريقيا من ثمن النهائي (0-2)", "(0-2)", "football score"),
            ("الحكومة: 5 ملايين أسرة استفادت من الدعم المباشر", "5 ملايين أسرة", "social aid"),
            ("غزة.. أزيد من 27 ألف قتيل منذ بداية الحرب", "27 ألف قتيل", "casualties in another conflict"),
            "الأساتذة يعلقون الإضراب بعد اتفاق مع الوزارة",
            "نشرة إنذارية: أمطار رعدية بعدد من الأقاليم",
        ]
    )
    title = "الحكومة: معالجة ملف العائدين من بؤر التوتر تتم وفق مقاربة شمولية"
    s1 = (
        "وأوضح الناطق الرسمي باسم الحكومة، خلال الندوة الصحفية التي أعقبت اجتماع مجلس الحكومة، أن أقل من 20 "
        "شخصا عادوا من بؤر التوتر خلال سنة 2023، وتمت إحالتهم جميعا على القضاء."
    )
    paragraphs = [
        "أكدت الحكومة أن ملف العائدين من بؤر التوتر يحظى بمتابعة دقيقة من طرف مختلف المصالح المعنية، في "
        "إطار مقاربة تجمع بين البعد الأمني والقضائي وإعادة الإدماج.",
        s1,
        "وأضاف المسؤول الحكومي أن برنامج مصالحة، الذي انطلق قبل سبع سنوات داخل المؤسسات السجنية، مكن من "
        "إعادة إدماج معتقلين سابقين في قضايا الإرهاب بعد مراجعات فكرية.",
        "وشدد على أن الحكومة ماضية في دعم المقاربة الوقائية، خاصة في صفوف الشباب، عبر برامج التأطير الديني "
        "والثقافي والرياضي.",
    ]
    return dict(
        key="c17",
        file="c17_nabd_chamal_gov_less_than.txt",
        format="aggregator",
        text=aggregator(heads, title, "نبض الشمال", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="نبض الشمال",
            outlet_alias="Nabd Chamal",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "returnees",
                20,
                "20",
                s1,
                qualifier="less_than",
                qualifier_text="أقل من",
                period=year("2023", "خلال سنة 2023"),
                attribution=A("GOV", "الناطق الرسمي باسم الحكومة"),
            ),
        ],
        must_not_extract=traps + [T("قبل سبع سنوات", "duration")],
        countries_cited=[],
        countries_not_partners=[],
        flags=["aggregator", "org_GOV", "qualifier_less_than", "duration_trap", "casualties_trap"],
    )


@article
def c18():
    pub = "2022-09-27"
    heads, traps = sidebar_traps(
        [
            ("المنتخب الوطني يفوز وديا على الشيلي (2-0)", "(2-0)", "football score"),
            ("ارتفاع أسعار المحروقات.. الغازوال يتجاوز 15 درهما", "15 درهما", "price"),
            (
                "أوكرانيا.. مقتل 21 مدنيا في قصف استهدف خاركيف",
                "مقتل 21 مدنيا",
                "casualties in another conflict",
            ),
            ("ذكرى المولد النبوي لعام 1444", "1444", "Hijri year"),
            "الدخول الجامعي ينطلق وسط خصاص في الأساتذة",
        ]
    )
    title = "قبل إحداث المكتب المركزي.. كيف واجه المغرب الخلايا الإرهابية؟"
    s1 = (
        "وتشير معطيات رسمية إلى أن عدد الأشخاص الذين تم توقيفهم في قضايا الإرهاب بين 2002 و2015 بلغ 2.720 "
        "شخصا، قبل أن تنتقل مهمة البحث في هذه القضايا إلى المكتب المركزي للأبحاث القضائية."
    )
    s2 = "وتم خلال المرحلة نفسها تفكيك حوالي 120 خلية إرهابية، معظمها مرتبط بتنظيم القاعدة وفروعه."
    paragraphs = [
        "قبل سنة 2015، كانت الفرقة الوطنية للشرطة القضائية هي الجهة المكلفة بالبحث في قضايا الإرهاب، "
        "بتنسيق مع المديرية العامة لمراقبة التراب الوطني التي توفر المعلومات الاستخباراتية.",
        f"{s1} {s2}",
        "وعرفت تلك المرحلة محطات بارزة، أبرزها تفكيك شبكات تجنيد كانت ترسل مقاتلين إلى العراق بعد سنة 2003، "
        "ثم إلى سوريا ابتداء من سنة 2012.",
        "ويرى باحثون أن التجربة المتراكمة خلال تلك السنوات كانت الأساس الذي بنيت عليه المقاربة الحالية.",
    ]
    official = A("official_unspecified", "معطيات رسمية")
    rng = P("range", "2002", "2015", "بين 2002 و2015")
    return dict(
        key="c18",
        file="c18_hespress_range_2002_2015.txt",
        format="aggregator",
        text=aggregator(heads, title, "هسبريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "persons_arrested",
                2720,
                "2.720",
                s1,
                period=rng,
                attribution=official,
                notes="thousands separator '.'",
            ),
            C(
                "cells_dismantled",
                120,
                "120",
                s2,
                qualifier="about",
                qualifier_text="حوالي",
                period=P("range", "2002", "2015", "خلال المرحلة نفسها"),
                attribution=official,
                notes="period inherited from the previous sentence",
            ),
        ],
        must_not_extract=traps
        + [
            T("قبل سنة 2015", "year"),
            T("بعد سنة 2003", "year"),
            T("ابتداء من سنة 2012", "year"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("IQ", "إلى العراق", "conflict zone"),
            NP("SY", "إلى سوريا", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "period_range",
            "thousands_separator",
            "inherited_period",
            "qualifier_about",
            "org_official_unspecified",
            "conflict_zone_mention",
        ],
    )


@article
def c19():
    pub = "2024-10-03"
    heads, traps = sidebar_traps(
        [
            ("لبنان.. مقتل 46 شخصا في غارات إسرائيلية", "مقتل 46 شخصا", "casualties in another conflict"),
            ("الجيش الملكي يفوز على الرجاء (2-1) في الديربي", "(2-1)", "football score"),
            ("مشروع قانون المالية 2025 يرصد 40 مليار درهم للصحة", "40 مليار درهم", "money"),
            "افتتاح الدورة التشريعية الجديدة للبرلمان",
            ("فيضانات الجنوب الشرقي: 18 قتيلا في حصيلة جديدة", "18 قتيلا", "flood casualties"),
            "ربيع الأول 1446.. وزارة الأوقاف تعلن موعد ذكرى المولد",
        ]
    )
    traps.append(T("1446", "sidebar: Hijri year"))
    title = "خليتان في شهر واحد.. الأجهزة الأمنية تواصل ضرباتها الاستباقية"
    s1 = (
        "وحسب بلاغات المديرية العامة لمراقبة التراب الوطني، فككت المصالح الأمنية خلال شهر شتنبر 2024 وحده "
        "خليتين إرهابيتين في كل من الناظور والدار البيضاء، وأوقفت 9 أشخاص يشتبه في ولائهم لتنظيم داعش."
    )
    paragraphs = [
        "تؤكد العمليات الأخيرة أن الأجهزة الأمنية المغربية ما تزال في حالة استنفار دائم لمواجهة محاولات "
        "التنظيمات المتطرفة إيجاد موطئ قدم داخل المملكة.",
        s1,
        "وأظهرت الأبحاث أن أفراد الخليتين كانوا على تواصل مع قيادي في فرع التنظيم بمنطقة الساحل، وأنهم "
        "حاولوا اقتناء مواد تدخل في صناعة المتفجرات.",
        "ويرتقب أن يحال المشتبه فيهم على غرفة الجنايات المختصة بقضايا الإرهاب بملحقة محكمة الاستئناف "
        "بسلا فور انتهاء البحث.",
    ]
    dgst = A("DGST", "بلاغات المديرية العامة لمراقبة التراب الوطني")
    sept = P("month", "2024-09", "2024-09", "خلال شهر شتنبر 2024")
    return dict(
        key="c19",
        file="c19_barlamane_month_shutanbir.txt",
        format="aggregator",
        text=aggregator(heads, title, "برلمان", pub, paragraphs, listen=True),
        metadata=dict(
            title=title,
            outlet="برلمان",
            outlet_alias="Barlamane",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                2,
                "خليتين",
                s1,
                period=sept,
                attribution=dgst,
                notes="dual noun as a number",
            ),
            C("persons_arrested", 9, "9", s1, period=sept, attribution=dgst),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure (dual خليتان)"),
            T("أفراد الخليتين", "the same two cells again, not a new figure"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "listen_block",
            "period_month",
            "month_maghreb",
            "number_words",
            "dual",
            "org_DGST",
            "casualties_trap",
            "hijri_trap",
            "title_figure",
        ],
    )


@article
def c20():
    pub = "2024-10-06"
    heads, traps = sidebar_traps(
        [
            ("الأردن.. إحباط تهريب 2 مليون حبة مخدرة", "2 مليون حبة", "drug seizure"),
            ("الدوري السعودي: الهلال يكتسح الاتفاق (3-0)", "(3-0)", "football score"),
            "الأمم المتحدة تحذر من كارثة إنسانية في السودان",
            ("سعر الذهب يسجل 2650 دولارا للأونصة", "2650 دولارا", "price"),
        ]
    )
    title = "المغرب يفكك خليتين مواليتين لتنظيم الدولة"
    s1 = (
        "وأعلنت السلطات المغربية أنها فككت خلال شهر أيلول الماضي خليتين مواليتين لتنظيم الدولة الإسلامية، "
        "وأوقفت تسعة أشخاص كانوا يعدون لتنفيذ هجمات داخل المملكة."
    )
    paragraphs = [
        "تواصل الأجهزة الأمنية في المغرب عملياتها ضد الجماعات المتشددة، وسط تحذيرات من تصاعد نشاط فروع "
        "تنظيم الدولة في منطقة الساحل الإفريقي.",
        s1,
        "وتقول الرباط إن نهجها الاستباقي جنب البلاد هجمات واسعة منذ تفجيرات الدار البيضاء عام 2003، التي "
        "أودت بحياة 33 شخصا إضافة إلى منفذيها.",
        "ويشير خبراء إلى أن المغرب يعد من أكثر دول المنطقة تعاونا مع الأجهزة الغربية في مجال تبادل "
        "المعلومات الاستخباراتية.",
    ]
    official = A("official_unspecified", "السلطات المغربية")
    sept = P("month", "2024-09", "2024-09", "خلال شهر أيلول الماضي")
    return dict(
        key="c20",
        file="c20_mashriq_month_aylul.txt",
        format="aggregator",
        text=aggregator(heads, title, "المشرق اليوم", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="المشرق اليوم",
            outlet_alias="Al Mashriq Al Yawm",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                2,
                "خليتين",
                s1,
                period=sept,
                attribution=official,
                notes="Mashriq month name; 'الماضي' resolved from the byline (October 2024)",
            ),
            C("persons_arrested", 9, "تسعة", s1, period=sept, attribution=official, notes="number in words"),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                33,
                "33",
                paragraphs[2],
                period=P("event", "2003", "2003", "عام 2003"),
                attribution=A("official_unspecified", "الرباط"),
                notes="victims of one attack: outside the tracked metrics",
            ),
        ],
        must_not_extract=traps + [T(title, "title: the body repeats the figure"), T("عام 2003", "year")],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "period_month",
            "month_mashriq",
            "number_words",
            "dual",
            "org_official_unspecified",
            "title_figure",
        ],
    )


@article
def c21():
    s1 = (
        "وقالت مصادر أمنية مغربية إن الأجهزة المختصة ألقت القبض على 9 متهمين ينتمون إلى خليتين تابعتين "
        "لتنظيم داعش الإرهابي خلال شهر سبتمبر 2024، في مدينتي الناظور والدار البيضاء."
    )
    paragraphs = [
        "واصلت السلطات المغربية حملتها ضد العناصر المتطرفة، في إطار استراتيجية أمنية تعتمد على الضربات "
        "الاستباقية وتجفيف منابع التمويل.",
        s1,
        "وأضافت المصادر أن المتهمين كانوا يخططون لاستهداف منشآت حيوية، وأن التحريات كشفت عن اتصالات "
        "بعناصر التنظيم في منطقة الساحل.",
        "ويعتمد المغرب منذ أكثر من عشرين عاما على مقاربة شاملة تجمع بين الحلول الأمنية والإصلاح الديني "
        "والتنمية الاجتماعية.",
    ]
    title = "المغرب: القبض على 9 متهمين بالانتماء لداعش"
    official = A("official_unspecified", "مصادر أمنية مغربية")
    sept = P("month", "2024-09", "2024-09", "خلال شهر سبتمبر 2024")
    return dict(
        key="c21",
        file="c21_clean_egyptian_september.txt",
        format="clean",
        text=clean(title, "الرباط", paragraphs),
        metadata=dict(
            title=title,
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="الرباط",
        ),
        claims=[
            C("persons_arrested", 9, "9", s1, period=sept, attribution=official),
            C(
                "cells_dismantled",
                2,
                "خليتين",
                s1,
                period=sept,
                attribution=official,
                notes="dual",
            ),
        ],
        must_not_extract=[
            T(title, "title: the body repeats the figure"),
            T("أكثر من عشرين عاما", "duration with a qualifier"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "period_month",
            "month_egyptian",
            "dual",
            "org_official_unspecified",
            "duration_trap",
            "no_outlet",
            "no_date",
            "title_figure",
        ],
    )


@article
def c22():
    pub = "2025-04-10"
    heads, traps = sidebar_traps(
        [
            ("نهضة بركان يبلغ نصف نهائي كأس الكونفدرالية (2-0)", "(2-0)", "football score"),
            ("بنك المغرب يخفض سعر الفائدة الرئيسي إلى 2,25 في المائة", "2,25 في المائة", "interest rate"),
            "ترامب يعلن رسوما جمركية جديدة على الواردات",
            (
                "غزة.. مقتل 30 فلسطينيا في قصف على مخيم للنازحين",
                "مقتل 30 فلسطينيا",
                "casualties in another conflict",
            ),
            ("عيد الفطر 1446.. وزارة الأوقاف تعلن موعد العطلة", "1446", "Hijri year"),
        ]
    )
    title = "خبير: المغرب اختار التدخل المبكر بدل انتظار وقوع الاستقطاب"
    s1 = (
        "ويرى عبد الرحيم المنصوري، الباحث في الشؤون الأمنية والاستراتيجية، أن الأجهزة المغربية فككت ما لا "
        "يقل عن 50 خلية إرهابية خلال السنوات الخمس الماضية، وهو رقم يعكس استمرار التهديد رغم تراجع حدته."
    )
    paragraphs = [
        "يتواصل النقاش حول نجاعة المقاربات المعتمدة في مكافحة الإرهاب، في ظل تحولات متسارعة تعرفها "
        "التنظيمات المتطرفة على مستوى أساليب التجنيد والتمويل.",
        s1,
        "وأضاف المنصوري، في تصريح للجريدة، أن المغرب، بخلاف النموذج البريطاني الذي يراهن على برامج الوقاية "
        "المجتمعية بعد رصد مؤشرات التطرف، اختار التدخل المبكر قبل أن يتحول الاستقطاب إلى فعل.",
        "وأشار الباحث إلى أن أغلب الموقوفين في السنوات الأخيرة شباب تقل أعمارهم عن 30 سنة، تشبعوا بالفكر "
        "المتطرف عبر الإنترنت في ظرف وجيز لا يتجاوز أحيانا بضعة أسابيع.",
    ]
    return dict(
        key="c22",
        file="c22_waha_analyst_at_least.txt",
        format="aggregator",
        text=aggregator(heads, title, "الواحة نيوز", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="الواحة نيوز",
            outlet_alias="Al Waha News",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                50,
                "50",
                s1,
                qualifier="at_least",
                qualifier_text="ما لا يقل عن",
                period=P("last_n_years", "2020", pub, "خلال السنوات الخمس الماضية", n=5),
                attribution=A(
                    "analyst",
                    "عبد الرحيم المنصوري، الباحث في الشؤون الأمنية والاستراتيجية",
                    person="عبد الرحيم المنصوري",
                ),
                notes="a (fictional) analyst's estimate",
            ),
        ],
        must_not_extract=traps
        + [
            T("تقل أعمارهم عن 30 سنة", "age with a less-than qualifier"),
            T("بضعة أسابيع", "duration"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("GB", "بخلاف النموذج البريطاني", "contrasting model")],
        flags=[
            "aggregator",
            "org_analyst",
            "named_person",
            "qualifier_at_least",
            "period_last_n_years",
            "contrasting_model_mention",
            "age_trap",
            "hijri_trap",
            "casualties_trap",
        ],
    )


@article
def c23():
    pub = "2017-03-21"
    heads, traps = sidebar_traps(
        [
            ("العثماني يبدأ مشاورات تشكيل الحكومة بعد 5 أشهر من البلوكاج", "5 أشهر", "duration"),
            ("الرجاء يهزم الدفاع الجديدي (3-1)", "(3-1)", "football score"),
            ("الموصل.. مقتل 200 مدني في غارات للتحالف", "مقتل 200 مدني", "casualties in another conflict"),
            "المغرب يعود إلى الاتحاد الإفريقي بعد غياب طويل",
            ("رجب 1438: المجلس العلمي يعلن بداية الشهر", "1438", "Hijri year"),
        ]
    )
    title = "المكتب المركزي للأبحاث القضائية يطفئ شمعته الثانية"
    s1 = (
        "وكشف المكتب المركزي للأبحاث القضائية أنه فكك 49 خلية إرهابية منذ إحداثه في مارس 2015، كانت 44 منها "
        "مرتبطة بتنظيم داعش."
    )
    paragraphs = [
        "بعد عامين على إحداثه، يقدم المكتب المركزي للأبحاث القضائية حصيلة تعكس حجم التهديد الذي تواجهه "
        "المملكة، خاصة منذ إعلان تنظيم داعش عن دولته المزعومة سنة 2014.",
        s1,
        "وأوضح المكتب أن أغلب هذه الخلايا كانت تعمل على تجنيد مقاتلين وإرسالهم إلى الساحة السورية العراقية، "
        "فيما خطط بعضها لتنفيذ عمليات داخل المغرب.",
        "ويعتمد المكتب على شبكة من المحققين المتخصصين، ويشتغل تحت إشراف النيابة العامة، بتنسيق مع المديرية "
        "العامة لمراقبة التراب الوطني.",
    ]
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    p2015 = since("2015-03", pub, "منذ إحداثه في مارس 2015")
    return dict(
        key="c23",
        file="c23_agora_crlf_49_cells.txt",
        format="aggregator",
        line_endings="CRLF",
        text=aggregator(heads, title, "أكورا بريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="أكورا بريس",
            outlet_alias="Agora Press",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                49,
                "49",
                s1,
                period=p2015,
                attribution=bcij,
                notes="BCIJ running total since March 2015 (month precision)",
            ),
            C("cells_dismantled", 44, "44", s1, subset="isis_linked", period=p2015, attribution=bcij),
        ],
        must_not_extract=traps
        + [
            T("بعد عامين", "duration"),
            T("سنة 2014", "year"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "الساحة السورية العراقية", "conflict zone"),
            NP("IQ", "الساحة السورية العراقية", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "crlf",
            "org_BCIJ",
            "series_growing",
            "subset_isis_linked",
            "hijri_trap",
            "casualties_trap",
            "conflict_zone_mention",
        ],
    )


@article
def c24():
    pub = "2018-06-12"
    heads, traps = sidebar_traps(
        [
            ("مونديال روسيا: المنتخب الوطني يواجه إيران في أولى مبارياته", "إيران", "sidebar country"),
            ("حملة المقاطعة تكبد شركة الحليب خسائر بـ 150 مليون درهم", "150 مليون درهم", "money"),
            ("عيد الفطر لعام 1439 يوم الجمعة", "1439", "Hijri year"),
            "ملف ترشيح المغرب لمونديال 2026 أمام تصويت الفيفا",
            ("ارتفاع عدد ضحايا حوادث السير إلى 1700 قتيل", "1700 قتيل", "road deaths"),
        ]
    )
    title = "ثلاث سنوات من عمل المكتب المركزي للأبحاث القضائية"
    s1 = (
        "وأفاد مصدر من المكتب المركزي للأبحاث القضائية بأن المكتب فكك 57 خلية إرهابية منذ سنة 2015، وأوقف "
        "1,016 شخصا يشتبه في تورطهم في قضايا ذات صلة بالإرهاب."
    )
    paragraphs = [
        "منذ إحداثه قبل ثلاث سنوات، راكم المكتب المركزي للأبحاث القضائية تجربة مهمة في تفكيك الخلايا "
        "الإرهابية ومتابعة المقاتلين العائدين من بؤر التوتر.",
        s1,
        "وأضاف المصدر ذاته أن عددا من الموقوفين كانوا يستعدون للالتحاق بفرع التنظيم في ليبيا، بعد تراجع "
        "نفوذه في سوريا والعراق.",
        "ويرى متابعون أن التنسيق مع المصالح الأمنية الفرنسية والإسبانية ساهم في إحباط مخططات على ضفتي "
        "المتوسط.",
    ]
    bcij = A("BCIJ", "مصدر من المكتب المركزي للأبحاث القضائية")
    p2015 = since("2015", pub, "منذ سنة 2015")
    return dict(
        key="c24",
        file="c24_sada_rabat_cp1256_57_cells.txt",
        format="aggregator",
        encoding="windows-1256",
        text=aggregator(heads, title, "صدى الرباط", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="صدى الرباط",
            outlet_alias="Sada Rabat",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C("cells_dismantled", 57, "57", s1, period=p2015, attribution=bcij),
            C("persons_arrested", 1016, "1,016", s1, period=p2015, attribution=bcij),
        ],
        must_not_extract=traps
        + [
            T("قبل ثلاث سنوات", "duration"),
            T(title, "title: duration"),
        ],
        countries_cited=["FR", "ES"],
        countries_not_partners=[
            NP("LY", "في ليبيا", "conflict zone"),
            NP("SY", "في سوريا والعراق", "conflict zone"),
            NP("IQ", "في سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "windows_1256",
            "org_BCIJ",
            "series_growing",
            "thousands_separator",
            "hijri_trap",
            "money_trap",
            "conflict_zone_mention",
            "partner_adjective",
        ],
        notes="Partners are named by adjective: 'المصالح الأمنية الفرنسية والإسبانية'.",
    )


@article
def c25():
    pub = "2020-12-28"
    heads, traps = sidebar_traps(
        [
            ("كورونا: تسجيل 1900 إصابة جديدة و45 وفاة", "1900 إصابة جديدة و45 وفاة", "covid figures"),
            ("الحكومة تقرر حظر التجول الليلي لمدة 3 أسابيع", "3 أسابيع", "duration"),
            ("استئناف العلاقات مع إسرائيل.. أول رحلة مباشرة تحط بالرباط", "إسرائيل", "sidebar country"),
            ("الوداد ينتصر على أولمبيك آسفي (1-0)", "(1-0)", "football score"),
        ]
    )
    title = "رغم الجائحة.. المكتب المركزي للأبحاث القضائية يواصل تفكيك الخلايا"
    s1 = (
        "وبلغ عدد الخلايا التي فككها المكتب المركزي للأبحاث القضائية منذ إحداثه سنة 2015 ما مجموعه 83 خلية، "
        "حسب حصيلة للمديرية العامة لمراقبة التراب الوطني."
    )
    paragraphs = [
        "لم تمنع القيود المفروضة بسبب جائحة كورونا الأجهزة الأمنية المغربية من مواصلة عملياتها ضد الخلايا "
        "المتطرفة، التي حاولت استغلال العزلة الاجتماعية لتكثيف الدعاية عبر الإنترنت.",
        s1,
        "وأشارت الحصيلة إلى أن التنظيمات المتطرفة ركزت خلال فترة الحجر الصحي على استقطاب القاصرين عبر "
        "الألعاب الإلكترونية ومنصات الدردشة.",
    ]
    return dict(
        key="c25",
        file="c25_hespress_bom_83_cells.txt",
        format="aggregator",
        encoding="utf-8-sig",
        text=aggregator(heads, title, "هسبريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                83,
                "83",
                s1,
                period=since("2015", pub, "منذ إحداثه سنة 2015"),
                attribution=A("DGST", "حصيلة للمديرية العامة لمراقبة التراب الوطني"),
                notes="attribution stated at the end of the sentence",
            ),
        ],
        must_not_extract=traps,
        countries_cited=[],
        countries_not_partners=[],
        flags=["aggregator", "utf8_bom", "org_DGST", "series_growing"],
    )


@article
def c26():
    pub = "2019-11-05"
    heads, traps = sidebar_traps(
        [
            ("المنتخب الأولمبي يتأهل إلى كأس إفريقيا (2-1)", "(2-1)", "football score"),
            ("مشروع قانون المالية 2020 يرفع ميزانية التعليم إلى 68 مليار درهم", "68 مليار درهم", "money"),
            (
                "سوريا.. مقتل زعيم داعش أبو بكر البغدادي في عملية أمريكية",
                "سوريا",
                "sidebar country and event",
            ),
            ("ذكرى المولد النبوي 1441", "1441", "Hijri year"),
        ]
    )
    title = "المقاتلون المغاربة في بؤر التوتر.. أرقام مقلقة"
    s1 = (
        "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد التحق 1659 مغربيا بالتنظيمات الإرهابية في "
        "سوريا والعراق، من بينهم 290 امرأة و391 قاصرا."
    )
    s2 = "وعاد 260 من هؤلاء المقاتلين إلى المغرب، تم إيقاف 137 منهم وتقديمهم إلى العدالة."
    paragraphs = [
        "ما يزال ملف المقاتلين المغاربة في بؤر التوتر يشغل الأجهزة الأمنية، خاصة بعد انهيار ما يسمى دولة "
        "الخلافة وتشتت عناصرها بين السجون والمخيمات.",
        f"{s1} {s2}",
        "وتتعامل السلطات مع العائدين وفق القانون رقم 86.14، الذي يجرم الالتحاق بالتنظيمات الإرهابية خارج "
        "التراب الوطني.",
    ]
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    cumul = P("cumulative_unspecified", None, pub, None)
    return dict(
        key="c26",
        file="c26_agora_utf16_fighters.txt",
        format="aggregator",
        encoding="utf-16",
        text=aggregator(heads, title, "أكورا بريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="أكورا بريس",
            outlet_alias="Agora Press",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "fighters_joined",
                1659,
                "1659",
                s1,
                period=cumul,
                attribution=dgst,
                notes="a figure restricted to Syria and Iraq carries the zone (seed 001 carries its category)",
                subset="syria_iraq_linked",
            ),
            C("fighters_joined", 290, "290", s1, subset="women", period=cumul, attribution=dgst),
            C("fighters_joined", 391, "391", s1, subset="minors", period=cumul, attribution=dgst),
            C("returnees", 260, "260", s2, period=cumul, attribution=dgst, notes="attribution carried"),
            C("returnees_arrested", 137, "137", s2, period=cumul, attribution=dgst),
        ],
        must_not_extract=traps + [T("القانون رقم 86.14", "law number")],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "في سوريا والعراق", "conflict zone"),
            NP("IQ", "في سوريا والعراق", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "utf16",
            "org_DGST",
            "subset_women",
            "subset_minors",
            "carried_attribution",
            "law_number_trap",
            "period_cumulative_unspecified",
            "conflict_zone_mention",
        ],
    )


@article
def c27():
    pub = "2025-05-16"
    heads, traps = sidebar_traps(
        [
            ("نهضة بركان يواجه سيمبا في نهائي الكونفدرالية (2-0)", "(2-0)", "football score"),
            ("عيد الأضحى لعام 1446 يوم 7 يونيو", "1446", "Hijri year"),
            ("الحكومة ترصد 3 ملايير درهم لدعم مربي الماشية", "3 ملايير درهم", "money"),
            "تعيينات جديدة في مناصب المسؤولية بوزارة الداخلية",
        ]
    )
    title = "في الذكرى 22 لأحداث 16 ماي.. دروس لم تفقد راهنيتها"
    paragraphs = [
        "تحل اليوم الذكرى الثانية والعشرون للتفجيرات الانتحارية التي استهدفت الدار البيضاء ليلة 16 ماي "
        "2003، وهي الأحداث التي شكلت منعطفا في تعامل المغرب مع الظاهرة الإرهابية.",
        "فقد دفعت تلك الليلة الدامية الدولة إلى إعادة بناء مقاربتها الأمنية على أساس الاستباق، وإلى "
        "إطلاق ورش إصلاح الحقل الديني سنة 2004، ثم إحداث المكتب المركزي للأبحاث القضائية سنة 2015.",
        "وعلى مدى أكثر من عقدين، تحول المغرب من بلد مستهدف إلى شريك يعول عليه في التعاون الأمني الدولي، "
        "خاصة مع ألمانيا وهولندا، اللتين استفادتا من معلومات مغربية دقيقة في مناسبات عدة.",
        "ويبقى الدرس الأبرز من تلك الأحداث أن المواجهة لا تكون أمنية فقط، بل فكرية وتربوية واجتماعية، "
        "تبدأ من المدرسة والمسجد والحي.",
    ]
    return dict(
        key="c27",
        file="c27_hespress_no_claims.txt",
        format="aggregator",
        text=aggregator(heads, title, "هسبريس", pub, paragraphs, tags="16 ماي الإرهاب الدار البيضاء"),
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[],
        must_not_extract=traps
        + [
            T("الذكرى 22", "ordinal of an anniversary"),
            T("الذكرى الثانية والعشرون", "ordinal in words"),
            T("16 ماي 2003", "date"),
            T("سنة 2004", "year"),
            T("سنة 2015", "year"),
            T("أكثر من عقدين", "duration with a qualifier"),
        ],
        countries_cited=["DE", "NL"],
        countries_not_partners=[],
        flags=["aggregator", "tags_block", "no_claims", "ordinal_trap", "duration_trap", "hijri_trap"],
    )


@article
def c28():
    return dict(
        key="c28",
        file="c28_empty.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="empty file",
        text="",
        flags=["empty_file"],
    )


@article
def c29():
    rng = random.Random(1256)
    payload = bytes(rng.randrange(256) for _ in range(300))
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x90\x00\x00\x00\xc8\x08\x06\x00\x00\x00"
        + payload
        + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    return dict(
        key="c29",
        file="c29_image_saved_as_txt.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="not a text file (binary data)",
        raw=png,
        flags=["binary_file"],
    )


@article
def c30():
    pub = "2025-02-18"
    heads, traps = sidebar_traps(
        [
            ("الجيش الملكي ينهزم أمام ضيفه (0-1)", "(0-1)", "football score"),
            ("رمضان 1446: المجلس العلمي يحدد موعد مراقبة الهلال", "1446", "Hijri year"),
            ("ارتفاع ملء السدود إلى 28 في المائة", "28 في المائة", "dam levels"),
            "البرلمان يصادق على قانون الإضراب",
        ]
    )
    title = "تفكيك خلية إرهابية خطيرة.. والمديرية العامة لمراقبة التراب الوطني تحذر من تنامي التهديد"
    s1 = (
        "وحسب آخر أرقام المديرية العامة لمراقبة التراب الوطني، فقد بلغ عدد الخلايا الإرهابية التي تم "
        "تفكيكها منذ سنة 2002 ما مجموعه 212 خلية."
    )
    paragraphs = [
        "أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك خلية إرهابية خطيرة كانت تنشط في عدة مدن، "
        "وتخطط لتنفيذ عمليات بتوجيه مباشر من قيادي في فرع التنظيم بمنطقة الساحل.",
        s1,
        "وأكد المسؤولون أن التهديد ارتفع خلال الأشهر الأخيرة، بالنظر إلى محاولات التنظيم نقل ثقله إلى "
        "غرب إفريقيا واستقطاب شباب مغاربة عبر الإنترنت.",
    ]
    return dict(
        key="c30",
        file="c30_wasit_decrease_212.txt",
        format="aggregator",
        text=aggregator(heads, title, "الوسيط المغربي", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="الوسيط المغربي",
            outlet_alias="Al Wassit Al Maghribi",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                212,
                "212",
                s1,
                period=since("2002", pub, "منذ سنة 2002"),
                attribution=A("DGST", "آخر أرقام المديرية العامة لمراقبة التراب الوطني"),
                notes="a running total lower than the 215 printed in November 2023",
            ),
        ],
        must_not_extract=traps,
        countries_cited=[],
        countries_not_partners=[],
        flags=["aggregator", "org_DGST", "cumulative_decrease"],
    )


@article
def c31():
    pub = "2025-01-08"
    heads, traps = sidebar_traps(
        [
            ("الوداد يتعادل مع الرجاء في الديربي (1-1)", "(1-1)", "football score"),
            ("السنة الأمازيغية 2975.. الاحتفال بعطلة رسمية", "2975", "Amazigh calendar year"),
            ("لوس أنجلوس.. حرائق تودي بحياة 5 أشخاص", "5 أشخاص", "casualties elsewhere"),
            "مدونة الأسرة: الحكومة تكشف المستجدات",
        ]
    )
    title = "تفكيك 14 خلية إرهابية سنة 2024"
    s1 = (
        "وأفادت حصيلة المديرية العامة للأمن الوطني بأن المصالح الأمنية فككت 14 خلية إرهابية خلال السنة "
        "الماضية، منها 9 خلايا موالية لتنظيم داعش و4 خلايا مرتبطة بجماعات متطرفة تنشط في منطقة الساحل."
    )
    paragraphs = [
        "كشفت المديرية العامة للأمن الوطني عن حصيلة عملها برسم سنة 2024، مبرزة المجهودات المبذولة في "
        "مكافحة الجريمة بمختلف أشكالها.",
        s1,
        "وأشارت الحصيلة إلى أن التهديد الإرهابي بات مرتبطا أكثر فأكثر بتطورات الوضع في منطقة الساحل، "
        "حيث تستغل التنظيمات المتطرفة هشاشة الأوضاع لتوسيع نفوذها.",
    ]
    dgsn = A("DGSN", "حصيلة المديرية العامة للأمن الوطني")
    y2024 = year("2024", "خلال السنة الماضية")
    return dict(
        key="c31",
        file="c31_hespress_arithmetic_14.txt",
        format="aggregator",
        text=aggregator(heads, title, "هسبريس", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                14,
                "14",
                s1,
                period=y2024,
                attribution=dgsn,
                notes="'السنة الماضية' resolved from the byline (2025)",
            ),
            C("cells_dismantled", 9, "9", s1, subset="isis_linked", period=y2024, attribution=dgsn),
            C(
                "cells_dismantled",
                4,
                "4",
                s1,
                subset="sahel_linked",
                period=y2024,
                attribution=dgsn,
                notes="9 + 4 = 13, not 14",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title: the body repeats the figure"),
            T("برسم سنة 2024", "the report's year"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "org_DGSN",
            "internal_arithmetic",
            "relative_year",
            "title_figure",
            "subset_isis_linked",
        ],
    )


@article
def c32():
    pub = "2024-03-26"
    heads, traps = sidebar_traps(
        [
            ("المنتخب الوطني يفوز على أنغولا وديا (1-0)", "(1-0)", "football score"),
            ("ليلة القدر 1445.. الملك يترأس إحياء الذكرى", "1445", "Hijri year"),
            ("أسعار الطماطم تقفز إلى 12 درهما للكيلوغرام", "12 درهما", "price"),
            "مونديال 2030: إطلاق أشغال ملعب الحسن الثاني",
        ]
    )
    title = "التعاون الأمني المغربي الإسباني.. شراكة تتجاوز الحدود"
    s1 = (
        "ويؤكد مسؤولون أمنيون أن المغرب فكك أكثر من 200 خلية إرهابية منذ 2002، وهو ما جعله شريكا يعول عليه "
        "لدى العواصم الأوروبية."
    )
    s2 = (
        "وفي هذا الإطار، نفذت الأجهزة الأمنية المغربية ونظيرتها الإسبانية 16 عملية مشتركة منذ سنة 2014، "
        "أسفرت عن توقيف عناصر متطرفة على ضفتي مضيق جبل طارق."
    )
    paragraphs = [
        "يشكل التعاون الأمني بين المغرب وإسبانيا نموذجا للشراكة الناجحة في مجال مكافحة الإرهاب، بفضل تبادل "
        "المعلومات بشكل منتظم وتنفيذ عمليات متزامنة على جانبي المتوسط.",
        s1,
        s2,
        "ويرى مراقبون أن هذا التعاون صمد أمام الأزمات الدبلوماسية التي عرفتها العلاقات الثنائية، مما يعكس "
        "إدراك البلدين لحجم التحديات المشتركة.",
    ]
    official = A("official_unspecified", "مسؤولون أمنيون")
    return dict(
        key="c32",
        file="c32_maghrib_alghad_spain.txt",
        format="aggregator",
        text=aggregator(heads, title, "مغرب الغد", pub, paragraphs),
        metadata=dict(
            title=title,
            outlet="مغرب الغد",
            outlet_alias="Maghrib Al Ghad",
            outlet_fictional=True,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "cells_dismantled",
                200,
                "200",
                s1,
                qualifier="more_than",
                qualifier_text="أكثر من",
                period=since("2002", pub, "منذ 2002"),
                attribution=official,
                notes="a lower bound: compatible with 215 (November 2023)",
            ),
            C(
                "joint_operations",
                16,
                "16",
                s2,
                period=since("2014", pub, "منذ سنة 2014"),
                attribution=official,
                notes="attribution carried from the previous sentence",
                scope="bilateral",
            ),
        ],
        must_not_extract=traps,
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=["aggregator", "joint_operations", "org_official_unspecified", "carried_attribution"],
    )


@article
def c33():
    pub = "2023-05-22"
    heads, traps = sidebar_traps(
        [
            ("Botola: le Wydad s'impose face à l'AS FAR (2-1)", "(2-1)", "football score"),
            ("Inflation: le taux revient à 7,8% en avril", "7,8%", "inflation"),
            (
                "Soudan: plus de 800 morts depuis le début des combats",
                "plus de 800 morts",
                "casualties in another conflict",
            ),
            "Le Maroc et l'Espagne tiennent leur réunion de haut niveau",
        ]
    )
    title = "Combattants marocains: le casse-tête du retour"
    s1 = (
        "D'après des sources sécuritaires, quelque 1 660 combattants marocains ont rejoint les groupes "
        "terroristes en Syrie et en Irak depuis 2012."
    )
    s2 = "Près de 270 d'entre eux sont rentrés au Maroc, où ils ont été systématiquement déférés devant la justice."
    paragraphs = [
        "Le dossier des combattants marocains partis en zone de conflit reste l'un des plus sensibles pour les "
        "services de sécurité du Royaume.",
        f"{s1} {s2}",
        "Les autorités appliquent à leur encontre la loi 86-14, qui punit de cinq à quinze ans de prison le "
        "ralliement à un groupe terroriste à l'étranger.",
        "Pour les spécialistes, la gestion de ces retours doit combiner la sécurité et la réinsertion, sur le "
        "modèle du programme Moussalaha lancé en 2017.",
    ]
    sources = A("official_unspecified", "D'après des sources sécuritaires")
    return dict(
        key="c33",
        file="c33_medias24_fr_quelque.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Médias24", pub, paragraphs, french=True),
        metadata=dict(
            title=title,
            outlet="Médias24",
            outlet_alias="Medias24",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "fighters_joined",
                1660,
                "1 660",
                s1,
                qualifier="about",
                qualifier_text="quelque",
                period=since("2012", pub, "depuis 2012"),
                attribution=sources,
                subset="syria_iraq_linked",
            ),
            C(
                "returnees",
                270,
                "270",
                s2,
                qualifier="about",
                qualifier_text="Près de",
                period=P("cumulative_unspecified", None, pub, None),
                attribution=sources,
                notes="attribution carried; a running total of returns with no start of its own",
            ),
        ],
        must_not_extract=traps
        + [
            T("loi 86-14", "law number"),
            T("de cinq à quinze ans de prison", "prison terms"),
            T("lancé en 2017", "year"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "en Syrie", "conflict zone"),
            NP("IQ", "en Irak", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "french",
            "qualifier_about",
            "thousands_separator",
            "carried_attribution",
            "law_number_trap",
            "conflict_zone_mention",
        ],
    )


@article
def c34():
    s1 = (
        "ووفق معطيات المديرية العامة للأمن الوطني، لم يتجاوز عدد الأجانب الموقوفين في قضايا الإرهاب خلال "
        "سنة 2023 سبعة أشخاص، ينحدر أغلبهم من دول إفريقيا جنوب الصحراء."
    )
    s2 = (
        "وظل عدد الهجمات الإرهابية المنفذة فوق التراب الوطني صفرا منذ جريمة إمليل سنة 2018، رغم محاولات "
        "متكررة أجهضتها الأجهزة الأمنية في مراحل التحضير."
    )
    paragraphs = [
        "تحتضن مدينة مراكش هذا الأسبوع اجتماعا إقليميا حول مكافحة الإرهاب في إفريقيا، بمشاركة خبراء "
        "ومسؤولين أمنيين من أزيد من 20 بلدا.",
        s1,
        s2,
        "ويرتقب أن يناقش المشاركون سبل تعزيز تبادل المعلومات حول تنقلات المقاتلين في منطقة الساحل، وتجفيف "
        "مصادر تمويل الجماعات المسلحة، خاصة عائدات الاختطاف والتهريب.",
    ]
    title = "مراكش تحتضن اجتماعا إقليميا حول مكافحة الإرهاب في إفريقيا"
    dgsn = A("DGSN", "معطيات المديرية العامة للأمن الوطني")
    return dict(
        key="c34",
        file="c34_clean_marrakech_at_most.txt",
        format="clean",
        text=clean(title, "مراكش", paragraphs),
        metadata=dict(
            title=title,
            outlet=None,
            outlet_alias=None,
            outlet_fictional=False,
            date=None,
            dateline_city="مراكش",
        ),
        claims=[
            C(
                "persons_arrested",
                7,
                "سبعة",
                s1,
                subset="foreigners",
                qualifier="at_most",
                qualifier_text="لم يتجاوز",
                period=year("2023", "خلال سنة 2023"),
                attribution=dgsn,
            ),
            C(
                "terrorist_attacks",
                0,
                "صفرا",
                s2,
                period=since("2018", None, "منذ جريمة إمليل سنة 2018"),
                attribution=A("DGSN", "معطيات المديرية العامة للأمن الوطني"),
                notes="zero written as a word; the attribution is carried from the previous sentence",
            ),
        ],
        must_not_extract=[
            T("أزيد من 20 بلدا", "participating countries, with a qualifier"),
            T("هذا الأسبوع", "relative date"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "clean",
            "dateline",
            "qualifier_at_most",
            "subset_foreigners",
            "zero_word",
            "carried_attribution",
            "no_outlet",
            "no_date",
            "org_DGSN",
        ],
        notes="'دول إفريقيا جنوب الصحراء' and 'الساحل' are regions: no country.",
    )


@article
def c35():
    pub = "2024-06-24"
    title = "الجهاد الرقمي.. كيف تستقطب التنظيمات المتطرفة القاصرين عبر الإنترنت"
    s1 = (
        "وتكشف أرقام المكتب المركزي للأبحاث القضائية أن ما يزيد عن 600 شخص تم توقيفهم منذ سنة 2016 بسبب "
        "نشاطهم الدعائي لفائدة داعش على المنصات الرقمية."
    )
    s2 = "ومن بين هؤلاء 35 قاصرا تم توقيفهم خلال الفترة ذاتها، أصغرهم لم يتجاوز عمره 15 سنة."
    body = [
        "لم تعد التنظيمات المتطرفة في حاجة إلى معسكرات تدريب أو خلايا منظمة لاستقطاب أتباع جدد، إذ بات "
        "هاتف ذكي وحساب على تطبيق للتراسل كافيين لنقل الفكر المتطرف إلى غرف نوم المراهقين.",
        s1 + " " + s2,
        "وتنسق المصالح المغربية في هذا المجال مع شركاء أوروبيين، إذ سبق لها أن قدمت معلومات لبريطانيا "
        "وألمانيا حول حسابات تدير حملات دعائية موجهة إلى الشباب الناطق بالعربية.",
        "ويحذر مختصون في علم النفس من أن القاصرين الذين يقضون ساعات طويلة على الإنترنت دون رقابة أسرية "
        "هم الأكثر عرضة للاستقطاب.",
    ]
    paragraphs = "\n".join(f"        <p>{p}</p>" for p in body)
    text = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{title} - هسبريس</title>
<meta property="og:site_name" content="هسبريس">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{pub}T20:15:00+01:00">
<meta property="article:tag" content="الإرهاب">
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{pub}T20:15:00+01:00", "wordCount": 412}}</script>
</head>
<body>
<div class="top-bar">الإثنين 24 يونيو 2024 | 17 ذو الحجة 1445</div>
<nav class="menu"><a href="/">الرئيسية</a> <a href="/politique">سياسة</a> <a href="/societe">مجتمع</a> <a href="/sport">رياضة</a></nav>
<div class="container">
    <article class="article-content">
        <h1>{title}</h1>
        <span class="date">الإثنين 24 يونيو 2024 - 20:15</span>
{paragraphs}
        <div class="tags">الإرهاب - القاصرون - الإنترنت</div>
    </article>
    <aside class="most-read">
        <h3>الأكثر قراءة</h3>
        <p>الأسود يكتسحون الكونغو برباعية (6-0) ويتصدرون المجموعة</p>
        <p>أسعار الأضاحي تبلغ 5000 درهم في بعض الأسواق</p>
    </aside>
</div>
<footer>جميع الحقوق محفوظة © هسبريس 2024</footer>
</body>
</html>
"""
    bcij = A("BCIJ", "أرقام المكتب المركزي للأبحاث القضائية")
    return dict(
        key="c35",
        file="c35_hespress_online_activity.html",
        format="html",
        text=text,
        metadata=dict(
            title=title,
            outlet="هسبريس",
            outlet_alias="Hespress",
            outlet_fictional=False,
            date=pub,
            dateline_city=None,
        ),
        claims=[
            C(
                "persons_arrested",
                600,
                "600",
                s1,
                subset="online_activity",
                qualifier="more_than",
                qualifier_text="ما يزيد عن",
                period=since("2016", pub, "منذ سنة 2016"),
                attribution=bcij,
            ),
            C(
                "persons_arrested",
                35,
                "35",
                s2,
                subset="minors",
                period=since("2016", pub, "خلال الفترة ذاتها"),
                attribution=A("BCIJ", "أرقام المكتب المركزي للأبحاث القضائية"),
                notes="period and attribution inherited; minors among the online-activity arrests",
            ),
        ],
        must_not_extract=[
            T("15 سنة", "age (with 'did not exceed')"),
            T("17 ذو الحجة 1445", "top bar: Hijri date"),
            T("24 يونيو 2024", "top bar: publication date"),
            T("(6-0)", "most read: football score"),
            T("5000 درهم", "most read: price"),
            T("412", "JSON-LD word count"),
            T("© هسبريس 2024", "footer year"),
        ],
        countries_cited=["GB", "DE"],
        countries_not_partners=[],
        flags=[
            "html",
            "subset_online_activity",
            "subset_minors",
            "inherited_period",
            "partner_clitic_li",
            "age_trap",
            "hijri_trap",
            "score_trap",
            "money_trap",
            "org_BCIJ",
        ],
        notes="Partners: 'معلومات لبريطانيا وألمانيا' (clitics ل and و).",
    )


# ================================================================ cross-file expectations

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        claims=["c05.c1", "c06.c1", "c08.c2"],
        explanation="Cells dismantled in 2022: 12 (DGSN via نبض الشمال, and أكورا بريس) against 15 (WordPress "
        "page, 'official data'); the same metric and year cannot have two values.",
    ),
    dict(
        id="i2",
        kind="cumulative_decrease",
        claims=["c09.c1", "c30.c1"],
        explanation="Cells dismantled since 2002: 215 (مغرب الغد, Nov 2023) then 212 (الوسيط المغربي, Feb "
        "2025), both from DGST figures: a running total cannot go down.",
    ),
    dict(
        id="i3",
        kind="internal_arithmetic",
        claims=["c31.c1", "c31.c2", "c31.c3"],
        explanation="14 cells in 2024 broken down as 9 ISIS-linked and 4 Sahel-linked: 9 + 4 = 13.",
    ),
    dict(
        id="i4",
        kind="implausible_value",
        claims=["c02.c1"],
        explanation="2009 cells since 2002 (June 2021) between sources saying 207 (Feb and Mar 2021) and 210 "
        "(Oct 2021): almost certainly a misprint of 209 or 200-odd.",
    ),
    dict(
        id="i5",
        kind="stale_figure",
        claims=["c09.c1", "c10.c1"],
        explanation="Médias24 (May 2024) repeats 207 cells since 2002, the 2020-2021 figure, after 215 had been "
        "published in November 2023.",
    ),
    dict(
        id="i6",
        kind="partial_exceeds_whole",
        claims=["c07.c1", "c08.c1"],
        explanation="أكورا بريس: 11 cells since the start of 2023 (Sept 2023), then 9 cells for the whole of "
        "2023 (Jan 2024).",
    ),
]

MUST_NOT_FLAG = [
    dict(
        claims=["c09.c1", "c32.c1"],
        reason="215 (Nov 2023) then 'more than 200' (Mar 2024): a lower bound, compatible",
    ),
    dict(claims=["c05.c2", "c06.c2"], reason="185 and 'about 185' arrests in 2022: compatible"),
    dict(
        claims=["c23.c1", "c24.c1", "c25.c1", "c13.c2"],
        reason="BCIJ cells since 2015: 49 (2017) → 57 (2018) → 83 (Dec 2020) → 84 (Mar 2021), a growing series",
    ),
    dict(claims=["c01.c1", "c04.c1"], reason="207 (Feb 2021) and 'plus de 200' (Mar 2022): compatible"),
    dict(
        claims=["c01.c1", "c13.c1"], reason="207 twice in Feb and Mar 2021: a running total may stand still"
    ),
    dict(claims=["c19.c1", "c20.c1", "c21.c2"], reason="two cells in September 2024 in three outlets: agree"),
    dict(
        claims=["c03.c2", "c26.c1", "c33.c1", "c16.c3"],
        reason="fighters: 1659 (2019, 2021), 'quelque 1 660' and 'more than 1600 since 2012': compatible",
    ),
    dict(claims=["c11.c1", "c31.c1"], reason="14 cells in 2024 in words and in digits: agree"),
]


# ================================================================ writing and checking


def encode(text, encoding, line_endings):
    if line_endings == "CRLF":
        text = text.replace("\n", "\r\n")
    return text.encode(encoding)


def build(out_dir=HERE):
    """Write every file and expected.json into out_dir; returns the gold."""
    out_dir = Path(out_dir)
    entries, rejections = [], []
    for make in ARTICLES:
        spec = make()
        encoding = spec.get("encoding", "utf-8")
        line_endings = spec.get("line_endings", "LF")
        data = spec["raw"] if "raw" in spec else encode(spec["text"], encoding, line_endings)
        (out_dir / spec["file"]).write_bytes(data)
        status = spec.get("expected_status", "ok")
        entry = {
            "key": spec["key"],
            "file": spec["file"],
            "bytes": len(data),
            "format": spec["format"],
            "language": spec.get("language", "ar" if status == "ok" else None),
            "encoding": encoding if status == "ok" else None,
            "line_endings": line_endings if status == "ok" else None,
            "expected_status": status,
        }
        if status == "rejected":
            entry["expected_error"] = spec["expected_error"]
            rejections.append({"key": spec["key"], "file": spec["file"], "reason": spec["expected_error"]})
        entry["metadata"] = spec.get(
            "metadata", {k: None for k in ("title", "outlet", "outlet_alias", "date", "dateline_city")}
        )
        entry["metadata"].setdefault("outlet_fictional", False)
        entry["claims"] = [{"id": f"c{i}", **c} for i, c in enumerate(spec.get("claims", []), 1)]
        entry["optional_claims"] = [
            {"id": f"o{i}", **c} for i, c in enumerate(spec.get("optional_claims", []), 1)
        ]
        entry["must_not_extract"] = spec.get("must_not_extract", [])
        entry["countries_cited"] = spec.get("countries_cited", [])
        entry["countries_not_partners"] = spec.get("countries_not_partners", [])
        entry["flags"] = spec["flags"]
        if spec.get("notes"):
            entry["notes"] = spec["notes"]
        entries.append(entry)
    gold = {
        "schema_version": "heldout-1",
        "description": "Development corpus for ctfacts: articles written for the corpus (Moroccan press layouts, "
        "encodings, number forms, periods, attributions, traps) and designed cross-file "
        "inconsistencies. Generated by build.py; see README.md. Schema: CONTRACT.md and "
        "seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": INCONSISTENCIES,
        "must_not_flag": MUST_NOT_FLAG,
        "rejections": rejections,
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return gold


def verify(gold, out_dir=HERE):
    """Re-read every file from disk and check the gold against it; returns a list of problems."""
    out_dir = Path(out_dir)
    problems = []
    keys = [f["key"] for f in gold["files"]]
    if len(keys) != len(set(keys)):
        problems.append("duplicate keys")
    claim_ids = set()
    for f in gold["files"]:
        raw = (out_dir / f["file"]).read_bytes()
        if len(raw) != f["bytes"]:
            problems.append(f"{f['key']}: size {len(raw)} != {f['bytes']}")
        if f["expected_status"] != "ok":
            continue
        text = raw.decode(f["encoding"])
        if f["line_endings"] == "CRLF" and "\n" in text.replace("\r\n", ""):
            problems.append(f"{f['key']}: bare LF in a CRLF file")
        md = f["metadata"]
        for field in ("title", "outlet", "dateline_city"):
            if md[field] and md[field] not in text:
                problems.append(f"{f['key']}: metadata {field} {md[field]!r} not in text")
        for c in f["claims"] + f["optional_claims"]:
            claim_ids.add(f"{f['key']}.{c['id']}")
            where = f"{f['key']}.{c['id']}"
            if text.count(c["sentence"]) != 1:
                problems.append(f"{where}: sentence found {text.count(c['sentence'])} times")
            if c["value_text"] not in c["sentence"]:
                problems.append(f"{where}: value_text {c['value_text']!r} not in sentence")
            if c["qualifier_text"] and c["qualifier_text"] not in c["sentence"]:
                problems.append(f"{where}: qualifier_text not in sentence")
            if c["period"]["text"] and c["period"]["text"] not in c["sentence"]:
                problems.append(f"{where}: period text {c['period']['text']!r} not in sentence")
            if c["attribution"]["raw"] and c["attribution"]["raw"] not in text:
                problems.append(f"{where}: attribution raw not in text")
        for t in f["must_not_extract"]:
            if not t["text"].startswith("<") and t["text"] not in text:
                problems.append(f"{f['key']}: trap {t['text']!r} not in text")
        for np_ in f["countries_not_partners"]:
            if np_["text"] not in text:
                problems.append(f"{f['key']}: non-partner text {np_['text']!r} not in text")
    for group in gold["inconsistencies"] + gold["must_not_flag"]:
        for cid in group["claims"]:
            if cid not in claim_ids:
                problems.append(f"unknown claim {cid}")
    return problems


if __name__ == "__main__":
    built = build()
    found = verify(built)
    for p in found:
        print("PROBLEM", p)
    n_claims = sum(len(f["claims"]) for f in built["files"])
    print(
        f"{len(built['files'])} files, {n_claims} claims, {len(built['inconsistencies'])} inconsistencies, "
        f"{len(built['must_not_flag'])} must_not_flag groups, {len(found)} problems"
    )
    raise SystemExit(1 if found else 0)
