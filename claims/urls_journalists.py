"""Pages journalists read. These URLs are stable: people bookmark and share them."""

from django.urls import path

from claims.views import journalists

urlpatterns = [
    path("", journalists.home, name="home"),
]
