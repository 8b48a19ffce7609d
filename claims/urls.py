from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims import throttle
from claims.views import system

urlpatterns = [
    path("healthz", system.healthz, name="healthz"),
    path("accounts/login/", throttle.login, name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("claims.urls_editors")),
    path("", include("claims.urls_journalists")),
]
