from django.shortcuts import render
from django.views.decorators.http import require_GET

from claims.models import Article, Claim


@require_GET
def home(request):
    articles = Article.objects.select_related("source").newest_first()[:10]
    claims = Claim.objects.for_listing().newest_first()[:20]
    return render(request, "claims/home.html", {"articles": articles, "claims": claims})
