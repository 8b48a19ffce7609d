"""Article pages as outlets serve them (HTML), for the URL and feed tests."""

ARTICLE_PAGE = """<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>تفكيك خلية إرهابية بطنجة</title>
<meta property="og:site_name" content="هسبريس">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/politique">سياسة</a></nav>
<article>
<h1>تفكيك خلية إرهابية بطنجة</h1>
<p>طنجة - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك خلية إرهابية تتكون من {n} عناصر بمدينة طنجة، وذلك بتنسيق مع المديرية العامة لمراقبة التراب الوطني.</p>
<p>وأوضح المصدر أن المكتب فكك أكثر من 210 خلايا إرهابية منذ سنة 2002، وأوقف ما يزيد عن 1400 شخص في قضايا مرتبطة بالإرهاب.</p>
<p>وتندرج هذه العملية في إطار الجهود المتواصلة لمكافحة التهديدات الإرهابية وتعزيز الأمن الوطني.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>
"""


def article_page(n: int) -> str:
    return ARTICLE_PAGE.replace("{n}", str(n))
