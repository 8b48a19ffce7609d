"""Pages where editors write: flags, corrections, uploads (names under the `editors:` namespace)."""

from django.urls import path

from claims.views import editors

app_name = "editors"

urlpatterns = [
    path("flags/", editors.queue, name="queue"),
    path("flags/new/", editors.flag_new, name="flag_new"),
    path("flags/<int:pk>/", editors.flag_detail, name="flag"),
    path("flags/<int:pk>/resolve/", editors.flag_resolve, name="flag_resolve"),
    path("flags/<int:pk>/dismiss/", editors.flag_dismiss, name="flag_dismiss"),
    path("findings/<int:pk>/", editors.finding_detail, name="finding"),
    path("findings/<int:pk>/confirm/", editors.finding_confirm, name="finding_confirm"),
    path("findings/<int:pk>/dismiss/", editors.finding_dismiss, name="finding_dismiss"),
    path("claims/<int:pk>/correct/", editors.claim_correct, name="claim_correct"),
    path("claims/<int:pk>/history/", editors.claim_history, name="claim_history"),
    path("articles/add/", editors.article_add, name="article_add"),
]
