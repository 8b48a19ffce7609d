"""Synthetic articles for benchmarks: `generate_corpus --articles N --out DIR [--seed S]`.

Writes N files in the three layouts of the seed articles (aggregator dump, WordPress dump, clean
article with a dateline), stating figures with the words outlets use (metrics, qualifiers,
periods, attributions and partner countries of CONTRACT.md), plus `truth.jsonl`: for each file, the
claims it states with their offsets in the text. Deterministic for a seed; never imported by
`make run` (it exists to load 100,000 articles into a benchmark database).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

OUTLETS = [
    "أكورا بريس",
    "هسبريس",
    "برلمان",
    "اليوم 24",
    "الأحداث المغربية",
    "هبة بريس",
    "العمق المغربي",
    "مدار21",
    "فبراير",
    "الصحراء المغربية",
    "كفى بريس",
    "رسالة الأمة",
    "المغرب الآن",
    "الأيام 24",
    "زنقة 20",
]
CITIES = ["الرباط", "الدار البيضاء", "فاس", "طنجة", "مراكش", "سلا", "وجدة", "أكادير", "العيون", "الناظور"]
BREADCRUMBS = ["العالمالمغرب", "المغربأخبار", "سياسةالمغرب", "مجتمعأمن", "الرئيسيةوطني"]

# (org, how a sentence opens when that body is the source)
ATTRIBUTIONS = [
    ("DGST", "وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد"),
    ("BCIJ", "وأفاد بلاغ للمكتب المركزي للأبحاث القضائية أنه"),
    ("DGSN", "وأعلنت المديرية العامة للأمن الوطني أنه"),
    ("MOI", "وكشفت وزارة الداخلية في حصيلتها السنوية أنه"),
    ("PARLIAMENT", "وأورد تقرير للجنة الداخلية بمجلس النواب أنه"),
    ("GOV", "وقال الناطق الرسمي باسم الحكومة إنه"),
    ("official_unspecified", "وتفيد الإحصائيات الرسمية بأنه"),
    ("analyst", "ويرى الباحث في الشؤون الأمنية محمد بنحمو أنه"),
    ("unspecified", "وعلى صعيد آخر،"),
]

# metric -> (verb phrase with {q} qualifier and {n} value, plural noun for 3-10, singular noun)
METRICS = {
    "cells_dismantled": ("تم تفكيك {q}{n} {noun}", "خلايا إرهابية", "خلية إرهابية"),
    "persons_arrested": ("تم توقيف {q}{n} {noun} للاشتباه في ارتباطهم بتنظيمات متطرفة", "أشخاص", "شخصا"),
    "plots_foiled": ("تم إحباط {q}{n} {noun}", "مخططات إرهابية", "مخططا إرهابيا"),
    "terrorist_attacks": ("شهدت المملكة {q}{n} {noun}", "هجمات إرهابية", "هجوما إرهابيا"),
    "fighters_joined": (
        "التحق {q}{n} {noun} بالتنظيمات الإرهابية في سوريا والعراق",
        "مقاتلين مغاربة",
        "مقاتلا مغربيا",
    ),
    "fighters_killed": ("لقي {q}{n} {noun} حتفهم في بؤر التوتر", "مقاتلين مغاربة", "مقاتلا مغربيا"),
    "returnees": ("عاد {q}{n} {noun} من بؤر التوتر إلى المغرب", "مقاتلين", "مقاتلا"),
    "returnees_arrested": ("تم اعتقال {q}{n} {noun} من بؤر التوتر", "عائدين", "عائدا"),
    "joint_operations": (
        "تم تنفيذ {q}{n} {noun} مع شركاء المغرب",
        "عمليات أمنية مشتركة",
        "عملية أمنية مشتركة",
    ),
}
VALUE_RANGES = {
    "cells_dismantled": (5, 240),
    "persons_arrested": (10, 4000),
    "plots_foiled": (3, 500),
    "terrorist_attacks": (1, 12),
    "fighters_joined": (100, 1700),
    "fighters_killed": (50, 800),
    "returnees": (50, 300),
    "returnees_arrested": (20, 300),
    "joint_operations": (3, 90),
}
QUALIFIERS = [
    ("exact", ""),
    ("exact", ""),
    ("more_than", "أكثر من "),
    ("about", "نحو "),
    ("at_least", "ما لا يقل عن "),
]
PARTNERS = [
    ("FR", "فرنسا"),
    ("ES", "إسبانيا"),
    ("BE", "بلجيكا"),
    ("DE", "ألمانيا"),
    ("IT", "إيطاليا"),
    ("NL", "هولندا"),
    ("US", "الولايات المتحدة"),
    ("GB", "المملكة المتحدة"),
    ("SN", "السنغال"),
    ("DK", "الدنمارك"),
]
FILLER = [
    "ويؤكد متتبعون أن المقاربة الاستباقية التي تعتمدها الأجهزة الأمنية المغربية مكنت من تقليص المخاطر.",
    "وتقوم هذه المقاربة على جمع المعلومات الدقيقة والتحليل الاستخباراتي والتدخل المبكر قبل وقوع التهديد.",
    "ولم تشهد المملكة هجمات كبرى منذ تفجيرات الدار البيضاء في 16 ماي 2003 بفضل اليقظة الأمنية.",
    "ويعود القانون 03.03 المتعلق بمكافحة الإرهاب إلى سنة 2003، وقد عدل لاحقا ليشمل الالتحاق ببؤر التوتر.",
    "وتعمل الأجهزة الأمنية على تتبع المنشورات المتطرفة على مواقع التواصل الاجتماعي على مدار 24 ساعة.",
    "ويستفيد المعتقلون السابقون من برنامج مصالحة الذي تشرف عليه المندوبية العامة لإدارة السجون.",
    "وتحرص المملكة على مكافحة جذور التطرف عبر إعادة هيكلة الحقل الديني وتكوين الأئمة والمرشدات.",
    "ويعتبر خبراء أن التنسيق بين مختلف الأجهزة هو سر نجاعة النموذج المغربي في هذا المجال.",
]
SIDEBAR = [
    "الكاف تصدر قرارها بخصوص احداث مقابلة المغرب والسنغال",
    "المداخيل الجمركية بالمغرب تتجاوز 100 مليار درهم بنهاية 2025",
    "الجيش الملكي يودّع نصف نهائي كأس أبطال السيدات",
    "كأس أمم إفريقيا بالمغرب تتجاوز 6 مليارات مشاهدة",
    "استمرار نزول الأمطار في توقعات اليوم الخميس بالمغرب",
    "مجلس الحسابات يكشف متابعة 154 رئيس جماعة و63 مدير مؤسسة عمومية",
    "افتتاح السنة القضائية الجديدة بمراكش",
    "تراجع عجز السيولة البنكية إلى 142,1 مليار درهم",
    "اتحاد طنجة يفوز على ضيفه نهضة بركان (1-0)",
    "السلطات ترفع حالة التأهب بعد ارتفاع منسوب وادي اللوكوس",
]
TITLES = [
    "الاستباقية.. حجر الزاوية في المقاربة المغربية لمكافحة الإرهاب",
    "الأرقام تعكس نجاح مقاربة المغرب في مكافحة الإرهاب",
    "حصيلة جديدة للأجهزة الأمنية في مواجهة الخلايا المتطرفة",
    "المغرب شريك موثوق في الحرب على الإرهاب",
    "هكذا واجهت المملكة خطر المقاتلين العائدين من بؤر التوتر",
]
WORDPRESS_TAIL = [
    "مقالات ذات صلة",
    "اترك تعليقاً",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "زر الذهاب إلى الأعلى",
]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FIRST_DAY, DAYS = date(2015, 1, 1), 11 * 365
LAYOUTS = ["aggregator", "aggregator", "wordpress", "clean"]


@dataclass
class TextBuilder:
    """Appends pieces and remembers where each figure landed (Python str offsets, as in CONTRACT.md)."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def text(self) -> str:
        return "".join(self.parts)


def period_phrase(rng: random.Random, published: date) -> tuple[dict, str]:
    kind = rng.randrange(6)
    if kind == 0:
        year = rng.choice([2002, 2002, 2002, 2015, 2017])
        year = year if year <= published.year else 2002
        return {"type": "since", "start": str(year), "end": published.isoformat()}, f"منذ سنة {year}"
    if kind == 1:
        year = rng.randint(2010, published.year)
        return {"type": "year", "start": str(year), "end": str(year)}, f"خلال سنة {year}"
    if kind == 2:
        first = rng.randint(2005, published.year - 1)
        last = rng.randint(first + 1, published.year)
        return {"type": "range", "start": str(first), "end": str(last)}, f"بين سنتي {first} و{last}"
    if kind == 3:
        return (
            {"type": "year_to_date", "start": str(published.year), "end": published.isoformat()},
            "منذ بداية السنة الجارية",
        )
    if kind == 4:
        return (
            {"type": "last_n_years", "start": str(published.year - 3), "end": published.isoformat()},
            "خلال السنوات الثلاث الماضية",
        )
    return {"type": "unspecified", "start": None, "end": None}, ""


def write_claim(builder: TextBuilder, rng: random.Random, published: date) -> dict:
    metric = rng.choice(list(METRICS))
    template, plural, singular = METRICS[metric]
    low, high = VALUE_RANGES[metric]
    value = rng.randint(low, high)
    qualifier, qualifier_text = rng.choice(QUALIFIERS)
    org, opening = rng.choice(ATTRIBUTIONS)
    period, period_text = period_phrase(rng, published)
    value_text = str(value) if rng.random() > 0.05 else str(value).translate(ARABIC_INDIC)
    noun = plural if 3 <= value <= 10 else singular
    head, tail = template.split("{n}")
    head = head.format(q=qualifier_text)
    tail = tail.format(noun=noun)
    sentence_start = builder.add(f"{opening} {head}")
    value_start = builder.add(value_text)
    sentence_end = builder.add(f"{tail}{' ' + period_text if period_text else ''}.") + len(tail) + 1
    sentence_end += len(period_text) + 1 if period_text else 0
    return {
        "metric": metric,
        "value": value,
        "value_text": value_text,
        "qualifier": qualifier,
        "unit": "count",
        "period": {**period, "text": period_text or None},
        "attribution": {"org": org},
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "start": value_start,
        "end": value_start + len(value_text),
    }


def write_partner(builder: TextBuilder, rng: random.Random) -> dict:
    code, name = rng.choice(PARTNERS)
    builder.add("وساهمت المعلومات التي قدمتها الأجهزة المغربية في إحباط مخططات إرهابية في ")
    start = builder.add(name)
    builder.add(" بفضل التعاون الاستخباراتي الوثيق.")
    return {"code": code, "role": "partner", "text": name, "start": start}


def build_article(index: int, seed: int) -> tuple[str, dict]:
    """One article's text and its truth; the same (index, seed) always gives the same article."""
    rng = random.Random(seed * 1_000_003 + index)
    layout = rng.choice(LAYOUTS)
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    outlet = rng.choice(OUTLETS)
    title = rng.choice(TITLES)
    builder = TextBuilder()
    if layout == "aggregator":
        builder.add("    ".join(rng.sample(SIDEBAR, 6)) + "    \n\n\n\n")
        builder.add(
            "شكرا على الإبلاغ!\nسيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.\n\n"
        )
        builder.add(f"{title}\nنشر في {outlet} يوم {published:%d - %m - %Y}\n\n")
    elif layout == "wordpress":
        builder.add(f"{rng.choice(BREADCRUMBS)}\n\n{title}\n\n")
    else:
        builder.add(f"{title}\n{rng.choice(CITIES)} - ")
    paragraph_break = "\n\n" if layout == "wordpress" else "\n"
    claims, countries = [], []
    for paragraph in range(rng.randint(4, 7)):
        if paragraph:
            builder.add(paragraph_break)
        sentences = rng.randint(2, 4)
        for sentence in range(sentences):
            if sentence:
                builder.add(" ")
            roll = rng.random()
            if roll < 0.6:
                claims.append(write_claim(builder, rng, published))
            elif roll < 0.7:
                countries.append(write_partner(builder, rng))
            else:
                builder.add(rng.choice(FILLER))
    if layout == "aggregator":
        builder.add("\n\n\nانقر هنا لقراءة الخبر من مصدره.")
    elif layout == "wordpress":
        builder.add("\n\n" + "\n\n".join(WORDPRESS_TAIL))
    if layout != "aggregator":
        # Without a byline the publication date is unknown, so relative periods stay open.
        for claim in claims:
            if claim["period"]["type"] in ("since", "year_to_date", "last_n_years"):
                claim["period"]["end"] = None
            if claim["period"]["type"] in ("year_to_date", "last_n_years"):
                claim["period"]["start"] = None
    truth = {
        "layout": layout,
        # Clean articles carry no byline: their outlet and date are unknown to the reader.
        "outlet": outlet if layout == "aggregator" else None,
        "published": published.isoformat() if layout == "aggregator" else None,
        "claims": claims,
        "countries": countries,
    }
    return builder.text(), truth


def file_name(index: int) -> str:
    return f"bench_{index:07d}.txt"


def generate(out: Path, articles: int, seed: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    claims = 0
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth_file:
        for index in range(articles):
            text, truth = build_article(index, seed)
            name = file_name(index)
            (out / name).write_text(text, encoding="utf-8")
            truth_file.write(json.dumps({"file": name, **truth}, ensure_ascii=False) + "\n")
            claims += len(truth["claims"])
    return claims


class Command(BaseCommand):
    help = (
        "Write N synthetic articles (three seed layouts, real vocabulary) and truth.jsonl into a folder, "
        "for benchmarks only. Deterministic for a given --seed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="how many files to write")
        parser.add_argument("--out", required=True, help="folder to write into (created if missing)")
        parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")

    def handle(self, *args, articles, out, seed, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1")
        started = time.perf_counter()
        claims = generate(Path(out), articles, seed)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Wrote {articles} articles ({claims} claims) to {out} in {elapsed:.1f}s "
            f"({articles / max(elapsed, 1e-9):.0f} articles/s)."
        )
