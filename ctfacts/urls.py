from django.contrib import admin
from django.urls import include, path

from claims import throttle

urlpatterns = [
    # The admin's own log-in page, counted by the same throttle as the site's (claims/throttle.py).
    path("admin/login/", throttle.admin_login),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Before claims: ingest answers uploads and addresses posted to /articles/add/ (import jobs).
    path("", include("ingest.urls")),
    path("", include("claims.urls")),
    path("", include("publishing.urls")),
]

handler400 = "claims.views.system.bad_request"
