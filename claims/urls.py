from django.contrib.auth import views as auth_views
from django.urls import path

from claims.views import journalists, system

urlpatterns = [
    path("", journalists.home, name="home"),
    path("healthz", system.healthz, name="healthz"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
