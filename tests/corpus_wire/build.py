"""Writes the "wire" development corpus (tests/corpus_wire/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_wire/build.py [--out DIR]

30 files (Arabic w01-w12, French w13-w22, English w23-w30) about WHO gives a figure, in the forms real copy uses:
wire agencies relaying an official body (MAP, AFP, EFE, Reuters, Europa Press) and an agency's own count, speakers
named a sentence or a paragraph before the figure ("he added", "a-t-il poursuivi", "وأضاف المتحدث"), officials known
by title only, communiqués, press conferences, year-end reviews, written answers to MPs, MPs' questions, studies,
observers, foreign governments, the UN, unnamed security sources, an outlet's own tally and unsourced figures --
with traps, every period type and planted cross-file inconsistencies.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles are invented (the officials' names are public office holders; researchers, MPs and outlets
marked fictional do not exist); they follow the wording and orders of magnitude of real Moroccan reporting,
written anew.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
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
    lastn,
    meta,
    resolve,
    run_build,
    since,
    wordpress,
    yr,
    ytd,
)

ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, KILLED, RETURNEES = "fighters_joined", "fighters_killed", "returnees"
ABROAD, JOINT, ATTACKS = "fighters_detained_abroad", "joint_operations", "terrorist_attacks"
SYR_IRQ = "syria_iraq_linked"


def last_weekday(pub, weekday):
    """The last day with that weekday (0 = Monday) strictly before the publication date."""
    day = date.fromisoformat(pub) - timedelta(days=1)
    while day.weekday() != weekday:
        day -= timedelta(days=1)
    return day.isoformat()


def event(pub, weekday, text):
    day = last_weekday(pub, weekday)
    return P("event", day, day, text)


def spec(key, file, fmt, lang, text, metadata, claims, traps, summary, **extra):
    return dict(key=key, file=file, format=fmt, language=lang, text=text, metadata=metadata, claims=claims,
                must_not_extract=traps, summary=summary, **extra)  # fmt: skip


# ================================================================ Arabic (w01-w12)


@article
def w01():
    pub = "2024-03-18"
    heads = ["الرجاء يفوز على ضيفه 3-1 ويعزز صدارته", "أسعار المحروقات تنخفض بـ 40 سنتيما",
             "زلزال بقوة 5.2 درجات يضرب جنوب تركيا", "مهرجان فاس للموسيقى العريقة في دورته 28"]  # fmt: skip
    title = "حبوب: المقاربة الاستباقية جنبت المملكة مخاطر جسيمة"
    s1 = (
        "وأفاد مدير المكتب المركزي للأبحاث القضائية، الشرقاوي حبوب، في تصريح نقلته وكالة المغرب العربي للأنباء، "
        "أن المصالح الأمنية فككت منذ سنة 2002 ما مجموعه 212 خلية إرهابية."
    )
    s2 = "وأضاف المتحدث أن هذه العمليات مكنت من توقيف ما يزيد عن 4300 شخص منذ التاريخ ذاته."
    body = [
        "سلا - احتضن مقر المكتب المركزي للأبحاث القضائية، أمس الأحد، لقاء تواصليا مع ممثلي وسائل الإعلام الوطنية "
        "والدولية، خصص لتقديم حصيلة مكافحة الجريمة الإرهابية.",
        s1,
        f"{s2} وأشار إلى أن الإطار القانوني الذي أرساه القانون رقم 03.03 المتعلق بمكافحة الإرهاب ظل أساس هذه "
        "المقاربة.",
        "ودعا المسؤول الأمني المواطنين إلى الإبلاغ عن كل سلوك مشبوه عبر الرقم 19.",
    ]
    return spec(
        "w01", "w01_hibapress_map_habboub_212.txt", "aggregator", "ar",
        aggregator("ar", heads, title, "هبة بريس", pub, body),
        meta(title, "هبة بريس", "Hibapress", pub),
        [
            C(CELLS, 212, "212", s1, since("2002", pub, "منذ سنة 2002"),
              A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "الشرقاوي حبوب"),
              notes="MAP relays the BCIJ director: the org is the BCIJ, not the agency"),
            C(ARRESTS, 4300, "4300", s2, since("2002", pub, "منذ التاريخ ذاته"),
              A("BCIJ", "وأضاف المتحدث", "الشرقاوي حبوب"), q="more_than", qt="ما يزيد عن",
              notes="the speaker named in the previous paragraph; 'منذ التاريخ ذاته' = since 2002"),
        ],
        [SIDEBAR_RULE, T("3-1", "sidebar: football score"), T("5.2 درجات", "sidebar: earthquake magnitude"),
         T("دورته 28", "sidebar: festival edition"), T("القانون رقم 03.03", "law number"),
         T("الرقم 19", "police phone number")],
        "Aggregator; MAP relays the BCIJ director (org BCIJ); 'وأضاف المتحدث' in the next paragraph; law and phone "
        "numbers as traps.",
    )  # fmt: skip


@article
def w02():
    pub = "2024-05-16"
    title = "بلاغ أمني: أزيد من 500 مخطط إرهابي أحبط منذ 2002"
    s1 = (
        "وأوضح بلاغ للمديرية العامة لمراقبة التراب الوطني، أوردته وكالة المغرب العربي للأنباء، أن المصالح المختصة "
        "أحبطت منذ 2002 أكثر من 500 مخطط إرهابي كانت تستهدف منشآت حيوية."
    )
    s2 = "كما فككت هذه المصالح 3 خلايا إرهابية منذ بداية السنة الجارية، حسب المصدر نفسه."
    body = [
        "بمناسبة الذكرى الحادية والعشرين لأحداث 16 ماي 2003 الأليمة، أصدرت المؤسسة الأمنية بلاغا استعرضت فيه "
        "حصيلة العمل الاستباقي.",
        s1,
        s2,
        "وفي سياق آخر، أعلنت المديرية الإقليمية للتعليم عن إحداث 45 خلية يقظة داخل المؤسسات التعليمية لمحاربة "
        "الهدر المدرسي، فيما بلغت نسبة النجاح 75 في المائة.",
    ]
    return spec(
        "w02", "w02_wordpress_dgst_communique_500.txt", "wordpress", "ar",
        wordpress("ar", "الرباط اليوم", "الرئيسيةوطنيأمن", title, "16 ماي 2024 - 10:15", body,
                  ["توقيف مروج للمخدرات بطنجة", "افتتاح الدورة 30 للمعرض الدولي للنشر والكتاب"]),
        meta(title, "الرباط اليوم", "Rabat Alyaoum", pub, fictional=True),
        [
            C(PLOTS, 500, "500", s1, since("2002", pub, "منذ 2002"),
              A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني"), q="more_than", qt="أكثر من",
              notes="a communiqué relayed by MAP: the org is the body that issued it"),
            C(CELLS, 3, "3", s2, ytd(pub, "منذ بداية السنة الجارية"), A("DGST", "حسب المصدر نفسه"),
              notes="source after the figure, referring back to the DGST communiqué"),
        ],
        [T("أزيد من 500 مخطط إرهابي أحبط منذ 2002", "title figure repeated by the body"),
         T("16 ماي 2003", "date of the Casablanca attacks"), T("45 خلية يقظة", "school 'vigilance cells': not terror"),
         T("75 في المائة", "pass rate percentage"), T("الدورة 30", "related headline: book fair edition")],
        "WordPress; a DGST communiqué relayed by MAP (org DGST); year to date; school 'cells' and a pass rate.",
    )  # fmt: skip


@article
def w03():
    pub = "2025-02-10"
    title = "لفتيت يرد كتابيا على النواب بشأن الحصيلة الأمنية"
    s1 = (
        "وأفاد وزير الداخلية، عبد الوافي لفتيت، في جواب كتابي على سؤال لفريق برلماني، أن المصالح الأمنية فككت "
        "السنة الماضية 10 خلايا إرهابية."
    )
    s2 = "وأشار المسؤول الحكومي إلى أن هذه العمليات أسفرت عن توقيف ما لا يقل عن 60 مشتبها فيه خلال الفترة ذاتها."
    body = [
        "توصل مجلس النواب بجواب وزارة الداخلية على السؤال الكتابي رقم 1432 حول التهديدات الإرهابية.",
        s1,
        s2,
        "وخصصت الوزارة غلافا ماليا قدره 1.2 مليار درهم لتحديث تجهيزات المراقبة بالمطارات والموانئ.",
    ]
    return spec(
        "w03", "w03_clean_laftit_written_answer_10.txt", "clean", "ar",
        clean(title, "الإثنين 10 فبراير 2025", body),
        meta(title, None, None, pub),
        [
            C(CELLS, 10, "10", s1, yr("2024", "السنة الماضية"),
              A("MOI", "وزير الداخلية", "عبد الوافي لفتيت"),
              notes="a minister's written answer to MPs is the ministry's figure, not parliament's"),
            C(ARRESTS, 60, "60", s2, yr("2024", "خلال الفترة ذاتها"),
              A("MOI", "المسؤول الحكومي", "عبد الوافي لفتيت"), q="at_least", qt="ما لا يقل عن",
              notes="period inherited from the previous sentence"),
        ],
        [T("رقم 1432", "written question number"), T("1.2 مليار درهم", "money")],
        "Clean page; the interior minister's written answer (MOI); 'last year' from the byline; planted against w16.",
    )  # fmt: skip


@article
def w04():
    pub = "2025-05-20"
    title = "أخنوش أمام النواب: المقاربة الأمنية المغربية نموذج يحتذى"
    s1 = (
        "وأكد رئيس الحكومة، خلال الجلسة الشهرية المخصصة للسياسة العامة، أن المغرب فكك أزيد من 215 خلية إرهابية "
        "منذ سنة 2002."
    )
    body = [
        "حضر عزيز أخنوش، أمس الإثنين، جلسة المساءلة الشهرية بمجلس النواب، التي خصصت لمحور الأمن والاستقرار.",
        s1,
        "وفي معرض حديثه عن الشغل، أشار المسؤول إلى أن معدل البطالة استقر في حدود 13.3 في المائة، وأن الحكومة "
        "رصدت 2.5 مليار درهم لبرامج التشغيل.",
    ]
    return spec(
        "w04", "w04_head_of_government_time.html", "html", "ar",
        html("ar", title, "منبر الشمال", pub, body, jsonld=False),
        meta(title, "منبر الشمال", "Minbar Achamal", pub, fictional=True),
        [C(CELLS, 215, "215", s1, since("2002", pub, "منذ سنة 2002"), A("GOV", "رئيس الحكومة", "عزيز أخنوش"),
           q="more_than", qt="أزيد من", notes="the head of government before MPs: GOV, not PARLIAMENT")],
        [T("13.3 في المائة", "unemployment rate"), T("2.5 مليار درهم", "money")],
        "Saved HTML (time tag only); the head of government, named a paragraph before and then by title (GOV).",
    )  # fmt: skip


@article
def w05():
    pub = "2025-10-07"
    heads = ["ارتفاع عدد مشاهدات الفيديو إلى 120 ألف مشاهدة", "الحكم على متهم بالسرقة بسنتين حبسا نافذا",
             "افتتاح السنة التشريعية يوم الجمعة"]  # fmt: skip
    title = "ملف: عقدان من الحرب على الإرهاب"
    s1 = "ويرى مراقبون أن الأجهزة الأمنية المغربية تمكنت من تفكيك 212 خلية إرهابية منذ 2002."
    s2 = "وتعرضت المملكة لأربع هجمات إرهابية دامية منذ سنة 2003، كان آخرها مقتل سائحتين بضواحي مراكش."
    body = [
        "يعود ملف الإرهاب إلى الواجهة مع كل عملية أمنية جديدة، في ظل تنامي التهديدات القادمة من منطقة الساحل.",
        s1,
        s2,
        "وأصدرت المحاكم أحكاما تراوحت بين 5 و20 سنة سجنا في حق المتورطين في هذه الاعتداءات.",
    ]
    return spec(
        "w05", "w05_asdaa_observers_stale_212.txt", "aggregator", "ar",
        aggregator("ar", heads, title, "أصداء المغرب", pub, body),
        meta(title, "أصداء المغرب", "Asdaa Al Maghrib", pub, fictional=True),
        [
            C(CELLS, 212, "212", s1, since("2002", pub, "منذ 2002"), A("analyst", "مراقبون"),
              notes="'observers' are commentators: analyst; a total overtaken since (planted stale)"),
            C(ATTACKS, 4, "أربع", s2, since("2003", pub, "منذ سنة 2003"), A("unspecified"),
              notes="the outlet states the figure with no source; number word"),
        ],
        [SIDEBAR_RULE, T("120 ألف مشاهدة", "sidebar: view count"), T("بسنتين حبسا", "sidebar: prison sentence"),
         T("بين 5 و20 سنة", "prison sentences")],
        "Aggregator; 'observers' (analyst) repeat an overtaken total; an unsourced count in words; sentences as traps.",
    )  # fmt: skip


@article
def w06():
    pub = "2023-11-14"
    title = "سؤال شفوي يعيد ملف المقاتلين المغاربة إلى قبة البرلمان"
    s1 = (
        "وتساءلت النائبة خديجة الزموري، عن فريق معارض، عن مصير أزيد من 1600 مغربي التحقوا بالتنظيمات المتطرفة "
        "في سوريا والعراق."
    )
    s2 = (
        "وفي رده، أوضح وزير الداخلية أن عدد المقاتلين المغاربة الذين التحقوا بالساحة السورية العراقية بلغ 1659 "
        "مقاتلا."
    )
    body = [
        "شهدت جلسة الأسئلة الشفوية بمجلس النواب، أمس الإثنين، حضور عبد الوافي لفتيت للرد على أسئلة الفرق.",
        s1,
        s2,
        "وذكر الوزير بأن القانون 86.14 جرم الالتحاق بالتنظيمات الإرهابية، وأن المتابعين يواجهون عقوبات تصل إلى "
        "15 سنة.",
    ]
    return spec(
        "w06", "w06_wordpress_mp_and_minister.txt", "wordpress", "ar",
        wordpress("ar", "صوت القبة", "الرئيسيةالبرلمانأسئلة", title, "الثلاثاء 14 نونبر 2023", body,
                  ["مجلس المستشارين يصادق على 12 مشروع قانون"]),
        meta(title, "صوت القبة", "Sawt Al Qobba", pub, fictional=True),
        [
            C(JOINED, 1600, "1600", s1, cumul(pub), A("PARLIAMENT", "النائبة", "خديجة الزموري"),
              q="more_than", qt="أزيد من", subset=SYR_IRQ, notes="an MP's question citing a figure"),
            C(JOINED, 1659, "1659", s2, cumul(pub), A("MOI", "وزير الداخلية", "عبد الوافي لفتيت"),
              subset=SYR_IRQ, notes="the minister's answer: two voices, two figures"),
        ],
        [T("القانون 86.14", "law number"), T("15 سنة", "prison sentence"), T("12 مشروع قانون", "related headline")],
        "WordPress; two voices: an MP (more than 1600, PARLIAMENT) and the minister (1659, MOI).",
        countries_not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def w07():
    pub = "2024-12-24"
    title = "وهبي: العائدون من بؤر التوتر خضعوا جميعا للمساطر القضائية"
    s1 = (
        "وأوضح وزير العدل، عبد اللطيف وهبي، أن عدد العائدين من بؤر التوتر بلغ حوالي 270 شخصا، تمت متابعتهم أمام "
        "القضاء."
    )
    body = [
        "في ندوة نظمت بالرباط حول العدالة الجنائية، عرض وزير العدل ملامح إصلاح منظومة مكافحة الإرهاب.",
        s1,
        "وأشار إلى أن الفصل 218-1 من القانون الجنائي يعاقب على الإشادة بالأفعال الإرهابية، وأن برنامج المصالحة "
        "بلغ نسخته الخامسة عشرة.",
    ]
    return spec(
        "w07", "w07_clean_justice_minister_270.txt", "clean", "ar",
        clean(title, "الثلاثاء 24 دجنبر 2024", body),
        meta(title, None, None, pub),
        [C(RETURNEES, 270, "270", s1, cumul(pub), A("GOV", "وزير العدل", "عبد اللطيف وهبي"), q="about",
           qt="حوالي", notes="the justice minister is the government (GOV), not the interior ministry")],
        [T("الفصل 218-1", "penal code article")],
        "Clean page dated with 'دجنبر'; the justice minister (GOV) gives the returnees' figure.",
    )  # fmt: skip


@article
def w08():
    pub = "2024-05-06"
    heads = ["انطلاق امتحانات الباكالوريا يوم 3 يونيو", "المنتخب يتأهل إلى نصف النهائي"]
    title = "تفكيك خلية موالية لداعش بتنسيق مع الأمن الإسباني"
    s1 = "وكشف بلاغ لوزارة الداخلية أن العملية التي جرت أمس الأحد أسفرت عن توقيف 4 عناصر متطرفة."
    s2 = "ووفق معطيات وزارة الداخلية، بلغ عدد العائدين من الساحة السورية العراقية 270 شخصا."
    body = [
        "تمكن المكتب المركزي للأبحاث القضائية، بتنسيق مع الشرطة الوطنية الإسبانية، من تفكيك خلية إرهابية تنشط "
        "بين تطوان ومدريد.",
        f"{s1} وتتراوح أعمار الموقوفين بين 19 و33 سنة.",
        "وفي إسبانيا، اعتقلت الشرطة شخصين آخرين يشتبه في ارتباطهما بالخلية.",
        s2,
    ]
    return spec(
        "w08", "w08_aggregator_moi_returnees_270.txt", "aggregator", "ar",
        aggregator("ar", heads, title, "شمال بوست", pub, body),
        meta(title, "شمال بوست", "Chamal Post", pub),
        [
            C(ARRESTS, 4, "4", s1, event(pub, 6, "أمس الأحد"), A("MOI", "بلاغ لوزارة الداخلية")),
            C(RETURNEES, 270, "270", s2, cumul(pub), A("MOI", "معطيات وزارة الداخلية")),
        ],
        [SIDEBAR_RULE, T("يوم 3 يونيو", "sidebar: date"), T("بين 19 و33 سنة", "ages"),
         T("شخصين آخرين", "arrests in Spain by the Spanish police: not Moroccan")],
        "Aggregator; an interior ministry communiqué; 'yesterday Sunday' before the byline; partner Spain.",
        countries_cited=["ES"],
    )  # fmt: skip


@article
def w09():
    pub = "2024-09-25"
    title = "مدريد تشيد بالتعاون الأمني مع الرباط"
    s1 = (
        "وذكرت وزارة الداخلية الإسبانية، في تقرير نقلته وكالة إيفي، أن البلدين نفذا أكثر من 20 عملية مشتركة ضد "
        "الخلايا الإرهابية منذ 2014."
    )
    body = [
        "جددت السلطات الإسبانية إشادتها بالتنسيق الأمني مع المغرب في مجال محاربة التطرف العنيف.",
        s1,
        "وخصصت مدريد مليون يورو لبرامج الوقاية من التطرف في السجون، كما أعلنت فرنسا عن خطة مماثلة.",
    ]
    return spec(
        "w09", "w09_wordpress_spanish_ministry_joint.txt", "wordpress", "ar",
        wordpress("ar", "الضفتين", "الرئيسيةدوليإسبانيا", title, "نشر في 25 شتنبر 2024", body,
                  ["الجالية المغربية بإسبانيا تتجاوز 900 ألف"]),
        meta(title, "الضفتين", "Addiffatayn", pub, fictional=True),
        [C(JOINT, 20, "20", s1, since("2014", pub, "منذ 2014"), A("analyst", "وزارة الداخلية الإسبانية"),
           q="more_than", qt="أكثر من", notes="a foreign government's report relayed by EFE: analyst")],
        [T("مليون يورو", "money"), T("900 ألف", "related headline: diaspora size")],
        "WordPress; the Spanish interior ministry's report (an outside report: analyst) relayed by EFE.",
        countries_cited=["ES"],
        countries_not_partners=[{"country": "FR", "text": "فرنسا", "reason": "a comparable plan, no cooperation"}],
    )  # fmt: skip


@article
def w10():
    pub = "2025-12-29"
    title = "حصيلة: توقيفات قياسية في قضايا الإرهاب"
    s1 = "وأفادت مصادر أمنية أن المصالح المختصة أوقفت أزيد من 70 شخصا في قضايا الإرهاب خلال السنة الجارية."
    s2 = "ومن بين الموقوفين 4 نساء، وفق المعطيات المتوفرة."
    body = [
        "مع اقتراب نهاية العام، تكشف الأرقام عن وتيرة متسارعة للعمليات الاستباقية.",
        s1,
        s2,
        "ويبلغ أصغر الموقوفين 17 سنة، فيما يقضي عدد منهم عقوبات سابقة.",
    ]
    return spec(
        "w10", "w10_clean_security_sources_70.txt", "clean", "ar",
        clean(title, "الإثنين 29 دجنبر 2025", body),
        meta(title, None, None, pub),
        [
            C(ARRESTS, 70, "70", s1, ytd(pub, "خلال السنة الجارية"), A("official_unspecified", "مصادر أمنية"),
              q="more_than", qt="أزيد من", notes="unnamed security sources: official, body unspecified"),
            C(ARRESTS, 4, "4", s2, P("year_to_date", "2025", pub, None), A("unspecified", "المعطيات المتوفرة"),
              subset="women", notes="'available data' names no body; period inherited"),
        ],
        [T("17 سنة", "age")],
        "Clean page; unnamed security sources (official_unspecified) and 'المعطيات المتوفرة' (unspecified).",
    )  # fmt: skip


@article
def w11():
    pub = "2026-01-03"
    heads = ["حوادث السير تخلف 3800 قتيل", "توقعات بتساقطات ثلجية"]
    title = "الأمن الوطني يستعرض حصيلة 2025"
    s1 = "وأبرزت الحصيلة السنوية للمديرية العامة للأمن الوطني أن خمس خلايا إرهابية فككت خلال سنة 2025."
    s2 = "وأسفرت هذه العمليات عن توقيف 78 شخصا، تضيف الوثيقة."
    body = [
        "نشرت المديرية العامة للأمن الوطني حصيلة أنشطتها برسم السنة المنصرمة.",
        f"{s1} {s2}",
        "كما ارتفع عدد خلايا التكفل بالنساء ضحايا العنف إلى 480 خلية، ويمكن التبليغ عبر الرقم 19.",
    ]
    return spec(
        "w11", "w11_aggregator_dgsn_review_2025.txt", "aggregator", "ar",
        aggregator("ar", heads, title, "هسبريس", pub, body),
        meta(title, "هسبريس", "Hespress", pub),
        [
            C(CELLS, 5, "خمس", s1, yr("2025", "خلال سنة 2025"),
              A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني"),
              notes="number word; below the DGSN's 6 by June 2025 (w20): planted partial_exceeds_whole"),
            C(ARRESTS, 78, "78", s2, yr("2025", None), A("DGSN", "تضيف الوثيقة"), notes="source after the figure"),
        ],
        [SIDEBAR_RULE, T("3800 قتيل", "sidebar: road deaths"), T("480 خلية", "units for victims of violence"),
         T("الرقم 19", "phone number")],
        "Aggregator; the DGSN's year-end review; a count in words; victim-support 'cells' and phone as traps.",
    )  # fmt: skip


@article
def w12():
    pub = "2025-04-11"
    title = "هلال أمام مجلس الأمن: المغرب شريك موثوق في محاربة الإرهاب"
    s1 = (
        "وأبرز السفير الممثل الدائم للمغرب لدى الأمم المتحدة أن المصالح المغربية فككت 3 خلايا إرهابية منذ بداية "
        "السنة الجارية."
    )
    body = [
        "تدخل عمر هلال في نقاش مفتوح لمجلس الأمن حول التهديدات الإرهابية في إفريقيا.",
        s1,
        "وذكر الدبلوماسي بأن عدد ضحايا الهجمات في منطقة الساحل تجاوز 6000 قتيل، خاصة في مالي، داعيا إلى تفعيل "
        "القرار 2178.",
    ]
    return spec(
        "w12", "w12_hilale_un_jsonld.html", "html", "ar",
        html("ar", title, "الدبلوماسي", pub, body, time_tag=False),
        meta(title, "الدبلوماسي", "Addiplomassi", pub, fictional=True),
        [C(CELLS, 3, "3", s1, ytd(pub, "منذ بداية السنة الجارية"),
           A("MFA", "السفير الممثل الدائم للمغرب لدى الأمم المتحدة", "عمر هلال"),
           notes="Morocco's permanent representative at the UN: MFA")],
        [T("6000 قتيل", "Sahel deaths: not Moroccan"), T("القرار 2178", "UN resolution number")],
        "Saved HTML (JSON-LD only); Morocco's UN ambassador (MFA), named and then by title; Sahel figures as traps.",
        countries_not_partners=[{"country": "ML", "text": "مالي", "reason": "a conflict zone"}],
    )  # fmt: skip


# ================================================================ French (w13-w22)


@article
def w13():
    pub = "2024-11-12"
    heads = ["Botola : le Wydad s'impose 2-0", "Le prix du gasoil recule de 30 centimes"]
    title = "La DGST actualise son bilan antiterroriste"
    s1 = "Selon un communiqué de la DGST relayé par la MAP, 215 cellules terroristes ont été démantelées depuis 2002."
    s2 = "Le même document fait état de 4.380 personnes interpellées depuis cette date."
    body = [
        "Rabat - La Direction générale de la surveillance du territoire a publié lundi un état des lieux de la lutte "
        "antiterroriste.",
        f"{s1} {s2}",
        "Le cadre juridique repose sur la loi 03-03, amendée en 2015.",
    ]
    return spec(
        "w13", "w13_aggregator_dgst_map_215.txt", "aggregator", "fr",
        aggregator("fr", heads, title, "Le Matin", pub, body),
        meta(title, "Le Matin", "Le Matin", pub),
        [
            C(CELLS, 215, "215", s1, since("2002", pub, "depuis 2002"), A("DGST", "un communiqué de la DGST"),
              notes="relayed by the MAP: the org is the DGST"),
            C(ARRESTS, 4380, "4.380", s2, since("2002", pub, "depuis cette date"), A("DGST", "Le même document")),
        ],
        [SIDEBAR_RULE, T("2-0", "sidebar: score"), T("30 centimes", "sidebar: price"), T("loi 03-03", "law number")],
        "Aggregator; a DGST communiqué relayed by the MAP (source before the figure), then 'Le même document'.",
    )  # fmt: skip


@article
def w14():
    pub = "2024-06-21"
    title = "Le patron du BCIJ : « La menace reste élevée »"
    s1 = (
        "Le patron du BCIJ affirme que ses équipes ont démantelé quatre cellules depuis le début de l'année, toutes "
        "liées à Daech."
    )
    s2 = "« Quelque 750 combattants marocains ont trouvé la mort en Syrie et en Irak », a-t-il poursuivi."
    body = [
        "Dans un entretien accordé à notre rédaction, Cherkaoui Habboub revient sur les défis sécuritaires.",
        s1,
        s2,
        "Les suspects, âgés de 19 à 28 ans, étaient actifs sur les réseaux sociaux. Un numéro vert, le 080 100 4747, "
        "reste à la disposition des familles.",
    ]
    return spec(
        "w14", "w14_wordpress_bcij_chief_interview.txt", "wordpress", "fr",
        wordpress("fr", "Maroc Hebdo Plus", "AccueilPolitiqueSécurité", title, "Publié le 21 juin 2024", body,
                  ["Tanger Med : 8,6 millions de conteneurs traités"]),
        meta(title, "Maroc Hebdo Plus", "Maroc Hebdo Plus", pub, fictional=True),
        [
            C(CELLS, 4, "quatre", s1, ytd(pub, "depuis le début de l'année"),
              A("BCIJ", "Le patron du BCIJ", "Cherkaoui Habboub"), notes="number word; official known by title"),
            C(KILLED, 750, "750", s2, cumul(pub), A("BCIJ", "a-t-il poursuivi", "Cherkaoui Habboub"), q="about",
              subset=SYR_IRQ,
              qt="Quelque", notes="a quote spanning a sentence, attributed after it"),
        ],
        [T("âgés de 19 à 28 ans", "ages"), T("080 100 4747", "phone number"),
         T("8,6 millions de conteneurs", "related headline")],
        "WordPress; 'le patron du BCIJ' (title), a count in words, a quoted sentence then 'a-t-il poursuivi'.",
    )  # fmt: skip


@article
def w15():
    pub = "2025-02-12"
    title = "Combattants marocains : un député interpelle l'Intérieur"
    s1 = (
        "Dans sa question écrite, le député Karim Alaoui évoque près de 1.700 Marocains partis rejoindre les "
        "groupes terroristes en Syrie et en Irak."
    )
    body = [
        "Le sort des combattants marocains et de leurs familles revient au Parlement.",
        s1,
        "La question n° 3517 a été déposée par un groupe qui compte 37 députés, et vise aussi la loi 86-14.",
    ]
    return spec(
        "w15", "w15_clean_mp_question_1700.txt", "clean", "fr",
        clean(title, "Mercredi 12 février 2025", body),
        meta(title, None, None, pub),
        [C(JOINED, 1700, "1.700", s1, cumul(pub), A("PARLIAMENT", "le député", "Karim Alaoui"), q="about",
           qt="près de", subset=SYR_IRQ, notes="an MP's question citing a figure: PARLIAMENT")],
        [T("n° 3517", "question number"), T("37 députés", "size of a parliamentary group"),
         T("loi 86-14", "law number")],
        "Clean page; an MP's written question cites a figure (PARLIAMENT); question and law numbers as traps.",
    )  # fmt: skip


@article
def w16():
    pub = "2025-01-08"
    heads = ["Météo : chute des températures", "Vidéo vue 95 000 fois"]
    title = "Terrorisme : le Maroc a déjoué plusieurs projets en 2024"
    s1 = (
        "Selon des sources sécuritaires citées par l'agence EFE, huit cellules terroristes ont été démantelées "
        "l'année dernière au Maroc."
    )
    s2 = (
        "D'après un décompte de l'agence EFE, au moins 40 personnes ont été arrêtées en 2024 dans des affaires liées "
        "au terrorisme."
    )
    body = [
        "Madrid - Le royaume a poursuivi sa stratégie préventive, en étroite collaboration avec l'Espagne.",
        s1,
        s2,
        "En Espagne, la police a arrêté 81 djihadistes sur la même période, pour un coût estimé à 2,3 millions "
        "d'euros.",
    ]
    return spec(
        "w16", "w16_aggregator_efe_sources_8.txt", "aggregator", "fr",
        aggregator("fr", heads, title, "Yabiladi", pub, body),
        meta(title, "Yabiladi", "Yabiladi", pub, city="Madrid"),
        [
            C(CELLS, 8, "huit", s1, yr("2024", "l'année dernière"),
              A("official_unspecified", "des sources sécuritaires"),
              notes="EFE relays unnamed security sources; number word; planted against w03 (10)"),
            C(ARRESTS, 40, "40", s2, yr("2024", "en 2024"), A("unspecified", "un décompte de l'agence EFE"),
              q="at_least", qt="au moins", notes="the agency's own count: unspecified"),
        ],
        [SIDEBAR_RULE, T("95 000 fois", "sidebar: view count"), T("81 djihadistes", "Spanish arrests"),
         T("2,3 millions d'euros", "money")],
        "Aggregator with a dateline; EFE relays security sources (official_unspecified) and gives its own count "
        "(unspecified); Spanish arrests as a trap.",
        countries_cited=["ES"],
    )  # fmt: skip


@article
def w17():
    pub = "2024-08-30"
    title = "Une étude décrypte l'engagement des Marocaines dans les groupes jihadistes"
    s1 = (
        "Au moins 290 Marocaines ont rejoint les zones de conflit syro-irakiennes, estiment les auteurs de l'étude "
        "publiée par l'Institut Averroès d'analyse stratégique."
    )
    s2 = "Reprenant les chiffres officiels, le document rappelle que 1.659 combattants marocains ont gagné cette région."
    body = [
        "Un rapport de 42 pages se penche sur les trajectoires féminines de la radicalisation.",
        s1,
        s2,
        "À titre de comparaison, la Tunisie aurait vu partir plus de 3 000 de ses ressortissants, et les femmes "
        "représenteraient 15 % des départs.",
    ]
    return spec(
        "w17", "w17_think_tank_women_both.html", "html", "fr",
        html("fr", title, "L'Observateur de l'Atlas", pub, body),
        meta(title, "L'Observateur de l'Atlas", "L'Observateur de l'Atlas", pub, fictional=True),
        [
            C(JOINED, 290, "290", s1, cumul(pub), A("analyst", "les auteurs de l'étude"), q="at_least",
              qt="Au moins", subset="women", notes="a think tank's estimate (fictional institute): analyst"),
            C(JOINED, 1659, "1.659", s2, cumul(pub), A("official_unspecified", "les chiffres officiels"),
              subset=SYR_IRQ, notes="a study quoting the official record"),
        ],
        [T("42 pages", "report length"), T("3 000", "Tunisian departures"), T("15 %", "percentage")],
        "Saved HTML (time tag and JSON-LD); a study's estimate (analyst) beside the official figure it quotes.",
        countries_not_partners=[{"country": "TN", "text": "Tunisie", "reason": "a comparison"}],
    )  # fmt: skip


@article
def w18():
    pub = "2025-04-15"
    title = "Camps syriens : l'ONU s'inquiète du sort des ressortissants marocains"
    s1 = (
        "Environ 280 Marocains sont toujours retenus dans des camps et des prisons du nord-est de la Syrie, selon "
        "le dernier rapport de l'équipe de surveillance des sanctions de l'ONU, cité par Europa Press."
    )
    body = [
        s1,
        "Le document, qui répond à la résolution 1267, évalue à 1 500 le nombre de combattants étrangers en Irak.",
        "Sa version intégrale compte 26 pages.",
    ]
    return spec(
        "w18", "w18_clean_un_report_280.txt", "clean", "fr",
        clean(title, "Mardi 15 avril 2025", body),
        meta(title, None, None, pub),
        [C(ABROAD, 280, "280", s1, cumul(pub),
           A("analyst", "le dernier rapport de l'équipe de surveillance des sanctions de l'ONU"), q="about",
           qt="Environ", subset="syria", notes="a UN report relayed by Europa Press: analyst")],
        [T("résolution 1267", "resolution number"), T("1 500", "foreign fighters in Iraq: not Moroccan"),
         T("26 pages", "report length")],
        "Clean page; a UN report (analyst) relayed by Europa Press, source after the figure.",
        countries_not_partners=[{"country": "IQ", "text": "Irak", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def w19():
    pub = "2024-10-02"
    title = "Coopération antiterroriste : Rabat et Madrid, un partenariat rodé"
    s1 = (
        "Une vingtaine d'opérations conjointes ont été menées depuis 2014 entre les services marocains et espagnols, "
        "selon des sources concordantes."
    )
    body = [
        "La DGST a agi en étroite collaboration avec la police espagnole lors du dernier coup de filet à Ceuta.",
        s1,
        "Les deux suspects, âgés de 24 et 31 ans, encourent jusqu'à 10 ans de prison.",
    ]
    return spec(
        "w19", "w19_wordpress_concordant_sources.txt", "wordpress", "fr",
        wordpress("fr", "Atlas Info", "AccueilMondeMaghreb", title, "2 octobre 2024", body,
                  ["Le port de Ceuta rouvert après 3 jours"]),
        meta(title, "Atlas Info", "Atlas Info", pub, fictional=True),
        [C(JOINT, 20, "vingtaine", s1, since("2014", pub, "depuis 2014"), A("unspecified", "des sources concordantes"),
           q="about", qt="Une vingtaine", notes="'sources concordantes' name no body: unspecified")],
        [T("âgés de 24 et 31 ans", "ages"), T("10 ans de prison", "prison sentence"), T("3 jours", "related headline")],
        "WordPress; 'des sources concordantes' after the figure; 'une vingtaine'; partner Spain; the two suspects "
        "of the latest operation are optional.",
        countries_cited=["ES"],
        optional_claims=[
            C(ARRESTS, 2, "deux", "Les deux suspects, âgés de 24 et 31 ans, encourent jusqu'à 10 ans de prison.",
              P("unspecified"), A("unspecified"),
              notes="the suspects of an undated operation: an engine may read them as arrests"),
        ],
    )  # fmt: skip


@article
def w20():
    pub = "2025-06-20"
    heads = ["Portes ouvertes de la DGSN : 1,2 million de visiteurs attendus", "Bac 2025 : 68 % de réussite"]
    title = "La DGSN dresse un premier bilan semestriel"
    s1 = (
        "Six cellules terroristes ont été démantelées depuis le début de l'année, a déclaré le porte-parole de la "
        "DGSN lors d'un point de presse."
    )
    body = [
        "Casablanca - La Direction générale de la sûreté nationale a réuni la presse jeudi à Casablanca.",
        s1,
        "Les citoyens peuvent signaler tout comportement suspect au 19.",
    ]
    return spec(
        "w20", "w20_aggregator_dgsn_press_conference_6.txt", "aggregator", "fr",
        aggregator("fr", heads, title, "H24info", pub, body),
        meta(title, "H24info", "H24info", pub, city="Casablanca"),
        [C(CELLS, 6, "Six", s1, ytd(pub, "depuis le début de l'année"), A("DGSN", "le porte-parole de la DGSN"),
           notes="press conference; source after the figure; number word")],
        [SIDEBAR_RULE, T("1,2 million de visiteurs", "sidebar: visitors"), T("68 %", "sidebar: pass rate"),
         T("au 19", "phone number")],
        "Aggregator with a dateline; the DGSN spokesman at a press conference (year to date, in words).",
    )  # fmt: skip


@article
def w21():
    pub = "2025-03-17"
    title = "Revenants : le défi de la réinsertion"
    s1 = (
        "L'universitaire Nadia Bensaid, professeure de science politique à Rabat, estime à 270 le nombre de "
        "revenants des zones de conflit."
    )
    body = [
        s1,
        "Selon elle, près de 40 % d'entre eux ont suivi un programme de déradicalisation lancé en 2017.",
    ]
    return spec(
        "w21", "w21_academic_returnees_time.html", "html", "fr",
        html("fr", title, "Revue Sécurité & Société", pub, body, jsonld=False),
        meta(title, "Revue Sécurité & Société", "Revue Sécurité & Société", pub, fictional=True),
        [C(RETURNEES, 270, "270", s1, cumul(pub), A("analyst", "L'universitaire", "Nadia Bensaid"),
           notes="an academic (fictional): analyst")],
        [T("40 %", "percentage, not a count"), T("en 2017", "year")],
        "Saved HTML (time tag only); an academic's figure (analyst); a percentage as a trap.",
    )  # fmt: skip


@article
def w22():
    pub = "2025-11-04"
    title = "Conseil de gouvernement : Baitas salue la vigilance sécuritaire"
    s1 = (
        "Plus de 4.500 personnes ont été interpellées depuis 2002 dans des affaires de terrorisme, a souligné le "
        "porte-parole du gouvernement."
    )
    body = [
        "À l'issue du Conseil de gouvernement, Mustapha Baitas a répondu aux questions des journalistes.",
        s1,
        "Le Conseil a adopté le projet de décret n° 2.25.612 et relevé le SMIG à 3.200 dirhams.",
    ]
    return spec(
        "w22", "w22_clean_spokesman_4500.txt", "clean", "fr",
        clean(title, "Mardi 4 novembre 2025", body),
        meta(title, None, None, pub),
        [C(ARRESTS, 4500, "4.500", s1, since("2002", pub, "depuis 2002"),
           A("GOV", "le porte-parole du gouvernement", "Mustapha Baitas"), q="more_than", qt="Plus de",
           notes="named a paragraph before, then by title after the figure")],
        [T("n° 2.25.612", "decree number"), T("3.200 dirhams", "money")],
        "Clean page; the government spokesman (GOV) named before, then by title after the figure.",
    )  # fmt: skip


# ================================================================ English (w23-w30)


@article
def w23():
    pub = "2025-06-09"
    heads = ["Atlas Lions climb to 12th in FIFA ranking", "Wheat imports up 8%"]
    title = "Morocco's security chief says vigilance must not slacken"
    s1 = "He added that Moroccan services had broken up 218 terrorist cells since 2002."
    s2 = "Nine suspects were detained on Thursday in Tangier and Fez, a security official told Reuters."
    body = [
        "RABAT (Reuters) - The director general of national security and territorial surveillance, Abdellatif "
        "Hammouchi, told a security forum in Rabat that the threat from the Sahel was rising.",
        s1,
        s2,
        "The suspects, aged between 20 and 35, were placed in custody.",
    ]
    return spec(
        "w23", "w23_aggregator_reuters_hammouchi_218.txt", "aggregator", "en",
        aggregator("en", heads, title, "The North Africa Post", pub, body),
        meta(title, "The North Africa Post", "The North Africa Post", pub, city="RABAT"),
        [
            C(CELLS, 218, "218", s1, since("2002", pub, "since 2002"), A("DGST", "He added", "Abdellatif Hammouchi"),
              notes="the DGSN-DGST chief on terror cells: DGST; pronoun-only reference"),
            C(ARRESTS, 9, "Nine", s2, event(pub, 3, "on Thursday"),
              A("official_unspecified", "a security official"), notes="unnamed official; number word"),
        ],
        [SIDEBAR_RULE, T("12th", "sidebar: ranking"), T("8%", "sidebar: percentage"),
         T("aged between 20 and 35", "ages")],
        "Aggregator; Reuters; the DGSN-DGST chief by title and name, then 'He added'; an unnamed official.",
    )  # fmt: skip


@article
def w24():
    pub = "2025-03-05"
    title = "BCIJ chief: more than 520 plots foiled"
    s1 = (
        "Some 520 terrorist plots have been thwarted since 2002, the head of the BCIJ told a press conference in "
        "Salé, according to Europa Press."
    )
    body = [
        "The latest cell was broken up in coordination with Spain's National Police.",
        s1,
        "Spain's interior ministry said Spanish police had arrested 81 jihadists on its own soil last year.",
    ]
    return spec(
        "w24", "w24_wordpress_europapress_bcij_520.txt", "wordpress", "en",
        wordpress("en", "Maghreb Wire", "HomeSecurity", title, "March 5, 2025", body,
                  ["Casablanca tramway line 4 opens"]),
        meta(title, "Maghreb Wire", "Maghreb Wire", pub, fictional=True),
        [C(PLOTS, 520, "520", s1, since("2002", pub, "since 2002"), A("BCIJ", "the head of the BCIJ"), q="about",
           qt="Some", notes="Europa Press relays the BCIJ chief at a press conference: BCIJ")],
        [T("more than 520 plots foiled", "title figure repeated by the body"),
         T("81 jihadists", "arrests in Spain"), T("line 4", "related headline")],
        "WordPress; Europa Press relays 'the head of the BCIJ' (title only) after the figure; partner Spain.",
        countries_cited=["ES"],
    )  # fmt: skip


@article
def w25():
    pub = "2025-07-22"
    title = "US report praises Morocco's counterterrorism record"
    s1 = (
        "More than 1,600 Moroccans travelled to Syria and Iraq to join terrorist groups, the US State Department's "
        "Country Reports on Terrorism said."
    )
    body = [
        s1,
        "The report noted that attacks in Burkina Faso killed over 1,500 people, and that Washington provided "
        "$1.2 million in training.",
    ]
    return spec(
        "w25", "w25_clean_state_department_1600.txt", "clean", "en",
        clean(title, "Tuesday, July 22, 2025", body),
        meta(title, None, None, pub),
        [C(JOINED, 1600, "1,600", s1, cumul(pub),
           A("analyst", "the US State Department's Country Reports on Terrorism"), q="more_than", qt="More than",
           subset=SYR_IRQ, notes="a foreign government's report: analyst")],
        [T("over 1,500 people", "deaths in Burkina Faso"), T("$1.2 million", "money")],
        "Clean page; the US State Department's report (an outside report: analyst) after the figure.",
        countries_cited=["US"],
        countries_not_partners=[{"country": "BF", "text": "Burkina Faso", "reason": "another country's figure"}],
    )  # fmt: skip


@article
def w26():
    pub = "2025-09-18"
    title = "Analyst: returnees remain a long-term challenge"
    s1 = "A total of 265 fighters have returned to Morocco, according to security analyst Youssef Alami."
    s2 = "Alami, 46, has followed the file since 2013 and says 30% of returnees were women and children."
    body = [s1, s2]
    share = C(
        RETURNEES,
        30,
        "30%",
        s2,
        cumul(pub),
        A("analyst", "says", "Youssef Alami"),
        subset="women_and_minors",
        notes="a share that breaks the returnees down (CONTRACT: unit percent; older corpora count such "
        "shares): a claim, not a trap; 'since 2013' is when Alami began following the file",
    )
    share["unit"] = "percent"
    return spec(
        "w26", "w26_analyst_returnees_jsonld.html", "html", "en",
        html("en", title, "Rabat Review", pub, body, time_tag=False),
        meta(title, "Rabat Review", "Rabat Review", pub, fictional=True),
        [C(RETURNEES, 265, "265", s1, cumul(pub), A("analyst", "security analyst", "Youssef Alami"),
            notes="below the ministry's 270 (w08): planted cumulative_decrease"), share],
        [T("46", "age")],
        "Saved HTML (JSON-LD only); a security analyst (analyst) gives a lower running total (planted).",
    )  # fmt: skip


@article
def w27():
    pub = "2025-11-20"
    title = "Hilale: Morocco ready to repatriate its nationals"
    s1 = (
        "Morocco's permanent representative to the United Nations said some 280 Moroccans were still held in camps "
        "in north-east Syria."
    )
    s2 = "He added that the kingdom had dismantled more than 220 terrorist cells since 2002."
    body = [
        "Omar Hilale spoke at a UN Security Council debate on foreign terrorist fighters.",
        f"{s1} {s2}",
        "Resolution 2396 calls on states to prosecute returning fighters.",
    ]
    return spec(
        "w27", "w27_clean_hilale_un_280.txt", "clean", "en",
        clean(title, "Thursday, November 20, 2025", body),
        meta(title, None, None, pub),
        [
            C(ABROAD, 280, "280", s1, cumul(pub),
              A("MFA", "Morocco's permanent representative to the United Nations", "Omar Hilale"), q="about",
              qt="some", subset="syria"),
            C(CELLS, 220, "220", s2, since("2002", pub, "since 2002"), A("MFA", "He added", "Omar Hilale"),
              q="more_than", qt="more than"),
        ],
        [T("Resolution 2396", "resolution number")],
        "Clean page; Morocco's UN ambassador (MFA) by name then title, then 'He added'.",
        countries_not_partners=[{"country": "SY", "text": "Syria", "reason": "place of detention"}],
    )  # fmt: skip


@article
def w28():
    pub = "2025-02-25"
    heads = ["Royal Air Maroc adds 5 routes", "Ramadan 1446: prayer times"]
    title = "MPs press interior minister on terror threat"
    s1 = "Opposition MP Samir Tazi said more than 210 cells had been dismantled since 2002."
    s2 = "In reply, Laftit said 41 cells had been broken up over the past five years."
    s3 = "By Hespress English's count, two cells have been dismantled since the start of the year."
    body = [
        "The interior committee of the House of Representatives met on Monday.",
        s1,
        s2,
        f"{s3} The committee has 43 members.",
    ]
    return spec(
        "w28", "w28_aggregator_mp_and_laftit.txt", "aggregator", "en",
        aggregator("en", heads, title, "Hespress English", pub, body),
        meta(title, "Hespress English", "Hespress English", pub),
        [
            C(CELLS, 210, "210", s1, since("2002", pub, "since 2002"), A("PARLIAMENT", "Opposition MP", "Samir Tazi"),
              q="more_than", qt="more than"),
            C(CELLS, 41, "41", s2, lastn(5, pub, "over the past five years"), A("MOI", "Laftit said", "Laftit"),
              notes="two voices in one article, different periods"),
            C(CELLS, 2, "two", s3, ytd(pub, "since the start of the year"),
              A("unspecified", "By Hespress English's count"), notes="the outlet's own tally: unspecified"),
        ],
        [SIDEBAR_RULE, T("5 routes", "sidebar"), T("1446", "sidebar: Hijri year"), T("43 members", "committee size")],
        "Aggregator; an MP (PARLIAMENT) and the interior minister (MOI), last five years; the outlet's own "
        "tally (unspecified).",
    )  # fmt: skip


@article
def w29():
    pub = "2024-01-09"
    title = "DGSN review: nine cells dismantled in 2023"
    s1 = "Security services dismantled nine terrorist cells last year, the DGSN's annual review said."
    s2 = "Of these, 7 were linked to the Islamic State group, it added."
    body = [
        "The review, released on the DGSN's website, covers crime, road safety and terrorism.",
        f"{s1} {s2}",
        "The website recorded 3.4 million visits in 2023.",
    ]
    return spec(
        "w29", "w29_wordpress_dgsn_review_2023.txt", "wordpress", "en",
        wordpress("en", "Morocco Brief", "HomeNation", title, "January 9, 2024", body, ["Rabat hosts 2nd forum"]),
        meta(title, "Morocco Brief", "Morocco Brief", pub, fictional=True),
        [
            C(CELLS, 9, "nine", s1, yr("2023", "last year"), A("DGSN", "the DGSN's annual review"),
              notes="year-end review; number word; 'last year' from the byline"),
            C(CELLS, 7, "7", s2, yr("2023", None), A("DGSN", "it added"), subset="isis_linked"),
        ],
        [T("nine cells dismantled in 2023", "title figure repeated by the body"),
         T("3.4 million visits", "page views"), T("2nd forum", "related headline")],
        "WordPress; the DGSN's year-end review for 2023 ('last year'), a breakdown that fits its total.",
    )  # fmt: skip


@article
def w30():
    pub = "2025-12-15"
    title = "Morocco arrests suspected militants in Agadir"
    s1 = "At least 12 suspects have been arrested in Morocco since the start of the year, according to an AFP tally."
    s2 = "The kingdom has dismantled about 220 cells since 2002, according to official figures."
    body = [
        "Agadir (AFP) - Moroccan police arrested two men accused of plotting attacks, the interior ministry said.",
        s1,
        s2,
        "Suicide bombings in Casablanca killed 33 people in 2003.",
    ]
    return spec(
        "w30", "w30_afp_tally_both.html", "html", "en",
        html("en", title, "Atlas Times", pub, body),
        meta(title, "Atlas Times", "Atlas Times", pub, fictional=True, city="Agadir"),
        [
            C(ARRESTS, 12, "12", s1, ytd(pub, "since the start of the year"), A("unspecified", "an AFP tally"),
              q="at_least", qt="At least", notes="the agency's own count: unspecified"),
            C(CELLS, 220, "220", s2, since("2002", pub, "since 2002"), A("official_unspecified", "official figures"),
              q="about", qt="about"),
        ],
        [T("killed 33 people", "death toll of 2003"), T("in 2003", "bare year")],
        "Saved HTML (time tag and JSON-LD); AFP's own tally (unspecified) and 'official figures'; the day's two "
        "arrests are optional.",
        optional_claims=[
            C(ARRESTS, 2, "two", "Moroccan police arrested two men accused of plotting attacks, the interior ministry "
              "said.", P("unspecified"), A("MOI", "the interior ministry said"),
              notes="the day's event figure with no date in the sentence: optional"),
        ],
    )  # fmt: skip


# ================================================================ cross-file groups

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        refs=[("w03", CELLS, 10), ("w16", CELLS, 8)],
        explanation="Cells dismantled in 2024: the interior minister's written answer (10 Feb 2025) says 10 'last "
        "year', security sources relayed by EFE (8 Jan 2025) say eight.",
    ),
    dict(
        id="i2",
        kind="stale_figure",
        refs=[("w01", CELLS, 212), ("w23", CELLS, 218), ("w05", CELLS, 212)],
        explanation="Cells dismantled since 2002: 212 (BCIJ, March 2024), 218 (Hammouchi, June 2025), then "
        "'observers' repeat 212 in October 2025.",
    ),
    dict(
        id="i3",
        kind="cumulative_decrease",
        refs=[("w08", RETURNEES, 270), ("w26", RETURNEES, 265)],
        explanation="Returnees: the interior ministry says 270 (May 2024), an analyst 265 (Sept 2025); a "
        "running total cannot go down.",
    ),
    dict(
        id="i4",
        kind="partial_exceeds_whole",
        refs=[("w20", CELLS, 6), ("w11", CELLS, 5)],
        explanation="The DGSN: six cells by 20 June 2025 (year to date), then five for the whole of 2025 in its "
        "year-end review.",
    ),
]

MUST_NOT_FLAG = [
    dict(refs=[("w01", CELLS, 212), ("w13", CELLS, 215)],
         reason="cells since 2002: 212 (March 2024) then 215 (Nov 2024), a rising total"),
    dict(refs=[("w13", CELLS, 215), ("w28", CELLS, 210), ("w04", CELLS, 215)],
         reason="cells since 2002: 215 (Nov 2024), 'more than 210' (Feb 2025), 'more than 215' (May 2025) agree"),
    dict(refs=[("w23", CELLS, 218), ("w27", CELLS, 220), ("w30", CELLS, 220)],
         reason="cells since 2002: 218 (June 2025), 'more than 220' and 'about 220' (late 2025) agree"),
    dict(refs=[("w02", PLOTS, 500), ("w24", PLOTS, 520)],
         reason="plots foiled since 2002: 'more than 500' (2024) and 'some 520' (2025) agree"),
    dict(refs=[("w06", JOINED, 1600, SYR_IRQ), ("w06", JOINED, 1659, SYR_IRQ), ("w15", JOINED, 1700, SYR_IRQ),
               ("w17", JOINED, 1659, SYR_IRQ), ("w25", JOINED, 1600, SYR_IRQ)],
         reason="fighters who joined: 1659, 'more than 1600' and 'nearly 1700' agree"),
    dict(refs=[("w08", RETURNEES, 270), ("w07", RETURNEES, 270), ("w21", RETURNEES, 270)],
         reason="returnees: 270 and 'about 270', unchanged from 2024 to early 2025"),
    dict(refs=[("w02", CELLS, 3), ("w14", CELLS, 4), ("w03", CELLS, 10)],
         reason="2024: 3 by mid-May and 4 by late June (year to date), under the year's 10"),
    dict(refs=[("w28", CELLS, 2), ("w12", CELLS, 3), ("w20", CELLS, 6)],
         reason="2025 year to date: 2 by late February, 3 by April, 6 by June, a rising count"),
    dict(refs=[("w01", ARRESTS, 4300), ("w13", ARRESTS, 4380), ("w22", ARRESTS, 4500)],
         reason="arrests since 2002: 'more than 4300', 4380, 'more than 4500', rising"),
    dict(refs=[("w09", JOINT, 20), ("w19", JOINT, 20)],
         reason="joint operations with Spain since 2014: 'more than 20' and 'une vingtaine' agree"),
    dict(refs=[("w18", ABROAD, 280, "syria"), ("w27", ABROAD, 280, "syria")],
         reason="Moroccans held in Syria: about 280 from the UN and from Morocco's ambassador"),
    dict(refs=[("w16", ARRESTS, 40), ("w03", ARRESTS, 60)],
         reason="arrests in 2024: 'at least 40' (EFE count) and 'at least 60' (minister) agree"),
    dict(refs=[("w30", ARRESTS, 12), ("w10", ARRESTS, 70), ("w11", ARRESTS, 78)],
         reason="arrests in 2025: 'at least 12' and 'more than 70' year to date, 78 for the year"),
]  # fmt: skip

CONVENTIONS = [
    "A wire agency (MAP, AFP, EFE, Reuters, Europa Press) relaying an official body's figure: the org is the "
    "body (BCIJ, DGST, MOI...), `raw` names the body; the agency is the channel, never the source.",
    "An agency's own count ('un décompte de l'agence EFE', 'an AFP tally') and an outlet's own tally or "
    "unsourced statement: `unspecified` (`raw` names the agency or tally; `null` when the outlet gives no source).",
    "The director general of national security and territorial surveillance (Hammouchi) speaking of terror "
    "cells: `DGST` (the BCIJ is a DGST service; terrorism is the DGST's remit). 'Le patron du BCIJ', 'the head of "
    "the BCIJ': `BCIJ`. The DGSN's spokesman or year-end review: `DGSN`.",
    "The interior minister, in a written answer to MPs, before a committee or in a communiqué: `MOI` (a minister "
    "answering is the ministry, not parliament). An MP's question citing a figure: `PARLIAMENT`.",
    "The head of government, the government spokesman and the justice minister: `GOV`. Morocco's ambassador or "
    "permanent representative at the UN: `MFA`.",
    "Unnamed security sources ('مصادر أمنية', 'des sources sécuritaires', 'a security official'): "
    "`official_unspecified` (official, body not named), like 'official figures' / 'les chiffres officiels'.",
    "'المعطيات المتوفرة', 'des sources concordantes': `unspecified` (nothing says the source is official).",
    "Studies, think tanks, academics, analysts and 'observers' (مراقبون): `analyst`; what unnamed observers "
    "think holds for their sentence, the next unsourced one is the outlet's (`unspecified`).",
    "A percentage that breaks a Moroccan record down by a subset ('30% of returnees were women and children') "
    "is a claim with `unit` `percent` (the contract's unit, as the older corpora count such shares); a share "
    "of something else (who followed a programme, another country's departures) is a trap.",
    "A foreign government (Spanish interior ministry) or the UN speaking: `unspecified`, `raw` naming the body "
    "(the contract's orgs are Moroccan); their reports (the US State Department's, a UN monitoring team's, the "
    "Spanish ministry's relayed by EFE): `analyst`, as studies (docs/conventions.md, 'Outside voices').",
    "A speaker named earlier and then referred to by pronoun or 'he added' / 'a-t-il poursuivi' / 'وأضاف المتحدث': "
    "the speaker's org; `person` is the name printed earlier, `raw` the phrase next to the figure.",
]


# ================================================================ build and verify


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_opt = sum(len(f["optional_claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    by_lang = {lang: sum(1 for f in files if f["language"] == lang) for lang in ("ar", "fr", "en")}
    orgs = {}
    for f in files:
        for c in f["claims"]:
            orgs[c["attribution"]["org"]] = orgs.get(c["attribution"]["org"], 0) + 1
    lines = [
        "# Wire: a development corpus about who gives the figure, as wire copy and press relay it",
        "",
        f"{len(files)} files -- {by_lang['ar']} Arabic (`w01`-`w12`), {by_lang['fr']} French (`w13`-`w22`) and "
        f"{by_lang['en']} English (`w23`-`w30`), in the four layouts of `tests/corpus_kit.py` in every language -- "
        "and their gold, `expected.json`, in the schema of `../shared/seeds/expected.json` and the vocabulary of "
        f"`../shared/CONTRACT.md`: {n_claims} claims (+{n_opt} optional), {n_traps} traps, "
        f"{len(gold['inconsistencies'])} planted inconsistencies and {len(gold['must_not_flag'])} compatible groups "
        "that must not be flagged.",
        "",
        "It was written by a fresh hand, without reading or running the engine and without opening the blind "
        "splits. Its focus is the ATTRIBUTION org in the forms real copy uses: wire agencies relaying an official "
        "body and agencies' own counts; speakers named a sentence or a paragraph earlier, then 'he added', "
        "'a-t-il poursuivi', 'وأضاف المتحدث' or a pronoun; a quote spanning a sentence; officials known by title only "
        "or by name and title; communiqués, a press conference, year-end reviews, a written answer to MPs, an MP's "
        "question; studies, an academic, 'observers', a foreign government, the UN, unnamed security sources, "
        "'المعطيات المتوفرة', 'des sources concordantes', an outlet's unsourced figure; two speakers with different "
        "figures in one article. Traps: phone, law, decree, question and resolution numbers, ages, prison "
        "sentences, years, money, percentages, view counts, other countries' and the world's figures, 'cells' that "
        "are not terror cells, title figures, sidebars. Periods: since YEAR, a year, year to date, the last five "
        "years, 'last year' / 'السنة الماضية' / \"l'année dernière\" and a weekday, resolved from the byline.",
        "",
        "Attributions in the gold: " + ", ".join(f"{k} {v}" for k, v in sorted(orgs.items())) + ".",
        "",
        "## Conventions (where the contract leaves a choice)",
        "",
        *[f"- {c}" for c in CONVENTIONS],
        "",
        "Measure the engine with:",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims $(python3 -c \"import json;print(' '.join('tests/corpus_wire/'"
        "+f['file'] for f in json.load(open('tests/corpus_wire/expected.json'))['files']))\") --json > /tmp/wire.json",
        "python3 ../shared/tools/score.py tests/corpus_wire/expected.json /tmp/wire.json",
        "```",
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_wire/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. The script writes the "
        "files, `expected.json` and this README, then re-reads every file and checks each sentence (exactly once), "
        "value, qualifier, period and attribution text, and each trap. `tests/test_corpus_wire_gold.py` checks "
        "the committed gold without Django and that `build.py` regenerates the committed bytes:",
        "",
        "```",
        ".venv/bin/python -m pytest tests/test_corpus_wire_gold.py -q -p no:django",
        "```",
        "",
        "Edit `build.py`, never the generated files. Before writing, stored press pages were read with the search "
        "tool (Maghress relays of BCIJ operations and interior ministry communiqués, Libération and Afrique "
        "Confidentielle on BCIJ press statements, TelQuel on Laftit's figures before parliament, Morocco World "
        "News and Middle East Online wire copy, Arabic reports on Moroccan fighters and returnees); no sentence was "
        "copied. The articles are invented; outlets marked `outlet_fictional`, the institute, the researchers and "
        "the MPs do not exist; the figures follow real orders of magnitude.",
        "",
        "## Planted inconsistencies",
        "",
    ]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']} ({', '.join(inc['claims'])}): {inc['explanation']}")
    lines += ["", "## Compatible groups (must not be flagged)", ""]
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
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, summaries = [], {}
    for make in ARTICLES:
        spec_ = make()
        data = spec_["text"].encode("utf-8")
        (out_dir / spec_["file"]).write_bytes(data)
        entry = {
            "key": spec_["key"],
            "file": spec_["file"],
            "bytes": len(data),
            "format": spec_["format"],
            "language": spec_["language"],
            "encoding": "utf-8",
            "line_endings": "LF",
            "expected_status": "ok",
            "metadata": spec_["metadata"],
            "claims": [{"id": f"c{i}", **c} for i, c in enumerate(spec_["claims"], 1)],
            "optional_claims": [
                {"id": f"o{i}", **c} for i, c in enumerate(spec_.get("optional_claims", []), 1)
            ],
            "must_not_extract": spec_["must_not_extract"],
            "countries_cited": spec_.get("countries_cited", []),
            "countries_not_partners": spec_.get("countries_not_partners", []),
            "flags": [],
        }
        entries.append(entry)
        summaries[spec_["key"]] = spec_["summary"]
    gold = {
        "schema_version": "heldout-1",
        "description": "Wire development corpus for ctfacts (Arabic, French, English): who gives the figure as "
        "wire copy and press relay it (agencies relaying a body, agencies' own counts, speakers named earlier, "
        "officials by title, communiqués, reviews, answers to MPs, studies, foreign bodies, unnamed sources, "
        "unsourced figures), with traps, every period type and planted cross-file inconsistencies. Generated by "
        "build.py; see README.md. Schema: CONTRACT.md and seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": resolve(entries, INCONSISTENCIES),
        "must_not_flag": resolve(entries, MUST_NOT_FLAG),
        "rejections": [],
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "README.md").write_text(readme(gold, summaries), encoding="utf-8")
    return gold


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
