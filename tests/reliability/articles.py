"""A folder of generated Arabic articles for the process-level fault tests: varied, realistic, and each
with figures an extraction engine can find (cells dismantled, suspects arrested, periods, sources)."""

import random
from pathlib import Path

CITIES = ["الرباط", "طنجة", "فاس", "الدار البيضاء", "مراكش", "وجدة", "الناظور", "تطوان", "أكادير"]
ORGS = [
    "المكتب المركزي للأبحاث القضائية",
    "المديرية العامة لمراقبة التراب الوطني",
    "وزارة الداخلية",
    "المديرية العامة للأمن الوطني",
]
PARTNERS = ["إسبانيا", "فرنسا", "بلجيكا", "الولايات المتحدة", "ألمانيا"]
FILLER = (
    "وتندرج هذه العملية في إطار الجهود المتواصلة لمكافحة التهديدات الإرهابية وتعزيز الأمن الوطني، "
    "وقد جرى الاحتفاظ بالمشتبه فيهم تحت تدبير الحراسة النظرية رهن إشارة البحث القضائي الذي يشرف عليه "
    "النيابة العامة المكلفة بقضايا الإرهاب. "
)


def article_text(n: int, rng: random.Random) -> str:
    city, org, partner = rng.choice(CITIES), rng.choice(ORGS), rng.choice(PARTNERS)
    cells, suspects, year = rng.randint(1, 250), rng.randint(2, 1500), rng.randint(2002, 2025)
    return (
        f"تفكيك خلية إرهابية رقم {n} بمدينة {city}\n"
        f"{city} - أعلن {org} عن تفكيك {cells} خلية إرهابية منذ سنة {year}، "
        f"وتوقيف {suspects} شخصا يشتبه في ارتباطهم بتنظيمات متطرفة، وذلك بتنسيق مع سلطات {partner}.\n"
        + FILLER * rng.randint(3, 12)
        + f"\nوأوضح المصدر أن {rng.randint(10, 99)} في المائة من الموقوفين سبق أن أدينوا في قضايا مماثلة.\n"
    )


def write_articles(folder: Path, count: int = 200, seed: int = 8) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    files = {}
    for n in range(count):
        raw = article_text(n, rng).encode()
        name = f"article_{n:03d}.txt"
        (folder / name).write_bytes(raw)
        files[name] = raw
    return files
