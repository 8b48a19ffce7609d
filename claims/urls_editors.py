"""Pages where editors write: flags, corrections, uploads."""

urlpatterns = []
