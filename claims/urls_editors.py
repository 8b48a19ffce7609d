"""Pages where editors write: flags, reviews, corrections, uploads (names under the `editors:` namespace)."""

from django.urls import path

from claims.views import corrections, editors

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
    path("review/", editors.review_queue, name="review"),
    path("review/verify/", editors.claims_verify, name="claims_verify"),
    path("claims/<int:pk>/verify/", editors.claim_verify, name="claim_verify"),
    path("claims/<int:pk>/reject/", editors.claim_reject, name="claim_reject"),
    path("claims/<int:pk>/restore/", editors.claim_restore, name="claim_restore"),
    path("claims/<int:pk>/correct/", editors.claim_correct, name="claim_correct"),
    # Public: readers see its public part, editors the whole history (claims/views/corrections.py).
    path("claims/<int:pk>/history/", corrections.claim_history, name="claim_history"),
    path("articles/add/", editors.article_add, name="article_add"),
    path("articles/<int:pk>/review/", editors.article_review, name="article_review"),
    path("articles/<int:pk>/claims/add/", editors.claim_add, name="claim_add"),
    path("articles/<int:pk>/correct/", editors.article_correct, name="article_correct"),
]
