#!/usr/bin/env python3
"""Build the blind evaluation split of ctfacts: invented articles and their gold.

Plain Python 3 (no Django, no engine import). Every article is held here as Python strings; the
script writes the article files and `expected.json` (schema of ../../../shared/seeds/expected.json)
next to itself, or into `--out DIR`. A claim's `sentence` is the very string placed in the text, so
the gold cannot drift; after writing, every file is re-read, decoded with its declared encoding,
and every sentence, value, qualifier, period text, attribution, trap and country mention is looked
up in it. Running the script twice writes identical bytes.

Written blind: its author never read the extraction engine nor the development corpus.
"""

import argparse
import json
import re
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- vocabulary (../shared/CONTRACT.md) ---------------------------------------------------------
METRICS = {
    "cells_dismantled",
    "persons_arrested",
    "plots_foiled",
    "terrorist_attacks",
    "fighters_joined",
    "fighters_killed",
    "fighters_detained_abroad",
    "returnees",
    "returnees_arrested",
    "joint_operations",
}
SUBSETS = {
    "isis_linked",
    "syria_iraq_linked",
    "women",
    "minors",
    "foreigners",
    "with_criminal_record",
    "former_detainees",
    "online_activity",
    "syria",
    "iraq",
    "libya",
}
QUALIFIERS = {"exact", "more_than", "about", "at_least", "less_than", "at_most"}
UNITS = {"count", "percent"}
PERIOD_TYPES = {
    "since",
    "year",
    "range",
    "year_to_date",
    "month",
    "last_n_years",
    "event",
    "cumulative_unspecified",
    "unspecified",
}
ORGS = {
    "DGST",
    "BCIJ",
    "DGSN",
    "MOI",
    "PARLIAMENT",
    "GOV",
    "MFA",
    "official_unspecified",
    "analyst",
    "unspecified",
}
SLUG = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

NNBSP = "\u202f"  # narrow no-break space, as French typography groups thousands
NBSP = "\u00a0"

FILES = []  # article specs, in key order
REJECTS = []  # files that must be rejected


# --- gold helpers -------------------------------------------------------------------------------
def P(ptype, start=None, end=None, text=None, n=None):
    period = {"type": ptype, "start": start, "end": end}
    if n is not None:
        period["n"] = n
    period["text"] = text
    return period


def C(
    cid,
    metric,
    value,
    value_text,
    sent,
    *,
    period,
    org,
    raw=None,
    person=None,
    q="exact",
    qt=None,
    subset=None,
    unit="count",
    as_of=None,
    notes=None,
):
    """One gold claim; `sent` names a sentence of the article (its `sents` key)."""
    claim = {
        "id": cid,
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": q,
        "qualifier_text": qt,
        "unit": unit,
        "scope": "national",
        "period": period,
        "as_of": as_of,
        "attribution": {"org": org, "person": person, "raw": raw},
        "sentence": sent,  # resolved to the sentence string in article()
    }
    if notes:
        claim["notes"] = notes
    return claim


def T(text, reason):
    return {"text": text, "reason": reason}


def NP(country, text, reason):
    return {"country": country, "text": text, "reason": reason}


SIDEBAR_TRAP = {
    "ar": T(
        "<any headline in the first line (sidebar)>",
        "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
    ),
}
SIDEBAR_TRAP["fr"] = SIDEBAR_TRAP["ar"]
SIDEBAR_TRAP["en"] = SIDEBAR_TRAP["ar"]


def fill(template, sents):
    """Put each sentence at its ⟦key⟧ mark; every sentence is placed exactly once."""
    text = template
    for key, sentence in sents.items():
        mark = f"⟦{key}⟧"
        assert text.count(mark) == 1, f"sentence {key} must be placed exactly once"
        text = text.replace(mark, sentence)
    assert "⟦" not in text and "⟧" not in text, "a sentence mark was left unfilled"
    return text


def article(
    key,
    hint,
    ext,
    *,
    fmt,
    lang,
    text,
    meta,
    sents=None,
    claims=(),
    optional=(),
    traps=(),
    partners=(),
    not_partners=(),
    flags=(),
    notes=None,
    encoding="utf-8",
    eol="LF",
    truncate=False,
    also=(),
    alt_status=None,
):
    sents = sents or {}
    text = fill(text, sents)
    for claim in list(claims) + list(optional):
        claim["sentence"] = sents[claim["sentence"]]
    for extra in also:
        extra["sentence"] = sents[extra["sentence"]]
    FILES.append(
        {
            "key": key,
            "file": f"{key}_{hint}.{ext}",
            "format": fmt,
            "language": lang,
            "encoding": encoding,
            "line_endings": eol,
            "truncate": truncate,
            "alt_status": alt_status,
            "text": text,
            "metadata": meta,
            "claims": list(claims),
            "optional_claims": list(optional),
            "must_not_extract": list(traps),
            "countries_cited": list(partners),
            "countries_not_partners": list(not_partners),
            "flags": list(flags),
            "notes": notes,
            "also_stated_as": list(also),
        }
    )


def M(title, outlet, alias, date, dateline=None, fictional=False):
    return {
        "title": title,
        "outlet": outlet,
        "outlet_alias": alias,
        "outlet_fictional": fictional,
        "date": date,
        "dateline_city": dateline,
    }


# --- sidebars: invented headlines of other stories, with the numbers they carry -------------------
AR_SIDEBAR = [
    ("الرجاء يفوز على المغرب الفاسي (2-0) ويعزز موقعه في الصدارة", "(2-0)", "sidebar: football score"),
    ("توقعات أحوال الطقس ليوم غد الإثنين", None, None),
    ("ارتفاع أسعار المحروقات بـ40 سنتيما في اللتر", "40 سنتيما", "sidebar: fuel price"),
    ("مصرع 4 أشخاص في حادثة سير خطيرة ضواحي خنيفرة", "مصرع 4 أشخاص", "sidebar: road accident"),
    ("الحكومة تصادق على مشروع القانون رقم 43.22 المتعلق بالعقوبات البديلة", "43.22", "sidebar: law number"),
    (
        "المعرض الدولي للكتاب يستقبل أزيد من 300 ألف زائر",
        "أزيد من 300 ألف زائر",
        "sidebar: visitors, with a qualifier",
    ),
    ("انطلاق فعاليات الدورة 21 لمهرجان السينما المتوسطية بتطوان", "الدورة 21", "sidebar: festival edition"),
    ("بورصة البيضاء تغلق تداولاتها على وقع الارتفاع", None, None),
    (
        "تفكيك خلية إرهابية موالية لداعش من 4 عناصر بتطوان",
        "من 4 عناصر",
        "sidebar: another counter-terrorism story, not this article's",
    ),
    ("المنتخب الوطني يواجه نظيره الغابوني في الجولة 5 من التصفيات", "الجولة 5", "sidebar: round number"),
    ("المجلس الأعلى للحسابات يرصد اختلالات بقيمة 320 مليون درهم", "320 مليون درهم", "sidebar: money"),
    (
        "فيديو طريف يحصد 3 ملايين مشاهدة في 48 ساعة",
        ("3 ملايين مشاهدة", "48 ساعة"),
        "sidebar: view count, duration",
    ),
    ("حجز 4 أطنان من الشيرا بميناء طنجة المتوسط", "4 أطنان", "sidebar: drug seizure"),
    (
        "مقتل 31 مدنيا في هجوم مسلح شمال بوركينا فاسو",
        "مقتل 31 مدنيا",
        "sidebar: an attack in the Sahel, not Moroccan",
    ),
    ("وزارة التربية الوطنية تعلن عن مباراة لتوظيف 20 ألف أستاذ", "20 ألف أستاذ", "sidebar: recruitment"),
    ("الملك يهنئ رئيس جمهورية جيبوتي بمناسبة العيد الوطني لبلاده", None, None),
    ("الأمن يوقف 6 أشخاص متورطين في ترويج المخدرات بسلا", "6 أشخاص", "sidebar: drug arrests, not terrorism"),
    ("حريق يأتي على 12 هكتارا من الغابات بإقليم شفشاون", "12 هكتارا", "sidebar: burnt area"),
    ("التضخم يتراجع إلى 2,3 في المائة خلال شهر مارس", "2,3 في المائة", "sidebar: decimal comma, inflation"),
    ("عيد الأضحى 1445ه: وزارة الأوقاف تعلن موعد صلاة العيد", "1445ه", "sidebar: Hijri year"),
    (
        "تسجيل 147 حالة غرق بالشواطئ منذ بداية الصيف",
        "147 حالة غرق",
        "sidebar: drownings since the start of summer",
    ),
    ("حكيمي يسجل هدفه الـ10 هذا الموسم", "الـ10", "sidebar: ordinal"),
    (
        "قصف إسرائيلي لمخيم للنازحين يقتل 22 فلسطينيا",
        "22 فلسطينيا",
        "sidebar: casualties of another conflict",
    ),
    (
        "المديرية العامة للأمن الوطني تعبئ 6 آلاف شرطي لتأمين احتفالات رأس السنة",
        "6 آلاف شرطي",
        "sidebar: police staff",
    ),
    ("سعر صرف الدرهم يستقر أمام الأورو عند 10,85", "10,85", "sidebar: exchange rate"),
    ("العفو الملكي يشمل 1304 أشخاص بمناسبة عيد العرش", "1304 أشخاص", "sidebar: royal pardon"),
    ("جامعة الكرة تعاقب الوداد بغرامة 50 ألف درهم", "50 ألف درهم", "sidebar: fine"),
    ("انهيار منزل قديم بفاس يخلف 3 جرحى", "3 جرحى", "sidebar: injured"),
    ("رحيل فنان مغربي عن عمر يناهز 78 عاما", "78 عاما", "sidebar: age"),
    ("تونس: السجن 10 سنوات لمتهمين في قضية إرهابية", "10 سنوات", "sidebar: another country, a prison term"),
    ("إسبانيا ترحل 14 مهاجرا نحو المغرب", "14 مهاجرا", "sidebar: migrants"),
    ("أمطار رعدية قوية بعدد من أقاليم المملكة ابتداء من الثلاثاء", None, None),
    ("الناظور: إحباط محاولة للهجرة السرية وتوقيف 3 مرشحين", "3 مرشحين", "sidebar: migration arrests"),
    ("نهضة بركان يتوج بكأس العرش بعد الضربات الترجيحية (5-4)", "(5-4)", "sidebar: penalty score"),
    ("تقرير: 64 في المائة من الشباب يستعملون تيك توك يوميا", "64 في المائة", "sidebar: unrelated percentage"),
    ("المصادقة على 7 اتفاقيات تعاون مع دول إفريقية", "7 اتفاقيات", "sidebar: agreements"),
    ("حصيلة ضحايا زلزال تركيا تتجاوز 50 ألف قتيل", "50 ألف قتيل", "sidebar: a foreign disaster"),
    (
        "استئنافية سلا تؤيد حكما بـ20 سنة سجنا في حق متهم بالإرهاب",
        "20 سنة سجنا",
        "sidebar: a prison term in a terrorism case",
    ),
    ("الدار البيضاء تحتضن معرض الطيران في نسخته الـ7", "الـ7", "sidebar: edition ordinal"),
    ("شاب يفارق الحياة غرقا بسد في إقليم أزيلال", None, None),
    ("مجلس النواب يصادق على 9 مشاريع قوانين في جلسة تشريعية", "9 مشاريع قوانين", "sidebar: bills"),
    ("الفرقة الوطنية تحقق في اختلاس 12 مليار سنتيم", "12 مليار سنتيم", "sidebar: money"),
    ("رحلات جوية جديدة تربط مراكش بـ5 مدن أوروبية", "5 مدن أوروبية", "sidebar: flights"),
    ("فرنسا: توقيف شخصين يشتبه في تخطيطهما لهجوم إرهابي", None, None),
    ("الحكومة: إحداث 140 ألف منصب شغل خلال 2023", ("140 ألف منصب شغل", "خلال 2023"), "sidebar: jobs, year"),
    ("ثلوج بسمك 40 سنتمترا بمرتفعات الأطلس", "40 سنتمترا", "sidebar: snow depth"),
]

FR_SIDEBAR = [
    ("Botola: le Raja s'impose face au MAS (2-0)", "(2-0)", "sidebar: football score"),
    ("Météo: des averses orageuses attendues mardi", None, None),
    ("Carburants: hausse de 35 centimes à la pompe", "35 centimes", "sidebar: fuel price"),
    ("Accident de la route près de Khénifra: 4 morts", "4 morts", "sidebar: road accident"),
    ("Loi 43.22 sur les peines alternatives: le décret publié", "43.22", "sidebar: law number"),
    (
        "SIEL: plus de 300.000 visiteurs attendus à Rabat",
        "plus de 300.000 visiteurs",
        "sidebar: visitors, with a qualifier",
    ),
    ("Festival de Tétouan: la 21e édition s'ouvre ce soir", "21e édition", "sidebar: festival edition"),
    (
        "Tétouan: démantèlement d'une cellule de 4 partisans de Daech",
        "4 partisans",
        "sidebar: another counter-terrorism story, not this article's",
    ),
    (
        "Cour des comptes: des irrégularités de 320 millions de dirhams",
        "320 millions de dirhams",
        "sidebar: money",
    ),
    (
        "Burkina Faso: 31 civils tués dans une attaque",
        "31 civils tués",
        "sidebar: an attack in the Sahel, not Moroccan",
    ),
    ("Inflation: le taux recule à 2,3% en mars", "2,3%", "sidebar: inflation"),
    ("Aïd Al-Adha 1445: le ministère des Habous fixe la date", "1445", "sidebar: Hijri year"),
    ("CAN 2025: les Lions de l'Atlas au 2e tour", ("CAN 2025", "2e tour"), "sidebar: year, ordinal"),
    ("Tanger Med: saisie de 4 tonnes de chira", "4 tonnes", "sidebar: drug seizure"),
    ("Transport aérien: 5 nouvelles lignes vers l'Europe", "5 nouvelles lignes", "sidebar: flights"),
    ("Bourse de Casablanca: le MASI termine en hausse de 0,8%", "0,8%", "sidebar: stock index"),
    ("Grâce royale: 1.304 personnes bénéficiaires", "1.304 personnes", "sidebar: royal pardon"),
    ("France: deux hommes interpellés pour un projet d'attentat", None, None),
    (
        "Emploi: 140.000 postes créés en 2023, selon le gouvernement",
        ("140.000 postes", "en 2023"),
        "sidebar: jobs, year",
    ),
    ("Hakimi inscrit son 10e but de la saison", "10e but", "sidebar: ordinal"),
    ("Séisme en Turquie: le bilan dépasse 50.000 morts", "50.000 morts", "sidebar: a foreign disaster"),
    ("Casablanca: un immeuble s'effondre, 3 blessés", "3 blessés", "sidebar: injured"),
    (
        "Tunisie: 10 ans de prison pour les membres d'une cellule jihadiste",
        "10 ans de prison",
        "sidebar: another country, a prison term",
    ),
    ("Sondage: 64% des jeunes utilisent TikTok chaque jour", "64%", "sidebar: unrelated percentage"),
    (
        "Salé: 20 ans de prison confirmés en appel pour un partisan de Daech",
        "20 ans de prison",
        "sidebar: a prison term in a terrorism case",
    ),
    ("Chefchaouen: 12 hectares de forêt ravagés par les flammes", "12 hectares", "sidebar: burnt area"),
    ("Le dirham stable face à l'euro à 10,85", "10,85", "sidebar: exchange rate"),
    (
        "Vidéo: 3 millions de vues en 48 heures",
        ("3 millions de vues", "48 heures"),
        "sidebar: view count, duration",
    ),
]

EN_SIDEBAR = [
    ("Botola: Raja Beat MAS 2-0 to Stay on Top", "2-0", "sidebar: football score"),
    ("Weather: Thunderstorms Expected in Several Regions on Tuesday", None, None),
    ("Fuel Prices Rise by 35 Centimes per Liter", "35 Centimes", "sidebar: fuel price"),
    ("Four Killed in Road Accident Near Khenifra", "Four Killed", "sidebar: road accident"),
    ("Law 43.22 on Alternative Sentences Enters Into Force", "43.22", "sidebar: law number"),
    (
        "Rabat Book Fair Draws Over 300,000 Visitors",
        "Over 300,000 Visitors",
        "sidebar: visitors, with a qualifier",
    ),
    ("Tetouan Film Festival Opens Its 21st Edition", "21st Edition", "sidebar: festival edition"),
    (
        "Tetouan: Police Bust Four-Member ISIS Cell",
        "Four-Member",
        "sidebar: another counter-terrorism story, not this article's",
    ),
    ("Court of Auditors Flags MAD 320 Million in Irregularities", "MAD 320 Million", "sidebar: money"),
    (
        "Burkina Faso: 31 Civilians Killed in Attack",
        "31 Civilians Killed",
        "sidebar: an attack in the Sahel, not Moroccan",
    ),
    ("Inflation Eases to 2.3% in March", "2.3%", "sidebar: inflation"),
    ("Eid al-Adha 1445: Ministry Announces Prayer Times", "1445", "sidebar: Hijri year"),
    (
        "AFCON 2025: Atlas Lions Reach Round of 16",
        ("AFCON 2025", "Round of 16"),
        "sidebar: year, tournament round",
    ),
    ("Tanger Med: 4 Tons of Cannabis Resin Seized", "4 Tons", "sidebar: drug seizure"),
    ("Five New Air Routes Link Marrakech to Europe", "Five New Air Routes", "sidebar: flights"),
    ("Royal Pardon Benefits 1,304 People", "1,304 People", "sidebar: royal pardon"),
    ("France Arrests Two Over Alleged Attack Plot", None, None),
    ("Hakimi Scores His 10th Goal of the Season", "10th Goal", "sidebar: ordinal"),
    ("Turkey Earthquake Death Toll Passes 50,000", "50,000", "sidebar: a foreign disaster"),
    ("Survey: 64% of Young Moroccans Use TikTok Daily", "64%", "sidebar: unrelated percentage"),
    (
        "Sale Appeals Court Upholds 20-Year Sentence in Terror Case",
        "20-Year Sentence",
        "sidebar: a prison term in a terrorism case",
    ),
    ("Chefchaouen Wildfire Burns 12 Hectares", "12 Hectares", "sidebar: burnt area"),
    (
        "Video Hits 3 Million Views in 48 Hours",
        ("3 Million Views", "48 Hours"),
        "sidebar: view count, duration",
    ),
    ("Government Says 140,000 Jobs Created in 2023", ("140,000 Jobs", "in 2023"), "sidebar: jobs, year"),
]

POOLS = {"ar": AR_SIDEBAR, "fr": FR_SIDEBAR, "en": EN_SIDEBAR}


def pick(lang, start, count):
    """A deterministic window of the headline pool (wrapping around)."""
    pool = POOLS[lang]
    return [pool[(start + i) % len(pool)] for i in range(count)]


def headline_traps(items):
    """The numbers of other stories' headlines, each as printed (short, so that the scorer's trap
    label only catches these very numbers)."""
    traps = []
    for _, snippets, reason in items:
        for snippet in (snippets,) if isinstance(snippets, str) else snippets or ():
            traps.append(T(snippet, reason))
    return traps


# --- layouts ------------------------------------------------------------------------------------
AGG_WORDS = {
    "ar": (
        "شكرا على الإبلاغ!\nسيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
        "نشر في {outlet} يوم {date}",
        "انقر هنا لقراءة الخبر من مصدره.",
        "الخط :\nإستمع للمقال",
    ),
    "fr": (
        "Merci pour le signalement!\nCette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.",
        "Publié dans {outlet} le {date}",
        "Cliquez ici pour lire l'article depuis sa source.",
        "Police :\nÉcouter l'article",
    ),
    "en": (
        "Thank you for reporting!\nThis image will be automatically disabled when it gets reported by several people.",
        "Published in {outlet} on {date}",
        "Click here to read the story from its source.",
        "Font :\nListen to the article",
    ),
}


def aggregator(lang, sidebar, title, outlet, date, body, *, listen=False, tags=None, footer=True):
    """The text dump of a news aggregator page: the sidebar run of headlines comes first."""
    report, published, click, listen_block = AGG_WORDS[lang]
    day, month, year = date.split("-")[2], date.split("-")[1], date.split("-")[0]
    parts = ["    ".join(h for h, _, _ in sidebar) + "    ", "\n" * 6, report, "\n\n\n", title]
    parts.append("\n" + published.format(outlet=outlet, date=f"{day} - {month} - {year}") + "\n")
    if listen:
        parts.append("\n" + listen_block + "\n")
    parts.append(body.strip("\n") + "\n")
    if tags:
        parts.append("\n" + tags + "\n")
    if footer:
        parts.append("\n\n" + click + "\n")
    return "".join(parts)


WP_WORDS = {
    "ar": (
        "مقالات ذات صلة",
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "زر الذهاب إلى الأعلى",
    ),
    "fr": (
        "Articles similaires",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Bouton retour en haut de la page",
    ),
    "en": (
        "Related Articles",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Back to top button",
    ),
}


def wordpress(lang, crumbs, title, body, *, dateline=None, author=None, copyright_line=None):
    """The text dump of a WordPress article page: glued breadcrumb, title, optional date line."""
    related, leave, privacy, top = WP_WORDS[lang]
    parts = ["".join(crumbs), "", title, ""]
    if dateline:
        parts += [dateline, ""]
    if author:
        parts += [author, ""]
    parts += [p for para in body.strip("\n").split("\n") for p in (para, "")]
    parts += [related, "", leave, "", privacy, ""]
    if copyright_line:
        parts += [copyright_line, ""]
    parts += [top]
    return "\n".join(parts) + "\n"


def html_escape_attr(value):
    return value.replace("&", "&amp;").replace('"', "&quot;")


def html_page(
    lang,
    *,
    title,
    site,
    body,
    nav,
    aside_title,
    aside,
    footer,
    head_title=None,
    charset="utf-8",
    og_site=True,
    published_meta=None,
    jsonld_date=None,
    byline=None,
    kicker=None,
    logo_img=False,
    views=None,
):
    """A saved article page: nav, header, the article, an aside of other stories, a footer."""
    direction = "rtl" if lang == "ar" else "ltr"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" dir="{direction}">',
        "<head>",
        f'<meta charset="{charset}">'
        if charset != "windows-1256"
        else '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{head_title or title}</title>",
    ]
    if og_site:
        head.append(f'<meta property="og:site_name" content="{html_escape_attr(site)}">')
    head.append(f'<meta property="og:title" content="{html_escape_attr(title)}">')
    head.append('<meta property="og:type" content="article">')
    if published_meta:
        head.append(f'<meta property="article:published_time" content="{published_meta}">')
    head.append('<link rel="stylesheet" href="/assets/css/main.css">')
    if jsonld_date:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": jsonld_date,
            "inLanguage": lang,
        }
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    head.append("</head>")
    page = head + [
        f'<body class="single-article {direction}">',
        '<header class="site-header">',
        '<a class="logo" href="/"><img src="/assets/img/logo.svg" alt="logo"></a>'
        if logo_img
        else f'<a class="logo" href="/">{site}</a>',
        '<nav class="main-nav"><ul>'
        + "".join(f'<li><a href="/c/{i}">{item}</a></li>' for i, item in enumerate(nav, 1))
        + "</ul></nav>",
        "</header>",
        '<main class="container">',
        "<article>",
    ]
    if kicker:
        page.append(f'<span class="kicker">{kicker}</span>')
    page.append(f"<h1>{title}</h1>")
    if byline:
        page.append(f'<div class="byline">{byline}</div>')
    if views:
        page.append(
            f'<div class="share"><span class="views">{views}</span> <a href="#fb">Facebook</a> <a href="#x">X</a></div>'
        )
    for para in body.strip("\n").split("\n"):
        if para.startswith("## "):
            page.append(f"<h2>{para[3:]}</h2>")
        else:
            page.append(f"<p>{para}</p>")
    page.append("</article>")
    page.append('<aside class="related">')
    page.append(f"<h3>{aside_title}</h3>")
    page.append("<ul>")
    for headline, _, _ in aside:
        page.append(f'<li><a href="/article/{abs(hash_text(headline)) % 90000 + 10000}">{headline}</a></li>')
    page.append("</ul>")
    page.append("</aside>")
    page.append("</main>")
    page.append(f'<footer class="site-footer"><p>{footer}</p></footer>')
    page.append('<script src="/assets/js/app.min.js" defer></script>')
    page.append("</body>")
    page.append("</html>")
    return "\n".join(page) + "\n"


def hash_text(text):
    """A stable small hash (Python's hash() is salted per process)."""
    return zlib.crc32(text.encode("utf-8"))


AR_NAV = ["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "رياضة", "دولي", "رأي"]
FR_NAV = ["Accueil", "Politique", "Société", "Économie", "Sport", "Monde", "Opinions"]
EN_NAV = ["Home", "Politics", "Society", "Economy", "Sports", "World", "Opinion"]


# =================================================================================================
# ARABIC — aggregator dumps (the first line is the sidebar of other headlines)
# =================================================================================================
_side = pick("ar", 0, 24)
article(
    "b01",
    "hespress_congres",
    "txt",
    fmt="aggregator",
    lang="ar",
    meta=M("مسؤول أمني: المغرب فكك 214 خلية إرهابية منذ 2002", "هسبريس", "Hespress", "2021-10-27"),
    sents={
        "s1": "وأوضح المسؤول الأمني أن المصالح المختصة تمكنت منذ سنة 2002 من تفكيك 214 خلية إرهابية، وهو ما مكن من تقديم 4304 شخصا أمام العدالة.",
        "s2": "وأضاف أن هذه الجهود أفضت إلى إحباط أزيد من 500 مشروع إرهابي كان يستهدف أمن المملكة خلال الفترة ذاتها.",
        "s3": 'وأبرز المتحدث ذاته أن 88 في المائة من الخلايا التي جرى تفكيكها منذ سنة 2013 كانت على صلة بتنظيم "داعش" الإرهابي.',
    },
    text=aggregator(
        "ar",
        _side,
        "مسؤول أمني: المغرب فكك 214 خلية إرهابية منذ 2002",
        "هسبريس",
        "2021-10-27",
        """
كشف المدير المركزي للشرطة القضائية بالمديرية العامة للأمن الوطني، خلال مشاركته في مؤتمر دولي حول الأمن الكيميائي والتهديدات الناشئة احتضنته مدينة مراكش على مدى 3 أيام، عن معطيات جديدة تخص حصيلة المقاربة المغربية في مواجهة الظاهرة الإرهابية.
⟦s1⟧ ⟦s2⟧
⟦s3⟧ وأشار إلى أن التنظيم حاول مرارا استقطاب شباب مغاربة عبر الشبكات الاجتماعية والتطبيقات المشفرة.
وتوقف المسؤول عند التحولات التي عرفها التهديد الإرهابي منذ أحداث 11 شتنبر 2001 التي ضربت الولايات المتحدة، مبرزا أن التنظيمات المتطرفة باتت تبحث عن وسائل غير تقليدية، من بينها المواد الكيميائية والبيولوجية.
وفي هذا الإطار، ذكّر بأن المغرب صادق على عدد من الاتفاقيات الدولية ذات الصلة، وطور ترسانته القانونية منذ صدور القانون 03.03 المتعلق بمكافحة الإرهاب.
كما شدد على أن المصالح الأمنية المغربية تعمل بتنسيق مع نظيراتها في إسبانيا وفرنسا لتتبع الشبكات العابرة للحدود، وتبادل المعلومات بشأن المقاتلين الإرهابيين الأجانب.
ويعرف المؤتمر، الذي ينظم في نسخته الرابعة، مشاركة خبراء وممثلين عن أجهزة أمنية من عشرات الدول.
""",
        listen=True,
        tags="الوسوم\nالأمن الإرهاب المغرب مراكش الشرطة القضائية",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            214,
            "214",
            "s1",
            period=P("since", "2002", "2021-10-27", "منذ سنة 2002"),
            org="DGSN",
            raw="المدير المركزي للشرطة القضائية بالمديرية العامة للأمن الوطني",
            notes="the speaker is named in the previous sentence and pointed back to as المسؤول الأمني",
        ),
        C(
            "c2",
            "persons_arrested",
            4304,
            "4304",
            "s1",
            period=P("since", "2002", "2021-10-27", "منذ سنة 2002"),
            org="DGSN",
            raw="المدير المركزي للشرطة القضائية بالمديرية العامة للأمن الوطني",
            notes="persons brought before the courts over the same period",
        ),
        C(
            "c3",
            "plots_foiled",
            500,
            "500",
            "s2",
            q="more_than",
            qt="أزيد من",
            period=P("since", "2002", "2021-10-27", "خلال الفترة ذاتها"),
            org="DGSN",
            raw="المدير المركزي للشرطة القضائية بالمديرية العامة للأمن الوطني",
            notes="period inherited from the previous sentence",
        ),
        C(
            "c4",
            "cells_dismantled",
            88,
            "88",
            "s3",
            subset="isis_linked",
            unit="percent",
            period=P("since", "2013", "2021-10-27", "منذ سنة 2013"),
            org="DGSN",
            raw="المتحدث ذاته",
            notes="a share of the cells dismantled since 2013",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T(
            "مسؤول أمني: المغرب فكك 214 خلية إرهابية منذ 2002",
            "title: the body repeats the figure; the body's sentence is the claim",
        ),
        T("على مدى 3 أيام", "duration of the congress"),
        T("11 شتنبر 2001", "date of an attack abroad"),
        T("القانون 03.03", "law number"),
        T("في نسخته الرابعة", "edition ordinal"),
        T("عشرات الدول", "vague count"),
    ],
    partners=["ES", "FR"],
    not_partners=[
        NP("US", "أحداث 11 شتنبر 2001 التي ضربت الولايات المتحدة", "the place of an attack, not a partner")
    ],
    flags=["listen_block", "tags_block", "title_repeats_figure"],
    notes="Partners from 'بتنسيق مع نظيراتها في إسبانيا وفرنسا'.",
)

_side = pick("ar", 6, 22)
article(
    "b02",
    "alyaoum24_sahel",
    "txt",
    fmt="aggregator",
    lang="ar",
    meta=M(
        "تقرير: تمدد الجماعات المتطرفة في الساحل يرفع منسوب اليقظة الأمنية بالمغرب",
        "اليوم 24",
        "Alyaoum24",
        "2022-05-18",
    ),
    sents={
        "s1": "وحسب مصادر أمنية، فقد تمكنت المصالح المغربية من تفكيك 2009 خلية إرهابية منذ سنة 2002، بعدما اعتمدت مقاربة استباقية تقوم على الرصد المبكر وتتبع الخلايا قبل مرورها إلى التنفيذ.",
        "s2": "وأضافت المصادر ذاتها أن أزيد من 1600 مغربي التحقوا بالتنظيمات الإرهابية في سوريا والعراق، لقي عدد كبير منهم حتفهم هناك.",
    },
    text=aggregator(
        "ar",
        _side,
        "تقرير: تمدد الجماعات المتطرفة في الساحل يرفع منسوب اليقظة الأمنية بالمغرب",
        "اليوم 24",
        "2022-05-18",
        """
حذر تقرير حديث صادر عن مركز أبحاث إفريقي من تنامي نشاط الجماعات المتطرفة في منطقة الساحل والصحراء، مسجلا أن المنطقة شهدت أزيد من 1800 هجوم إرهابي خلال السنة الماضية، أغلبها في مالي وبوركينا فاسو والنيجر.
وأشار التقرير إلى أن هذا الوضع يفرض على دول الجوار، ومنها المغرب، رفع درجة اليقظة، في ظل غياب أي تنسيق أمني مع الجزائر بخصوص مراقبة الحدود.
⟦s1⟧
⟦s2⟧
ويرى خبراء أن التنظيمات الإرهابية تسعى إلى استغلال هشاشة الأوضاع في الساحل لإقامة معسكرات تدريب قريبة من الحدود الجنوبية للمملكة، وهو ما يستدعي، حسبهم، تعزيز التعاون الإقليمي وتبادل المعلومات.
""",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            2009,
            "2009",
            "s1",
            period=P("since", "2002", "2022-05-18", "منذ سنة 2002"),
            org="official_unspecified",
            raw="مصادر أمنية",
            notes="looks misprinted (about 210 expected in 2022): extracted as printed; the consistency check flags it",
        ),
        C(
            "c2",
            "fighters_joined",
            1600,
            "1600",
            "s2",
            q="more_than",
            qt="أزيد من",
            period=P("cumulative_unspecified", None, "2022-05-18", None),
            org="official_unspecified",
            raw="المصادر ذاتها",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T(
            "أزيد من 1800 هجوم إرهابي خلال السنة الماضية",
            "attacks in the Sahel: another region's figure, not a Moroccan claim",
        ),
        T("لقي عدد كبير منهم حتفهم", "no number"),
    ],
    not_partners=[
        NP("ML", "مالي وبوركينا فاسو والنيجر", "conflict zone"),
        NP("BF", "مالي وبوركينا فاسو والنيجر", "conflict zone"),
        NP("NE", "مالي وبوركينا فاسو والنيجر", "conflict zone"),
        NP("DZ", "في ظل غياب أي تنسيق أمني مع الجزائر", "named as not cooperating"),
        NP("SY", "في سوريا والعراق", "conflict zone"),
        NP("IQ", "في سوريا والعراق", "conflict zone"),
    ],
    flags=["misprint"],
)

_side = pick("ar", 12, 22)
article(
    "b03",
    "barlamane_bilan_interieur",
    "txt",
    fmt="aggregator",
    lang="ar",
    meta=M("حصيلة الداخلية: 219 خلية إرهابية فككت منذ 2002", "برلمان", "Barlamane", "2023-12-28"),
    sents={
        "s1": "وأفاد التقرير أن المصالح الأمنية فككت 219 خلية إرهابية منذ سنة 2002، وأحبطت ما يزيد عن 500 مخطط تخريبي كان يستهدف مواقع حساسة بالمملكة.",
        "s2": "كما بلغ عدد الأشخاص الذين جرى توقيفهم في قضايا ذات صلة بالإرهاب 4450 شخصا خلال الفترة ذاتها.",
        "s3": "وخلال سنة 2023، أوضحت الوزارة أن المكتب المركزي للأبحاث القضائية فكك 6 خلايا إرهابية، وأوقف 21 مشتبها فيهم في عمليات استباقية شملت مدنا عدة.",
    },
    text=aggregator(
        "ar",
        _side,
        "حصيلة الداخلية: 219 خلية إرهابية فككت منذ 2002",
        "برلمان",
        "2023-12-28",
        """
كشف تقرير حصيلة منجزات وزارة الداخلية برسم سنة 2023، الذي وزع على أعضاء لجنة الداخلية بمجلس النواب خلال مناقشة الميزانية الفرعية للوزارة، عن معطيات محينة بخصوص مكافحة الإرهاب والتطرف.
⟦s1⟧ ⟦s2⟧
⟦s3⟧
وأبرز التقرير أن إحدى هذه العمليات جرت بتنسيق مع الشرطة الإسبانية، وأسفرت عن تفكيك خلية كانت تنشط بين الناظور ومدينة مليلية المحتلة.
وسجلت الوثيقة ذاتها أن التهديد الإرهابي ما يزال قائما، خاصة في ظل تدهور الأوضاع الأمنية بمنطقة الساحل، حيث تنشط فروع لتنظيمي "داعش" و"القاعدة".
وتعكف الوزارة، وفق التقرير، على تحيين الإطار القانوني بما يتلاءم مع مقتضيات القانون رقم 86.14 الذي جرم الالتحاق بالتنظيمات الإرهابية في الخارج.
""",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            219,
            "219",
            "s1",
            period=P("since", "2002", "2023-12-28", "منذ سنة 2002"),
            org="MOI",
            raw="تقرير حصيلة منجزات وزارة الداخلية",
            notes="a ministry report handed to MPs is the ministry, not PARLIAMENT",
        ),
        C(
            "c2",
            "plots_foiled",
            500,
            "500",
            "s1",
            q="more_than",
            qt="ما يزيد عن",
            period=P("since", "2002", "2023-12-28", "منذ سنة 2002"),
            org="MOI",
            raw="تقرير حصيلة منجزات وزارة الداخلية",
        ),
        C(
            "c3",
            "persons_arrested",
            4450,
            "4450",
            "s2",
            period=P("since", "2002", "2023-12-28", "خلال الفترة ذاتها"),
            org="MOI",
            raw="تقرير حصيلة منجزات وزارة الداخلية",
        ),
        C(
            "c4",
            "cells_dismantled",
            6,
            "6",
            "s3",
            period=P("year", "2023", "2023", "خلال سنة 2023"),
            org="MOI",
            raw="أوضحت الوزارة",
        ),
        C(
            "c5",
            "persons_arrested",
            21,
            "21",
            "s3",
            period=P("year", "2023", "2023", "خلال سنة 2023"),
            org="MOI",
            raw="أوضحت الوزارة",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T("حصيلة الداخلية: 219 خلية إرهابية فككت منذ 2002", "title: the body repeats the figure"),
        T("برسم سنة 2023", "budget year"),
        T("القانون رقم 86.14", "law number"),
    ],
    partners=["ES"],
    flags=["title_repeats_figure"],
    notes="Melilla is a city, not a country. Partner from 'بتنسيق مع الشرطة الإسبانية'.",
)

_side = pick("ar", 18, 22)
article(
    "b04",
    "alayam24_rachidia",
    "txt",
    fmt="aggregator",
    lang="ar",
    encoding="utf-8-sig",
    meta=M("البسيج يواصل ضرباته الاستباقية.. 3 خلايا منذ مطلع السنة", "الأيام 24", "Alayam24", "2024-06-20"),
    sents={
        "s1": 'أفاد بلاغ للمكتب المركزي للأبحاث القضائية، التابع للمديرية العامة لمراقبة التراب الوطني، بأن عناصره تمكنت أمس الأربعاء من تفكيك خلية إرهابية موالية لتنظيم "داعش" تتكون من ثلاثة متطرفين ينشطون بمدينة الرشيدية.',
        "s2": "وبهذه العملية يرتفع عدد الخلايا التي فككها المكتب منذ مطلع السنة الجارية إلى 3 خلايا، وفق معطيات حصلت عليها الجريدة من مصادر أمنية.",
        "s3": "وتفيد المعطيات ذاتها بأن زهاء 600 شخص أوقفوا منذ سنة 2016 بسبب أنشطة مرتبطة بالإشادة بالإرهاب والتحريض عليه عبر الإنترنت.",
    },
    text=aggregator(
        "ar",
        _side,
        "البسيج يواصل ضرباته الاستباقية.. 3 خلايا منذ مطلع السنة",
        "الأيام 24",
        "2024-06-20",
        """
⟦s1⟧
وأضاف البلاغ أن المشتبه فيهم، الذين تتراوح أعمارهم بين 19 و27 سنة، كانوا بصدد التحضير لتنفيذ مشاريع إرهابية تستهدف منشآت حيوية، وقد وضعوا تحت تدابير الحراسة النظرية لمدة 96 ساعة قابلة للتمديد.
⟦s2⟧
⟦s3⟧
ويأتي تفكيك هذه الخلية في سياق إقليمي يتسم بتصاعد نشاط فرع "داعش" في الساحل، الذي يسعى إلى استقطاب عناصر من دول شمال إفريقيا عبر منصات التواصل.
""",
    ),
    claims=[
        C(
            "c1",
            "persons_arrested",
            3,
            "ثلاثة",
            "s1",
            period=P("event", "2024-06-19", "2024-06-19", "أمس الأربعاء"),
            org="BCIJ",
            raw="بلاغ للمكتب المركزي للأبحاث القضائية",
            notes="one operation: a cell of three; 'yesterday Wednesday' from the byline 2024-06-20",
        ),
        C(
            "c2",
            "cells_dismantled",
            3,
            "3",
            "s2",
            period=P("year_to_date", "2024", "2024-06-20", "منذ مطلع السنة الجارية"),
            org="official_unspecified",
            raw="مصادر أمنية",
        ),
        C(
            "c3",
            "persons_arrested",
            600,
            "600",
            "s3",
            q="about",
            qt="زهاء",
            subset="online_activity",
            period=P("since", "2016", "2024-06-20", "منذ سنة 2016"),
            org="official_unspecified",
            raw="المعطيات ذاتها",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T("البسيج يواصل ضرباته الاستباقية.. 3 خلايا منذ مطلع السنة", "title: the body repeats the figure"),
        T("بين 19 و27 سنة", "ages"),
        T("96 ساعة", "custody duration"),
    ],
    flags=["bom", "title_repeats_figure"],
)

_side = pick("ar", 24, 22)
article(
    "b05",
    "hespress_dgst_annual",
    "txt",
    fmt="aggregator",
    lang="ar",
    eol="CRLF",
    meta=M(
        "حصيلة 2024.. المديرية العامة لمراقبة التراب الوطني تواصل تحييد التهديدات الإرهابية",
        "هسبريس",
        "Hespress",
        "2024-12-24",
    ),
    sents={
        "s1": "وأفادت الحصيلة السنوية للمديرية العامة لمراقبة التراب الوطني بأن المكتب المركزي للأبحاث القضائية فكك خلال هذه السنة 5 خلايا إرهابية كانت تنشط في عدد من المدن.",
        "s2": "وبذلك يرتفع عدد الخلايا التي فككها المكتب خلال السنوات الثلاث الأخيرة إلى ست عشرة خلية، وإلى أزيد من 100 خلية منذ إحداثه في مارس 2015.",
        "s3": "وأوضح عبد اللطيف حموشي، المدير العام للأمن الوطني، أن الفرقة الوطنية للشرطة القضائية أحالت 204 أشخاص على النيابة العامة في قضايا الإرهاب خلال السنوات الست الأخيرة، دون احتساب الموقوفين في إطار الخلايا التي فككها المكتب المركزي للأبحاث القضائية.",
    },
    text=aggregator(
        "ar",
        _side,
        "حصيلة 2024.. المديرية العامة لمراقبة التراب الوطني تواصل تحييد التهديدات الإرهابية",
        "هسبريس",
        "2024-12-24",
        """
استعرضت المديرية العامة للأمن الوطني ومراقبة التراب الوطني، اليوم الثلاثاء، حصيلتها السنوية، التي تضمنت محورا خاصا بمكافحة الإرهاب والتطرف العنيف، في سياق دولي يتسم بتزايد المخاطر.
⟦s1⟧ ⟦s2⟧
⟦s3⟧
وعلى المستوى الدولي، أبرزت الحصيلة أن المعلومات الدقيقة التي وفرتها المديرية العامة لمراقبة التراب الوطني لنظيرتها الألمانية مكنت من إحباط مخطط إرهابي، كما ساهمت معطيات مغربية في توقيف متطرف بالنمسا.
وفي مجال التكفل بالضحايا، أشارت المديرية إلى أن 440 خلية للتكفل بالنساء والأطفال ضحايا العنف تشتغل على مستوى المصالح الأمنية، وقد عالجت آلاف الشكايات.
وأكد حموشي، في كلمة بالمناسبة، أن اليقظة الأمنية ستظل مرتفعة خلال سنة 2025، خاصة مع اقتراب احتضان المملكة لكأس إفريقيا للأمم.
""",
        listen=True,
        tags="الوسوم\nالأمن الوطني الديستي الإرهاب حموشي",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            5,
            "5",
            "s1",
            period=P("year", "2024", "2024", "خلال هذه السنة"),
            org="DGST",
            raw="الحصيلة السنوية للمديرية العامة لمراقبة التراب الوطني",
            notes="'this year' resolved from the byline 2024-12-24 (an annual report)",
        ),
        C(
            "c2",
            "cells_dismantled",
            16,
            "ست عشرة",
            "s2",
            period=P("last_n_years", "2021", "2024-12-24", "خلال السنوات الثلاث الأخيرة", n=3),
            org="DGST",
            raw="الحصيلة السنوية للمديرية العامة لمراقبة التراب الوطني",
            notes="feminine compound numeral in words",
        ),
        C(
            "c3",
            "cells_dismantled",
            100,
            "100",
            "s2",
            q="more_than",
            qt="أزيد من",
            period=P("since", "2015-03", "2024-12-24", "منذ إحداثه في مارس 2015"),
            org="DGST",
            raw="الحصيلة السنوية للمديرية العامة لمراقبة التراب الوطني",
        ),
        C(
            "c4",
            "persons_arrested",
            204,
            "204",
            "s3",
            period=P("last_n_years", "2018", "2024-12-24", "خلال السنوات الست الأخيرة", n=6),
            org="DGSN",
            person="عبد اللطيف حموشي",
            raw="عبد اللطيف حموشي، المدير العام للأمن الوطني",
            notes="Hammouchi speaking as head of the DGSN (the national police's referrals): DGSN, not DGST",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T("حصيلة 2024", "year in the title"),
        T(
            "440 خلية للتكفل بالنساء والأطفال ضحايا العنف",
            "police units for victims of violence: 'خلية' that is not a terror cell",
        ),
        T("آلاف الشكايات", "vague count"),
        T("خلال سنة 2025", "bare year"),
    ],
    partners=["DE", "AT"],
    flags=["crlf", "listen_block", "tags_block", "non_terror_cell"],
    notes="Partners: 'وفرتها ... لنظيرتها الألمانية' and Moroccan information behind an arrest in Austria.",
)

_side = pick("ar", 30, 22)
article(
    "b06",
    "alyaoum24_habboub_efe",
    "txt",
    fmt="aggregator",
    lang="ar",
    meta=M(
        "حبوب: عودة المقاتلين من بؤر التوتر تحد أمني كبير للمغرب ولشركائه",
        "اليوم 24",
        "Alyaoum24",
        "2021-03-20",
    ),
    sents={
        "s1": 'قال الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية، في حوار مع وكالة الأنباء الإسبانية "إيفي"، إن 1659 مغربيا غادروا المملكة للالتحاق بالتنظيمات الإرهابية في المنطقة السورية العراقية.',
        "s2": 'وأوضح المسؤول الأمني أن أزيد من ألف منهم انضموا إلى صفوف تنظيم "داعش"، فيما توزع الباقون على فصائل متطرفة أخرى.',
        "s3": "وأضاف أن 745 لقوا حتفهم في ساحات القتال أو في عمليات انتحارية، بينما عاد 270 إلى المغرب حيث تمت متابعة أغلبهم أمام القضاء.",
    },
    text=aggregator(
        "ar",
        _side,
        "حبوب: عودة المقاتلين من بؤر التوتر تحد أمني كبير للمغرب ولشركائه",
        "اليوم 24",
        "2021-03-20",
        """
⟦s1⟧
⟦s2⟧ ⟦s3⟧
واعتبر حبوب أن هؤلاء يشكلون خطرا حقيقيا، لأنهم راكموا خبرة في استعمال الأسلحة وصناعة المتفجرات، مذكرا بأن القانون 86.14 يعاقب على الالتحاق بالتنظيمات الإرهابية بعقوبات تتراوح بين 5 و15 سنة سجنا.
وبخصوص التعاون الدولي، أكد المسؤول ذاته أن معلومات قدمتها المصالح المغربية مكنت شركاء مثل فرنسا وبلجيكا من إحباط هجمات إرهابية على أراضيهم.
وأشار إلى أن ملف النساء والأطفال العالقين في المخيمات بشمال شرق سوريا يظل ملفا إنسانيا معقدا، تتداخل فيه اعتبارات أمنية وقانونية ودبلوماسية.
""",
    ),
    claims=[
        C(
            "c1",
            "fighters_joined",
            1659,
            "1659",
            "s1",
            period=P("cumulative_unspecified", None, "2021-03-20", None),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="الشرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية",
            notes="'N غادروا المملكة' : the metric comes from the verb",
        ),
        C(
            "c2",
            "fighters_joined",
            1000,
            "ألف",
            "s2",
            q="more_than",
            qt="أزيد من",
            subset="isis_linked",
            period=P("cumulative_unspecified", None, "2021-03-20", None),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="المسؤول الأمني",
        ),
        C(
            "c3",
            "fighters_killed",
            745,
            "745",
            "s3",
            period=P("cumulative_unspecified", None, "2021-03-20", None),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="الشرقاوي حبوب",
            notes="'N لقوا حتفهم': a number followed by a verb, no counted noun",
        ),
        C(
            "c4",
            "returnees",
            270,
            "270",
            "s3",
            period=P("cumulative_unspecified", None, "2021-03-20", None),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="الشرقاوي حبوب",
            notes="'عاد 270': verb before the number; 'most of them' prosecuted gives no number",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T("القانون 86.14", "law number"),
        T("بين 5 و15 سنة سجنا", "prison terms"),
    ],
    partners=["FR", "BE"],
    not_partners=[
        NP(
            "ES",
            "وكالة الأنباء الإسبانية",
            "a country inside an organisation's name (the interviewing agency)",
        ),
        NP("SY", "المخيمات بشمال شرق سوريا", "conflict zone"),
    ],
    flags=["verb_after_number"],
)

_side = pick("ar", 36, 22)
article(
    "b23",
    "akhbarona_mouqatiloun",
    "txt",
    fmt="aggregator",
    lang="ar",
    truncate=True,
    meta=M(
        "باحث: المقاتلون المغاربة في بؤر التوتر ورقة تستغلها التنظيمات لتهديد المنطقة",
        "أخبارنا",
        "Akhbarona",
        "2025-04-14",
    ),
    sents={
        "s1": "وتشير المعطيات الرسمية إلى أن ألفا وستمائة وتسعة وخمسين مغربيا التحقوا بالتنظيمات المتطرفة في سوريا والعراق منذ اندلاع النزاع.",
        "s2": "وقد لقي قرابة 750 منهم حتفهم، وفق المعطيات ذاتها، في حين لا يزال مصير آخرين مجهولا.",
        "s3": "أما العائدون إلى أرض الوطن فعددهم أقل من 300 شخص، تمت متابعة أغلبهم أمام القضاء.",
    },
    text=aggregator(
        "ar",
        _side,
        "باحث: المقاتلون المغاربة في بؤر التوتر ورقة تستغلها التنظيمات لتهديد المنطقة",
        "أخبارنا",
        "2025-04-14",
        """
عاد ملف المقاتلين المغاربة في صفوف التنظيمات المتطرفة إلى الواجهة، بعد التحولات التي تعرفها الساحة السورية، وما رافقها من مخاوف بشأن مصير المعتقلين في السجون والمخيمات.
⟦s1⟧ ⟦s2⟧ ⟦s3⟧
وقال عادل بنحمو، الباحث في الجماعات المتطرفة، إن "التنظيمات الإرهابية تراهن على هؤلاء المقاتلين لإعادة بناء شبكاتها، سواء في الشرق الأوسط أو في منطقة الساحل".
وأضاف الباحث أن المقاربة المغربية، التي تجمع بين الحزم الأمني وبرامج إعادة الإدماج من قبيل برنامج "مصالحة"، أثبتت فعاليتها، داعيا إلى تعزيز التنسيق مع دول العبور.
""",
        tags="الوسوم\nالإرهاب المقاتلين المغاربة سوريا",
        footer=False,
    ),
    claims=[
        C(
            "c1",
            "fighters_joined",
            1659,
            "ألفا وستمائة وتسعة وخمسين",
            "s1",
            period=P("cumulative_unspecified", None, "2025-04-14", "منذ اندلاع النزاع"),
            org="official_unspecified",
            raw="المعطيات الرسمية",
            notes="accusative number words after أن; no start year, so a running total",
        ),
        C(
            "c2",
            "fighters_killed",
            750,
            "750",
            "s2",
            q="about",
            qt="قرابة",
            period=P("cumulative_unspecified", None, "2025-04-14", None),
            org="official_unspecified",
            raw="المعطيات ذاتها",
        ),
        C(
            "c3",
            "returnees",
            300,
            "300",
            "s3",
            q="less_than",
            qt="أقل من",
            period=P("cumulative_unspecified", None, "2025-04-14", None),
            org="official_unspecified",
            raw="المعطيات ذاتها",
            notes="attribution carried from the previous sentence",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]] + headline_traps(_side),
    not_partners=[
        NP("SY", "في سوريا والعراق", "conflict zone"),
        NP("IQ", "في سوريا والعراق", "conflict zone"),
    ],
    flags=["truncated_last_char", "tags_block", "no_footer"],
    notes="The download was cut inside the last character (a two-byte Arabic letter of the tags line): the file must import (status ok, a warning at most), not be rejected.",
)

_side = pick("ar", 42, 22)
article(
    "b24",
    "ahdath_bcij_arqam",
    "txt",
    fmt="aggregator",
    lang="ar",
    meta=M(
        "البسيج في أرقام: حصيلة تسع سنوات من العمل الاستباقي",
        "الأحداث المغربية",
        "Al Ahdath Al Maghribia",
        "2024-05-20",
    ),
    sents={
        "s1": "وأفاد الشرقاوي حبوب، مدير المكتب، بأن المصالح التابعة له فككت منذ إحداث المكتب سنة ٢٠١٥ ما مجموعه ٩٩ خلية إرهابية.",
        "s2": "وأوضح أن هذه العمليات أسفرت عن توقيف ١٬٣٥٧ شخصا خلال الفترة ذاتها.",
        "s3": "وخلال السنة المنصرمة وحدها، فكك المكتب ٦ خلايا إرهابية، حسب المسؤول ذاته.",
    },
    text=aggregator(
        "ar",
        _side,
        "البسيج في أرقام: حصيلة تسع سنوات من العمل الاستباقي",
        "الأحداث المغربية",
        "2024-05-20",
        """
قدم المكتب المركزي للأبحاث القضائية، خلال ندوة صحفية احتضنها مقره بسلا يوم الخميس ١٦ ماي، حصيلة عمله منذ إحداثه، في خطوة تروم إطلاع الرأي العام على حجم التهديد الإرهابي الذي تواجهه المملكة.
⟦s1⟧ ⟦s2⟧ ⟦s3⟧
وأشار حبوب إلى أن عددا من هذه العمليات نفذ بتنسيق مع المصالح الأمنية الإسبانية، في إطار شراكة وصفها بالنموذجية، مكنت من تفكيك شبكات لتجنيد المقاتلين.
وذكّر المسؤول بأن المشتبه فيهم يوضعون تحت الحراسة النظرية لمدة ٩٦ ساعة قابلة للتمديد مرتين، وفق ما ينص عليه القانون.
""",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            99,
            "٩٩",
            "s1",
            period=P("since", "2015", "2024-05-20", "منذ إحداث المكتب سنة ٢٠١٥"),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="الشرقاوي حبوب، مدير المكتب",
        ),
        C(
            "c2",
            "persons_arrested",
            1357,
            "١٬٣٥٧",
            "s2",
            period=P("since", "2015", "2024-05-20", "خلال الفترة ذاتها"),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="الشرقاوي حبوب، مدير المكتب",
            notes="Arabic-Indic digits with the Arabic thousands separator U+066C",
        ),
        C(
            "c3",
            "cells_dismantled",
            6,
            "٦",
            "s3",
            period=P("year", "2023", "2023", "خلال السنة المنصرمة"),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="المسؤول ذاته",
            notes="'the past year' resolved from the byline 2024-05-20",
        ),
    ],
    traps=[SIDEBAR_TRAP["ar"]]
    + headline_traps(_side)
    + [
        T("تسع سنوات", "duration in the title"),
        T("الخميس ١٦ ماي", "date of the press conference"),
        T("٩٦ ساعة", "custody duration"),
        T("قابلة للتمديد مرتين", "number of renewals"),
    ],
    partners=["ES"],
    flags=["arabic_indic_digits"],
)


# =================================================================================================
# ARABIC — WordPress text dumps (glued breadcrumb, title, date line, comment form footer)
# =================================================================================================
article(
    "b07",
    "sada_atlas_bcij",
    "txt",
    fmt="wordpress",
    lang="ar",
    meta=M(
        "المكتب المركزي للأبحاث القضائية.. حصيلة ثلاث سنوات ونصف من الحرب على الخلايا",
        "صدى الأطلس",
        "Sada Al Atlas",
        "2018-10-12",
        fictional=True,
    ),
    sents={
        "s1": 'وقال عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية، إن المكتب فكك منذ إحداثه في مارس 2015 سبعا وخمسين خلية إرهابية، منها 51 خلية موالية لتنظيم "داعش" و9 خلايا مرتبطة بتيار "الفيء والاستحلال".',
        "s2": "وتوزعت هذه الخلايا زمنيا على 21 خلية سنة 2015 و19 سنة 2016 و9 سنة 2017، إضافة إلى 8 خلايا منذ بداية السنة الجارية.",
        "s3": "وأسفرت هذه العمليات، حسب المسؤول ذاته، عن توقيف 902 شخصا، بينهم 14 امرأة و29 قاصرا.",
    },
    text=wordpress(
        "ar",
        ["الرئيسية", "أمن"],
        "المكتب المركزي للأبحاث القضائية.. حصيلة ثلاث سنوات ونصف من الحرب على الخلايا",
        """
بعد مرور ثلاث سنوات ونصف على إحداثه، كشف المكتب المركزي للأبحاث القضائية عن حصيلة مفصلة لتدخلاته في مجال مكافحة الإرهاب، في حوار خص به مديره وكالة المغرب العربي للأنباء.
⟦s1⟧
⟦s2⟧
⟦s3⟧
وأشار المسؤول إلى أن المكتب، بتنسيق وثيق مع المصالح الفرنسية، ساهم في تحديد هوية عدد من المتورطين في هجمات شهدتها أوروبا، من بينهم عشرة بلجيكيين من أصل مغربي.
وحذر الخيام من أن الفضاء الرقمي بات الوسيلة الأولى للاستقطاب، مشيرا إلى أن المشرع شدد العقوبات بموجب المادة 218-1-1 من القانون الجنائي لتصل إلى 15 سنة سجنا.
""",
        dateline="12 أكتوبر، 2018",
        author="بواسطة: هيئة التحرير",
        copyright_line="جميع الحقوق محفوظة © 2018 صدى الأطلس",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            57,
            "سبعا وخمسين",
            "s1",
            period=P("since", "2015-03", "2018-10-12", "منذ إحداثه في مارس 2015"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
            notes="accusative number words; its own breakdown 51 + 9 = 60 does not add up (internal_arithmetic)",
        ),
        C(
            "c2",
            "cells_dismantled",
            51,
            "51",
            "s1",
            subset="isis_linked",
            period=P("since", "2015-03", "2018-10-12", "منذ إحداثه في مارس 2015"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
        ),
        C(
            "c3",
            "cells_dismantled",
            9,
            "9",
            "s1",
            subset="fay_istihlal_linked",
            period=P("since", "2015-03", "2018-10-12", "منذ إحداثه في مارس 2015"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
            notes="new subset slug: cells linked to the al-Fay' wal-Istihlal current",
        ),
        C(
            "c4",
            "cells_dismantled",
            21,
            "21",
            "s2",
            period=P("year", "2015", "2015", "سنة 2015"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
            notes="enumeration: the year follows the number",
        ),
        C(
            "c5",
            "cells_dismantled",
            19,
            "19",
            "s2",
            period=P("year", "2016", "2016", "سنة 2016"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
            notes="list item without its noun",
        ),
        C(
            "c6",
            "cells_dismantled",
            9,
            "9",
            "s2",
            period=P("year", "2017", "2017", "سنة 2017"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
            notes="list item without its noun",
        ),
        C(
            "c7",
            "cells_dismantled",
            8,
            "8",
            "s2",
            period=P("year_to_date", "2018", "2018-10-12", "منذ بداية السنة الجارية"),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="عبد الحق الخيام، مدير المكتب المركزي للأبحاث القضائية",
        ),
        C(
            "c8",
            "persons_arrested",
            902,
            "902",
            "s3",
            period=P("since", "2015-03", "2018-10-12", None),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="حسب المسؤول ذاته",
            notes="period inherited from the first sentence ('these operations'), no phrase in this sentence",
        ),
        C(
            "c9",
            "persons_arrested",
            14,
            "14",
            "s3",
            subset="women",
            period=P("since", "2015-03", "2018-10-12", None),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="حسب المسؤول ذاته",
        ),
        C(
            "c10",
            "persons_arrested",
            29,
            "29",
            "s3",
            subset="minors",
            period=P("since", "2015-03", "2018-10-12", None),
            org="BCIJ",
            person="عبد الحق الخيام",
            raw="حسب المسؤول ذاته",
        ),
    ],
    traps=[
        T("ثلاث سنوات ونصف", "duration"),
        T(
            "عشرة بلجيكيين من أصل مغربي",
            "nationals of another country linked to attacks in Europe: not a Moroccan tally",
        ),
        T("المادة 218-1-1", "article of the penal code"),
        T("15 سنة سجنا", "prison term"),
        T("12 أكتوبر، 2018", "the WordPress date line: metadata, not a value"),
    ],
    partners=["FR"],
    not_partners=[NP("BE", "عشرة بلجيكيين من أصل مغربي", "a nationality")],
    flags=["wordpress_date_line", "number_words", "enumeration"],
    notes="21 + 19 + 9 + 8 = 57 agrees with the total; the subsets 51 + 9 = 60 do not.",
)

article(
    "b08",
    "qiraa_arqam",
    "txt",
    fmt="wordpress",
    lang="ar",
    meta=M("قراءة في أرقام الإرهاب بالمغرب: ما الذي تخفيه الحصيلة؟", None, None, "2019-06-03"),
    sents={
        "s1": "وبالعودة إلى المعطيات التي جمعها مركز الدراسات الاستراتيجية الذي أشتغل معه، فإن سنة 2015 وحدها شهدت تفكيك 25 خلية إرهابية، وهي أعلى حصيلة سنوية منذ تفجيرات الدار البيضاء.",
    },
    text=wordpress(
        "ar",
        ["الرئيسية", "رأي"],
        "قراءة في أرقام الإرهاب بالمغرب: ما الذي تخفيه الحصيلة؟",
        """
تتواتر البلاغات الأمنية عن تفكيك الخلايا الإرهابية بشكل يكاد يكون أسبوعيا، غير أن القراءة المتأنية للأرقام تكشف عن منحنى لا يسير في اتجاه واحد.
فبعد أن فككت المصالح الأمنية عشرات الخلايا في السنوات التي تلت إعلان "داعش" عن خلافته المزعومة، بدأ المنحنى في التراجع تدريجيا.
⟦s1⟧
وعلى مستوى الجنسيات، تحتل تونس المرتبة الأولى بنحو 3000 مقاتل في صفوف التنظيمات المتطرفة، تليها السعودية بحوالي 2500 مقاتل، بينما يأتي المغرب في المرتبة الثالثة.
إن هذه المعطيات تدعو إلى قراءة الظاهرة في سياقها الإقليمي، بعيدا عن لغة الأرقام المجردة التي قد تخفي أكثر مما تظهر.
""",
        dateline="3 يونيو، 2019",
        author="بقلم: يوسف بنعلي، باحث في الدراسات الأمنية",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            25,
            "25",
            "s1",
            period=P("year", "2015", "2015", "سنة 2015"),
            org="analyst",
            raw="المعطيات التي جمعها مركز الدراسات الاستراتيجية",
            notes="a research centre's count; official sources give 21 for 2015 (same_period_disagreement)",
        ),
    ],
    traps=[
        T("عشرات الخلايا", "vague count"),
        T("بنحو 3000 مقاتل", "another country's figure (Tunisia)"),
        T("بحوالي 2500 مقاتل", "another country's figure (Saudi Arabia)"),
        T("المرتبة الثالثة", "rank"),
    ],
    not_partners=[
        NP("TN", "تحتل تونس المرتبة الأولى", "another country's figure, compared"),
        NP("SA", "تليها السعودية", "another country's figure, compared"),
    ],
    flags=["no_outlet", "wordpress_date_line", "opinion"],
)

article(
    "b09",
    "rabat_alyawm_laftit_moukhayamat",
    "txt",
    fmt="wordpress",
    lang="ar",
    meta=M(
        "لفتيت يكشف أوضاع المغاربة المحتجزين في سوريا والعراق",
        "الرباط اليوم",
        "Rabat Alyawm",
        "2023-06-21",
        fictional=True,
    ),
    sents={
        "s1": "وأوضح وزير الداخلية عبد الوافي لفتيت، في جواب عن سؤال كتابي لفريق برلماني بمجلس النواب، أن عدد المغاربة الذين لا يزالون محتجزين في المخيمات والسجون بسوريا والعراق يبلغ حاليا 264 شخصا.",
        "s2": "ويتوزع هؤلاء بين 61 رجلا و28 امرأة و165 قاصرا، حسب المصدر ذاته.",
    },
    text=wordpress(
        "ar",
        ["الرئيسية", "سياسة"],
        "لفتيت يكشف أوضاع المغاربة المحتجزين في سوريا والعراق",
        """
تفاعل وزير الداخلية مع سؤال برلماني حول مصير المغاربة العالقين في بؤر التوتر، في وقت تطالب فيه عائلاتهم بتسريع إجراءات الترحيل.
⟦s1⟧ ⟦s2⟧
وأشار الوزير إلى أن عمليات الترحيل تصطدم بصعوبات لوجستية وأمنية، خاصة في المناطق التي تسيطر عليها "قوات سوريا الديمقراطية"، مؤكدا أن السلطات المغربية تدرس كل حالة على حدة.
وكان الفريق البرلماني قد نبه، في سؤاله الكتابي رقم 1452، إلى الأوضاع الإنسانية الصعبة التي يعيشها الأطفال في المخيمات.
""",
        dateline="21 يونيو، 2023",
        copyright_line="جميع الحقوق محفوظة © 2023 الرباط اليوم",
    ),
    claims=[
        C(
            "c1",
            "fighters_detained_abroad",
            264,
            "264",
            "s1",
            period=P("unspecified", None, None, "حاليا"),
            as_of="2023-06",
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="وزير الداخلية عبد الوافي لفتيت",
            notes="a stock at a moment ('currently': the byline month); a minister answering MPs is the ministry, not PARLIAMENT",
        ),
        C(
            "c2",
            "fighters_detained_abroad",
            61,
            "61",
            "s2",
            subset="men",
            period=P("unspecified", None, None, None),
            as_of="2023-06",
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="المصدر ذاته",
            notes="new subset slug 'men'; 61 + 28 + 165 = 254, not 264 (internal_arithmetic)",
        ),
        C(
            "c3",
            "fighters_detained_abroad",
            28,
            "28",
            "s2",
            subset="women",
            period=P("unspecified", None, None, None),
            as_of="2023-06",
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="المصدر ذاته",
        ),
        C(
            "c4",
            "fighters_detained_abroad",
            165,
            "165",
            "s2",
            subset="minors",
            period=P("unspecified", None, None, None),
            as_of="2023-06",
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="المصدر ذاته",
        ),
    ],
    traps=[
        T("رقم 1452", "number of a parliamentary question"),
        T("21 يونيو، 2023", "the WordPress date line"),
    ],
    not_partners=[
        NP("SY", '"قوات سوريا الديمقراطية"', "a country inside an organisation's name"),
        NP("SY", "المخيمات والسجون بسوريا والعراق", "conflict zone"),
        NP("IQ", "المخيمات والسجون بسوريا والعراق", "conflict zone"),
    ],
    flags=["wordpress_date_line", "minister_answering_mps"],
)

article(
    "b10",
    "maghrib_alan24_khalaya",
    "txt",
    fmt="wordpress",
    lang="ar",
    meta=M(
        "مصادر: سبع خلايا إرهابية في شباك الأمن منذ يناير",
        "المغرب الآن 24",
        "Al Maghrib Al An 24",
        "2022-09-14",
        fictional=True,
    ),
    sents={
        "s1": "وأفادت مصادر أمنية للموقع أن المصالح المختصة فككت منذ مطلع السنة الجارية 7 خلايا إرهابية، كان أغلب عناصرها ينشطون في مدن الشمال.",
        "s2": "وأضافت المصادر نفسها أن نحو 30 شخصا أوقفوا خلال الفترة ذاتها للاشتباه في ارتباطهم بهذه الخلايا.",
    },
    text=wordpress(
        "ar",
        ["الرئيسية", "وطني"],
        "مصادر: سبع خلايا إرهابية في شباك الأمن منذ يناير",
        """
تواصل المصالح الأمنية المغربية عملياتها الاستباقية في مواجهة التهديد الإرهابي، وسط مؤشرات على محاولات متكررة لتنظيم "داعش" لاستقطاب شباب عبر الإنترنت.
⟦s1⟧ ⟦s2⟧
وأوضحت المصادر أن المشتبه فيهم تتراوح أعمارهم ما بين 22 و41 سنة، وأن بعضهم كان على تواصل مع عناصر تنشط في منطقة الساحل.
وكانت آخر عملية قد جرت الأسبوع الماضي بتنسيق مع المصالح الإسبانية، وأسفرت عن توقيف متطرف بمدينة الناظور وآخر بمدينة مليلية.
""",
        dateline="14 شتنبر، 2022",
        copyright_line="© 2022 المغرب الآن 24. جميع الحقوق محفوظة.",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            7,
            "7",
            "s1",
            period=P("year_to_date", "2022", "2022-09-14", "منذ مطلع السنة الجارية"),
            org="official_unspecified",
            raw="مصادر أمنية",
            notes="the same outlet later gives at most 5 for the whole of 2022 (partial_exceeds_whole)",
        ),
        C(
            "c2",
            "persons_arrested",
            30,
            "30",
            "s2",
            q="about",
            qt="نحو",
            period=P("year_to_date", "2022", "2022-09-14", "خلال الفترة ذاتها"),
            org="official_unspecified",
            raw="المصادر نفسها",
        ),
    ],
    traps=[
        T("سبع خلايا إرهابية في شباك الأمن منذ يناير", "title: the body repeats the figure"),
        T("ما بين 22 و41 سنة", "ages"),
    ],
    partners=["ES"],
    flags=["wordpress_date_line", "title_repeats_figure"],
)


# =================================================================================================
# ARABIC — clean articles (some with a dateline, some with a date line, some with neither)
# =================================================================================================
article(
    "b12",
    "map_habboub_sale",
    "txt",
    fmt="clean",
    lang="ar",
    meta=M(
        "حبوب: المكتب المركزي للأبحاث القضائية أوقف أزيد من ألف وثلاثمائة مشتبه فيه منذ إحداثه",
        None,
        None,
        "2024-05-16",
        dateline="الرباط",
    ),
    sents={
        "s1": "وأوضح حبوب، في ندوة صحفية خصصت لتقديم حصيلة عمل المكتب، أن المصالح التابعة له أوقفت منذ إحداث المكتب في مارس 2015 ألفا وثلاثمائة وسبعة وخمسين شخصا يشتبه في تورطهم في قضايا إرهابية.",
        "s2": 'وأضاف أن هذه التوقيفات تمت في إطار تفكيك 99 خلية إرهابية، أغلبها موالية لتنظيم "داعش".',
        "s3": "وأبرز المسؤول الأمني أن التعاون مع إسبانيا أثمر 15 عملية مشتركة منذ سنة 2014، استهدفت شبكات لتجنيد المقاتلين وإرسالهم إلى بؤر التوتر.",
    },
    text="""حبوب: المكتب المركزي للأبحاث القضائية أوقف أزيد من ألف وثلاثمائة مشتبه فيه منذ إحداثه
الخميس 16 ماي 2024 - 13:45
الرباط - أكد مدير المكتب المركزي للأبحاث القضائية، الشرقاوي حبوب، اليوم الخميس بسلا، أن المقاربة الاستباقية التي تنهجها المملكة مكنت من تجفيف منابع التهديد الإرهابي قبل بلوغه مرحلة التنفيذ.
⟦s1⟧ ⟦s2⟧
⟦s3⟧
وأشار المسؤول الأمني إلى أن المشتبه فيهم الذين تم توقيفهم خلال السنة الجارية تتراوح أعمارهم بين 18 و35 سنة، وأن نسبة مهمة منهم تأثرت بالدعاية الرقمية.
وخلص حبوب إلى أن التهديد الإرهابي ما يزال قائما، داعيا إلى مزيد من اليقظة والتعاون الدولي لمواجهة التنظيمات التي تنشط في منطقة الساحل.
""",
    claims=[
        C(
            "c1",
            "persons_arrested",
            1357,
            "ألفا وثلاثمائة وسبعة وخمسين",
            "s1",
            period=P("since", "2015-03", "2024-05-16", "منذ إحداث المكتب في مارس 2015"),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="مدير المكتب المركزي للأبحاث القضائية، الشرقاوي حبوب",
            notes="thousands in the accusative (ألفا و…)",
        ),
        C(
            "c2",
            "cells_dismantled",
            99,
            "99",
            "s2",
            period=P("since", "2015-03", "2024-05-16", None),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="مدير المكتب المركزي للأبحاث القضائية، الشرقاوي حبوب",
            notes="period inherited from the previous sentence",
        ),
        C(
            "c3",
            "joint_operations",
            15,
            "15",
            "s3",
            period=P("since", "2014", "2024-05-16", "منذ سنة 2014"),
            org="BCIJ",
            person="الشرقاوي حبوب",
            raw="المسؤول الأمني",
            notes="joint operations with Spain",
        ),
    ],
    traps=[
        T(
            "حبوب: المكتب المركزي للأبحاث القضائية أوقف أزيد من ألف وثلاثمائة مشتبه فيه منذ إحداثه",
            "title: a rounded bound of the figure the body states exactly",
        ),
        T("13:45", "time of day"),
        T("بين 18 و35 سنة", "ages"),
    ],
    partners=["ES"],
    flags=["dateline", "date_line_in_clean", "number_words"],
)

article(
    "b13",
    "raai_qanoun_irhab",
    "txt",
    fmt="clean",
    lang="ar",
    meta=M("الإرهاب والقانون: عشرون سنة على قانون 03.03", None, None, None),
    sents={
        "s1": "لقد مكن هذا الإطار القانوني، إلى جانب اليقظة الأمنية، من تفكيك أكثر من مائتي خلية إرهابية منذ سنة 2002، وهو رقم يعكس حجم التهديد الذي واجهته المملكة.",
    },
    text="""الإرهاب والقانون: عشرون سنة على قانون 03.03
بعد أيام قليلة على تفجيرات 16 ماي 2003، صادق البرلمان المغربي على القانون 03.03 المتعلق بمكافحة الإرهاب، في سياق وطني ودولي استثنائي. واليوم، وبعد مرور عشرين سنة على صدوره، يحق لنا أن نتساءل عن حصيلة هذا النص وعن حدوده.
لقد شكل القانون منعطفا في السياسة الجنائية المغربية، إذ أدخل مفاهيم جديدة مثل الإشادة بالأعمال الإرهابية، ووسع صلاحيات الشرطة القضائية في مجال الحراسة النظرية.
ثم جاء القانون 86.14 سنة 2015 ليجرم الالتحاق أو محاولة الالتحاق بالتنظيمات الإرهابية خارج التراب الوطني، استجابة لظاهرة المقاتلين الأجانب.
⟦s1⟧
غير أن المقاربة الزجرية وحدها لا تكفي، والتجربة الفرنسية في هذا المجال خير دليل على أن تشديد العقوبات لا يغني عن برامج الوقاية وإعادة الإدماج.
وقد أبان برنامج "مصالحة" الموجه للمعتقلين في قضايا الإرهاب عن نتائج مشجعة، تستحق التعميم والتقييم العلمي المستقل.
""",
    claims=[
        C(
            "c1",
            "cells_dismantled",
            200,
            "مائتي",
            "s1",
            q="more_than",
            qt="أكثر من",
            period=P("since", "2002", None, "منذ سنة 2002"),
            org="unspecified",
            notes="genitive number word; the author's own assertion; no publication date",
        ),
    ],
    traps=[
        T("03.03", "law number"),
        T("16 ماي 2003", "date of an attack"),
        T("عشرين سنة", "duration"),
        T("القانون 86.14 سنة 2015", "law number and year"),
    ],
    not_partners=[NP("FR", "التجربة الفرنسية", "a contrasting model, not a partner")],
    flags=["no_outlet", "no_date", "opinion"],
)

article(
    "b14",
    "casablanca_16mai_dikra",
    "txt",
    fmt="clean",
    lang="ar",
    meta=M(
        "عشرون عاما على تفجيرات 16 ماي.. الدار البيضاء تستحضر ضحاياها",
        None,
        None,
        "2023-05-16",
        dateline="الدار البيضاء",
    ),
    sents={
        "o1": "وخلفت التفجيرات الانتحارية الخمسة، التي استهدفت مواقع متفرقة بالمدينة، 45 قتيلا، بينهم منفذو الهجمات، وعشرات الجرحى.",
        "s1": "ويرى الباحث في الشأن الأمني، عبد الرحيم المنار، أن المصالح الأمنية تمكنت منذ سنة 2002 من تفكيك أزيد من 210 خلايا إرهابية، وهو ما جنب البلاد سيناريوهات مماثلة.",
        "o2": "وكان المغرب قد شهد بعد ذلك هجوم مقهى أركانة بمراكش سنة 2011، ثم مقتل سائحتين بمنطقة إمليل سنة 2018.",
    },
    text="""عشرون عاما على تفجيرات 16 ماي.. الدار البيضاء تستحضر ضحاياها
16 ماي 2023
الدار البيضاء - استحضرت فعاليات مدنية وحقوقية، اليوم الثلاثاء، الذكرى العشرين لتفجيرات 16 ماي 2003 الإرهابية، التي هزت العاصمة الاقتصادية للمملكة وشكلت منعطفا في تعامل الدولة مع الظاهرة الإرهابية.
⟦o1⟧
ونظمت جمعية ضحايا الإرهاب وقفة رمزية بالمكان الذي شهد أحد التفجيرات، رفعت خلالها صور الضحايا وشعارات تنبذ العنف والتطرف.
⟦s1⟧
وأضاف المنار أن التحدي اليوم يكمن في الاستقطاب الرقمي الذي يستهدف القاصرين، مشيرا إلى أن المعالجة يجب أن تشمل الأسرة والمدرسة والإعلام.
⟦o2⟧
""",
    claims=[
        C(
            "c1",
            "cells_dismantled",
            210,
            "210",
            "s1",
            q="more_than",
            qt="أزيد من",
            period=P("since", "2002", "2023-05-16", "منذ سنة 2002"),
            org="analyst",
            person="عبد الرحيم المنار",
            raw="الباحث في الشأن الأمني، عبد الرحيم المنار",
        ),
    ],
    optional=[
        C(
            "o1",
            "attack_fatalities",
            45,
            "45",
            "o1",
            period=P("event", "2003-05-16", "2003-05-16", None),
            org="unspecified",
            notes="victims of one attack: a careful reader may or may not record it",
        ),
        C(
            "o2",
            "terrorist_attacks",
            5,
            "الخمسة",
            "o1",
            period=P("event", "2003-05-16", "2003-05-16", None),
            org="unspecified",
            notes="the five bombings of one day: one event or five attacks, either reading is defensible",
        ),
        C(
            "o3",
            "attack_fatalities",
            2,
            "سائحتين",
            "o2",
            period=P("event", "2018", "2018", "سنة 2018"),
            org="unspecified",
            notes="a dual noun without a numeral",
        ),
    ],
    traps=[
        T("عشرون عاما", "anniversary"),
        T("الذكرى العشرين", "anniversary ordinal"),
        T("16 ماي 2003", "date of an attack"),
        T("عشرات الجرحى", "vague count"),
        T("سنة 2011", "year of the Argana attack"),
    ],
    flags=["dateline", "date_line_in_clean", "anniversary"],
)

article(
    "b15",
    "irhab_raqmi",
    "txt",
    fmt="clean",
    lang="ar",
    encoding="windows-1256",
    alt_status="rejected",
    meta=M("الإرهاب الرقمي.. جبهة جديدة في مواجهة التطرف بالمغرب", None, None, "2024-01-20"),
    sents={
        "s1": "وتفيد معطيات رسمية بأن ما لا يقل عن 580 شخصا أوقفوا منذ عام 2016 بسبب نشاطهم الدعائي لصالح التنظيمات الإرهابية على شبكة الإنترنت.",
        "s2": "وخلال سنتي 2022 و2023 وحدهما، تم توقيف 63 شخصا في قضايا الإشادة بالإرهاب عبر منصات التواصل الاجتماعي، وفق المصدر ذاته.",
    },
    text="""الإرهاب الرقمي.. جبهة جديدة في مواجهة التطرف بالمغرب
السبت 20 كانون الثاني (يناير) 2024
باتت المنصات الرقمية الساحة المفضلة للتنظيمات المتطرفة لاستقطاب الشباب ونشر دعايتها، وهو ما دفع الأجهزة الأمنية المغربية إلى تطوير أدوات رصد متخصصة في الفضاء الافتراضي.
⟦s1⟧ ⟦s2⟧
ويعاقب القانون الجنائي على الإشادة بالأعمال الإرهابية بالحبس من سنتين إلى ست سنوات، وهي عقوبة ترتفع إذا ارتكبت الأفعال عبر وسائل الاتصال الإلكترونية.
وعلى المستوى العالمي، أعلنت إحدى كبريات منصات الفيديو أنها حذفت 1.5 مليون مقطع ذي محتوى متطرف خلال عام واحد، في مؤشر على حجم الظاهرة.
ويؤكد خبراء أن المواجهة الرقمية تتطلب إشراك الأسر والمؤسسات التعليمية، إلى جانب المقاربة الأمنية والقضائية.
""",
    claims=[
        C(
            "c1",
            "persons_arrested",
            580,
            "580",
            "s1",
            q="at_least",
            qt="ما لا يقل عن",
            subset="online_activity",
            period=P("since", "2016", "2024-01-20", "منذ عام 2016"),
            org="official_unspecified",
            raw="معطيات رسمية",
        ),
        C(
            "c2",
            "persons_arrested",
            63,
            "63",
            "s2",
            subset="online_activity",
            period=P("range", "2022", "2023", "خلال سنتي 2022 و2023"),
            org="official_unspecified",
            raw="المصدر ذاته",
            notes="paired years: a range",
        ),
    ],
    traps=[
        T("السبت 20 كانون الثاني (يناير) 2024", "date line (Mashriq month with its Maghreb alias)"),
        T("من سنتين إلى ست سنوات", "prison terms"),
        T("1.5 مليون مقطع", "a platform's worldwide figure, not Moroccan"),
        T("عام واحد", "duration"),
    ],
    flags=["windows-1256", "mashriq_months", "date_line_in_clean"],
    notes="windows-1256 without any declaration: importing it as ok is expected; a rejection is acceptable only if the error names the encoding.",
)

article(
    "b16",
    "mouqatiloun_souria",
    "txt",
    fmt="clean",
    lang="ar",
    encoding="windows-1256",
    eol="CRLF",
    alt_status="rejected",
    meta=M("المقاتلون المغاربة في سورية.. أرقام متغيرة وملف مفتوح", None, None, "2024-03-10"),
    sents={
        "s1": "وكانت الأرقام الرسمية التي صدرت في آذار (مارس) 2015 تتحدث عن 1354 مقاتلا مغربيا في صفوف الجماعات المتشددة بسورية والعراق.",
        "s2": "أما اليوم، فتشير المعطيات الرسمية إلى أن 1659 مغربيا التحقوا بهذه الجماعات، بينهم حوالي 290 امرأة.",
    },
    text="""المقاتلون المغاربة في سورية.. أرقام متغيرة وملف مفتوح
الأحد 10 آذار (مارس) 2024
منذ اندلاع الأزمة السورية، شكل المقاتلون المغاربة واحدا من أكبر الوفود الأجنبية في صفوف التنظيمات المتشددة، وهو ما جعل الملف حاضرا بقوة على طاولة الأجهزة الأمنية.
⟦s1⟧ ⟦s2⟧
وعبر أغلب هؤلاء المقاتلين إلى الأراضي السورية انطلاقا من تركيا، مستغلين سهولة التنقل في السنوات الأولى للنزاع.
ويطرح ملف العودة تحديات قانونية وأمنية، إذ يتابع العائدون بموجب القانون رقم 86.14، فيما تظل وضعية الأطفال المولودين في مناطق النزاع معلقة.
""",
    claims=[
        C(
            "c1",
            "fighters_joined",
            1354,
            "1354",
            "s1",
            period=P("cumulative_unspecified", None, "2015-03", None),
            as_of="2015-03",
            org="official_unspecified",
            raw="الأرقام الرسمية",
            notes="a figure the text itself dates (the March 2015 figures): as_of",
        ),
        C(
            "c2",
            "fighters_joined",
            1659,
            "1659",
            "s2",
            period=P("cumulative_unspecified", None, "2024-03-10", None),
            org="official_unspecified",
            raw="المعطيات الرسمية",
        ),
        C(
            "c3",
            "fighters_joined",
            290,
            "290",
            "s2",
            q="about",
            qt="حوالي",
            subset="women",
            period=P("cumulative_unspecified", None, "2024-03-10", None),
            org="official_unspecified",
            raw="المعطيات الرسمية",
        ),
    ],
    traps=[
        T("الأحد 10 آذار (مارس) 2024", "date line"),
        T("القانون رقم 86.14", "law number"),
    ],
    not_partners=[
        NP("TR", "انطلاقا من تركيا", "transit country, not a partner"),
        NP("SY", "بسورية والعراق", "conflict zone (Mashriq spelling سورية)"),
        NP("IQ", "بسورية والعراق", "conflict zone"),
    ],
    flags=["windows-1256", "crlf", "mashriq_months", "as_of"],
    notes="windows-1256 with CRLF line ends: importing it as ok is expected; a rejection is acceptable only if the error names the encoding.",
)

article(
    "b17",
    "bourita_tahaluf",
    "txt",
    fmt="clean",
    lang="ar",
    encoding="utf-16",
    meta=M("بوريطة: المغرب شريك موثوق للتحالف الدولي ضد داعش", None, None, "2020-06-04", dateline="الرباط"),
    sents={
        "s1": 'أكد ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، في كلمة خلال اجتماع وزاري للتحالف الدولي ضد "داعش" عبر تقنية التناظر المرئي، أن أزيد من 1000 مقاتل مغربي التحقوا بصفوف هذا التنظيم الإرهابي.',
        "s2": "وذكّر الوزير بأن المملكة أعادت في مارس 2019 ثمانية من مواطنيها كانوا عالقين في سوريا، وذلك بتنسيق مع الولايات المتحدة الأمريكية.",
    },
    text="""بوريطة: المغرب شريك موثوق للتحالف الدولي ضد داعش
الخميس 4 يونيو 2020
الرباط - ⟦s1⟧
وأبرز الوزير أن المملكة تعتمد مقاربة متعددة الأبعاد، تجمع بين اليقظة الأمنية وإصلاح الحقل الديني والتنمية البشرية، مشيرا إلى أن هذه المقاربة مكنت من إحباط عدد كبير من المخططات الإرهابية.
⟦s2⟧
وأكد بوريطة أن التحالف، الذي يضم أزيد من 80 دولة ومنظمة، مطالب بتكثيف جهوده في القارة الإفريقية، حيث تتمدد فروع التنظيم في منطقة الساحل وغرب إفريقيا.
وجدد الوزير التأكيد على أن المملكة ستواصل تقاسم خبرتها مع الدول الإفريقية الشقيقة في مجال مكافحة التطرف وتكوين الأئمة.
""",
    claims=[
        C(
            "c1",
            "fighters_joined",
            1000,
            "1000",
            "s1",
            q="more_than",
            qt="أزيد من",
            subset="isis_linked",
            period=P("cumulative_unspecified", None, "2020-06-04", None),
            org="MFA",
            person="ناصر بوريطة",
            raw="ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج",
        ),
        C(
            "c2",
            "returnees",
            8,
            "ثمانية",
            "s2",
            period=P("event", "2019-03", "2019-03", "في مارس 2019"),
            org="MFA",
            person="ناصر بوريطة",
            raw="الوزير",
            notes="one repatriation operation",
        ),
    ],
    traps=[
        T("أزيد من 80 دولة ومنظمة", "members of the coalition: not a counter-terrorism tally"),
        T("الخميس 4 يونيو 2020", "date line"),
    ],
    partners=["US"],
    not_partners=[NP("SY", "كانوا عالقين في سوريا", "conflict zone")],
    flags=["utf-16", "dateline", "date_line_in_clean"],
)


# =================================================================================================
# ARABIC — saved HTML pages (dates in different places)
# =================================================================================================
_aside = pick("ar", 5, 4)
article(
    "b11",
    "maghrib_alan24_hasila",
    "html",
    fmt="html",
    lang="ar",
    meta=M(
        "الحصيلة الأمنية لسنة 2022: تراجع عدد الخلايا الإرهابية المفككة",
        "المغرب الآن 24",
        "Al Maghrib Al An 24",
        "2023-01-05",
        fictional=True,
    ),
    sents={
        "s1": "ووفق معطيات استقتها الجريدة من مصادر أمنية، لم يتعد عدد الخلايا الإرهابية التي جرى تفكيكها خلال سنة 2022 خمس خلايا، مقابل 6 خلايا في السنة التي قبلها.",
        "s2": "وكان الناطق الرسمي باسم الحكومة قد أكد، في ندوة صحفية عقب انعقاد مجلس الحكومة، أن المصالح الأمنية فككت أكثر من 210 خلايا إرهابية منذ سنة 2002.",
    },
    text=html_page(
        "ar",
        title="الحصيلة الأمنية لسنة 2022: تراجع عدد الخلايا الإرهابية المفككة",
        head_title="الحصيلة الأمنية لسنة 2022: تراجع عدد الخلايا الإرهابية المفككة - المغرب الآن 24",
        site="المغرب الآن 24",
        nav=AR_NAV,
        byline="هيئة التحرير | الخميس 5 يناير 2023 - 11:20",
        body="""
سجلت سنة 2022 تراجعا ملحوظا في عدد الخلايا الإرهابية التي أعلنت المصالح الأمنية المغربية عن تفكيكها، وهو ما يعزوه متابعون إلى نجاعة الضربات الاستباقية التي تلقتها التنظيمات المتطرفة خلال السنوات الماضية.
⟦s1⟧ ⟦s2⟧
ويرى متابعون أن هذا التراجع لا يعني تراجع التهديد، إذ تواصل التنظيمات المتطرفة محاولات الاستقطاب عبر الفضاء الرقمي، مستغلة هشاشة بعض الفئات الشابة.
وتستعد المملكة لاحتضان تظاهرات رياضية كبرى، من بينها كأس إفريقيا للأمم 2025 وكأس العالم 2030، وهو ما يفرض، حسب المصادر ذاتها، رفع درجة اليقظة.
""",
        aside_title="اقرأ أيضا",
        aside=_aside,
        footer="© 2023 المغرب الآن 24 - جميع الحقوق محفوظة",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            5,
            "خمس",
            "s1",
            q="at_most",
            qt="لم يتعد",
            period=P("year", "2022", "2022", "خلال سنة 2022"),
            org="official_unspecified",
            raw="مصادر أمنية",
            notes="the same outlet had 7 for January to mid-September 2022 (partial_exceeds_whole)",
        ),
        C(
            "c2",
            "cells_dismantled",
            6,
            "6",
            "s1",
            period=P("year", "2021", "2021", "في السنة التي قبلها"),
            org="official_unspecified",
            raw="مصادر أمنية",
            notes="'the year before it' resolves against 2022 in the same sentence",
        ),
        C(
            "c3",
            "cells_dismantled",
            210,
            "210",
            "s2",
            q="more_than",
            qt="أكثر من",
            period=P("since", "2002", "2023-01-05", "منذ سنة 2002"),
            org="GOV",
            raw="الناطق الرسمي باسم الحكومة",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("كأس إفريقيا للأمم 2025", "bare year"),
        T("كأس العالم 2030", "bare year"),
        T("الخميس 5 يناير 2023 - 11:20", "byline date"),
    ],
    flags=["html", "visible_byline_date", "aside_other_stories"],
)

_aside = pick("ar", 10, 4)
article(
    "b18",
    "hespress_laftit_moustacharin",
    "html",
    fmt="html",
    lang="ar",
    meta=M(
        "لفتيت: التهديد الإرهابي قائم والمقاربة الاستباقية أثبتت نجاعتها", "هسبريس", "Hespress", "2025-02-11"
    ),
    sents={
        "s1": "وقال الوزير، في معرض جوابه عن سؤال شفوي بمجلس المستشارين، إن المصالح الأمنية فككت أزيد من 220 خلية إرهابية منذ سنة 2002.",
        "s2": "وأضاف أن 4130 شخصا أوقفوا في قضايا مرتبطة بالإرهاب خلال الفترة نفسها.",
        "s3": "وأوضح لفتيت أن المكتب المركزي للأبحاث القضائية وحده فكك 104 خلايا منذ إحداثه سنة 2015.",
        "s4": "وأشار الوزير إلى أن المكتب فكك خلال العام الماضي 5 خلايا، أغلبها موالية لفرع داعش في الساحل.",
    },
    text=html_page(
        "ar",
        title="لفتيت: التهديد الإرهابي قائم والمقاربة الاستباقية أثبتت نجاعتها",
        head_title="لفتيت: التهديد الإرهابي قائم والمقاربة الاستباقية أثبتت نجاعتها | هسبريس",
        site="هسبريس",
        nav=AR_NAV,
        kicker="سياسة",
        byline="هسبريس من الرباط | الثلاثاء 11 فبراير 2025 - 19:05",
        views="12.4K مشاهدة",
        published_meta="2025-02-11T19:05:00+01:00",
        body="""
أكد عبد الوافي لفتيت، وزير الداخلية، أن التهديد الإرهابي ما يزال قائما، رغم النجاحات التي حققتها المصالح الأمنية في تفكيك الخلايا وإجهاض المخططات قبل مرورها إلى التنفيذ.
⟦s1⟧ ⟦s2⟧
⟦s3⟧ ⟦s4⟧
## تعاون دولي
وأوضح الوزير أن المصالح المغربية تعمل بتنسيق وثيق مع نظيراتها الفرنسية والإسبانية، وأن هذا التعاون مكن من إحباط مخططات كانت تستهدف البلدين.
وردا على تعقيب أحد المستشارين، شدد لفتيت على أن الحكومة خصصت اعتمادات إضافية بقيمة 1,2 مليار درهم لتحديث التجهيزات الأمنية.
""",
        aside_title="مقالات ذات صلة",
        aside=_aside,
        footer="جميع الحقوق محفوظة © هسبريس 2025",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            220,
            "220",
            "s1",
            q="more_than",
            qt="أزيد من",
            period=P("since", "2002", "2025-02-11", "منذ سنة 2002"),
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="عبد الوافي لفتيت، وزير الداخلية",
            notes="the minister named in the previous sentence, answering members of parliament: MOI",
        ),
        C(
            "c2",
            "persons_arrested",
            4130,
            "4130",
            "s2",
            period=P("since", "2002", "2025-02-11", "خلال الفترة نفسها"),
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="عبد الوافي لفتيت، وزير الداخلية",
            notes="below the ministry's own 4450 of December 2023 (cumulative_decrease)",
        ),
        C(
            "c3",
            "cells_dismantled",
            104,
            "104",
            "s3",
            period=P("since", "2015", "2025-02-11", "منذ إحداثه سنة 2015"),
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="لفتيت",
        ),
        C(
            "c4",
            "cells_dismantled",
            5,
            "5",
            "s4",
            period=P("year", "2024", "2024", "خلال العام الماضي"),
            org="MOI",
            person="عبد الوافي لفتيت",
            raw="الوزير",
            notes="'last year' resolved from the byline 2025-02-11",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("1,2 مليار درهم", "money"),
        T("12.4K مشاهدة", "view count"),
        T("الثلاثاء 11 فبراير 2025 - 19:05", "byline date"),
    ],
    partners=["FR", "ES"],
    flags=["html", "visible_byline_date", "published_time_meta", "aside_other_stories"],
)

_aside = pick("ar", 20, 4)
article(
    "b19",
    "alaoumq_tanger",
    "html",
    fmt="html",
    lang="ar",
    meta=M("توقيف 3 متطرفين بطنجة يختم شهرا حافلا للمصالح الأمنية", "العمق المغربي", "Al3omk", "2024-09-30"),
    sents={
        "s1": 'أفاد بلاغ للمديرية العامة لمراقبة التراب الوطني بأن عناصر المكتب المركزي للأبحاث القضائية أوقفت، أمس الأحد، ثلاثة أشخاص موالين لتنظيم "داعش" بمدينة طنجة.',
        "s2": "وبهذه العملية، يرتفع عدد الأشخاص الذين أوقفوا في قضايا الإرهاب خلال شهر شتنبر الجاري إلى 14 شخصا، حسب ما أفادت به مصادر أمنية.",
    },
    text=html_page(
        "ar",
        title="توقيف 3 متطرفين بطنجة يختم شهرا حافلا للمصالح الأمنية",
        site="العمق المغربي",
        nav=AR_NAV,
        byline='العمق المغربي - <time datetime="2024-09-30T17:40:00+01:00">قبل 3 ساعات</time>',
        body="""
⟦s1⟧
وأوضح المصدر ذاته أن الموقوفين، الذين تتراوح أعمارهم بين 20 و24 سنة، كانوا يروجون لمحتويات متطرفة عبر تطبيقات التراسل الفوري.
⟦s2⟧
ويأتي ذلك في سياق تعزيز الإجراءات الأمنية استعدادا للتظاهرات الرياضية الكبرى التي ستحتضنها المملكة.
""",
        aside_title="الأكثر قراءة",
        aside=_aside,
        footer="العمق المغربي © 2024",
    ),
    claims=[
        C(
            "c1",
            "persons_arrested",
            3,
            "ثلاثة",
            "s1",
            period=P("event", "2024-09-29", "2024-09-29", "أمس الأحد"),
            org="DGST",
            raw="بلاغ للمديرية العامة لمراقبة التراب الوطني",
            notes="one operation; 'yesterday Sunday' from the date in <time datetime>",
        ),
        C(
            "c2",
            "persons_arrested",
            14,
            "14",
            "s2",
            period=P("month", "2024-09", "2024-09", "خلال شهر شتنبر الجاري"),
            org="official_unspecified",
            raw="مصادر أمنية",
            notes="another source gives 11 for September 2024 (same_period_disagreement)",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("توقيف 3 متطرفين بطنجة", "title: the body repeats the figure"),
        T("قبل 3 ساعات", "relative time of publication"),
        T("بين 20 و24 سنة", "ages"),
    ],
    flags=["html", "time_datetime_only", "title_repeats_figure"],
    notes="The only date is the datetime attribute of <time>; its visible text is relative.",
)

_aside = pick("ar", 34, 4)
article(
    "b20",
    "madar21_dgst_bilan",
    "html",
    fmt="html",
    lang="ar",
    meta=M(
        "المديرية العامة لمراقبة التراب الوطني: 11 موقوفا في قضايا الإرهاب خلال شتنبر",
        "مدار21",
        "Madar21",
        "2024-10-02",
    ),
    sents={
        "s1": "وأفادت معطيات صادرة عن المديرية العامة لمراقبة التراب الوطني بأن عدد الموقوفين في قضايا ذات صلة بالإرهاب خلال شتنبر الماضي بلغ 11 شخصا، من بينهم قاصران.",
        "s2": "وفي سياق متصل، أسفرت معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني لنظيرتها الهولندية عن توقيف متطرف كان يخطط لتنفيذ عمل إرهابي بمدينة روتردام.",
    },
    text=html_page(
        "ar",
        title="المديرية العامة لمراقبة التراب الوطني: 11 موقوفا في قضايا الإرهاب خلال شتنبر",
        site="مدار21",
        nav=AR_NAV,
        byline="بقلم: هيئة التحرير",
        jsonld_date="2024-10-02T09:15:00+01:00",
        body="""
⟦s1⟧
وأوضحت المعطيات ذاتها أن الموقوفين كانوا موزعين على عدة مدن، وأن التحقيق معهم جرى تحت إشراف النيابة العامة المكلفة بقضايا الإرهاب، داخل أجل لا يتعدى 96 ساعة قابلة للتمديد.
⟦s2⟧
وتؤكد هذه العمليات، حسب متابعين، استمرار التهديد الذي تمثله التنظيمات المتطرفة، رغم الضربات المتتالية التي تلقتها.
""",
        aside_title="أخبار ذات صلة",
        aside=_aside,
        footer="جميع الحقوق محفوظة لموقع مدار21",
        og_site=False,
    ),
    claims=[
        C(
            "c1",
            "persons_arrested",
            11,
            "11",
            "s1",
            period=P("month", "2024-09", "2024-09", "خلال شتنبر الماضي"),
            org="DGST",
            raw="معطيات صادرة عن المديرية العامة لمراقبة التراب الوطني",
            notes="'last September' from the JSON-LD date 2024-10-02",
        ),
    ],
    optional=[
        C(
            "o1",
            "persons_arrested",
            2,
            "قاصران",
            "s1",
            subset="minors",
            period=P("month", "2024-09", "2024-09", None),
            org="DGST",
            raw="معطيات صادرة عن المديرية العامة لمراقبة التراب الوطني",
            notes="a dual noun without a numeral",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("11 موقوفا في قضايا الإرهاب خلال شتنبر", "title: the body repeats the figure"),
        T("لا يتعدى 96 ساعة", "custody duration with an 'at most' qualifier"),
    ],
    partners=["NL"],
    flags=["html", "jsonld_date_only", "title_repeats_figure", "outlet_in_page_only"],
    notes="No og:site_name: the outlet is printed in the header logo and the footer. Partner from 'وفرتها ... لنظيرتها الهولندية'.",
)

_aside = pick("ar", 40, 4)
article(
    "b21",
    "assabah_mouqatiloun_qatla",
    "html",
    fmt="html",
    lang="ar",
    encoding="windows-1256",
    alt_status="rejected",
    meta=M("مصير المقاتلين المغاربة.. مئات القتلى وعائلات تنتظر", "الصباح", "Assabah", "2022-02-15"),
    sents={
        "s1": "وتكشف معطيات أمنية أن ما ينيف عن 700 مقاتل مغربي لقوا حتفهم في سوريا والعراق، أغلبهم في عمليات انتحارية أو في قصف جوي.",
    },
    text=html_page(
        "ar",
        title="مصير المقاتلين المغاربة.. مئات القتلى وعائلات تنتظر",
        site="الصباح",
        nav=AR_NAV,
        charset="windows-1256",
        byline="إعداد: قسم التحقيقات",
        published_meta="2022-02-15T08:30:00+01:00",
        body="""
لم يعد ملف المقاتلين المغاربة في بؤر التوتر يحظى بالاهتمام الإعلامي نفسه الذي عرفه قبل سنوات، لكنه ما يزال مفتوحا على أكثر من صعيد، خاصة بالنسبة للعائلات التي فقدت أبناءها.
⟦s1⟧
وتعيش عشرات الأسر على أمل معرفة مصير ذويها، بعد أن انقطعت أخبارهم منذ معارك الباغوز سنة 2019.
وتطالب تنسيقية العائلات بإحداث خلية للإنصات والمواكبة النفسية لفائدة الأمهات، اللواتي يعانين من غياب أي معلومة رسمية.
ويرى حقوقيون أن الدولة مطالبة بمقاربة إنسانية تراعي وضعية الأطفال، الذين لا ذنب لهم في اختيارات آبائهم.
""",
        aside_title="اقرأ أيضا",
        aside=_aside,
        footer="الصباح - جميع الحقوق محفوظة",
    ),
    claims=[
        C(
            "c1",
            "fighters_killed",
            700,
            "700",
            "s1",
            q="more_than",
            qt="ما ينيف عن",
            period=P("cumulative_unspecified", None, "2022-02-15", None),
            org="official_unspecified",
            raw="معطيات أمنية",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("مئات القتلى", "vague count in the title"),
        T("عشرات الأسر", "vague count"),
        T("سنة 2019", "bare year"),
        T("خلية للإنصات والمواكبة النفسية", "'خلية' that is not a terror cell"),
    ],
    not_partners=[
        NP("SY", "في سوريا والعراق", "conflict zone"),
        NP("IQ", "في سوريا والعراق", "conflict zone"),
    ],
    flags=["html", "windows-1256", "published_time_meta_only"],
    notes="An old page in windows-1256 declared in its meta http-equiv; the date is only in article:published_time.",
)

_aside = pick("ar", 28, 4)
article(
    "b22",
    "chouftv_namudaj",
    "html",
    fmt="html",
    lang="ar",
    meta=M("المغرب.. نموذج يحتذى به في مكافحة الإرهاب", "شوف تيفي", "Chouf TV", "2025-06-12"),
    sents={
        "s1": "وتمكنت الأجهزة الأمنية المغربية إلى حدود اليوم من تفكيك 207 خلايا إرهابية منذ سنة 2002، وفق المعطيات الرسمية المتوفرة.",
    },
    text=html_page(
        "ar",
        title="المغرب.. نموذج يحتذى به في مكافحة الإرهاب",
        site="شوف تيفي",
        nav=AR_NAV,
        byline="شوف تيفي | 2025/06/12",
        views="٣٢١٠ مشاهدة",
        body="""
راكمت المملكة المغربية تجربة رائدة في مجال مكافحة الإرهاب، جعلت منها شريكا موثوقا لدى عدد من الدول، التي تستفيد من المعلومات الاستخباراتية المغربية في إحباط مخططات إرهابية.
⟦s1⟧
وتتقاسم المصالح الأمنية المغربية المعلومات بشكل منتظم مع الولايات المتحدة وفرنسا وإسبانيا، وهو ما مكن في أكثر من مناسبة من تفادي هجمات دامية.
كما صنف مؤشر الإرهاب العالمي المملكة ضمن الدول الأقل تأثرا بالظاهرة، في وقت تعرف فيه دول الجوار الجنوبي تصاعدا في الهجمات.
ويؤكد متابعون أن سر هذا النجاح يكمن في المقاربة الاستباقية التي تراهن على الرصد المبكر، وفي الاستثمار في العنصر البشري المؤهل.
""",
        aside_title="مواضيع مشابهة",
        aside=_aside,
        footer="شوف تيفي © 2025",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            207,
            "207",
            "s1",
            period=P("since", "2002", "2025-06-12", "منذ سنة 2002"),
            org="official_unspecified",
            raw="المعطيات الرسمية المتوفرة",
            notes="the November 2020 total repeated as current in June 2025 (stale_figure)",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("أكثر من مناسبة", "vague, with a qualifier"),
        T("٣٢١٠ مشاهدة", "view count in Arabic-Indic digits"),
        T("2025/06/12", "byline date"),
    ],
    partners=["US", "FR", "ES"],
    flags=["html", "visible_byline_date"],
)


# =================================================================================================
# FRENCH
# =================================================================================================
_side = pick("fr", 0, 20)
article(
    "b25",
    "le360_bcij_khiame",
    "txt",
    fmt="aggregator",
    lang="fr",
    meta=M(
        "BCIJ: 49 cellules démantelées depuis 2015, selon Abdelhak Khiame", "Le360", "Le360", "2018-02-07"
    ),
    sents={
        "s1": "Selon Abdelhak Khiame, directeur du Bureau central d'investigations judiciaires, le BCIJ a démantelé 49 cellules terroristes depuis sa création en mars 2015, dont 44 liées à Daech.",
        "s2": "Dans un entretien accordé au quotidien français Le Monde, le responsable a précisé que 772 personnes ont été interpellées au cours de la même période.",
        "s3": "Il a également indiqué que 97 personnes revenues des zones de conflit ont été arrêtées, 84 d'entre elles venant de la zone syro-irakienne et 13 autres de Libye.",
    },
    text=aggregator(
        "fr",
        _side,
        "BCIJ: 49 cellules démantelées depuis 2015, selon Abdelhak Khiame",
        "Le360",
        "2018-02-07",
        """
Le patron du Bureau central d'investigations judiciaires a livré un bilan détaillé de l'action de son service, près de trois ans après son installation à Salé.
⟦s1⟧ ⟦s2⟧
⟦s3⟧
Le responsable a rappelé que la loi 86.14, adoptée en 2015, punit de peines allant jusqu'à 15 ans de prison le fait de rejoindre ou de tenter de rejoindre un groupe terroriste à l'étranger.
Il a enfin souligné que le BCIJ travaille en étroite collaboration avec les services espagnols, avec lesquels plusieurs réseaux de recrutement ont été démantelés.
""",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            49,
            "49",
            "s1",
            period=P("since", "2015-03", "2018-02-07", "depuis sa création en mars 2015"),
            org="BCIJ",
            person="Abdelhak Khiame",
            raw="Selon Abdelhak Khiame, directeur du Bureau central d'investigations judiciaires",
        ),
        C(
            "c2",
            "cells_dismantled",
            44,
            "44",
            "s1",
            subset="isis_linked",
            period=P("since", "2015-03", "2018-02-07", "depuis sa création en mars 2015"),
            org="BCIJ",
            person="Abdelhak Khiame",
            raw="Selon Abdelhak Khiame, directeur du Bureau central d'investigations judiciaires",
            notes="'dont 44 liées à Daech'",
        ),
        C(
            "c3",
            "persons_arrested",
            772,
            "772",
            "s2",
            period=P("since", "2015-03", "2018-02-07", "au cours de la même période"),
            org="BCIJ",
            person="Abdelhak Khiame",
            raw="le responsable",
        ),
        C(
            "c4",
            "returnees_arrested",
            97,
            "97",
            "s3",
            period=P("since", "2015-03", "2018-02-07", None),
            org="BCIJ",
            person="Abdelhak Khiame",
            raw="Il a également indiqué",
            notes="returnees arrested, not returnees; period inherited",
        ),
        C(
            "c5",
            "returnees_arrested",
            84,
            "84",
            "s3",
            subset="syria_iraq_linked",
            period=P("since", "2015-03", "2018-02-07", None),
            org="BCIJ",
            person="Abdelhak Khiame",
            raw="Il a également indiqué",
            notes="'84 d'entre elles'",
        ),
        C(
            "c6",
            "returnees_arrested",
            13,
            "13",
            "s3",
            subset="libya",
            period=P("since", "2015-03", "2018-02-07", None),
            org="BCIJ",
            person="Abdelhak Khiame",
            raw="Il a également indiqué",
            notes="'13 autres': the item has no noun",
        ),
    ],
    traps=[SIDEBAR_TRAP["fr"]]
    + headline_traps(_side)
    + [
        T(
            "BCIJ: 49 cellules démantelées depuis 2015, selon Abdelhak Khiame",
            "title: the body repeats the figure",
        ),
        T("près de trois ans", "duration, with an 'about' qualifier"),
        T("la loi 86.14, adoptée en 2015", "law number and year"),
        T("jusqu'à 15 ans de prison", "prison term"),
    ],
    partners=["ES"],
    not_partners=[
        NP("FR", "au quotidien français Le Monde", "the nationality of a newspaper"),
        NP("LY", "13 autres de Libye", "conflict zone"),
        NP("SY", "la zone syro-irakienne", "conflict zone"),
        NP("IQ", "la zone syro-irakienne", "conflict zone"),
    ],
    flags=["title_repeats_figure", "x_of_them_and_y_others"],
)

_side = pick("fr", 6, 20)
article(
    "b26",
    "hespressfr_bilan_interieur",
    "txt",
    fmt="aggregator",
    lang="fr",
    meta=M(
        "Terrorisme: le ministère de l'Intérieur dresse le bilan de l'année 2023",
        "Hespress FR",
        "Hespress FR",
        "2023-12-29",
    ),
    sents={
        "s1": "D'après le rapport du ministère de l'Intérieur, les services de sécurité ont démantelé 219 cellules terroristes depuis 2002 et déjoué plus de 500 projets d'attentats.",
        "s2": "Pour la seule année 2023, six cellules ont été démantelées par le BCIJ, a indiqué le département de l'Intérieur.",
    },
    text=aggregator(
        "fr",
        _side,
        "Terrorisme: le ministère de l'Intérieur dresse le bilan de l'année 2023",
        "Hespress FR",
        "2023-12-29",
        """
Le rapport d'activité du ministère de l'Intérieur au titre de l'année 2023, transmis aux membres de la commission de l'Intérieur de la Chambre des représentants, consacre un chapitre entier à la lutte contre le terrorisme.
⟦s1⟧
⟦s2⟧
Le document souligne que plusieurs opérations ont été menées en coordination avec la police espagnole, notamment dans la région de Nador.
Il relève aussi que la situation au Sahel, où sévissent des filiales de Daech et d'Al-Qaïda, constitue une menace directe pour la sécurité régionale.
""",
        listen=True,
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            219,
            "219",
            "s1",
            period=P("since", "2002", "2023-12-29", "depuis 2002"),
            org="MOI",
            raw="le rapport du ministère de l'Intérieur",
        ),
        C(
            "c2",
            "plots_foiled",
            500,
            "500",
            "s1",
            q="more_than",
            qt="plus de",
            period=P("since", "2002", "2023-12-29", "depuis 2002"),
            org="MOI",
            raw="le rapport du ministère de l'Intérieur",
        ),
        C(
            "c3",
            "cells_dismantled",
            6,
            "six",
            "s2",
            period=P("year", "2023", "2023", "Pour la seule année 2023"),
            org="MOI",
            raw="le département de l'Intérieur",
        ),
    ],
    traps=[SIDEBAR_TRAP["fr"]]
    + headline_traps(_side)
    + [
        T("le bilan de l'année 2023", "year in the title"),
        T("au titre de l'année 2023", "reporting year"),
    ],
    partners=["ES"],
    flags=["listen_block"],
)

_side = pick("fr", 12, 20)
article(
    "b27",
    "medias24_dgst_compteur",
    "txt",
    fmt="aggregator",
    lang="fr",
    meta=M(
        "Antiterrorisme: le compteur de la DGST affiche 222 cellules depuis 2002",
        "Médias24",
        "Medias24",
        "2024-03-21",
    ),
    sents={
        "s1": "Selon une source à la DGST, 222 cellules terroristes ont été démantelées au Maroc depuis 2002.",
        "s2": "La même source estime que plus de 500 projets d'attentats ont été avortés au cours de la même période.",
        "s3": "Grâce aux renseignements fournis par la DGST, la police allemande a par ailleurs interpellé le mois dernier un ressortissant soupçonné de préparer un attentat à Duisbourg.",
    },
    text=aggregator(
        "fr",
        _side,
        "Antiterrorisme: le compteur de la DGST affiche 222 cellules depuis 2002",
        "Médias24",
        "2024-03-21",
        """
⟦s1⟧ ⟦s2⟧
À l'approche de la CAN 2025 et de la Coupe du monde 2030, coorganisée avec l'Espagne et le Portugal, les services de sécurité renforcent leur dispositif de veille.
⟦s3⟧
Selon notre source, les cellules démantelées ces dernières années sont de plus en plus petites, souvent composées de deux ou trois individus radicalisés en ligne.
""",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            222,
            "222",
            "s1",
            period=P("since", "2002", "2024-03-21", "depuis 2002"),
            org="DGST",
            raw="une source à la DGST",
        ),
        C(
            "c2",
            "plots_foiled",
            500,
            "500",
            "s2",
            q="more_than",
            qt="plus de",
            period=P("since", "2002", "2024-03-21", "au cours de la même période"),
            org="DGST",
            raw="La même source",
        ),
    ],
    traps=[SIDEBAR_TRAP["fr"]]
    + headline_traps(_side)
    + [
        T("le compteur de la DGST affiche 222 cellules depuis 2002", "title: the body repeats the figure"),
        T("la CAN 2025 et de la Coupe du monde 2030", "bare years"),
        T("deux ou trois individus", "vague size of a typical cell"),
    ],
    partners=["DE"],
    not_partners=[
        NP(
            "ES",
            "coorganisée avec l'Espagne et le Portugal",
            "co-host of a football World Cup, not a security partner",
        ),
        NP(
            "PT",
            "coorganisée avec l'Espagne et le Portugal",
            "co-host of a football World Cup, not a security partner",
        ),
    ],
    flags=["title_repeats_figure"],
    notes="Partner from 'Grâce aux renseignements fournis par la DGST, la police allemande…'.",
)

article(
    "b28",
    "maroc_securite_hebdo_vingt_ans",
    "txt",
    fmt="wordpress",
    lang="fr",
    eol="CRLF",
    meta=M(
        "Vingt ans de lutte antiterroriste: ce que disent les chiffres",
        "Maroc Sécurité Hebdo",
        "Maroc Securite Hebdo",
        "2022-03-12",
        fictional=True,
    ),
    sents={
        "s1": "Depuis 2002, plus de deux cent dix cellules terroristes ont été démantelées par les services marocains, selon les données officielles.",
        "s2": "Au cours des trois dernières années, une trentaine de cellules ont encore été neutralisées, ce qui montre que la menace n'a pas disparu.",
        "s3": f"Toujours selon ces données, plus de 1{NBSP}600 Marocains ont rejoint les rangs de groupes terroristes en Syrie et en Irak.",
    },
    text=wordpress(
        "fr",
        ["Accueil", "Sécurité"],
        "Vingt ans de lutte antiterroriste: ce que disent les chiffres",
        """
Le 16 mai 2003, Casablanca découvrait la violence terroriste. Près de vingt ans plus tard, le Royaume a profondément transformé son dispositif sécuritaire et juridique, à commencer par la loi 03-03.
⟦s1⟧
⟦s2⟧
⟦s3⟧
Pour les spécialistes, la menace a changé de visage: des individus isolés, radicalisés sur les réseaux sociaux, ont remplacé les grandes structures hiérarchisées des années 2000.
""",
        dateline="12 mars 2022",
        author="Par la rédaction",
        copyright_line="© 2022 Maroc Sécurité Hebdo – Tous droits réservés",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            210,
            "deux cent dix",
            "s1",
            q="more_than",
            qt="plus de",
            period=P("since", "2002", "2022-03-12", "Depuis 2002"),
            org="official_unspecified",
            raw="les données officielles",
            notes="number in French words",
        ),
        C(
            "c2",
            "cells_dismantled",
            30,
            "une trentaine",
            "s2",
            q="about",
            qt="une trentaine",
            period=P("last_n_years", "2019", "2022-03-12", "Au cours des trois dernières années", n=3),
            org="official_unspecified",
            raw="les données officielles",
            notes="approximate collective number; attribution carried from the previous sentence",
        ),
        C(
            "c3",
            "fighters_joined",
            1600,
            f"1{NBSP}600",
            "s3",
            q="more_than",
            qt="plus de",
            period=P("cumulative_unspecified", None, "2022-03-12", None),
            org="official_unspecified",
            raw="Toujours selon ces données",
            notes="thousands grouped with a no-break space",
        ),
    ],
    traps=[
        T("Vingt ans de lutte antiterroriste", "duration in the title"),
        T("Le 16 mai 2003", "date of an attack"),
        T("Près de vingt ans", "duration with an 'about' qualifier"),
        T("la loi 03-03", "law number"),
        T("des années 2000", "decade"),
        T("12 mars 2022", "the WordPress date line"),
    ],
    not_partners=[
        NP("SY", "en Syrie et en Irak", "conflict zone"),
        NP("IQ", "en Syrie et en Irak", "conflict zone"),
    ],
    flags=["crlf", "wordpress_date_line", "number_words"],
)

article(
    "b29",
    "h24info_grace_royale",
    "txt",
    fmt="wordpress",
    lang="fr",
    meta=M(
        "Aïd Al-Fitr: grâce royale au profit de détenus condamnés pour terrorisme",
        "H24info",
        "H24info",
        "2022-05-03",
    ),
    sents={
        "o1": "Parmi les bénéficiaires figurent 29 détenus condamnés dans des affaires de terrorisme, qui ont suivi le programme Moussalaha et révisé leurs positions.",
        "s1": f"Depuis 2002, le Maroc a démantelé plus de 2{NBSP}000 cellules terroristes et interpellé plus de 3{NBSP}500 personnes soupçonnées de liens avec des groupes jihadistes.",
    },
    text=wordpress(
        "fr",
        ["Accueil", "Maroc"],
        "Aïd Al-Fitr: grâce royale au profit de détenus condamnés pour terrorisme",
        f"""
À l'occasion de l'Aïd Al-Fitr, le roi Mohammed VI a accordé sa grâce à 1{NBSP}002 personnes condamnées par différents tribunaux du Royaume, selon un communiqué du ministère de la Justice.
⟦o1⟧
Lancé en 2017 par la Délégation générale à l'administration pénitentiaire, ce programme de réconciliation a déjà connu plusieurs éditions.
⟦s1⟧
Le Royaume a été frappé par des attentats meurtriers à Casablanca en 2003 et à Marrakech en 2011.
""",
        dateline="3 mai 2022",
        copyright_line="H24info © 2022",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            2000,
            f"2{NBSP}000",
            "s1",
            q="more_than",
            qt="plus de",
            period=P("since", "2002", "2022-05-03", "Depuis 2002"),
            org="unspecified",
            notes="a bound ten times every other source (about 210 in 2022): extracted as printed, implausible_value",
        ),
        C(
            "c2",
            "persons_arrested",
            3500,
            f"3{NBSP}500",
            "s1",
            q="more_than",
            qt="plus de",
            period=P("since", "2002", "2022-05-03", "Depuis 2002"),
            org="unspecified",
        ),
    ],
    optional=[
        C(
            "o1",
            "convicts_pardoned",
            29,
            "29",
            "o1",
            period=P("event", "2022-05", "2022-05", None),
            org="unspecified",
            notes="pardons of terrorism convicts: outside the contract's metrics, a reader may record it or not",
        ),
    ],
    traps=[
        T(f"1{NBSP}002 personnes", "royal pardon for all offences, not a counter-terrorism figure"),
        T("Lancé en 2017", "bare year"),
        T("à Casablanca en 2003 et à Marrakech en 2011", "years of attacks"),
        T("3 mai 2022", "the WordPress date line"),
    ],
    flags=["wordpress_date_line", "implausible_bound"],
)

article(
    "b30",
    "yabiladi_retours",
    "txt",
    fmt="wordpress",
    lang="fr",
    meta=M(
        "Terrorisme: 12 Marocains sont rentrés des zones de conflit en 2022",
        "Yabiladi",
        "Yabiladi",
        "2022-11-24",
    ),
    sents={
        "s1": "Selon un rapport du ministère de l'Intérieur présenté aux députés, 12 Marocains sont revenus des zones de conflit en Syrie et en Irak en 2022.",
        "s2": "Au cours de la même période, huit d'entre eux ont été déférés devant la justice pour appartenance à Daech.",
        "s3": "Le rapport fait aussi état d'environ 270 Marocains toujours retenus dans des camps en Syrie, en Irak et dans les zones contrôlées par les forces kurdes, dont 180 enfants.",
        "s4": "Depuis le début du conflit syrien, moins de 300 combattants sont rentrés au Maroc, selon le même document.",
    },
    text=wordpress(
        "fr",
        ["Accueil", "Actualités", "Politique"],
        "Terrorisme: 12 Marocains sont rentrés des zones de conflit en 2022",
        """
⟦s1⟧ ⟦s2⟧
⟦s3⟧ ⟦s4⟧
Le rapport souligne que le retour des combattants ayant rejoint des organisations terroristes en Syrie, en Irak et au Sahel reste «l'un des défis les plus importants» pour le Royaume.
En mars 2019, un premier groupe de ressortissants avait été rapatrié de Syrie dans le cadre d'une opération qualifiée d'humanitaire par les autorités.
""",
        dateline="24 novembre 2022",
        author="Par la rédaction de Yabiladi",
    ),
    claims=[
        C(
            "c1",
            "returnees",
            12,
            "12",
            "s1",
            period=P("year", "2022", "2022", "en 2022"),
            org="MOI",
            raw="un rapport du ministère de l'Intérieur présenté aux députés",
            notes="'sont revenus': the metric comes from the verb; a report presented to MPs is the ministry",
        ),
        C(
            "c2",
            "returnees_arrested",
            8,
            "huit",
            "s2",
            period=P("year", "2022", "2022", "Au cours de la même période"),
            org="MOI",
            raw="un rapport du ministère de l'Intérieur présenté aux députés",
            notes="'déférés devant la justice': returnees arrested; period inherited",
        ),
        C(
            "c3",
            "fighters_detained_abroad",
            270,
            "270",
            "s3",
            q="about",
            qt="environ",
            period=P("unspecified", None, None, None),
            as_of="2022-11",
            org="MOI",
            raw="Le rapport",
            notes="'retenues dans des camps': a stock, 'toujours' = currently, dated to the byline month",
        ),
        C(
            "c4",
            "fighters_detained_abroad",
            180,
            "180",
            "s3",
            subset="minors",
            period=P("unspecified", None, None, None),
            as_of="2022-11",
            org="MOI",
            raw="Le rapport",
        ),
        C(
            "c5",
            "returnees",
            300,
            "300",
            "s4",
            q="less_than",
            qt="moins de",
            period=P("cumulative_unspecified", None, "2022-11-24", "Depuis le début du conflit syrien"),
            org="MOI",
            raw="le même document",
            notes="a running total with no start year",
        ),
    ],
    traps=[
        T(
            "Terrorisme: 12 Marocains sont rentrés des zones de conflit en 2022",
            "title: the body repeats the figure",
        ),
        T("En mars 2019", "date"),
        T("24 novembre 2022", "the WordPress date line"),
    ],
    not_partners=[
        NP("SY", "en Syrie et en Irak", "conflict zone"),
        NP("IQ", "en Syrie et en Irak", "conflict zone"),
    ],
    flags=["wordpress_date_line", "title_repeats_figure", "same_period_inherited"],
)

article(
    "b31",
    "telquel_rapport_parlementaire",
    "txt",
    fmt="clean",
    lang="fr",
    meta=M(
        "Marocains de Daech: le rapport parlementaire qui lève le voile", "TelQuel", "TelQuel", "2021-07-14"
    ),
    sents={
        "s1": f"Selon le rapport de la mission exploratoire, 1{NNBSP}659 Marocains ont rejoint des groupes terroristes dans la zone syro-irakienne, dont 290 femmes et 628 mineurs.",
        "s2": "Toujours selon le document, 745 ont été tués sur place et 270 sont revenus au Maroc.",
        "s3": f"Quelque 1{NBSP}060 d'entre eux avaient rallié les rangs de Daech, rappelle le document.",
    },
    text="""Marocains de Daech: le rapport parlementaire qui lève le voile
TelQuel | Le 14/07/2021 à 19h05
La mission exploratoire constituée par la Chambre des représentants sur les Marocains bloqués en Syrie et en Irak a rendu ses conclusions. Un document rare, qui rassemble des chiffres officiels et les témoignages des familles.
⟦s1⟧
⟦s2⟧ ⟦s3⟧
Entendu par la commission, le ministre de l'Intérieur a estimé que chaque retour devait être examiné au cas par cas, en tenant compte des impératifs de sécurité.
Les membres de la mission ont également rencontré des familles qui attendent depuis plusieurs années des nouvelles de leurs proches, souvent passés par la Turquie avant de rejoindre les zones de combat.
""",
    claims=[
        C(
            "c1",
            "fighters_joined",
            1659,
            f"1{NNBSP}659",
            "s1",
            period=P("cumulative_unspecified", None, "2021-07-14", None),
            org="PARLIAMENT",
            raw="le rapport de la mission exploratoire",
            notes="thousands grouped with a narrow no-break space (U+202F); a parliamentary report is PARLIAMENT",
        ),
        C(
            "c2",
            "fighters_joined",
            290,
            "290",
            "s1",
            subset="women",
            period=P("cumulative_unspecified", None, "2021-07-14", None),
            org="PARLIAMENT",
            raw="le rapport de la mission exploratoire",
        ),
        C(
            "c3",
            "fighters_joined",
            628,
            "628",
            "s1",
            subset="minors",
            period=P("cumulative_unspecified", None, "2021-07-14", None),
            org="PARLIAMENT",
            raw="le rapport de la mission exploratoire",
        ),
        C(
            "c4",
            "fighters_killed",
            745,
            "745",
            "s2",
            period=P("cumulative_unspecified", None, "2021-07-14", None),
            org="PARLIAMENT",
            raw="Toujours selon le document",
            notes="'N ont été tués': a number followed by a verb",
        ),
        C(
            "c5",
            "returnees",
            270,
            "270",
            "s2",
            period=P("cumulative_unspecified", None, "2021-07-14", None),
            org="PARLIAMENT",
            raw="Toujours selon le document",
            notes="'N sont revenus'",
        ),
        C(
            "c6",
            "fighters_joined",
            1060,
            f"1{NBSP}060",
            "s3",
            q="about",
            qt="Quelque",
            subset="isis_linked",
            period=P("cumulative_unspecified", None, "2021-07-14", None),
            org="PARLIAMENT",
            raw="rappelle le document",
        ),
    ],
    traps=[T("Le 14/07/2021 à 19h05", "date line"), T("depuis plusieurs années", "vague duration")],
    not_partners=[
        NP("TR", "souvent passés par la Turquie", "transit country"),
        NP("SY", "bloqués en Syrie et en Irak", "conflict zone"),
        NP("IQ", "bloqués en Syrie et en Irak", "conflict zone"),
    ],
    flags=["date_line_in_clean", "narrow_nbsp", "verb_after_number"],
)

article(
    "b32",
    "lematin_bcij_bilan",
    "txt",
    fmt="clean",
    lang="fr",
    meta=M(
        "BCIJ: 99 cellules démantelées depuis 2015", "Le Matin", "Le Matin", "2024-05-16", dateline="Rabat"
    ),
    sents={
        "s1": "Le directeur du Bureau central d'investigations judiciaires (BCIJ), Cherkaoui Habboub, a indiqué jeudi à Salé que 1.357 personnes ont été interpellées depuis la création du Bureau en mars 2015.",
        "s2": "Ces arrestations ont été opérées dans le cadre du démantèlement de 99 cellules terroristes, a-t-il précisé.",
    },
    text="""BCIJ: 99 cellules démantelées depuis 2015
Le Matin | 16 mai 2024 à 17:40
Rabat – Le Bureau central d'investigations judiciaires a présenté jeudi à Salé le bilan de ses neuf premières années d'activité, lors d'une rencontre avec la presse.
⟦s1⟧ ⟦s2⟧
Le responsable a souligné que plusieurs de ces opérations ont été menées en étroite collaboration avec les services espagnols, notamment contre des réseaux de recrutement de combattants.
Il a par ailleurs rappelé que les suspects sont placés en garde à vue pour une durée de 96 heures, renouvelable deux fois, conformément à la loi.
""",
    claims=[
        C(
            "c1",
            "persons_arrested",
            1357,
            "1.357",
            "s1",
            period=P("since", "2015-03", "2024-05-16", "depuis la création du Bureau en mars 2015"),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="Le directeur du Bureau central d'investigations judiciaires (BCIJ), Cherkaoui Habboub",
            notes="thousands separated by a dot",
        ),
        C(
            "c2",
            "cells_dismantled",
            99,
            "99",
            "s2",
            period=P("since", "2015-03", "2024-05-16", None),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="a-t-il précisé",
            notes="speaker after the figure; period inherited",
        ),
    ],
    traps=[
        T("BCIJ: 99 cellules démantelées depuis 2015", "title: the body repeats the figure"),
        T("neuf premières années", "duration"),
        T("96 heures", "custody duration"),
        T("renouvelable deux fois", "number of renewals"),
        T("16 mai 2024 à 17:40", "date line"),
    ],
    partners=["ES"],
    flags=["dateline", "date_line_in_clean", "title_repeats_figure", "dot_thousands"],
)

article(
    "b33",
    "echo_du_nord_quinze_ans",
    "txt",
    fmt="clean",
    lang="fr",
    encoding="utf-8-sig",
    meta=M(
        "Quinze ans de lutte antiterroriste: le bilan chiffré",
        "L'Écho du Nord",
        "L'Echo du Nord",
        "2017-01-10",
        dateline="Tanger",
        fictional=True,
    ),
    sents={
        "s1": "Depuis 2002 et jusqu'à fin décembre 2016, les services de sécurité ont démantelé 167 cellules terroristes, dont 21 en 2015 et 19 en 2016, selon des chiffres officiels.",
        "s2": f"Ces opérations ont permis l'interpellation de 2{NBSP}963 personnes, dont 277 avaient un lourd passé judiciaire.",
        "s3": "Le BCIJ, à lui seul, a déféré 548 personnes devant la justice en 2015 et 2016, soit 275 la première année et 273 la seconde.",
        "s4": f"À la même date, plus de 1{NBSP}600 Marocains avaient rejoint les foyers de tension, selon la même source.",
    },
    text="""Quinze ans de lutte antiterroriste: le bilan chiffré
L'Écho du Nord
Tanger, le 10 janvier 2017 – La lutte contre le terrorisme reste une priorité absolue des services de sécurité, quinze ans après les premiers démantèlements de cellules liées à Al-Qaïda.
⟦s1⟧
⟦s2⟧
⟦s3⟧
⟦s4⟧
Sur le plan international, la coopération avec l'Espagne s'est intensifiée depuis les attentats de Paris, et plusieurs réseaux ont été démantelés conjointement des deux côtés du détroit.
""",
    claims=[
        C(
            "c1",
            "cells_dismantled",
            167,
            "167",
            "s1",
            period=P("since", "2002", "2016-12", "Depuis 2002 et jusqu'à fin décembre 2016"),
            as_of="2016-12",
            org="official_unspecified",
            raw="des chiffres officiels",
            notes="cumulative up to the end of December 2016, not that month",
        ),
        C(
            "c2",
            "cells_dismantled",
            21,
            "21",
            "s1",
            period=P("year", "2015", "2015", "en 2015"),
            org="official_unspecified",
            raw="des chiffres officiels",
            notes="'dont 21 en 2015 et 19 en 2016': part of the total, year after the number",
        ),
        C(
            "c3",
            "cells_dismantled",
            19,
            "19",
            "s1",
            period=P("year", "2016", "2016", "en 2016"),
            org="official_unspecified",
            raw="des chiffres officiels",
        ),
        C(
            "c4",
            "persons_arrested",
            2963,
            f"2{NBSP}963",
            "s2",
            period=P("since", "2002", "2016-12", None),
            as_of="2016-12",
            org="official_unspecified",
            raw="des chiffres officiels",
            notes="period inherited from the previous sentence",
        ),
        C(
            "c5",
            "persons_arrested",
            277,
            "277",
            "s2",
            subset="with_criminal_record",
            period=P("since", "2002", "2016-12", None),
            as_of="2016-12",
            org="official_unspecified",
            raw="des chiffres officiels",
        ),
        C(
            "c6",
            "persons_arrested",
            548,
            "548",
            "s3",
            period=P("range", "2015", "2016", "en 2015 et 2016"),
            org="official_unspecified",
            raw="des chiffres officiels",
            notes="the BCIJ's referrals; paired years are a range",
        ),
        C(
            "c7",
            "persons_arrested",
            275,
            "275",
            "s3",
            period=P("year", "2015", "2015", "la première année"),
            org="official_unspecified",
            raw="des chiffres officiels",
            notes="'X la première année et Y la seconde'",
        ),
        C(
            "c8",
            "persons_arrested",
            273,
            "273",
            "s3",
            period=P("year", "2016", "2016", "la seconde"),
            org="official_unspecified",
            raw="des chiffres officiels",
        ),
        C(
            "c9",
            "fighters_joined",
            1600,
            f"1{NBSP}600",
            "s4",
            q="more_than",
            qt="plus de",
            period=P("cumulative_unspecified", None, "2016-12", "À la même date"),
            as_of="2016-12",
            org="official_unspecified",
            raw="la même source",
        ),
    ],
    traps=[
        T("Quinze ans de lutte antiterroriste", "duration in the title"),
        T("Tanger, le 10 janvier 2017", "dateline and date"),
        T("quinze ans après", "duration"),
    ],
    partners=["ES"],
    not_partners=[NP("FR", "les attentats de Paris", "the place of an attack")],
    flags=["bom", "dateline", "date_line_in_clean", "until_end_of_month"],
)

_aside = pick("fr", 3, 4)
article(
    "b34",
    "hespressfr_hammouchi",
    "html",
    fmt="html",
    lang="fr",
    meta=M(
        "Hammouchi: «Le Maroc reste une cible, mais nos services veillent»",
        "Hespress FR",
        "Hespress FR",
        "2025-03-18",
    ),
    sents={
        "s1": "Selon le directeur général de la DGST, Abdellatif Hammouchi, les services marocains ont démantelé 225 cellules terroristes depuis 2002.",
        "s2": "Il a ajouté que plus de 500 projets terroristes ont été mis en échec au cours de la même période.",
        "s3": "La coopération avec l'Espagne s'est traduite par une vingtaine d'opérations conjointes depuis 2014, a-t-il précisé.",
    },
    text=html_page(
        "fr",
        title="Hammouchi: «Le Maroc reste une cible, mais nos services veillent»",
        head_title="Hammouchi: «Le Maroc reste une cible, mais nos services veillent» - Hespress FR",
        site="Hespress FR",
        nav=FR_NAV,
        kicker="Entretien",
        byline="Par la rédaction | Publié le 18/03/2025 à 10h15",
        views=f"1{NBSP}204 vues",
        body=f"""
Dans un entretien exceptionnel, le patron de la sécurité nationale et du renseignement intérieur revient sur l'évolution de la menace terroriste et sur la coopération internationale du Royaume.
⟦s1⟧ ⟦s2⟧
## Une coopération exemplaire avec Madrid
⟦s3⟧
Le responsable a également évoqué la sécurisation des grands événements sportifs, à commencer par la CAN, qui a mobilisé plus de 10{NBSP}000 agents.
""",
        aside_title="À lire aussi",
        aside=_aside,
        footer="© Hespress FR 2025 - Tous droits réservés",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            225,
            "225",
            "s1",
            period=P("since", "2002", "2025-03-18", "depuis 2002"),
            org="DGST",
            person="Abdellatif Hammouchi",
            raw="le directeur général de la DGST, Abdellatif Hammouchi",
            notes="Hammouchi speaking as head of the DGST",
        ),
        C(
            "c2",
            "plots_foiled",
            500,
            "500",
            "s2",
            q="more_than",
            qt="plus de",
            period=P("since", "2002", "2025-03-18", "au cours de la même période"),
            org="DGST",
            person="Abdellatif Hammouchi",
            raw="Abdellatif Hammouchi",
        ),
        C(
            "c3",
            "joint_operations",
            20,
            "une vingtaine",
            "s3",
            q="about",
            qt="une vingtaine",
            period=P("since", "2014", "2025-03-18", "depuis 2014"),
            org="DGST",
            person="Abdellatif Hammouchi",
            raw="a-t-il précisé",
            notes="joint operations with Spain",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T(f"plus de 10{NBSP}000 agents", "staff mobilised for a sports event"),
        T("Publié le 18/03/2025 à 10h15", "byline date"),
        T(f"1{NBSP}204 vues", "view count"),
    ],
    partners=["ES"],
    flags=["html", "visible_byline_date"],
)

_aside = pick("fr", 15, 4)
article(
    "b35",
    "ledesk_bcij_rythme",
    "html",
    fmt="html",
    lang="fr",
    meta=M("Menace terroriste: le BCIJ a gardé le rythme en 2023", "Le Desk", "Le Desk", "2024-01-09"),
    sents={
        "s1": "L'an dernier, neuf cellules terroristes ont été démantelées au Maroc, selon une source sécuritaire contactée par Le Desk.",
        "s2": "Depuis sa création en 2015, le BCIJ a démantelé près de 100 cellules, ajoute cette source.",
        "s3": "En 2021, pas plus de six cellules avaient été démantelées, rappelle la même source.",
    },
    text=html_page(
        "fr",
        title="Menace terroriste: le BCIJ a gardé le rythme en 2023",
        site="Le Desk",
        nav=FR_NAV,
        byline="Par Le Desk",
        jsonld_date="2024-01-09T08:00:00+01:00",
        body=f"""
Malgré un recul apparent du nombre d'opérations médiatisées, l'activité antiterroriste ne s'est pas relâchée au Maroc, selon plusieurs sources concordantes.
⟦s1⟧ ⟦s2⟧ ⟦s3⟧
Dans la région du Sahel, plus de 6{NBSP}000 personnes ont été tuées dans des violences jihadistes en 2023, selon le décompte d'une ONG, ce qui alimente l'inquiétude des services marocains.
Les groupes affiliés à Daech au Mali, au Burkina Faso et au Niger multiplient les tentatives de recrutement en ligne.
""",
        aside_title="Sur le même sujet",
        aside=_aside,
        footer="Le Desk © 2024",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            9,
            "neuf",
            "s1",
            period=P("year", "2023", "2023", "L'an dernier"),
            org="official_unspecified",
            raw="une source sécuritaire",
            notes="'last year' from the JSON-LD date 2024-01-09; the ministry gives 6 for 2023 (same_period_disagreement)",
        ),
        C(
            "c2",
            "cells_dismantled",
            100,
            "100",
            "s2",
            q="about",
            qt="près de",
            period=P("since", "2015", "2024-01-09", "Depuis sa création en 2015"),
            org="official_unspecified",
            raw="cette source",
        ),
        C(
            "c3",
            "cells_dismantled",
            6,
            "six",
            "s3",
            q="at_most",
            qt="pas plus de",
            period=P("year", "2021", "2021", "En 2021"),
            org="official_unspecified",
            raw="la même source",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T(f"plus de 6{NBSP}000 personnes ont été tuées", "deaths in the Sahel: another region's figure"),
    ],
    not_partners=[
        NP("ML", "au Mali, au Burkina Faso et au Niger", "conflict zone"),
        NP("BF", "au Mali, au Burkina Faso et au Niger", "conflict zone"),
        NP("NE", "au Mali, au Burkina Faso et au Niger", "conflict zone"),
    ],
    flags=["html", "jsonld_date_only"],
)

_aside = pick("fr", 21, 4)
article(
    "b36",
    "lopinion_sahel_alerte",
    "html",
    fmt="html",
    lang="fr",
    encoding="utf-16",
    meta=M("Sahel: la menace se rapproche, le Maroc reste en alerte", "L'Opinion", "L'Opinion", "2025-06-05"),
    sents={
        "s0": "Le Maroc n'a été frappé que par trois attentats depuis 2003, mais la dégradation de la situation au sud du Sahara inquiète.",
        "s1": "Depuis le début de l'année, au moins quatre cellules ont été démantelées dans le Royaume, selon des sources sécuritaires.",
        "s2": "Le BCIJ a démantelé 94 cellules depuis sa création en 2015, selon les mêmes sources.",
    },
    text=html_page(
        "fr",
        title="Sahel: la menace se rapproche, le Maroc reste en alerte",
        site="L'Opinion",
        nav=FR_NAV,
        charset="utf-16",
        byline="Par la rédaction",
        published_meta="2025-06-05T07:30:00+01:00",
        body=f"""
⟦s0⟧ Au Sahel, plus de 3{NBSP}000 attaques jihadistes ont été recensées en 2024, d'après un observatoire international, un niveau jamais atteint dans la région.
⟦s1⟧ ⟦s2⟧
Dans le dernier Global Terrorism Index, le Royaume figure au 97e rang, parmi les pays les moins touchés.
Les experts insistent sur la nécessité d'une coopération renforcée avec les pays de la région, malgré le retrait du Mali, du Burkina Faso et du Niger de plusieurs cadres régionaux.
""",
        aside_title="Lire aussi",
        aside=_aside,
        footer="L'Opinion - Tous droits réservés",
    ),
    claims=[
        C(
            "c0",
            "terrorist_attacks",
            3,
            "trois",
            "s0",
            period=P("since", "2003", "2025-06-05", "depuis 2003"),
            org="unspecified",
            notes="the author's own assertion, first sentence, no source named yet",
        ),
        C(
            "c1",
            "cells_dismantled",
            4,
            "quatre",
            "s1",
            q="at_least",
            qt="au moins",
            period=P("year_to_date", "2025", "2025-06-05", "Depuis le début de l'année"),
            org="official_unspecified",
            raw="des sources sécuritaires",
        ),
        C(
            "c2",
            "cells_dismantled",
            94,
            "94",
            "s2",
            period=P("since", "2015", "2025-06-05", "depuis sa création en 2015"),
            org="official_unspecified",
            raw="les mêmes sources",
            notes="below the 104 given in February 2025 (cumulative_decrease)",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T(
            f"plus de 3{NBSP}000 attaques jihadistes ont été recensées en 2024",
            "attacks in the Sahel: another region's figure",
        ),
        T("au 97e rang", "rank in an index"),
    ],
    not_partners=[
        NP("ML", "du Mali, du Burkina Faso et du Niger", "named as withdrawing from regional cooperation"),
        NP("BF", "du Mali, du Burkina Faso et du Niger", "named as withdrawing from regional cooperation"),
        NP("NE", "du Mali, du Burkina Faso et du Niger", "named as withdrawing from regional cooperation"),
    ],
    flags=["html", "utf-16", "published_time_meta_only"],
)


# =================================================================================================
# ENGLISH (Moroccan English-language outlets and wire copy)
# =================================================================================================
_side = pick("en", 0, 18)
article(
    "b37",
    "mwn_dgst_cells",
    "txt",
    fmt="aggregator",
    lang="en",
    meta=M(
        "DGST: Morocco Has Dismantled 207 Terror Cells Since 2002",
        "Morocco World News",
        "Morocco World News",
        "2020-11-18",
    ),
    sents={
        "s1": "Morocco's security services have dismantled 207 terrorist cells since 2002, according to sources at the General Directorate for Territorial Surveillance (DGST).",
        "s2": "In the past three years alone, 32 cells were neutralized, most of them linked to the so-called Islamic State.",
        "o1": "The country's last attacks were the 2011 Argana cafe bombing in Marrakech and the 2018 murder of two Scandinavian tourists near Imlil.",
    },
    text=aggregator(
        "en",
        _side,
        "DGST: Morocco Has Dismantled 207 Terror Cells Since 2002",
        "Morocco World News",
        "2020-11-18",
        """
⟦s1⟧ ⟦s2⟧
The figures were shared with the state news agency MAP as part of a broader presentation of Morocco's proactive counterterrorism strategy.
⟦o1⟧
Security services sometimes intervene within 24 hours when they have reliable intelligence that a cell is about to act, the DGST sources added.
""",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            207,
            "207",
            "s1",
            period=P("since", "2002", "2020-11-18", "since 2002"),
            org="DGST",
            raw="sources at the General Directorate for Territorial Surveillance (DGST)",
        ),
        C(
            "c2",
            "cells_dismantled",
            32,
            "32",
            "s2",
            period=P("last_n_years", "2017", "2020-11-18", "In the past three years", n=3),
            org="DGST",
            raw="sources at the General Directorate for Territorial Surveillance (DGST)",
            notes="attribution carried from the previous sentence",
        ),
    ],
    optional=[
        C(
            "o1",
            "attack_fatalities",
            2,
            "two",
            "o1",
            period=P("event", "2018", "2018", None),
            org="unspecified",
            notes="victims of one attack",
        ),
    ],
    traps=[SIDEBAR_TRAP["en"]]
    + headline_traps(_side)
    + [
        T("DGST: Morocco Has Dismantled 207 Terror Cells Since 2002", "title: the body repeats the figure"),
        T("the 2011 Argana cafe bombing", "year of an attack"),
        T("within 24 hours", "duration"),
    ],
    flags=["title_repeats_figure"],
)

_side = pick("en", 6, 18)
article(
    "b38",
    "hespress_en_arrests",
    "txt",
    fmt="aggregator",
    lang="en",
    meta=M(
        "Morocco's Anti-Terror Push: 41 Suspects Arrested Since January",
        "Hespress English",
        "Hespress English",
        "2024-07-10",
    ),
    sents={
        "s1": "Since the start of the year, 41 people have been arrested in terrorism-related cases, security sources told Hespress English.",
        "s2": "The Central Bureau of Judicial Investigation has dismantled nearly 100 cells since it was set up in 2015, the same sources said.",
    },
    text=aggregator(
        "en",
        _side,
        "Morocco's Anti-Terror Push: 41 Suspects Arrested Since January",
        "Hespress English",
        "2024-07-10",
        """
⟦s1⟧
Most of the suspects, aged 19 to 34, were arrested in the northern cities of Tangier, Tetouan and Nador, according to the same sources.
⟦s2⟧
Security sources also pointed to the growing role of encrypted messaging apps in the recruitment of young Moroccans by ISIS affiliates in the Sahel.
""",
    ),
    claims=[
        C(
            "c1",
            "persons_arrested",
            41,
            "41",
            "s1",
            period=P("year_to_date", "2024", "2024-07-10", "Since the start of the year"),
            org="official_unspecified",
            raw="security sources",
            notes="the same outlet later gives 33 for the whole of 2024 (partial_exceeds_whole)",
        ),
        C(
            "c2",
            "cells_dismantled",
            100,
            "100",
            "s2",
            q="about",
            qt="nearly",
            period=P("since", "2015", "2024-07-10", "since it was set up in 2015"),
            org="official_unspecified",
            raw="the same sources",
        ),
    ],
    traps=[SIDEBAR_TRAP["en"]]
    + headline_traps(_side)
    + [
        T("41 Suspects Arrested Since January", "title: the body repeats the figure"),
        T("aged 19 to 34", "ages"),
    ],
    flags=["title_repeats_figure"],
)

_aside = pick("en", 2, 4)
article(
    "b39",
    "hespress_en_review",
    "html",
    fmt="html",
    lang="en",
    meta=M(
        "2024 in Review: Morocco's Counterterrorism Record",
        "Hespress English",
        "Hespress English",
        "2025-01-03",
    ),
    sents={
        "s1": "In 2024, Moroccan authorities arrested 33 people in terrorism cases, security sources told Hespress English.",
        "s2": "The number of cells dismantled over the year was no more than five, the same sources added.",
    },
    text=html_page(
        "en",
        title="2024 in Review: Morocco's Counterterrorism Record",
        site="Hespress English",
        nav=EN_NAV,
        byline="Hespress English | Friday, January 3, 2025",
        views="2,518 views",
        body="""
Morocco closed 2024 on a quiet note, a record that security officials attribute to early intervention and intelligence sharing.
⟦s1⟧ ⟦s2⟧
Intelligence shared with Spain led to several joint arrests on both sides of the Strait of Gibraltar, according to officials.
Officials warned that the threat from ISIS branches in the Sahel remains high ahead of major sporting events, including the 2030 World Cup.
""",
        aside_title="Related",
        aside=_aside,
        footer="© 2025 Hespress English. All rights reserved.",
    ),
    claims=[
        C(
            "c1",
            "persons_arrested",
            33,
            "33",
            "s1",
            period=P("year", "2024", "2024", "In 2024"),
            org="official_unspecified",
            raw="security sources",
            notes="below the 41 the same outlet reported for January to early July 2024 (partial_exceeds_whole)",
        ),
        C(
            "c2",
            "cells_dismantled",
            5,
            "five",
            "s2",
            q="at_most",
            qt="no more than",
            period=P("year", "2024", "2024", "over the year"),
            org="official_unspecified",
            raw="the same sources",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("2024 in Review", "year in the title"),
        T("the 2030 World Cup", "bare year"),
        T("Friday, January 3, 2025", "byline date"),
        T("2,518 views", "view count"),
    ],
    partners=["ES"],
    flags=["html", "visible_byline_date"],
)

article(
    "b40",
    "mwn_bcij_returnees",
    "txt",
    fmt="wordpress",
    lang="en",
    eol="CRLF",
    meta=M(
        "BCIJ Official: Returnees From Syria, Iraq Remain a Challenge",
        "Morocco World News",
        "Morocco World News",
        "2021-05-18",
    ),
    sents={
        "s1": "A senior official at the Central Bureau of Judicial Investigation (BCIJ) told reporters that 1,659 Moroccans had joined terrorist groups in Syria and Iraq, including 225 with prior terrorism convictions.",
        "s2": "Of those fighters, 270 returned home, and 137 of the returnees were arrested and prosecuted, he said.",
        "s3": "Women who traveled to the conflict zone numbered about 290, and 99 of them have come back to Morocco, the official added.",
    },
    text=wordpress(
        "en",
        ["Home", "News", "Morocco"],
        "BCIJ Official: Returnees From Syria, Iraq Remain a Challenge",
        """
Moroccan security officials on Monday gave new figures on nationals who joined terrorist groups abroad, as the debate over the repatriation of women and children held in Syrian camps continues.
⟦s1⟧
⟦s2⟧
⟦s3⟧
Most of the fighters left Morocco between 2013 and 2015, before the introduction of biometric passports and tighter border controls, the official said.
""",
        dateline="May 18, 2021",
        author="By Morocco World News",
        copyright_line="© 2021 Morocco World News. All rights reserved.",
    ),
    claims=[
        C(
            "c1",
            "fighters_joined",
            1659,
            "1,659",
            "s1",
            period=P("cumulative_unspecified", None, "2021-05-18", None),
            org="BCIJ",
            raw="A senior official at the Central Bureau of Judicial Investigation (BCIJ)",
            notes="'in Syria and Iraq' adds no subset to fighters_joined",
        ),
        C(
            "c2",
            "fighters_joined",
            225,
            "225",
            "s1",
            subset="former_detainees",
            period=P("cumulative_unspecified", None, "2021-05-18", None),
            org="BCIJ",
            raw="A senior official at the Central Bureau of Judicial Investigation (BCIJ)",
        ),
        C(
            "c3",
            "returnees",
            270,
            "270",
            "s2",
            period=P("cumulative_unspecified", None, "2021-05-18", None),
            org="BCIJ",
            raw="he said",
            notes="'N returned home'",
        ),
        C(
            "c4",
            "returnees_arrested",
            137,
            "137",
            "s2",
            period=P("cumulative_unspecified", None, "2021-05-18", None),
            org="BCIJ",
            raw="he said",
        ),
        C(
            "c5",
            "fighters_joined",
            290,
            "290",
            "s3",
            q="about",
            qt="about",
            subset="women",
            period=P("cumulative_unspecified", None, "2021-05-18", None),
            org="BCIJ",
            raw="the official added",
        ),
        C(
            "c6",
            "returnees",
            99,
            "99",
            "s3",
            subset="women",
            period=P("cumulative_unspecified", None, "2021-05-18", None),
            org="BCIJ",
            raw="the official added",
            notes="'99 of them have come back'",
        ),
    ],
    traps=[
        T("between 2013 and 2015", "years of departure, not a figure"),
        T("May 18, 2021", "the WordPress date line"),
    ],
    not_partners=[
        NP("SY", "in Syria and Iraq", "conflict zone"),
        NP("IQ", "in Syria and Iraq", "conflict zone"),
    ],
    flags=["crlf", "wordpress_date_line"],
)

article(
    "b41",
    "northafricapost_repatriation",
    "txt",
    fmt="wordpress",
    lang="en",
    meta=M(
        "Morocco Repatriates 8 Nationals From Syria",
        "The North Africa Post",
        "North Africa Post",
        "2019-03-12",
    ),
    sents={
        "s1": "Morocco has repatriated eight of its nationals who were stranded in conflict zones in Syria, in coordination with the United States, the Interior Ministry said on Sunday.",
    },
    text=wordpress(
        "en",
        ["Home", "Morocco"],
        "Morocco Repatriates 8 Nationals From Syria",
        """
⟦s1⟧
The ministry described the operation as a humanitarian gesture and said those repatriated would be investigated for possible involvement in terrorism-related offenses.
Kurdish-led forces in northeastern Syria hold about 2,000 foreign fighters from dozens of countries, many of whom their governments have refused to take back.
European countries have been particularly reluctant, especially since the 2015 Paris attacks, which were carried out by a cell that included men who had fought in Syria.
""",
        dateline="March 12, 2019",
        copyright_line="© 2019 The North Africa Post",
    ),
    claims=[
        C(
            "c1",
            "returnees",
            8,
            "eight",
            "s1",
            period=P("event", "2019-03-10", "2019-03-10", None),
            org="MOI",
            raw="the Interior Ministry said",
            notes="one repatriation operation announced on Sunday 10 March 2019",
        ),
    ],
    traps=[
        T("Morocco Repatriates 8 Nationals From Syria", "title: the body repeats the figure"),
        T(
            "about 2,000 foreign fighters from dozens of countries",
            "fighters of all nationalities held by another force",
        ),
        T("the 2015 Paris attacks", "year and place of an attack"),
    ],
    partners=["US"],
    not_partners=[
        NP("FR", "the 2015 Paris attacks", "the place of an attack"),
        NP("SY", "conflict zones in Syria", "conflict zone"),
    ],
    flags=["wordpress_date_line", "title_repeats_figure"],
)

article(
    "b42",
    "atlas_security_review_maghreb",
    "txt",
    fmt="wordpress",
    lang="en",
    encoding="utf-8-sig",
    meta=M(
        "Foreign Fighters From the Maghreb: A Comparative Look",
        "Atlas Security Review",
        "Atlas Security Review",
        None,
        fictional=True,
    ),
    sents={
        "s1": "The study counts at least 1,500 Moroccans who traveled to Syria and Iraq to fight alongside extremist groups.",
        "s2": "Between 2002 and 2015, Moroccan services broke up 132 cells, a pace the authors describe as steady.",
    },
    text=wordpress(
        "en",
        ["Home", "Analysis"],
        "Foreign Fighters From the Maghreb: A Comparative Look",
        """
A new study by the Rabat-based Institute for Maghreb Security Studies compares how Morocco, Tunisia and Algeria have dealt with citizens who joined jihadist groups in Syria, Iraq and Libya.
⟦s1⟧
⟦s2⟧
By comparison, Tunisia sent some 3,000 fighters and Saudi Arabia about 2,500, according to the study, which ranks Morocco third among Arab countries.
The authors note that Algeria has shared little data on its own nationals, which makes any regional comparison incomplete.
""",
        author="By Atlas Security Review staff",
        copyright_line="© Atlas Security Review",
    ),
    claims=[
        C(
            "c1",
            "fighters_joined",
            1500,
            "1,500",
            "s1",
            q="at_least",
            qt="at least",
            period=P("cumulative_unspecified", None, None, None),
            org="analyst",
            raw="The study",
            notes="a think tank's study; the page prints no date",
        ),
        C(
            "c2",
            "cells_dismantled",
            132,
            "132",
            "s2",
            period=P("range", "2002", "2015", "Between 2002 and 2015"),
            org="analyst",
            raw="the authors",
        ),
    ],
    traps=[
        T("some 3,000 fighters", "another country's figure (Tunisia)"),
        T("about 2,500", "another country's figure (Saudi Arabia)"),
        T("ranks Morocco third", "rank"),
    ],
    not_partners=[
        NP("TN", "Tunisia sent some 3,000 fighters", "another country's figure, compared"),
        NP("SA", "Saudi Arabia about 2,500", "another country's figure, compared"),
        NP("DZ", "Algeria has shared little data", "named as not cooperating"),
        NP("LY", "in Syria, Iraq and Libya", "conflict zone"),
    ],
    flags=["bom", "no_date", "analysis"],
)

article(
    "b43",
    "reuters_tetouan_cell",
    "txt",
    fmt="clean",
    lang="en",
    meta=M(
        "Morocco arrests four suspected Islamic State militants",
        "Reuters",
        "Reuters",
        "2023-11-03",
        dateline="Rabat",
    ),
    sents={
        "s1": "Moroccan police arrested four suspected members of a militant cell linked to Islamic State in the northern city of Tetouan on Thursday, the interior ministry said.",
        "o1": "Moroccan authorities regularly announce the dismantling of dozens of militant cells, and the kingdom has been spared major attacks since a 2011 bombing of a Marrakech cafe that killed 17 people.",
        "s2": "More than 1,600 Moroccans have joined militant groups in Syria and Iraq, according to official figures.",
    },
    text="""Morocco arrests four suspected Islamic State militants
November 3, 2023 10:42 AM GMT+1
RABAT, Nov 3 (Reuters) - ⟦s1⟧
The suspects, aged between 19 and 29, had pledged allegiance to the group and were planning attacks on security installations, the ministry said in a statement.
⟦o1⟧
⟦s2⟧
(Reporting by the Rabat newsroom; editing by the Africa desk)
""",
    claims=[
        C(
            "c1",
            "persons_arrested",
            4,
            "four",
            "s1",
            period=P("event", "2023-11-02", "2023-11-02", "on Thursday"),
            org="MOI",
            raw="the interior ministry said",
            notes="one operation: a cell of four; Thursday before the Friday 3 November dateline",
        ),
        C(
            "c2",
            "fighters_joined",
            1600,
            "1,600",
            "s2",
            q="more_than",
            qt="More than",
            period=P("cumulative_unspecified", None, "2023-11-03", None),
            org="official_unspecified",
            raw="official figures",
        ),
    ],
    optional=[
        C(
            "o1",
            "attack_fatalities",
            17,
            "17",
            "o1",
            period=P("event", "2011", "2011", None),
            org="unspecified",
            notes="victims of one attack",
        ),
    ],
    traps=[
        T("aged between 19 and 29", "ages"),
        T("dozens of militant cells", "vague count"),
        T("November 3, 2023 10:42 AM GMT+1", "date line"),
    ],
    not_partners=[
        NP("SY", "in Syria and Iraq", "conflict zone"),
        NP("IQ", "in Syria and Iraq", "conflict zone"),
    ],
    flags=["wire", "dateline", "date_line_in_clean"],
)

article(
    "b44",
    "map_en_bcij_record",
    "txt",
    fmt="clean",
    lang="en",
    meta=M(
        "BCIJ Director Presents Nine-Year Counterterrorism Record",
        "MAP",
        "MAP",
        "2024-05-16",
        dateline="Rabat",
    ),
    sents={
        "s1": "The Central Bureau of Judicial Investigation (BCIJ) has arrested 1,357 people since its creation in March 2015, including 38 women and 61 minors, its director Cherkaoui Habboub said on Thursday.",
        "s2": "Twenty-four of those arrested were foreign nationals, Habboub told a press conference in Sale.",
        "s3": "The arrests were made as part of the dismantling of 99 terrorist cells, he said.",
    },
    text="""BCIJ Director Presents Nine-Year Counterterrorism Record
Thursday, May 16, 2024 - MAP
Rabat - ⟦s1⟧ ⟦s2⟧
⟦s3⟧
The BCIJ director said many of these operations were carried out in close coordination with Spanish and French services, particularly against networks recruiting fighters for conflict zones.
Suspects are held in police custody for 96 hours, renewable twice, under the supervision of the public prosecutor, he recalled.
""",
    claims=[
        C(
            "c1",
            "persons_arrested",
            1357,
            "1,357",
            "s1",
            period=P("since", "2015-03", "2024-05-16", "since its creation in March 2015"),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="its director Cherkaoui Habboub",
            notes="speaker after the figure",
        ),
        C(
            "c2",
            "persons_arrested",
            38,
            "38",
            "s1",
            subset="women",
            period=P("since", "2015-03", "2024-05-16", "since its creation in March 2015"),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="its director Cherkaoui Habboub",
        ),
        C(
            "c3",
            "persons_arrested",
            61,
            "61",
            "s1",
            subset="minors",
            period=P("since", "2015-03", "2024-05-16", "since its creation in March 2015"),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="its director Cherkaoui Habboub",
        ),
        C(
            "c4",
            "persons_arrested",
            24,
            "Twenty-four",
            "s2",
            subset="foreigners",
            period=P("since", "2015-03", "2024-05-16", None),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="Habboub",
            notes="number word opening the sentence",
        ),
        C(
            "c5",
            "cells_dismantled",
            99,
            "99",
            "s3",
            period=P("since", "2015-03", "2024-05-16", None),
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="he said",
        ),
    ],
    traps=[
        T("Nine-Year Counterterrorism Record", "duration in the title"),
        T("96 hours", "custody duration"),
        T("renewable twice", "number of renewals"),
        T("Thursday, May 16, 2024 - MAP", "date line"),
    ],
    partners=["ES", "FR"],
    flags=["wire", "dateline", "date_line_in_clean"],
)

article(
    "b45",
    "efe_habboub_detained",
    "txt",
    fmt="clean",
    lang="en",
    encoding="utf-16",
    meta=M(
        "Morocco says some 250 of its fighters remain detained in Syria and Iraq",
        "EFE",
        "EFE",
        "2021-03-19",
        dateline="Rabat",
    ),
    sents={
        "s1": "Some 250 Moroccan fighters remain in detention in Syria and Iraq, 232 of them in Syria, the director of the Central Bureau of Judicial Investigation, Cherkaoui Habboub, told EFE.",
    },
    text="""Morocco says some 250 of its fighters remain detained in Syria and Iraq
March 19, 2021
Rabat, Mar 19 (EFE).- ⟦s1⟧
In an interview with the Spanish news agency EFE, Habboub described the return of those fighters as "a big security challenge" not only for Morocco but for other countries as well.
The last organized repatriation, of a small group two years ago, was carried out in coordination with the United States, he recalled.
"These people have accumulated training and experience in handling weapons and making explosives," he said.
""",
    claims=[
        C(
            "c1",
            "fighters_detained_abroad",
            250,
            "250",
            "s1",
            q="about",
            qt="Some",
            period=P("unspecified", None, None, None),
            as_of="2021-03",
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="the director of the Central Bureau of Judicial Investigation, Cherkaoui Habboub",
            notes="a stock ('remain'): dated to the byline month",
        ),
        C(
            "c2",
            "fighters_detained_abroad",
            232,
            "232",
            "s1",
            subset="syria",
            period=P("unspecified", None, None, None),
            as_of="2021-03",
            org="BCIJ",
            person="Cherkaoui Habboub",
            raw="the director of the Central Bureau of Judicial Investigation, Cherkaoui Habboub",
            notes="'232 of them in Syria'",
        ),
    ],
    traps=[
        T(
            "Morocco says some 250 of its fighters remain detained in Syria and Iraq",
            "title: the body repeats the figure",
        ),
        T("two years ago", "duration"),
    ],
    partners=["US"],
    not_partners=[
        NP("ES", "the Spanish news agency EFE", "a country inside an organisation's name"),
        NP("SY", "in Syria and Iraq", "place of detention"),
        NP("IQ", "in Syria and Iraq", "place of detention"),
    ],
    flags=["wire", "utf-16", "dateline", "date_line_in_clean", "title_repeats_figure"],
)

_aside = pick("en", 12, 4)
article(
    "b46",
    "mwn_casablanca_numbers",
    "html",
    fmt="html",
    lang="en",
    meta=M(
        "Twenty-Two Years After Casablanca: Morocco's Counterterrorism by the Numbers",
        "Morocco World News",
        "Morocco World News",
        "2025-05-16",
    ),
    sents={
        "o1": "On May 16, 2003, five coordinated suicide bombings struck Casablanca, killing 45 people and changing Morocco's approach to security for good.",
        "s1": "Moroccan authorities say they have dismantled more than 220 terrorist cells since 2002.",
        "s2": "The figures released in November 2020 spoke of two hundred and seven cells, a sign that the pace has slowed but not stopped.",
    },
    text=html_page(
        "en",
        title="Twenty-Two Years After Casablanca: Morocco's Counterterrorism by the Numbers",
        head_title="Twenty-Two Years After Casablanca: Morocco's Counterterrorism by the Numbers | Morocco World News",
        site="Morocco World News",
        nav=EN_NAV,
        logo_img=True,
        byline="Morocco World News | May 16, 2025",
        jsonld_date="2025-05-16T12:00:00+00:00",
        body="""
⟦o1⟧
⟦s1⟧ ⟦s2⟧
## A changing threat
Analysts say the threat has shifted from large, structured networks to small cells and lone actors radicalized online, many of them teenagers.
Officials also credit cooperation with European partners, which they say has helped foil plots abroad.
""",
        aside_title="More on Security",
        aside=_aside,
        footer="© 2025 Morocco World News",
    ),
    claims=[
        C(
            "c1",
            "cells_dismantled",
            220,
            "220",
            "s1",
            q="more_than",
            qt="more than",
            period=P("since", "2002", "2025-05-16", "since 2002"),
            org="official_unspecified",
            raw="Moroccan authorities say",
        ),
        C(
            "c2",
            "cells_dismantled",
            207,
            "two hundred and seven",
            "s2",
            period=P("since", "2002", "2020-11", None),
            as_of="2020-11",
            org="official_unspecified",
            raw="The figures released in November 2020",
            notes="a figure the text itself dates: compared at November 2020, not at the byline",
        ),
    ],
    optional=[
        C(
            "o1",
            "attack_fatalities",
            45,
            "45",
            "o1",
            period=P("event", "2003-05-16", "2003-05-16", None),
            org="unspecified",
            notes="victims of one attack",
        ),
        C(
            "o2",
            "terrorist_attacks",
            5,
            "five",
            "o1",
            period=P("event", "2003-05-16", "2003-05-16", None),
            org="unspecified",
            notes="five bombings of one day",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("Twenty-Two Years After Casablanca", "anniversary in the title"),
        T("On May 16, 2003", "date of an attack"),
    ],
    flags=["html", "visible_byline_date", "jsonld_date", "as_of", "number_words", "outlet_in_og_only"],
)

_aside = pick("en", 17, 4)
article(
    "b47",
    "northafricapost_returning_jihadists",
    "html",
    fmt="html",
    lang="en",
    meta=M(
        "Morocco Keeps Close Watch on Returning Jihadists",
        "The North Africa Post",
        "North Africa Post",
        "2024-02-14",
    ),
    sents={
        "s1": "According to official figures, 1,354 Moroccans have joined terrorist organizations in Syria and Iraq.",
        "s2": "Fewer than 300 of them have returned to the Kingdom, where most were prosecuted.",
        "s3": "In the past six months alone, 17 people suspected of ties to ISIS were arrested, officials said.",
    },
    text=html_page(
        "en",
        title="Morocco Keeps Close Watch on Returning Jihadists",
        site="The North Africa Post",
        nav=EN_NAV,
        byline='By NAP Staff | <time datetime="2024-02-14T10:20:00+01:00">Feb. 14</time>',
        views="Views: 961",
        body="""
Moroccan security services continue to monitor nationals who fought for terrorist organizations abroad, amid concerns that some could try to rebuild networks at home.
⟦s1⟧ ⟦s2⟧
⟦s3⟧
Under the 2015 amendments to the penal code, anyone who joins or tries to join a terrorist group abroad faces between five and 15 years in prison.
Officials say the Sahel has become the main destination for would-be recruits since the territorial defeat of ISIS in Syria in 2019.
""",
        aside_title="Latest",
        aside=_aside,
        footer="© The North Africa Post",
    ),
    claims=[
        C(
            "c1",
            "fighters_joined",
            1354,
            "1,354",
            "s1",
            period=P("cumulative_unspecified", None, "2024-02-14", None),
            org="official_unspecified",
            raw="official figures",
            notes="the March 2015 figure repeated as current in 2024, when 1,659 had been published since 2021 (stale_figure)",
        ),
        C(
            "c2",
            "returnees",
            300,
            "300",
            "s2",
            q="less_than",
            qt="Fewer than",
            period=P("cumulative_unspecified", None, "2024-02-14", None),
            org="official_unspecified",
            raw="official figures",
        ),
        C(
            "c3",
            "persons_arrested",
            17,
            "17",
            "s3",
            period=P("since", "2023-08", "2024-02-14", "In the past six months"),
            org="official_unspecified",
            raw="officials said",
            notes="a window of months has no contract type of its own: since the byline date minus six months",
        ),
    ],
    traps=headline_traps(_aside)
    + [
        T("the 2015 amendments", "year of a law"),
        T("between five and 15 years in prison", "prison terms"),
        T("in Syria in 2019", "bare year"),
        T("Feb. 14", "visible date without a year"),
        T("Views: 961", "view count"),
    ],
    not_partners=[
        NP("SY", "in Syria and Iraq", "conflict zone"),
        NP("IQ", "in Syria and Iraq", "conflict zone"),
    ],
    flags=["html", "time_datetime_only"],
    notes="The visible date has no year; the full date is in the datetime attribute.",
)

article(
    "b48",
    "afp_bcij_unit",
    "txt",
    fmt="clean",
    lang="en",
    meta=M(
        "Morocco's anti-terror unit says 86 cells dismantled since 2015",
        "AFP",
        "AFP",
        "2022-05-02",
        dateline="Rabat",
    ),
    sents={
        "s1": "Morocco's anti-terror unit has dismantled 86 cells since it was set up in 2015, its director told AFP.",
        "s2": "About 90 percent of the cells broken up since 2013 were linked to the Islamic State group, according to the same official.",
        "s3": "The unit broke up 21 cells in 2015, 19 in 2016 and nine in 2017, before the pace slowed, he said.",
    },
    text="""Morocco's anti-terror unit says 86 cells dismantled since 2015
2 May 2022
Rabat (AFP) - ⟦s1⟧
⟦s2⟧ ⟦s3⟧
More than 40,000 foreign fighters from some 110 countries joined the Islamic State group in Iraq and Syria at the height of its rule, according to UN estimates.
The director said intelligence shared with Spain had led to the arrest of several recruiters on both sides of the Mediterranean.
""",
    claims=[
        C(
            "c1",
            "cells_dismantled",
            86,
            "86",
            "s1",
            period=P("since", "2015", "2022-05-02", "since it was set up in 2015"),
            org="BCIJ",
            raw="its director told AFP",
            notes="Morocco's anti-terror unit = the BCIJ",
        ),
        C(
            "c2",
            "cells_dismantled",
            90,
            "90",
            "s2",
            q="about",
            qt="About",
            subset="isis_linked",
            unit="percent",
            period=P("since", "2013", "2022-05-02", "since 2013"),
            org="BCIJ",
            raw="the same official",
        ),
        C(
            "c3",
            "cells_dismantled",
            21,
            "21",
            "s3",
            period=P("year", "2015", "2015", "in 2015"),
            org="BCIJ",
            raw="he said",
            notes="enumeration: each item's year follows its number",
        ),
        C(
            "c4",
            "cells_dismantled",
            19,
            "19",
            "s3",
            period=P("year", "2016", "2016", "in 2016"),
            org="BCIJ",
            raw="he said",
            notes="list item without its noun",
        ),
        C(
            "c5",
            "cells_dismantled",
            9,
            "nine",
            "s3",
            period=P("year", "2017", "2017", "in 2017"),
            org="BCIJ",
            raw="he said",
            notes="list item without its noun, in words",
        ),
    ],
    traps=[
        T(
            "Morocco's anti-terror unit says 86 cells dismantled since 2015",
            "title: the body repeats the figure",
        ),
        T("More than 40,000 foreign fighters from some 110 countries", "worldwide figures, not Moroccan"),
        T("2 May 2022", "date line"),
    ],
    partners=["ES"],
    flags=["wire", "dateline", "date_line_in_clean", "title_repeats_figure"],
)


# =================================================================================================
# Files that must be rejected
# =================================================================================================
def png_bytes():
    """A small valid PNG (a 4x4 grey image), built deterministically."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([128, 128, 128] * 4) for _ in range(4))
    ihdr = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def gzip_bytes():
    """A gzip stream (mtime 0, so the bytes never change) of a small page."""
    page = "<html><body><p>تفكيك خلية إرهابية</p></body></html>".encode()
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = deflate.compress(page) + deflate.flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + body + struct.pack("<II", zlib.crc32(page) & 0xFFFFFFFF, len(page))


REJECTS.extend(
    [
        {
            "key": "b49",
            "file": "b49_barlamane_empty.txt",
            "bytes_": b"",
            "error": "empty file",
            "notes": "a zero-byte file",
        },
        {
            "key": "b50",
            "file": "b50_hespress_scan.txt",
            "bytes_": png_bytes(),
            "error": "not a text file (binary data)",
            "notes": "PNG image bytes saved with a .txt name",
        },
        {
            "key": "b51",
            "file": "b51_le360_archive.html",
            "bytes_": gzip_bytes(),
            "error": "not a text file (binary data)",
            "notes": "a gzip-compressed page saved with a .html name (never decompressed by the importer)",
        },
    ]
)


# =================================================================================================
# Cross-file design: planted inconsistencies and compatible pairs (claims of this split only;
# score.py resolves claim ids within one gold file, so the seeds are never referenced here)
# =================================================================================================
INCONSISTENCIES = [
    {
        "id": "i01",
        "kind": "same_period_disagreement",
        "claims": ["b08.c1", "b07.c4", "b33.c2", "b48.c3"],
        "explanation": "Cells dismantled in 2015: a research centre counts 25 (b08, June 2019) where the BCIJ's director, official figures and AFP's BCIJ source give 21 (b07, b33, b48).",
    },
    {
        "id": "i02",
        "kind": "same_period_disagreement",
        "claims": ["b35.c1", "b03.c4", "b26.c3", "b24.c3"],
        "explanation": "Cells dismantled in 2023: a security source quoted by Le Desk says nine ('last year', January 2024); the interior ministry's report and the BCIJ's director say 6 (b03, b26, b24).",
    },
    {
        "id": "i03",
        "kind": "same_period_disagreement",
        "claims": ["b19.c2", "b20.c1"],
        "explanation": "People arrested in terrorism cases in September 2024: 14 according to security sources (b19), 11 according to DGST data (b20).",
    },
    {
        "id": "i04",
        "kind": "cumulative_decrease",
        "claims": ["b18.c2", "b03.c3", "b01.c2"],
        "explanation": "People arrested in terrorism cases since 2002: 4304 (Oct 2021) and 4450 (ministry, Dec 2023), then 4130 (the minister, Feb 2025): a running total cannot go down.",
    },
    {
        "id": "i05",
        "kind": "cumulative_decrease",
        "claims": ["b36.c2", "b18.c3", "b05.c3", "b12.c2", "b24.c1", "b32.c2", "b44.c5", "b35.c2", "b38.c2"],
        "explanation": "Cells dismantled by the BCIJ since 2015: about 100 (Jan 2024), 99 (May 2024), more than 100 (Dec 2024), 104 (Feb 2025), then 94 (June 2025).",
    },
    {
        "id": "i06",
        "kind": "internal_arithmetic",
        "claims": ["b07.c1", "b07.c2", "b07.c3"],
        "explanation": "57 cells since March 2015, 'of which 51 pro-ISIS and 9 linked to al-Fay' wal-Istihlal': 51 + 9 = 60, more than the total (the yearly breakdown 21 + 19 + 9 + 8 = 57 does add up).",
    },
    {
        "id": "i07",
        "kind": "internal_arithmetic",
        "claims": ["b09.c1", "b09.c2", "b09.c3", "b09.c4"],
        "explanation": "264 Moroccans held in Syria and Iraq, 'split between 61 men, 28 women and 165 minors': the parts add up to 254.",
    },
    {
        "id": "i08",
        "kind": "implausible_value",
        "claims": ["b02.c1"],
        "explanation": "'2009 cells since 2002' (May 2022): ten times every other source (214 in Oct 2021, 219 in Dec 2023); a misprint for about 209.",
    },
    {
        "id": "i09",
        "kind": "implausible_value",
        "claims": ["b29.c1"],
        "explanation": "'More than 2,000 cells since 2002' (May 2022): a bound ten times every other source (about 210 at the time).",
    },
    {
        "id": "i10",
        "kind": "stale_figure",
        "claims": ["b22.c1", "b37.c1", "b27.c1", "b18.c1", "b34.c1", "b46.c1"],
        "explanation": "207 cells since 2002, the November 2020 total (b37), repeated as current in June 2025 (b22) after 222 (Mar 2024), more than 220 (Feb and May 2025) and 225 (Mar 2025) had been published.",
    },
    {
        "id": "i11",
        "kind": "stale_figure",
        "claims": ["b47.c1", "b40.c1", "b31.c1", "b43.c2"],
        "explanation": "1,354 Moroccan fighters, a March 2015 figure, given as current in February 2024 when 1,659 had been published since 2021 (and 'more than 1,600' in Nov 2023).",
    },
    {
        "id": "i12",
        "kind": "partial_exceeds_whole",
        "claims": ["b10.c1", "b11.c1"],
        "explanation": "Al Maghrib Al An 24: 7 cells dismantled from January to mid-September 2022, then 'no more than five' for the whole of 2022.",
    },
    {
        "id": "i13",
        "kind": "partial_exceeds_whole",
        "claims": ["b38.c1", "b39.c1"],
        "explanation": "Hespress English: 41 people arrested from January to early July 2024, then 33 for the whole of 2024.",
    },
]

MUST_NOT_FLAG = [
    (["b01.c1", "b03.c1"], "214 (Oct 2021) then 219 (Dec 2023): a running total that rises normally"),
    (["b01.c1", "b13.c1"], "214 and 'more than two hundred': the bound agrees"),
    (["b28.c1", "b01.c1"], "'more than two hundred and ten' (Mar 2022) and 214 (Oct 2021): the bound agrees"),
    (["b03.c1", "b26.c1"], "the same ministry report in Arabic and in French: the same figure twice"),
    (
        ["b46.c2", "b34.c1"],
        "207 dated by the text itself to November 2020, 225 in March 2025: not a stale figure",
    ),
    (["b06.c1", "b23.c1"], "1659 in digits and in number words"),
    (["b12.c1", "b24.c2"], "1357 in accusative number words and in Arabic-Indic digits"),
    (["b32.c1", "b44.c1"], "1.357 and 1,357: the same figure with two separators (a syndicated dispatch)"),
    (["b31.c1", "b31.c2"], "1 659 fighters and the 290 women among them: a subset and its total"),
    (["b04.c2", "b05.c1"], "3 cells by June 2024, 5 for the whole of 2024: the part is below the whole"),
    (["b05.c1", "b39.c2"], "5 cells in 2024 and 'no more than five': the bound agrees"),
    (["b42.c1", "b40.c1"], "'at least 1,500' and 1,659: the bound agrees"),
    (["b43.c2", "b06.c1"], "'more than 1,600' and 1659: the bound agrees"),
    (["b33.c1", "b33.c2"], "167 cells since 2002 and the 21 of 2015 among them"),
    (
        ["b07.c4", "b07.c1"],
        "21 cells in 2015 within 57 since March 2015: the yearly list adds up to the total",
    ),
    (["b33.c6", "b33.c7"], "548 over 2015-2016 and 275 in 2015 (275 + 273 = 548)"),
    (["b25.c1", "b48.c1"], "BCIJ cells since 2015: 49 (Feb 2018) then 86 (May 2022), a normal rise"),
    (["b01.c3", "b27.c2"], "'more than 500' plots foiled, repeated in 2021 and 2024"),
    (["b45.c1", "b45.c2"], "about 250 fighters held, 232 of them in Syria: a subset and its total"),
    (["b21.c1", "b06.c3"], "'more than 700' killed and 745: the bound agrees"),
    (["b15.c1", "b15.c2"], "since 2016 and over 2022-2023: different periods"),
    (["b40.c3", "b40.c6"], "270 returnees and the 99 women among them"),
    (["b17.c2", "b41.c1"], "the same repatriation of eight people in March 2019, reported twice"),
    (["b16.c1", "b16.c2"], "1354 dated by the text to March 2015, 1659 today"),
]


# =================================================================================================
# Checks and output
# =================================================================================================
WORD_VALUES = {
    "ثلاثة": 3,
    "ست عشرة": 16,
    "ألف": 1000,
    "سبعا وخمسين": 57,
    "ألفا وثلاثمائة وسبعة وخمسين": 1357,
    "ألفا وستمائة وتسعة وخمسين": 1659,
    "مائتي": 200,
    "خمس": 5,
    "ثمانية": 8,
    "الخمسة": 5,
    "سائحتين": 2,
    "قاصران": 2,
    "deux cent dix": 210,
    "une trentaine": 30,
    "une vingtaine": 20,
    "six": 6,
    "huit": 8,
    "neuf": 9,
    "quatre": 4,
    "trois": 3,
    "two": 2,
    "four": 4,
    "five": 5,
    "eight": 8,
    "nine": 9,
    "Twenty-four": 24,
    "two hundred and seven": 207,
}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_value(value_text):
    if value_text in WORD_VALUES:
        return WORD_VALUES[value_text]
    digits = re.sub(r"[,.\u00a0\u202f\u066c ]", "", value_text.translate(DIGITS))
    assert digits.isdigit(), f"value_text {value_text!r} is neither digits nor a known number word"
    return int(digits)


def encode(spec):
    text = spec["text"]
    if spec["truncate"]:
        text = text.rstrip("\n")
    if spec["line_endings"] == "CRLF":
        text = text.replace("\n", "\r\n")
    encoding = spec["encoding"]
    if encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    else:
        data = text.encode(encoding)
    if spec["truncate"]:
        assert len(text[-1].encode("utf-8")) > 1, "a truncated file must end inside a multi-byte character"
        data = data[:-1]
    return data


def decode(data, encoding, truncated):
    if truncated:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            return data.decode(encoding, "replace")
        raise AssertionError("a file marked truncated decodes cleanly")
    return data.decode(encoding)


def check_period(where, claim, date):
    period = claim["period"]
    ptype, start, end = period["type"], period["start"], period["end"]
    assert ptype in PERIOD_TYPES, f"{where}: period type {ptype}"
    for value in (start, end, claim["as_of"]):
        assert value is None or ISO.match(value), f"{where}: not an ISO date {value!r}"
    as_of = claim["as_of"]
    if ptype == "since":
        assert start and end == (as_of or date), (
            f"{where}: since ends at the byline date (or the text's own date)"
        )
    elif ptype == "year":
        assert start == end and len(start) == 4, f"{where}: a year period"
    elif ptype == "range":
        assert len(start) == 4 and len(end) == 4 and start < end, f"{where}: a range of years"
    elif ptype == "month":
        assert start == end and len(start) == 7, f"{where}: a month period"
    elif ptype == "last_n_years":
        assert start == str(int(date[:4]) - period["n"]) and end == date, f"{where}: last_n_years"
    elif ptype == "year_to_date":
        assert start == date[:4] and end == date, f"{where}: year_to_date"
    elif ptype == "cumulative_unspecified":
        assert start is None and end == (as_of or date), f"{where}: cumulative_unspecified ends at the byline"
    elif ptype == "unspecified":
        assert start is None and end is None, f"{where}: unspecified has no dates"
    elif ptype == "event":
        assert start == end, f"{where}: an event has one date"


def check_claim(where, claim, text, date, ids):
    assert claim["id"] not in ids, f"{where}: duplicate claim id"
    ids.add(claim["id"])
    sentence = claim["sentence"]
    assert sentence in text, f"{where}: sentence not in the text"
    assert "\n" not in sentence, f"{where}: a sentence never spans lines"
    assert claim["value_text"] in sentence, f"{where}: value_text not in the sentence"
    assert parse_value(claim["value_text"]) == claim["value"], (
        f"{where}: value_text does not read as the value"
    )
    if claim["qualifier_text"] is not None:
        assert claim["qualifier_text"] in sentence, f"{where}: qualifier_text not in the sentence"
    assert claim["qualifier"] in QUALIFIERS, f"{where}: qualifier"
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None), (
        f"{where}: qualifier_text iff not exact"
    )
    assert claim["unit"] in UNITS
    assert claim["metric"] in METRICS or SLUG.match(claim["metric"]), f"{where}: metric"
    assert claim["subset"] is None or claim["subset"] in SUBSETS or SLUG.match(claim["subset"]), (
        f"{where}: subset"
    )
    if claim["period"]["text"] is not None:
        assert claim["period"]["text"] in text, f"{where}: period text not in the text"
    attribution = claim["attribution"]
    assert attribution["org"] in ORGS, f"{where}: org"
    for words in (attribution["raw"], attribution["person"]):
        assert words is None or words in text, f"{where}: attribution words not in the text: {words!r}"
    check_period(where, claim, date)


def verify(spec, data):
    key = spec["key"]
    text = decode(data, spec["encoding"], spec["truncate"])
    if spec["line_endings"] == "CRLF":
        assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), f"{key}: CRLF throughout"
    meta = spec["metadata"]
    assert meta["title"] in text, f"{key}: title"
    assert meta["outlet"] is None or meta["outlet"] in text, f"{key}: outlet"
    assert meta["date"] is None or ISO.match(meta["date"]), f"{key}: date"
    if spec["format"] == "aggregator":
        assert meta["title"] not in text.split("\n", 1)[0], f"{key}: the title is not a sidebar headline"
    ids = set()
    for claim in spec["claims"] + spec["optional_claims"]:
        check_claim(f"{key}.{claim['id']}", claim, text, meta["date"], ids)
    for trap in spec["must_not_extract"]:
        assert trap["text"].startswith("<") or trap["text"] in text, (
            f"{key}: trap not in the text: {trap['text']!r}"
        )
    for mention in spec["countries_not_partners"]:
        assert mention["text"] in text, f"{key}: country mention not in the text: {mention['text']!r}"
        assert mention["country"] not in spec["countries_cited"], f"{key}: a country both partner and not"
    for extra in spec["also_stated_as"]:
        assert extra["sentence"] in text, f"{key}: also_stated_as sentence"
    return text


def gold_entry(spec, size):
    entry = {
        "key": spec["key"],
        "file": spec["file"],
        "bytes": size,
        "format": spec["format"],
        "language": spec["language"],
        "encoding": spec["encoding"],
        "line_endings": spec["line_endings"],
        "expected_status": "ok",
    }
    if spec["alt_status"]:
        entry["acceptable_alternative_status"] = spec["alt_status"]
    entry["metadata"] = spec["metadata"]
    entry["claims"] = spec["claims"]
    entry["optional_claims"] = spec["optional_claims"]
    entry["must_not_extract"] = spec["must_not_extract"]
    entry["countries_cited"] = spec["countries_cited"]
    entry["countries_not_partners"] = spec["countries_not_partners"]
    entry["flags"] = spec["flags"]
    if spec["also_stated_as"]:
        entry["also_stated_as"] = spec["also_stated_as"]
    entry["notes"] = spec["notes"]
    return entry


def reject_entry(spec, size):
    return {
        "key": spec["key"],
        "file": spec["file"],
        "bytes": size,
        "format": "binary" if size else "empty",
        "language": None,
        "encoding": None,
        "line_endings": None,
        "expected_status": "rejected",
        "expected_error": spec["error"],
        "metadata": M(None, None, None, None),
        "claims": [],
        "optional_claims": [],
        "must_not_extract": [],
        "countries_cited": [],
        "countries_not_partners": [],
        "flags": ["must_reject"],
        "notes": spec["notes"],
    }


def build():
    keys = [spec["key"] for spec in FILES] + [spec["key"] for spec in REJECTS]
    assert len(keys) == len(set(keys)), "keys are unique"
    assert len({spec["file"] for spec in FILES + REJECTS}) == len(keys), "file names are unique"
    outputs, entries = {}, []
    for spec in FILES:
        data = encode(spec)
        verify(spec, data)
        outputs[spec["file"]] = data
        entries.append(gold_entry(spec, len(data)))
    for spec in REJECTS:
        outputs[spec["file"]] = spec["bytes_"]
        entries.append(reject_entry(spec, len(spec["bytes_"])))
    entries.sort(key=lambda entry: entry["key"])
    claim_ids = {f"{entry['key']}.{claim['id']}" for entry in entries for claim in entry["claims"]}
    for inconsistency in INCONSISTENCIES:
        for ref in inconsistency["claims"]:
            assert ref in claim_ids, f"{inconsistency['id']}: unknown claim {ref}"
    for refs, _ in MUST_NOT_FLAG:
        for ref in refs:
            assert ref in claim_ids, f"must_not_flag: unknown claim {ref}"
    gold = {
        "schema_version": "heldout-1",
        "description": (
            "Blind evaluation split of ctfacts: invented articles in Arabic, French and English, in four "
            "layouts and several encodings, written by a helper who never read the extraction engine nor the "
            "development corpus. Generated by build.py; schema: ../../../shared/CONTRACT.md and "
            "../../../shared/seeds/expected.json."
        ),
        "files_dir": ".",
        "files": entries,
        "inconsistencies": INCONSISTENCIES,
        "must_not_flag": [{"claims": refs, "reason": reason} for refs, reason in MUST_NOT_FLAG],
        "rejections": [
            {"key": spec["key"], "file": spec["file"], "error": spec["error"], "notes": spec["notes"]}
            for spec in REJECTS
        ],
    }
    outputs["expected.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return outputs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=HERE, help="folder to write into (default: beside this script)"
    )
    args = parser.parse_args(argv)
    outputs = build()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (args.out / name).write_bytes(data)
    # Re-read what was written, exactly as a consumer would.
    gold = json.loads((args.out / "expected.json").read_text(encoding="utf-8"))
    for entry in gold["files"]:
        data = (args.out / entry["file"]).read_bytes()
        assert len(data) == entry["bytes"], f"{entry['key']}: size on disk"
        if entry["expected_status"] == "ok":
            spec = next(spec for spec in FILES if spec["key"] == entry["key"])
            assert data == outputs[entry["file"]]
            verify({**spec, **{k: entry[k] for k in ("claims", "optional_claims")}}, data)
    counts = {
        "files": len(gold["files"]),
        "claims": sum(len(entry["claims"]) for entry in gold["files"]),
        "optional": sum(len(entry["optional_claims"]) for entry in gold["files"]),
        "traps": sum(len(entry["must_not_extract"]) for entry in gold["files"]),
        "inconsistencies": len(gold["inconsistencies"]),
        "must_not_flag": len(gold["must_not_flag"]),
    }
    print(" ".join(f"{key}={value}" for key, value in counts.items()), f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
